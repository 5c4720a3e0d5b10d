"""Request bodies as TypedDicts, with the API's own field names (made by scripts/regenerate.py)."""

from __future__ import annotations

from typing import Literal, Required, TypedDict
from uuid import UUID

__all__ = [
    "AccountingMethodParams",
    "AddressParams",
    "AgencyCompanyTypeParams",
    "NewAgencyCompanyParams",
    "NewAgencyConnectionParams",
    "NewInvitationParams",
    "VatSettingParams",
]


AgencyCompanyTypeParams = Literal[
    "proprietorship",
    "limitedCompany",
    "limitedPartnership",
    "partnership",
    "cooperative",
    "nonProfitAssociation",
    "communityAssociation",
    "religiousCommunity",
]


AccountingMethodParams = Literal["cash", "accrual"]


VatSettingParams = Literal["yearly", "quarterly", "monthly", "notRegisteredForVat"]


class AddressParams(TypedDict, total=False):
    """A postal address."""

    line1: str
    line2: str | None
    city: str
    postalCode: str
    country: str


class NewAgencyCompanyParams(TypedDict, total=False):
    """What it takes to start a client company."""

    name: Required[str]
    ownerEmail: Required[str]
    organizationNumber: Required[str]
    vatNumber: str | None
    companyType: Required[AgencyCompanyTypeParams]
    accountingMethod: Required[AccountingMethodParams]
    vatSetting: Required[VatSettingParams]
    address: AddressParams
    fiscalYearStart: str


class NewAgencyConnectionParams(TypedDict, total=False):
    """The agency to connect to."""

    agencyId: Required[str | UUID]


class NewInvitationParams(TypedDict, total=False):
    """Whom to invite."""

    email: Required[str]
