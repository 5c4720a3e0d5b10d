"""Data models of the API.

Each model is imported on first access (PEP 562), so importing one model, or this package, does
not import all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounting_method import AccountingMethod
    from .address import Address
    from .agency_company import AgencyCompany
    from .agency_company_navigation import AgencyCompanyNavigation
    from .agency_company_page import AgencyCompanyPage
    from .agency_company_type import AgencyCompanyType
    from .agency_company_user import AgencyCompanyUser
    from .agency_company_user_page import AgencyCompanyUserPage
    from .agency_connection import AgencyConnection
    from .agency_connection_page import AgencyConnectionPage
    from .agency_connection_status import AgencyConnectionStatus
    from .agency_information import AgencyInformation
    from .agency_information_page import AgencyInformationPage
    from .agency_todo import AgencyTodo
    from .agency_user import AgencyUser
    from .agency_user_page import AgencyUserPage
    from .api_error import ApiError
    from .api_field_error import ApiFieldError
    from .invitation import Invitation
    from .invitation_page import InvitationPage
    from .invitation_status import InvitationStatus
    from .new_agency_company import NewAgencyCompany
    from .new_agency_connection import NewAgencyConnection
    from .new_invitation import NewInvitation
    from .page_info import PageInfo
    from .todo_action_type import TodoActionType
    from .todo_language import TodoLanguage
    from .todo_resource_type import TodoResourceType
    from .user_status import UserStatus
    from .vat_setting import VatSetting

_MODULE_OF = {
    "AccountingMethod": ".accounting_method",
    "Address": ".address",
    "AgencyCompany": ".agency_company",
    "AgencyCompanyNavigation": ".agency_company_navigation",
    "AgencyCompanyPage": ".agency_company_page",
    "AgencyCompanyType": ".agency_company_type",
    "AgencyCompanyUser": ".agency_company_user",
    "AgencyCompanyUserPage": ".agency_company_user_page",
    "AgencyConnection": ".agency_connection",
    "AgencyConnectionPage": ".agency_connection_page",
    "AgencyConnectionStatus": ".agency_connection_status",
    "AgencyInformation": ".agency_information",
    "AgencyInformationPage": ".agency_information_page",
    "AgencyTodo": ".agency_todo",
    "AgencyUser": ".agency_user",
    "AgencyUserPage": ".agency_user_page",
    "ApiError": ".api_error",
    "ApiFieldError": ".api_field_error",
    "Invitation": ".invitation",
    "InvitationPage": ".invitation_page",
    "InvitationStatus": ".invitation_status",
    "NewAgencyCompany": ".new_agency_company",
    "NewAgencyConnection": ".new_agency_connection",
    "NewInvitation": ".new_invitation",
    "PageInfo": ".page_info",
    "TodoActionType": ".todo_action_type",
    "TodoLanguage": ".todo_language",
    "TodoResourceType": ".todo_resource_type",
    "UserStatus": ".user_status",
    "VatSetting": ".vat_setting",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AccountingMethod",
    "Address",
    "AgencyCompany",
    "AgencyCompanyNavigation",
    "AgencyCompanyPage",
    "AgencyCompanyType",
    "AgencyCompanyUser",
    "AgencyCompanyUserPage",
    "AgencyConnection",
    "AgencyConnectionPage",
    "AgencyConnectionStatus",
    "AgencyInformation",
    "AgencyInformationPage",
    "AgencyTodo",
    "AgencyUser",
    "AgencyUserPage",
    "ApiError",
    "ApiFieldError",
    "Invitation",
    "InvitationPage",
    "InvitationStatus",
    "NewAgencyCompany",
    "NewAgencyConnection",
    "NewInvitation",
    "PageInfo",
    "TodoActionType",
    "TodoLanguage",
    "TodoResourceType",
    "UserStatus",
    "VatSetting",
)
