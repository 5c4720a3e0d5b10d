"""Bytes on the wire: exact JSON (amounts never pass through ``float``) and multipart forms."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from typing import Any

from bokio import money

from .errors import validation_error

__all__ = ["Part", "dumps", "loads", "parse_multipart"]


def loads(content: bytes) -> Any:
    """Parse a JSON request body; numbers with a fraction become Decimal, integers stay int."""
    try:
        return money.loads(content)
    except (ValueError, UnicodeDecodeError):
        raise validation_error(("#", "The request body is not valid JSON")) from None


def dumps(value: Any) -> bytes:
    """Encode a response body, writing each Decimal digit for digit (``64609.50``)."""
    return money.dumps(value)


@dataclass(frozen=True)
class Part:
    """One field of a multipart form."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def parse_multipart(content_type: str, body: bytes) -> dict[str, Part]:
    """The fields of a ``multipart/form-data`` body, split by hand so file bytes stay exactly as sent."""
    header = Message()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise validation_error(("#", "The request is not a multipart form"))
    parts: dict[str, Part] = {}
    for section in body.split(b"--" + boundary.encode())[1:]:
        if section.startswith(b"--"):
            break
        head, _, data = section.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        fields = Message()
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            fields[name.strip()] = value.strip()
        field_name = fields.get_param("name", header="content-disposition")
        if isinstance(field_name, str):
            parts[field_name] = Part(
                field_name, fields.get_filename(), fields.get("content-type"), data.removesuffix(b"\r\n")
            )
    return parts
