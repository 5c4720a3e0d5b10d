"""The resource namespaces of the clients (``client.invoices``, ``agency.users``, …), one module each.

The asyncio modules in ``bokio/resources/aio/`` are the source: edit those. The sync modules in
``bokio/resources/`` are generated from them by ``scripts/unasync.py``; :mod:`bokio.resources.base`
holds what both share.
"""
