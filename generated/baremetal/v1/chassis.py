# Generated from baremetal/v1/chassis.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A chassis groups nodes (e.g. a rack or an enclosure); it has no state of its own."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.baremetal.v1.nodes import Node
from stacksdk.shared import Link as Link


class Chassis(Model):
    """A chassis groups nodes (e.g. a rack or an enclosure); it has no state of its own."""

    uuid: str
    """The chassis's UUID; may be chosen on create."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    nodes: builtins.list[Link] | Unset = UNSET
    """Links to the chassis's nodes."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("description", "description", t.STRING),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("nodes", "nodes", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The UUID of the last chassis of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.8", style="comma"
        ),
        Param("detail", "detail", t.BOOLEAN, location="query", since="1.43"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.8", style="comma"
        ),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The chassis's UUID; may be chosen on create."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING, nullable=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


class ListDetailOpts(Opts):
    """Options of list_detail."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class ListNodesOpts(Opts):
    """Options of list_nodes."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.8", style="comma"
        ),
        Param("detail", "detail", t.BOOLEAN, location="query", since="1.43"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


_LIST = Operation(
    "chassis.list",
    "GET",
    "/chassis",
    ok=(200, 203),
    response_key="chassis",
    paging=Paging("marker", marker_field="uuid", next="next"),
)
_GET = Operation(
    "chassis.get",
    "GET",
    "/chassis/{chassis_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "chassis.create",
    "POST",
    "/chassis",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "chassis.update",
    "PATCH",
    "/chassis/{chassis_id}",
    ok=(200,),
    request_kind="json-patch",
)
_DELETE = Operation(
    "chassis.delete",
    "DELETE",
    "/chassis/{chassis_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "chassis.list_detail",
    "GET",
    "/chassis/detail",
    ok=(200, 203),
    response_key="chassis",
    paging=Paging("marker", marker_field="uuid", next="next"),
)
_LIST_NODES = Operation(
    "chassis.list_nodes",
    "GET",
    "/chassis/{chassis_id}/nodes",
    ok=(200, 203),
    response_key="nodes",
    paging=Paging("marker", marker_field="uuid", next="next"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Chassis]:
    """List chassis, by default their uuid and description only."""
    return client.pager(
        _LIST, None, model=Chassis, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    chassis_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Chassis]:
    """Get a chassis."""
    return client.call(
        _GET,
        {"chassis_id": chassis_id},
        model=Chassis,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Chassis]:
    """Create a chassis."""
    return client.call(
        _CREATE, None, model=Chassis, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    chassis_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Chassis]:
    """Change a chassis with a JSON patch built from the options."""
    return client.call(
        _UPDATE,
        {"chassis_id": chassis_id},
        model=Chassis,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    chassis_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a chassis (refused while nodes belong to it)."""
    return client.call(
        _DELETE, {"chassis_id": chassis_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Chassis]:
    """List chassis with every field."""
    return client.pager(
        _LIST_DETAIL, None, model=Chassis, opts=opts, microversion=microversion, timeout=timeout
    )


def list_nodes(
    client: ServiceClient,
    chassis_id: str,
    opts: ListNodesOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Node]:
    """List the nodes of a chassis (the short node view unless fields or detail say otherwise)."""
    return client.pager(
        _LIST_NODES,
        {"chassis_id": chassis_id},
        model=Node,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_chassis(page: Page[Any]) -> builtins.list[Chassis]:
    """The Chassis items of a page (or of ``all_pages()``)."""
    return page.extract_as(Chassis)
