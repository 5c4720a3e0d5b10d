from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Supplier")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "orgNumber",
        "vatNumber",
        "currency",
        "address",
        "paymentDetails",
    )
)


@_attrs_define(repr=False)
class Supplier(Model):
    """A company the company buys from."""

    id: UUID
    """ Assigned by Bokio; leave out when creating or updating. """
    name: str
    org_number: str | Unset = UNSET
    """ Organisation number, e.g. `556812-3470` for a Swedish company. """
    vat_number: str | Unset = UNSET
    """ VAT registration number, e.g. `SE556812347001`. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the currency the supplier invoices in; SEK when not given. For a
    foreign currency Bokio converts invoice amounts to SEK with the exchange rate itself.
    Companies with a Bokio business account can choose only the currencies that account
    pays in (SEK, EUR, NOK, USD, DKK, GBP, PLN, RON, CZK, HUF, ISK, CHF); others have a
    wider list (also e.g. AUD, CAD, JPY, CNY, INR, ZAR).
     """
    address: SupplierAddress | Unset = UNSET
    """ The supplier's postal address. `country` is SE when not given. """
    payment_details: (
        BankgiroPaymentDetails | InternationalPaymentDetails | PlusgiroPaymentDetails | TransferPaymentDetails | Unset
    ) = UNSET
    """ Where payments to the supplier go; `type` tells which kind of account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        org_number = self.org_number

        vat_number = self.vat_number

        currency = self.currency

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        payment_details: dict[str, Any] | Unset
        if isinstance(self.payment_details, Unset):
            payment_details = UNSET
        elif (
            isinstance(self.payment_details, BankgiroPaymentDetails)
            or isinstance(self.payment_details, PlusgiroPaymentDetails)
            or isinstance(self.payment_details, TransferPaymentDetails)
        ):
            payment_details = self.payment_details.to_dict()
        else:
            payment_details = self.payment_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if org_number is not UNSET:
            field_dict["orgNumber"] = org_number
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if currency is not UNSET:
            field_dict["currency"] = currency
        if address is not UNSET:
            field_dict["address"] = address
        if payment_details is not UNSET:
            field_dict["paymentDetails"] = payment_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Supplier must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        org_number = d.get("orgNumber", UNSET)
        if org_number is not UNSET and type(org_number) is not str:
            raise TypeError(f"orgNumber must be a string, not {type(org_number).__name__}")

        vat_number = d.get("vatNumber", UNSET)
        if vat_number is not UNSET and type(vat_number) is not str:
            raise TypeError(f"vatNumber must be a string, not {type(vat_number).__name__}")

        currency = d.get("currency", UNSET)
        if currency is not UNSET and type(currency) is not str:
            raise TypeError(f"currency must be a string, not {type(currency).__name__}")

        _address = d.get("address", UNSET)
        address: SupplierAddress | Unset
        if _address is UNSET:
            address = UNSET
        else:
            address = SupplierAddress.from_dict(_address)

        _payment_details = d.get("paymentDetails", UNSET)
        payment_details: (
            BankgiroPaymentDetails
            | InternationalPaymentDetails
            | PlusgiroPaymentDetails
            | TransferPaymentDetails
            | Unset
        )
        if _payment_details is UNSET:
            payment_details = UNSET
        else:
            try:
                if not isinstance(_payment_details, dict):
                    raise TypeError()
                componentsschemas_supplier_payment_details_type_0 = BankgiroPaymentDetails.from_dict(_payment_details)

                payment_details = componentsschemas_supplier_payment_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                try:
                    if not isinstance(_payment_details, dict):
                        raise TypeError()
                    componentsschemas_supplier_payment_details_type_1 = PlusgiroPaymentDetails.from_dict(
                        _payment_details
                    )

                    payment_details = componentsschemas_supplier_payment_details_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    try:
                        if not isinstance(_payment_details, dict):
                            raise TypeError()
                        componentsschemas_supplier_payment_details_type_2 = TransferPaymentDetails.from_dict(
                            _payment_details
                        )

                        payment_details = componentsschemas_supplier_payment_details_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(_payment_details, dict):
                            raise TypeError()
                        componentsschemas_supplier_payment_details_type_3 = InternationalPaymentDetails.from_dict(
                            _payment_details
                        )

                        payment_details = componentsschemas_supplier_payment_details_type_3

        supplier = cls(
            id,
            name,
            org_number,
            vat_number,
            currency,
            address,
            payment_details,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            supplier.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return supplier

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
from ..models.bankgiro_payment_details import BankgiroPaymentDetails
from ..models.international_payment_details import InternationalPaymentDetails
from ..models.plusgiro_payment_details import PlusgiroPaymentDetails
from ..models.supplier_address import SupplierAddress
from ..models.transfer_payment_details import TransferPaymentDetails
