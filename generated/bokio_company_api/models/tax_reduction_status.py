from enum import StrEnum


class TaxReductionStatus(StrEnum):
    AWAITINGPAYMENT = "awaitingPayment"
    COMPLETED = "completed"
    DRAFT = "draft"
    READYTOSUBMIT = "readyToSubmit"
    REMOVED = "removed"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
