"""``agency.information``: who an agency is, and finding one (scope ``agency-information:read``)."""

from __future__ import annotations

import re

from bokio_agency_api.api.agency_information import get_agency_information, search_agency_information
from bokio_agency_api.models import agency_information as agency_information_model
from bokio_agency_api.models.agency_information_page import AgencyInformationPage

from bokio.agency import AsyncBokioAgency
from bokio.client import Headers, Timeout
from bokio.resources.base import AgencyResource, text_matching

__all__ = ["AsyncAgencyInformation"]

# The generated model is named like the sync resource (AgencyInformation, written by scripts/unasync.py);
# reached through its module so that the two names do not clash.
AgencyInformationModel = agency_information_model.AgencyInformation

_ORGANIZATION_NUMBER = re.compile(r"^\s*\d{6}-?\d{4}\s*$")


class AsyncAgencyInformation(AgencyResource[AsyncBokioAgency]):
    """``agency.information``: the agency's own details, and finding an agency by organisation number."""

    async def get(
        self, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AgencyInformationModel:
        """The agency's name and organisation number."""
        return await self._client._call(
            lambda: get_agency_information.build_request(agency_id=self._agency_id),
            AgencyInformationModel.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def search(
        self, organization_number: str, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AgencyInformationModel | None:
        """The agency with this exact organisation number (``"556901-2288"`` or ``"5569012288"``), or None.

        Bokio finds agencies by their full organisation number only, never by name. Needs no
        agency id: use it to learn the id to connect to (``agency.connections.create``).
        """
        number = text_matching(
            organization_number, _ORGANIZATION_NUMBER, "organization_number must be ten digits (NNNNNN-NNNN)"
        ).strip()
        page = await self._client._call(
            lambda: search_agency_information.build_request(query=f"organizationNumber=={number}"),
            AgencyInformationPage.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        items = page.items or []
        return items[0] if items else None
