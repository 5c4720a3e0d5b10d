from enum import StrEnum


class VatSetting(StrEnum):
    MONTHLY = "monthly"
    NOTREGISTEREDFORVAT = "notRegisteredForVat"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"

    def __str__(self) -> str:
        return str(self.value)
