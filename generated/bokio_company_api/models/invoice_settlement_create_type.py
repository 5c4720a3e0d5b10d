from enum import StrEnum


class InvoiceSettlementCreateType(StrEnum):
    BANKFEE = "bankFee"
    CURRENCY = "currency"
    PAYMENTSERVICEFEE = "paymentServiceFee"

    def __str__(self) -> str:
        return str(self.value)
