"""``client.chart_of_accounts``: the BAS accounts the company books on (scope ``chart-of-accounts:read``)."""

from __future__ import annotations

import builtins

from bokio_company_api.api.chart_of_accounts import get_account, list_accounts
from bokio_company_api.models.account import Account
from bokio_company_api.models.account_with_details import AccountWithDetails
from bokio_spec import OPERATIONS

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.query import QueryLike, compile_query
from bokio.resources.base import Resource

__all__ = ["AsyncChartOfAccounts"]


class AsyncChartOfAccounts(Resource[AsyncBokio]):
    """``client.chart_of_accounts``: the accounts the company books on."""

    async def list(
        self, *, query: QueryLike | None = None, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> builtins.list[Account]:
        """Every account the company can book on, in one response; ``query`` filters (e.g. ``Q.account < 2000``)."""
        compiled = None
        if query is not None:
            facts = OPERATIONS[list_accounts.__name__]
            compiled = compile_query(query, facts["filter_fields"], facts["facade_method"])
        return await self._client._call(
            lambda: list_accounts.build_request(company_id=self._company_id, query=compiled),
            lambda data: [Account.from_dict(item) for item in data],
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, account: int, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AccountWithDetails:
        """The account with this number (e.g. ``1930``), with its current balance."""
        return await self._client._call(
            lambda: get_account.build_request(company_id=self._company_id, account=account),
            AccountWithDetails.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )
