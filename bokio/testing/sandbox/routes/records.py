"""Customers, items, suppliers, supplier invoices, uploads and bank payments."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from .. import ledger
from ..calls import Call, Handler, Reply, paged, registrar
from ..errors import Problem, limit_exceeded, not_allowed, not_found, validation_error
from ..state import Record, StoredFile, now

HANDLERS: dict[str, Handler] = {}
handles = registrar(HANDLERS)

CUSTOMERS = "customers"
ITEMS = "items"
SUPPLIERS = "suppliers"
SUPPLIER_INVOICES = "supplier-invoices"
UPLOADS = "uploads"
BANK_PAYMENTS = "bank-payments"
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
_FILE_SIGNATURES = {"application/pdf": b"%PDF", "image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n"}
_CURRENCY = re.compile(r"^[A-Z]{3}$")
# SEK per unit, for supplier invoices in a foreign currency (Bokio looks the rate up itself).
_EXCHANGE_RATES = {"SEK": Decimal(1), "EUR": Decimal("11.50"), "USD": Decimal("10.50"), "NOK": Decimal("1.00")}


def pick(source: Mapping[str, Any], keys: Iterable[str]) -> Record:
    """The ``keys`` present in ``source``, in the order given (so responses hold only schema fields)."""
    return {key: source[key] for key in keys if key in source}


def accepted_file(call: Call, max_bytes: int) -> StoredFile:
    """The form's ``file`` part, if it is a PDF, JPEG or PNG within ``max_bytes``."""
    part = call.parts.get("file")
    if part is None:
        raise validation_error(("#/file", "The file field is required"))
    declared = (part.content_type or "").split(";")[0].strip().lower()
    sniffed = next((kind for kind, magic in _FILE_SIGNATURES.items() if part.data.startswith(magic)), None)
    content_type = declared if declared in _FILE_SIGNATURES else sniffed
    if content_type is None:
        raise validation_error(("#/file", "Only PDF, JPEG and PNG files are accepted"))
    if len(part.data) > max_bytes:
        raise limit_exceeded(f"File size exceeds maximum allowed ({max_bytes} bytes)")
    return StoredFile(part.filename or "file", content_type, part.data)


def cents_only(value: Decimal | int, pointer: str) -> list[Problem]:
    return [] if Decimal(value) == ledger.cents(value) else [(pointer, "Amounts have at most two decimals")]


# Customers ------------------------------------------------------------------------------------


def _customer(body: Record, existing: Record | None) -> Record:
    problems: list[Problem] = []
    address = body.get("address")
    if address and address["country"] == "GB" and not address.get("countrySubdivision"):
        problems.append(("#/address/countrySubdivision", "The countrySubdivision field is required for GB"))
    known: set[str] = {contact["id"] for contact in existing["contactsDetails"]} if existing else set()
    contacts: list[Record] = []
    for index, contact in enumerate(body.get("contactsDetails", [])):
        if contact.get("id") is not None and contact["id"] not in known:
            problems.append((f"#/contactsDetails/{index}/id", "The customer has no contact with this id"))
        contact_id = contact.get("id") or str(uuid.uuid4())
        contacts.append({"id": contact_id, **pick(contact, ("name", "email", "phone", "isDefault"))})
    if problems:
        raise validation_error(*problems)
    return {
        **pick(body, ("name", "type", "vatNumber", "orgNumber", "paymentTerms")),
        "contactsDetails": contacts,
        **pick(body, ("address",)),
        "language": body.get("language", "sv"),
        "modifiedDateTime": now(),
    }


@handles("createCustomer")
def create_customer(call: Call) -> Record:
    return call.state.insert(CUSTOMERS, _customer(call.body, None))


@handles("listCustomers")
def list_customers(call: Call) -> Record:
    return paged(call, call.state.table(CUSTOMERS).values())


@handles("getCustomer")
def get_customer(call: Call) -> Record:
    return call.state.find(CUSTOMERS, call.params["customerId"])


@handles("updateCustomer")
def update_customer(call: Call) -> Record:
    existing = call.state.find(CUSTOMERS, call.params["customerId"])
    record = call.state.table(CUSTOMERS)[existing["id"]] = {"id": existing["id"], **_customer(call.body, existing)}
    return record


@handles("deleteCustomer")
def delete_customer(call: Call) -> Reply:
    call.state.delete(CUSTOMERS, call.params["customerId"])
    return Reply(204)


# Items ----------------------------------------------------------------------------------------


def _item(body: Record) -> Record:
    if body["itemType"] == "descriptionOnlyItem":
        return pick(body, ("description", "itemType"))
    problems: list[Problem] = []
    if Decimal(body["taxRate"]) not in ledger.TAX_RATES:
        problems.append(("#/taxRate", "The tax rate field must be one of the following values: 0%, 6%, 12%, or 25%"))
    account = body.get("bookkeepingAccountNumber")
    if account is not None and account not in ledger.CHART:
        problems.append(("#/bookkeepingAccountNumber", f"Account {account} is not in the chart of accounts"))
    if problems:
        raise validation_error(*problems)
    keys = ("description", "itemType", "productType", "unitType", "unitPrice", "taxRate", "bookkeepingAccountNumber")
    return pick(body, keys)


@handles("createItem")
def create_item(call: Call) -> Record:
    return call.state.insert(ITEMS, _item(call.body))


@handles("listItems")
def list_items(call: Call) -> Record:
    return paged(call, call.state.table(ITEMS).values())


@handles("getItem")
def get_item(call: Call) -> Record:
    return call.state.find(ITEMS, call.params["itemId"])


@handles("updateItem")
def update_item(call: Call) -> Record:
    existing = call.state.find(ITEMS, call.params["itemId"])
    record = call.state.table(ITEMS)[existing["id"]] = {"id": existing["id"], **_item(call.body)}
    return record


@handles("deleteItem")
def delete_item(call: Call) -> Reply:
    call.state.delete(ITEMS, call.params["itemId"])
    return Reply(204)


# Suppliers ------------------------------------------------------------------------------------


def _supplier(body: Record) -> Record:
    currency = body.get("currency", "SEK")
    if not _CURRENCY.match(currency):
        raise validation_error(("#/currency", "The currency must be an ISO 4217 code such as SEK"))
    record = {**pick(body, ("name", "orgNumber", "vatNumber")), "currency": currency}
    if "address" in body:
        record["address"] = {**body["address"], "country": body["address"].get("country", "SE")}
    return {**record, **pick(body, ("paymentDetails",))}


@handles("createSupplier")
def create_supplier(call: Call) -> Record:
    return call.state.insert(SUPPLIERS, _supplier(call.body))


@handles("listSuppliers")
def list_suppliers(call: Call) -> Record:
    return paged(call, call.state.table(SUPPLIERS).values())


@handles("getSupplier")
def get_supplier(call: Call) -> Record:
    return call.state.find(SUPPLIERS, call.params["supplierId"])


@handles("updateSupplier")
def update_supplier(call: Call) -> Record:
    existing = call.state.find(SUPPLIERS, call.params["supplierId"])
    record = call.state.table(SUPPLIERS)[existing["id"]] = {"id": existing["id"], **_supplier(call.body)}
    return record


@handles("deleteSupplier")
def delete_supplier(call: Call) -> Reply:
    supplier = call.state.find(SUPPLIERS, call.params["supplierId"])
    if any(invoice["supplierRef"]["id"] == supplier["id"] for invoice in call.state.table(SUPPLIER_INVOICES).values()):
        raise not_allowed("The supplier has supplier invoices and cannot be deleted")
    call.state.delete(SUPPLIERS, supplier["id"])
    return Reply(204)


# Supplier invoices ----------------------------------------------------------------------------


def _supplier_invoice(call: Call, existing: Record | None) -> Record:
    body = call.body
    supplier = call.state.table(SUPPLIERS).get(body["supplierRef"]["id"])
    problems = [] if supplier else [("#/supplierRef/id", "No supplier with this id exists")]
    if body["totalAmount"] <= 0:
        problems.append(("#/totalAmount", "The total amount must be greater than zero"))
    problems += cents_only(body["totalAmount"], "#/totalAmount")
    if body["dueDate"] < body["invoiceDate"]:
        problems.append(("#/dueDate", "The due date cannot be before the invoice date"))
    if problems or supplier is None:
        raise validation_error(*problems)
    currency = supplier["currency"]
    return {
        "supplierRef": {"id": supplier["id"], "name": supplier["name"]},
        **pick(body, ("invoiceNumber", "invoiceDate", "dueDate", "totalAmount")),
        "remainingAmount": body["totalAmount"],
        "currency": currency,
        "currencyRate": _EXCHANGE_RATES.get(currency, Decimal(1)),
        "uploadRefs": existing["uploadRefs"] if existing else [],
    }


def _check_upload_free(call: Call, upload_id: str, pointer: str) -> None:
    upload = call.state.table(UPLOADS).get(upload_id)
    if upload is None:
        raise not_found("No upload with this id exists")
    if upload["journalEntryId"] or upload_id in call.state.upload_owners:
        raise validation_error((pointer, "The upload is already connected to something else"))


def _connect_upload(call: Call, upload_id: str, invoice: Record) -> None:
    call.state.upload_owners[upload_id] = invoice["id"]
    invoice["uploadRefs"].append({"id": upload_id})


@handles("createSupplierInvoice")
def create_supplier_invoice(call: Call) -> Record:
    fields = _supplier_invoice(call, None)
    upload_id = call.body.get("uploadRef", {}).get("id")
    if upload_id is not None:
        _check_upload_free(call, upload_id, "#/uploadRef/id")
    invoice = call.state.insert(SUPPLIER_INVOICES, fields)
    if upload_id is not None:
        _connect_upload(call, upload_id, invoice)
    return invoice


@handles("listSupplierInvoices")
def list_supplier_invoices(call: Call) -> Record:
    return paged(call, call.state.table(SUPPLIER_INVOICES).values())


@handles("getSupplierInvoice")
def get_supplier_invoice(call: Call) -> Record:
    return call.state.find(SUPPLIER_INVOICES, call.params["supplierInvoiceId"])


@handles("updateSupplierInvoice")
def update_supplier_invoice(call: Call) -> Record:
    existing = call.state.find(SUPPLIER_INVOICES, call.params["supplierInvoiceId"])
    fields = _supplier_invoice(call, existing)
    record = call.state.table(SUPPLIER_INVOICES)[existing["id"]] = {"id": existing["id"], **fields}
    return record


@handles("deleteSupplierInvoice")
def delete_supplier_invoice(call: Call) -> Reply:
    invoice = call.state.delete(SUPPLIER_INVOICES, call.params["supplierInvoiceId"])
    for ref in invoice["uploadRefs"]:
        call.state.upload_owners.pop(ref["id"], None)
    return Reply(204)


@handles("addSupplierInvoiceUpload")
def add_supplier_invoice_upload(call: Call) -> Record:
    invoice = call.state.find(SUPPLIER_INVOICES, call.params["supplierInvoiceId"])
    upload_id = call.body.get("id")
    if upload_id is None:
        raise validation_error(("#/id", "The id field is required"))
    _check_upload_free(call, upload_id, "#/id")
    _connect_upload(call, upload_id, invoice)
    return {"id": upload_id}


# Uploads --------------------------------------------------------------------------------------


def _form_text(call: Call, name: str) -> str | None:
    part = call.parts.get(name)
    return part.data.decode("utf-8", "replace") if part is not None else None


@handles("createUpload")
def create_upload(call: Call) -> Record:
    file = accepted_file(call, MAX_UPLOAD_BYTES)
    entry_id = _form_text(call, "journalEntryId")
    if entry_id is not None and entry_id not in call.state.table("journal-entries"):
        raise validation_error(("#/journalEntryId", "No journal entry with this id exists"))
    description = _form_text(call, "description") or file.name
    record = {"description": description, "contentType": file.content_type, "journalEntryId": entry_id}
    upload = call.state.insert(UPLOADS, record)
    call.state.files[upload["id"]] = file
    return upload


@handles("listUploads")
def list_uploads(call: Call) -> Record:
    return paged(call, call.state.table(UPLOADS).values())


@handles("getUpload")
def get_upload(call: Call) -> Record:
    return call.state.find(UPLOADS, call.params["uploadId"])


@handles("downloadUpload")
def download_upload(call: Call) -> Reply:
    upload = call.state.find(UPLOADS, call.params["uploadId"])
    return Reply(content=call.state.files[upload["id"]].data, content_type="application/octet-stream")


# Bank payments --------------------------------------------------------------------------------


def _bank_payment_problems(body: Record, pointer: str) -> list[Problem]:
    problems = cents_only(body["amount"], f"{pointer}/amount")
    if body["amount"] <= 0:
        problems.append((f"{pointer}/amount", "The amount must be greater than zero"))
    recipient = body["recipientRef"]
    if recipient["kind"] == "bankgiro" and ("ocr" in recipient) == ("message" in recipient):
        problems.append((f"{pointer}/recipientRef", "Give exactly one of ocr and message"))
    return problems


def _bank_payment(body: Record) -> Record:
    return {
        "status": "readyToSign",
        "createdDateTime": now(),
        **pick(body, ("amount", "paymentDate", "ownNote", "recipientRef")),
    }


@handles("createBankPayment")
def create_bank_payment(call: Call) -> Record:
    problems = _bank_payment_problems(call.body, "#")
    if problems:
        raise validation_error(*problems)
    return call.state.insert(BANK_PAYMENTS, _bank_payment(call.body))


@handles("createBankPayments")
def create_bank_payments(call: Call) -> list[Record]:
    payments = call.body["payments"]
    problems = [p for index, body in enumerate(payments) for p in _bank_payment_problems(body, f"#/payments/{index}")]
    if problems:
        raise validation_error(*problems)
    return [call.state.insert(BANK_PAYMENTS, _bank_payment(body)) for body in payments]


@handles("listBankPayments")
def list_bank_payments(call: Call) -> Record:
    return paged(call, call.state.table(BANK_PAYMENTS).values())


@handles("getBankPayment")
def get_bank_payment(call: Call) -> Record:
    return call.state.find(BANK_PAYMENTS, call.params["bankPaymentId"])
