from enum import StrEnum


class TaxReductionType(StrEnum):
    ROT = "rot"
    RUT = "rut"

    def __str__(self) -> str:
        return str(self.value)
