"""``bokio mcp`` started over stdio and driven by the official ``mcp`` client, against the loopback sandbox."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any

import anyio
import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client

from bokio import Bokio
from bokio.testing import Sandbox

WRITE_TOOLS = {
    "create_draft_invoice",
    "add_invoice_line",
    "publish_invoice",
    "record_invoice",
    "register_payment",
    "create_journal_entry",
    "issue_invoice",
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[Sandbox, str]]:
    emulator = Sandbox()
    with emulator.serve() as base_url:
        yield emulator, base_url


@pytest.fixture
def env(sandbox: tuple[Sandbox, str]) -> dict[str, str]:
    emulator, base_url = sandbox
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BOKIO_")}
    environment.update(BOKIO_BASE_URL=base_url, BOKIO_TOKEN=emulator.token, BOKIO_COMPANY_ID=emulator.company_id)
    return environment


@pytest.fixture
def client(sandbox: tuple[Sandbox, str]) -> Iterator[Bokio]:
    emulator, base_url = sandbox
    with Bokio(emulator.token, emulator.company_id, base_url=base_url) as bokio_client:
        yield bokio_client


@asynccontextmanager
async def mcp_session(env: dict[str, str], *args: str) -> AsyncIterator[ClientSession]:
    server = StdioServerParameters(command=sys.executable, args=["-m", "bokio.cli", "mcp", *args], env=env)
    with open(os.devnull, "w") as errlog:
        async with stdio_client(server, errlog=errlog) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            yield session


def result_of(answer: Any) -> Any:
    assert not answer.is_error, answer.content[0].text
    return json.loads(answer.content[0].text)


def invoice_body(customer_id: str) -> dict[str, Any]:
    return {
        "type": "invoice",
        "customerRef": {"id": customer_id},
        "currency": "SEK",
        "currencyRate": 1,
        "invoiceDate": "2024-10-10",
        "dueDate": "2024-11-09",
        "lineItems": [
            {
                "itemType": "salesItem",
                "productType": "services",
                "unitType": "hour",
                "quantity": 3,
                "description": "Consultancy",
                "unitPrice": "1234.55",
                "taxRate": 25,
            }
        ],
    }


def test_read_only_server_lists_and_answers_read_tools(env: dict[str, str], client: Bokio) -> None:
    for number in range(5):
        client.customers.create({"type": "company", "name": f"MCP Customer {number}"})
    fiscal_year = client.fiscal_years.list().first()
    assert fiscal_year is not None

    async def scenario() -> None:
        async with mcp_session(env) as session:
            tools = {tool.name: tool for tool in (await session.list_tools()).tools}
            assert not WRITE_TOOLS & set(tools)
            for name in (
                "get_company_information",
                "search_invoices",
                "get_invoice",
                "search_chart_of_accounts",
                "search_fiscal_years",
                "sie_summary",
                "search_journal_entries",
                "search_supplier_invoices",
                "search_credit_notes",
                "search_items",
                "search_suppliers",
            ):
                assert name in tools
            assert tools["get_customer"].input_schema["properties"]["customer_id"]["format"] == "uuid"
            assert "name (string)" in tools["search_customers"].input_schema["properties"]["query"]["description"]

            company = result_of(await session.call_tool("get_company_information", {}))
            assert company["name"] == "Aurora Works AB"

            first = result_of(
                await session.call_tool("search_customers", {"query": "name~MCP Customer", "page_size": 2})
            )
            assert len(first["items"]) == 2 and first["totalItems"] == 5 and first["next"]
            seen = [item["name"] for item in first["items"]]
            cursor = first["next"]
            while cursor:
                page = result_of(await session.call_tool("search_customers", {"cursor": cursor}))
                seen += [item["name"] for item in page["items"]]
                cursor = page["next"]
            assert sorted(seen) == [f"MCP Customer {number}" for number in range(5)]
            foreign = await session.call_tool("search_invoices", {"cursor": first["next"]})
            assert foreign.is_error and "cursor" in foreign.content[0].text

            summary = result_of(await session.call_tool("sie_summary", {"fiscal_year_id": str(fiscal_year.id)}))
            assert summary["fiscalYear"]["start"] == fiscal_year.start_date.isoformat()
            accounts = result_of(await session.call_tool("search_chart_of_accounts", {"page_size": 3}))
            assert len(accounts["items"]) == 3 and accounts["totalItems"] > 3 and accounts["next"]
            following = result_of(await session.call_tool("search_chart_of_accounts", {"cursor": accounts["next"]}))
            assert following["items"][0] not in accounts["items"]

            bad = await session.call_tool("search_customers", {"query": "nmae==x"})
            assert bad.is_error and "did you mean 'name'" in bad.content[0].text
            not_an_id = await session.call_tool("get_customer", {"customer_id": "../invoices"})
            assert not_an_id.is_error and "#/customer_id" in not_an_id.content[0].text
            missing = await session.call_tool("get_customer", {"customer_id": "00000000-0000-4000-8000-000000000000"})
            assert missing.is_error and "bokioErrorId" in missing.content[0].text
            assert env["BOKIO_TOKEN"] not in missing.content[0].text
            refused = await session.call_tool("create_draft_invoice", {"external_id": "x", "invoice": {}})
            assert refused.is_error and "--allow-writes" in refused.content[0].text

    anyio.run(scenario)


def test_amounts_come_back_as_exact_decimal_strings(env: dict[str, str], client: Bokio) -> None:
    customer = client.customers.create({"type": "company", "name": "Exact Amounts AB"})
    invoice = client.invoices.create(
        {
            **invoice_body(str(customer.id)),
            "lineItems": [{**invoice_body("")["lineItems"][0], "unitPrice": Decimal("1234.55")}],
        }
    )

    async def scenario() -> None:
        async with mcp_session(env) as session:
            found = result_of(await session.call_tool("get_invoice", {"invoice_id": str(invoice.id)}))
            assert found["totalAmount"] == format(invoice.total_amount, "f")
            assert isinstance(found["lineItems"][0]["unitPrice"], str)

    anyio.run(scenario)


def test_write_tools_are_refused_by_read_only_mode(env: dict[str, str], client: Bokio) -> None:
    customer = client.customers.create({"type": "company", "name": "Read Only Refusal AB"})
    before = client.invoices.list().total_items

    async def scenario() -> None:
        async with mcp_session({**env, "BOKIO_READ_ONLY": "1"}, "--allow-writes") as session:
            names = {tool.name for tool in (await session.list_tools()).tools}
            assert names >= WRITE_TOOLS
            answer = await session.call_tool(
                "create_draft_invoice", {"external_id": "ro-1", "invoice": invoice_body(str(customer.id))}
            )
            assert answer.is_error and "read-only" in answer.content[0].text

    anyio.run(scenario)
    assert client.invoices.list().total_items == before


def test_write_tools_do_not_create_twice_when_a_call_is_retried(env: dict[str, str], client: Bokio) -> None:
    customer = client.customers.create({"type": "company", "name": "Retried Calls AB"})

    async def scenario() -> None:
        async with mcp_session(env, "--allow-writes") as session:
            arguments = {"external_id": "mcp-retry-1", "invoice": invoice_body(str(customer.id))}
            first = result_of(await session.call_tool("create_draft_invoice", arguments))
            again = result_of(await session.call_tool("create_draft_invoice", arguments))
            assert first["created"] and not again["created"]
            invoice_id = first["invoice"]["id"]
            assert again["invoice"]["id"] == invoice_id
            line = {
                "itemType": "salesItem",
                "productType": "services",
                "unitType": "piece",
                "quantity": 1,
                "description": "Discount",
                "unitPrice": "-500",
                "taxRate": 25,
                "bookkeepingAccountNumber": 3730,
            }
            for _ in range(2):
                await session.call_tool("add_invoice_line", {"invoice_id": invoice_id, "line": line})
            for tool in ("publish_invoice", "record_invoice", "record_invoice"):
                result_of(await session.call_tool(tool, {"invoice_id": invoice_id}))
            total = Decimal(
                result_of(await session.call_tool("get_invoice", {"invoice_id": invoice_id}))["totalAmount"]
            )
            payment = {"invoice_id": invoice_id, "date": "2024-11-01", "amount": format(total, "f"), "account": 1940}
            paid = [result_of(await session.call_tool("register_payment", payment)) for _ in range(2)]
            assert paid[1]["performed"] == [] and paid[0]["payment"]["id"] == paid[1]["payment"]["id"]
            bad = await session.call_tool("register_payment", {**payment, "amount": 12.5})
            assert bad.is_error and "#/amount" in bad.content[0].text

            rows = [
                {"account": 1930, "debit": "250.10", "credit": "0"},
                {"account": 3001, "debit": "0", "credit": "250.1"},
            ]
            entry = {"journal_entry": {"title": "MCP deposit", "date": "2024-05-02", "items": rows}}
            made = [result_of(await session.call_tool("create_journal_entry", entry)) for _ in range(2)]
            assert made[0]["created"] and not made[1]["created"]
            assert made[0]["journalEntry"]["items"][0]["debit"] == "250.10"
            rows[1]["credit"] = "250.11"
            unbalanced = await session.call_tool("create_journal_entry", entry)
            assert unbalanced.is_error and "#/items" in unbalanced.content[0].text

    anyio.run(scenario)
    invoices = list(client.invoices.list(query="metadata.externalId==mcp-retry-1"))
    assert len(invoices) == 1
    lines = invoices[0].line_items or []
    assert [line.description for line in lines] == ["Consultancy", "Discount"]
    assert len(list(client.invoices.payments.list(invoices[0].id))) == 1


def test_streamable_http_transport(env: dict[str, str]) -> None:
    import socket
    import subprocess
    import time

    from mcp.client.streamable_http import streamable_http_client

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "bokio.cli", "mcp", "--transport", "http", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, "the server did not start"
                time.sleep(0.1)

        async def scenario() -> None:
            async with (
                streamable_http_client(f"http://127.0.0.1:{port}/mcp") as (read, write, *_),
                ClientSession(read, write) as session,
            ):
                await session.initialize()
                names = {tool.name for tool in (await session.list_tools()).tools}
                assert "search_invoices" in names and not WRITE_TOOLS & names
                company = result_of(await session.call_tool("get_company_information", {}))
                assert company["name"] == "Aurora Works AB"

        anyio.run(scenario)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_issue_invoice_runs_the_resumable_workflow(env: dict[str, str], client: Bokio) -> None:
    customer = {"type": "company", "name": "Workflow Customer AB", "orgNumber": "556000-1234"}
    body = {key: value for key, value in invoice_body("").items() if key != "customerRef"}
    discount = {
        "itemType": "salesItem",
        "productType": "services",
        "unitType": "piece",
        "quantity": 1,
        "description": "Discount",
        "unitPrice": "-100.50",
        "taxRate": 25,
        "bookkeepingAccountNumber": 3730,
    }
    arguments = {"external_id": "mcp-flow-1", "customer": customer, "invoice": body, "discount": discount}

    async def scenario() -> None:
        async with mcp_session(env, "--allow-writes") as session:
            first = result_of(await session.call_tool("issue_invoice", arguments))
            again = result_of(await session.call_tool("issue_invoice", arguments))
            assert first["performed"] and again["performed"] == []
            assert first["invoice"]["id"] == again["invoice"]["id"]
            assert first["invoice"]["journalEntryRef"]

    anyio.run(scenario)
    assert len(list(client.invoices.list(query="metadata.externalId==mcp-flow-1"))) == 1
