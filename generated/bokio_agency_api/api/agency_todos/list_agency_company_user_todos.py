from __future__ import annotations

from uuid import UUID

from ...models.todo_language import TodoLanguage
from ...request import ApiRequest, path_uuid

OPERATION_ID = "listAgencyCompanyUserTodos"
METHOD = "GET"
PATH = "/agencies/{agencyId}/companies/{companyId}/users/{userId}/todos"


def build_request(
    agency_id: UUID | str,
    company_id: UUID | str,
    user_id: UUID | str,
    *,
    accept_language: TodoLanguage | None = None,
) -> ApiRequest:
    """The request of `listAgencyCompanyUserTodos`: List a user's to-dos in a client company.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    headers: dict[str, str] = {}
    if accept_language is not None:
        headers["Accept-Language"] = str(accept_language.value)
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/agencies/{path_uuid(agency_id, 'agencyId')}/companies/{path_uuid(company_id, 'companyId')}/users/{path_uuid(user_id, 'userId')}/todos",
        headers=headers,
    )
