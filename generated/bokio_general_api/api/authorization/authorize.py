from __future__ import annotations

from typing import Any
from uuid import UUID

from ...models.authorization_response_type import AuthorizationResponseType
from ...models.authorization_tenant_type import AuthorizationTenantType
from ...request import ApiRequest, path_uuid

OPERATION_ID = "authorize"
METHOD = "GET"
PATH = "/authorize"


def build_request(
    *,
    response_type: AuthorizationResponseType,
    client_id: UUID | str,
    redirect_uri: str,
    scope: str | None = None,
    state: str,
    bokio_tenantid: UUID | str | None = None,
    bokio_tenanttype: AuthorizationTenantType | None = None,
) -> ApiRequest:
    """The request of `authorize`: Send a user to authorize the integration.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    params: dict[str, Any] = {}
    params["response_type"] = response_type.value
    params["client_id"] = path_uuid(client_id, "client_id")
    params["redirect_uri"] = redirect_uri
    if scope is not None:
        params["scope"] = scope
    params["state"] = state
    if bokio_tenantid is not None:
        params["bokio_tenantid"] = path_uuid(bokio_tenantid, "bokio_tenantid")
    if bokio_tenanttype is not None:
        params["bokio_tenanttype"] = bokio_tenanttype.value
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        "/authorize",
        params=params,
    )
