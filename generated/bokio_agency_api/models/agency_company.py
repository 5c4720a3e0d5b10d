from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agency_company_type import AgencyCompanyType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="AgencyCompany")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "organizationNumber",
        "companyType",
        "vatNumber",
        "address",
    )
)


@_attrs_define(repr=False)
class AgencyCompany(Model):
    """A client company of the agency."""

    id: UUID
    """ The company's id; the `companyId` of the Company API. """
    name: str
    organization_number: str
    """ Swedish organisation number, e.g. `559311-4407`. """
    company_type: AgencyCompanyType
    """ The company's legal form. """
    vat_number: None | str | Unset = UNSET
    """ VAT registration number, when the company has one. """
    address: Address | Unset = UNSET
    """ A postal address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        organization_number = self.organization_number

        company_type = self.company_type.value

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "organizationNumber": organization_number,
                "companyType": company_type,
            }
        )
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AgencyCompany must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        organization_number = d["organizationNumber"]
        if type(organization_number) is not str:
            raise TypeError(f"organizationNumber must be a string, not {type(organization_number).__name__}")

        company_type = AgencyCompanyType(d["companyType"])

        _vat_number = d.get("vatNumber", UNSET)
        vat_number: None | str | Unset
        if _vat_number is None:
            vat_number = None
        elif _vat_number is UNSET:
            vat_number = UNSET
        else:
            if not isinstance(_vat_number, str):
                raise TypeError()
            vat_number_type_0 = _vat_number
            if type(vat_number_type_0) is not str:
                raise TypeError(f"vatNumber_type_0 must be a string, not {type(vat_number_type_0).__name__}")

            vat_number = vat_number_type_0

        _address = d.get("address", UNSET)
        address: Address | Unset
        if _address is UNSET:
            address = UNSET
        else:
            address = Address.from_dict(_address)

        agency_company = cls(
            id,
            name,
            organization_number,
            company_type,
            vat_number,
            address,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            agency_company.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return agency_company

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
from ..models.address import Address
