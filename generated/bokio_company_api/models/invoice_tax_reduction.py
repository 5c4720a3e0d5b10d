from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_reduction_property_type import TaxReductionPropertyType
from ..models.tax_reduction_status import TaxReductionStatus
from ..models.tax_reduction_type import TaxReductionType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="InvoiceTaxReduction")


@_attrs_define
class InvoiceTaxReduction(LazyModel):
    """A ROT or RUT deduction the customer gets on the invoice, claimed by the company from
    Skatteverket. Only the integration that created the invoice can change it; others read it
    with masked personal numbers.

    """

    type_: TaxReductionType
    """ `rot` (repairs, renovation, extension) or `rut` (household services). """
    description: str
    """ The work done, as reported to Skatteverket. """
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
    deduction_amount: Decimal | Unset = UNSET
    """ Sum of the people's deduction amounts. """
    status: TaxReductionStatus | Unset = UNSET
    """ Progress of the deduction claim. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        description = self.description

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

        deduction_amount = self.deduction_amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
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
        if deduction_amount is not UNSET:
            field_dict["deductionAmount"] = deduction_amount
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        type_ = TaxReductionType(d.pop("type"))

        description = d.pop("description")

        deduction_people = []
        _deduction_people = d.pop("deductionPeople")
        for deduction_people_item_data in _deduction_people:
            deduction_people_item = InvoiceTaxReductionPerson.from_dict(deduction_people_item_data)

            deduction_people.append(deduction_people_item)

        _property_type = d.pop("propertyType", UNSET)
        property_type: None | TaxReductionPropertyType | Unset
        if _property_type is None:
            property_type = None
        elif _property_type is UNSET:
            property_type = UNSET
        else:
            try:
                if not isinstance(_property_type, str):
                    raise TypeError()
                property_type_type_1 = TaxReductionPropertyType(_property_type)

                property_type = property_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                property_type = _property_type

        real_estate_number: None | str | Unset = d.pop("realEstateNumber", UNSET)

        tenant_org_number: None | str | Unset = d.pop("tenantOrgNumber", UNSET)

        apartment_number: None | str | Unset = d.pop("apartmentNumber", UNSET)

        _deduction_amount = d.pop("deductionAmount", UNSET)
        deduction_amount: Decimal | Unset
        if _deduction_amount is UNSET:
            deduction_amount = UNSET
        elif type(_deduction_amount) is Decimal:
            deduction_amount = _deduction_amount
        elif type(_deduction_amount) is int:
            deduction_amount = Decimal(_deduction_amount)
        else:
            deduction_amount = Decimal(str(_deduction_amount))

        _status = d.pop("status", UNSET)
        status: TaxReductionStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = TaxReductionStatus(_status)

        if _into is None:
            invoice_tax_reduction = cls(
                type_=type_,
                description=description,
                deduction_people=deduction_people,
                property_type=property_type,
                real_estate_number=real_estate_number,
                tenant_org_number=tenant_org_number,
                apartment_number=apartment_number,
                deduction_amount=deduction_amount,
                status=status,
            )
        else:
            invoice_tax_reduction = _into
            invoice_tax_reduction.__init__(
                type_=type_,
                description=description,
                deduction_people=deduction_people,
                property_type=property_type,
                real_estate_number=real_estate_number,
                tenant_org_number=tenant_org_number,
                apartment_number=apartment_number,
                deduction_amount=deduction_amount,
                status=status,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            invoice_tax_reduction.additional_properties = d
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
