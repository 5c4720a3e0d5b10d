from enum import StrEnum


class ConnectionType(StrEnum):
    COMPANY = "company"

    def __str__(self) -> str:
        return str(self.value)
