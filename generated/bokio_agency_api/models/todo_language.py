from enum import StrEnum


class TodoLanguage(StrEnum):
    EN = "en"
    SV = "sv"

    def __str__(self) -> str:
        return str(self.value)
