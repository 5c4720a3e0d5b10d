from enum import StrEnum


class ConnectionType(StrEnum):
    AGENCY = "agency"
    COMPANY = "company"

    def __str__(self) -> str:
        return str(self.value)
