"""``agency.companies``: the agency's client companies (scopes ``agency-companies:read``/``:write``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bokio_agency_api.api.agency_companies import (
    create_agency_company,
    get_agency_company,
    get_agency_company_navigation,
    list_agency_companies,
)
from bokio_agency_api.models.agency_company import AgencyCompany
from bokio_agency_api.models.agency_company_navigation import AgencyCompanyNavigation
from bokio_agency_api.models.new_agency_company import NewAgencyCompany

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, AgencyResource, as_model, uuid_of

__all__ = ["AgencyCompanies"]


class AgencyCompanies(AgencyResource):
    def create(self, company: NewAgencyCompany | Mapping[str, Any]) -> AgencyCompany:
        """Start a new Bokio company as the agency's client; ``ownerEmail`` must be an agency member's.

        The company is an ordinary Bokio company: reach it with ``agency.company_client(company.id, …)``.
        """
        body = as_model(company, NewAgencyCompany.from_dict)
        return self._client._call(create_agency_company, AgencyCompany.from_dict, agency_id=self._agency_id, body=body)

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[AgencyCompany]:
        """Every client company, page by page; ``query`` filters on ``name`` and ``organizationNumber``."""
        return self._client._paginate(
            list_agency_companies,
            AgencyCompany.from_dict_lazy,
            query=query,
            page_size=page_size,
            agency_id=self._agency_id,
        )

    def get(self, company_id: ID) -> AgencyCompany:
        return self._client._call(
            get_agency_company,
            AgencyCompany.from_dict,
            agency_id=self._agency_id,
            company_id=uuid_of(company_id, "company_id"),
        )

    def navigation_url(self, company_id: ID, user_id: ID, *, todo_type: str | None = None) -> str:
        """A link that opens the client company in Bokio for the agency user ``user_id``;
        ``todo_type`` (e.g. ``"receipt.unrecorded"``) opens that work area."""
        params: dict[str, Any] = {"user_id": uuid_of(user_id, "user_id")}
        if todo_type is not None:
            if not isinstance(todo_type, str) or not todo_type.strip():
                raise ValueError(f"todo_type must be a non-empty string, got {todo_type!r}")
            params["todo_type"] = todo_type
        navigation = self._client._call(
            get_agency_company_navigation,
            AgencyCompanyNavigation.from_dict,
            agency_id=self._agency_id,
            company_id=uuid_of(company_id, "company_id"),
            **params,
        )
        return navigation.url
