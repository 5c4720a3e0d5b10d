from enum import StrEnum


class DescriptionOnlyItemInputItemType(StrEnum):
    DESCRIPTIONONLYITEM = "descriptionOnlyItem"

    def __str__(self) -> str:
        return str(self.value)
