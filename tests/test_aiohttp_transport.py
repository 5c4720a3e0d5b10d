"""bokio[aiohttp]: AsyncBokio over httpx-aiohttp, against the sandbox over loopback."""

from __future__ import annotations

import asyncio
import socket
import threading
import zlib

import pytest

import bokio
from bokio import AsyncBokio, DefaultAioHttpClient
from bokio.testing import Sandbox
from tests.conftest import COMPANY_ID, SALES_ITEM, TOKEN

ITEM = {"itemType": "salesItem", "productType": "services", "unitType": "hour", "unitPrice": 290, "taxRate": 25}


def test_async_bokio_over_aiohttp_reads_and_writes() -> None:
    sb = Sandbox()

    async def run(base_url: str) -> list[str]:
        async with (
            DefaultAioHttpClient() as http,
            AsyncBokio(token=sb.token, company_id=sb.company_id, base_url=base_url, http_client=http) as client,
        ):
            created = await asyncio.gather(
                *(client.items.create({**ITEM, "description": f"item {n}"}) for n in range(10))
            )
            fetched = await asyncio.gather(*(client.items.get(item.id) for item in created))
            return [item.description for item in fetched]

    with sb.serve() as base_url:
        assert asyncio.run(run(base_url)) == [f"item {n}" for n in range(10)]


def test_aiohttp_client_keeps_the_size_limit() -> None:
    """aiohttp hands the body over still compressed; the SDK inflates it in bounded steps."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = b"".join([*(compressor.compress(bytes(1 << 20)) for _ in range(50)), compressor.flush()])
    listener = socket.create_server(("127.0.0.1", 0))

    def answer() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            connection.sendall(f"{head}Content-Length: {len(bomb)}\r\n\r\n".encode() + bomb)

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"

    async def run() -> None:
        async with (
            DefaultAioHttpClient() as http,
            AsyncBokio(
                token=TOKEN, company_id=COMPANY_ID, base_url=base_url, http_client=http, max_response_size=10**6
            ) as client,
        ):
            await client.items.get(SALES_ITEM["id"])

    with pytest.raises(bokio.ResponseTooLargeError):
        asyncio.run(run())
    listener.close()
