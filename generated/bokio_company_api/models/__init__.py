"""Data models of the API.

Each model is imported on first access (PEP 562), so importing one model, or this package, does
not import all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_type import AccountType
    from .account_with_details import AccountWithDetails
    from .accounting_method import AccountingMethod
    from .address import Address
    from .api_error import ApiError
    from .api_field_error import ApiFieldError
    from .bank_payment import BankPayment
    from .bank_payment_input import BankPaymentInput
    from .bank_payment_page import BankPaymentPage
    from .bank_payment_status import BankPaymentStatus
    from .bankgiro_payment_details import BankgiroPaymentDetails
    from .bankgiro_payment_details_type import BankgiroPaymentDetailsType
    from .bankgiro_recipient import BankgiroRecipient
    from .bankgiro_recipient_kind import BankgiroRecipientKind
    from .bulk_create_bank_payments_request import BulkCreateBankPaymentsRequest
    from .company_information import CompanyInformation
    from .company_information_response import CompanyInformationResponse
    from .company_type import CompanyType
    from .credit_note import CreditNote
    from .credit_note_input import CreditNoteInput
    from .credit_note_invoice_ref import CreditNoteInvoiceRef
    from .credit_note_invoice_ref_input import CreditNoteInvoiceRefInput
    from .credit_note_page import CreditNotePage
    from .credit_note_status import CreditNoteStatus
    from .customer import Customer
    from .customer_address import CustomerAddress
    from .customer_contact import CustomerContact
    from .customer_contact_input import CustomerContactInput
    from .customer_input import CustomerInput
    from .customer_language import CustomerLanguage
    from .customer_page import CustomerPage
    from .customer_type import CustomerType
    from .description_only_invoice_line import DescriptionOnlyInvoiceLine
    from .description_only_invoice_line_input import DescriptionOnlyInvoiceLineInput
    from .description_only_invoice_line_input_item_type import DescriptionOnlyInvoiceLineInputItemType
    from .description_only_invoice_line_item_type import DescriptionOnlyInvoiceLineItemType
    from .description_only_item import DescriptionOnlyItem
    from .description_only_item_input import DescriptionOnlyItemInput
    from .description_only_item_input_item_type import DescriptionOnlyItemInputItemType
    from .description_only_item_item_type import DescriptionOnlyItemItemType
    from .entity_ref import EntityRef
    from .fiscal_year import FiscalYear
    from .fiscal_year_page import FiscalYearPage
    from .fiscal_year_response import FiscalYearResponse
    from .fiscal_year_status import FiscalYearStatus
    from .international_payment_details import InternationalPaymentDetails
    from .international_payment_details_type import InternationalPaymentDetailsType
    from .invoice import Invoice
    from .invoice_attachment import InvoiceAttachment
    from .invoice_attachment_page import InvoiceAttachmentPage
    from .invoice_attachment_ref import InvoiceAttachmentRef
    from .invoice_attachment_ref_input import InvoiceAttachmentRefInput
    from .invoice_attachment_upload import InvoiceAttachmentUpload
    from .invoice_billing_address import InvoiceBillingAddress
    from .invoice_contact_detail_ref import InvoiceContactDetailRef
    from .invoice_contact_detail_ref_input import InvoiceContactDetailRefInput
    from .invoice_credit_note_ref import InvoiceCreditNoteRef
    from .invoice_credit_note_ref_input import InvoiceCreditNoteRefInput
    from .invoice_customer_ref import InvoiceCustomerRef
    from .invoice_customer_ref_input import InvoiceCustomerRefInput
    from .invoice_input import InvoiceInput
    from .invoice_journal_entry_ref import InvoiceJournalEntryRef
    from .invoice_journal_entry_ref_input import InvoiceJournalEntryRefInput
    from .invoice_line_item_ref import InvoiceLineItemRef
    from .invoice_line_item_ref_input import InvoiceLineItemRefInput
    from .invoice_line_tax_reduction import InvoiceLineTaxReduction
    from .invoice_page import InvoicePage
    from .invoice_payment import InvoicePayment
    from .invoice_payment_input import InvoicePaymentInput
    from .invoice_payment_page import InvoicePaymentPage
    from .invoice_settlement import InvoiceSettlement
    from .invoice_settlement_create import InvoiceSettlementCreate
    from .invoice_settlement_create_type import InvoiceSettlementCreateType
    from .invoice_settlement_page import InvoiceSettlementPage
    from .invoice_settlement_type import InvoiceSettlementType
    from .invoice_status import InvoiceStatus
    from .invoice_tax_reduction import InvoiceTaxReduction
    from .invoice_tax_reduction_input import InvoiceTaxReductionInput
    from .invoice_tax_reduction_person import InvoiceTaxReductionPerson
    from .invoice_type import InvoiceType
    from .item_page import ItemPage
    from .journal_entry import JournalEntry
    from .journal_entry_comment import JournalEntryComment
    from .journal_entry_comment_input import JournalEntryCommentInput
    from .journal_entry_input import JournalEntryInput
    from .journal_entry_line import JournalEntryLine
    from .journal_entry_line_input import JournalEntryLineInput
    from .journal_entry_line_tags import JournalEntryLineTags
    from .journal_entry_page import JournalEntryPage
    from .journal_entry_tag import JournalEntryTag
    from .journal_entry_tag_input import JournalEntryTagInput
    from .journal_entry_tags_update import JournalEntryTagsUpdate
    from .metadata import Metadata
    from .page_info import PageInfo
    from .payment_service_fee_settlement_details import PaymentServiceFeeSettlementDetails
    from .payment_service_fee_vat_scheme import PaymentServiceFeeVatScheme
    from .plusgiro_payment_details import PlusgiroPaymentDetails
    from .plusgiro_payment_details_type import PlusgiroPaymentDetailsType
    from .product_type import ProductType
    from .sales_invoice_line import SalesInvoiceLine
    from .sales_invoice_line_input import SalesInvoiceLineInput
    from .sales_invoice_line_input_item_type import SalesInvoiceLineInputItemType
    from .sales_invoice_line_item_type import SalesInvoiceLineItemType
    from .sales_item import SalesItem
    from .sales_item_input import SalesItemInput
    from .sales_item_input_item_type import SalesItemInputItemType
    from .sales_item_item_type import SalesItemItemType
    from .standard_settlement_details import StandardSettlementDetails
    from .supplier import Supplier
    from .supplier_address import SupplierAddress
    from .supplier_input import SupplierInput
    from .supplier_invoice import SupplierInvoice
    from .supplier_invoice_create import SupplierInvoiceCreate
    from .supplier_invoice_journal_entry_ref import SupplierInvoiceJournalEntryRef
    from .supplier_invoice_page import SupplierInvoicePage
    from .supplier_invoice_update import SupplierInvoiceUpdate
    from .supplier_page import SupplierPage
    from .supplier_ref import SupplierRef
    from .tag import Tag
    from .tag_group import TagGroup
    from .tag_group_create import TagGroupCreate
    from .tag_group_page import TagGroupPage
    from .tag_group_update import TagGroupUpdate
    from .tag_input import TagInput
    from .tax_reduction_job_type import TaxReductionJobType
    from .tax_reduction_property_type import TaxReductionPropertyType
    from .tax_reduction_status import TaxReductionStatus
    from .tax_reduction_type import TaxReductionType
    from .transfer_payment_details import TransferPaymentDetails
    from .transfer_payment_details_type import TransferPaymentDetailsType
    from .transfer_recipient import TransferRecipient
    from .transfer_recipient_kind import TransferRecipientKind
    from .unit_type import UnitType
    from .upload import Upload
    from .upload_create import UploadCreate
    from .upload_page import UploadPage
    from .upload_ref import UploadRef

_MODULE_OF = {
    "Account": ".account",
    "AccountType": ".account_type",
    "AccountWithDetails": ".account_with_details",
    "AccountingMethod": ".accounting_method",
    "Address": ".address",
    "ApiError": ".api_error",
    "ApiFieldError": ".api_field_error",
    "BankPayment": ".bank_payment",
    "BankPaymentInput": ".bank_payment_input",
    "BankPaymentPage": ".bank_payment_page",
    "BankPaymentStatus": ".bank_payment_status",
    "BankgiroPaymentDetails": ".bankgiro_payment_details",
    "BankgiroPaymentDetailsType": ".bankgiro_payment_details_type",
    "BankgiroRecipient": ".bankgiro_recipient",
    "BankgiroRecipientKind": ".bankgiro_recipient_kind",
    "BulkCreateBankPaymentsRequest": ".bulk_create_bank_payments_request",
    "CompanyInformation": ".company_information",
    "CompanyInformationResponse": ".company_information_response",
    "CompanyType": ".company_type",
    "CreditNote": ".credit_note",
    "CreditNoteInput": ".credit_note_input",
    "CreditNoteInvoiceRef": ".credit_note_invoice_ref",
    "CreditNoteInvoiceRefInput": ".credit_note_invoice_ref_input",
    "CreditNotePage": ".credit_note_page",
    "CreditNoteStatus": ".credit_note_status",
    "Customer": ".customer",
    "CustomerAddress": ".customer_address",
    "CustomerContact": ".customer_contact",
    "CustomerContactInput": ".customer_contact_input",
    "CustomerInput": ".customer_input",
    "CustomerLanguage": ".customer_language",
    "CustomerPage": ".customer_page",
    "CustomerType": ".customer_type",
    "DescriptionOnlyInvoiceLine": ".description_only_invoice_line",
    "DescriptionOnlyInvoiceLineInput": ".description_only_invoice_line_input",
    "DescriptionOnlyInvoiceLineInputItemType": ".description_only_invoice_line_input_item_type",
    "DescriptionOnlyInvoiceLineItemType": ".description_only_invoice_line_item_type",
    "DescriptionOnlyItem": ".description_only_item",
    "DescriptionOnlyItemInput": ".description_only_item_input",
    "DescriptionOnlyItemInputItemType": ".description_only_item_input_item_type",
    "DescriptionOnlyItemItemType": ".description_only_item_item_type",
    "EntityRef": ".entity_ref",
    "FiscalYear": ".fiscal_year",
    "FiscalYearPage": ".fiscal_year_page",
    "FiscalYearResponse": ".fiscal_year_response",
    "FiscalYearStatus": ".fiscal_year_status",
    "InternationalPaymentDetails": ".international_payment_details",
    "InternationalPaymentDetailsType": ".international_payment_details_type",
    "Invoice": ".invoice",
    "InvoiceAttachment": ".invoice_attachment",
    "InvoiceAttachmentPage": ".invoice_attachment_page",
    "InvoiceAttachmentRef": ".invoice_attachment_ref",
    "InvoiceAttachmentRefInput": ".invoice_attachment_ref_input",
    "InvoiceAttachmentUpload": ".invoice_attachment_upload",
    "InvoiceBillingAddress": ".invoice_billing_address",
    "InvoiceContactDetailRef": ".invoice_contact_detail_ref",
    "InvoiceContactDetailRefInput": ".invoice_contact_detail_ref_input",
    "InvoiceCreditNoteRef": ".invoice_credit_note_ref",
    "InvoiceCreditNoteRefInput": ".invoice_credit_note_ref_input",
    "InvoiceCustomerRef": ".invoice_customer_ref",
    "InvoiceCustomerRefInput": ".invoice_customer_ref_input",
    "InvoiceInput": ".invoice_input",
    "InvoiceJournalEntryRef": ".invoice_journal_entry_ref",
    "InvoiceJournalEntryRefInput": ".invoice_journal_entry_ref_input",
    "InvoiceLineItemRef": ".invoice_line_item_ref",
    "InvoiceLineItemRefInput": ".invoice_line_item_ref_input",
    "InvoiceLineTaxReduction": ".invoice_line_tax_reduction",
    "InvoicePage": ".invoice_page",
    "InvoicePayment": ".invoice_payment",
    "InvoicePaymentInput": ".invoice_payment_input",
    "InvoicePaymentPage": ".invoice_payment_page",
    "InvoiceSettlement": ".invoice_settlement",
    "InvoiceSettlementCreate": ".invoice_settlement_create",
    "InvoiceSettlementCreateType": ".invoice_settlement_create_type",
    "InvoiceSettlementPage": ".invoice_settlement_page",
    "InvoiceSettlementType": ".invoice_settlement_type",
    "InvoiceStatus": ".invoice_status",
    "InvoiceTaxReduction": ".invoice_tax_reduction",
    "InvoiceTaxReductionInput": ".invoice_tax_reduction_input",
    "InvoiceTaxReductionPerson": ".invoice_tax_reduction_person",
    "InvoiceType": ".invoice_type",
    "ItemPage": ".item_page",
    "JournalEntry": ".journal_entry",
    "JournalEntryComment": ".journal_entry_comment",
    "JournalEntryCommentInput": ".journal_entry_comment_input",
    "JournalEntryInput": ".journal_entry_input",
    "JournalEntryLine": ".journal_entry_line",
    "JournalEntryLineInput": ".journal_entry_line_input",
    "JournalEntryLineTags": ".journal_entry_line_tags",
    "JournalEntryPage": ".journal_entry_page",
    "JournalEntryTag": ".journal_entry_tag",
    "JournalEntryTagInput": ".journal_entry_tag_input",
    "JournalEntryTagsUpdate": ".journal_entry_tags_update",
    "Metadata": ".metadata",
    "PageInfo": ".page_info",
    "PaymentServiceFeeSettlementDetails": ".payment_service_fee_settlement_details",
    "PaymentServiceFeeVatScheme": ".payment_service_fee_vat_scheme",
    "PlusgiroPaymentDetails": ".plusgiro_payment_details",
    "PlusgiroPaymentDetailsType": ".plusgiro_payment_details_type",
    "ProductType": ".product_type",
    "SalesInvoiceLine": ".sales_invoice_line",
    "SalesInvoiceLineInput": ".sales_invoice_line_input",
    "SalesInvoiceLineInputItemType": ".sales_invoice_line_input_item_type",
    "SalesInvoiceLineItemType": ".sales_invoice_line_item_type",
    "SalesItem": ".sales_item",
    "SalesItemInput": ".sales_item_input",
    "SalesItemInputItemType": ".sales_item_input_item_type",
    "SalesItemItemType": ".sales_item_item_type",
    "StandardSettlementDetails": ".standard_settlement_details",
    "Supplier": ".supplier",
    "SupplierAddress": ".supplier_address",
    "SupplierInput": ".supplier_input",
    "SupplierInvoice": ".supplier_invoice",
    "SupplierInvoiceCreate": ".supplier_invoice_create",
    "SupplierInvoiceJournalEntryRef": ".supplier_invoice_journal_entry_ref",
    "SupplierInvoicePage": ".supplier_invoice_page",
    "SupplierInvoiceUpdate": ".supplier_invoice_update",
    "SupplierPage": ".supplier_page",
    "SupplierRef": ".supplier_ref",
    "Tag": ".tag",
    "TagGroup": ".tag_group",
    "TagGroupCreate": ".tag_group_create",
    "TagGroupPage": ".tag_group_page",
    "TagGroupUpdate": ".tag_group_update",
    "TagInput": ".tag_input",
    "TaxReductionJobType": ".tax_reduction_job_type",
    "TaxReductionPropertyType": ".tax_reduction_property_type",
    "TaxReductionStatus": ".tax_reduction_status",
    "TaxReductionType": ".tax_reduction_type",
    "TransferPaymentDetails": ".transfer_payment_details",
    "TransferPaymentDetailsType": ".transfer_payment_details_type",
    "TransferRecipient": ".transfer_recipient",
    "TransferRecipientKind": ".transfer_recipient_kind",
    "UnitType": ".unit_type",
    "Upload": ".upload",
    "UploadCreate": ".upload_create",
    "UploadPage": ".upload_page",
    "UploadRef": ".upload_ref",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "Account",
    "AccountType",
    "AccountWithDetails",
    "AccountingMethod",
    "Address",
    "ApiError",
    "ApiFieldError",
    "BankPayment",
    "BankPaymentInput",
    "BankPaymentPage",
    "BankPaymentStatus",
    "BankgiroPaymentDetails",
    "BankgiroPaymentDetailsType",
    "BankgiroRecipient",
    "BankgiroRecipientKind",
    "BulkCreateBankPaymentsRequest",
    "CompanyInformation",
    "CompanyInformationResponse",
    "CompanyType",
    "CreditNote",
    "CreditNoteInput",
    "CreditNoteInvoiceRef",
    "CreditNoteInvoiceRefInput",
    "CreditNotePage",
    "CreditNoteStatus",
    "Customer",
    "CustomerAddress",
    "CustomerContact",
    "CustomerContactInput",
    "CustomerInput",
    "CustomerLanguage",
    "CustomerPage",
    "CustomerType",
    "DescriptionOnlyInvoiceLine",
    "DescriptionOnlyInvoiceLineInput",
    "DescriptionOnlyInvoiceLineInputItemType",
    "DescriptionOnlyInvoiceLineItemType",
    "DescriptionOnlyItem",
    "DescriptionOnlyItemInput",
    "DescriptionOnlyItemInputItemType",
    "DescriptionOnlyItemItemType",
    "EntityRef",
    "FiscalYear",
    "FiscalYearPage",
    "FiscalYearResponse",
    "FiscalYearStatus",
    "InternationalPaymentDetails",
    "InternationalPaymentDetailsType",
    "Invoice",
    "InvoiceAttachment",
    "InvoiceAttachmentPage",
    "InvoiceAttachmentRef",
    "InvoiceAttachmentRefInput",
    "InvoiceAttachmentUpload",
    "InvoiceBillingAddress",
    "InvoiceContactDetailRef",
    "InvoiceContactDetailRefInput",
    "InvoiceCreditNoteRef",
    "InvoiceCreditNoteRefInput",
    "InvoiceCustomerRef",
    "InvoiceCustomerRefInput",
    "InvoiceInput",
    "InvoiceJournalEntryRef",
    "InvoiceJournalEntryRefInput",
    "InvoiceLineItemRef",
    "InvoiceLineItemRefInput",
    "InvoiceLineTaxReduction",
    "InvoicePage",
    "InvoicePayment",
    "InvoicePaymentInput",
    "InvoicePaymentPage",
    "InvoiceSettlement",
    "InvoiceSettlementCreate",
    "InvoiceSettlementCreateType",
    "InvoiceSettlementPage",
    "InvoiceSettlementType",
    "InvoiceStatus",
    "InvoiceTaxReduction",
    "InvoiceTaxReductionInput",
    "InvoiceTaxReductionPerson",
    "InvoiceType",
    "ItemPage",
    "JournalEntry",
    "JournalEntryComment",
    "JournalEntryCommentInput",
    "JournalEntryInput",
    "JournalEntryLine",
    "JournalEntryLineInput",
    "JournalEntryLineTags",
    "JournalEntryPage",
    "JournalEntryTag",
    "JournalEntryTagInput",
    "JournalEntryTagsUpdate",
    "Metadata",
    "PageInfo",
    "PaymentServiceFeeSettlementDetails",
    "PaymentServiceFeeVatScheme",
    "PlusgiroPaymentDetails",
    "PlusgiroPaymentDetailsType",
    "ProductType",
    "SalesInvoiceLine",
    "SalesInvoiceLineInput",
    "SalesInvoiceLineInputItemType",
    "SalesInvoiceLineItemType",
    "SalesItem",
    "SalesItemInput",
    "SalesItemInputItemType",
    "SalesItemItemType",
    "StandardSettlementDetails",
    "Supplier",
    "SupplierAddress",
    "SupplierInput",
    "SupplierInvoice",
    "SupplierInvoiceCreate",
    "SupplierInvoiceJournalEntryRef",
    "SupplierInvoicePage",
    "SupplierInvoiceUpdate",
    "SupplierPage",
    "SupplierRef",
    "Tag",
    "TagGroup",
    "TagGroupCreate",
    "TagGroupPage",
    "TagGroupUpdate",
    "TagInput",
    "TaxReductionJobType",
    "TaxReductionPropertyType",
    "TaxReductionStatus",
    "TaxReductionType",
    "TransferPaymentDetails",
    "TransferPaymentDetailsType",
    "TransferRecipient",
    "TransferRecipientKind",
    "UnitType",
    "Upload",
    "UploadCreate",
    "UploadPage",
    "UploadRef",
)
