from __future__ import annotations

from uuid import UUID

from ...models.tag_input import TagInput
from ...params import TagParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "updateTag"
METHOD = "PUT"
PATH = "/companies/{companyId}/tag-groups/{tagGroupId}/tags/{tagId}"


def build_request(
    company_id: UUID | str,
    tag_group_id: UUID | str,
    tag_id: UUID | str,
    *,
    body: TagInput | TagParams,
) -> ApiRequest:
    """The request of `updateTag`: Rename a tag.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/tag-groups/{path_uuid(tag_group_id, 'tagGroupId')}/tags/{path_uuid(tag_id, 'tagId')}",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
