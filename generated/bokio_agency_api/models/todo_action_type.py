from enum import StrEnum


class TodoActionType(StrEnum):
    GETPAID = "getPaid"
    NONE = "none"
    TOAPPROVE = "toApprove"
    TOPAY = "toPay"
    TORECORD = "toRecord"
    TOSCHEDULEPAY = "toSchedulePay"

    def __str__(self) -> str:
        return str(self.value)
