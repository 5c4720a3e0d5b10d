"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .api_field_error import ApiFieldError
from .description_only_item import DescriptionOnlyItem
from .description_only_item_item_type import DescriptionOnlyItemItemType
from .item_page import ItemPage
from .page_info import PageInfo
from .product_type import ProductType
from .sales_item import SalesItem
from .sales_item_item_type import SalesItemItemType
from .unit_type import UnitType

__all__ = (
    "ApiError",
    "ApiFieldError",
    "DescriptionOnlyItem",
    "DescriptionOnlyItemItemType",
    "ItemPage",
    "PageInfo",
    "ProductType",
    "SalesItem",
    "SalesItemItemType",
    "UnitType",
)
