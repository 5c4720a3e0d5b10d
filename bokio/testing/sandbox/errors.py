"""The errors the sandbox answers with, in the shapes Bokio uses.

Handlers raise :class:`ApiError` (Company API and connections) or :class:`OAuthError` (the
token and authorize endpoints); the app turns them into responses, so no handler builds an
error body itself.
"""

from __future__ import annotations

import uuid
from typing import Any

__all__ = [
    "ApiError",
    "OAuthError",
    "Problem",
    "limit_exceeded",
    "not_allowed",
    "not_found",
    "validation_error",
]

Problem = tuple[str, str]
"""A field error: the JSON pointer (``#/lineItems/0/taxRate``) and what is wrong with it."""


class ApiError(Exception):
    """An error answer in Bokio's shape: ``code``, ``message``, ``bokioErrorId`` and field ``errors``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        problems: list[Problem] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.problems = problems or []
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message, "bokioErrorId": str(uuid.uuid4())}
        if self.problems:
            body["errors"] = [{"field": field, "message": message} for field, message in self.problems]
        return body


class OAuthError(Exception):
    """An error of the OAuth endpoints, answered as RFC 6749's ``{error, error_description}``."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def body(self) -> dict[str, Any]:
        return {"error": self.error, "error_description": self.description}


def validation_error(*problems: Problem) -> ApiError:
    count = len(problems)
    return ApiError(
        400, "validation-error", f"Validation failed with {count} error{'s' if count != 1 else ''}", list(problems)
    )


def not_found(message: str = "The requested resource was not found") -> ApiError:
    return ApiError(404, "not-found", message)


def not_allowed(message: str) -> ApiError:
    return ApiError(400, "operation-not-allowed", message)


def limit_exceeded(message: str) -> ApiError:
    return ApiError(400, "limit-exceeded", message)
