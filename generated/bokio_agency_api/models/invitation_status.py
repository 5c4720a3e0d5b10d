from enum import StrEnum


class InvitationStatus(StrEnum):
    PENDINGINVITATION = "pendingInvitation"

    def __str__(self) -> str:
        return str(self.value)
