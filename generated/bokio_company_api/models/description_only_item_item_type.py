from enum import StrEnum


class DescriptionOnlyItemItemType(StrEnum):
    DESCRIPTIONONLYITEM = "descriptionOnlyItem"

    def __str__(self) -> str:
        return str(self.value)
