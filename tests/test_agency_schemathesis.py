"""Property-based fuzzing of the sandbox's Agency API over loopback HTTP with schemathesis.

The Agency API's twin of tests/test_schemathesis.py: every operation of the bundled agency
document gets generated requests (its agency id fixed in the path, an Agency API token in the
header); every other request is pointed at a seeded client company and a user of it, so that
generated bodies get past the 404 into the handlers. Valid requests must get documented answers
(status, content type, body schema) and no 5xx; invalid ones no 5xx and a documented body.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
import requests
import schemathesis
from bokio_spec import load
from schemathesis.config import SchemathesisConfig

from bokio.testing import Sandbox
from bokio.testing.sandbox import AGENCY_SCOPES

AGENCY_ID = "3f0c2b8e-6a41-4d95-8e27-b1c9d04a7f36"
SPEC = load("agency")
CHECKS = ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance"]


def _config(mode: str, max_examples: int) -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "generation": {
                "mode": mode,
                "max-examples": max_examples,
                "deterministic": True,
                "no-shrink": True,
                "database": "none",
            },
            "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
            "parameters": {"agencyId": AGENCY_ID},
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
        }
    )


positive = schemathesis.openapi.from_dict(SPEC, config=_config("positive", 6))
negative = schemathesis.openapi.from_dict(SPEC, config=_config("negative", 3))


@dataclass
class Served:
    sandbox: Sandbox
    base_url: str
    session: requests.Session
    headers: dict[str, str]
    ids: dict[str, str]
    calls: Counter[str] = field(default_factory=Counter)


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    sandbox = Sandbox(agency_id=AGENCY_ID)
    sandbox.connect_agency()
    basic = "Basic " + base64.b64encode(f"{sandbox.client_id}:{sandbox.client_secret}".encode()).decode()
    with httpx.Client(transport=sandbox.transport(), base_url=sandbox.base_url) as http:
        form = {"grant_type": "client_credentials", "scope": " ".join(sorted(AGENCY_SCOPES))}
        token = http.post("/token", data=form, headers={"Authorization": basic}).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        owner = http.get(f"/agencies/{AGENCY_ID}/users", headers=headers).json()["items"][0]
        company = {
            "name": "Fuzz Klient AB",
            "ownerEmail": owner["email"],
            "organizationNumber": "559311-4407",
            "companyType": "limitedCompany",
            "accountingMethod": "cash",
            "vatSetting": "monthly",
        }
        created = http.post(f"/agencies/{AGENCY_ID}/companies", json=company, headers=headers)
        assert created.status_code == 200, created.text
    ids = {"companyId": created.json()["id"], "userId": owner["id"]}
    with sandbox.serve() as base_url, requests.Session() as session:
        yield Served(sandbox, base_url, session, headers, ids)


@positive.parametrize()
def test_valid_agency_requests_get_documented_answers(case: schemathesis.Case, served: Served) -> None:
    operation_id = case.operation.definition.raw["operationId"]
    served.calls[operation_id] += 1
    served.sandbox.connect_agency()  # a generated disconnect must not starve the operations after it
    if served.calls[operation_id] % 2:
        parameters = case.path_parameters or {}
        case.path_parameters = {name: served.ids.get(name, value) for name, value in parameters.items()}
    response = case.call(base_url=served.base_url, session=served.session, headers=served.headers)
    case.validate_response(response)


@negative.parametrize()
def test_invalid_agency_requests_get_no_server_error(case: schemathesis.Case, served: Served) -> None:
    served.sandbox.connect_agency()
    response = case.call(base_url=served.base_url, session=served.session, headers=served.headers)
    case.validate_response(response)
