"""Every client's resource namespaces: the one list of them, attribute → class.

A client class takes its namespaces from here, as a base class; each is imported and made on
first use (:class:`~bokio._namespace.Namespace`), and the type checkers see its precise class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._namespace import Namespace

if TYPE_CHECKING:
    from bokio.resources.aio.agency_companies import AsyncAgencyCompanies
    from bokio.resources.aio.agency_connections import AsyncAgencyConnections
    from bokio.resources.aio.agency_information import AsyncAgencyInformation
    from bokio.resources.aio.agency_invitations import AsyncAgencyInvitations
    from bokio.resources.aio.agency_todos import AsyncAgencyTodos
    from bokio.resources.aio.agency_users import AsyncAgencyUsers
    from bokio.resources.aio.bank_payments import AsyncBankPayments
    from bokio.resources.aio.chart_of_accounts import AsyncChartOfAccounts
    from bokio.resources.aio.company_information import AsyncCompanyInformation
    from bokio.resources.aio.credit_notes import AsyncCreditNotes
    from bokio.resources.aio.customers import AsyncCustomers
    from bokio.resources.aio.fiscal_years import AsyncFiscalYears
    from bokio.resources.aio.invoices import AsyncInvoices
    from bokio.resources.aio.items import AsyncItems
    from bokio.resources.aio.journal_entries import AsyncJournalEntries
    from bokio.resources.aio.sie import AsyncSie
    from bokio.resources.aio.supplier_invoices import AsyncSupplierInvoices
    from bokio.resources.aio.suppliers import AsyncSuppliers
    from bokio.resources.aio.tag_groups import AsyncTagGroups
    from bokio.resources.aio.uploads import AsyncUploads

    from .general import AsyncConnections


class AsyncCompanyNamespaces:
    """The Company API's namespaces (``client.invoices``, …)."""

    bank_payments: Namespace[AsyncBankPayments] = Namespace("bokio.resources.aio.bank_payments", "AsyncBankPayments")
    chart_of_accounts: Namespace[AsyncChartOfAccounts] = Namespace(
        "bokio.resources.aio.chart_of_accounts", "AsyncChartOfAccounts"
    )
    company_information: Namespace[AsyncCompanyInformation] = Namespace(
        "bokio.resources.aio.company_information", "AsyncCompanyInformation"
    )
    credit_notes: Namespace[AsyncCreditNotes] = Namespace("bokio.resources.aio.credit_notes", "AsyncCreditNotes")
    customers: Namespace[AsyncCustomers] = Namespace("bokio.resources.aio.customers", "AsyncCustomers")
    fiscal_years: Namespace[AsyncFiscalYears] = Namespace("bokio.resources.aio.fiscal_years", "AsyncFiscalYears")
    invoices: Namespace[AsyncInvoices] = Namespace("bokio.resources.aio.invoices", "AsyncInvoices")
    items: Namespace[AsyncItems] = Namespace("bokio.resources.aio.items", "AsyncItems")
    journal_entries: Namespace[AsyncJournalEntries] = Namespace(
        "bokio.resources.aio.journal_entries", "AsyncJournalEntries"
    )
    sie: Namespace[AsyncSie] = Namespace("bokio.resources.aio.sie", "AsyncSie")
    supplier_invoices: Namespace[AsyncSupplierInvoices] = Namespace(
        "bokio.resources.aio.supplier_invoices", "AsyncSupplierInvoices"
    )
    suppliers: Namespace[AsyncSuppliers] = Namespace("bokio.resources.aio.suppliers", "AsyncSuppliers")
    tag_groups: Namespace[AsyncTagGroups] = Namespace("bokio.resources.aio.tag_groups", "AsyncTagGroups")
    uploads: Namespace[AsyncUploads] = Namespace("bokio.resources.aio.uploads", "AsyncUploads")


class AsyncAgencyNamespaces:
    """The Agency API's namespaces (``agency.companies``, …)."""

    companies: Namespace[AsyncAgencyCompanies] = Namespace(
        "bokio.resources.aio.agency_companies", "AsyncAgencyCompanies"
    )
    connections: Namespace[AsyncAgencyConnections] = Namespace(
        "bokio.resources.aio.agency_connections", "AsyncAgencyConnections"
    )
    information: Namespace[AsyncAgencyInformation] = Namespace(
        "bokio.resources.aio.agency_information", "AsyncAgencyInformation"
    )
    invitations: Namespace[AsyncAgencyInvitations] = Namespace(
        "bokio.resources.aio.agency_invitations", "AsyncAgencyInvitations"
    )
    todos: Namespace[AsyncAgencyTodos] = Namespace("bokio.resources.aio.agency_todos", "AsyncAgencyTodos")
    users: Namespace[AsyncAgencyUsers] = Namespace("bokio.resources.aio.agency_users", "AsyncAgencyUsers")


class AsyncGeneralNamespaces:
    """The General API's namespace (``general.connections``)."""

    connections: Namespace[AsyncConnections] = Namespace("bokio._async.general", "AsyncConnections")
