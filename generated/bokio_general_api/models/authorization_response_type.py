from enum import StrEnum


class AuthorizationResponseType(StrEnum):
    CODE = "code"

    def __str__(self) -> str:
        return str(self.value)
