from enum import StrEnum


class CustomerType(StrEnum):
    COMPANY = "company"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)
