"""``client.fiscal_years``: the company's accounting years (scope ``fiscal-years:read``)."""

from __future__ import annotations

from bokio_company_api.api.fiscal_years import get_fiscal_year, list_fiscal_years
from bokio_company_api.models.fiscal_year import FiscalYear
from bokio_company_api.models.fiscal_year_response import FiscalYearResponse

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncFiscalYears"]


class AsyncFiscalYears(Resource[AsyncBokio]):
    """``client.fiscal_years``: the company's accounting years."""

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[FiscalYear]:
        """Every fiscal year, page by page; ``query`` filters (e.g. ``Q.status == "open"``)."""
        return self._client._paginate(
            list_fiscal_years,
            lambda page, size, compiled: list_fiscal_years.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            FiscalYear.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, fiscal_year_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> FiscalYear:
        """One fiscal year: its dates, status and accounting method."""
        return await self._client._call(
            lambda: get_fiscal_year.build_request(company_id=self._company_id, fiscal_year_id=fiscal_year_id),
            lambda data: FiscalYearResponse.from_dict(data).fiscal_year,
            timeout=timeout,
            extra_headers=extra_headers,
        )
