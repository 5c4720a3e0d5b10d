from __future__ import annotations

from uuid import UUID

from ...models.upload_create import UploadCreate
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createUpload"
METHOD = "POST"
PATH = "/companies/{companyId}/uploads"


def build_request(
    company_id: UUID | str,
    *,
    body: UploadCreate,
) -> ApiRequest:
    """The request of `createUpload`: Upload a file.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/uploads",
        files=body.to_multipart(),
    )
