"""Pacing against the sandbox's rolling rate-limit window (scaled down in time): no 429 is spent."""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import bokio
from bokio import AsyncBokio, Bokio, Pacing
from bokio import pacing as pacing_module
from bokio.testing.sandbox import Sandbox
from tests.conftest import COMPANY_ID, SALES_ITEM

# 100 requests per token in any 60 sandbox seconds, which last 0.3 real seconds.
LIMIT = 100
SCALE = 0.005
WINDOW = 60 * SCALE


def limited_sandbox() -> Sandbox:
    return Sandbox(rate_limit=LIMIT, rate_window=60, time_scale=SCALE, monthly_quota=None)


def run_threads(client: Bokio, requests: int, threads: int) -> None:
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda _: client.company_information.get(), range(requests)))


# The sandbox's window ------------------------------------------------------------------------


def test_sandbox_reports_the_window_on_every_answer_and_refuses_beyond_it() -> None:
    sb = Sandbox(rate_limit=3, rate_window=60, time_scale=0.01, monthly_quota=None)
    other_token = sb.add_token()
    with sb.serve() as base_url:
        http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {sb.token}"})
        path = f"/companies/{sb.company_id}/company-information"
        remaining = [http.get(path).headers["Bokio-RateLimit-Remaining"] for _ in range(3)]
        assert remaining == ["2", "1", "0"]
        refused = http.get(path)
        assert refused.status_code == 429 and refused.headers["Bokio-RateLimit-Limit"] == "3"
        assert 0 < float(refused.headers["Bokio-RateLimit-RetryAfter"]) <= 0.6
        # Per token: another token has its own window; errors carry the headers too.
        other = http.get(path, headers={"Authorization": f"Bearer {other_token}"})
        assert other.status_code == 200 and other.headers["Bokio-RateLimit-Remaining"] == "2"
        missing = http.get(f"{path}/../items/0b6c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e")
        assert missing.status_code == 429
        time.sleep(0.65)  # the window (0.6 s) moved on
        assert http.get(path).headers["Bokio-RateLimit-Remaining"] == "2"


# 500 requests, 0 answers of 429 --------------------------------------------------------------


def test_without_pacing_the_sandbox_window_is_exceeded() -> None:
    """The control: without pacing the sandbox answers 429, so the tests below can fail."""
    sb = Sandbox(rate_limit=LIMIT, rate_window=60, time_scale=0.05, monthly_quota=None)  # 100 per 3 s
    with sb.serve() as base_url, Bokio(token=sb.token, company_id=sb.company_id, base_url=base_url) as client:
        client.max_retries = 0
        with pytest.raises(bokio.RateLimitError):
            run_threads(client, 300, 4)
    assert client.usage.rate_limited >= 1


def test_500_requests_from_threads_through_a_pacing_client_meet_no_429() -> None:
    sb = limited_sandbox()
    with sb.serve() as base_url:
        client = Bokio(
            token=sb.token,
            company_id=sb.company_id,
            base_url=base_url,
            max_retries=0,  # a 429 would raise
            pacing=Pacing(LIMIT, per=WINDOW),
        )
        started = time.monotonic()
        with client:
            run_threads(client, 500, 6)
        elapsed = time.monotonic() - started
    assert client.usage.requests == 500 and client.usage.rate_limited == 0
    assert client.usage.limit == LIMIT
    assert elapsed >= 4 * WINDOW  # it did wait: 500 requests need at least 5 windows


def test_pacing_is_shared_by_every_client_of_the_token_in_the_process() -> None:
    sb = limited_sandbox()
    with sb.serve() as base_url:
        clients = [
            Bokio(
                token=sb.token, company_id=sb.company_id, base_url=base_url, max_retries=0, pacing=Pacing(LIMIT, WINDOW)
            )
            for _ in range(2)
        ]
        threads = [threading.Thread(target=run_threads, args=(client, 250, 3)) for client in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert [c.usage.requests for c in clients] == [250, 250] and [c.usage.rate_limited for c in clients] == [0, 0]


def test_remaining_spent_elsewhere_makes_the_client_wait_instead_of_spending_a_429() -> None:
    sb = Sandbox(rate_limit=LIMIT, rate_window=60, time_scale=0.025, monthly_quota=None)  # 100 per 1.5 s
    with sb.serve() as base_url:
        # Another process (not pacing, its own connection) spent most of the window just before.
        with sb.client() as elsewhere:
            for _ in range(LIMIT - 5):
                elsewhere.company_information.get()
        assert elsewhere.usage.remaining is not None and elsewhere.usage.remaining < 50
        started = time.monotonic()
        with Bokio(
            token=sb.token, company_id=sb.company_id, base_url=base_url, max_retries=0, pacing=Pacing(LIMIT, 1.5)
        ) as client:
            run_threads(client, 150, 4)
        elapsed = time.monotonic() - started
    assert client.usage.requests == 150 and client.usage.rate_limited == 0
    assert elapsed > 0.5  # it waited for the window to move on


def test_async_pacing_across_event_loops_does_not_block_the_loop() -> None:
    sb = limited_sandbox()
    clients: list[AsyncBokio] = []

    async def burst(base_url: str, count: int) -> int:
        ticks = 0
        done = False

        async def ticker() -> None:
            nonlocal ticks
            while not done:
                ticks += 1
                await asyncio.sleep(0.005)

        ticking = asyncio.create_task(ticker())
        semaphore = asyncio.Semaphore(10)
        # A client per event loop (its connections belong to the loop); the token's window is one.
        async with AsyncBokio(
            token=sb.token, company_id=sb.company_id, base_url=base_url, max_retries=0, pacing=Pacing(LIMIT, WINDOW)
        ) as client:
            clients.append(client)

            async def one() -> None:
                async with semaphore:
                    await client.company_information.get()

            await asyncio.gather(*(one() for _ in range(count)))
        done = True
        await ticking
        return ticks

    with sb.serve() as base_url:
        started = time.monotonic()
        first = asyncio.run(burst(base_url, 250))
        second = asyncio.run(burst(base_url, 250))  # a second event loop, right after the first
        elapsed = time.monotonic() - started
    assert [c.usage.requests for c in clients] == [250, 250] and [c.usage.rate_limited for c in clients] == [0, 0]
    assert elapsed >= 4 * WINDOW
    assert first > 20 and second > 20  # the loop kept running while requests waited


# The pieces ---------------------------------------------------------------------------------


def test_a_429_holds_back_every_request_of_the_token() -> None:
    answers = iter(
        [
            httpx.Response(429, headers={"Bokio-RateLimit-RetryAfter": "0.3", "Bokio-RateLimit-Remaining": "0"}),
            httpx.Response(200, json={"ok": True}),
        ]
    )
    sent: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(time.monotonic())
        return next(answers)

    token = "token-for-the-429-test"
    auth = pacing_module.PacedAuth(bokio.auth.BearerToken(token), Pacing(100, 60))
    with httpx.Client(transport=httpx.MockTransport(answer), auth=auth) as http:
        assert http.get("https://bokio.invalid/a").status_code == 429
        assert http.get("https://bokio.invalid/b").status_code == 200
    assert sent[1] - sent[0] >= 0.29


def test_windows_are_keyed_by_a_hash_never_by_the_token() -> None:
    token = "token-that-must-not-be-a-key"
    auth = pacing_module.PacedAuth(bokio.auth.BearerToken(token), Pacing())
    with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204)), auth=auth) as http:
        http.get("https://bokio.invalid/")
    digest = hashlib.sha256(f"Bearer {token}".encode()).hexdigest()
    assert digest in pacing_module._windows.by_key
    assert not any(token in key for key in pacing_module._windows.by_key)
    assert token not in repr(auth)


def test_pacing_option() -> None:
    client = Bokio(token="t", company_id=COMPANY_ID, pacing=True)
    assert client.pacing == Pacing(200, 60.0)
    assert client.with_options(timeout=3).pacing == Pacing(200, 60.0)
    assert client.with_options(pacing=False).pacing is None
    assert Bokio(token="t", company_id=COMPANY_ID).pacing is None
    with pytest.raises(ValueError):
        Pacing(0)
    with pytest.raises(ValueError):
        Pacing(10, per=0)
    with pytest.raises(TypeError):
        Bokio(token="t", company_id=COMPANY_ID, pacing="yes")  # type: ignore[arg-type]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
def test_a_child_forked_while_a_window_was_locked_can_still_send() -> None:
    auth = pacing_module.PacedAuth(bokio.auth.BearerToken("token-for-the-fork-test"), Pacing())
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204)), auth=auth)
    http.get("https://bokio.invalid/")
    window = pacing_module._windows.get(
        http.build_request("GET", "https://bokio.invalid/", headers={"Authorization": "Bearer token-for-the-fork-test"})
    )
    with pacing_module._windows.lock, window.lock:  # held by this thread at fork()
        pid = os.fork()
        if pid == 0:  # the child
            try:
                code = 0 if http.get("https://bokio.invalid/").status_code == 204 else 1
            finally:
                os._exit(code if "code" in dir() else 2)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail("the child hung on a lock held at fork()")


def test_agency_clients_take_pacing_and_share_usage_with_their_variants() -> None:
    from bokio.agency import AsyncBokioAgency, BokioAgency

    for cls in (BokioAgency, AsyncBokioAgency):
        agency = cls(
            "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "client-secret-value",
            agency_id="94425ec2-0f36-4200-822b-1d92d7f2f774",
            base_url="https://bokio.invalid/v1",
            pacing=Pacing(50, 10),
        )
        variant = agency.with_options(max_retries=0)
        assert variant.pacing == Pacing(50, 10) and variant.usage is agency.usage


class _RenewOn401(httpx.Auth):
    """Like OAuth's auth: on a 401, a new token and the request once more."""

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        request.headers["Authorization"] = "Bearer old-token-401-test"
        response = yield request
        if response.status_code == 401:
            request.headers["Authorization"] = "Bearer new-token-401-test"
            yield request


def test_a_re_send_inside_the_auth_flow_is_paced_under_its_own_token() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(401 if len(seen) == 1 else 200)

    with httpx.Client(
        transport=httpx.MockTransport(answer), auth=pacing_module.PacedAuth(_RenewOn401(), Pacing())
    ) as http:
        assert http.get("https://bokio.invalid/").status_code == 200
    assert seen == ["Bearer old-token-401-test", "Bearer new-token-401-test"]
    for token in ("old-token-401-test", "new-token-401-test"):
        key = hashlib.sha256(f"Bearer {token}".encode()).hexdigest()
        assert len(pacing_module._windows.by_key[key]._sent) == 1


def test_a_hostile_limit_cannot_make_the_window_grow_without_bound() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Bokio-RateLimit-Limit": "1000000000", "Bokio-RateLimit-Remaining": "-5"})

    token = "token-for-the-hostile-limit-test"
    auth = pacing_module.PacedAuth(bokio.auth.BearerToken(token), Pacing(10, 60))
    with httpx.Client(transport=httpx.MockTransport(answer), auth=auth) as http:
        http.get("https://bokio.invalid/")
    key = hashlib.sha256(f"Bearer {token}".encode()).hexdigest()
    assert len(pacing_module._windows.by_key[key]._sent) <= 10  # a negative Remaining is unreadable: ignored
    headers = {"Bokio-RateLimit-Limit": "1000000000", "Bokio-RateLimit-Remaining": "0"}
    window = pacing_module._windows.by_key[key]
    place = window.take(Pacing(10, 60), httpx.Request("GET", "https://bokio.invalid/"))
    window.answered(place, httpx.Response(200, headers=headers), Pacing(10, 60))
    assert len(window._sent) <= 2 + 10  # the two requests, and at most a window of what others spent


def test_general_api_clients_take_pacing_and_count_usage() -> None:
    from bokio.general import AsyncBokioGeneral, BokioGeneral

    sb = Sandbox()
    http = httpx.Client(transport=sb.transport())
    with BokioGeneral(sb.client_id, sb.client_secret, sb.base_url, http, pacing=True) as general:
        list(general.connections.list())
        # the token request the client made for its call, and the call
        assert general.usage.requests == 2 and general._core.pacing == Pacing()
    assert AsyncBokioGeneral(sb.client_id, sb.client_secret, sb.base_url).usage.requests == 0


# Pacing within the call's deadline -------------------------------------------------------------


def recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    """A transport answering every request with an item, and the requests it was sent."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=SALES_ITEM)

    return sent, httpx.MockTransport(answer)


def test_a_pacing_wait_past_the_deadline_raises_the_deadline_timeout_without_sending() -> None:
    """1 request a minute: the second call would wait ~60 s, past its 1 s deadline."""
    sent, transport = recorder()
    http = httpx.Client(transport=transport)
    client = Bokio(
        token="token-for-the-deadline-test", company_id=COMPANY_ID, http_client=http, pacing=Pacing(1, 60), deadline=1
    )
    client.items.get(SALES_ITEM["id"])
    started = time.monotonic()
    with pytest.raises(bokio.APITimeoutError, match="deadline of 1 s"):
        client.items.get(SALES_ITEM["id"])
    assert time.monotonic() - started < 0.5  # refused at once, not after sleeping the deadline away
    assert len(sent) == 1
    assert client.usage.requests == 1


def test_a_pacing_wait_within_the_deadline_is_waited_and_cuts_the_timeouts() -> None:
    sent, transport = recorder()
    http = httpx.Client(transport=transport)
    client = Bokio(
        token="token-for-the-deadline-wait-test",
        company_id=COMPANY_ID,
        http_client=http,
        pacing=Pacing(1, 0.4),
        deadline=2.0,
        timeout=30,
    )
    client.items.get(SALES_ITEM["id"])
    started = time.monotonic()
    client.items.get(SALES_ITEM["id"])
    assert time.monotonic() - started >= 0.35
    assert len(sent) == 2
    # the second attempt's timeouts are what the wait left of the 2 s deadline
    assert all(value is not None and value <= 1.7 for value in sent[1].extensions["timeout"].values())


def test_an_async_pacing_wait_past_the_deadline_raises_without_sending() -> None:
    sent, transport = recorder()

    async def main() -> None:
        http = httpx.AsyncClient(transport=transport)
        client = AsyncBokio(
            token="token-for-the-async-deadline-test",
            company_id=COMPANY_ID,
            http_client=http,
            pacing=Pacing(1, 60),
            deadline=1.0,
        )
        await client.items.get(SALES_ITEM["id"])
        started = time.monotonic()
        with pytest.raises(bokio.APITimeoutError):
            await client.items.get(SALES_ITEM["id"])
        assert time.monotonic() - started < 0.5

    asyncio.run(main())
    assert len(sent) == 1
