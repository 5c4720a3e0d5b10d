from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_type import CompanyType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CompanyInformation")


@_attrs_define
class CompanyInformation(LazyModel):
    """The company's registered details."""

    id: UUID | Unset = UNSET
    """ Id of the company (the `companyId` of the request). """
    company_type: CompanyType | Unset = UNSET
    """ Legal form of the company: `proprietorship` (enskild firma), `limitedCompany` (aktiebolag),
    `limitedPartnership` (kommanditbolag), `partnership` (handelsbolag), `cooperative`
    (ekonomisk förening), `nonProfitAssociation` (ideell förening), `communityAssociation`
    (samfällighetsförening), `religiousCommunity` (trossamfund), or `notSet` when unknown.
     """
    name: str | Unset = UNSET
    """ Registered name of the company. """
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
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        company_type: str | Unset = UNSET
        if not isinstance(self.company_type, Unset):
            company_type = self.company_type.value

        name = self.name

        organization_number = self.organization_number

        phone = self.phone

        email = self.email

        has_bba = self.has_bba

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_type is not UNSET:
            field_dict["companyType"] = company_type
        if name is not UNSET:
            field_dict["name"] = name
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        _company_type = d.pop("companyType", UNSET)
        company_type: CompanyType | Unset
        if _company_type is UNSET:
            company_type = UNSET
        else:
            company_type = CompanyType(_company_type)

        name = d.pop("name", UNSET)

        organization_number = d.pop("organizationNumber", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        has_bba = d.pop("hasBBA", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if _address is UNSET:
            address = UNSET
        else:
            address = Address.from_dict(_address)

        if _into is None:
            company_information = cls(
                id=id,
                company_type=company_type,
                name=name,
                organization_number=organization_number,
                phone=phone,
                email=email,
                has_bba=has_bba,
                address=address,
            )
        else:
            company_information = _into
            company_information.__init__(
                id=id,
                company_type=company_type,
                name=name,
                organization_number=organization_number,
                phone=phone,
                email=email,
                has_bba=has_bba,
                address=address,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            company_information.additional_properties = d
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
