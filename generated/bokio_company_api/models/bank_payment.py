from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_payment_status import BankPaymentStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="BankPayment")


@_attrs_define
class BankPayment(LazyModel):
    """An outgoing payment from the company's Bokio business account. `id`, `status` and
    `createdDateTime` are set by Bokio; leave them out when creating.

    """

    amount: Decimal
    """ Amount to pay, in SEK. """
    payment_date: datetime.date
    """ The day the money should leave the account. """
    recipient_ref: BankgiroRecipient | TransferRecipient
    """ Who receives the money; `kind` tells whether by bankgiro or by account transfer. """
    id: UUID | Unset = UNSET
    """ Assigned by Bokio. """
    status: BankPaymentStatus | Unset = UNSET
    """ Where the payment stands, set by Bokio. A new payment is `readyToSign` until the account's
    signatory signs it with BankID; it then moves on through `scheduled` / `onTheWay` to `paid`,
    or ends as `rejected`, `cancelled` or `error`.
     """
    created_date_time: datetime.datetime | Unset = UNSET
    """ When the payment was registered in Bokio. """
    own_note: str | Unset = UNSET
    """ The company's own note; shown in Bokio, not sent to the recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        payment_date = self.payment_date.isoformat()

        recipient_ref: dict[str, Any]
        if isinstance(self.recipient_ref, BankgiroRecipient):
            recipient_ref = self.recipient_ref.to_dict()
        else:
            recipient_ref = self.recipient_ref.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        own_note = self.own_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "paymentDate": payment_date,
                "recipientRef": recipient_ref,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if own_note is not UNSET:
            field_dict["ownNote"] = own_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        _amount = d.pop("amount")
        amount: Decimal
        if type(_amount) is Decimal:
            amount = _amount
        elif type(_amount) is int:
            amount = Decimal(_amount)
        else:
            amount = Decimal(str(_amount))

        payment_date = datetime.date.fromisoformat(d.pop("paymentDate"))

        _recipient_ref = d.pop("recipientRef")
        recipient_ref: BankgiroRecipient | TransferRecipient
        try:
            if not isinstance(_recipient_ref, dict):
                raise TypeError()
            componentsschemas_bank_payment_recipient_type_0 = BankgiroRecipient.from_dict(_recipient_ref)

            recipient_ref = componentsschemas_bank_payment_recipient_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_recipient_ref, dict):
                raise TypeError()
            componentsschemas_bank_payment_recipient_type_1 = TransferRecipient.from_dict(_recipient_ref)

            recipient_ref = componentsschemas_bank_payment_recipient_type_1

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        _status = d.pop("status", UNSET)
        status: BankPaymentStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = BankPaymentStatus(_status)

        _created_date_time = d.pop("createdDateTime", UNSET)
        created_date_time: datetime.datetime | Unset
        if _created_date_time is UNSET:
            created_date_time = UNSET
        else:
            created_date_time = datetime.datetime.fromisoformat(_created_date_time)

        own_note = d.pop("ownNote", UNSET)

        if _into is None:
            bank_payment = cls(
                amount=amount,
                payment_date=payment_date,
                recipient_ref=recipient_ref,
                id=id,
                status=status,
                created_date_time=created_date_time,
                own_note=own_note,
            )
        else:
            bank_payment = _into
            bank_payment.__init__(
                amount=amount,
                payment_date=payment_date,
                recipient_ref=recipient_ref,
                id=id,
                status=status,
                created_date_time=created_date_time,
                own_note=own_note,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            bank_payment.additional_properties = d
        return bank_payment

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
from ..models.bankgiro_recipient import BankgiroRecipient
from ..models.transfer_recipient import TransferRecipient
