from enum import StrEnum


class InternationalPaymentDetailsType(StrEnum):
    INTERNATIONALPAYMENT = "internationalPayment"

    def __str__(self) -> str:
        return str(self.value)
