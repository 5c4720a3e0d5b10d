"""A conformance suite for :class:`~bokio.token_store.TokenStore` implementations, for pytest.

Subclass :class:`TokenStoreConformance` in a test module of your project, name the subclass
``Test…`` and say how to open your store; pytest then runs every check below against it::

    from bokio.testing.token_store_conformance import TokenStoreConformance

    class TestRedisTokenStore(TokenStoreConformance):
        def open_store(self):
            return RedisTokenStore(redis.Redis(), prefix=self.namespace)

``open_store`` is called once per check for an empty store, then again inside the check for
more handles on the *same* storage, the way separate processes would open it: give each
handle its own connections and locks (an in-memory store returns the same object).
``namespace`` is fresh for every check: derive a file name, table name or key prefix from it.

The ``test_async_…`` checks run the store's asyncio side, what async clients use: its own
(:class:`~bokio.token_store.AsyncTokenStore`) or, for a store without one, its methods in a
worker thread (:func:`~bokio.token_store.async_side`). They run their own event loops, so they
need no pytest plugin.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta

from bokio.oauth import TokenSet
from bokio.token_store import AsyncTokenStore, TokenStore, async_side

__all__ = ["TokenStoreConformance", "token_set"]


def token_set(tenant: str, n: int = 0, *, seconds: float = 3600) -> TokenSet:
    """A made-up token set of ``tenant``; ``n`` tells generations apart."""
    return TokenSet(
        tenant_id=tenant,
        tenant_type="company",
        connection_id=str(uuid.uuid5(uuid.NAMESPACE_URL, tenant)),
        access_token=f"AT-{n}-{uuid.uuid4().hex}",
        refresh_token=f"RT-{n}-{uuid.uuid4().hex}",
        expires_at=datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=seconds),
        scopes=("invoices:read", "company-information:read"),
    )


def _generation(token_set: TokenSet | None) -> int:
    return -1 if token_set is None else int(token_set.access_token.split("-")[1])


class _Boom(Exception):
    pass


class TokenStoreConformance:
    """The checks every token store passes. Override :meth:`open_store`."""

    namespace: str = ""
    threads = 6
    """Handles refreshing the same key at once in the concurrency checks."""

    def open_store(self) -> TokenStore:
        """A handle on this check's storage (empty at the first call)."""
        raise NotImplementedError("override open_store() to return a handle on your token store")

    def open_async_store(self) -> AsyncTokenStore:
        """The asyncio side of a new handle, as async clients see it."""
        return async_side(self.open_store())

    def setup_method(self) -> None:
        self.namespace = uuid.uuid4().hex[:12]
        self.tenant = str(uuid.uuid4())

    # load and save -------------------------------------------------------------------------

    def test_is_a_token_store(self) -> None:
        assert isinstance(self.open_store(), TokenStore)

    def test_load_of_an_unknown_key_is_none(self) -> None:
        assert self.open_store().load(self.tenant) is None

    def test_save_then_load_gives_every_field_back(self) -> None:
        store = self.open_store()
        saved = token_set(self.tenant)
        store.save(self.tenant, saved)
        loaded = store.load(self.tenant)
        assert loaded == saved, "load must give back what save stored, every field"
        assert loaded is not None and loaded.expires_at.tzinfo is not None

    def test_save_replaces_and_keys_are_independent(self) -> None:
        store, other = self.open_store(), str(uuid.uuid4())
        store.save(self.tenant, token_set(self.tenant, 1))
        store.save(other, token_set(other, 7))
        replaced = token_set(self.tenant, 2)
        store.save(self.tenant, replaced)
        assert store.load(self.tenant) == replaced
        assert _generation(store.load(other)) == 7

    def test_another_handle_sees_a_save_at_once(self) -> None:
        first, second = self.open_store(), self.open_store()
        assert second.load(self.tenant) is None
        saved = token_set(self.tenant, 3)
        first.save(self.tenant, saved)
        assert second.load(self.tenant) == saved, "a handle must not serve a cached copy"
        newer = token_set(self.tenant, 4)
        second.save(self.tenant, newer)
        assert first.load(self.tenant) == newer

    def test_repr_shows_no_token(self) -> None:
        store = self.open_store()
        saved = token_set(self.tenant)
        store.save(self.tenant, saved)
        assert saved.access_token not in repr(store) and str(saved.refresh_token) not in repr(store)

    # the locked refresh step ---------------------------------------------------------------

    def test_update_passes_the_current_token_set_and_keeps_the_result(self) -> None:
        store = self.open_store()
        current = token_set(self.tenant, 1)
        store.save(self.tenant, current)
        fresh = token_set(self.tenant, 2)
        seen: list[TokenSet | None] = []

        def step(stored: TokenSet | None) -> TokenSet:
            seen.append(stored)
            return fresh

        assert store.update(self.tenant, step) == fresh
        assert seen == [current]
        assert self.open_store().load(self.tenant) == fresh

    def test_update_of_an_unknown_key_passes_none(self) -> None:
        store = self.open_store()
        fresh = token_set(self.tenant, 1)
        seen: list[TokenSet | None] = []

        def step(stored: TokenSet | None) -> TokenSet:
            seen.append(stored)
            return fresh

        assert store.update(self.tenant, step) == fresh
        assert seen == [None] and store.load(self.tenant) == fresh

    def test_update_returning_the_current_token_set_keeps_it(self) -> None:
        store = self.open_store()
        current = token_set(self.tenant, 5)
        store.save(self.tenant, current)
        assert store.update(self.tenant, lambda stored: stored or token_set(self.tenant, 9)) == current
        assert store.load(self.tenant) == current

    def test_a_failing_step_saves_nothing_and_releases_the_lock(self) -> None:
        store = self.open_store()
        current = token_set(self.tenant, 1)
        store.save(self.tenant, current)
        error = _Boom("the token endpoint refused")

        def failing(stored: TokenSet | None) -> TokenSet:
            raise error

        try:
            store.update(self.tenant, failing)
        except _Boom as raised:
            assert raised is error, "the step's exception must propagate unchanged"
        else:
            raise AssertionError("update swallowed the step's exception")
        assert store.load(self.tenant) == current
        finished = threading.Event()

        def update_again() -> None:
            self.open_store().update(self.tenant, lambda stored: token_set(self.tenant, 2))
            finished.set()

        threading.Thread(target=update_again, daemon=True).start()
        assert finished.wait(10), "the key stayed locked after a failing step"
        assert _generation(store.load(self.tenant)) == 2

    def test_update_is_exclusive_across_handles(self) -> None:
        """Handles updating one key at once take turns, each seeing the previous one's result."""
        self.open_store().save(self.tenant, token_set(self.tenant, 0))
        active, overlaps = [0], [0]
        seen: list[int] = []
        guard = threading.Lock()
        start = threading.Barrier(self.threads)
        failures: list[BaseException] = []

        def step(stored: TokenSet | None) -> TokenSet:
            with guard:
                active[0] += 1
                overlaps[0] = max(overlaps[0], active[0])
                seen.append(_generation(stored))
            time.sleep(0.02)  # a token request takes a while
            with guard:
                active[0] -= 1
            return token_set(self.tenant, _generation(stored) + 1)

        def worker() -> None:
            try:
                store = self.open_store()
                start.wait(10)
                store.update(self.tenant, step)
            except BaseException as error:
                failures.append(error)

        workers = [threading.Thread(target=worker, daemon=True) for _ in range(self.threads)]
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join(60)
        assert not failures, failures
        assert overlaps[0] == 1, "two steps ran at once for the same key"
        assert sorted(seen) == list(range(self.threads)), "a step did not see the previous step's result"
        assert _generation(self.open_store().load(self.tenant)) == self.threads

    def test_a_waiting_handle_reads_the_token_set_saved_while_it_waited(self) -> None:
        """The single-flight contract: the waiter sees the fresh token set and need not refresh."""
        first, second = self.open_store(), self.open_store()
        stale = token_set(self.tenant, 1)
        first.save(self.tenant, stale)
        fresh = token_set(self.tenant, 2)
        inside, release = threading.Event(), threading.Event()

        def slow_refresh(stored: TokenSet | None) -> TokenSet:
            inside.set()
            assert release.wait(10)
            return fresh

        holder = threading.Thread(target=lambda: first.update(self.tenant, slow_refresh), daemon=True)
        holder.start()
        assert inside.wait(10)
        seen: list[TokenSet | None] = []

        def use_what_is_there(stored: TokenSet | None) -> TokenSet:
            seen.append(stored)
            return stored or stale

        waiter = threading.Thread(target=lambda: second.update(self.tenant, use_what_is_there), daemon=True)
        waiter.start()
        time.sleep(0.2)
        assert not seen, "update ran its step while another handle held the key"
        release.set()
        holder.join(10)
        waiter.join(10)
        assert seen == [fresh]

    def test_other_keys_are_readable_while_one_is_refreshed(self) -> None:
        store, reader = self.open_store(), self.open_store()
        other = str(uuid.uuid4())
        other_set = token_set(other, 3)
        store.save(other, other_set)
        store.save(self.tenant, token_set(self.tenant, 1))
        read: list[TokenSet | None] = []

        def step(stored: TokenSet | None) -> TokenSet:
            thread = threading.Thread(target=lambda: read.append(reader.load(other)), daemon=True)
            thread.start()
            thread.join(10)
            return token_set(self.tenant, 2)

        store.update(self.tenant, step)
        assert read == [other_set], "load of another key blocked behind a refresh"

    # the asyncio side ----------------------------------------------------------------------

    def test_async_side_shares_the_storage_of_the_sync_side(self) -> None:
        store, other = self.open_async_store(), self.open_store()
        saved = token_set(self.tenant, 1)

        async def save_and_load() -> tuple[TokenSet | None, TokenSet | None]:
            before = await store.async_load(self.tenant)
            await store.async_save(self.tenant, saved)
            return before, await store.async_load(self.tenant)

        assert asyncio.run(save_and_load()) == (None, saved)
        assert other.load(self.tenant) == saved, "the sync side must see what the async side saved"
        newer = token_set(self.tenant, 2)
        other.save(self.tenant, newer)
        assert asyncio.run(store.async_load(self.tenant)) == newer

    def test_async_update_awaits_the_step_on_the_callers_loop_and_keeps_the_result(self) -> None:
        current, fresh = token_set(self.tenant, 1), token_set(self.tenant, 2)
        self.open_store().save(self.tenant, current)
        seen: list[TokenSet | None] = []

        async def main() -> TokenSet:
            loop = asyncio.get_running_loop()

            async def step(stored: TokenSet | None) -> TokenSet:
                assert asyncio.get_running_loop() is loop, "the step must run on the caller's event loop"
                seen.append(stored)
                await asyncio.sleep(0)  # a token request awaits
                return fresh

            return await self.open_async_store().async_update(self.tenant, step)

        assert asyncio.run(main()) == fresh
        assert seen == [current]
        assert self.open_store().load(self.tenant) == fresh

    def test_async_a_failing_step_saves_nothing_and_releases_the_lock(self) -> None:
        current = token_set(self.tenant, 1)
        self.open_store().save(self.tenant, current)
        error = _Boom("the token endpoint refused")

        async def failing(stored: TokenSet | None) -> TokenSet:
            raise error

        try:
            asyncio.run(self.open_async_store().async_update(self.tenant, failing))
        except _Boom as raised:
            assert raised is error, "the step's exception must propagate unchanged"
        else:
            raise AssertionError("async_update swallowed the step's exception")
        assert self.open_store().load(self.tenant) == current

        async def replace(stored: TokenSet | None) -> TokenSet:
            return token_set(self.tenant, 2)

        asyncio.run(asyncio.wait_for(self.open_async_store().async_update(self.tenant, replace), 10))
        assert _generation(self.open_store().load(self.tenant)) == 2

    def test_async_update_is_exclusive_across_handles_tasks_and_event_loops(self) -> None:
        """Tasks on several event loops (one per thread), each with its own handle, take turns."""
        self.open_store().save(self.tenant, token_set(self.tenant, 0))
        loops, tasks_per_loop = max(self.threads // 2, 1), 2
        active, overlaps = [0], [0]
        seen: list[int] = []
        guard = threading.Lock()
        start = threading.Barrier(loops)
        failures: list[BaseException] = []

        async def step(stored: TokenSet | None) -> TokenSet:
            with guard:
                active[0] += 1
                overlaps[0] = max(overlaps[0], active[0])
                seen.append(_generation(stored))
            await asyncio.sleep(0.02)  # a token request takes a while
            with guard:
                active[0] -= 1
            return token_set(self.tenant, _generation(stored) + 1)

        async def updates() -> None:
            handles = [self.open_async_store() for _ in range(tasks_per_loop)]
            await asyncio.gather(*(handle.async_update(self.tenant, step) for handle in handles))

        def worker() -> None:
            try:
                start.wait(10)
                asyncio.run(updates())
            except BaseException as error:
                failures.append(error)

        workers = [threading.Thread(target=worker, daemon=True) for _ in range(loops)]
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join(60)
        total = loops * tasks_per_loop
        assert not failures, failures
        assert overlaps[0] == 1, "two steps ran at once for the same key"
        assert sorted(seen) == list(range(total)), "a step did not see the previous step's result"
        assert _generation(self.open_store().load(self.tenant)) == total

    def test_async_waiting_for_the_lock_leaves_the_event_loop_free(self) -> None:
        """While another handle holds the key, the loop goes on running other tasks; the waiter
        then reads the token set saved meanwhile."""
        holder_store = self.open_store()
        stale, fresh = token_set(self.tenant, 1), token_set(self.tenant, 2)
        holder_store.save(self.tenant, stale)
        inside, release = threading.Event(), threading.Event()

        def slow_refresh(stored: TokenSet | None) -> TokenSet:
            inside.set()
            assert release.wait(10), "the event loop was blocked while waiting for the lock"
            return fresh

        holder = threading.Thread(target=lambda: holder_store.update(self.tenant, slow_refresh), daemon=True)
        holder.start()
        assert inside.wait(10)
        seen: list[TokenSet | None] = []

        async def use_what_is_there(stored: TokenSet | None) -> TokenSet:
            seen.append(stored)
            return stored or stale

        async def main() -> TokenSet:
            waiter = asyncio.create_task(self.open_async_store().async_update(self.tenant, use_what_is_there))
            await asyncio.sleep(0.2)  # returns only if waiting for the lock left the loop free
            assert not waiter.done() and not seen, "async_update ran its step while another handle held the key"
            release.set()  # only this task can let the holder finish
            return await asyncio.wait_for(waiter, 10)

        assert asyncio.run(main()) == fresh
        holder.join(10)
        assert seen == [fresh]
