"""The General API: the integration's connections (the companies that authorized it).

:class:`BokioGeneral` (and :class:`AsyncBokioGeneral`) authenticate with the integration's
client id and secret through the client credentials grant: a token is fetched on first use and
renewed shortly before it expires (and once after a 401). Requests go through the same
pipeline as the Company API clients: retries of what is safe to retry, typed errors, logging.

>>> with BokioGeneral(client_id, client_secret) as general:
...     for connection in general.connections.list():
...         print(connection.tenant_id, connection.tenant_name)
"""

from __future__ import annotations

from ._async.general import AsyncBokioGeneral, AsyncConnections
from ._sync.general import BokioGeneral, Connections
from .oauth.auth import ClientCredentialsAuth

__all__ = ["AsyncBokioGeneral", "AsyncConnections", "BokioGeneral", "ClientCredentialsAuth", "Connections"]
