"""The invoice workflow: invoices, their lines, attachments, payments, settlements and credit notes.

Draft invoices can be changed; publishing numbers them; recording bookkeeps them (see
:mod:`..ledger`). Payments and settlements are registered on published invoices and move the
status through ``underPaid``, ``paid`` and ``overPaid``; crediting makes a draft credit note.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

from .. import ledger
from ..calls import Call, Handler, Reply, paged, registrar
from ..errors import Problem, limit_exceeded, not_allowed, validation_error
from ..state import Record, State, now, today
from .records import CUSTOMERS, ITEMS, accepted_file, cents_only, pick

HANDLERS: dict[str, Handler] = {}
handles = registrar(HANDLERS)

INVOICES = "invoices"
CREDIT_NOTES = "credit-notes"
MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024
MAX_ATTACHMENTS_BYTES = 10 * 1024 * 1024
MAX_METADATA_KEY_LENGTH = 25
FIRST_LINE_ID = 40000001
_REFERENCES = ("orderNumberReference", "projectReference", "buyerReference", "contractReference")
_SETTLEMENT_TITLES = {
    "bankFee": "Bankavgift",
    "currency": "Valutadifferens",
    "badDebt": "Kundförlust",
    "paymentServiceFee": "Betaltjänstavgift",
}
_TAX_RATE_MESSAGE = "The tax rate field must be one of the following values: 0%, 6%, 12%, or 25%"


def _draft_only(record: Record, what: str) -> None:
    if record["status"] != "draft":
        raise not_allowed(f"Only a draft {what} can be changed; this one is {record['status']}")


def _fake_pdf(title: str) -> bytes:
    """A one-page PDF showing ``title``: enough for clients that save or forward the file."""
    text = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 18 Tf 72 770 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets: list[int] = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _ocr(number: int) -> str:
    """A payment reference: the number, a length digit and a Luhn check digit, as Swedish OCRs are."""
    digits = f"{number}{(len(str(number)) + 2) % 10}"
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return f"{digits}{(10 - total % 10) % 10}"


# Lines ----------------------------------------------------------------------------------------


def _ref_id(record: Record, field: str) -> Any:
    """The ``id`` of a reference (``customerRef``, …); None when the reference is left out or null."""
    reference: Record = record.get(field) or {}
    return reference.get("id")


def _line(state: State, line: Record, pointer: str, line_id: int) -> tuple[Record, list[Problem]]:
    """An invoice line as stored, copying a catalogue item when ``itemRef`` names one."""
    problems: list[Problem] = []
    source = dict(line)
    built: Record = {"id": line_id}
    item_id = _ref_id(line, "itemRef")
    if item_id is not None:
        item = state.table(ITEMS).get(item_id)
        if item is None or item["itemType"] != line["itemType"]:
            problems.append((f"{pointer}/itemRef/id", f"No {line['itemType']} with this id exists in the catalogue"))
        else:
            source.update({key: value for key, value in item.items() if key != "id"})
            built["itemRef"] = {"id": item["id"], "description": item["description"]}
    built.update(pick(source, ("itemType", "description")))
    if source["itemType"] == "descriptionOnlyItem":
        return built, problems
    built.update(
        productType=source["productType"],
        unitType=source.get("unitType", "unspecified"),
        quantity=source.get("quantity", 1),
        unitPrice=source["unitPrice"],
        taxRate=source["taxRate"],
    )
    if Decimal(source["taxRate"]) not in ledger.TAX_RATES:
        problems.append((f"{pointer}/taxRate", _TAX_RATE_MESSAGE))
    account = source.get("bookkeepingAccountNumber")
    if account is not None:
        where = f"{pointer}/bookkeepingAccountNumber"
        if account not in ledger.CHART:
            problems.append((where, f"Account {account} is not in the chart of accounts"))
        elif not problems and line.get("bookkeepingAccountNumber") == ledger.revenue_account(
            source["productType"], source["taxRate"]
        ):
            problems.append((where, f"Bokio picks {account} for this line itself; leave bookkeepingAccountNumber out"))
        built["bookkeepingAccountNumber"] = account
    if source.get("taxReduction"):
        built["taxReduction"] = source["taxReduction"]
    return built, problems


def _lines(state: State, lines: list[Record], known: set[int]) -> tuple[list[Record], list[Problem]]:
    built: list[Record] = []
    problems: list[Problem] = []
    for index, line in enumerate(lines):
        line_id = line.get("id")
        if line_id is not None and line_id not in known:
            problems.append((f"#/lineItems/{index}/id", "The invoice has no line with this id"))
        if line_id not in known:
            line_id = state.next_number("invoice-line", FIRST_LINE_ID)
        line_built, line_problems = _line(state, line, f"#/lineItems/{index}", line_id)
        built.append(line_built)
        problems += line_problems
    return built, problems


def _set_totals(record: Record) -> None:
    record["totalAmount"], record["totalTax"] = ledger.totals(record["lineItems"])


# Invoices -------------------------------------------------------------------------------------


def _due_date(invoice_date: str, customer: Record) -> str:
    terms = customer.get("paymentTerms", "")
    days = int(terms) if terms.isdigit() else 30
    return (dt.date.fromisoformat(invoice_date) + dt.timedelta(days=days)).isoformat()


def _invoice(state: State, body: Record, existing: Record | None) -> Record:
    """A draft invoice as stored, from a create or update body (``existing``: the draft it replaces)."""
    problems: list[Problem] = []
    customer = state.table(CUSTOMERS).get(_ref_id(body, "customerRef"))
    if customer is None:
        problems.append(("#/customerRef/id", "The invoice needs the id of an existing customer"))
    if body.get("type", "invoice") != "invoice":
        problems.append(("#/type", "Invoices created through the API are always of type invoice"))
    metadata: Record = body.get("metadata") or {}
    problems += [
        (f"#/metadata/{key}", f"Metadata keys are at most {MAX_METADATA_KEY_LENGTH} characters")
        for key in metadata
        if len(key) > MAX_METADATA_KEY_LENGTH
    ]
    contact = None
    contact_id = _ref_id(body, "contactDetailRef")
    if customer is not None and contact_id is not None:
        contact = next((c for c in customer["contactsDetails"] if c["id"] == contact_id), None)
        if contact is None:
            problems.append(("#/contactDetailRef/id", "The customer has no contact with this id"))
    known: set[int] = {line["id"] for line in existing["lineItems"]} if existing else set()
    lines, line_problems = _lines(state, body["lineItems"], known)
    problems += line_problems
    if problems or customer is None:
        raise validation_error(*problems)
    record: Record = {"type": "invoice", "customerRef": {"id": customer["id"], "name": customer["name"]}}
    if contact is not None:
        record["contactDetailRef"] = {"id": contact["id"], "email": contact.get("email"), "phone": contact.get("phone")}
    record.update(
        invoiceNumber=None,
        paymentReference=None,
        **{key: body.get(key) for key in _REFERENCES},
        currency=body.get("currency", "SEK"),
        currencyRate=body.get("currencyRate", 1),
        totalAmount=Decimal(0),
        totalTax=Decimal(0),
        paidAmount=Decimal("0.00"),
        status="draft",
        invoiceDate=body["invoiceDate"],
        dueDate=body.get("dueDate") or _due_date(body["invoiceDate"], customer),
        publishedDateTime=None,
        lineItems=lines,
    )
    _set_totals(record)
    if "address" in customer:
        record["billingAddress"] = dict(customer["address"])
    record.update(pick(body, ("deliveryAddress",)))
    if body.get("taxReduction"):
        people = body["taxReduction"]["deductionPeople"]
        deduction = sum((Decimal(person["deductionAmount"]) for person in people), Decimal(0))
        record["taxReduction"] = {**body["taxReduction"], "deductionAmount": deduction, "status": "draft"}
    record.update(
        attachmentRefs=existing["attachmentRefs"] if existing else [],
        creditNoteRefs=[],
        metadata=body.get("metadata") or {},
    )
    return record


def _find_invoice(call: Call) -> Record:
    return call.state.find(INVOICES, call.params["invoiceId"])


def _refresh(state: State, invoice: Record) -> None:
    """Recompute ``paidAmount`` and, once published, the status from payments and settlements."""
    base = f"{INVOICES}/{invoice['id']}"
    paid = sum((p["sumBaseCurrency"] for p in state.table(f"{base}/payments").values()), Decimal(0))
    settled = sum(
        (s["invoiceSettlementDetails"]["sumBaseCurrency"] for s in state.table(f"{base}/settlements").values()),
        Decimal(0),
    )
    invoice["paidAmount"] = ledger.cents(paid)
    if invoice["status"] in ("draft", "credited"):
        return
    covered = paid + settled
    due = ledger.cents(invoice["totalAmount"] * invoice["currencyRate"])
    if covered == 0:
        invoice["status"] = "published"
    else:
        invoice["status"] = "paid" if covered == due else "underPaid" if covered < due else "overPaid"


@handles("createInvoice")
def create_invoice(call: Call) -> Record:
    return call.state.insert(INVOICES, _invoice(call.state, call.body, None))


@handles("listInvoices")
def list_invoices(call: Call) -> Record:
    return paged(call, call.state.table(INVOICES).values())


@handles("getInvoice")
def get_invoice(call: Call) -> Record:
    return _find_invoice(call)


@handles("updateInvoice")
def update_invoice(call: Call) -> Record:
    existing = _find_invoice(call)
    _draft_only(existing, "invoice")
    record = {"id": existing["id"], **_invoice(call.state, call.body, existing)}
    call.state.table(INVOICES)[existing["id"]] = record
    return record


@handles("deleteInvoice")
def delete_invoice(call: Call) -> Reply:
    invoice = _find_invoice(call)
    _draft_only(invoice, "invoice")
    for ref in invoice["attachmentRefs"]:
        call.state.files.pop(ref["id"], None)
    call.state.delete(INVOICES, invoice["id"])
    return Reply(204)


@handles("addInvoiceLineItem")
def add_invoice_line_item(call: Call) -> Record:
    invoice = _find_invoice(call)
    _draft_only(invoice, "invoice")
    line, problems = _line(call.state, call.body, "#", call.state.next_number("invoice-line", FIRST_LINE_ID))
    if problems:
        raise validation_error(*problems)
    invoice["lineItems"].append(line)
    _set_totals(invoice)
    return line


@handles("publishInvoice")
def publish_invoice(call: Call) -> Record:
    invoice = _find_invoice(call)
    _draft_only(invoice, "invoice")
    if not any(line["itemType"] == "salesItem" for line in invoice["lineItems"]):
        raise not_allowed("An invoice needs at least one sales line to be published")
    number = call.state.next_number("invoice-number", 1001)
    invoice.update(
        invoiceNumber=str(number), paymentReference=_ocr(number), publishedDateTime=now(), status="published"
    )
    return invoice


@handles("recordInvoice")
def record_invoice(call: Call) -> Record:
    invoice = _find_invoice(call)
    if invoice["status"] == "draft":
        raise not_allowed("Publish the invoice before bookkeeping it")
    if "journalEntryRef" in invoice:
        raise not_allowed("The invoice is already bookkept")
    postings = ledger.sale_postings(invoice["lineItems"], invoice["currencyRate"])
    title = f"Faktura {invoice['invoiceNumber']} {invoice['customerRef']['name']}"
    entry = ledger.book_postings(
        call.state, title=title, date=invoice["invoiceDate"], postings=postings, source="invoice"
    )
    invoice["journalEntryRef"] = {"id": entry["id"]}
    return invoice


@handles("downloadInvoice")
def download_invoice(call: Call) -> Reply:
    invoice = _find_invoice(call)
    if invoice["status"] == "draft":
        raise not_allowed("Only published invoices can be downloaded")
    return Reply(content=_fake_pdf(f"Faktura {invoice['invoiceNumber']}"), content_type="application/pdf")


@handles("creditInvoice")
def credit_invoice(call: Call) -> Record:
    state = call.state
    invoice = _find_invoice(call)
    if invoice["status"] == "draft":
        raise not_allowed("Only published invoices can be credited")
    if invoice["status"] == "credited":
        raise not_allowed("The invoice is already fully credited")
    lines: list[Record] = []
    note: Record = {
        "invoiceRef": {"id": invoice["id"], "invoiceNumber": invoice["invoiceNumber"]},
        "customerRef": dict(invoice["customerRef"]),
        **pick(invoice, ("contactDetailRef",)),
        "invoiceNumber": None,
        **pick(invoice, _REFERENCES),
        "currency": invoice["currency"],
        "currencyRate": invoice["currencyRate"],
        "totalAmount": Decimal(0),
        "totalTax": Decimal(0),
        "paidAmount": Decimal("0.00"),
        "status": "draft",
        "creditDate": today(),
        "dueDate": today(),
        "publishedDateTime": None,
        "lineItems": lines,
        **pick(invoice, ("billingAddress", "deliveryAddress")),
        "attachmentRefs": [],
        "metadata": dict(invoice["metadata"]),
    }
    note = state.insert(CREDIT_NOTES, note)
    for line in invoice["lineItems"]:
        credited = {**copy.deepcopy(line), "id": state.next_number("invoice-line", FIRST_LINE_ID)}
        state.credited_lines[credited["id"]] = (note["id"], line)
        lines.append(credited)
    _set_totals(note)
    invoice["creditNoteRefs"].append({"id": note["id"]})
    return note


# Attachments ----------------------------------------------------------------------------------


def _attachments(call: Call) -> tuple[Record, str]:
    invoice = _find_invoice(call)
    return invoice, f"{INVOICES}/{invoice['id']}/attachments"


@handles("createInvoiceAttachment")
def create_invoice_attachment(call: Call) -> Record:
    invoice, table = _attachments(call)
    _draft_only(invoice, "invoice")
    file = accepted_file(call, MAX_ATTACHMENT_BYTES)
    attached = sum(len(call.state.files[ref["id"]].data) for ref in invoice["attachmentRefs"])
    if attached + len(file.data) > MAX_ATTACHMENTS_BYTES:
        raise limit_exceeded(f"An invoice's attachments may add up to at most {MAX_ATTACHMENTS_BYTES} bytes")
    attachment = call.state.insert(table, {"invoiceId": invoice["id"], "fileName": file.name})
    call.state.files[attachment["id"]] = file
    invoice["attachmentRefs"].append({"id": attachment["id"], "name": file.name})
    return attachment


@handles("listInvoiceAttachments")
def list_invoice_attachments(call: Call) -> Record:
    _, table = _attachments(call)
    return paged(call, call.state.table(table).values())


@handles("getInvoiceAttachment")
def get_invoice_attachment(call: Call) -> Record:
    _, table = _attachments(call)
    return call.state.find(table, call.params["attachmentId"])


@handles("deleteInvoiceAttachment")
def delete_invoice_attachment(call: Call) -> Reply:
    invoice, table = _attachments(call)
    attachment = call.state.find(table, call.params["attachmentId"])
    _draft_only(invoice, "invoice")
    call.state.delete(table, attachment["id"])
    call.state.files.pop(attachment["id"])
    invoice["attachmentRefs"] = [ref for ref in invoice["attachmentRefs"] if ref["id"] != attachment["id"]]
    return Reply(204)


@handles("downloadInvoiceAttachment")
def download_invoice_attachment(call: Call) -> Reply:
    _, table = _attachments(call)
    attachment = call.state.find(table, call.params["attachmentId"])
    return Reply(content=call.state.files[attachment["id"]].data, content_type="application/octet-stream")


# Payments and settlements ---------------------------------------------------------------------


def _published(call: Call) -> Record:
    invoice = _find_invoice(call)
    if invoice["status"] == "draft":
        raise not_allowed("Payments and settlements can only be registered on published invoices")
    return invoice


def _book_once(call: Call, record: Record, title: str, date: str, postings: dict[int, Decimal], source: str) -> None:
    if "journalEntryRef" in record:
        raise not_allowed("It is already bookkept")
    entry = ledger.book_postings(call.state, title=title, date=date, postings=postings, source=source)
    record["journalEntryRef"] = {"id": entry["id"]}


@handles("createInvoicePayment")
def create_invoice_payment(call: Call) -> Record:
    invoice, body = _published(call), call.body
    problems = cents_only(body["sumBaseCurrency"], "#/sumBaseCurrency")
    if body["sumBaseCurrency"] <= 0:
        problems.append(("#/sumBaseCurrency", "The amount must be greater than zero"))
    if body["bookkeepingAccountNumber"] not in ledger.PAYMENT_ACCOUNTS:
        accounts = ", ".join(str(account) for account in sorted(ledger.PAYMENT_ACCOUNTS))
        problems.append(("#/bookkeepingAccountNumber", f"Not a payment account; use one of {accounts}"))
    if problems:
        raise validation_error(*problems)
    fields = {"invoiceId": invoice["id"], **pick(body, ("date", "sumBaseCurrency", "bookkeepingAccountNumber"))}
    payment = call.state.insert(f"{INVOICES}/{invoice['id']}/payments", fields)
    _refresh(call.state, invoice)
    return payment


@handles("listInvoicePayments")
def list_invoice_payments(call: Call) -> Record:
    invoice = _find_invoice(call)
    return paged(call, call.state.table(f"{INVOICES}/{invoice['id']}/payments").values())


@handles("getInvoicePayment")
def get_invoice_payment(call: Call) -> Record:
    invoice = _find_invoice(call)
    return call.state.find(f"{INVOICES}/{invoice['id']}/payments", call.params["paymentId"])


@handles("deleteInvoicePayment")
def delete_invoice_payment(call: Call) -> Reply:
    invoice = _find_invoice(call)
    call.state.delete(f"{INVOICES}/{invoice['id']}/payments", call.params["paymentId"])
    _refresh(call.state, invoice)
    return Reply(204)


@handles("recordInvoicePayment")
def record_invoice_payment(call: Call) -> Record:
    invoice = _find_invoice(call)
    payment = call.state.find(f"{INVOICES}/{invoice['id']}/payments", call.params["paymentId"])
    postings = ledger.receipt_postings(payment["bookkeepingAccountNumber"], payment["sumBaseCurrency"])
    title = f"Inbetalning faktura {invoice['invoiceNumber']}"
    _book_once(call, payment, title, payment["date"], postings, "payment")
    return payment


@handles("createInvoiceSettlement")
def create_invoice_settlement(call: Call) -> Record:
    invoice, body = _published(call), call.body
    kind, details = body["type"], body["invoiceSettlementDetails"]
    pointer = "#/invoiceSettlementDetails"
    problems = cents_only(details["sumBaseCurrency"], f"{pointer}/sumBaseCurrency")
    if kind == "paymentServiceFee":
        if "vatScheme" not in details:
            problems.append((f"{pointer}/vatScheme", "The vatScheme field is required for a paymentServiceFee"))
        if details["sumBaseCurrency"] <= 0:
            problems.append((f"{pointer}/sumBaseCurrency", "The fee must be greater than zero"))
    elif "vatScheme" in details:
        problems.append((f"{pointer}/vatScheme", "Only a paymentServiceFee settlement has a vatScheme"))
    if details["sumBaseCurrency"] == 0:
        problems.append((f"{pointer}/sumBaseCurrency", "The amount must not be zero"))
    if problems:
        raise validation_error(*problems)
    fields = {
        "invoiceId": invoice["id"],
        "type": kind,
        "invoiceSettlementDetails": pick(details, ("date", "sumBaseCurrency", "vatScheme")),
    }
    settlement = call.state.insert(f"{INVOICES}/{invoice['id']}/settlements", fields)
    _refresh(call.state, invoice)
    return settlement


@handles("listInvoiceSettlements")
def list_invoice_settlements(call: Call) -> Record:
    invoice = _find_invoice(call)
    records = {r["id"]: r for r in call.state.table(f"{INVOICES}/{invoice['id']}/settlements").values()}
    # The filter fields (date, sumBaseCurrency) live in the details: filter a flat view, answer the records.
    page = paged(call, [{**r["invoiceSettlementDetails"], "id": r["id"]} for r in records.values()])
    page["items"] = [records[item["id"]] for item in page["items"]]
    return page


@handles("getInvoiceSettlement")
def get_invoice_settlement(call: Call) -> Record:
    invoice = _find_invoice(call)
    return call.state.find(f"{INVOICES}/{invoice['id']}/settlements", call.params["settlementId"])


@handles("deleteInvoiceSettlement")
def delete_invoice_settlement(call: Call) -> Reply:
    invoice = _find_invoice(call)
    call.state.delete(f"{INVOICES}/{invoice['id']}/settlements", call.params["settlementId"])
    _refresh(call.state, invoice)
    return Reply(204)


@handles("recordInvoiceSettlement")
def record_invoice_settlement(call: Call) -> Record:
    invoice = _find_invoice(call)
    settlement = call.state.find(f"{INVOICES}/{invoice['id']}/settlements", call.params["settlementId"])
    details = settlement["invoiceSettlementDetails"]
    postings = ledger.settlement_postings(settlement["type"], details)
    if postings is not None:  # balance adjustments never touch the bookkeeping
        title = f"{_SETTLEMENT_TITLES[settlement['type']]} faktura {invoice['invoiceNumber']}"
        _book_once(call, settlement, title, details["date"], postings, "settlement")
    return settlement


# Credit notes ---------------------------------------------------------------------------------


def _find_note(call: Call) -> Record:
    return call.state.find(CREDIT_NOTES, call.params["creditNoteId"])


@handles("listCreditNotes")
def list_credit_notes(call: Call) -> Record:
    return paged(call, call.state.table(CREDIT_NOTES).values())


@handles("getCreditNote")
def get_credit_note(call: Call) -> Record:
    return _find_note(call)


@handles("updateCreditNote")
def update_credit_note(call: Call) -> Record:
    """Keep, drop or lower the credited lines; a line's price, rate and account stay the invoice's."""
    note, body, state = _find_note(call), call.body, call.state
    _draft_only(note, "credit note")
    problems: list[Problem] = []
    lines: list[Record] = []
    for index, line in enumerate(body["lineItems"]):
        owner, origin = state.credited_lines.get(line.get("id") or 0, ("", {}))
        if owner != note["id"]:
            problems.append((f"#/lineItems/{index}/id", "Send the id of a line this credit note credits"))
            continue
        credited = {**copy.deepcopy(origin), "id": line["id"], "description": line["description"]}
        if origin["itemType"] == "salesItem":
            quantity = line.get("quantity", origin["quantity"])
            if not 0 < quantity <= origin["quantity"]:
                problems.append(
                    (f"#/lineItems/{index}/quantity", f"Credit more than 0 and at most {origin['quantity']}")
                )
            credited["quantity"] = quantity
        lines.append(credited)
    if not body["lineItems"]:
        problems.append(("#/lineItems", "A credit note needs at least one line"))
    if problems:
        raise validation_error(*problems)
    note.update({key: body.get(key) for key in _REFERENCES})
    note.update(
        creditDate=body["creditDate"], dueDate=body["dueDate"], lineItems=lines, metadata=body.get("metadata") or {}
    )
    note.pop("deliveryAddress", None)
    note.update(pick(body, ("deliveryAddress",)))
    _set_totals(note)
    return note


@handles("deleteCreditNote")
def delete_credit_note(call: Call) -> Reply:
    note = _find_note(call)
    _draft_only(note, "credit note")
    invoice = call.state.find(INVOICES, note["invoiceRef"]["id"])
    invoice["creditNoteRefs"] = [ref for ref in invoice["creditNoteRefs"] if ref["id"] != note["id"]]
    call.state.delete(CREDIT_NOTES, note["id"])
    return Reply(204)


@handles("publishCreditNote")
def publish_credit_note(call: Call) -> Record:
    state, note = call.state, _find_note(call)
    _draft_only(note, "credit note")
    invoice = state.find(INVOICES, note["invoiceRef"]["id"])
    notes = [state.find(CREDIT_NOTES, ref["id"]) for ref in invoice["creditNoteRefs"]]
    credited = sum((other["totalAmount"] for other in notes if other["status"] == "published"), Decimal(0))
    if credited + note["totalAmount"] > invoice["totalAmount"]:
        raise not_allowed("The credit notes would credit more than the invoice's total")
    number = state.next_number("invoice-number", 1001)
    note.update(invoiceNumber=str(number), publishedDateTime=now(), status="published")
    if credited + note["totalAmount"] == invoice["totalAmount"]:
        invoice["status"] = "credited"
    return note


@handles("recordCreditNote")
def record_credit_note(call: Call) -> Record:
    note = _find_note(call)
    if note["status"] != "published":
        raise not_allowed("Publish the credit note before bookkeeping it")
    reversed_sale = {
        account: -amount for account, amount in ledger.sale_postings(note["lineItems"], note["currencyRate"]).items()
    }
    title = f"Kreditfaktura {note['invoiceNumber']} {note['customerRef']['name']}"
    _book_once(call, note, title, note["creditDate"], reversed_sale, "credit-note")
    return note


@handles("downloadCreditNote")
def download_credit_note(call: Call) -> Reply:
    note = _find_note(call)
    if note["status"] != "published":
        raise not_allowed("Only published credit notes can be downloaded")
    return Reply(content=_fake_pdf(f"Kreditfaktura {note['invoiceNumber']}"), content_type="application/pdf")
