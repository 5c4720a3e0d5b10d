"""Request bodies as TypedDicts, with the API's own field names (made by scripts/regenerate.py)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Literal, Required, TypedDict
from uuid import UUID

__all__ = [
    "AddressParams",
    "BankPaymentParams",
    "BankPaymentRecipientParams",
    "BankgiroPaymentDetailsParams",
    "BankgiroRecipientParams",
    "BulkCreateBankPaymentsRequestParams",
    "CreditNoteParams",
    "CustomerAddressParams",
    "CustomerContactParams",
    "CustomerLanguageParams",
    "CustomerParams",
    "CustomerTypeParams",
    "DescriptionOnlyInvoiceLineParams",
    "DescriptionOnlyItemParams",
    "EntityRefParams",
    "InternationalPaymentDetailsParams",
    "InvoiceContactDetailRefParams",
    "InvoiceCustomerRefParams",
    "InvoiceLineItemParams",
    "InvoiceLineItemRefParams",
    "InvoiceLineTaxReductionParams",
    "InvoiceParams",
    "InvoicePaymentParams",
    "InvoiceSettlementCreateParams",
    "InvoiceSettlementCreateTypeParams",
    "InvoiceSettlementDetailsParams",
    "InvoiceTaxReductionParams",
    "InvoiceTaxReductionPersonParams",
    "InvoiceTypeParams",
    "ItemParams",
    "JournalEntryCommentParams",
    "JournalEntryLineParams",
    "JournalEntryLineTagsParams",
    "JournalEntryParams",
    "JournalEntryTagParams",
    "JournalEntryTagsUpdateParams",
    "MetadataParams",
    "PaymentServiceFeeSettlementDetailsParams",
    "PaymentServiceFeeVatSchemeParams",
    "PlusgiroPaymentDetailsParams",
    "ProductTypeParams",
    "SalesInvoiceLineParams",
    "SalesItemParams",
    "StandardSettlementDetailsParams",
    "SupplierAddressParams",
    "SupplierInvoiceCreateParams",
    "SupplierInvoiceUpdateParams",
    "SupplierParams",
    "SupplierPaymentDetailsParams",
    "TagGroupCreateParams",
    "TagGroupUpdateParams",
    "TagParams",
    "TaxReductionJobTypeParams",
    "TaxReductionPropertyTypeParams",
    "TaxReductionTypeParams",
    "TransferPaymentDetailsParams",
    "TransferRecipientParams",
    "UnitTypeParams",
    "UploadRefParams",
]


class BankgiroRecipientParams(TypedDict, total=False):
    """Payment to a bankgiro number. Give exactly one of `ocr` (the recipient's OCR reference)"""

    kind: Required[Literal["bankgiro"]]
    recipientName: Required[str]
    bankgiroNumber: Required[str]
    ocr: str
    message: str


class TransferRecipientParams(TypedDict, total=False):
    """Payment straight to a Swedish bank account, given by clearing and account number."""

    kind: Required[Literal["transfer"]]
    recipientName: Required[str]
    recipientReference: str
    clearingNumber: Required[str]
    accountNumber: Required[str]


BankPaymentRecipientParams = BankgiroRecipientParams | TransferRecipientParams


class BankPaymentParams(TypedDict, total=False):
    """An outgoing payment from the company's Bokio business account. `id`, `status` and"""

    amount: Required[Decimal | int]
    paymentDate: Required[str | datetime.date]
    ownNote: str
    recipientRef: Required[BankPaymentRecipientParams]


class BulkCreateBankPaymentsRequestParams(TypedDict, total=False):
    """The payments to create together, all or none."""

    payments: Required[Sequence[BankPaymentParams]]


class InvoiceLineItemRefParams(TypedDict, total=False):
    """A catalogue item used as the template of a line."""

    id: str | UUID


ProductTypeParams = Literal["goods", "services"]


UnitTypeParams = Literal[
    "unspecified",
    "piece",
    "hour",
    "day",
    "month",
    "kilogram",
    "gram",
    "liter",
    "meter",
    "centimeter",
    "millimeter",
    "meterSquared",
    "meterCubic",
    "mile",
    "kilometer",
    "gigabyte",
    "hectar",
    "words",
    "year",
    "week",
    "minute",
    "megabyte",
    "ton",
]


TaxReductionTypeParams = Literal["rot", "rut"]


TaxReductionJobTypeParams = Literal[
    "rotConstruction",
    "rotElectricity",
    "rotGlassPlate",
    "rotSoilWork",
    "rotSweeping",
    "rotPainting",
    "rotPlumbing",
    "rutChildServices",
    "rutDataITServices",
    "rutRemovalServices",
    "rutClothingCare",
    "rutPersonalHelpCare",
    "rutRepair",
    "rutSnow",
    "rutCleaning",
    "rutGardening",
    "rutWaterWashingOfTextiles",
    "rutFurnishing",
    "rutTransportOfHouseholdGoods",
    "rutHousingSupervision",
]


class InvoiceLineTaxReductionParams(TypedDict, total=False):
    """ROT/RUT categorisation of a line. Only for lines with productType `services` and unitType"""

    taxReductionType: Required[TaxReductionTypeParams]
    jobType: Required[TaxReductionJobTypeParams]


class SalesInvoiceLineParams(TypedDict, total=False):
    """A priced line: quantity × unit price, excluding VAT. A discount is such a line with a"""

    id: int | None
    itemRef: InvoiceLineItemRefParams | None
    description: Required[str]
    itemType: Required[Literal["salesItem"]]
    productType: Required[ProductTypeParams]
    unitType: UnitTypeParams
    quantity: Required[Decimal | int]
    unitPrice: Required[Decimal | int]
    taxRate: Required[Decimal | int]
    bookkeepingAccountNumber: int | None
    taxReduction: InvoiceLineTaxReductionParams | None


class DescriptionOnlyInvoiceLineParams(TypedDict, total=False):
    """A text-only line without amounts, e.g. a heading or a note."""

    id: int | None
    itemRef: InvoiceLineItemRefParams | None
    description: Required[str]
    itemType: Required[Literal["descriptionOnlyItem"]]


InvoiceLineItemParams = SalesInvoiceLineParams | DescriptionOnlyInvoiceLineParams


class AddressParams(TypedDict, total=False):
    """A postal address."""

    line1: str
    line2: str | None
    city: str
    postalCode: str
    country: str


MetadataParams = Mapping[str, str]


class CreditNoteParams(TypedDict, total=False):
    """A credit note cancelling all or part of an invoice. Amounts are positive and state how"""

    id: Required[str | UUID]
    orderNumberReference: str | None
    projectReference: str | None
    buyerReference: str | None
    contractReference: str | None
    currency: Required[str]
    currencyRate: Decimal | int
    creditDate: Required[str | datetime.date]
    dueDate: Required[str | datetime.date]
    lineItems: Required[Sequence[InvoiceLineItemParams]]
    deliveryAddress: AddressParams
    metadata: MetadataParams | None


CustomerTypeParams = Literal["company", "private"]


class CustomerContactParams(TypedDict, total=False):
    """A contact person at a customer."""

    id: str | UUID | None
    name: str
    email: str
    phone: str
    isDefault: bool


class CustomerAddressParams(TypedDict, total=False):
    """A customer's billing address. Addresses in Great Britain also need `countrySubdivision`."""

    line1: Required[str]
    line2: str | None
    city: Required[str]
    postalCode: Required[str]
    country: Required[str]
    countrySubdivision: str | None


CustomerLanguageParams = Literal["sv", "en"]


class CustomerParams(TypedDict, total=False):
    """A customer the company invoices, with its billing address and contact persons."""

    name: Required[str]
    type: Required[CustomerTypeParams]
    vatNumber: str
    orgNumber: str
    paymentTerms: str
    contactsDetails: Sequence[CustomerContactParams]
    address: CustomerAddressParams
    language: CustomerLanguageParams


InvoiceTypeParams = Literal["invoice", "cashInvoice"]


class InvoiceCustomerRefParams(TypedDict, total=False):
    """The customer invoiced. Send its `id`; the name comes back filled in."""

    id: str | UUID


class InvoiceContactDetailRefParams(TypedDict, total=False):
    """A contact person of the customer. Send its `id`; email and phone come back filled in."""

    id: str | UUID | None


TaxReductionPropertyTypeParams = Literal["realEstate", "housingDesignation"]


class InvoiceTaxReductionPersonParams(TypedDict, total=False):
    """A person claiming part of the deduction."""

    personalNumber: Required[str]
    deductionAmount: Required[Decimal | int]


class InvoiceTaxReductionParams(TypedDict, total=False):
    """A ROT or RUT deduction the customer gets on the invoice, claimed by the company from"""

    type: Required[TaxReductionTypeParams]
    description: Required[str]
    propertyType: TaxReductionPropertyTypeParams | None
    realEstateNumber: str | None
    tenantOrgNumber: str | None
    apartmentNumber: str | None
    deductionPeople: Required[Sequence[InvoiceTaxReductionPersonParams]]


class InvoiceParams(TypedDict, total=False):
    """A customer invoice. The same shape is sent when creating or updating a draft and returned"""

    type: InvoiceTypeParams
    customerRef: InvoiceCustomerRefParams
    contactDetailRef: InvoiceContactDetailRefParams | None
    orderNumberReference: str | None
    projectReference: str | None
    buyerReference: str | None
    contractReference: str | None
    currency: str
    currencyRate: Decimal | int
    invoiceDate: Required[str | datetime.date]
    dueDate: str | datetime.date
    publishedDateTime: str | datetime.datetime | None
    lineItems: Required[Sequence[InvoiceLineItemParams]]
    deliveryAddress: AddressParams
    taxReduction: InvoiceTaxReductionParams | None
    metadata: MetadataParams


class InvoicePaymentParams(TypedDict, total=False):
    """Money received against an invoice. `id`, `invoiceId` and `journalEntryRef` are set by Bokio"""

    date: Required[str | datetime.date]
    sumBaseCurrency: Required[Decimal | int]
    bookkeepingAccountNumber: Required[int]


InvoiceSettlementCreateTypeParams = Literal["currency", "bankFee", "paymentServiceFee"]


PaymentServiceFeeVatSchemeParams = Literal["domestic", "eu", "nonEu", "vatExempt"]


class PaymentServiceFeeSettlementDetailsParams(TypedDict, total=False):
    """Details of a `paymentServiceFee` settlement."""

    date: Required[str | datetime.date]
    sumBaseCurrency: Required[Decimal | int]
    vatScheme: Required[PaymentServiceFeeVatSchemeParams]


class StandardSettlementDetailsParams(TypedDict, total=False):
    """Details of a `currency`, `bankFee`, `badDebt` or `balanceAdjustment` settlement."""

    date: Required[str | datetime.date]
    sumBaseCurrency: Required[Decimal | int]


InvoiceSettlementDetailsParams = PaymentServiceFeeSettlementDetailsParams | StandardSettlementDetailsParams


class InvoiceSettlementCreateParams(TypedDict, total=False):
    """A new settlement. Send `PaymentServiceFeeSettlementDetails` (with `vatScheme`) when `type`"""

    type: Required[InvoiceSettlementCreateTypeParams]
    invoiceSettlementDetails: Required[InvoiceSettlementDetailsParams]


class SalesItemParams(TypedDict, total=False):
    """Goods or a service sold at a unit price."""

    id: str | UUID | None
    description: Required[str]
    itemType: Required[Literal["salesItem"]]
    productType: Required[ProductTypeParams]
    unitType: Required[UnitTypeParams]
    unitPrice: Required[Decimal | int]
    taxRate: Required[Decimal | int]
    bookkeepingAccountNumber: int | None


class DescriptionOnlyItemParams(TypedDict, total=False):
    """A text-only line (no price), e.g. a heading or a note on the invoice."""

    id: str | UUID | None
    description: Required[str]
    itemType: Required[Literal["descriptionOnlyItem"]]


ItemParams = SalesItemParams | DescriptionOnlyItemParams


class JournalEntryCommentParams(TypedDict, total=False):
    """The text of a new or changed comment."""

    content: Required[str]


class JournalEntryTagParams(TypedDict, total=False):
    """A tag put on a journal entry or one of its rows, with the share of the amount it gets in"""

    tagId: Required[str | UUID]
    weight: Required[Decimal | int]


class JournalEntryLineParams(TypedDict, total=False):
    """One row of a journal entry: an amount on one account, either as debit or as credit (the"""

    debit: Decimal | int
    credit: Decimal | int
    account: int
    tags: Sequence[JournalEntryTagParams]


class JournalEntryParams(TypedDict, total=False):
    """A balanced journal entry (verifikation): at least two rows whose debits add up to their"""

    title: str
    date: str | datetime.date
    items: Required[Sequence[JournalEntryLineParams]]
    tags: Sequence[JournalEntryTagParams]


class JournalEntryLineTagsParams(TypedDict, total=False):
    """The tags for one row of a journal entry."""

    id: Required[int]
    tags: Required[Sequence[JournalEntryTagParams]]


class JournalEntryTagsUpdateParams(TypedDict, total=False):
    """The complete new set of tags of a journal entry: fill either `tags` (entry level) or"""

    tags: Sequence[JournalEntryTagParams]
    items: Sequence[JournalEntryLineTagsParams]


class SupplierAddressParams(TypedDict, total=False):
    """The supplier's postal address. `country` is SE when not given."""

    line1: str
    line2: str | None
    city: str
    postalCode: str
    country: str


class BankgiroPaymentDetailsParams(TypedDict, total=False):
    """Pay the supplier to a bankgiro number."""

    type: Required[Literal["bankgiro"]]
    bankgiroNumber: Required[str]


class PlusgiroPaymentDetailsParams(TypedDict, total=False):
    """Pay the supplier to a plusgiro number."""

    type: Required[Literal["plusgiro"]]
    plusgiroNumber: Required[str]


class TransferPaymentDetailsParams(TypedDict, total=False):
    """Pay the supplier by transfer to a Swedish bank account."""

    type: Required[Literal["transfer"]]
    clearingNumber: Required[str]
    accountNumber: Required[str]


class InternationalPaymentDetailsParams(TypedDict, total=False):
    """Pay the supplier abroad, to an IBAN with the bank's BIC."""

    type: Required[Literal["internationalPayment"]]
    iban: Required[str]
    bic: Required[str]


SupplierPaymentDetailsParams = (
    BankgiroPaymentDetailsParams
    | PlusgiroPaymentDetailsParams
    | TransferPaymentDetailsParams
    | InternationalPaymentDetailsParams
)


class SupplierParams(TypedDict, total=False):
    """A company the company buys from."""

    name: Required[str]
    orgNumber: str
    vatNumber: str
    currency: str
    address: SupplierAddressParams
    paymentDetails: SupplierPaymentDetailsParams


class EntityRefParams(TypedDict, total=False):
    """A reference to another object by its id."""

    id: Required[str | UUID]


class UploadRefParams(TypedDict, total=False):
    """A reference to an upload by its id."""

    id: str | UUID


class SupplierInvoiceCreateParams(TypedDict, total=False):
    """What to send to register a supplier invoice."""

    supplierRef: Required[EntityRefParams]
    invoiceNumber: str
    invoiceDate: Required[str | datetime.date]
    dueDate: Required[str | datetime.date]
    totalAmount: Required[Decimal | int]
    uploadRef: UploadRefParams


class SupplierInvoiceUpdateParams(TypedDict, total=False):
    """The fields of a supplier invoice that an update replaces."""

    supplierRef: Required[EntityRefParams]
    invoiceNumber: str
    invoiceDate: Required[str | datetime.date]
    dueDate: Required[str | datetime.date]
    totalAmount: Required[Decimal | int]


class TagGroupCreateParams(TypedDict, total=False):
    """A new tag group."""

    name: Required[str]
    alias: Required[str]
    dimensionNumber: int | None


class TagGroupUpdateParams(TypedDict, total=False):
    """New name and alias of a tag group (the dimension number cannot change)."""

    name: Required[str]
    alias: Required[str]


class TagParams(TypedDict, total=False):
    """The name of a new or renamed tag."""

    name: Required[str]
