"""What a tool is, the JSON-ready data it returns and the error for an argument it cannot use."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

from bokio import Bokio
from bokio.errors import FieldError, ValidationError
from bokio.jsonvalues import is_mapping, is_sequence


@dataclass(frozen=True)
class Tool:
    """One tool: its name, description and input schema as MCP lists them, and the function that runs it."""

    name: str
    description: str
    input_schema: dict[str, Any]
    run: Callable[[Bokio, dict[str, Any]], Any]
    writes: bool = False


def plain(value: Any) -> Any:
    """JSON-ready data with amounts as exact decimal strings (never floats)."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        value = to_dict()
    if is_mapping(value):
        return {str(key): plain(item) for key, item in value.items()}
    if is_sequence(value):
        return [plain(item) for item in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, float):
        raise TypeError("a float reached the tool output; amounts must stay Decimal")
    return value


def invalid(field: str, message: str) -> ValidationError:
    """The error for an argument that passed the schema but cannot be used (nothing was sent)."""
    return ValidationError(f"invalid argument {field!r}", code="validation-error", errors=[FieldError(field, message)])
