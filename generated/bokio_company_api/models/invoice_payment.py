from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoicePayment")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "date",
        "sumBaseCurrency",
        "bookkeepingAccountNumber",
        "invoiceId",
        "journalEntryRef",
    )
)


@_attrs_define(repr=False)
class InvoicePayment(Model):
    """Money received against an invoice. `id`, `invoiceId` and `journalEntryRef` are set by Bokio
    and ignored when creating.

    """

    id: UUID
    date: datetime.date
    """ The day the money reached the account. """
    sum_base_currency: Decimal
    """ Amount received, in the company's base currency (SEK). """
    bookkeeping_account_number: int
    """ The account the money was paid into, e.g. 1930 (business bank account, Bokio's default)
    or 1940 (additional bank account). Must be a chart-of-accounts account set up as a
    payment account.
     """
    invoice_id: UUID | Unset = UNSET
    """ The invoice the payment belongs to. """
    journal_entry_ref: EntityRef | None | Unset = UNSET
    """ The journal entry that bookkept the payment; null until it is recorded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        date = self.date.isoformat()

        sum_base_currency = self.sum_base_currency

        bookkeeping_account_number = self.bookkeeping_account_number

        invoice_id: str | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = str(self.invoice_id)

        journal_entry_ref: dict[str, Any] | None | Unset
        if isinstance(self.journal_entry_ref, Unset):
            journal_entry_ref = UNSET
        elif isinstance(self.journal_entry_ref, EntityRef):
            journal_entry_ref = self.journal_entry_ref.to_dict()
        else:
            journal_entry_ref = self.journal_entry_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date": date,
                "sumBaseCurrency": sum_base_currency,
                "bookkeepingAccountNumber": bookkeeping_account_number,
            }
        )
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if journal_entry_ref is not UNSET:
            field_dict["journalEntryRef"] = journal_entry_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoicePayment must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        date = datetime.date.fromisoformat(d["date"])

        sum_base_currency = d["sumBaseCurrency"]
        if type(sum_base_currency) is Decimal:
            if not sum_base_currency.is_finite():
                raise ValueError(f"sumBaseCurrency must be a finite number, not {sum_base_currency}")
        elif type(sum_base_currency) is int:
            sum_base_currency = Decimal(sum_base_currency)
        else:
            raise TypeError(f"sumBaseCurrency must be a number, not {type(sum_base_currency).__name__}")

        bookkeeping_account_number = d["bookkeepingAccountNumber"]
        if type(bookkeeping_account_number) is not int:
            raise TypeError(
                f"bookkeepingAccountNumber must be an integer, not {type(bookkeeping_account_number).__name__}"
            )

        _invoice_id = d.get("invoiceId", UNSET)
        invoice_id: UUID | Unset
        if _invoice_id is UNSET:
            invoice_id = UNSET
        else:
            invoice_id = UUID(_invoice_id)

        _journal_entry_ref = d.get("journalEntryRef", UNSET)
        journal_entry_ref: EntityRef | None | Unset
        if _journal_entry_ref is None:
            journal_entry_ref = None
        elif _journal_entry_ref is UNSET:
            journal_entry_ref = UNSET
        else:
            if not isinstance(_journal_entry_ref, dict):
                raise TypeError()
            journal_entry_ref_type_1 = EntityRef.from_dict(_journal_entry_ref)

            journal_entry_ref = journal_entry_ref_type_1

        invoice_payment = cls(
            id,
            date,
            sum_base_currency,
            bookkeeping_account_number,
            invoice_id,
            journal_entry_ref,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_payment.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return invoice_payment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.entity_ref import EntityRef
