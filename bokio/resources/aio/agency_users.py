"""``agency.users``: the agency's staff and its client companies' users (``agency-users:read``/``:write``)."""

from __future__ import annotations

from bokio_agency_api.api.agency_users import (
    get_agency_company_user,
    get_agency_user,
    list_agency_company_users,
    list_agency_users,
    remove_agency_company_user,
    remove_agency_user,
)
from bokio_agency_api.models.agency_company_user import AgencyCompanyUser
from bokio_agency_api.models.agency_user import AgencyUser

from bokio.agency import AsyncBokioAgency
from bokio.client import Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.resources.base import ID, AgencyResource

__all__ = ["AsyncAgencyUsers"]


class AsyncAgencyUsers(AgencyResource[AsyncBokioAgency]):
    """``agency.users``: the agency's staff, and the users of its client companies."""

    def list(
        self, *, page_size: int | None = None, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AsyncPager[AgencyUser]:
        """Every member of the agency's staff."""
        return self._client._paginate(
            list_agency_users,
            lambda page, size, compiled: list_agency_users.build_request(
                agency_id=self._agency_id, page=page, page_size=size
            ),
            AgencyUser.from_dict,
            query=None,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, user_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AgencyUser:
        """One member of the agency's staff."""
        return await self._client._call(
            lambda: get_agency_user.build_request(agency_id=self._agency_id, user_id=user_id),
            AgencyUser.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def remove(
        self, user_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Remove the user from the agency and from its client companies (not those the user owns)."""
        await self._client._call_no_content(
            lambda: remove_agency_user.build_request(agency_id=self._agency_id, user_id=user_id),
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
    ) -> AsyncPager[AgencyCompanyUser]:
        """Every user of the client company."""
        return self._client._paginate(
            list_agency_company_users,
            lambda page, size, compiled: list_agency_company_users.build_request(
                agency_id=self._agency_id, company_id=company_id, page=page, page_size=size
            ),
            AgencyCompanyUser.from_dict,
            query=None,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_company(
        self, company_id: ID, user_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AgencyCompanyUser:
        """One user of the client company."""
        return await self._client._call(
            lambda: get_agency_company_user.build_request(
                agency_id=self._agency_id, company_id=company_id, user_id=user_id
            ),
            AgencyCompanyUser.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def remove_company(
        self, company_id: ID, user_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Take away the user's access to the client company (its owner cannot be removed)."""
        await self._client._call_no_content(
            lambda: remove_agency_company_user.build_request(
                agency_id=self._agency_id, company_id=company_id, user_id=user_id
            ),
            timeout=timeout,
            extra_headers=extra_headers,
        )
