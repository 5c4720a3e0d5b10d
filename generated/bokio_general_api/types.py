"""Types the generated models and operation modules share (our template: openapi/templates/types.py.jinja)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, BinaryIO, Literal

from attrs import define, fields

__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Model",
    "RequestFiles",
    "Unset",
]


class Unset:
    """The type of :data:`UNSET`: a field the JSON object did not have (unlike ``None``, JSON null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (file name, content, content type) form httpx takes."""
        return self.file_name, self.payload, self.mime_type


class Model:
    """Base of the generated models: a repr with the fields that are set, not every UNSET."""

    __slots__ = ()

    def __repr__(self) -> str:
        shown = []
        for attribute in fields(type(self)):
            value = getattr(self, attribute.name)
            if value is UNSET or (attribute.name == "additional_properties" and not value):
                continue
            shown.append(f"{attribute.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"
