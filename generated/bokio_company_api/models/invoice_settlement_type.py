from enum import StrEnum


class InvoiceSettlementType(StrEnum):
    BADDEBT = "badDebt"
    BALANCEADJUSTMENT = "balanceAdjustment"
    BANKFEE = "bankFee"
    CURRENCY = "currency"
    PAYMENTSERVICEFEE = "paymentServiceFee"

    def __str__(self) -> str:
        return str(self.value)
