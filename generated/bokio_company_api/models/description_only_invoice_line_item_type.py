from enum import StrEnum


class DescriptionOnlyInvoiceLineItemType(StrEnum):
    DESCRIPTIONONLYITEM = "descriptionOnlyItem"

    def __str__(self) -> str:
        return str(self.value)
