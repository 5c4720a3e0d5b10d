from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_action_type import TodoActionType
from ..models.todo_resource_type import TodoResourceType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="AgencyTodo")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "resourceType",
        "actionType",
        "title",
        "date",
        "totalAmount",
    )
)


@_attrs_define(repr=False)
class AgencyTodo(Model):
    """One thing waiting to be done in the company."""

    resource_type: TodoResourceType
    """ What kind of record the to-do concerns. """
    action_type: TodoActionType
    """ What is to be done with it. """
    title: str
    """ What to do, in the answer's language. """
    date: datetime.date
    """ The date the to-do is about (e.g. a due date). """
    total_amount: Decimal | None | Unset = UNSET
    """ The amount concerned, where there is one (SEK). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type.value

        action_type = self.action_type.value

        title = self.title

        date = self.date.isoformat()

        total_amount: Decimal | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceType": resource_type,
                "actionType": action_type,
                "title": title,
                "date": date,
            }
        )
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AgencyTodo must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        resource_type = TodoResourceType(d["resourceType"])

        action_type = TodoActionType(d["actionType"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError(f"title must be a string, not {type(title).__name__}")

        date = datetime.date.fromisoformat(d["date"])

        _total_amount = d.get("totalAmount", UNSET)
        total_amount: Decimal | None | Unset
        if _total_amount is None:
            total_amount = None
        elif _total_amount is UNSET:
            total_amount = UNSET
        else:
            if not (type(_total_amount) is Decimal or type(_total_amount) is int):
                raise TypeError()
            total_amount_type_0 = _total_amount
            if type(total_amount_type_0) is Decimal:
                if not total_amount_type_0.is_finite():
                    raise ValueError(f"totalAmount_type_0 must be a finite number, not {total_amount_type_0}")
            elif type(total_amount_type_0) is int:
                total_amount_type_0 = Decimal(total_amount_type_0)
            else:
                raise TypeError(f"totalAmount_type_0 must be a number, not {type(total_amount_type_0).__name__}")

            total_amount = total_amount_type_0

        agency_todo = cls(
            resource_type,
            action_type,
            title,
            date,
            total_amount,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            agency_todo.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return agency_todo

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
