"""The descriptor of a client's resource namespaces (``client.invoices``, ``agency.users``, …).

Each is imported and made on first use, so that ``import bokio`` stays cheap; the list of them
is ``bokio/_async/namespaces.py``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Generic, TypeVar, overload

R = TypeVar("R")


class Namespace(Generic[R]):
    """A resource namespace attribute: class ``name`` of ``module``, made for the client on first use."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._attribute = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, client: None, owner: type) -> Namespace[R]: ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: object | None, owner: type) -> R | Namespace[R]:
        if client is None:
            return self
        make: Any = getattr(import_module(self._module), self._name)
        resource: R = make(client)
        client.__dict__[self._attribute] = resource
        return resource
