"""Operation handlers by concern; :data:`HANDLERS` maps an operationId to its handler."""

from __future__ import annotations

from ..calls import Handler
from . import agency, bookkeeping, invoicing, oauth, records

__all__ = ["HANDLERS"]

HANDLERS: dict[str, Handler] = {
    **bookkeeping.HANDLERS,
    **records.HANDLERS,
    **invoicing.HANDLERS,
    **oauth.HANDLERS,
    **agency.HANDLERS,
}
