# Generated from block-storage/v3/group_types.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A group type (since 3.11): a named set of group specs that groups of volumes are created with,
public or private like volume types. Creating, updating and deleting is admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class GroupType(Model):
    """A group type (since 3.11): a named set of group specs that groups of volumes are created
    with, public or private like volume types. Creating, updating and deleting is admin-only
    by default."""

    id: str
    """The group type's UUID."""

    name: str
    """The name (unique among group types)."""

    description: str | None | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    is_public: bool | Unset = UNSET
    """True when every project may use it."""

    group_specs: dict[str, str] | Unset = UNSET
    """The group specs (create may set them; change them with group_specs). Shown only to callers
    whose policy allows it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("is_public", "is_public", t.BOOLEAN),
        Field("group_specs", "group_specs", t.map_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    is_public: Literal["true", "false", "none"] | Unset = UNSET
    """Admins only; "none" lists public and private."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    sort: str | Unset = UNSET
    """key1:asc,key2:desc."""

    limit: int | Unset = UNSET
    """The most group types a page holds."""

    marker: str | Unset = UNSET
    """Start after the group type with this ID."""

    offset: int | Unset = UNSET
    """Skip this many first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("is_public", "is_public", t.STRING, location="query", enum=("true", "false", "none")),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("sort", "sort", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The name (unique among group types)."""

    description: str | None | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    is_public: bool | Unset = UNSET
    """True when every project may use it."""

    group_specs: dict[str, str] | Unset = UNSET
    """The group specs (create may set them; change them with group_specs). Shown only to callers
    whose policy allows it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("is_public", "is_public", t.BOOLEAN),
        Param("group_specs", "group_specs", t.map_of(t.STRING)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The name (unique among group types)."""

    description: str | None | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    is_public: bool | Unset = UNSET
    """True when every project may use it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("is_public", "is_public", t.BOOLEAN),
    )


_LIST = Operation(
    "group_types.list",
    "GET",
    "/group_types",
    ok=(200, 203),
    response_key="group_types",
    paging=Paging("marker", next="group_type_links[rel=next].href"),
    since="3.11",
)
_GET = Operation(
    "group_types.get",
    "GET",
    "/group_types/{group_type_id}",
    ok=(200, 203),
    response_key="group_type",
    since="3.11",
)
_CREATE = Operation(
    "group_types.create",
    "POST",
    "/group_types",
    ok=(202,),
    request_kind="json",
    request_key="group_type",
    response_key="group_type",
    since="3.11",
)
_UPDATE = Operation(
    "group_types.update",
    "PUT",
    "/group_types/{group_type_id}",
    ok=(200,),
    request_kind="json",
    request_key="group_type",
    response_key="group_type",
    since="3.11",
)
_DELETE = Operation(
    "group_types.delete",
    "DELETE",
    "/group_types/{group_type_id}",
    ok=(202,),
    response_kind="empty",
    since="3.11",
)
_GET_DEFAULT = Operation(
    "group_types.get_default",
    "GET",
    "/group_types/default",
    ok=(200, 203),
    response_key="group_type",
    since="3.11",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[GroupType]:
    """List group types (admins see private ones too, by is_public)."""
    return client.pager(
        _LIST, None, model=GroupType, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    group_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GroupType]:
    """Show a group type."""
    return client.call(
        _GET,
        {"group_type_id": group_type_id},
        model=GroupType,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GroupType]:
    """Create a group type (admin; a name in use is a 409)."""
    return client.call(
        _CREATE, None, model=GroupType, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    group_type_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GroupType]:
    """Change a group type's name, description or visibility."""
    return client.call(
        _UPDATE,
        {"group_type_id": group_type_id},
        model=GroupType,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    group_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a group type (400 when groups use it)."""
    return client.call(
        _DELETE, {"group_type_id": group_type_id}, microversion=microversion, timeout=timeout
    )


def get_default(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GroupType]:
    """The default group type (from configuration; NotFound when none is configured)."""
    return client.call(
        _GET_DEFAULT, None, model=GroupType, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> GroupType:
    """The one GroupType whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=GroupType,
        name_field="name",
        list_opts=ListOpts,
        queries=({"is_public": "none"},),
        id_field="id",
    )


def extract_group_types(page: Page[Any]) -> builtins.list[GroupType]:
    """The GroupType items of a page (or of ``all_pages()``)."""
    return page.extract_as(GroupType)
