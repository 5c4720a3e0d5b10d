from enum import StrEnum


class TransferRecipientKind(StrEnum):
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
