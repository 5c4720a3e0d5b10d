from enum import StrEnum


class BankgiroPaymentDetailsType(StrEnum):
    BANKGIRO = "bankgiro"

    def __str__(self) -> str:
        return str(self.value)
