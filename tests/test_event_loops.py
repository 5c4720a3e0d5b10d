"""An AsyncBokio outlives its event loop: a second ``asyncio.run()`` uses it like the first."""

from __future__ import annotations

import asyncio

from bokio import AsyncBokio
from bokio.testing import Sandbox

ITEM = {"itemType": "salesItem", "productType": "services", "unitType": "hour", "unitPrice": 290, "taxRate": 25}


def test_a_client_works_in_a_second_event_loop() -> None:
    """Connections opened in the first loop are not reused from the second (they belong to the first)."""
    sb = Sandbox(monthly_quota=None)
    item_id = str(sb.client().items.create({**ITEM, "description": "loops"}).id)
    with sb.serve() as base_url:
        client = AsyncBokio(token=sb.token, company_id=sb.company_id, base_url=base_url, max_retries=0)

        async def burst() -> list[str]:
            items = await asyncio.gather(*(client.items.get(item_id) for _ in range(30)))
            return [item.description for item in items]

        assert asyncio.run(burst()) == ["loops"] * 30
        assert asyncio.run(burst()) == ["loops"] * 30
