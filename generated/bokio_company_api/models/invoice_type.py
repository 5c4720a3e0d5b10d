from enum import StrEnum


class InvoiceType(StrEnum):
    CASHINVOICE = "cashInvoice"
    INVOICE = "invoice"

    def __str__(self) -> str:
        return str(self.value)
