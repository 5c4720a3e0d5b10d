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

from bokio.pagination import Pager
from bokio.resources._base import ID, AgencyResource, uuid_of

__all__ = ["AgencyUsers"]


class AgencyUsers(AgencyResource):
    def list(self, *, page_size: int | None = None) -> Pager[AgencyUser]:
        """Every member of the agency's staff."""
        return self._client._paginate(
            list_agency_users, AgencyUser.from_dict_lazy, query=None, page_size=page_size, agency_id=self._agency_id
        )

    def get(self, user_id: ID) -> AgencyUser:
        return self._client._call(
            get_agency_user, AgencyUser.from_dict, agency_id=self._agency_id, user_id=uuid_of(user_id, "user_id")
        )

    def remove(self, user_id: ID) -> None:
        """Remove the user from the agency and from its client companies (not those the user owns)."""
        self._client._call_no_content(
            remove_agency_user, agency_id=self._agency_id, user_id=uuid_of(user_id, "user_id")
        )

    def list_company(self, company_id: ID, *, page_size: int | None = None) -> Pager[AgencyCompanyUser]:
        """Every user of the client company."""
        return self._client._paginate(
            list_agency_company_users,
            AgencyCompanyUser.from_dict_lazy,
            query=None,
            page_size=page_size,
            agency_id=self._agency_id,
            company_id=uuid_of(company_id, "company_id"),
        )

    def get_company(self, company_id: ID, user_id: ID) -> AgencyCompanyUser:
        return self._client._call(
            get_agency_company_user,
            AgencyCompanyUser.from_dict,
            agency_id=self._agency_id,
            company_id=uuid_of(company_id, "company_id"),
            user_id=uuid_of(user_id, "user_id"),
        )

    def remove_company(self, company_id: ID, user_id: ID) -> None:
        """Take away the user's access to the client company (its owner cannot be removed)."""
        self._client._call_no_content(
            remove_agency_company_user,
            agency_id=self._agency_id,
            company_id=uuid_of(company_id, "company_id"),
            user_id=uuid_of(user_id, "user_id"),
        )
