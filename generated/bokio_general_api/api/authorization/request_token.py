from __future__ import annotations

from ...models.token_request import TokenRequest
from ...request import ApiRequest

OPERATION_ID = "requestToken"
METHOD = "POST"
PATH = "/token"


def build_request(
    *,
    body: TokenRequest,
) -> ApiRequest:
    """The request of `requestToken`: Get an access token.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        "/token",
        data=body.to_dict(),
    )
