from enum import StrEnum


class SalesInvoiceLineInputItemType(StrEnum):
    SALESITEM = "salesItem"

    def __str__(self) -> str:
        return str(self.value)
