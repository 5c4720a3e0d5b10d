"""Recorded traffic (tests/cassettes/, ``make record``) replayed offline through the façade,
the scrubbing that makes cassettes safe to commit, and the contract check of scripts/."""

from __future__ import annotations

import asyncio
import copy
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
import yaml
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.request import Request

from bokio import AsyncBokio, AsyncBokioAgency, Bokio, Q, money
from bokio.sie import check_balanced
from bokio.testing.cassettes import (
    CANONICAL_BASE_URL,
    CANONICAL_CLIENT_ID,
    CANONICAL_COMPANY_ID,
    REDACTED,
    SECRET_FIELDS,
    SECRET_PARAMETERS,
    Scrubber,
    vcr_settings,
)
from tests.conftest import published_reference
from tests.contract.scenarios import AGENCY_ORGANIZATION_NUMBER, CONSULTING, SCENARIOS, Context

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "cassettes"
sys.path.insert(0, str(ROOT / "scripts"))
import check_cassettes  # noqa: E402

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
TOKEN_LIKE = re.compile(r"[A-Za-z0-9_~-]{24,}")


def replay_context() -> Context:
    client = Bokio(token="replay-token", company_id=CANONICAL_COMPANY_ID, base_url=CANONICAL_BASE_URL, max_retries=0)
    return Context(client, CANONICAL_BASE_URL, CANONICAL_CLIENT_ID, "replay-secret")


def interactions() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(CASSETTES.glob("*.yaml")):
        for number, interaction in enumerate(yaml.safe_load(path.read_text("utf-8"))["interactions"], start=1):
            yield f"{path.name}#{number}", interaction


# Replay -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """pytest-recording reads and (with ``--record-mode``) writes the cassettes here."""
    return str(CASSETTES)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """The SDK's scrubbing and matching; the record mode is pytest-recording's ``--record-mode`` (default none)."""
    return {key: value for key, value in vcr_settings().items() if key != "record_mode"}


@pytest.mark.vcr
@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=pytest.mark.default_cassette(f"{name}.yaml")) for name in sorted(SCENARIOS)]
)
def test_scenario_replays_offline_through_the_facade(name: str, vcr: Any) -> None:
    """Every request the façade makes today matches one recorded (method, URL, body), in order,
    and every recorded interaction is used: the regenerated client still speaks that traffic."""
    context = replay_context()
    with context.client:
        SCENARIOS[name](context)
    assert vcr.all_played, f"{name}: {len(vcr) - vcr.play_count} recorded requests were not made"


@pytest.mark.vcr
@pytest.mark.default_cassette("reference_data.yaml")
def test_the_async_client_replays_the_same_traffic(vcr: Any) -> None:
    """The generated async twins send what the sync resources sent (the reference_data scenario)."""

    async def scenario() -> None:
        client = AsyncBokio(
            token="replay-token", company_id=CANONICAL_COMPANY_ID, base_url=CANONICAL_BASE_URL, max_retries=0
        )
        async with client:
            assert (await client.company_information.get()).name
            assert any(account.account == 1930 for account in await client.chart_of_accounts.list())
            assert (await client.chart_of_accounts.get(1930)).account == 1930
            year = await client.fiscal_years.list(query=Q.status == "open").first()
            assert year is not None
            assert (await client.fiscal_years.get(year.id)).start_date == year.start_date
            check_balanced(await client.sie.get(year.id))

    asyncio.run(scenario())
    assert vcr.all_played


@pytest.mark.vcr
@pytest.mark.default_cassette("agency.yaml")
def test_the_async_agency_client_replays_the_agency_traffic() -> None:
    """AsyncBokioAgency (the unasync twins of the agency resources) sends what BokioAgency sent."""

    async def scenario() -> None:
        async with AsyncBokioAgency(
            CANONICAL_CLIENT_ID, "replay-secret", base_url=CANONICAL_BASE_URL, max_retries=0
        ) as integration:
            found = await integration.information.search(AGENCY_ORGANIZATION_NUMBER)
            assert found is not None
            assert (await integration.connections.create(found.id)).status.value == "active"
            assert (await integration.connections.create(found.id)).agency_id == found.id
            assert [c.agency_id async for c in integration.connections.list()] == [found.id]
            agency = integration.with_options(agency_id=found.id)
            assert (await agency.information.get()).organization_number == AGENCY_ORGANIZATION_NUMBER
            assert len([user async for user in agency.users.list()]) >= 2

    asyncio.run(scenario())


def test_every_scenario_has_its_cassette_and_manifest_entry() -> None:
    manifest = json.loads((CASSETTES / "manifest.json").read_text())
    assert {path.stem for path in CASSETTES.glob("*.yaml")} == set(SCENARIOS)
    assert set(manifest["cassettes"]) == set(SCENARIOS)
    for name, entry in manifest["cassettes"].items():
        recorded = yaml.safe_load((CASSETTES / f"{name}.yaml").read_text("utf-8"))["interactions"]
        assert entry["interactions"] == len(recorded) and entry["source"] in ("sandbox", "bokio")


@pytest.mark.vcr
@pytest.mark.default_cassette("items.yaml")
def test_a_changed_request_body_no_longer_matches_its_cassette() -> None:
    """Drift on our side shows too: the same call with another amount is not in the cassette."""
    with replay_context().client as client:
        changed = {k: v for k, v in CONSULTING.items() if k != "quantity"} | {"unitPrice": money.to_decimal("290.01")}
        with pytest.raises(CannotOverwriteExistingCassetteException):
            client.items.create(changed)


# Secrets ----------------------------------------------------------------------------------------


def _texts(interaction: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, text) for every textual part of an interaction; file bodies are bytes and skipped."""
    request, response = interaction["request"], interaction["response"]
    yield "uri", unquote(request["uri"])
    for side, headers in (("request", request["headers"]), ("response", response["headers"])):
        for name, values in headers.items():
            for value in values:
                yield f"{side} header {name}", unquote(value)
    for side, body in (("request", request["body"]), ("response", response["body"]["string"])):
        if isinstance(body, str):
            yield f"{side} body", body


def _secret_fields(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in SECRET_FIELDS:
                yield key, item
            yield from _secret_fields(item)
    elif isinstance(value, list):
        for item in value:
            yield from _secret_fields(item)


def test_no_secret_shaped_value_in_any_cassette() -> None:
    checked = 0
    for where, interaction in interactions():
        for part, text in _texts(interaction):
            checked += 1
            for token in TOKEN_LIKE.findall(text):
                mixed = re.search(r"[a-z]", token) and re.search(r"[A-Z]", token) and re.search(r"[0-9]", token)
                assert not (mixed and not UUID.match(token)), f"{where} {part}: secret-shaped {token[:6]}…"
            assert not re.search(r"eyJ[\w-]+\.", text), f"{where} {part}: a JWT"
        for name, values in {**interaction["request"]["headers"], **interaction["response"]["headers"]}.items():
            assert name.lower() not in ("cookie", "set-cookie"), where
            if name.lower() == "authorization":
                assert all(value.split(" ", 1)[1] == REDACTED for value in values), where
        request, response = interaction["request"], interaction["response"]
        urls = [request["uri"], *response["headers"].get("location", [])]
        for url in urls:
            for key, value in parse_qsl(urlsplit(url).query):
                assert key not in SECRET_PARAMETERS or value == REDACTED, f"{where}: {key} in a URL"
        for body in (request["body"], response["body"]["string"]):
            if not isinstance(body, str) or not body:
                continue
            if body.startswith("{"):
                fields, secret_names = list(_secret_fields(json.loads(body))), SECRET_FIELDS
            else:
                fields, secret_names = parse_qsl(body), SECRET_PARAMETERS
            for key, value in fields:
                assert key not in secret_names or value == REDACTED, f"{where}: {key} in a body"
    assert checked > 500


def _request(uri: str, body: bytes | str | None = None, **headers: str) -> Request:
    return Request("POST", uri, body, headers)


def test_scrubber_removes_every_kind_of_secret_and_makes_coordinates_canonical() -> None:
    company, client_id = "9c2d7a40-1111-4222-8333-444455556666", "7f1e0c3b-aaaa-4bbb-8ccc-ddddeeeeffff"
    scrubber = Scrubber(
        base_url="http://127.0.0.1:41234/v1", company_id=company, client_id=client_id, secrets=["s3cr3t-T0ken"]
    )
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
    form = _request(
        "http://127.0.0.1:41234/v1/token",
        f"grant_type=authorization_code&code=abc123&client_id={client_id}&client_secret=shh&refresh_token=r1",
        Authorization="Basic Zm9vOmJhcg==",
        **{"Content-Type": "application/x-www-form-urlencoded", "Cookie": "session=1", "User-Agent": "bokio"},
    )
    scrubbed = scrubber.request(form)
    assert scrubbed.uri == f"{CANONICAL_BASE_URL}/token"
    assert dict(parse_qsl(scrubbed.body.decode())) == {
        "grant_type": "authorization_code",
        "code": REDACTED,
        "client_id": CANONICAL_CLIENT_ID,
        "client_secret": REDACTED,
        "refresh_token": REDACTED,
    }
    assert dict(scrubbed.headers) == {
        "Authorization": f"Basic {REDACTED}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    assert form.body.startswith(b"grant_type=authorization_code&code=abc123"), "the live request is untouched"

    body = {"message": f"token s3cr3t-T0ken and {jwt} refused", "total": money.to_decimal("64609.50"), "token": "t"}
    json_request = _request(
        f"http://127.0.0.1:41234/v1/companies/{company}/invoices?code=x",
        money.dumps(body),
        **{"Content-Type": "application/json"},
    )
    scrubbed = scrubber.request(json_request)
    assert scrubbed.uri == f"{CANONICAL_BASE_URL}/companies/{CANONICAL_COMPANY_ID}/invoices?code={REDACTED}"
    text = scrubbed.body.decode()
    assert money.loads(text) == {
        "message": f"token {REDACTED} and {REDACTED} refused",
        "total": money.to_decimal("64609.50"),
        "token": REDACTED,
    }
    assert '"total":64609.50' in text, "amounts are written back exactly"
    error = _request(
        "http://127.0.0.1:41234/v1/x", b'{"code":"validation-error"}', **{"Content-Type": "application/json"}
    )
    assert scrubber.request(error).body == b'{"code":"validation-error"}', "Bokio's error code is no secret"

    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Content-Type": ["application/json"],
            "Set-Cookie": ["a=b"],
            "Server": ["kestrel"],
            "Location": ["https://app.example/cb?code=c0de&state=s"],
        },
        "body": {"string": b'{"access_token":"at","refresh_token":"rt","expires_in":3600,"amount":10.10}'},
    }
    scrubbed_response = scrubber.response(copy.deepcopy(response))
    assert set(scrubbed_response["headers"]) == {"Content-Type", "Location"}
    assert scrubbed_response["headers"]["Location"] == [f"https://app.example/cb?code={REDACTED}&state=s"]
    assert money.loads(scrubbed_response["body"]["string"]) == {
        "access_token": REDACTED,
        "refresh_token": REDACTED,
        "expires_in": 3600,
        "amount": money.to_decimal("10.10"),
    }
    assert b'"amount":10.10' in scrubbed_response["body"]["string"], "amounts are written back exactly"
    pdf = {**response, "headers": {"Content-Type": ["application/pdf"]}, "body": {"string": b"%PDF s3cr3t"}}
    assert scrubber.response(pdf)["body"]["string"] == b"%PDF s3cr3t", "file bytes are left as they are"


def test_multipart_bodies_match_whatever_the_boundary() -> None:
    from bokio.testing.cassettes import wire_body

    def multipart(boundary: str, content: bytes) -> Request:
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
                f"Content-Type: application/pdf\r\n\r\n"
            ).encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        return _request("http://x/v1/uploads", body, **{"Content-Type": f"multipart/form-data; boundary={boundary}"})

    wire_body(multipart("aaa", b"%PDF-1"), multipart("bbb", b"%PDF-1"))
    with pytest.raises(AssertionError):
        wire_body(multipart("aaa", b"%PDF-1"), multipart("aaa", b"%PDF-2"))


# The contract check -----------------------------------------------------------------------------


def test_contract_check_covers_every_operation_without_mismatch(capsys: pytest.CaptureFixture[str]) -> None:
    published = published_reference()
    assert check_cassettes.main([str(CASSETTES), "--published", str(published)]) == 0
    out = capsys.readouterr().out
    total = len(check_cassettes.operation_ids(check_cassettes.ours()))
    assert f"operations covered: {total}/{total}" in out and total == 111
    assert re.search(r"ours: \d+ cassettes, \d+ interactions, 0 mismatches", out), out
    assert re.search(r"published: .* 0 unexplained", out), out


def test_every_known_published_inconsistency_is_seen_and_nothing_else(tmp_path: Path) -> None:
    """Each entry of KNOWN_PUBLISHED explains at least one mismatch with Bokio's documents."""
    spec = check_cassettes.published(published_reference())
    assert spec is not None
    mismatches = check_cassettes.check_examples(spec)
    for path in sorted(CASSETTES.glob("*.yaml")):
        mismatches += check_cassettes.check_cassette(path, spec, set())
    used = {check_cassettes.explained(mismatch) for mismatch in mismatches}
    assert used - {None} == set(check_cassettes.KNOWN_PUBLISHED)
    assert None not in used, [str(m) for m in mismatches if check_cassettes.explained(m) is None]


def test_the_contract_check_fails_in_ci_without_the_published_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(SystemExit, match="published documents are missing"):
        check_cassettes.main([str(CASSETTES), "--published", str(tmp_path / "missing")])
    monkeypatch.delenv("CI")
    assert check_cassettes.main([str(CASSETTES / "items.yaml"), "--published", str(tmp_path / "missing")]) == 1
    assert "checked against our spec only" in capsys.readouterr().out


def _doctored(tmp_path: Path, change: Any) -> str:
    data = yaml.safe_load((CASSETTES / "customers.yaml").read_text("utf-8"))
    change(data["interactions"])
    path = tmp_path / "doctored.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    covered: set[str] = set()
    return "\n".join(map(str, check_cassettes.check_cassette(path, check_cassettes.ours(), covered)))


def test_contract_check_names_each_mismatch_by_operation_cassette_and_pointer(tmp_path: Path) -> None:
    def wrong_type(interactions: list[dict[str, Any]]) -> None:
        answer = json.loads(interactions[0]["response"]["body"]["string"])
        answer["address"]["postalCode"] = 12345
        interactions[0]["response"]["body"]["string"] = json.dumps(answer)

    assert _doctored(tmp_path, wrong_type) == (
        "ours createCustomer [doctored.yaml#1] response #/address/postalCode: 12345 is not of type 'string'"
    )

    def drift(interactions: list[dict[str, Any]]) -> None:
        interactions[2]["response"]["status"]["code"] = 409
        interactions[4]["request"]["uri"] = interactions[4]["request"]["uri"].replace("/customers/", "/clients/")

    report = _doctored(tmp_path, drift).splitlines()
    assert report[0].startswith("ours updateCustomer [doctored.yaml#3] response status: 409 is not a documented answer")
    assert report[1].startswith("ours ? [doctored.yaml#5] request path: Path not found for https://api.bokio.se/v1/")
    assert len(report) == 2

    def request_body(interactions: list[dict[str, Any]]) -> None:
        sent = json.loads(interactions[0]["request"]["body"])
        sent["id"] = "c8468e92-9c26-4678-8ba4-d027a9159731"
        sent["paymentTerms"] = 30
        interactions[0]["request"]["body"] = json.dumps(sent)

    assert _doctored(tmp_path, request_body).splitlines() == [
        # the request shape of a customer has no id at all (openapi/README.md: request and response shapes)
        "ours createCustomer [doctored.yaml#1] request #: Additional properties are not allowed ('id' was unexpected)",
        "ours createCustomer [doctored.yaml#1] request #/paymentTerms: 30 is not of type 'string'",
    ]


def test_contract_check_sees_a_field_the_published_documents_do_not_declare() -> None:
    """The example check of Bokio's documents: a field that only an example shows is reported."""
    document = {"components": {"schemas": {"Ref": {"type": "object", "properties": {"id": {"type": "string"}}}}}}
    schema = {
        "type": "object",
        "properties": {
            "refs": {"type": "array", "items": {"$ref": "#/components/schemas/Ref"}},
            "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    }
    example = {"refs": [{"id": "1", "fileName": "a.pdf"}], "metadata": {"anything": "x"}, "extra": 1}
    assert check_cassettes.undeclared_fields(document, schema, example) == ["extra", "refs[].fileName"]


@pytest.mark.parametrize(
    "content_type", ["application/problem+json", "application/vnd.bokio.v1+json; charset=utf-8", "application/xml"]
)
def test_scrubber_scrubs_json_of_every_media_type_and_xml(content_type: str) -> None:
    scrubber = Scrubber(secrets=["s3cr3t-T0ken"])
    body = (
        b"<error><token>s3cr3t-T0ken</token></error>"
        if content_type.endswith("xml")
        else b'{"title":"bad token s3cr3t-T0ken","refresh_token":"rt-1","detail":"x"}'
    )
    response = {"status": {"code": 400, "message": "Bad Request"}, "headers": {"Content-Type": [content_type]}}
    scrubbed = scrubber.response({**response, "body": {"string": body}})["body"]["string"]
    assert b"s3cr3t-T0ken" not in scrubbed and b"rt-1" not in scrubbed
    assert REDACTED.encode() in scrubbed
