"""Property-based fuzzing of the sandbox's Company API over loopback HTTP with schemathesis.

Every operation of our bundled spec gets a handful of generated requests against a live
:class:`~bokio.testing.Sandbox` (its company id fixed in the path, its token in the header):

* valid requests, built from the spec's schemas: no answer may be a 5xx, and each must
  conform to the spec: a documented status, a documented content type, and a body that
  matches that status's schema. Random ids name nothing, so every other request of an
  operation is pointed at records seeded for it (ids in the path, and the ``…Ref`` ids in
  the body), which gets generated bodies past the 404 into the handlers;
* invalid requests (schemathesis' negative mode): still no 5xx, and the body of whatever
  status the sandbox answers must match what the spec documents for it.

The run is bounded (a few examples per operation, no shrinking) and derandomized: the same
requests on every run.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from bokio_spec import load
from schemathesis.config import SchemathesisConfig

from bokio import money
from bokio.testing import Sandbox

COMPANY_ID = "7d3b1c1e-5b0a-4f52-9c8e-1a2b3c4d5e6f"
TOKEN = "schemathesis-private-token"
SPEC = load("company")
PDF = b"%PDF-1.7\n%%EOF"


# Operations that only a draft invoice allows; the others get a published one.
DRAFT_INVOICE_OPERATIONS = frozenset(
    {
        "updateInvoice",
        "deleteInvoice",
        "addInvoiceLineItem",
        "publishInvoice",
        "createInvoiceAttachment",
        "deleteInvoiceAttachment",
    }
)


def _config(mode: str, max_examples: int, checks: list[str]) -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "generation": {
                "mode": mode,
                "max-examples": max_examples,
                "deterministic": True,  # Hypothesis' derandomize: the same requests on every run
                "no-shrink": True,  # report a failure as found; shrinking costs time
                "database": "none",
            },
            # The spec's examples and the fuzzer only: the coverage phase sweeps every boundary
            # (hundreds of requests per operation), and our spec has no links to go stateful on.
            "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
            "parameters": {"companyId": COMPANY_ID},
            "headers": {"Authorization": f"Bearer {TOKEN}"},
            "checks": {"enabled": False, **{name: {"enabled": True} for name in checks}},
        }
    )


positive = schemathesis.openapi.from_dict(
    SPEC,
    config=_config(
        "positive",
        8,
        ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance"],
    ),
)
# The negative run checks statuses too: invalid input draws a documented 400 or, for an id that
# names nothing, a documented 404.
negative = schemathesis.openapi.from_dict(
    SPEC,
    config=_config(
        "negative",
        4,
        ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance"],
    ),
)


@dataclass
class Served:
    sandbox: Sandbox
    base_url: str
    session: requests.Session
    seeded: dict[str, dict[str, str]] = field(default_factory=dict)  # operation id -> path parameter -> id
    calls: Counter[str] = field(default_factory=Counter)  # operation id -> requests sent

    def records_for(self, operation_id: str) -> dict[str, str]:
        """Records of every kind made for ``operation_id`` alone, so that its deletes spoil no other."""
        if operation_id not in self.seeded:
            draft = operation_id in DRAFT_INVOICE_OPERATIONS
            self.seeded[operation_id] = _seed(self.sandbox, serial=len(self.seeded), draft=draft)
        return self.seeded[operation_id]


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    sandbox = Sandbox(company_id=COMPANY_ID, token=TOKEN, monthly_quota=None)
    with sandbox.serve() as base_url, requests.Session() as session:
        yield Served(sandbox, base_url, session)


def _seed(sandbox: Sandbox, *, serial: int, draft: bool) -> dict[str, str]:
    """One record of each kind (in-process), by the name of the path parameter that takes its id.

    ``serial`` tells this set from the others where a value must be unique (a tag group's alias).
    """
    base = f"{sandbox.base_url}/companies/{sandbox.company_id}"
    headers = {"Authorization": f"Bearer {sandbox.token}"}
    today = dt.date.today().isoformat()
    with httpx.Client(transport=sandbox.transport(), base_url=base, headers=headers) as http:

        def send(method: str, path: str, body: Any = None, **kwargs: Any) -> Any:
            if body is not None:
                kwargs.update(content=money.dumps(body), headers={"Content-Type": "application/json"})
            response = http.request(method, path, **kwargs)
            assert response.is_success, f"seeding {method} {path}: {response.status_code} {response.text}"
            return money.loads(response.content) if response.content else None

        ids: dict[str, str] = {"account": "1930"}
        customer = send(
            "POST", "/customers", {"name": "Kund AB", "type": "company", "contactsDetails": [{"name": "A"}]}
        )
        ids["customerId"], ids["contactDetailId"] = customer["id"], customer["contactsDetails"][0]["id"]
        line = {
            "itemType": "salesItem",
            "productType": "services",
            "unitType": "hour",
            "description": "Konsult",
            "unitPrice": 1000,
            "taxRate": 25,
        }
        ids["itemId"] = send("POST", "/items", line)["id"]
        ids["uploadId"] = send("POST", "/uploads", files={"file": ("kvitto.pdf", PDF, "application/pdf")})["id"]

        def invoice(*, publish: bool) -> dict[str, str]:
            body = {
                "customerRef": {"id": ids["customerId"]},
                "invoiceDate": today,
                "lineItems": [{**line, "quantity": 2}],
            }
            made = {"invoiceId": send("POST", "/invoices", body)["id"]}
            path = f"/invoices/{made['invoiceId']}"
            made["attachmentId"] = send("POST", f"{path}/attachments", files={"file": ("a.pdf", PDF)})["id"]
            if publish:
                send("POST", f"{path}/publish")
                send("POST", f"{path}/record")
                payment = {"date": today, "sumBaseCurrency": 100, "bookkeepingAccountNumber": 1930}
                made["paymentId"] = send("POST", f"{path}/payments", payment)["id"]
                fee = {"type": "bankFee", "invoiceSettlementDetails": {"date": today, "sumBaseCurrency": 10}}
                made["settlementId"] = send("POST", f"{path}/settlements", fee)["id"]
            return made

        ids["creditNoteId"] = send("POST", f"/invoices/{invoice(publish=True)['invoiceId']}/credit")["id"]
        ids.update(invoice(publish=not draft))

        group = send("POST", "/tag-groups", {"name": "Projekt", "alias": f"{serial:03}"})
        ids["tagGroupId"] = group["id"]
        ids["tagId"] = send("POST", f"/tag-groups/{group['id']}/tags", {"name": "Norr"})["id"]
        rows = [{"account": 6110, "debit": 100}, {"account": 1930, "credit": 100}]
        ids["journalEntryId"] = send("POST", "/journal-entries", {"title": "Pennor", "date": today, "items": rows})[
            "id"
        ]
        comment = send("POST", f"/journal-entries/{ids['journalEntryId']}/comments", {"content": "Kvitto finns"})
        ids["commentId"] = comment["id"]
        supplier = {"name": "Leverantör AB", "paymentDetails": {"type": "bankgiro", "bankgiroNumber": "5432-1098"}}
        ids["supplierId"] = send("POST", "/suppliers", supplier)["id"]
        bill = {"supplierRef": {"id": ids["supplierId"]}, "invoiceDate": today, "dueDate": today, "totalAmount": 500}
        ids["supplierInvoiceId"] = send("POST", "/supplier-invoices", bill)["id"]
        recipient = {"kind": "bankgiro", "recipientName": "Leverantör AB", "bankgiroNumber": "5432-1098", "ocr": "1234"}
        payment = {"amount": 500, "paymentDate": today, "recipientRef": recipient}
        ids["bankPaymentId"] = send("POST", "/bank-payments", payment)["id"]
        ids["fiscalYearId"] = send("GET", "/fiscal-years")["items"][0]["id"]
        return ids


def _point_refs(value: Any, ids: dict[str, str]) -> None:
    """Point ``{"customerRef": {"id": …}}`` and the like, and ``tagId``, at seeded records."""
    if isinstance(value, list):
        for item in value:
            _point_refs(item, ids)
    elif isinstance(value, dict):
        for key, item in value.items():
            seeded = ids.get(key.removesuffix("Ref") + "Id") if key.endswith("Ref") else None
            if seeded and isinstance(item, dict) and "id" in item:
                item["id"] = seeded
            elif key == "tagId" and isinstance(item, str):
                value[key] = ids["tagId"]
            else:
                _point_refs(item, ids)


@positive.parametrize()
def test_valid_requests_get_documented_answers(case: schemathesis.Case, served: Served) -> None:
    operation_id = case.operation.definition.raw["operationId"]
    served.calls[operation_id] += 1
    if served.calls[operation_id] % 2:
        ids = served.records_for(operation_id)
        case.path_parameters = {name: ids.get(name, value) for name, value in (case.path_parameters or {}).items()}
        _point_refs(case.body, ids)
    response = case.call(base_url=served.base_url, session=served.session)
    case.validate_response(response)


@negative.parametrize()
def test_invalid_requests_get_no_server_error(case: schemathesis.Case, served: Served) -> None:
    case.call_and_validate(base_url=served.base_url, session=served.session)
