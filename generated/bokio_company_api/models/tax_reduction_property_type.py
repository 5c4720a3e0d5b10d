from enum import StrEnum


class TaxReductionPropertyType(StrEnum):
    HOUSINGDESIGNATION = "housingDesignation"
    REALESTATE = "realEstate"

    def __str__(self) -> str:
        return str(self.value)
