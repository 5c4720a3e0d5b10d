"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


# --- LazyModel: ours (openapi/templates/types.py.jinja) ------------------------------------------

import gc
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self

DecodeErrorHandler = Callable[[Exception], Exception]


class LazyModel:
    """Base of every model: an instance can keep its JSON and decode it when first read.

    ``Model.from_dict_lazy(json)`` costs a small fraction of ``Model.from_dict(json)``; that is
    what makes iterating a long list cheap. The first read of any attribute decodes the whole
    object with ``from_dict`` and lets go of the JSON; from then on the instance is the same as
    an eagerly decoded one (equality, repr, ``to_dict``, pickling and ``attrs`` helpers all read
    through attributes, so they decode first too); a value assigned before that is kept. JSON
    that does not fit the model raises at that first read: ``on_error(error)`` when a handler was
    given, else ValueError.
    """

    __slots__ = ("_lazy_json", "_lazy_on_error")

    @classmethod
    def from_dict_lazy(cls, src_dict: Mapping[str, Any], on_error: DecodeErrorHandler | None = None) -> Self:
        """An instance that decodes ``src_dict`` on its first attribute read."""
        model = cls.__new__(cls)
        model._lazy_json = src_dict
        model._lazy_on_error = on_error
        return model

    if not TYPE_CHECKING:  # to type checkers an unknown attribute stays an error

        def __getattr__(self, name):
            # Called only when an attribute is not set: a lazy instance's fields, or a typo.
            try:
                src_dict = object.__getattribute__(self, "_lazy_json")
            except AttributeError:  # built by __init__ or from_dict
                src_dict = None
            cls = type(self)
            if src_dict is None or name not in _field_names(cls):
                raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")
            assigned = _assigned_fields(self, cls)
            try:
                cls.from_dict(src_dict, _into=self)
            except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                on_error = object.__getattribute__(self, "_lazy_on_error")
                if on_error is not None:
                    raise on_error(error) from error
                # not AttributeError: raised from here, it would read as "no such attribute"
                raise ValueError(f"{cls.__name__} cannot be decoded from its JSON: {error!r}") from error
            for field_name, value in assigned.items():
                object.__setattr__(self, field_name, value)
            object.__setattr__(self, "_lazy_json", None)
            object.__setattr__(self, "_lazy_on_error", None)
            return object.__getattribute__(self, name)


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(field.name for field in cls.__attrs_attrs__)
    return names


def _assigned_fields(model: LazyModel, cls: type) -> dict[str, Any]:
    """The fields of a lazy ``model`` assigned before its first read (usually none)."""
    # CPython: the referents of an instance with __slots__ are its class and its slots that hold
    # a value; a lazy instance starts with two (_lazy_json, _lazy_on_error). This spares the usual
    # case one failed lookup per field.
    if sys.implementation.name == "cpython" and len(gc.get_referents(model)) <= 3:
        return {}
    assigned = {}
    for name in _field_names(cls):
        try:
            assigned[name] = object.__getattribute__(model, name)
        except AttributeError:
            pass
    return assigned


__all__ += ["DecodeErrorHandler", "LazyModel"]
