"""``agency.todos``: what waits for a user in a client company (scope ``agency-todos:read``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast

from bokio_agency_api.api.agency_todos import list_agency_company_user_todos
from bokio_agency_api.models.agency_todo import AgencyTodo
from bokio_agency_api.models.todo_language import TodoLanguage

from bokio.agency import AsyncBokioAgency
from bokio.client import Headers, Timeout
from bokio.resources.base import ID, AgencyResource

__all__ = ["AsyncAgencyTodos"]


def _todos(data: Any) -> list[AgencyTodo]:
    if not isinstance(data, list):
        raise TypeError("the to-do list is not a JSON array")
    return [AgencyTodo.from_dict(item) for item in cast("list[Mapping[str, Any]]", data)]


class AsyncAgencyTodos(AgencyResource[AsyncBokioAgency]):
    """``agency.todos``: the work waiting for a user in a client company."""

    async def list(
        self,
        company_id: ID,
        user_id: ID,
        *,
        language: TodoLanguage | Literal["sv", "en"] | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> list[AgencyTodo]:
        """The user's to-dos in the client company right now (the whole list; not paged).

        Titles are Swedish unless ``language="en"``.
        """
        accept_language = None
        if language is not None:
            try:
                accept_language = TodoLanguage(language)
            except ValueError:
                raise ValueError(f"language must be 'sv' or 'en', got {language!r}") from None
        return await self._client._call(
            lambda: list_agency_company_user_todos.build_request(
                agency_id=self._agency_id, company_id=company_id, user_id=user_id, accept_language=accept_language
            ),
            _todos,
            timeout=timeout,
            extra_headers=extra_headers,
        )
