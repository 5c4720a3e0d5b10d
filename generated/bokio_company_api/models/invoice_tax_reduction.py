from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_reduction_property_type import TaxReductionPropertyType
from ..models.tax_reduction_status import TaxReductionStatus
from ..models.tax_reduction_type import TaxReductionType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceTaxReduction")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "description",
        "deductionAmount",
        "status",
        "deductionPeople",
        "propertyType",
        "realEstateNumber",
        "tenantOrgNumber",
        "apartmentNumber",
    )
)


@_attrs_define(repr=False)
class InvoiceTaxReduction(Model):
    """A ROT or RUT deduction the customer gets on the invoice, claimed by the company from
    Skatteverket. Only the integration that created the invoice can change it; others read it
    with masked personal numbers.

    """

    type_: TaxReductionType
    """ `rot` (repairs, renovation, extension) or `rut` (household services). """
    description: str
    """ The work done, as reported to Skatteverket. """
    deduction_amount: Decimal
    """ Sum of the people's deduction amounts. """
    status: TaxReductionStatus
    """ Progress of the deduction claim. """
    deduction_people: list[InvoiceTaxReductionPerson]
    """ The people entitled to the deduction; at least one. """
    property_type: None | TaxReductionPropertyType | Unset = UNSET
    """ Required for ROT. """
    real_estate_number: None | str | Unset = UNSET
    """ Property designation (fastighetsbeteckning); required when propertyType is `realEstate`. """
    tenant_org_number: None | str | Unset = UNSET
    """ Organisation number of the housing association (BRF); required when propertyType is `housingDesignation`.
    """
    apartment_number: None | str | Unset = UNSET
    """ The association's apartment number; required when propertyType is `housingDesignation`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        description = self.description

        deduction_amount = self.deduction_amount

        status = self.status.value

        deduction_people = []
        for deduction_people_item_data in self.deduction_people:
            deduction_people_item = deduction_people_item_data.to_dict()
            deduction_people.append(deduction_people_item)

        property_type: None | str | Unset
        if isinstance(self.property_type, Unset):
            property_type = UNSET
        elif isinstance(self.property_type, TaxReductionPropertyType):
            property_type = self.property_type.value
        else:
            property_type = self.property_type

        real_estate_number: None | str | Unset
        if isinstance(self.real_estate_number, Unset):
            real_estate_number = UNSET
        else:
            real_estate_number = self.real_estate_number

        tenant_org_number: None | str | Unset
        if isinstance(self.tenant_org_number, Unset):
            tenant_org_number = UNSET
        else:
            tenant_org_number = self.tenant_org_number

        apartment_number: None | str | Unset
        if isinstance(self.apartment_number, Unset):
            apartment_number = UNSET
        else:
            apartment_number = self.apartment_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
                "deductionAmount": deduction_amount,
                "status": status,
                "deductionPeople": deduction_people,
            }
        )
        if property_type is not UNSET:
            field_dict["propertyType"] = property_type
        if real_estate_number is not UNSET:
            field_dict["realEstateNumber"] = real_estate_number
        if tenant_org_number is not UNSET:
            field_dict["tenantOrgNumber"] = tenant_org_number
        if apartment_number is not UNSET:
            field_dict["apartmentNumber"] = apartment_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceTaxReduction must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        type_ = TaxReductionType(d["type"])

        description = d["description"]
        if type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        deduction_amount = d["deductionAmount"]
        if type(deduction_amount) is Decimal:
            if not deduction_amount.is_finite():
                raise ValueError(f"deductionAmount must be a finite number, not {deduction_amount}")
        elif type(deduction_amount) is int:
            deduction_amount = Decimal(deduction_amount)
        else:
            raise TypeError(f"deductionAmount must be a number, not {type(deduction_amount).__name__}")

        status = TaxReductionStatus(d["status"])

        _deduction_people = d["deductionPeople"]
        if type(_deduction_people) is not list:
            raise TypeError(f"deductionPeople must be an array, not {type(_deduction_people).__name__}")
        deduction_people = [
            InvoiceTaxReductionPerson.from_dict(deduction_people_item_data)
            for deduction_people_item_data in _deduction_people
        ]

        _property_type = d.get("propertyType", UNSET)
        property_type: None | TaxReductionPropertyType | Unset
        if _property_type is None:
            property_type = None
        elif _property_type is UNSET:
            property_type = UNSET
        else:
            if not isinstance(_property_type, str):
                raise TypeError()
            property_type_type_1 = TaxReductionPropertyType(_property_type)

            property_type = property_type_type_1

        _real_estate_number = d.get("realEstateNumber", UNSET)
        real_estate_number: None | str | Unset
        if _real_estate_number is None:
            real_estate_number = None
        elif _real_estate_number is UNSET:
            real_estate_number = UNSET
        else:
            if not isinstance(_real_estate_number, str):
                raise TypeError()
            real_estate_number_type_0 = _real_estate_number
            if type(real_estate_number_type_0) is not str:
                raise TypeError(
                    f"realEstateNumber_type_0 must be a string, not {type(real_estate_number_type_0).__name__}"
                )

            real_estate_number = real_estate_number_type_0

        _tenant_org_number = d.get("tenantOrgNumber", UNSET)
        tenant_org_number: None | str | Unset
        if _tenant_org_number is None:
            tenant_org_number = None
        elif _tenant_org_number is UNSET:
            tenant_org_number = UNSET
        else:
            if not isinstance(_tenant_org_number, str):
                raise TypeError()
            tenant_org_number_type_0 = _tenant_org_number
            if type(tenant_org_number_type_0) is not str:
                raise TypeError(
                    f"tenantOrgNumber_type_0 must be a string, not {type(tenant_org_number_type_0).__name__}"
                )

            tenant_org_number = tenant_org_number_type_0

        _apartment_number = d.get("apartmentNumber", UNSET)
        apartment_number: None | str | Unset
        if _apartment_number is None:
            apartment_number = None
        elif _apartment_number is UNSET:
            apartment_number = UNSET
        else:
            if not isinstance(_apartment_number, str):
                raise TypeError()
            apartment_number_type_0 = _apartment_number
            if type(apartment_number_type_0) is not str:
                raise TypeError(
                    f"apartmentNumber_type_0 must be a string, not {type(apartment_number_type_0).__name__}"
                )

            apartment_number = apartment_number_type_0

        invoice_tax_reduction = cls(
            type_,
            description,
            deduction_amount,
            status,
            deduction_people,
            property_type,
            real_estate_number,
            tenant_org_number,
            apartment_number,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_tax_reduction.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return invoice_tax_reduction

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
from ..models.invoice_tax_reduction_person import InvoiceTaxReductionPerson
