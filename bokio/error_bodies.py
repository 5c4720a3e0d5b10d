"""Reading the body of an error answer: the one place that knows the shapes Bokio uses.

- Bokio's flat form, what the live API sends: ``{code, message, bokioErrorId, errors: [{field, message}]}``;
- the wrapped form of Bokio's older documentation: ``{"error": {code, innerCode, message, bokioErrorId}}``;
- OAuth's form (RFC 6749), from the token endpoint: ``{error, error_description}``;
- anything else (an empty body, a proxy's HTML page, unexpected JSON) still gives a message,
  one that names the status.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

import httpx

from . import money
from .errors import FieldError
from .jsonvalues import array_of, is_array, is_object, object_of

__all__ = ["ErrorBody", "read_error_body"]

HIDDEN = "<hidden>"

# What a bare status most likely means, for answers without a message of their own.
_HINTS = {
    401: "the token is missing, wrong, expired or revoked",
    403: "the token may not do this: a scope is missing or the company has not granted access",
    429: "too many requests; Bokio did not process this one",
}


class ErrorBody(NamedTuple):
    """What an error answer says, whatever its shape."""

    body: Any
    """The decoded JSON, or None when the body is empty or not JSON."""
    code: str | None
    """Bokio's ``code`` (``validation-error``, …), or OAuth's ``error`` (``invalid_grant``, …)."""
    inner_code: str | None
    """The wrapped form's ``innerCode``: a finer reason than ``code``."""
    message: str | None
    """Bokio's ``message`` or OAuth's ``error_description``, secrets replaced; None when there is none."""
    bokio_error_id: str | None
    errors: list[FieldError]
    is_oauth: bool
    """The body is OAuth's ``{error, error_description}``."""
    summary: str
    """``message``, or a sentence naming the status when the body has no message."""

    def error_fields(self, request: httpx.Request, response: httpx.Response) -> dict[str, Any]:
        """The keyword arguments of the :class:`~bokio.errors.APIError` for this answer to ``request``."""
        return {
            "status_code": response.status_code,
            "code": self.code,
            "inner_code": self.inner_code,
            "bokio_error_id": self.bokio_error_id,
            "errors": self.errors,
            "method": request.method,
            "url": str(request.url),
        }


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _scrub(text: str | None, hidden: Iterable[str | None]) -> str | None:
    if text is None:
        return None
    for secret in hidden:
        if secret:
            text = text.replace(secret, HIDDEN)
    return text


def _decode(content: bytes) -> Any:
    try:
        return money.loads(content) if content else None
    except ValueError:  # includes UnicodeDecodeError
        return None


def read_error_body(response: httpx.Response, hidden: Iterable[str | None] = ()) -> ErrorBody:
    """What the (already read) error ``response`` says; ``hidden`` strings never reach the message."""
    body = _decode(response.content)
    outer = object_of(body)
    wrapped = outer.get("error")
    fields = wrapped if is_object(wrapped) else outer
    is_oauth = isinstance(wrapped, str) and bool(wrapped)
    code = _text(fields.get("error") if is_oauth else fields.get("code"))
    message = (
        _text(fields.get("message"))
        or _text(fields.get("error_description"))
        or _text(fields.get("detail"))
        or _text(fields.get("details"))
        or _text(fields.get("title"))
    )
    message = _scrub(message, hidden)
    raw_errors = fields.get("errors") if is_array(fields.get("errors")) else outer.get("errors")
    field_errors = [
        FieldError(str(item.get("field", "")), str(item.get("message", "")))
        for item in array_of(raw_errors)
        if is_object(item)
    ]
    return ErrorBody(
        body=body,
        code=code,
        inner_code=_text(fields.get("innerCode")),
        message=message,
        bokio_error_id=_text(fields.get("bokioErrorId")),
        errors=field_errors,
        is_oauth=is_oauth,
        summary=message or _status_sentence(response, body),
    )


def _status_sentence(response: httpx.Response, body: Any) -> str:
    """A message for an answer without one: the status, what kind of body came, what it likely means."""
    if not response.content:
        kind = "an empty body"
    elif body is None:
        kind = "a non-JSON body"
    else:
        kind = "an unexpected body"
    sentence = f"HTTP {response.status_code} {response.reason_phrase} with {kind}"
    hint = _HINTS.get(response.status_code)
    return f"{sentence}: {hint}" if hint else sentence
