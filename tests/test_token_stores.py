"""Token stores: the conformance suite for the included stores, and how a client lives with a broken store."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import attrs
import httpx
import pytest

from bokio import Bokio, BokioError, FileTokenStore, MemoryTokenStore, OAuthApp, TokenSet, TokenStoreError
from bokio.testing import Sandbox
from bokio.testing.token_store_conformance import TokenStoreConformance, token_set
from bokio.token_store import AsyncUpdateStep


class TestMemoryTokenStore(TokenStoreConformance):
    def setup_method(self) -> None:
        super().setup_method()
        self.store = MemoryTokenStore()

    def open_store(self) -> MemoryTokenStore:
        return self.store  # one process: every "handle" is the same dict


class TestFileTokenStore(TokenStoreConformance):
    @pytest.fixture(autouse=True)
    def _directory(self, tmp_path: Path) -> None:
        self.path = tmp_path / "tokens.json"

    def open_store(self) -> FileTokenStore:
        return FileTokenStore(self.path)  # a new handle: its own lock, as another process has


# ---------------------------------------------------------------------------------------------
# FileTokenStore
# ---------------------------------------------------------------------------------------------


def test_lock_file_symlink_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "precious"
    target.write_text("do not touch")
    (tmp_path / "tokens.json.lock").symlink_to(target)
    with pytest.raises(TokenStoreError, match="cannot lock the token store"):
        FileTokenStore(tmp_path / "tokens.json").save("t", token_set("t"))
    assert target.read_text() == "do not touch" and not (tmp_path / "tokens.json").exists()


def test_waiting_for_the_lock_is_bounded(tmp_path: Path) -> None:
    from filelock import FileLock

    path = tmp_path / "tokens.json"
    with FileLock(str(path) + ".lock"), pytest.raises(TokenStoreError, match=r"stayed locked for 0\.2 s"):
        FileTokenStore(path, lock_timeout=0.2).update("t", lambda stored: token_set("t"))


@pytest.mark.parametrize(
    "content", ['{"version": 1, "token_sets": {"t": {"access_token": "AT-leak"', "[]", '{"token_sets": ["AT-leak"]}']
)
def test_a_corrupted_file_is_a_clear_error_and_never_overwritten(tmp_path: Path, content: str) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(content)
    store = FileTokenStore(path)
    for attempt in (
        lambda: store.load("t"),
        lambda: store.save("t", token_set("t")),
        lambda: store.update("t", lambda stored: token_set("t")),
    ):
        with pytest.raises(TokenStoreError, match=r"tokens\.json") as raised:
            attempt()
        assert isinstance(raised.value, BokioError) and "AT-leak" not in str(raised.value)
        error = raised.value
        assert error.__cause__ is None and (error.__suppress_context__ or error.__context__ is None)
    assert path.read_text() == content


def test_a_malformed_token_set_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text('{"version": 1, "token_sets": {"t": {"access_token": "AT-leak"}, "u": 5}}')
    store = FileTokenStore(path)
    for key in ("t", "u"):
        with pytest.raises(TokenStoreError, match=f"the token set under '{key}' is malformed") as raised:
            store.update(key, lambda stored: token_set("x"))
        assert "AT-leak" not in str(raised.value)
    store.save("t", token_set("t"))  # replacing one tenant's malformed entry is allowed
    assert store.load("t") is not None


# ---------------------------------------------------------------------------------------------
# A client and its store
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def sandbox() -> Iterator[tuple[Sandbox, OAuthApp]]:
    sandbox = Sandbox(monthly_quota=None)
    with (
        sandbox.serve() as base_url,
        OAuthApp(sandbox.client_id, sandbox.client_secret, "http://127.0.0.1/cb", base_url=base_url) as app,
    ):
        yield sandbox, app


def connect(app: OAuthApp) -> TokenSet:
    url, state = app.authorization_url(["company-information:read"])
    location = httpx.get(url).headers["Location"]
    return app.exchange_code(app.parse_callback(location, expected_state=state))


def refreshes(sandbox: Sandbox) -> list[str]:
    return [outcome for grant, outcome in sandbox.token_requests if grant == "refresh_token"]


def corrupt(path: Path) -> None:
    path.write_text("{ not json")


def test_a_corrupted_store_does_not_stop_a_process_holding_a_valid_token(
    sandbox: tuple[Sandbox, OAuthApp], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sb, app = sandbox
    path = tmp_path / "tokens.json"
    store = FileTokenStore(path)
    token_set = connect(app)
    # Due for a refresh (inside the 60 s leeway) but still valid for 30 s.
    due = attrs.evolve(token_set, expires_at=datetime.now(UTC) + timedelta(seconds=30))
    store.save(sb.company_id, due)
    corrupt(path)
    with app.company_client(due, store=store) as client, caplog.at_level(logging.WARNING, "bokio"):
        for _ in range(3):
            assert client.company_information.get().id
    assert refreshes(sb) == []  # no refresh without the lock and the stored state
    assert "token store failed" in caplog.text and token_set.access_token not in caplog.text

    expired = attrs.evolve(token_set, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    with app.company_client(expired, store=store) as client, pytest.raises(TokenStoreError, match="fix or remove"):
        client.company_information.get()
    assert refreshes(sb) == []

    path.unlink()  # repaired: the next request refreshes and saves
    with app.company_client(expired, store=store) as client:
        client.company_information.get()
    assert refreshes(sb) == ["ok"] and store.load(sb.company_id) is not None


def test_a_failed_save_keeps_the_refreshed_tokens_in_memory(
    sandbox: tuple[Sandbox, OAuthApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sb, app = sandbox
    store = FileTokenStore(tmp_path / "tokens.json")
    expired = attrs.evolve(connect(app), expires_at=datetime.now(UTC) - timedelta(seconds=1))
    store.save(sb.company_id, expired)

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    with app.company_client(expired, store=store) as client, caplog.at_level(logging.ERROR, "bokio"):
        monkeypatch.setattr(os, "fsync", full)
        client.company_information.get()  # refreshed; saving failed
        monkeypatch.undo()
        client.company_information.get()
    assert refreshes(sb) == ["ok"]  # the rotated refresh token was kept, not lost
    assert "could not save the refreshed tokens" in caplog.text and "No space left" in caplog.text


def test_invalid_grant_rereads_the_store_before_reporting(sandbox: tuple[Sandbox, OAuthApp], tmp_path: Path) -> None:
    """A token set saved outside the lock (a re-authorization) while a refresh was refused is used."""
    sb, app = sandbox
    store = FileTokenStore(tmp_path / "tokens.json")
    first = connect(app)
    expired = attrs.evolve(first, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    store.save(sb.company_id, expired)
    app.refresh(first)  # someone spends the refresh token behind the store's back
    reauthorized = connect(app)

    class ReauthorizedDuringRefresh(FileTokenStore):
        def update(self, key, step):  # type: ignore[no-untyped-def]
            try:
                return super().update(key, step)
            finally:
                self.save(key, reauthorized)

    auth = app.auth(expired, ReauthorizedDuringRefresh(tmp_path / "tokens.json"))
    with Bokio(company_id=sb.company_id, base_url=app.base_url, auth=auth) as client:
        assert client.company_information.get().id
    assert auth.token_set == reauthorized
    assert refreshes(sb) == ["ok", "invalid_grant"]


def test_a_store_without_update_is_refused(sandbox: tuple[Sandbox, OAuthApp]) -> None:
    class LoadSaveOnly:
        def load(self, key: str) -> TokenSet | None:
            return None

        def save(self, key: str, token_set: TokenSet) -> None:
            pass

    with pytest.raises(TypeError, match="load, save and update"):
        sandbox[1].auth(token_set("t"), LoadSaveOnly())  # type: ignore[arg-type]


def test_async_client_runs_the_store_off_the_event_loop(sandbox: tuple[Sandbox, OAuthApp], tmp_path: Path) -> None:
    sb, app = sandbox
    loop_thread: list[int] = []
    store_threads: list[int] = []

    class Watched(FileTokenStore):
        def update(self, key, step):  # type: ignore[no-untyped-def]
            import threading

            store_threads.append(threading.get_ident())
            return super().update(key, step)

    store = Watched(tmp_path / "tokens.json")
    expired = attrs.evolve(connect(app), expires_at=datetime.now(UTC) - timedelta(seconds=1))
    store.save(sb.company_id, expired)

    async def main() -> None:
        import threading

        loop_thread.append(threading.get_ident())
        async with app.async_company_client(expired, store=store) as client:
            await asyncio.gather(*(client.company_information.get() for _ in range(20)))

    asyncio.run(main())
    assert refreshes(sb) == ["ok"] and len(store_threads) == 1 and store_threads[0] != loop_thread[0]
    stored = FileTokenStore(tmp_path / "tokens.json").load(sb.company_id)
    assert stored is not None and stored.access_token != expired.access_token


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
@pytest.mark.parametrize("kind", ["memory", "file"])
def test_a_child_forked_during_a_refresh_does_not_inherit_the_held_lock(tmp_path: Path, kind: str) -> None:
    import time

    store = MemoryTokenStore() if kind == "memory" else FileTokenStore(tmp_path / "tokens.json")
    inside, release = threading.Event(), threading.Event()

    def slow(current: TokenSet | None) -> TokenSet:
        inside.set()
        release.wait(10)
        return token_set("t", 1)

    holder = threading.Thread(target=lambda: store.update("t", slow), daemon=True)
    holder.start()
    assert inside.wait(10)
    pid = os.fork()
    if pid == 0:  # the child: the thread holding the lock does not exist here
        status = 1
        try:
            store.update("t", lambda current: token_set("t", 2))  # a file store waits for the parent's release
            status = 0
        finally:
            os._exit(status)
    time.sleep(0.3)
    release.set()
    holder.join(10)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done, wait_status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(wait_status) == 0
            return
        time.sleep(0.02)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    raise AssertionError("the forked child hung on the store's lock")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_refused_client_picks_up_a_new_authorization_from_the_store(
    sandbox: tuple[Sandbox, OAuthApp], mode: str
) -> None:
    """After invalid_grant a client fails at once, without asking Bokio again, until the store holds a
    new authorization (the company was connected again through the web app): then it uses that."""
    from bokio import InvalidGrantError

    sb, app = sandbox
    store = MemoryTokenStore()
    first = connect(app)
    expired = attrs.evolve(first, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    store.save(sb.company_id, expired)
    app.refresh(first)  # spent elsewhere: the sandbox revokes the whole authorization when it comes back

    if mode == "sync":
        with app.company_client(expired, store=store) as client:
            for _ in range(2):
                with pytest.raises(InvalidGrantError):
                    client.company_information.get()
            assert refreshes(sb) == ["ok", "invalid_grant"]  # the second failure asked Bokio nothing
            store.save(sb.company_id, connect(app))
            assert client.company_information.get().id
        return

    async def main() -> None:
        async with app.async_company_client(expired, store=store) as client:
            for _ in range(2):
                with pytest.raises(InvalidGrantError):
                    await client.company_information.get()
            assert refreshes(sb) == ["ok", "invalid_grant"]
            store.save(sb.company_id, connect(app))
            assert (await client.company_information.get()).id

    asyncio.run(main())


# ---------------------------------------------------------------------------------------------
# The asyncio side: an async client never waits for a store on its event loop
# ---------------------------------------------------------------------------------------------


def test_an_async_client_runs_every_call_of_a_blocking_store_in_a_worker_thread(
    sandbox: tuple[Sandbox, OAuthApp], tmp_path: Path
) -> None:
    """update and load (the re-read after a refusal) run off the loop, which stays free meanwhile."""
    sb, app = sandbox
    first = connect(app)
    expired = attrs.evolve(first, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    app.refresh(first)  # the refresh token is spent: the refresh is refused, then the store is re-read
    reauthorized = connect(app)
    calls: list[tuple[str, int]] = []
    loop_ran = threading.Event()

    class Blocking(FileTokenStore):
        def load(self, key: str) -> TokenSet | None:
            calls.append(("load", threading.get_ident()))
            return super().load(key)

        def save(self, key: str, token_set: TokenSet) -> None:
            calls.append(("save", threading.get_ident()))
            super().save(key, token_set)

        def update(self, key, step):  # type: ignore[no-untyped-def]
            calls.append(("update", threading.get_ident()))
            # Blocks until a task on the event loop runs: it never would if this ran on the loop.
            assert loop_ran.wait(10), "the store blocked the event loop"
            try:
                return super().update(key, step)
            finally:
                super().save(key, reauthorized)  # a new authorization arrives meanwhile

    store = Blocking(tmp_path / "tokens.json")
    FileTokenStore(store.path).save(sb.company_id, expired)

    async def main() -> int:
        async def other_work() -> None:
            await asyncio.sleep(0.05)
            loop_ran.set()

        worker = asyncio.create_task(other_work())
        async with app.async_company_client(expired, store=store) as client:
            assert (await client.company_information.get()).id
            await worker
        return threading.get_ident()

    loop_thread = asyncio.run(main())
    assert [name for name, _ in calls] == ["update", "load"]
    assert all(thread != loop_thread for _, thread in calls)
    assert refreshes(sb) == ["ok", "invalid_grant"]


def test_an_async_client_awaits_an_async_store_on_its_loop(sandbox: tuple[Sandbox, OAuthApp]) -> None:
    """A store with only the asyncio side is awaited directly; a sync client cannot use it."""
    sb, app = sandbox
    expired = attrs.evolve(connect(app), expires_at=datetime.now(UTC) - timedelta(seconds=1))
    threads: list[int] = []

    class AsyncOnly:
        def __init__(self) -> None:
            self.token_sets: dict[str, TokenSet] = {}
            self.lock = asyncio.Lock()

        async def async_load(self, key: str) -> TokenSet | None:
            return self.token_sets.get(key)

        async def async_save(self, key: str, token_set: TokenSet) -> None:
            self.token_sets[key] = token_set

        async def async_update(self, key: str, step: AsyncUpdateStep) -> TokenSet:
            threads.append(threading.get_ident())
            async with self.lock:
                result = await step(self.token_sets.get(key))
                self.token_sets[key] = result
                return result

    store = AsyncOnly()
    store.token_sets[sb.company_id] = expired

    async def main() -> int:
        async with app.async_company_client(expired, store=store) as client:
            await asyncio.gather(*(client.company_information.get() for _ in range(10)))
        return threading.get_ident()

    assert threads == [asyncio.run(main())]  # one refresh, on the loop's own thread
    assert store.token_sets[sb.company_id].access_token != expired.access_token
    assert refreshes(sb) == ["ok"]
    with (
        app.company_client(expired, store=store) as client,  # type: ignore[arg-type]
        pytest.raises(TypeError, match="only an asyncio side"),
    ):
        client.company_information.get()


def test_the_memory_store_serves_async_clients_with_its_own_async_side(sandbox: tuple[Sandbox, OAuthApp]) -> None:
    sb, app = sandbox
    expired = attrs.evolve(connect(app), expires_at=datetime.now(UTC) - timedelta(seconds=1))

    class NoSyncUpdate(MemoryTokenStore):
        def update(self, key, step):  # type: ignore[no-untyped-def]
            raise AssertionError("an async client used the sync side")

    store = NoSyncUpdate()
    store.save(sb.company_id, expired)

    async def main() -> None:
        async with app.async_company_client(expired, store=store) as client:
            await asyncio.gather(*(client.company_information.get() for _ in range(10)))

    asyncio.run(main())
    saved = store.load(sb.company_id)
    assert saved is not None and saved.access_token != expired.access_token
    assert refreshes(sb) == ["ok"]
