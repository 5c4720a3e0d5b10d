from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_settlement_create_type import InvoiceSettlementCreateType
from ..types import Model

T = TypeVar("T", bound="InvoiceSettlementCreate")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "invoiceSettlementDetails",
    )
)


@_attrs_define(repr=False)
class InvoiceSettlementCreate(Model):
    """A new settlement. Send `PaymentServiceFeeSettlementDetails` (with `vatScheme`) when `type`
    is `paymentServiceFee`, `StandardSettlementDetails` otherwise.

    """

    type_: InvoiceSettlementCreateType
    """ The settlement types the API can create: `currency` (booked to 3740), `bankFee` (booked to
    6570) and `paymentServiceFee` (Swedish companies only; booked by its `vatScheme`).
     """
    invoice_settlement_details: PaymentServiceFeeSettlementDetails | StandardSettlementDetails
    """ Date and amount of a settlement: `PaymentServiceFeeSettlementDetails` (which adds
    `vatScheme`) for a `paymentServiceFee` settlement, `StandardSettlementDetails` for every
    other type. The settlement's `type` tells which one applies.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        invoice_settlement_details: dict[str, Any]
        if isinstance(self.invoice_settlement_details, PaymentServiceFeeSettlementDetails):
            invoice_settlement_details = self.invoice_settlement_details.to_dict()
        else:
            invoice_settlement_details = self.invoice_settlement_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "invoiceSettlementDetails": invoice_settlement_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceSettlementCreate must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        type_ = InvoiceSettlementCreateType(d["type"])

        _invoice_settlement_details = d["invoiceSettlementDetails"]
        invoice_settlement_details: PaymentServiceFeeSettlementDetails | StandardSettlementDetails
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

        invoice_settlement_create = cls(
            type_,
            invoice_settlement_details,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_settlement_create.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return invoice_settlement_create

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
from ..models.payment_service_fee_settlement_details import PaymentServiceFeeSettlementDetails
from ..models.standard_settlement_details import StandardSettlementDetails
