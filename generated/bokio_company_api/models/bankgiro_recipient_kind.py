from enum import StrEnum


class BankgiroRecipientKind(StrEnum):
    BANKGIRO = "bankgiro"

    def __str__(self) -> str:
        return str(self.value)
