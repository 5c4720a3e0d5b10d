from enum import StrEnum


class TenantType(StrEnum):
    COMPANY = "company"
    GENERAL = "general"

    def __str__(self) -> str:
        return str(self.value)
