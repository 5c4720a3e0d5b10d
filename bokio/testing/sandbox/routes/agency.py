"""The Agency API: client companies, the agency's details, connections, users, invitations, to-dos.

There is one agency (``state.agency``). The integration reaches it through an agency connection
(made with the client credentials token's scopes); every ``/agencies/{agencyId}/…`` operation
answers 404 without one. A client company created here is a new sandbox company: the Company
API serves it to a token issued for it.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlencode

from ..agency import Agency
from ..calls import Call, Handler, Reply, paged, registrar
from ..errors import ApiError, Problem, not_found, validation_error
from ..state import Record, State, now, today
from .records import SUPPLIER_INVOICES, UPLOADS

HANDLERS: dict[str, Handler] = {}
handles = registrar(HANDLERS)

CONNECTIONS = "connections"  # the General API's connections (see .oauth)
APP_URL = "https://app.bokio.se"
_ORGANIZATION_NUMBER = re.compile(r"^(\d{6})-?(\d{4})$")


def valid_organization_number(text: str) -> bool:
    """A Swedish organisation number: ten digits (a dash after six allowed), the last a Luhn check digit."""
    match = _ORGANIZATION_NUMBER.match(text)
    if not match:
        return False
    digits = [int(d) for d in match.group(1) + match.group(2)]
    total = 0
    for index, digit in enumerate(digits[:9]):
        product = digit * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10 == digits[9]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _connected(call: Call) -> Agency:
    """The agency of the path, if the integration is connected to it."""
    agency: Agency = call.state.agency
    connection = agency.connections.get(call.params["agencyId"])
    if call.params["agencyId"] != agency.id or connection is None or connection["status"] != "active":
        raise not_found("No agency with this id is connected to the integration")
    return agency


def _client(call: Call) -> tuple[Agency, Record]:
    agency = _connected(call)
    company = agency.clients.get(call.params["companyId"])
    if company is None:
        raise not_found("No client company with this id in the agency")
    return agency, company


def _user(people: dict[str, Record], members: list[str], user_id: str) -> Record:
    if user_id not in members:
        raise not_found("No user with this id")
    return people[user_id]


# Client companies ------------------------------------------------------------------------------


def _fiscal_year(start: str, accounting_method: str) -> Record:
    """The fiscal year running today, starting on ``start`` (``MM-DD``)."""
    month, day = (int(part) for part in start.split("-"))
    today_ = dt.date.today()
    first = dt.date(today_.year, month, day)
    if first > today_:
        first = dt.date(today_.year - 1, month, day)
    last = dt.date(first.year + 1, first.month, first.day) - dt.timedelta(days=1)
    return {
        "startDate": first.isoformat(),
        "endDate": last.isoformat(),
        "accountingMethod": accounting_method,
        "status": "open",
    }


@handles("createAgencyCompany")
def create_company(call: Call) -> Record:
    agency, body = _connected(call), call.body
    problems: list[Problem] = []
    if not valid_organization_number(body["organizationNumber"]):
        problems.append(("#/organizationNumber", "The organizationNumber field is invalid"))
    elif any(_digits(c["organizationNumber"]) == _digits(body["organizationNumber"]) for c in agency.clients.values()):
        problems.append(("#/organizationNumber", "A client company with this organization number exists"))
    owner = agency.member_by_email(body["ownerEmail"])
    if owner is None:
        problems.append(("#/ownerEmail", "The owner must be a user of the agency"))
    start = body.get("fiscalYearStart") or "01-01"
    try:
        dt.date(2024, *(int(part) for part in start.split("-")))  # a leap year: 02-29 may start a year
    except ValueError:
        problems.append(("#/fiscalYearStart", "The fiscalYearStart field is not a day of the year"))
    if problems:
        raise validation_error(*problems)
    assert owner is not None
    company_id = str(uuid.uuid4())
    view = {
        "id": company_id,
        "name": body["name"],
        "organizationNumber": body["organizationNumber"],
        "vatNumber": body.get("vatNumber"),
        "companyType": body["companyType"],
    }
    if body.get("address") is not None:
        view["address"] = body["address"]
    information = {
        "id": company_id,
        "companyType": body["companyType"],
        "name": body["name"],
        "organizationNumber": body["organizationNumber"],
        "email": body["ownerEmail"],
        "hasBBA": False,
    }
    if body.get("address") is not None:
        information["address"] = body["address"]
    company: State = call.state.add_company(information)
    company.insert("fiscal-years", _fiscal_year(start, body["accountingMethod"]))
    agency.clients[company_id] = view
    # The owner, and the agency's staff, who keep the books.
    agency.company_members[company_id] = [owner["id"], *(i for i in agency.members if i != owner["id"])]
    agency.company_owners[company_id] = owner["id"]
    agency.company_invitations[company_id] = {}
    return view


@handles("listAgencyCompanies")
def list_companies(call: Call) -> Record:
    return paged(call, _connected(call).clients.values())


@handles("getAgencyCompany")
def get_company(call: Call) -> Record:
    return _client(call)[1]


@handles("getAgencyCompanyNavigation")
def company_navigation(call: Call) -> Record:
    agency, company = _client(call)
    user_id = call.query.get("userId", "")
    try:
        uuid.UUID(user_id)
    except ValueError:
        raise validation_error(("#/userId", "The userId field must be a user's id")) from None
    if user_id not in agency.company_members[company["id"]]:
        raise ApiError(400, "navigation-not-allowed", "The user doesn't have access to the company")
    todo = call.query.get("todoType")
    url = f"{APP_URL}/{company['id']}/overview"
    if todo:
        url += "?" + urlencode({"todo": todo}, quote_via=quote)
    return {"url": url}


# Agency information ----------------------------------------------------------------------------


@handles("searchAgencyInformation")
def search_information(call: Call) -> Record:
    text = call.query.get("query", "")
    field, _, value = text.partition("==")
    if field.strip() != "organizationNumber" or not _digits(value) or _digits(value) != value.replace("-", ""):
        raise validation_error(("#/query", "The query must be organizationNumber== and an organization number"))
    agency: Agency = call.state.agency
    found = [agency.information()] if _digits(agency.organization_number) == _digits(value) else []
    scratch = Call(call.state, call.op, call.params, {k: v for k, v in call.query.items() if k != "query"}, {})
    return paged(scratch, found)


@handles("getAgencyInformation")
def get_information(call: Call) -> Record:
    return _connected(call).information()


# Agency connections ----------------------------------------------------------------------------


def _mirror(state: State, agency: Agency, connected: bool) -> None:
    """Keep the General API's connections in step: an agency connection is one of ``type`` agency."""
    table = state.table(CONNECTIONS)
    existing = [key for key, c in table.items() if c["tenantId"] == agency.id]
    if connected and not existing:
        state.insert(CONNECTIONS, {"tenantId": agency.id, "tenantName": agency.name, "type": "agency"})
    if not connected:
        for key in existing:
            del table[key]


def connect(state: State, agency: Agency, scopes: list[str]) -> tuple[Record, bool]:
    """Connect the integration to ``agency`` with ``scopes``; True when the connection is new."""
    connection = agency.connections.get(agency.id)
    if connection is not None and connection["status"] == "active":
        connection["scopes"] = scopes
        return connection, False
    connection = {
        "id": str(uuid.uuid4()),
        "agencyId": agency.id,
        "agencyName": agency.name,
        "organizationNumber": agency.organization_number,
        "scopes": scopes,
        "status": "active",
        "connectedDatetime": now(),
    }
    agency.connections[agency.id] = connection
    _mirror(state, agency, True)
    return connection, True


@handles("listAgencyConnections")
def list_connections(call: Call) -> Record:
    agency: Agency = call.state.agency
    return paged(call, [c for c in agency.connections.values() if c["status"] == "active"])


@handles("createAgencyConnection")
def create_connection(call: Call) -> Reply:
    agency: Agency = call.state.agency
    if call.body["agencyId"] != agency.id:
        raise not_found("No agency with this id")
    scopes = sorted(call.token.scopes or ()) if call.token else []
    connection, created = connect(call.state, agency, scopes)
    return Reply(201 if created else 200, connection)


@handles("getAgencyConnection")
def get_connection(call: Call) -> Record:
    agency: Agency = call.state.agency
    connection = agency.connections.get(call.params["agencyId"])
    if connection is None or connection["status"] != "active":
        raise not_found("The integration is not connected to this agency")
    return connection


@handles("deleteAgencyConnection")
def delete_connection(call: Call) -> Reply:
    agency: Agency = call.state.agency
    get_connection(call)
    del agency.connections[call.params["agencyId"]]
    _mirror(call.state, agency, False)
    return Reply(204)


# Users -----------------------------------------------------------------------------------------


@handles("listAgencyUsers")
def list_users(call: Call) -> Record:
    agency = _connected(call)
    return paged(call, [agency.people[i] for i in agency.members])


@handles("getAgencyUser")
def get_user(call: Call) -> Record:
    agency = _connected(call)
    return _user(agency.people, agency.members, call.params["userId"])


@handles("removeAgencyUser")
def remove_user(call: Call) -> Reply:
    agency = _connected(call)
    user = _user(agency.people, agency.members, call.params["userId"])
    if user["id"] == agency.members[0]:
        raise ApiError(400, "operation-not-allowed", "The agency's owner cannot be removed from the agency")
    agency.members.remove(user["id"])
    for company_id, members in agency.company_members.items():
        if user["id"] in members and agency.company_owners.get(company_id) != user["id"]:
            members.remove(user["id"])
    return Reply(204)


@handles("listAgencyCompanyUsers")
def list_company_users(call: Call) -> Record:
    agency, company = _client(call)
    return paged(call, [agency.people[i] for i in agency.company_members[company["id"]]])


@handles("getAgencyCompanyUser")
def get_company_user(call: Call) -> Record:
    agency, company = _client(call)
    return _user(agency.people, agency.company_members[company["id"]], call.params["userId"])


@handles("removeAgencyCompanyUser")
def remove_company_user(call: Call) -> Reply:
    agency, company = _client(call)
    members = agency.company_members[company["id"]]
    user = _user(agency.people, members, call.params["userId"])
    if agency.company_owners.get(company["id"]) == user["id"]:
        raise ApiError(400, "operation-not-allowed", "Cannot remove a user who is the company owner")
    members.remove(user["id"])
    return Reply(204)


# Invitations -----------------------------------------------------------------------------------


def _invite(agency: Agency, invitations: dict[str, Record], members: list[str], email: str) -> Record:
    if any(invitation["email"].lower() == email.lower() for invitation in invitations.values()):
        raise validation_error(("#/email", "A pending invitation already exists for this email address"))
    if any(agency.people[i]["email"].lower() == email.lower() for i in members):
        raise validation_error(("#/email", "A user with this email address is already a member"))
    invitation = {"id": str(uuid.uuid4()), "email": email, "status": "pendingInvitation"}
    invitations[invitation["id"]] = invitation
    return invitation


@handles("listAgencyInvitations")
def list_invitations(call: Call) -> Record:
    return paged(call, _connected(call).invitations.values())


@handles("inviteAgencyUser")
def invite_user(call: Call) -> Record:
    agency = _connected(call)
    return _invite(agency, agency.invitations, agency.members, call.body["email"])


@handles("listAgencyCompanyInvitations")
def list_company_invitations(call: Call) -> Record:
    agency, company = _client(call)
    return paged(call, agency.company_invitations[company["id"]].values())


@handles("inviteAgencyCompanyUser")
def invite_company_user(call: Call) -> Record:
    agency, company = _client(call)
    invitations, members = agency.company_invitations[company["id"]], agency.company_members[company["id"]]
    return _invite(agency, invitations, members, call.body["email"])


# To-dos ----------------------------------------------------------------------------------------

_TITLES = {
    ("invoice", "toApprove"): ("Skicka fakturan till kunden", "Send the invoice to the customer"),
    ("invoice", "getPaid"): ("Bevaka betalning av faktura", "Follow up payment of the invoice"),
    ("supplierInvoice", "toPay"): ("Betala leverantörsfaktura", "Pay the supplier invoice"),
    ("receipt", "toRecord"): ("Bokför uppladdat underlag", "Record the uploaded document"),
}


def todos_of(company: State) -> list[tuple[str, str, Decimal | None, str]]:
    """What is waiting in ``company``: (resource type, action type, amount, date), derived from its records."""
    found: list[tuple[str, str, Decimal | None, str]] = []
    for invoice in company.table("invoices").values():
        if invoice.get("status") == "draft":
            found.append(("invoice", "toApprove", invoice.get("totalAmount"), invoice.get("invoiceDate") or today()))
        elif invoice.get("status") in ("published", "underPaid"):
            found.append(("invoice", "getPaid", invoice.get("totalAmount"), invoice.get("dueDate") or today()))
    for bill in company.table(SUPPLIER_INVOICES).values():
        if bill.get("remainingAmount", 0) > 0:
            found.append(("supplierInvoice", "toPay", bill["remainingAmount"], bill.get("dueDate") or today()))
    for upload_id, upload in company.table(UPLOADS).items():
        if upload_id not in company.upload_owners and not upload.get("journalEntryId"):
            found.append(("receipt", "toRecord", None, today()))
    return found


@handles("listAgencyCompanyUserTodos")
def list_todos(call: Call) -> Reply:
    agency, company = _client(call)
    _user(agency.people, agency.company_members[company["id"]], call.params["userId"])
    english = call.headers.get("accept-language", "").strip().lower().startswith("en")
    items: list[dict[str, Any]] = [
        {
            "resourceType": resource,
            "actionType": action,
            "title": _TITLES[(resource, action)][1 if english else 0],
            "totalAmount": amount,
            "date": date,
        }
        for resource, action, amount, date in todos_of(call.state.companies[company["id"]])
    ]
    return Reply(body=items, headers={"Content-Language": "en-SE" if english else "sv-SE"})
