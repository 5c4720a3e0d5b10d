from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_action_type import TodoActionType
from ..models.todo_resource_type import TodoResourceType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="AgencyTodo")


@_attrs_define
class AgencyTodo(LazyModel):
    """One thing waiting to be done in the company."""

    resource_type: TodoResourceType | Unset = UNSET
    """ What kind of record the to-do concerns. """
    action_type: TodoActionType | Unset = UNSET
    """ What is to be done with it. """
    title: str | Unset = UNSET
    """ What to do, in the answer's language. """
    total_amount: Decimal | None | Unset = UNSET
    """ The amount concerned, where there is one (SEK). """
    date: datetime.date | Unset = UNSET
    """ The date the to-do is about (e.g. a due date). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type.value

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        title = self.title

        total_amount: Decimal | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if action_type is not UNSET:
            field_dict["actionType"] = action_type
        if title is not UNSET:
            field_dict["title"] = title
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        _resource_type = d.pop("resourceType", UNSET)
        resource_type: TodoResourceType | Unset
        if _resource_type is UNSET:
            resource_type = UNSET
        else:
            resource_type = TodoResourceType(_resource_type)

        _action_type = d.pop("actionType", UNSET)
        action_type: TodoActionType | Unset
        if _action_type is UNSET:
            action_type = UNSET
        else:
            action_type = TodoActionType(_action_type)

        title = d.pop("title", UNSET)

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: Decimal | None | Unset
        if _total_amount is None:
            total_amount = None
        elif _total_amount is UNSET:
            total_amount = UNSET
        else:
            try:
                if not (isinstance(_total_amount, (int, float, Decimal)) and not isinstance(_total_amount, bool)):
                    raise TypeError()
                _total_amount_type_0 = _total_amount
                total_amount_type_0: Decimal
                if type(_total_amount_type_0) is Decimal:
                    total_amount_type_0 = _total_amount_type_0
                elif type(_total_amount_type_0) is int:
                    total_amount_type_0 = Decimal(_total_amount_type_0)
                else:
                    total_amount_type_0 = Decimal(str(_total_amount_type_0))

                total_amount = total_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                total_amount = _total_amount

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if _date is UNSET:
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        if _into is None:
            agency_todo = cls(
                resource_type=resource_type,
                action_type=action_type,
                title=title,
                total_amount=total_amount,
                date=date,
            )
        else:
            agency_todo = _into
            agency_todo.__init__(
                resource_type=resource_type,
                action_type=action_type,
                title=title,
                total_amount=total_amount,
                date=date,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            agency_todo.additional_properties = d
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
