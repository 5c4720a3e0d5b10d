from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="InvoicePayment")


@_attrs_define
class InvoicePayment(LazyModel):
    """Money received against an invoice. `id`, `invoiceId` and `journalEntryRef` are set by Bokio
    and ignored when creating.

    """

    date: datetime.date
    """ The day the money reached the account. """
    sum_base_currency: Decimal
    """ Amount received, in the company's base currency (SEK). """
    bookkeeping_account_number: int
    """ The account the money was paid into, e.g. 1930 (business bank account, Bokio's default)
    or 1940 (additional bank account). Must be a chart-of-accounts account set up as a
    payment account.
     """
    id: UUID | Unset = UNSET
    invoice_id: UUID | Unset = UNSET
    """ The invoice the payment belongs to. """
    journal_entry_ref: EntityRef | None | Unset = UNSET
    """ The journal entry that bookkept the payment; null until it is recorded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        sum_base_currency = self.sum_base_currency

        bookkeeping_account_number = self.bookkeeping_account_number

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

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
                "date": date,
                "sumBaseCurrency": sum_base_currency,
                "bookkeepingAccountNumber": bookkeeping_account_number,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if journal_entry_ref is not UNSET:
            field_dict["journalEntryRef"] = journal_entry_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        _sum_base_currency = d.pop("sumBaseCurrency")
        sum_base_currency: Decimal
        if type(_sum_base_currency) is Decimal:
            sum_base_currency = _sum_base_currency
        elif type(_sum_base_currency) is int:
            sum_base_currency = Decimal(_sum_base_currency)
        else:
            sum_base_currency = Decimal(str(_sum_base_currency))

        bookkeeping_account_number = d.pop("bookkeepingAccountNumber")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: UUID | Unset
        if _invoice_id is UNSET:
            invoice_id = UNSET
        else:
            invoice_id = UUID(_invoice_id)

        _journal_entry_ref = d.pop("journalEntryRef", UNSET)
        journal_entry_ref: EntityRef | None | Unset
        if _journal_entry_ref is None:
            journal_entry_ref = None
        elif _journal_entry_ref is UNSET:
            journal_entry_ref = UNSET
        else:
            try:
                if not isinstance(_journal_entry_ref, dict):
                    raise TypeError()
                journal_entry_ref_type_1 = EntityRef.from_dict(_journal_entry_ref)

                journal_entry_ref = journal_entry_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                journal_entry_ref = _journal_entry_ref

        if _into is None:
            invoice_payment = cls(
                date=date,
                sum_base_currency=sum_base_currency,
                bookkeeping_account_number=bookkeeping_account_number,
                id=id,
                invoice_id=invoice_id,
                journal_entry_ref=journal_entry_ref,
            )
        else:
            invoice_payment = _into
            invoice_payment.__init__(
                date=date,
                sum_base_currency=sum_base_currency,
                bookkeeping_account_number=bookkeeping_account_number,
                id=id,
                invoice_id=invoice_id,
                journal_entry_ref=journal_entry_ref,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            invoice_payment.additional_properties = d
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
