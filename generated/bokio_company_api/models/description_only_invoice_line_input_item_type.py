from enum import StrEnum


class DescriptionOnlyInvoiceLineInputItemType(StrEnum):
    DESCRIPTIONONLYITEM = "descriptionOnlyItem"

    def __str__(self) -> str:
        return str(self.value)
