from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_type import CompanyType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="CompanyInformation")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "companyType",
        "organizationNumber",
        "phone",
        "email",
        "hasBBA",
        "address",
    )
)


@_attrs_define(repr=False)
class CompanyInformation(Model):
    """The company's registered details."""

    id: UUID
    """ Id of the company (the `companyId` of the request). """
    name: str
    """ Registered name of the company. """
    company_type: CompanyType | Unset = UNSET
    """ Legal form of the company: `proprietorship` (enskild firma), `limitedCompany` (aktiebolag),
    `limitedPartnership` (kommanditbolag), `partnership` (handelsbolag), `cooperative`
    (ekonomisk förening), `nonProfitAssociation` (ideell förening), `communityAssociation`
    (samfällighetsförening), `religiousCommunity` (trossamfund), or `notSet` when unknown.
     """
    organization_number: str | Unset = UNSET
    """ Swedish organisation number (personal identity number for a sole trader), e.g. `559234-8817`. """
    phone: str | Unset = UNSET
    """ Phone number of the company's contact person. """
    email: str | Unset = UNSET
    """ Email address of the company's contact person. """
    has_bba: bool | Unset = UNSET
    """ Whether the company has a Bokio business account (Bokio Företagskonto), which enables automatic matching of
    payments. """
    address: Address | Unset = UNSET
    """ A postal address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        company_type: str | Unset = UNSET
        if not isinstance(self.company_type, Unset):
            company_type = self.company_type.value

        organization_number = self.organization_number

        phone = self.phone

        email = self.email

        has_bba = self.has_bba

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if company_type is not UNSET:
            field_dict["companyType"] = company_type
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if has_bba is not UNSET:
            field_dict["hasBBA"] = has_bba
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CompanyInformation must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        _company_type = d.get("companyType", UNSET)
        company_type: CompanyType | Unset
        if _company_type is UNSET:
            company_type = UNSET
        else:
            company_type = CompanyType(_company_type)

        organization_number = d.get("organizationNumber", UNSET)
        if organization_number is not UNSET and type(organization_number) is not str:
            raise TypeError(f"organizationNumber must be a string, not {type(organization_number).__name__}")

        phone = d.get("phone", UNSET)
        if phone is not UNSET and type(phone) is not str:
            raise TypeError(f"phone must be a string, not {type(phone).__name__}")

        email = d.get("email", UNSET)
        if email is not UNSET and type(email) is not str:
            raise TypeError(f"email must be a string, not {type(email).__name__}")

        has_bba = d.get("hasBBA", UNSET)
        if has_bba is not UNSET and type(has_bba) is not bool:
            raise TypeError(f"hasBBA must be a boolean, not {type(has_bba).__name__}")

        _address = d.get("address", UNSET)
        address: Address | Unset
        if _address is UNSET:
            address = UNSET
        else:
            address = Address.from_dict(_address)

        company_information = cls(
            id,
            name,
            company_type,
            organization_number,
            phone,
            email,
            has_bba,
            address,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            company_information.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return company_information

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
