"""The steps payments and settlements share: find the entry on the invoice, else create it; then bookkeep it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar
from uuid import UUID

from bokio_company_api.types import Unset

from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID
from bokio.workflows._common import Progress, Step, id_of, is_set, only_one

__all__ = ["create_and_record"]


class _Entry(Protocol):
    @property
    def id(self) -> UUID | Unset: ...
    @property
    def journal_entry_ref(self) -> object: ...


EntryT = TypeVar("EntryT", bound=_Entry)
BodyT = TypeVar("BodyT", contravariant=True)


class _Entries(Protocol[EntryT, BodyT]):
    """An invoice's payments or settlements (``client.invoices.payments``, ``….settlements``)."""

    def list(self, invoice_id: ID, /, *, query: QueryLike | None = None) -> AsyncPager[EntryT]: ...
    async def create(self, invoice_id: ID, body: BodyT, /) -> EntryT: ...
    async def record(self, invoice_id: ID, entry_id: ID, /) -> EntryT: ...


async def create_and_record(
    entries: _Entries[EntryT, BodyT],
    invoice_id: ID,
    wanted: BodyT,
    *,
    query: QueryLike,
    is_same: Callable[[EntryT], bool],
    what: str,
    steps: tuple[Step, Step],
    progress: Progress,
) -> EntryT:
    """The entry ``is_same`` recognises among those ``query`` finds, else ``wanted`` created; bookkept.

    ``steps`` are the (create, record) steps ``progress`` is told of; ``what`` names the entries
    when several match, which raises :class:`~bokio.workflows.WorkflowConflictError`.
    """
    create, record = steps
    entry = only_one([entry async for entry in entries.list(invoice_id, query=query) if is_same(entry)], what)
    if entry is None:
        entry = await entries.create(invoice_id, wanted)
        progress.did(create)
    else:
        progress.found(create)
    if is_set(entry.journal_entry_ref):
        progress.found(record)
    else:
        entry = await entries.record(invoice_id, id_of(entry))
        progress.did(record)
    return entry
