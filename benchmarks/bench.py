"""Façade vs raw httpx, side by side, on loopback. Not part of ``make test``; run ``make bench``.

    .venv/bin/python benchmarks/bench.py            # the table, then one JSON line (the last line)
    .venv/bin/python benchmarks/bench.py --profile  # also cProfile the façade where it is measured

The server is an asyncio HTTP/1.1 server in a child process (so that it does not compete with
the client for the GIL). It answers ``GET …/invoices/{id}`` with the spec's invoice example and
``GET …/journal-entries?page=&pageSize=`` with pages of a 100,000-entry ledger generated on the
fly; under the ``/slow`` prefix every answer is delayed by 5 ms.

Measured (each pair in the same run, alternating which side goes first):

- ``import_ratio``: median wall time of ``import bokio`` over median of ``import httpx``, each
  timed with ``perf_counter`` inside a fresh interpreter (9 processes each, interleaved), both
  from bytecode caches (one import beforehand writes bokio's, as a pip install would).
- ``request_overhead_ratio``: ``client.invoices.get(id)`` vs ``httpx.Client.get`` +
  ``json.loads``, same ``httpx.Client`` (one keep-alive pool), 20 alternating blocks of 100 calls each side,
  ratio of the median blocks.
- ``pagination_ratio``: ``for e in client.journal_entries.list(page_size=100)`` over 100,000
  entries vs a raw httpx loop over the same 1,000 pages with ``json.loads``;
  ``pagination_peak_mb_growth``: tracemalloc peak growth during the façade iteration (own run).
  List items are decoded on first read (``from_dict_lazy``), so this is the cost of paging;
  ``pagination_read_ratio`` (no target, for reference) is the same with every entry read: its id,
  date and rows' amounts as UUID, date and Decimal, against the same fields of the raw JSON.
- ``async_speedup``: 200 ``AsyncBokio.invoices.get`` sequentially vs 20 at a time
  (``asyncio.Semaphore`` + ``gather``) against the 5 ms server; median of 5 rounds, raw
  ``httpx.AsyncClient`` alongside as the reference.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from importlib.resources import files
from typing import Any
from urllib.parse import parse_qs

COMPANY_ID = "4f3d1c52-8b1e-4a53-9a1b-2f6c0e7d9a10"
TOKEN = "bench-token"
TOTAL_ENTRIES = 100_000
PAGE_SIZE = 100
LATENCY = 0.005

TARGETS = {
    "import_ratio": ("<=", 1.5),
    "request_overhead_ratio": ("<=", 1.15),
    "pagination_ratio": ("<=", 1.2),
    "pagination_peak_mb_growth": ("<=", 20.0),
    "async_speedup": (">=", 5.0),
}


# --- the server (child process) ----------------------------------------------------------------


def _examples() -> tuple[dict[str, Any], dict[str, Any]]:
    spec = json.loads((files("bokio_spec") / "company-api.json").read_text(encoding="utf-8"))

    def example(path: str) -> dict[str, Any]:
        result: dict[str, Any] = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"][
            "example"
        ]
        return result

    return (
        example("/companies/{companyId}/invoices/{invoiceId}"),
        example("/companies/{companyId}/journal-entries/{journalEntryId}"),
    )


def serve() -> None:
    invoice, entry = _examples()
    invoice_body = json.dumps(invoice).encode()
    # One entry as a %-template: each page is generated on the fly, entry ids and numbers vary.
    entry = {**entry, "id": "@ID@", "journalEntryNumber": "@NUMBER@"}
    template = json.dumps(entry).replace("%", "%%").replace("@ID@", "00000000-0000-4000-8000-%012d")
    template = template.replace("@NUMBER@", "V%d")
    total_pages = -(-TOTAL_ENTRIES // PAGE_SIZE)

    def journal_page(query: bytes) -> bytes:
        params = parse_qs(query.decode())
        page = int(params.get("page", ["1"])[0])
        size = int(params.get("pageSize", ["25"])[0])
        pages = -(-TOTAL_ENTRIES // size)
        first = (page - 1) * size
        items = ",".join(template % (n, n) for n in range(first, min(first + size, TOTAL_ENTRIES)))
        head = f'{{"totalItems":{TOTAL_ENTRIES},"totalPages":{pages},"currentPage":{page},"items":['
        return head.encode() + items.encode() + b"]}"

    assert total_pages == 1000

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1]
                path, _, query = target.partition(b"?")
                if path.startswith(b"/slow/"):
                    await asyncio.sleep(LATENCY)
                    path = path[5:]
                if b"/journal-entries" in path:
                    body, status = journal_page(query), b"200 OK"
                elif b"/invoices/" in path:
                    body, status = invoice_body, b"200 OK"
                else:
                    body, status = b'{"code":"not-found","message":"no such route"}', b"404 Not Found"
                writer.write(
                    b"HTTP/1.1 "
                    + status
                    + b"\r\nContent-Type: application/json\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
        print(server.sockets[0].getsockname()[1], flush=True)
        await server.serve_forever()

    asyncio.run(main())


class Server:
    def __enter__(self) -> Server:
        self.process = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


# --- measurements ------------------------------------------------------------------------------


def _import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def bench_import(runs: int = 9) -> dict[str, float]:
    # Both sides from bytecode caches, as after a pip install. An editable install run with
    # PYTHONDONTWRITEBYTECODE set (as on some CI images) would otherwise compile bokio's sources
    # in every process, while httpx's wheel came with its caches.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import bokio, httpx"], env=env, check=True)
    times: dict[str, list[float]] = {"bokio": [], "httpx": []}
    for run in range(runs):
        order = ("bokio", "httpx") if run % 2 == 0 else ("httpx", "bokio")
        for module in order:
            times[module].append(_import_seconds(module))
    bokio_ms, httpx_ms = (statistics.median(times[m]) * 1000 for m in ("bokio", "httpx"))
    return {"facade": bokio_ms, "raw": httpx_ms, "ratio": bokio_ms / httpx_ms}


def _timed(function: Callable[[], Any]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def bench_requests(base_url: str, rounds: int = 20, calls: int = 100) -> dict[str, float]:
    import httpx

    from bokio import Bokio

    invoice_id = "7c9d1e3f-5a2b-4c6d-8e0f-1a3b5c7d9e2f"
    http = httpx.Client(timeout=10)
    client = Bokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url, http_client=http)
    url = f"{base_url}/companies/{COMPANY_ID}/invoices/{invoice_id}"
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}

    def facade() -> None:
        for _ in range(calls):
            client.invoices.get(invoice_id)

    def raw() -> None:
        for _ in range(calls):
            json.loads(http.get(url, headers=headers).content)

    facade()  # warm up: imports, the resource namespace, the connection
    raw()
    facade_times, raw_times = [], []
    for round_ in range(rounds):
        if round_ % 2 == 0:
            facade_times.append(_timed(facade))
            raw_times.append(_timed(raw))
        else:
            raw_times.append(_timed(raw))
            facade_times.append(_timed(facade))
    http.close()
    facade_median, raw_median = statistics.median(facade_times), statistics.median(raw_times)
    return {
        "facade": facade_median / calls * 1e6,
        "raw": raw_median / calls * 1e6,
        "ratio": facade_median / raw_median,
        "calls": rounds * calls,
    }


def bench_pagination(base_url: str, rounds: int = 3) -> dict[str, float]:
    import httpx

    from bokio import Bokio

    http = httpx.Client(timeout=30)
    client = Bokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url, http_client=http)
    url = f"{base_url}/companies/{COMPANY_ID}/journal-entries"
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}

    def facade(read: bool = False) -> int:
        count = 0
        for entry in client.journal_entries.list(page_size=PAGE_SIZE):
            if read:  # every entry decoded: UUID, date and each row's Decimal amounts
                entry.id, entry.date, [line.debit - line.credit for line in entry.items]
            count += 1
        return count

    def raw(read: bool = False) -> int:
        count, page = 0, 1
        while True:
            data = json.loads(http.get(url, params={"page": page, "pageSize": PAGE_SIZE}, headers=headers).content)
            for entry in data["items"]:
                if read:  # the same values, as JSON gives them (str, str, int)
                    entry["id"], entry["date"], [line["debit"] - line["credit"] for line in entry["items"]]
                count += 1
            if not data["items"] or data["currentPage"] >= data["totalPages"]:
                return count
            page += 1

    def checked(function: Callable[[bool], int], read: bool) -> Callable[[], None]:
        def run() -> None:
            assert function(read) == TOTAL_ENTRIES

        return run

    for _entry, _ in zip(client.journal_entries.list(page_size=PAGE_SIZE), range(2000), strict=False):  # warm up
        pass
    times: dict[tuple[str, bool], list[float]] = {}
    for read in (False, True):
        for round_ in range(rounds):
            pair = [("facade", facade), ("raw", raw)]
            for side, function in pair if round_ % 2 == 0 else reversed(pair):
                times.setdefault((side, read), []).append(_timed(checked(function, read)))

    # Memory on its own run: tracemalloc slows allocation down, so it is not timed.
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    facade()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    http.close()

    def ratio(read: bool) -> float:
        pairs = zip(times["facade", read], times["raw", read], strict=True)
        return statistics.median(f / r for f, r in pairs)

    return {
        "facade": statistics.median(times["facade", False]),
        "raw": statistics.median(times["raw", False]),
        "ratio": ratio(False),
        "facade_read": statistics.median(times["facade", True]),
        "raw_read": statistics.median(times["raw", True]),
        "read_ratio": ratio(True),
        "peak_mb": (peak - baseline) / 1e6,
    }


def bench_async(base_url: str, count: int = 200, concurrency: int = 20, rounds: int = 5) -> dict[str, float]:
    """AsyncBokio sequential vs concurrent; raw httpx.AsyncClient the same way, for reference.

    ``rounds`` rounds, each side once per round (alternating which goes first), a fresh client
    each time; the ratios are medians over the rounds.
    """
    import httpx

    from bokio import AsyncBokio

    ids = [f"00000000-0000-4000-8000-{n:012d}" for n in range(count)]
    slow_url = base_url.replace("/v1", "/slow/v1")

    async def speedup(get: Callable[[str], Any]) -> tuple[float, float]:
        semaphore = asyncio.Semaphore(concurrency)

        async def fetch(invoice_id: str) -> Any:
            async with semaphore:
                return await get(invoice_id)

        await asyncio.gather(*(fetch(i) for i in ids[:concurrency]))  # warm up: open the connections
        started = time.perf_counter()
        for invoice_id in ids:
            await get(invoice_id)
        sequential = time.perf_counter() - started
        started = time.perf_counter()
        results = await asyncio.gather(*(fetch(i) for i in ids))
        concurrent = time.perf_counter() - started
        assert len(results) == count
        return sequential, concurrent

    async def facade() -> tuple[float, float]:
        async with AsyncBokio(token=TOKEN, company_id=COMPANY_ID, base_url=slow_url) as client:
            return await speedup(client.invoices.get)

    async def raw() -> tuple[float, float]:
        headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
        async with httpx.AsyncClient(timeout=30, headers=headers) as http:
            url = f"{slow_url}/companies/{COMPANY_ID}/invoices/"

            async def raw_get(invoice_id: str) -> Any:
                return json.loads((await http.get(url + invoice_id)).content)

            return await speedup(raw_get)

    async def main() -> dict[str, float]:
        facade_runs: list[tuple[float, float]] = []
        raw_runs: list[tuple[float, float]] = []
        for round_ in range(rounds):
            pair = [(facade_runs, facade), (raw_runs, raw)]
            for runs, side in pair if round_ % 2 == 0 else reversed(pair):
                runs.append(await side())
        return {
            "facade": statistics.median(concurrent for _, concurrent in facade_runs),
            "raw": statistics.median(sequential for sequential, _ in facade_runs),
            "ratio": statistics.median(sequential / concurrent for sequential, concurrent in facade_runs),
            "raw_concurrent": statistics.median(concurrent for _, concurrent in raw_runs),
            "raw_sequential": statistics.median(sequential for sequential, _ in raw_runs),
            "raw_ratio": statistics.median(sequential / concurrent for sequential, concurrent in raw_runs),
        }

    return asyncio.run(main())


def profile(base_url: str) -> None:
    import httpx

    from bokio import AsyncBokio, Bokio

    http = httpx.Client(timeout=30)
    client = Bokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url, http_client=http)
    invoice_id = "7c9d1e3f-5a2b-4c6d-8e0f-1a3b5c7d9e2f"
    client.invoices.get(invoice_id)
    cases: list[tuple[str, Callable[[], Any]]] = [
        ("2,000 x client.invoices.get", lambda: [client.invoices.get(invoice_id) for _ in range(2000)]),
        ("journal_entries.list: 20,000 entries", lambda: sum(1 for _ in _first(client, 20_000))),
    ]
    for title, function in cases:
        profiler = cProfile.Profile()
        profiler.runcall(function)
        _print_profile(title, profiler)
    http.close()

    async def concurrent(profiler: cProfile.Profile) -> None:
        async with AsyncBokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url.replace("/v1", "/slow/v1")) as aio:
            semaphore = asyncio.Semaphore(20)

            async def fetch(n: int) -> Any:
                async with semaphore:
                    return await aio.invoices.get(f"00000000-0000-4000-8000-{n:012d}")

            await asyncio.gather(*(fetch(n) for n in range(20)))  # warm up: open the connections
            profiler.enable()
            await asyncio.gather(*(fetch(n) for n in range(200)))
            profiler.disable()

    profiler = cProfile.Profile()
    asyncio.run(concurrent(profiler))
    _print_profile("200 x AsyncBokio.invoices.get, 20 at a time, 5 ms server", profiler)
    _model_floor()


def _model_floor(entries: int = 100) -> None:
    """JournalEntry.from_dict per entry, against only creating the objects it returns."""
    import datetime as dt
    from decimal import Decimal
    from uuid import UUID

    from bokio_company_api.models.journal_entry import JournalEntry
    from bokio_company_api.models.journal_entry_line import JournalEntryLine

    from bokio import money

    example = _examples()[1]
    page = money.loads(json.dumps([example] * entries))

    def parse() -> None:
        for item in page:
            JournalEntry.from_dict(item)

    def construct() -> None:  # the same objects from the same values, read without any check
        for _ in range(entries):
            lines = [
                JournalEntryLine(id=row["id"], debit=Decimal(row["debit"]), credit=Decimal(row["credit"]),
                                 account=row["account"], tags=[])
                for row in example["items"]
            ]  # fmt: skip
            JournalEntry(
                items=lines, id=UUID(example["id"]), title=example["title"],
                journal_entry_number=example["journalEntryNumber"], date=dt.date.fromisoformat(example["date"]),
                tags=[], reversing_journal_entry_id=None, reversed_by_journal_entry_id=None,
            )  # fmt: skip

    def per_entry(function: Callable[[], None]) -> float:
        return min(_timed(function) for _ in range(200)) / entries * 1e6

    print(
        f"\n--- journal entry models: from_dict {per_entry(parse):.2f} µs per entry; only creating the same "
        f"objects {per_entry(construct):.2f} µs ---"
    )


def _print_profile(title: str, profiler: cProfile.Profile) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(18)
    print(f"\n--- cProfile: {title} (by own time) ---")
    print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))


def _first(client: Any, n: int) -> Any:
    for index, entry in enumerate(client.journal_entries.list(page_size=PAGE_SIZE)):
        if index >= n:
            return
        yield entry


def _met(name: str, value: float) -> bool:
    direction, target = TARGETS[name]
    return value <= target if direction == "<=" else value >= target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true", help="cProfile the façade after measuring")
    args = parser.parse_args()
    if args.serve:
        serve()
        return

    import httpx

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; httpx {httpx.__version__}; "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    imports = bench_import()
    with Server() as server:
        requests = bench_requests(server.base_url)
        pages = bench_pagination(server.base_url)
        concurrency = bench_async(server.base_url)
        if args.profile:
            profile(server.base_url)

    results = {
        "import_ratio": imports["ratio"],
        "request_overhead_ratio": requests["ratio"],
        "pagination_ratio": pages["ratio"],
        "pagination_peak_mb_growth": pages["peak_mb"],
        "pagination_read_ratio": pages["read_ratio"],
        "async_speedup": concurrency["ratio"],
    }
    table = [("benchmark", "measured", "time", "against", "time", "result", "target", "")]

    def row(title: str, what: str, value: str, base: str, base_value: str, key: str | None, result: str) -> None:
        if key is None:
            table.append((title, what, value, base, base_value, result, "(reference)", ""))
        else:
            direction, target = TARGETS[key]
            verdict = "ok" if _met(key, results[key]) else "MISSED"
            table.append((title, what, value, base, base_value, result, f"{direction} {target:g}", verdict))

    row(
        "import (median of 9 fresh processes)", "import bokio", f"{imports['facade']:.1f} ms",
        "import httpx", f"{imports['raw']:.1f} ms", "import_ratio", f"{imports['ratio']:.2f}x",
    )  # fmt: skip
    row(
        f"GET one invoice ({requests['calls']:.0f} calls/side)", "invoices.get", f"{requests['facade']:.0f} µs",
        "httpx.get+json.loads", f"{requests['raw']:.0f} µs", "request_overhead_ratio", f"{requests['ratio']:.2f}x",
    )  # fmt: skip
    row(
        f"{TOTAL_ENTRIES:,} journal entries, {PAGE_SIZE}/page", "journal_entries.list", f"{pages['facade']:.2f} s",
        "httpx loop+json.loads", f"{pages['raw']:.2f} s", "pagination_ratio", f"{pages['ratio']:.2f}x",
    )  # fmt: skip
    row(
        "  same, reading every entry", "id, date, rows", f"{pages['facade_read']:.2f} s",
        "same fields of the JSON", f"{pages['raw_read']:.2f} s", None, f"{pages['read_ratio']:.2f}x",
    )  # fmt: skip
    row(
        "  peak memory growth (tracemalloc)", "journal_entries.list", f"{pages['peak_mb']:.1f} MB",
        "", "", "pagination_peak_mb_growth", f"{pages['peak_mb']:.2f} MB",
    )  # fmt: skip
    row(
        "200 invoices, 5 ms latency (AsyncBokio)", "20 concurrent", f"{concurrency['facade']:.3f} s",
        "sequential", f"{concurrency['raw']:.3f} s", "async_speedup", f"{concurrency['ratio']:.2f}x",
    )  # fmt: skip
    row(
        "  same with raw httpx.AsyncClient", "20 concurrent", f"{concurrency['raw_concurrent']:.3f} s",
        "sequential", f"{concurrency['raw_sequential']:.3f} s", None, f"{concurrency['raw_ratio']:.2f}x",
    )  # fmt: skip
    widths = [max(len(cells[i]) for cells in table) for i in range(len(table[0]))]
    for index, cells in enumerate(table):
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))
    try:
        import sniffio  # noqa: F401
    except ImportError:
        print(
            "note: 'sniffio' is not importable, so httpcore retries 'import sniffio' (a sys.path scan) several "
            "times per async request"
        )
    print(json.dumps({key: round(value, 3) for key, value in results.items()}))


if __name__ == "__main__":
    main()
