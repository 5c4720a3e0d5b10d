from enum import StrEnum


class TodoResourceType(StrEnum):
    EXPENSE = "expense"
    INVOICE = "invoice"
    NONE = "none"
    PAYMENT = "payment"
    RECEIPT = "receipt"
    SUPPLIERINVOICE = "supplierInvoice"
    VAT = "vat"

    def __str__(self) -> str:
        return str(self.value)
