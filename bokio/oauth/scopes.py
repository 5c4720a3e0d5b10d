"""The scopes of the Company and Agency APIs, as an enum and as plain strings."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Literal

__all__ = ["COMPANY_SCOPES", "Scope", "ScopeName", "checked_scopes"]


class Scope(StrEnum):
    """The scopes of the Company and Agency APIs (``openapi/company-api.yaml`` and
    ``openapi/agency-api.yaml``, security scheme ``oauth2``).

    Agency API scopes (``AGENCY_…``) are asked for with the client credentials grant
    (:class:`~bokio.agency.BokioAgency`, ``BokioGeneral(scopes=…)``).
    """

    AGENCY_COMPANIES_READ = "agency-companies:read"
    AGENCY_COMPANIES_WRITE = "agency-companies:write"
    AGENCY_COMPANY_NAVIGATION_WRITE = "agency-company-navigation:write"
    AGENCY_CONNECTIONS_READ = "agency-connections:read"
    AGENCY_CONNECTIONS_WRITE = "agency-connections:write"
    AGENCY_INFORMATION_READ = "agency-information:read"
    AGENCY_PERMISSIONS_WRITE = "agency-permissions:write"
    AGENCY_TODOS_READ = "agency-todos:read"
    AGENCY_USERS_READ = "agency-users:read"
    AGENCY_USERS_WRITE = "agency-users:write"

    BANK_PAYMENTS_READ_LIMITED = "bank-payments:read-limited"
    BANK_PAYMENTS_WRITE = "bank-payments:write"
    CHART_OF_ACCOUNTS_READ = "chart-of-accounts:read"
    COMPANY_INFORMATION_READ = "company-information:read"
    CREDIT_NOTES_READ = "credit-notes:read"
    CREDIT_NOTES_WRITE = "credit-notes:write"
    CUSTOMERS_READ = "customers:read"
    CUSTOMERS_WRITE = "customers:write"
    FISCAL_YEARS_READ = "fiscal-years:read"
    INVOICES_READ = "invoices:read"
    INVOICES_WRITE = "invoices:write"
    ITEMS_READ = "items:read"
    ITEMS_WRITE = "items:write"
    JOURNAL_ENTRIES_READ = "journal-entries:read"
    JOURNAL_ENTRIES_WRITE = "journal-entries:write"
    SIE_READ = "sie:read"
    SUPPLIER_INVOICES_READ = "supplier-invoices:read"
    SUPPLIER_INVOICES_WRITE = "supplier-invoices:write"
    SUPPLIERS_READ = "suppliers:read"
    SUPPLIERS_WRITE = "suppliers:write"
    TAGS_READ = "tags:read"
    TAGS_WRITE = "tags:write"
    UPLOADS_READ = "uploads:read"
    UPLOADS_WRITE = "uploads:write"

    def __str__(self) -> str:
        return self.value


COMPANY_SCOPES: tuple[Scope, ...] = tuple(scope for scope in Scope if not scope.value.startswith("agency-"))
"""The Company API's scopes: what a company authorizes (the ``AGENCY_…`` ones are the Agency API's)."""

ScopeName = Literal[
    "agency-companies:read",
    "agency-companies:write",
    "agency-company-navigation:write",
    "agency-connections:read",
    "agency-connections:write",
    "agency-information:read",
    "agency-permissions:write",
    "agency-todos:read",
    "agency-users:read",
    "agency-users:write",
    "bank-payments:read-limited",
    "bank-payments:write",
    "chart-of-accounts:read",
    "company-information:read",
    "credit-notes:read",
    "credit-notes:write",
    "customers:read",
    "customers:write",
    "fiscal-years:read",
    "invoices:read",
    "invoices:write",
    "items:read",
    "items:write",
    "journal-entries:read",
    "journal-entries:write",
    "sie:read",
    "supplier-invoices:read",
    "supplier-invoices:write",
    "suppliers:read",
    "suppliers:write",
    "tags:read",
    "tags:write",
    "uploads:read",
    "uploads:write",
]
"""The same scopes as plain strings, for callers who prefer ``"invoices:read"`` to an enum member."""


def checked_scopes(scopes: Iterable[Scope | ScopeName]) -> tuple[Scope, ...]:
    """The scopes, checked against the documented ones, without repeats, in the given order."""
    if isinstance(scopes, str):
        raise TypeError("scopes must be a list of scopes, not one string")
    checked: list[Scope] = []
    for scope in scopes:
        try:
            member = Scope(scope)
        except ValueError:
            raise ValueError(f"unknown scope {scope!r}; see bokio.oauth.Scope for the documented scopes") from None
        if member not in checked:
            checked.append(member)
    return tuple(checked)
