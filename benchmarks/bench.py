"""Façade vs raw httpx, side by side, on loopback. Not part of ``make test``; run ``make bench``.

    .venv/bin/python benchmarks/bench.py            # the table, then one JSON line (the last line)
    .venv/bin/python benchmarks/bench.py --profile  # also cProfile the façade where it is measured

The server is an asyncio HTTP/1.1 server in a child process (so that it does not compete with
the client for the GIL). It answers ``GET …/invoices/{id}`` with the spec's invoice example,
``GET …/journal-entries?page=&pageSize=`` with pages of a 100,000-entry ledger generated on the
fly and ``GET …/items`` with a list of 1,000 items; under the ``/slow`` prefix every answer is
delayed by 50 ms, a realistic round trip to Bokio's API.

Measured (each pair in the same run, alternating which side goes first):

- ``cold_start_ratio``: wall time of a fresh process that imports bokio and builds a ``Bokio``,
  over one that imports httpx and builds an ``httpx.Client``, each minus an empty interpreter
  (medians of 15 interleaved processes each; all from bytecode caches, as after a pip install).
- ``request_overhead_ratio``: ``client.invoices.get(id)`` vs ``httpx.Client.get`` +
  ``json.loads``, same ``httpx.Client`` (one keep-alive pool), 20 alternating blocks of 100 calls
  each side, ratio of the median blocks.
- ``pagination_read_ratio``: ``client.journal_entries.list(page_size=100)`` over 100,000 entries,
  reading each entry's id, date and rows' amounts (UUID, date, Decimal), vs a raw httpx loop over
  the same 1,000 pages reading the same fields of ``json.loads``; ``pagination_peak_mb_growth``:
  tracemalloc peak growth during the façade iteration (own run).
- ``async_speedup_50ms``: 100 ``AsyncBokio.invoices.get`` with 20 in flight vs one at a time,
  against the 50 ms server; ``async_vs_raw_50ms``: the 20-in-flight time of AsyncBokio over that
  of a raw ``httpx.AsyncClient`` with the same settings. Both with stock httpx; the same with
  ``bokio.aiohttp_transport.DefaultAioHttpClient`` (``pip install bokio[aiohttp]``) is reported
  beside them when httpx-aiohttp is installed. Median of 3 rounds, a fresh client each time.
- ``requests_per_1000_items``: requests sent (``client.usage.requests``) to iterate a list of
  1,000 items without a ``page_size``.
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
from collections.abc import Awaitable, Callable
from importlib.resources import files
from typing import Any
from urllib.parse import parse_qs

COMPANY_ID = "4f3d1c52-8b1e-4a53-9a1b-2f6c0e7d9a10"
TOKEN = "bench-token"
TOTAL_ENTRIES = 100_000
PAGE_SIZE = 100
LIST_ITEMS = 1000
LATENCY = 0.050

TARGETS = {
    "cold_start_ratio": ("<=", 1.2),
    "request_overhead_ratio": ("<=", 1.10),
    "pagination_read_ratio": ("<=", 1.4),
    "pagination_peak_mb_growth": ("<=", 20.0),
    "async_speedup_50ms": (">=", 14.0),
    "async_vs_raw_50ms": ("<=", 1.15),
    "requests_per_1000_items": ("==", 10),
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


def _item_example() -> dict[str, Any]:
    return {
        "id": "",
        "description": "Consultancy",
        "itemType": "salesItem",
        "productType": "services",
        "unitType": "hour",
        "unitPrice": 290,
        "taxRate": 25,
    }


def serve() -> None:
    invoice, entry = _examples()
    invoice_item = _item_example()
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
    item = json.dumps({**invoice_item, "id": "@ID@"}).replace("@ID@", "00000000-0000-4000-8000-%012d")

    def items_page(query: bytes) -> bytes:  # a list of LIST_ITEMS sales items
        params = parse_qs(query.decode())
        page = int(params.get("page", ["1"])[0])
        size = int(params.get("pageSize", ["25"])[0])
        first = (page - 1) * size
        items = ",".join(item % n for n in range(first, min(first + size, LIST_ITEMS)))
        head = f'{{"totalItems":{LIST_ITEMS},"totalPages":{-(-LIST_ITEMS // size)},"currentPage":{page},"items":['
        return head.encode() + items.encode() + b"]}"

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
                elif path.endswith(b"/items"):
                    body, status = items_page(query), b"200 OK"
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

COLD_STARTS = {
    "empty": "pass",
    "bokio": f"import bokio; bokio.Bokio(token='t', company_id='{COMPANY_ID}')",
    "httpx": "import httpx; httpx.Client()",
}


def bench_cold_start(runs: int = 15) -> dict[str, float]:
    # Bytecode caches first, as after a pip install: an editable install run with
    # PYTHONDONTWRITEBYTECODE set would otherwise compile bokio's sources in every process.
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "BOKIO_TOKEN")}
    subprocess.run([sys.executable, "-c", "import bokio, httpx"], env=env, check=True)
    times: dict[str, list[float]] = {name: [] for name in COLD_STARTS}
    names = list(COLD_STARTS)
    for run in range(runs):
        for name in names[run % 3 :] + names[: run % 3]:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", COLD_STARTS[name]], env=env, check=True)
            times[name].append(time.perf_counter() - started)
    empty, bokio_s, httpx_s = (statistics.median(times[name]) for name in names)
    return {"facade": (bokio_s - empty) * 1000, "raw": (httpx_s - empty) * 1000, "empty": empty * 1000,
            "ratio": (bokio_s - empty) / (httpx_s - empty)}  # fmt: skip


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

    def facade() -> None:
        count = 0
        for entry in client.journal_entries.list(page_size=PAGE_SIZE):
            entry.id, entry.date, [line.debit - line.credit for line in entry.items]  # UUID, date, Decimal
            count += 1
        assert count == TOTAL_ENTRIES

    def raw() -> None:
        count, page = 0, 1
        while True:
            data = json.loads(http.get(url, params={"page": page, "pageSize": PAGE_SIZE}, headers=headers).content)
            for entry in data["items"]:
                entry["id"], entry["date"], [line["debit"] - line["credit"] for line in entry["items"]]
                count += 1
            if not data["items"] or data["currentPage"] >= data["totalPages"]:
                assert count == TOTAL_ENTRIES
                return
            page += 1

    for _entry, _ in zip(client.journal_entries.list(page_size=PAGE_SIZE), range(2000), strict=False):  # warm up
        pass
    times: dict[str, list[float]] = {"facade": [], "raw": []}
    for round_ in range(rounds):
        pair = [("facade", facade), ("raw", raw)]
        for side, function in pair if round_ % 2 == 0 else reversed(pair):
            times[side].append(_timed(function))

    # Memory on its own run: tracemalloc slows allocation down, so it is not timed.
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    facade()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    http.close()
    return {
        "facade": statistics.median(times["facade"]),
        "raw": statistics.median(times["raw"]),
        "ratio": statistics.median(f / r for f, r in zip(times["facade"], times["raw"], strict=True)),
        "peak_mb": (peak - baseline) / 1e6,
    }


def bench_requests_per_1000_items(base_url: str) -> int:
    from bokio import Bokio

    with Bokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url) as client:
        assert sum(1 for _ in client.items.list()) == LIST_ITEMS
        return client.usage.requests


def _aiohttp_client() -> Any:
    try:
        from bokio.aiohttp_transport import DefaultAioHttpClient
    except ImportError:  # the bokio[aiohttp] extra is not installed
        return None
    return DefaultAioHttpClient(timeout=30)


def bench_async(base_url: str, count: int = 100, concurrency: int = 20, rounds: int = 3) -> dict[str, float]:
    """AsyncBokio and raw httpx.AsyncClient, each one at a time and 20 in flight, 50 ms server.

    ``rounds`` rounds, each side once per round (rotating which goes first), a fresh client each
    time; each figure is the median over the rounds.
    """
    import httpx

    from bokio import AsyncBokio

    ids = [f"00000000-0000-4000-8000-{n:012d}" for n in range(count)]
    slow_url = base_url.replace("/v1", "/slow/v1")

    async def timings(get: Callable[[str], Awaitable[Any]]) -> tuple[float, float]:
        semaphore = asyncio.Semaphore(concurrency)

        async def fetch(invoice_id: str) -> Any:
            async with semaphore:
                return await get(invoice_id)

        # Warm up (open the connections), then in flight first: a keep-alive connection left idle
        # through the 5 s of the one-at-a-time run would have expired (httpx keeps them for 5 s).
        await asyncio.gather(*(fetch(i) for i in ids[:concurrency]))
        started = time.perf_counter()
        results = await asyncio.gather(*(fetch(i) for i in ids))
        concurrent = time.perf_counter() - started
        assert len(results) == count
        started = time.perf_counter()
        for invoice_id in ids:
            await get(invoice_id)
        sequential = time.perf_counter() - started
        return sequential, concurrent

    async def facade() -> tuple[float, float]:
        async with AsyncBokio(token=TOKEN, company_id=COMPANY_ID, base_url=slow_url) as client:
            return await timings(client.invoices.get)

    async def facade_aiohttp() -> tuple[float, float]:
        http = _aiohttp_client()
        async with http, AsyncBokio(token=TOKEN, company_id=COMPANY_ID, base_url=slow_url, http_client=http) as client:
            return await timings(client.invoices.get)

    async def raw() -> tuple[float, float]:
        headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
        async with httpx.AsyncClient(timeout=30, headers=headers) as http:
            url = f"{slow_url}/companies/{COMPANY_ID}/invoices/"

            async def raw_get(invoice_id: str) -> Any:
                return json.loads((await http.get(url + invoice_id)).content)

            return await timings(raw_get)

    sides: dict[str, Callable[[], Awaitable[tuple[float, float]]]] = {"facade": facade, "raw": raw}
    if _aiohttp_client() is not None:
        sides["aiohttp"] = facade_aiohttp

    async def main() -> dict[str, float]:
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
        names = list(sides)
        for round_ in range(rounds):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                runs[name].append(await sides[name]())
        result = {}
        for name, measured in runs.items():
            result[f"{name}_sequential"] = statistics.median(sequential for sequential, _ in measured)
            result[f"{name}_concurrent"] = statistics.median(concurrent for _, concurrent in measured)
            result[f"{name}_speedup"] = statistics.median(seq / conc for seq, conc in measured)
        return result

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
        ("journal_entries.list: 20,000 entries read", lambda: sum(1 for _ in _first(client, 20_000))),
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
            await asyncio.gather(*(fetch(n) for n in range(100)))
            profiler.disable()

    profiler = cProfile.Profile()
    asyncio.run(concurrent(profiler))
    _print_profile("100 x AsyncBokio.invoices.get, 20 at a time, 50 ms server", profiler)


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
        entry.id, entry.date, [line.debit - line.credit for line in entry.items]
        yield entry


def _met(name: str, value: float) -> bool:
    direction, target = TARGETS[name]
    return {"<=": value <= target, ">=": value >= target, "==": value == target}[direction]


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
    cold = bench_cold_start()
    with Server() as server:
        requests = bench_requests(server.base_url)
        pages = bench_pagination(server.base_url)
        per_1000 = bench_requests_per_1000_items(server.base_url)
        aio = bench_async(server.base_url)
        if args.profile:
            profile(server.base_url)

    results: dict[str, float] = {
        "cold_start_ratio": cold["ratio"],
        "request_overhead_ratio": requests["ratio"],
        "pagination_read_ratio": pages["ratio"],
        "pagination_peak_mb_growth": pages["peak_mb"],
        "async_speedup_50ms": aio["facade_speedup"],
        "async_vs_raw_50ms": aio["facade_concurrent"] / aio["raw_concurrent"],
        "requests_per_1000_items": per_1000,
    }
    if "aiohttp_speedup" in aio:
        results["async_speedup_50ms_aiohttp"] = aio["aiohttp_speedup"]
        results["async_vs_raw_50ms_aiohttp"] = aio["aiohttp_concurrent"] / aio["raw_concurrent"]
    table = [("benchmark", "measured", "time", "against", "time", "result", "target", "")]

    def row(title: str, what: str, value: str, base: str, base_value: str, key: str, result: str) -> None:
        if key not in TARGETS:
            table.append((title, what, value, base, base_value, result, "(reference)", ""))
            return
        direction, target = TARGETS[key]
        verdict = "ok" if _met(key, results[key]) else "MISSED"
        table.append((title, what, value, base, base_value, result, f"{direction} {target:g}", verdict))

    row(
        "cold start (median of 15 processes each)", "import bokio+Bokio()", f"{cold['facade']:.1f} ms",
        "import httpx+Client()", f"{cold['raw']:.1f} ms", "cold_start_ratio", f"{cold['ratio']:.2f}x",
    )  # fmt: skip
    row(
        f"GET one invoice ({requests['calls']:.0f} calls/side)", "invoices.get", f"{requests['facade']:.0f} µs",
        "httpx.get+json.loads", f"{requests['raw']:.0f} µs", "request_overhead_ratio", f"{requests['ratio']:.2f}x",
    )  # fmt: skip
    row(
        f"{TOTAL_ENTRIES:,} journal entries read, {PAGE_SIZE}/page", "journal_entries.list",
        f"{pages['facade']:.2f} s", "httpx loop+json.loads", f"{pages['raw']:.2f} s", "pagination_read_ratio",
        f"{pages['ratio']:.2f}x",
    )  # fmt: skip
    row(
        "  peak memory growth (tracemalloc)", "journal_entries.list", f"{pages['peak_mb']:.1f} MB",
        "", "", "pagination_peak_mb_growth", f"{pages['peak_mb']:.2f} MB",
    )  # fmt: skip
    row(
        "100 invoices, 50 ms latency (AsyncBokio)", "20 in flight", f"{aio['facade_concurrent']:.3f} s",
        "one at a time", f"{aio['facade_sequential']:.3f} s", "async_speedup_50ms", f"{aio['facade_speedup']:.2f}x",
    )  # fmt: skip
    row(
        "  AsyncBokio vs raw httpx.AsyncClient", "20 in flight", f"{aio['facade_concurrent']:.3f} s",
        "raw, 20 in flight", f"{aio['raw_concurrent']:.3f} s", "async_vs_raw_50ms",
        f"{results['async_vs_raw_50ms']:.2f}x",
    )  # fmt: skip
    if "aiohttp_speedup" in aio:
        row(
            "  same, bokio[aiohttp] (DefaultAioHttpClient)", "20 in flight", f"{aio['aiohttp_concurrent']:.3f} s",
            "one at a time", f"{aio['aiohttp_sequential']:.3f} s", "async_speedup_50ms_aiohttp",
            f"{aio['aiohttp_speedup']:.2f}x",
        )  # fmt: skip
        row(
            "  bokio[aiohttp] vs raw httpx.AsyncClient", "20 in flight", f"{aio['aiohttp_concurrent']:.3f} s",
            "raw, 20 in flight", f"{aio['raw_concurrent']:.3f} s", "async_vs_raw_50ms_aiohttp",
            f"{results['async_vs_raw_50ms_aiohttp']:.2f}x",
        )  # fmt: skip
    row(
        f"iterate {LIST_ITEMS:,} items, no page_size", "client.usage.requests", str(per_1000), "", "",
        "requests_per_1000_items", str(per_1000),
    )  # fmt: skip
    widths = [max(len(cells[i]) for cells in table) for i in range(len(table[0]))]
    for index, cells in enumerate(table):
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))
    print(json.dumps({key: round(value, 3) for key, value in results.items()}))


if __name__ == "__main__":
    main()
