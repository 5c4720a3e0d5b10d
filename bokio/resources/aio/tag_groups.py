"""``client.tag_groups``: dimensions to classify journal entries by (scopes ``tags:read``/``tags:write``)."""

from __future__ import annotations

from functools import cached_property

from bokio_company_api.api.tag_group_tags import create_tag, delete_tag, update_tag
from bokio_company_api.api.tag_groups import (
    create_tag_group,
    delete_tag_group,
    get_tag_group,
    list_tag_groups,
    update_tag_group,
)
from bokio_company_api.models.tag import Tag
from bokio_company_api.models.tag_group import TagGroup
from bokio_company_api.models.tag_group_create import TagGroupCreate
from bokio_company_api.models.tag_group_update import TagGroupUpdate
from bokio_company_api.models.tag_input import TagInput
from bokio_company_api.params import TagGroupCreateParams, TagGroupUpdateParams, TagParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncTagGroupTags", "AsyncTagGroups"]


class AsyncTagGroups(Resource[AsyncBokio]):
    """``client.tag_groups``: dimensions (cost centres, projects) to tag journal entries with."""

    @cached_property
    def tags(self) -> AsyncTagGroupTags:
        return AsyncTagGroupTags(self._client)

    async def create(
        self,
        tag_group: TagGroupCreate | TagGroupCreateParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> TagGroup:
        """Add a dimension (e.g. "Projekt"); it starts without tags."""
        return await self._client._call(
            lambda: create_tag_group.build_request(company_id=self._company_id, body=tag_group),
            TagGroup.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[TagGroup]:
        """Every tag group with its tags, page by page; ``query`` filters (e.g. ``Q.dimensionNumber == 6``)."""
        return self._client._paginate(
            list_tag_groups,
            lambda page, size, compiled: list_tag_groups.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            TagGroup.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, tag_group_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> TagGroup:
        """The tag group with all its tags."""
        return await self._client._call(
            lambda: get_tag_group.build_request(company_id=self._company_id, tag_group_id=tag_group_id),
            TagGroup.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        tag_group_id: ID,
        tag_group: TagGroupUpdate | TagGroupUpdateParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> TagGroup:
        """Rename the group and change its alias (the dimension number is fixed)."""
        return await self._client._call(
            lambda: update_tag_group.build_request(
                company_id=self._company_id, tag_group_id=tag_group_id, body=tag_group
            ),
            TagGroup.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, tag_group_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Delete the group with its tags; refused while any of them is used on a journal entry."""
        await self._client._call_no_content(
            lambda: delete_tag_group.build_request(company_id=self._company_id, tag_group_id=tag_group_id),
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AsyncTagGroupTags(Resource[AsyncBokio]):
    """``client.tag_groups.tags``: the tags of a tag group."""

    async def create(
        self,
        tag_group_id: ID,
        tag: TagInput | TagParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Tag:
        """Add a tag (a value of the dimension, e.g. one project) to the group."""
        return await self._client._call(
            lambda: create_tag.build_request(company_id=self._company_id, tag_group_id=tag_group_id, body=tag),
            Tag.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        tag_group_id: ID,
        tag_id: ID,
        tag: TagInput | TagParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Tag:
        """Rename the tag; entries already tagged keep it."""
        return await self._client._call(
            lambda: update_tag.build_request(
                company_id=self._company_id, tag_group_id=tag_group_id, tag_id=tag_id, body=tag
            ),
            Tag.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, tag_group_id: ID, tag_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Remove the tag; refused while it is used on a journal entry."""
        await self._client._call_no_content(
            lambda: delete_tag.build_request(company_id=self._company_id, tag_group_id=tag_group_id, tag_id=tag_id),
            timeout=timeout,
            extra_headers=extra_headers,
        )
