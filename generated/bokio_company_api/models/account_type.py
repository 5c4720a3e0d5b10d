from enum import StrEnum


class AccountType(StrEnum):
    BASEPLANACCOUNT = "basePlanAccount"
    CUSTOMACCOUNT = "customAccount"

    def __str__(self) -> str:
        return str(self.value)
