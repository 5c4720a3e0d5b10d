from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_language import CustomerLanguage
from ..models.customer_type import CustomerType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Customer")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "type",
        "modifiedDateTime",
        "vatNumber",
        "orgNumber",
        "paymentTerms",
        "contactsDetails",
        "address",
        "language",
    )
)


@_attrs_define(repr=False)
class Customer(Model):
    """A customer the company invoices, with its billing address and contact persons."""

    id: UUID
    """ Assigned by Bokio; leave out when creating. """
    name: str
    """ Company name, or the person's full name for a private customer. """
    type_: CustomerType
    """ `company` for a business customer, `private` for a private person. """
    modified_date_time: datetime.datetime | None
    """ When the customer was last changed; null for customers last changed before Bokio started tracking this. """
    vat_number: str | Unset = UNSET
    """ VAT registration number, e.g. `SE556812345601`. """
    org_number: str | Unset = UNSET
    """ Organisation number (or personal identity number for a private customer), e.g. `556812-3456`. """
    payment_terms: str | Unset = UNSET
    """ Payment terms printed on the customer's invoices: either a number of days as digits
    (`"30"` is shown as "30 days", in the customer's language) or free text such as
    `Betalning vid leverans`.
     """
    contacts_details: list[CustomerContact] | Unset = UNSET
    """ Contact persons at the customer; the default one is pre-selected on new invoices. """
    address: CustomerAddress | Unset = UNSET
    """ A customer's billing address. Addresses in Great Britain also need `countrySubdivision`. """
    language: CustomerLanguage | Unset = UNSET
    """ Language of the documents sent to the customer; Swedish (`sv`) when not given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        modified_date_time: None | str
        if isinstance(self.modified_date_time, datetime.datetime):
            modified_date_time = self.modified_date_time.isoformat()
        else:
            modified_date_time = self.modified_date_time

        vat_number = self.vat_number

        org_number = self.org_number

        payment_terms = self.payment_terms

        contacts_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts_details, Unset):
            contacts_details = []
            for contacts_details_item_data in self.contacts_details:
                contacts_details_item = contacts_details_item_data.to_dict()
                contacts_details.append(contacts_details_item)

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "modifiedDateTime": modified_date_time,
            }
        )
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if org_number is not UNSET:
            field_dict["orgNumber"] = org_number
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if contacts_details is not UNSET:
            field_dict["contactsDetails"] = contacts_details
        if address is not UNSET:
            field_dict["address"] = address
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Customer must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        type_ = CustomerType(d["type"])

        _modified_date_time = d["modifiedDateTime"]
        modified_date_time: datetime.datetime | None
        if _modified_date_time is None:
            modified_date_time = None
        else:
            if not isinstance(_modified_date_time, str):
                raise TypeError()
            modified_date_time_type_0 = datetime.datetime.fromisoformat(_modified_date_time)

            modified_date_time = modified_date_time_type_0

        vat_number = d.get("vatNumber", UNSET)
        if vat_number is not UNSET and type(vat_number) is not str:
            raise TypeError(f"vatNumber must be a string, not {type(vat_number).__name__}")

        org_number = d.get("orgNumber", UNSET)
        if org_number is not UNSET and type(org_number) is not str:
            raise TypeError(f"orgNumber must be a string, not {type(org_number).__name__}")

        payment_terms = d.get("paymentTerms", UNSET)
        if payment_terms is not UNSET and type(payment_terms) is not str:
            raise TypeError(f"paymentTerms must be a string, not {type(payment_terms).__name__}")

        _contacts_details = d.get("contactsDetails", UNSET)
        contacts_details: list[CustomerContact] | Unset = UNSET
        if _contacts_details is not UNSET:
            if type(_contacts_details) is not list:
                raise TypeError(f"contactsDetails must be an array, not {type(_contacts_details).__name__}")
            contacts_details = [
                CustomerContact.from_dict(contacts_details_item_data)
                for contacts_details_item_data in _contacts_details
            ]

        _address = d.get("address", UNSET)
        address: CustomerAddress | Unset
        if _address is UNSET:
            address = UNSET
        else:
            address = CustomerAddress.from_dict(_address)

        _language = d.get("language", UNSET)
        language: CustomerLanguage | Unset
        if _language is UNSET:
            language = UNSET
        else:
            language = CustomerLanguage(_language)

        customer = cls(
            id,
            name,
            type_,
            modified_date_time,
            vat_number,
            org_number,
            payment_terms,
            contacts_details,
            address,
            language,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            customer.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return customer

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
from ..models.customer_address import CustomerAddress
from ..models.customer_contact import CustomerContact
