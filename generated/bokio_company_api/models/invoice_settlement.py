from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_settlement_type import InvoiceSettlementType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceSettlement")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "invoiceId",
        "type",
        "invoiceSettlementDetails",
        "journalEntryRef",
    )
)


@_attrs_define(repr=False)
class InvoiceSettlement(Model):
    """A settlement as Bokio returns it. All fields are set by Bokio. The shape of
    `invoiceSettlementDetails` follows `type`: `PaymentServiceFeeSettlementDetails` for
    `paymentServiceFee`, `StandardSettlementDetails` for every other type.

    """

    id: UUID
    invoice_id: UUID
    """ The invoice the settlement belongs to. """
    type_: InvoiceSettlementType
    """ What the settlement accounts for, and where recording it books the amount:
    `currency`: exchange-rate and rounding differences, 3740 (Penny and krona adjustments);
    `bankFee`: a fee a bank or payment provider kept from the payment, 6570 (Bank charges);
    `badDebt`: an amount that will certainly not be paid, 6351 (Confirmed losses on accounts
    receivable); `balanceAdjustment`: corrects the invoice balance without any bookkeeping;
    `paymentServiceFee`: a fee of a payment service such as Stripe (Swedish companies only),
    booked according to its `vatScheme`.
     """
    invoice_settlement_details: PaymentServiceFeeSettlementDetails | StandardSettlementDetails | Unset = UNSET
    """ Date and amount of a settlement: `PaymentServiceFeeSettlementDetails` (which adds
    `vatScheme`) for a `paymentServiceFee` settlement, `StandardSettlementDetails` for every
    other type. The settlement's `type` tells which one applies.
     """
    journal_entry_ref: EntityRef | None | Unset = UNSET
    """ The journal entry that bookkept the settlement; null until it is recorded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        invoice_id = str(self.invoice_id)

        type_ = self.type_.value

        invoice_settlement_details: dict[str, Any] | Unset
        if isinstance(self.invoice_settlement_details, Unset):
            invoice_settlement_details = UNSET
        elif isinstance(self.invoice_settlement_details, PaymentServiceFeeSettlementDetails):
            invoice_settlement_details = self.invoice_settlement_details.to_dict()
        else:
            invoice_settlement_details = self.invoice_settlement_details.to_dict()

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
                "invoiceId": invoice_id,
                "type": type_,
            }
        )
        if invoice_settlement_details is not UNSET:
            field_dict["invoiceSettlementDetails"] = invoice_settlement_details
        if journal_entry_ref is not UNSET:
            field_dict["journalEntryRef"] = journal_entry_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceSettlement must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        invoice_id = UUID(d["invoiceId"])

        type_ = InvoiceSettlementType(d["type"])

        _invoice_settlement_details = d.get("invoiceSettlementDetails", UNSET)
        invoice_settlement_details: PaymentServiceFeeSettlementDetails | StandardSettlementDetails | Unset
        if _invoice_settlement_details is UNSET:
            invoice_settlement_details = UNSET
        else:
            try:
                if not isinstance(_invoice_settlement_details, dict):
                    raise TypeError()
                componentsschemas_invoice_settlement_details_type_0 = PaymentServiceFeeSettlementDetails.from_dict(
                    _invoice_settlement_details
                )

                invoice_settlement_details = componentsschemas_invoice_settlement_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_invoice_settlement_details, dict):
                    raise TypeError()
                componentsschemas_invoice_settlement_details_type_1 = StandardSettlementDetails.from_dict(
                    _invoice_settlement_details
                )

                invoice_settlement_details = componentsschemas_invoice_settlement_details_type_1

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

        invoice_settlement = cls(
            id,
            invoice_id,
            type_,
            invoice_settlement_details,
            journal_entry_ref,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_settlement.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return invoice_settlement

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
from ..models.payment_service_fee_settlement_details import PaymentServiceFeeSettlementDetails
from ..models.standard_settlement_details import StandardSettlementDetails
