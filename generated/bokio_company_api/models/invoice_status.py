from enum import StrEnum


class InvoiceStatus(StrEnum):
    CREDIT = "credit"
    CREDITED = "credited"
    DRAFT = "draft"
    OVERDUE = "overdue"
    OVERPAID = "overPaid"
    PAID = "paid"
    PUBLISHED = "published"
    UNDERPAID = "underPaid"

    def __str__(self) -> str:
        return str(self.value)
