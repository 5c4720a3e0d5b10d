from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="BankPaymentInput")


@_attrs_define(repr=False)
class BankPaymentInput(Model):
    """An outgoing payment from the company's Bokio business account. `id`, `status` and
    `createdDateTime` are set by Bokio; leave them out when creating.

    """

    amount: Decimal
    """ Amount to pay, in SEK. """
    payment_date: datetime.date
    """ The day the money should leave the account. """
    recipient_ref: BankgiroRecipient | TransferRecipient
    """ Who receives the money; `kind` tells whether by bankgiro or by account transfer. """
    own_note: str | Unset = UNSET
    """ The company's own note; shown in Bokio, not sent to the recipient. """

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        payment_date = self.payment_date.isoformat()

        recipient_ref: dict[str, Any]
        if isinstance(self.recipient_ref, BankgiroRecipient):
            recipient_ref = self.recipient_ref.to_dict()
        else:
            recipient_ref = self.recipient_ref.to_dict()

        own_note = self.own_note

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "amount": amount,
                "paymentDate": payment_date,
                "recipientRef": recipient_ref,
            }
        )
        if own_note is not UNSET:
            field_dict["ownNote"] = own_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BankPaymentInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        amount = d["amount"]
        if type(amount) is Decimal:
            if not amount.is_finite():
                raise ValueError(f"amount must be a finite number, not {amount}")
        elif type(amount) is int:
            amount = Decimal(amount)
        else:
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")

        payment_date = datetime.date.fromisoformat(d["paymentDate"])

        _recipient_ref = d["recipientRef"]
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

        own_note = d.get("ownNote", UNSET)
        if own_note is not UNSET and type(own_note) is not str:
            raise TypeError(f"ownNote must be a string, not {type(own_note).__name__}")

        bank_payment_input = cls(
            amount,
            payment_date,
            recipient_ref,
            own_note,
        )

        return bank_payment_input


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.bankgiro_recipient import BankgiroRecipient
from ..models.transfer_recipient import TransferRecipient
