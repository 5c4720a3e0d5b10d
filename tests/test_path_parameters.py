"""No id can move a request to another operation: every path parameter is checked before sending.

Each façade method of every Company API operation is called with hostile ids in each of its id
parameters in turn. Either the call is refused with ValidationError and nothing is sent, or the
request that goes out stays on the operation's own path (method and path template).
"""

from __future__ import annotations

import inspect
import uuid
from typing import Any

import httpx
import pytest
from bokio_company_api.request import InvalidParameterError, path_int, path_uuid

from bokio import Bokio, BokioError, ValidationError
from bokio.pagination import Pager
from tests.conftest import COMPANY_ID, TOKEN
from tests.test_facade_coverage import COMPANY_OPERATIONS, ID, arguments, find, path_pattern, response

HOSTILE_IDS = [
    "",
    ".",
    "..",
    "a/..",
    "../..",
    "%2e%2e",
    "%2E%2E%2F",
    "．．",  # fullwidth full stops
    "\u2024\u2024",  # one dot leaders
    "。。",  # ideographic full stops
    f"{ID}/..",
    f"{ID}/../..",
    f"{ID}?page=2",
    f"{ID}#x",
    f"{ID}\r\nX-Injected: 1",
    "\x00",
    "\t",
    " " + ID,
    ID + "\n",
    "a" * 70_000,
    f"{{{ID}}}/..",
]
HOSTILE_ACCOUNTS: list[Any] = [-1, 2**31, 2**70, True, "1930", "..", 1930.0]


def _id_parameters(method: Any) -> list[str]:
    return [
        name
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.default is parameter.empty and parameter.kind is not parameter.KEYWORD_ONLY
        if name.endswith("_id") or name == "account"
    ]


@pytest.mark.parametrize("module", sorted(COMPANY_OPERATIONS), ids=lambda m: m.rsplit(".", 1)[1])
def test_hostile_ids_are_refused_or_stay_on_their_operation(module: str) -> None:
    facts = COMPANY_OPERATIONS[module]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return response(facts)

    names = _id_parameters(find(Bokio(token=TOKEN, company_id=COMPANY_ID), facts["facade_method"]))
    pattern = path_pattern(facts["path"])
    # The company id too, as if the client's attribute had been changed after it was checked.
    cases = [("company_id", value) for value in HOSTILE_IDS]
    for name in names:
        cases += [(name, value) for value in (HOSTILE_ACCOUNTS if name == "account" else HOSTILE_IDS)]
    for name, value in cases:
        client = Bokio(
            token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(handler))
        )
        method = find(client, facts["facade_method"])
        args, kwargs = arguments(method, facts)
        if name == "company_id":
            client.company_id = value
        else:
            args[list(inspect.signature(method).parameters).index(name)] = value
        sent.clear()
        try:
            result = method(*args, **kwargs)
            if isinstance(result, Pager):
                list(result)
        except ValidationError as error:
            assert sent == [], f"{facts['operation_id']}({name}={value!r}) sent a request"
            assert error.errors and error.errors[0].field in str(error)
            continue
        # Accepted: only a value that spells a valid id may get here, and the request keeps its path.
        assert sent, f"{facts['operation_id']}({name}={value!r}) neither refused nor sent"
        for request in sent:
            assert request.method == facts["method"]
            assert pattern.match(request.url.path), (facts["operation_id"], name, value, request.url.path)


def test_uuid_ids_are_sent_in_their_canonical_form() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    spelled = ["{" + ID.upper() + "}", "urn:uuid:" + ID, ID.replace("-", ""), uuid.UUID(ID)]
    for value in spelled:
        client.customers.delete(value)
    assert [request.url.path for request in sent] == [f"/v1/companies/{COMPANY_ID}/customers/{ID}"] * len(spelled)


@pytest.mark.parametrize("company_id", ["..", "", ".", "%2e%2e", "a/..", "not-a-uuid", f"{COMPANY_ID}/.."])
def test_the_company_id_is_checked_when_the_client_is_built(company_id: str) -> None:
    with pytest.raises(BokioError):
        Bokio(token=TOKEN, company_id=company_id)


def test_the_company_id_is_kept_in_canonical_form() -> None:
    assert Bokio(token=TOKEN, company_id=COMPANY_ID.upper()).company_id == COMPANY_ID
    assert Bokio(token=TOKEN, company_id=uuid.UUID(COMPANY_ID)).company_id == COMPANY_ID


def test_the_checks_themselves() -> None:
    assert path_uuid(ID.upper(), "x") == ID
    assert path_int(1930, "account", 0, 2**31 - 1) == "1930"
    for bad in ["..", "", ID + "/.."]:
        with pytest.raises(InvalidParameterError, match="x: must be a UUID"):
            path_uuid(bad, "x")
    with pytest.raises(InvalidParameterError):
        path_uuid(5, "x")  # type: ignore[arg-type]
    for number in [True, -1, 2**31, "1930"]:
        with pytest.raises(InvalidParameterError):
            path_int(number, "account", 0, 2**31 - 1)  # type: ignore[arg-type]
    assert issubclass(InvalidParameterError, ValueError)
