"""``client.company_information``: the company's registered details (scope ``company-information:read``)."""

from __future__ import annotations

from bokio_company_api.api.company_information import get_company_information
from bokio_company_api.models import company_information as company_information_model
from bokio_company_api.models.company_information_response import CompanyInformationResponse

from bokio.resources._base import Resource, unwrap

__all__ = ["CompanyInformation"]

# The generated model shares this resource's name; reached through its module so that
# scripts/unasync.py (which renames every bare ``CompanyInformation``) leaves it alone.
CompanyInformationModel = company_information_model.CompanyInformation


class CompanyInformation(Resource):
    """``client.company_information``: the company's registered details."""

    def get(self) -> CompanyInformationModel:
        """The company's name, organisation number, company form, contact details and address."""
        return self._client._call(
            get_company_information,
            lambda data: unwrap(CompanyInformationResponse.from_dict(data).company_information, "companyInformation"),
            company_id=self._company_id,
        )
