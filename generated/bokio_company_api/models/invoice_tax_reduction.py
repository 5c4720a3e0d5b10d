from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_reduction_property_type import TaxReductionPropertyType
from ..models.tax_reduction_status import TaxReductionStatus
from ..models.tax_reduction_type import TaxReductionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_tax_reduction_person import InvoiceTaxReductionPerson


T = TypeVar("T", bound="InvoiceTaxReduction")


@_attrs_define
class InvoiceTaxReduction:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_tax_reduction_person import InvoiceTaxReductionPerson

        d = dict(src_dict)
        type_ = TaxReductionType(d.pop("type"))

        description = d.pop("description")

        deduction_people = []
        _deduction_people = d.pop("deductionPeople")
        for deduction_people_item_data in _deduction_people:
            deduction_people_item = InvoiceTaxReductionPerson.from_dict(deduction_people_item_data)

            deduction_people.append(deduction_people_item)

        def _parse_property_type(data: object) -> None | TaxReductionPropertyType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                property_type_type_1 = TaxReductionPropertyType(data)

                return property_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxReductionPropertyType | Unset, data)

        property_type = _parse_property_type(d.pop("propertyType", UNSET))

        def _parse_real_estate_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        real_estate_number = _parse_real_estate_number(d.pop("realEstateNumber", UNSET))

        def _parse_tenant_org_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_org_number = _parse_tenant_org_number(d.pop("tenantOrgNumber", UNSET))

        def _parse_apartment_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apartment_number = _parse_apartment_number(d.pop("apartmentNumber", UNSET))

        _deduction_amount = d.pop("deductionAmount", UNSET)
        deduction_amount: Decimal | Unset
        if isinstance(_deduction_amount, Unset):
            deduction_amount = UNSET
        else:
            deduction_amount = Decimal(str(_deduction_amount))

        _status = d.pop("status", UNSET)
        status: TaxReductionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaxReductionStatus(_status)

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
