from enum import StrEnum


class AuthorizationTenantType(StrEnum):
    COMPANY = "company"

    def __str__(self) -> str:
        return str(self.value)
