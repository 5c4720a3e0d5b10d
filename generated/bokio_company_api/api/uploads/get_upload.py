from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "getUpload"
METHOD = "GET"
PATH = "/companies/{companyId}/uploads/{uploadId}"


def build_request(
    company_id: UUID | str,
    upload_id: UUID | str,
) -> ApiRequest:
    """The request of `getUpload`: Get an upload.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/uploads/{path_uuid(upload_id, 'uploadId')}",
    )
