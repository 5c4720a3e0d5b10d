"""``agency.companies``: the agency's client companies (scopes ``agency-companies:read``/``:write``)."""

from __future__ import annotations

import re

from bokio_agency_api.api.agency_companies import (
    create_agency_company,
    get_agency_company,
    get_agency_company_navigation,
    list_agency_companies,
)
from bokio_agency_api.models.agency_company import AgencyCompany
from bokio_agency_api.models.agency_company_navigation import AgencyCompanyNavigation
from bokio_agency_api.models.new_agency_company import NewAgencyCompany
from bokio_agency_api.params import NewAgencyCompanyParams

from bokio.agency import AsyncBokioAgency
from bokio.client import Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, AgencyResource, text_matching

__all__ = ["AsyncAgencyCompanies"]

_NOT_BLANK = re.compile(r"\s*\S")


class AsyncAgencyCompanies(AgencyResource[AsyncBokioAgency]):
    """``agency.companies``: the client companies the agency keeps the books of."""

    async def create(
        self,
        company: NewAgencyCompany | NewAgencyCompanyParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AgencyCompany:
        """Start a new Bokio company as the agency's client; ``ownerEmail`` must be an agency member's.

        The company is an ordinary Bokio company: reach it with ``agency.company_client(company.id, …)``.
        """
        return await self._client._call(
            lambda: create_agency_company.build_request(agency_id=self._agency_id, body=company),
            AgencyCompany.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[AgencyCompany]:
        """Every client company, page by page; ``query`` filters on ``name`` and ``organizationNumber``."""
        return self._client._paginate(
            list_agency_companies,
            lambda page, size, compiled: list_agency_companies.build_request(
                agency_id=self._agency_id, page=page, page_size=size, query=compiled
            ),
            AgencyCompany.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, company_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AgencyCompany:
        """One client company."""
        return await self._client._call(
            lambda: get_agency_company.build_request(agency_id=self._agency_id, company_id=company_id),
            AgencyCompany.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def navigation_url(
        self,
        company_id: ID,
        user_id: ID,
        *,
        todo_type: str | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> str:
        """A link that opens the client company in Bokio for the agency user ``user_id``;
        ``todo_type`` (e.g. ``"receipt.unrecorded"``) opens that work area."""
        if todo_type is not None:
            text_matching(todo_type, _NOT_BLANK, "todo_type must be a non-empty string")
        navigation = await self._client._call(
            lambda: get_agency_company_navigation.build_request(
                agency_id=self._agency_id, company_id=company_id, user_id=user_id, todo_type=todo_type
            ),
            AgencyCompanyNavigation.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return navigation.url
