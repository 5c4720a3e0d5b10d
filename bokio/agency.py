"""The Agency API: an accounting agency (byrå) and its client companies.

:class:`BokioAgency` (and :class:`AsyncBokioAgency`) authenticate with the integration's client
id and secret through the client credentials grant, asking for Agency API scopes; the token is
fetched on first use and renewed before it expires. One client acts for one agency (its
``agency_id``, like the company id of :class:`~bokio.Bokio`); finding an agency and connecting
to it need none. Requests go through the same pipeline as the Company API clients.

>>> with BokioAgency(client_id, client_secret, agency_id=agency_id) as agency:
...     for company in agency.companies.list():
...         print(company.name, company.organization_number)
"""

from __future__ import annotations

from ._async.agency import AGENCY_SCOPES, AsyncBokioAgency
from ._sync.agency import BokioAgency

__all__ = ["AGENCY_SCOPES", "AsyncBokioAgency", "BokioAgency"]
