from enum import StrEnum


class PlusgiroPaymentDetailsType(StrEnum):
    PLUSGIRO = "plusgiro"

    def __str__(self) -> str:
        return str(self.value)
