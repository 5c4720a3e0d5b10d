"""``client.fiscal_years``: the company's accounting years (scope ``fiscal-years:read``)."""

from __future__ import annotations

from bokio_company_api.api.fiscal_years import get_fiscal_year, list_fiscal_years
from bokio_company_api.models.fiscal_year import FiscalYear
from bokio_company_api.models.fiscal_year_response import FiscalYearResponse

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource, unwrap

__all__ = ["FiscalYears"]


class FiscalYears(Resource):
    """``client.fiscal_years``: the company's accounting years."""

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[FiscalYear]:
        """Every fiscal year, page by page; ``query`` filters (e.g. ``Q.status == "open"``)."""
        return self._client._paginate(
            list_fiscal_years, FiscalYear.from_dict_lazy, query=query, page_size=page_size, company_id=self._company_id
        )

    def get(self, fiscal_year_id: ID) -> FiscalYear:
        """One fiscal year: its dates, status and accounting method."""
        return self._client._call(
            get_fiscal_year,
            lambda data: unwrap(FiscalYearResponse.from_dict(data).fiscal_year, "fiscalYear"),
            company_id=self._company_id,
            fiscal_year_id=fiscal_year_id,
        )
