"""A client made before fork() is safe in the child: its own connections, no inherited held locks.

Each test forks for real, against the sandbox served over loopback HTTP.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from bokio import Bokio, BokioError
from bokio.general import BokioGeneral
from bokio.testing import Sandbox

ITEM = {"itemType": "salesItem", "productType": "services", "unitType": "hour", "unitPrice": 290, "taxRate": 25}

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")


@pytest.fixture
def served() -> Iterator[tuple[Sandbox, str]]:
    sb = Sandbox(monthly_quota=None)
    with sb.serve() as base_url:
        yield sb, base_url


def in_child(work: Callable[[], int], timeout: float = 20.0) -> int:
    """Run ``work`` in a forked child; its result (0..255) as the exit status, or -1 if it hangs."""
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        status = 255
        try:
            status = work()
        finally:
            os._exit(status)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, wait_status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(wait_status)
        time.sleep(0.02)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return -1


def mixed_answers(client: Bokio, ids: list[str], seed: int, count: int = 200) -> int:
    """How many of ``count`` GETs of random items answered with another item than the one asked for."""
    chooser = random.Random(seed)
    wrong = 0
    for _ in range(count):
        wanted = chooser.choice(ids)
        if str(client.items.get(wanted).id) != wanted:
            wrong += 1
    return wrong


def test_parent_and_child_never_get_each_others_answers(served: tuple[Sandbox, str]) -> None:
    sb, base_url = served
    setup = sb.client()
    ids = [str(setup.items.create({**ITEM, "description": f"item {n}"}).id) for n in range(10)]
    client = Bokio(token=sb.token, company_id=sb.company_id, base_url=base_url, timeout=5, max_retries=0)
    client.items.get(ids[0])  # the parent now holds a pooled keep-alive connection

    def child() -> int:
        try:
            return min(mixed_answers(client, ids, seed=1), 100)
        except Exception:
            return 200

    pid_result: list[int] = []
    waiter = threading.Thread(target=lambda: pid_result.append(in_child(child)))
    waiter.start()  # the child runs while the parent keeps sending on its own connection
    parent_wrong = mixed_answers(client, ids, seed=2)
    waiter.join()
    assert parent_wrong == 0
    assert pid_result == [0]


def test_the_child_makes_its_own_connection_pool(served: tuple[Sandbox, str]) -> None:
    sb, base_url = served
    client = Bokio(token=sb.token, company_id=sb.company_id, base_url=base_url)
    parent_pool = client._http
    clone = client.with_options(timeout=7)

    def child() -> int:
        fresh = client._http
        if fresh is parent_pool or clone._http is not fresh:
            return 1
        return 0 if client.company_information.get().name == "Aurora Works AB" else 2

    assert in_child(child) == 0
    assert client._http is parent_pool  # the parent keeps its own


def test_a_given_http_client_is_refused_in_the_child(served: tuple[Sandbox, str]) -> None:
    """The SDK cannot remake a pool it was given: it says so instead of sharing the parent's."""
    sb, base_url = served
    client = Bokio(token=sb.token, company_id=sb.company_id, base_url=base_url, http_client=httpx.Client())

    def child() -> int:
        try:
            client.company_information.get()
        except BokioError as error:
            return 0 if "make the Bokio client (and its http_client) in the child" in str(error) else 1
        return 2

    assert in_child(child) == 0
    assert client.company_information.get().name == "Aurora Works AB"


def test_no_hang_when_forking_while_another_thread_holds_the_refresh_lock(served: tuple[Sandbox, str]) -> None:
    sb, base_url = served
    general = BokioGeneral(sb.client_id, sb.client_secret, base_url=base_url, timeout=5)
    holding, release = threading.Event(), threading.Event()

    def renewing() -> None:  # a thread in the middle of a token renewal when the fork happens
        with general.auth._lock:
            holding.set()
            release.wait()

    thread = threading.Thread(target=renewing)
    thread.start()
    holding.wait()
    try:
        # The child renews the token itself (its first request) and lists the connections.
        assert in_child(lambda: 0 if general.connections.list(tenant_id=sb.company_id).total_items >= 0 else 1) == 0
    finally:
        release.set()
        thread.join()


def test_no_hang_when_forking_while_another_thread_counts_a_request(served: tuple[Sandbox, str]) -> None:
    sb, base_url = served
    client = Bokio(token=sb.token, company_id=sb.company_id, base_url=base_url, timeout=5)
    holding, release = threading.Event(), threading.Event()

    def counting() -> None:  # a thread updating client.usage when the fork happens
        with client.usage._lock:
            holding.set()
            release.wait()

    thread = threading.Thread(target=counting)
    thread.start()
    holding.wait()
    try:
        assert in_child(lambda: 0 if client.company_information.get().name == "Aurora Works AB" else 1) == 0
    finally:
        release.set()
        thread.join()


def test_the_token_endpoint_makes_its_own_pool_in_the_child(served: tuple[Sandbox, str]) -> None:
    from bokio.oauth.auth import ClientCredentialsAuth

    sb, base_url = served
    auth = ClientCredentialsAuth(sb.client_id, sb.client_secret, base_url, timeout=5)
    assert "access_token" in auth._endpoint.send("client_credentials")  # the parent now holds a pooled connection
    parent_pool = auth._endpoint._client()

    def child() -> int:
        fresh = auth._endpoint._client()
        if fresh is parent_pool:
            return 1
        return 0 if "access_token" in auth._endpoint.send("client_credentials") else 2

    assert in_child(child) == 0
    assert auth._endpoint._client() is parent_pool  # the parent keeps its own


def test_a_given_token_endpoint_http_client_is_refused_in_the_child(served: tuple[Sandbox, str]) -> None:
    from bokio.oauth.auth import ClientCredentialsAuth

    sb, base_url = served
    given = httpx.Client(timeout=5)
    auth = ClientCredentialsAuth(sb.client_id, sb.client_secret, base_url, http_client=given)
    assert "access_token" in auth._endpoint.send("client_credentials")

    def child() -> int:
        try:
            auth._endpoint.send("client_credentials")
        except BokioError as error:
            return 0 if "make the Bokio client (and its http_client) in the child" in str(error) else 1
        return 2

    assert in_child(child) == 0
    assert "access_token" in auth._endpoint.send("client_credentials")
