from enum import StrEnum


class CustomerLanguage(StrEnum):
    EN = "en"
    SV = "sv"

    def __str__(self) -> str:
        return str(self.value)
