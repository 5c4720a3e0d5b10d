"""``client.company_information``: the company's registered details (scope ``company-information:read``)."""

from __future__ import annotations

from bokio_company_api.api.company_information import get_company_information
from bokio_company_api.models import company_information as company_information_model
from bokio_company_api.models.company_information_response import CompanyInformationResponse

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.resources.base import Resource

__all__ = ["AsyncCompanyInformation"]

# The generated model is named like the sync resource (CompanyInformation, written by scripts/unasync.py);
# reached through its module so that the two names do not clash.
CompanyInformationModel = company_information_model.CompanyInformation


class AsyncCompanyInformation(Resource[AsyncBokio]):
    """``client.company_information``: the company's registered details."""

    async def get(
        self, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> CompanyInformationModel:
        """The company's name, organisation number, company form, contact details and address."""
        return await self._client._call(
            lambda: get_company_information.build_request(company_id=self._company_id),
            lambda data: CompanyInformationResponse.from_dict(data).company_information,
            timeout=timeout,
            extra_headers=extra_headers,
        )
