"""The Agency API: BokioAgency / AsyncBokioAgency against the sandbox's agency tenant, and its rules."""

from __future__ import annotations

import asyncio
import base64
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from bokio import AsyncBokioAgency, Bokio, BokioAgency, BokioError, BokioGeneral, NotFoundError, Scope
from bokio.errors import OperationNotAllowedError, PermissionDeniedError, ValidationError
from bokio.testing import Sandbox

NEW_COMPANY = {
    "name": "Klient Ett AB",
    "organizationNumber": "559311-4407",
    "companyType": "limitedCompany",
    "accountingMethod": "accrual",
    "vatSetting": "quarterly",
    "fiscalYearStart": "05-01",
}
UNKNOWN = "5a1e0000-0000-4000-8000-000000000404"


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox()


@pytest.fixture
def agency(sb: Sandbox) -> BokioAgency:
    return sb.agency_client()


def new_company(sb: Sandbox, agency: BokioAgency, **changes: Any) -> Any:
    return agency.companies.create({**NEW_COMPANY, "ownerEmail": sb.agency_owner_email, **changes})


def test_a_client_company_is_a_company_the_company_api_serves(sb: Sandbox, agency: BokioAgency) -> None:
    company = new_company(sb, agency)
    assert [c.id for c in agency.companies.list()] == [company.id]
    assert agency.companies.get(company.id).organization_number == "559311-4407"
    with agency.company_client(company.id, token=sb.add_token(company_id=str(company.id))) as bokio:
        assert isinstance(bokio, Bokio)
        assert bokio.company_information.get().name == "Klient Ett AB"
        year = next(iter(bokio.fiscal_years.list()))
        assert (year.start_date.month, year.start_date.day) == (5, 1)
        supplier = bokio.suppliers.create({"name": "Bauhaus AB"})
        assert supplier.name == "Bauhaus AB"
    # The first company's token does not reach the new company, nor the other way round.
    with pytest.raises(NotFoundError):
        agency.company_client(company.id, token=sb.token).company_information.get()


def test_company_client_needs_the_companys_own_credentials(sb: Sandbox, agency: BokioAgency) -> None:
    company = new_company(sb, agency)
    with pytest.raises(BokioError, match="does not reach the Company API"):
        agency.company_client(company.id)
    with pytest.raises(NotFoundError):  # not one of the agency's clients: no client is made
        agency.company_client(sb.company_id, token=sb.token)


def test_create_refuses_what_bokio_refuses(sb: Sandbox, agency: BokioAgency) -> None:
    with pytest.raises(ValidationError) as caught:
        new_company(sb, agency, organizationNumber="559311-4402", ownerEmail="stranger@example.se")
    assert {e.field for e in caught.value.errors} == {"#/organizationNumber", "#/ownerEmail"}
    new_company(sb, agency)
    with pytest.raises(ValidationError):  # the same organisation number twice
        new_company(sb, agency, name="Kopia AB")


def test_users_invitations_navigation_and_todos(sb: Sandbox, agency: BokioAgency) -> None:
    company = new_company(sb, agency)
    owner, sven = list(agency.users.list())
    staff = sb.add_agency_user("staff@byra.example", "Sara Staff")
    assert agency.users.get(staff).name == "Sara Staff"
    url = agency.companies.navigation_url(company.id, owner.id, todo_type="receipt.unrecorded")
    assert url.startswith("https://app.bokio.se/") and str(company.id) in url
    with pytest.raises(BokioError) as refused:  # staff who joined later is not a user of the company
        agency.companies.navigation_url(company.id, staff)
    assert refused.value.code == "navigation-not-allowed"  # type: ignore[attr-defined]

    user = sb.add_agency_user("kassa@klient.example", company_id=str(company.id))
    emails = {u.email for u in agency.users.list_company(company.id)}
    assert emails == {sb.agency_owner_email, sven.email, "kassa@klient.example"}
    agency.users.remove_company(company.id, user)
    agency.users.remove(sven.id)  # off the agency, and off its client companies
    assert [u.id for u in agency.users.list_company(company.id)] == [owner.id]
    with pytest.raises(OperationNotAllowedError):
        agency.users.remove_company(company.id, owner.id)  # the company's owner
    with pytest.raises(OperationNotAllowedError):
        agency.users.remove(owner.id)  # the agency's owner
    agency.users.remove(staff)
    with pytest.raises(NotFoundError):
        agency.users.get(staff)

    invitation = agency.invitations.create("new@byra.example")
    assert invitation.status.value == "pendingInvitation"
    assert [i.email for i in agency.invitations.list()] == ["new@byra.example"]
    with pytest.raises(ValidationError):
        agency.invitations.create("new@byra.example")
    agency.invitations.create_company(company.id, "revisor@klient.example")
    assert [i.email for i in agency.invitations.list_company(company.id)] == ["revisor@klient.example"]

    bokio = agency.company_client(company.id, token=sb.add_token(company_id=str(company.id)))
    supplier = bokio.suppliers.create({"name": "Bauhaus AB"})
    bokio.supplier_invoices.create(
        {
            "supplierRef": {"id": str(supplier.id)},
            "invoiceNumber": "F-17",
            "invoiceDate": "2026-06-01",
            "dueDate": "2026-06-30",
            "totalAmount": Decimal("1249.50"),
        }
    )
    todos = agency.todos.list(company.id, owner.id, language="en")
    assert [(t.resource_type.value, t.action_type.value, t.total_amount) for t in todos] == [
        ("supplierInvoice", "toPay", Decimal("1249.50"))
    ]
    assert todos[0].title == "Pay the supplier invoice"
    assert agency.todos.list(company.id, owner.id)[0].title == "Betala leverantörsfaktura"


def test_bad_input_is_refused_before_sending(sb: Sandbox) -> None:
    sent: list[httpx.Request] = []
    agency = BokioAgency(
        "client",
        "secret",
        agency_id=sb.agency_id,
        base_url=sb.base_url,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))),
    )
    with pytest.raises(ValidationError, match="companyId"):
        agency.companies.get("../../connections")
    with pytest.raises(ValidationError, match="userId"):
        agency.users.get("not-a-uuid")
    with pytest.raises(ValueError, match="organization_number"):
        agency.information.search("5566||name==x")
    with pytest.raises(ValueError, match="email"):
        agency.invitations.create("nobody")
    with pytest.raises(ValueError, match="language"):
        agency.todos.list(UNKNOWN, UNKNOWN, language="de")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="page_size"):
        agency.companies.list(page_size=500).first()
    with pytest.raises(BokioError, match="no agency id"):
        BokioAgency("client", "secret", base_url=sb.base_url).users.list().first()
    assert sent == []


def test_scopes_are_asked_for_and_enforced(sb: Sandbox) -> None:
    narrow = sb.agency_client([Scope.AGENCY_COMPANIES_READ, Scope.AGENCY_INFORMATION_READ])
    assert narrow.information.get().organization_number == "559017-1236"
    assert list(narrow.companies.list()) == []
    with pytest.raises(PermissionDeniedError) as denied:
        narrow.users.list().first()
    assert denied.value.required_scope == "agency-users:read"


def test_client_credentials_send_the_scopes() -> None:
    seen: list[dict[str, list[str]]] = []

    def token(request: httpx.Request) -> httpx.Response:
        seen.append(parse_qs(request.content.decode()))
        body = {"tenant_type": "general", "access_token": "t0k3n-value", "token_type": "bearer", "expires_in": 3600}
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json=body)
        return httpx.Response(200, json={"items": [], "totalItems": 0, "totalPages": 0, "currentPage": 1})

    http = httpx.Client(transport=httpx.MockTransport(token))
    general = BokioGeneral(
        "id", "secret", base_url="https://bokio.test/v1", http_client=http, scopes=["agency-users:read"]
    )
    list(general.connections.list())
    legacy = BokioGeneral("id", "secret", base_url="https://bokio.test/v1", http_client=http)
    list(legacy.connections.list())
    assert seen[0]["scope"] == ["agency-users:read"] and seen[0]["grant_type"] == ["client_credentials"]
    assert "scope" not in seen[2]
    with pytest.raises(ValueError, match="unknown scope"):
        BokioGeneral("id", "secret", scopes=["agency:everything"])  # type: ignore[list-item]


def test_connections_find_connect_and_disconnect(sb: Sandbox) -> None:
    agency = sb.agency_client()
    assert agency.connections.delete(sb.agency_id) is None
    with pytest.raises(NotFoundError):  # disconnected: the agency's own operations are out of reach
        agency.companies.list().first()
    found = agency.information.search("5590171236")
    assert found is not None and str(found.id) == sb.agency_id
    assert agency.information.search("556036-0793") is None
    connection = agency.connections.create(found.id)
    assert connection.status.value == "active" and "agency-users:write" in connection.scopes
    assert [str(c.agency_id) for c in agency.connections.list()] == [sb.agency_id]
    # The General API lists the agency connection too, as one of type `agency`.
    general = BokioGeneral(
        sb.client_id, sb.client_secret, base_url=sb.base_url, http_client=httpx.Client(transport=sb.transport())
    )
    assert [(c.type_.value, str(c.tenant_id)) for c in general.connections.list()] == [("agency", sb.agency_id)]


def test_the_token_endpoint_refuses_unknown_agency_scopes(sb: Sandbox) -> None:
    basic = "Basic " + base64.b64encode(f"{sb.client_id}:{sb.client_secret}".encode()).decode()
    with httpx.Client(transport=sb.transport(), base_url=sb.base_url) as http:
        form = {"grant_type": "client_credentials", "scope": "invoices:read"}
        answer = http.post("/token", data=form, headers={"Authorization": basic})
        assert answer.status_code == 400 and answer.json()["error"] == "invalid_scope"
        general = http.post("/token", data={"grant_type": "client_credentials"}, headers={"Authorization": basic})
        token = general.json()["access_token"]
        refused = http.get(f"/agencies/{sb.agency_id}/users", headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 401  # a legacy General API token does not reach the Agency API


def test_async_twin(sb: Sandbox) -> None:
    async def run() -> None:
        sb.connect_agency()
        http = httpx.AsyncClient(transport=sb.async_transport())
        async with AsyncBokioAgency(
            sb.client_id, sb.client_secret, agency_id=sb.agency_id, base_url=sb.base_url, http_client=http
        ) as agency:
            company = await agency.companies.create({**NEW_COMPANY, "ownerEmail": sb.agency_owner_email})
            assert [c.id async for c in agency.companies.list()] == [company.id]
            owner = await agency.users.list().first()
            assert owner is not None
            assert await agency.todos.list(company.id, owner.id) == []
            bokio = await agency.company_client(company.id, token=sb.add_token(company_id=str(company.id)))
            assert (await bokio.company_information.get()).name == "Klient Ett AB"
            assert repr(agency).startswith("AsyncBokioAgency(agency_id=")

    asyncio.run(run())


def test_secrets_stay_out_of_reprs(sb: Sandbox, agency: BokioAgency) -> None:
    agency.information.get()
    assert sb.client_secret not in repr(agency) and sb.client_secret not in repr(agency.with_options(max_retries=0))


def test_every_agency_operation_async_against_the_sandbox(sb: Sandbox) -> None:
    """All 21 operations through AsyncBokioAgency (the unasync twins), against the sandbox."""

    async def run() -> None:
        http = httpx.AsyncClient(transport=sb.async_transport())
        async with AsyncBokioAgency(sb.client_id, sb.client_secret, base_url=sb.base_url, http_client=http) as root:
            found = await root.information.search("559017-1236")
            assert found is not None and found.id
            assert (await root.connections.create(found.id)).status.value == "active"
            assert [c.agency_id async for c in root.connections.list()] == [found.id]
            assert (await root.connections.get(found.id)).agency_id == found.id
            agency = root.with_options(agency_id=found.id)
            assert (await agency.information.get()).name == "Byrå Sandbox Redovisning AB"
            owner, staff = [user async for user in agency.users.list()]
            assert (await agency.users.get(staff.id)).email == staff.email
            company = await agency.companies.create({**NEW_COMPANY, "ownerEmail": owner.email})
            assert [c.id async for c in agency.companies.list()] == [company.id]
            assert (await agency.companies.get(company.id)).name == "Klient Ett AB"
            assert "todo=" in await agency.companies.navigation_url(company.id, owner.id, todo_type="vat")
            assert {u.id async for u in agency.users.list_company(company.id)} == {owner.id, staff.id}
            assert (await agency.users.get_company(company.id, staff.id)).id == staff.id
            await agency.users.remove_company(company.id, staff.id)
            await agency.users.remove(staff.id)
            await agency.invitations.create("ny@byra.example")
            assert [i.email async for i in agency.invitations.list()] == ["ny@byra.example"]
            await agency.invitations.create_company(company.id, "ny@klient.example")
            assert [i.email async for i in agency.invitations.list_company(company.id)] == ["ny@klient.example"]
            assert await agency.todos.list(company.id, owner.id, language="sv") == []
            await root.connections.delete(found.id)
            with pytest.raises(NotFoundError):
                await agency.information.get()

    asyncio.run(run())


def test_an_agency_token_held_already(sb: Sandbox) -> None:
    """``token=`` uses an Agency API access token as it is (no client credentials asked for)."""
    sb.connect_agency()
    basic = "Basic " + base64.b64encode(f"{sb.client_id}:{sb.client_secret}".encode()).decode()
    with httpx.Client(transport=sb.transport(), base_url=sb.base_url) as http:
        form = {"grant_type": "client_credentials", "scope": "agency-information:read"}
        token = http.post("/token", data=form, headers={"Authorization": basic}).json()["access_token"]
        agency = BokioAgency(token=f"Bearer {token}\n", agency_id=sb.agency_id, base_url=sb.base_url, http_client=http)
        assert agency.information.get().organization_number == "559017-1236"
        with pytest.raises(PermissionDeniedError):
            agency.users.list().first()
        assert token not in repr(agency)
