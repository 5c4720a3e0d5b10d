"""``client.tag_groups``: dimensions to classify journal entries by (scopes ``tags:read``/``tags:write``)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

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

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource, as_model

__all__ = ["TagGroupTags", "TagGroups"]


class TagGroups(Resource):
    """``client.tag_groups``: dimensions (cost centres, projects) to tag journal entries with."""

    @cached_property
    def tags(self) -> TagGroupTags:
        return TagGroupTags(self._client)

    def create(self, tag_group: TagGroupCreate | Mapping[str, Any]) -> TagGroup:
        """Add a dimension (e.g. "Projekt"); it starts without tags."""
        body = as_model(tag_group, TagGroupCreate.from_dict)
        return self._client._call(create_tag_group, TagGroup.from_dict, company_id=self._company_id, body=body)

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[TagGroup]:
        """Every tag group with its tags, page by page; ``query`` filters (e.g. ``Q.dimensionNumber == 6``)."""
        return self._client._paginate(
            list_tag_groups, TagGroup.from_dict_lazy, query=query, page_size=page_size, company_id=self._company_id
        )

    def get(self, tag_group_id: ID) -> TagGroup:
        """The tag group with all its tags."""
        return self._client._call(
            get_tag_group, TagGroup.from_dict, company_id=self._company_id, tag_group_id=tag_group_id
        )

    def update(self, tag_group_id: ID, tag_group: TagGroupUpdate | Mapping[str, Any]) -> TagGroup:
        """Rename the group and change its alias (the dimension number is fixed)."""
        body = as_model(tag_group, TagGroupUpdate.from_dict)
        return self._client._call(
            update_tag_group, TagGroup.from_dict, company_id=self._company_id, tag_group_id=tag_group_id, body=body
        )

    def delete(self, tag_group_id: ID) -> None:
        """Delete the group with its tags; refused while any of them is used on a journal entry."""
        self._client._call_no_content(delete_tag_group, company_id=self._company_id, tag_group_id=tag_group_id)


class TagGroupTags(Resource):
    """``client.tag_groups.tags``: the tags of a tag group."""

    def create(self, tag_group_id: ID, tag: TagInput | Mapping[str, Any]) -> Tag:
        """Add a tag (a value of the dimension, e.g. one project) to the group."""
        body = as_model(tag, TagInput.from_dict)
        return self._client._call(
            create_tag, Tag.from_dict, company_id=self._company_id, tag_group_id=tag_group_id, body=body
        )

    def update(self, tag_group_id: ID, tag_id: ID, tag: TagInput | Mapping[str, Any]) -> Tag:
        """Rename the tag; entries already tagged keep it."""
        body = as_model(tag, TagInput.from_dict)
        return self._client._call(
            update_tag,
            Tag.from_dict,
            company_id=self._company_id,
            tag_group_id=tag_group_id,
            tag_id=tag_id,
            body=body,
        )

    def delete(self, tag_group_id: ID, tag_id: ID) -> None:
        """Remove the tag; refused while it is used on a journal entry."""
        self._client._call_no_content(delete_tag, company_id=self._company_id, tag_group_id=tag_group_id, tag_id=tag_id)
