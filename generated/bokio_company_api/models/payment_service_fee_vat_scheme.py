from enum import StrEnum


class PaymentServiceFeeVatScheme(StrEnum):
    DOMESTIC = "domestic"
    EU = "eu"
    NONEU = "nonEu"
    VATEXEMPT = "vatExempt"

    def __str__(self) -> str:
        return str(self.value)
