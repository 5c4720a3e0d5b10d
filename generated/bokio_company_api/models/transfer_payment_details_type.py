from enum import StrEnum


class TransferPaymentDetailsType(StrEnum):
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
