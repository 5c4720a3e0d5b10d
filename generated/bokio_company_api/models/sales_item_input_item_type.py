from enum import StrEnum


class SalesItemInputItemType(StrEnum):
    SALESITEM = "salesItem"

    def __str__(self) -> str:
        return str(self.value)
