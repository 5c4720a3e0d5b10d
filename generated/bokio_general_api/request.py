"""ApiRequest and the parameter checks: the same as bokio_company_api.request."""

from bokio_company_api.request import ApiRequest, InvalidParameterError, path_int, path_uuid

__all__ = ["ApiRequest", "InvalidParameterError", "path_int", "path_uuid"]
