from __future__ import annotations

from uuid import UUID

from ...models.tag_group_update import TagGroupUpdate
from ...params import TagGroupUpdateParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "updateTagGroup"
METHOD = "PUT"
PATH = "/companies/{companyId}/tag-groups/{tagGroupId}"


def build_request(
    company_id: UUID | str,
    tag_group_id: UUID | str,
    *,
    body: TagGroupUpdate | TagGroupUpdateParams,
) -> ApiRequest:
    """The request of `updateTagGroup`: Update a tag group.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/tag-groups/{path_uuid(tag_group_id, 'tagGroupId')}",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
