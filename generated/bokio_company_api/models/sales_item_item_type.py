from enum import StrEnum


class SalesItemItemType(StrEnum):
    SALESITEM = "salesItem"

    def __str__(self) -> str:
        return str(self.value)
