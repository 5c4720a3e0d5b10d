from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_reduction_job_type import TaxReductionJobType
from ..models.tax_reduction_type import TaxReductionType
from ..types import Model

T = TypeVar("T", bound="InvoiceLineTaxReduction")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "taxReductionType",
        "jobType",
    )
)


@_attrs_define(repr=False)
class InvoiceLineTaxReduction(Model):
    """ROT/RUT categorisation of a line. Only for lines with productType `services` and unitType
    `hour` or `unspecified`; `taxReductionType` must equal the invoice's `taxReduction.type`.

    """

    tax_reduction_type: TaxReductionType
    """ `rot` (repairs, renovation, extension) or `rut` (household services). """
    job_type: TaxReductionJobType
    """ Kind of work; `rot…` values go with ROT, `rut…` values with RUT. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_reduction_type = self.tax_reduction_type.value

        job_type = self.job_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxReductionType": tax_reduction_type,
                "jobType": job_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceLineTaxReduction must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        tax_reduction_type = TaxReductionType(d["taxReductionType"])

        job_type = TaxReductionJobType(d["jobType"])

        invoice_line_tax_reduction = cls(
            tax_reduction_type,
            job_type,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_line_tax_reduction.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return invoice_line_tax_reduction

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
