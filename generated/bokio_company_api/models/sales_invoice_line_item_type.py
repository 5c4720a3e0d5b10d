from enum import StrEnum


class SalesInvoiceLineItemType(StrEnum):
    SALESITEM = "salesItem"

    def __str__(self) -> str:
        return str(self.value)
