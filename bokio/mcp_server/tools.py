"""The tools the MCP server offers: reads of the company's books, and (when allowed) the guide's writes.

Every tool is a plain function of a :class:`bokio.Bokio` and its arguments, returning JSON-ready
data: amounts are exact decimal strings (``"64609.50"``), lists are bounded pages with a ``next``
cursor. Arguments are checked against the tool's input schema (from our OpenAPI document) before
anything is sent. Writes are made so that a retried call does not create twice: they find what
an earlier call already did (the resumable :mod:`bokio.workflows` where they exist) first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from bokio import Bokio
from bokio.errors import BokioError, FieldError, ValidationError
from bokio.jsonvalues import object_of

from .definition import Tool, invalid, plain
from .reads import READ_TOOLS
from .schemas import exact
from .writes import WRITE_TOOLS

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["READ_TOOLS", "WRITE_TOOLS", "Tool", "call", "plain"]


def _validator(schema: Mapping[str, Any]) -> Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def call(client: Bokio, tool: Tool, arguments: Mapping[str, Any]) -> Any:
    """Check ``arguments`` against the tool's schema, read amounts exactly, and run it."""
    validator = _validator(tool.input_schema)
    problems = sorted(validator.iter_errors(dict(arguments)), key=str)
    if problems:
        raise ValidationError(
            "The arguments do not fit the tool's input schema (nothing was sent)",
            code="validation-error",
            errors=[
                FieldError("#/" + "/".join(str(part) for part in problem.absolute_path), problem.message[:300])
                for problem in problems[:20]
            ],
        )
    try:
        return tool.run(client, object_of(exact(dict(arguments), tool.input_schema)))  # a dict stays a dict
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:
        if isinstance(error, BokioError):
            raise
        raise invalid("#", f"{type(error).__name__}: {error}") from error
