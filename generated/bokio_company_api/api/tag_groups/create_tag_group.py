from __future__ import annotations

from uuid import UUID

from ...models.tag_group_create import TagGroupCreate
from ...params import TagGroupCreateParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createTagGroup"
METHOD = "POST"
PATH = "/companies/{companyId}/tag-groups"


def build_request(
    company_id: UUID | str,
    *,
    body: TagGroupCreate | TagGroupCreateParams,
) -> ApiRequest:
    """The request of `createTagGroup`: Create a tag group.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/tag-groups",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
