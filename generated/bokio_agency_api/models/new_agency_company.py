from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_method import AccountingMethod
from ..models.agency_company_type import AgencyCompanyType
from ..models.vat_setting import VatSetting
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="NewAgencyCompany")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "ownerEmail",
        "organizationNumber",
        "companyType",
        "accountingMethod",
        "vatSetting",
        "vatNumber",
        "address",
        "fiscalYearStart",
    )
)


@_attrs_define(repr=False)
class NewAgencyCompany(Model):
    """What it takes to start a client company."""

    name: str
    owner_email: str
    """ E-mail of an existing member of the agency, who becomes the company's owner. """
    organization_number: str
    """ A valid Swedish organisation number. """
    company_type: AgencyCompanyType
    """ The company's legal form. """
    accounting_method: AccountingMethod
    """ `cash` (kontantmetoden: booked when paid) or `accrual` (fakturametoden: booked when invoiced). """
    vat_setting: VatSetting
    """ How often the company reports VAT, or that it is not registered for VAT. """
    vat_number: None | str | Unset = UNSET
    address: Address | Unset = UNSET
    """ A postal address. """
    fiscal_year_start: str | Unset = UNSET
    """ First day of the fiscal year as `MM-DD`; `01-01` when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_email = self.owner_email

        organization_number = self.organization_number

        company_type = self.company_type.value

        accounting_method = self.accounting_method.value

        vat_setting = self.vat_setting.value

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        fiscal_year_start = self.fiscal_year_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ownerEmail": owner_email,
                "organizationNumber": organization_number,
                "companyType": company_type,
                "accountingMethod": accounting_method,
                "vatSetting": vat_setting,
            }
        )
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if address is not UNSET:
            field_dict["address"] = address
        if fiscal_year_start is not UNSET:
            field_dict["fiscalYearStart"] = fiscal_year_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NewAgencyCompany must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        owner_email = d["ownerEmail"]
        if type(owner_email) is not str:
            raise TypeError(f"ownerEmail must be a string, not {type(owner_email).__name__}")

        organization_number = d["organizationNumber"]
        if type(organization_number) is not str:
            raise TypeError(f"organizationNumber must be a string, not {type(organization_number).__name__}")

        company_type = AgencyCompanyType(d["companyType"])

        accounting_method = AccountingMethod(d["accountingMethod"])

        vat_setting = VatSetting(d["vatSetting"])

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

        fiscal_year_start = d.get("fiscalYearStart", UNSET)
        if fiscal_year_start is not UNSET and type(fiscal_year_start) is not str:
            raise TypeError(f"fiscalYearStart must be a string, not {type(fiscal_year_start).__name__}")

        new_agency_company = cls(
            name,
            owner_email,
            organization_number,
            company_type,
            accounting_method,
            vat_setting,
            vat_number,
            address,
            fiscal_year_start,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            new_agency_company.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return new_agency_company

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
