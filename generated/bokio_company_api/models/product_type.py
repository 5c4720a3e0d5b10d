from enum import StrEnum


class ProductType(StrEnum):
    GOODS = "goods"
    SERVICES = "services"

    def __str__(self) -> str:
        return str(self.value)
