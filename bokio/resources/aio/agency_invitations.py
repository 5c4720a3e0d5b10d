"""``agency.invitations``: pending invitations to the agency and its client companies (``agency-users:…``)."""

from __future__ import annotations

import re

from bokio_agency_api.api.agency_invitations import (
    invite_agency_company_user,
    invite_agency_user,
    list_agency_company_invitations,
    list_agency_invitations,
)
from bokio_agency_api.models.invitation import Invitation
from bokio_agency_api.models.new_invitation import NewInvitation

from bokio.agency import AsyncBokioAgency
from bokio.client import Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.resources.base import ID, AgencyResource, text_matching

__all__ = ["AsyncAgencyInvitations"]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _invitation(email: str) -> NewInvitation:
    return NewInvitation(email=text_matching(email, _EMAIL, "email must be an e-mail address"))


class AsyncAgencyInvitations(AgencyResource[AsyncBokioAgency]):
    """``agency.invitations``: invitations to the agency's staff and to its client companies."""

    def list(
        self, *, page_size: int | None = None, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AsyncPager[Invitation]:
        """The agency's invitations not yet accepted."""
        return self._client._paginate(
            list_agency_invitations,
            lambda page, size, compiled: list_agency_invitations.build_request(
                agency_id=self._agency_id,
                page=page,
                page_size=size,
            ),
            Invitation.from_dict,
            query=None,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create(
        self, email: str, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Invitation:
        """Invite ``email`` to the agency's staff; Bokio e-mails the invitation."""
        return await self._client._call(
            lambda: invite_agency_user.build_request(agency_id=self._agency_id, body=_invitation(email)),
            Invitation.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_company(
        self,
        company_id: ID,
        *,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Invitation]:
        """The client company's invitations not yet accepted."""
        return self._client._paginate(
            list_agency_company_invitations,
            lambda page, size, compiled: list_agency_company_invitations.build_request(
                agency_id=self._agency_id,
                company_id=company_id,
                page=page,
                page_size=size,
            ),
            Invitation.from_dict,
            query=None,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_company(
        self, company_id: ID, email: str, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Invitation:
        """Invite ``email`` to become a user of the client company."""
        return await self._client._call(
            lambda: invite_agency_company_user.build_request(
                agency_id=self._agency_id, company_id=company_id, body=_invitation(email)
            ),
            Invitation.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )
