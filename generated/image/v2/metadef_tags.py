# Generated from image/v2/metadef_tags.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A tag of a metadata definitions namespace: a plain label (no value) that the namespace
suggests for resources."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class MetadefTag(Model):
    """A tag of a metadata definitions namespace: a plain label (no value) that the namespace
    suggests for resources."""

    name: str
    """The tag, unique in its namespace; sending another name on update renames the tag."""

    created_at: datetime.datetime | Unset = UNSET
    """When the tag was created (not in listings)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When the tag was last changed (not in listings)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The page size (0 or absent means no limit)."""

    marker: str | Unset = UNSET
    """The name of the last tag of the previous page."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by: created_at (default), updated_at, name."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str = REQUIRED
    """The tag, unique in its namespace; sending another name on update renames the tag."""

    _params: ClassVar[tuple[Param, ...]] = (Param("name", "name", t.STRING, required=True),)


class CreateManyOpts(Opts):
    """Options of create_many."""

    tags: builtins.list[MetadefTag] = REQUIRED
    """The tags to add; only their names are sent."""

    append: bool | Unset = UNSET
    """True: keep the namespace's existing tags and add these to them."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("tags", "tags", t.list_of(t.model(MetadefTag)), required=True),
        Param("append", "X-Openstack-Append", t.BOOLEAN, location="header"),
    )


_LIST = Operation(
    "metadef_tags.list",
    "GET",
    "/metadefs/namespaces/{namespace_name}/tags",
    ok=(200, 203),
    response_key="tags",
    paging=Paging("marker", marker_field="name"),
)
_GET = Operation(
    "metadef_tags.get",
    "GET",
    "/metadefs/namespaces/{namespace_name}/tags/{tag_name}",
    ok=(200, 203),
)
_UPDATE = Operation(
    "metadef_tags.update",
    "PUT",
    "/metadefs/namespaces/{namespace_name}/tags/{tag_name}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "metadef_tags.delete",
    "DELETE",
    "/metadefs/namespaces/{namespace_name}/tags/{tag_name}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_ONE = Operation(
    "metadef_tags.create_one",
    "POST",
    "/metadefs/namespaces/{namespace_name}/tags/{tag_name}",
    ok=(201,),
)
_CREATE_MANY = Operation(
    "metadef_tags.create_many",
    "POST",
    "/metadefs/namespaces/{namespace_name}/tags",
    ok=(201,),
    request_kind="json",
    response_kind="list",
    response_key="tags",
)
_DELETE_ALL = Operation(
    "metadef_tags.delete_all",
    "DELETE",
    "/metadefs/namespaces/{namespace_name}/tags",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    namespace_name: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[MetadefTag]:
    """List the tags of a namespace (names only). Without a limit every tag comes in one page;
    with one, the next page starts after the last tag's name."""
    return client.pager(
        _LIST,
        {"namespace_name": namespace_name},
        model=MetadefTag,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    namespace_name: str,
    tag_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefTag]:
    """Show one tag of a namespace."""
    return client.call(
        _GET,
        {"namespace_name": namespace_name, "tag_name": tag_name},
        model=MetadefTag,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    namespace_name: str,
    tag_name: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefTag]:
    """Rename a tag."""
    return client.call(
        _UPDATE,
        {"namespace_name": namespace_name, "tag_name": tag_name},
        model=MetadefTag,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
    tag_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a tag; refused (403) in a protected namespace."""
    return client.call(
        _DELETE,
        {"namespace_name": namespace_name, "tag_name": tag_name},
        microversion=microversion,
        timeout=timeout,
    )


def create_one(
    client: ServiceClient,
    namespace_name: str,
    tag_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefTag]:
    """Add one tag, named in the path, to a namespace (the request has no body)."""
    return client.call(
        _CREATE_ONE,
        {"namespace_name": namespace_name, "tag_name": tag_name},
        model=MetadefTag,
        microversion=microversion,
        timeout=timeout,
    )


def create_many(
    client: ServiceClient,
    namespace_name: str,
    opts: CreateManyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[MetadefTag]]:
    """Add several tags at once. Unless ``append`` is true, the namespace's existing tags are
    deleted first, so the list replaces them. A name repeated in the list, or (when appending)
    already present, fails with 409. The answer lists the names sent."""
    return client.call(
        _CREATE_MANY,
        {"namespace_name": namespace_name},
        model=MetadefTag,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_all(
    client: ServiceClient,
    namespace_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove every tag of the namespace; refused (403) when the namespace is protected."""
    return client.call(
        _DELETE_ALL, {"namespace_name": namespace_name}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    namespace_name: str,
    name_or_id: str,
) -> MetadefTag:
    """The one MetadefTag whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=MetadefTag,
        path_params={"namespace_name": namespace_name},
        name_field="name",
        id_field="name",
    )


def extract_metadef_tags(page: Page[Any]) -> builtins.list[MetadefTag]:
    """The MetadefTag items of a page (or of ``all_pages()``)."""
    return page.extract_as(MetadefTag)
