from enum import StrEnum


class BankPaymentStatus(StrEnum):
    CANCELLED = "cancelled"
    ERROR = "error"
    ONTHEWAY = "onTheWay"
    PAID = "paid"
    READYTOSIGN = "readyToSign"
    REJECTED = "rejected"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
