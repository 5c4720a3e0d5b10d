"""The errors of OAuth steps: refused grants, callbacks that fail their checks, a login that timed out."""

from __future__ import annotations

from ..errors import BokioError

__all__ = [
    "AccessDeniedError",
    "InvalidClientError",
    "InvalidGrantError",
    "LoginTimeoutError",
    "OAuthError",
    "OAuthStateError",
]


class OAuthError(BokioError):
    """An OAuth step failed: the callback carried an error, or the token endpoint refused a grant.

    :attr:`error` is the OAuth error code (``invalid_grant``, ``access_denied``, …) and
    :attr:`error_description` Bokio's explanation; :attr:`status_code` is set for token endpoint
    answers. The message never contains a secret.
    """

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        error_description: str | None = None,
        status_code: int | None = None,
    ) -> None:
        self.message = message
        self.error = error
        self.error_description = error_description
        self.status_code = status_code
        super().__init__(message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(error={self.error!r}, message={self.message!r})"


class OAuthStateError(OAuthError):
    """The callback's ``state`` is missing or is not the one sent: possible cross-site request forgery."""


class AccessDeniedError(OAuthError):
    """The user declined to authorize the integration (``error=access_denied`` on the callback)."""


class InvalidGrantError(OAuthError):
    """The token endpoint refused the code or refresh token (``invalid_grant``).

    For a refresh token this means it expired, was revoked (the company disconnected the
    integration) or was already used: the user must authorize the integration again.
    """


class InvalidClientError(OAuthError):
    """The token endpoint refused the client id or secret (``invalid_client``)."""


class LoginTimeoutError(OAuthError):
    """:meth:`OAuthApp.login_local` got no callback in time."""
