# Generated from baremetal/v1/allocations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An allocation (since 1.52): a request for a node of a resource class with given traits
(optionally among candidate nodes), which Ironic fills by picking an available node and
reserving it; or (since 1.58) the record of a node already in use (backfilling, with node)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Allocation(Model):
    """An allocation (since 1.52): a request for a node of a resource class with given traits
    (optionally among candidate nodes), which Ironic fills by picking an available node and
    reserving it; or (since 1.58) the record of a node already in use (backfilling, with
    node)."""

    uuid: str
    """The allocation's UUID; may be chosen on create."""

    name: str | None | Unset = UNSET
    """A unique name."""

    resource_class: str | None | Unset = UNSET
    """The resource class the node must have (required unless node is given)."""

    traits: builtins.list[str] | Unset = UNSET
    """Traits the node must have."""

    candidate_nodes: builtins.list[str] | Unset = UNSET
    """The nodes (UUIDs or names) to choose among; any available node when empty."""

    node_uuid: str | None | Unset = UNSET
    """The node picked."""

    state: Literal["allocating", "active", "error"] | Unset = UNSET
    """allocating while Ironic looks for a node, then active or error."""

    last_error: str | None | Unset = UNSET
    """Why the allocation failed."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    owner: str | None | Unset = UNSET
    """The project that owns the allocation."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("resource_class", "resource_class", t.STRING),
        Field("traits", "traits", t.list_of(t.STRING)),
        Field("candidate_nodes", "candidate_nodes", t.list_of(t.STRING)),
        Field("node_uuid", "node_uuid", t.STRING),
        Field("state", "state", t.STRING),
        Field("last_error", "last_error", t.STRING),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("owner", "owner", t.STRING, since="1.60"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    node: str | Unset = UNSET
    """The allocation of this node (UUID or name)."""

    resource_class: str | Unset = UNSET
    """Only allocations of this resource class."""

    state: Literal["allocating", "active", "error"] | Unset = UNSET
    """Only allocations in this state."""

    owner: str | Unset = UNSET
    """Only allocations of this project."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The UUID of the last allocation of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("node", "node", t.STRING, location="query"),
        Param("resource_class", "resource_class", t.STRING, location="query"),
        Param("state", "state", t.STRING, location="query", enum=("allocating", "active", "error")),
        Param("owner", "owner", t.STRING, location="query", since="1.60"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of get_for_node."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The allocation's UUID; may be chosen on create."""

    name: str | None | Unset = UNSET
    """A unique name."""

    resource_class: str | None | Unset = UNSET
    """The resource class the node must have (required unless node is given)."""

    traits: builtins.list[str] | Unset = UNSET
    """Traits the node must have."""

    candidate_nodes: builtins.list[str] | Unset = UNSET
    """The nodes (UUIDs or names) to choose among; any available node when empty."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    owner: str | None | Unset = UNSET
    """The project that owns the allocation."""

    node: str | Unset = UNSET
    """Backfill; record that this node (UUID or name) is already in use."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("name", "name", t.STRING, nullable=True),
        Param("resource_class", "resource_class", t.STRING, nullable=True),
        Param("traits", "traits", t.list_of(t.STRING)),
        Param("candidate_nodes", "candidate_nodes", t.list_of(t.STRING)),
        Param("extra_", "extra", t.map_of(t.ANY)),
        Param("owner", "owner", t.STRING, nullable=True, since="1.60"),
        Param("node", "node", t.STRING, since="1.58"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """A unique name."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


GetForNodeOpts = GetOpts

_LIST = Operation(
    "allocations.list",
    "GET",
    "/allocations",
    ok=(200, 203),
    response_key="allocations",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.52",
)
_GET = Operation(
    "allocations.get",
    "GET",
    "/allocations/{allocation_id}",
    ok=(200, 203),
    since="1.52",
)
_CREATE = Operation(
    "allocations.create",
    "POST",
    "/allocations",
    ok=(201,),
    request_kind="json",
    since="1.52",
)
_UPDATE = Operation(
    "allocations.update",
    "PATCH",
    "/allocations/{allocation_id}",
    ok=(200,),
    request_kind="json-patch",
    since="1.57",
)
_DELETE = Operation(
    "allocations.delete",
    "DELETE",
    "/allocations/{allocation_id}",
    ok=(204,),
    response_kind="empty",
    since="1.52",
)
_GET_FOR_NODE = Operation(
    "allocations.get_for_node",
    "GET",
    "/nodes/{node_id}/allocation",
    ok=(200, 203),
    since="1.52",
)
_DELETE_FOR_NODE = Operation(
    "allocations.delete_for_node",
    "DELETE",
    "/nodes/{node_id}/allocation",
    ok=(204,),
    response_kind="empty",
    since="1.52",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Allocation]:
    """List allocations."""
    return client.pager(
        _LIST, None, model=Allocation, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    allocation_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Allocation]:
    """Show an allocation (by UUID or name)."""
    return client.call(
        _GET,
        {"allocation_id": allocation_id},
        model=Allocation,
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
) -> Result[Allocation]:
    """Request a node (201); the allocation starts "allocating" and becomes active (node_uuid
    set) or error (last_error set): wait_for_status."""
    return client.call(
        _CREATE, None, model=Allocation, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    allocation_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Allocation]:
    """Rename an allocation or change its extra data (JSON patch)."""
    return client.call(
        _UPDATE,
        {"allocation_id": allocation_id},
        model=Allocation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    allocation_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an allocation, releasing its node (refused while the node is active)."""
    return client.call(
        _DELETE, {"allocation_id": allocation_id}, microversion=microversion, timeout=timeout
    )


def get_for_node(
    client: ServiceClient,
    node_id: str,
    opts: GetForNodeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Allocation]:
    """Show the allocation of a node."""
    return client.call(
        _GET_FOR_NODE,
        {"node_id": node_id},
        model=Allocation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_for_node(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the allocation of a node."""
    return client.call(
        _DELETE_FOR_NODE, {"node_id": node_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Allocation:
    """The one Allocation whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Allocation,
        name_field="name",
        id_field="uuid",
    )


def wait_for_status(
    client: ServiceClient,
    allocation_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Allocation], None] | None = None,
) -> Allocation:
    """Poll get until the Allocation's state is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"allocation_id": allocation_id},
        model=Allocation,
        field="state",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    allocation_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Allocation], None] | None = None,
) -> None:
    """Poll get until the Allocation is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"allocation_id": allocation_id},
        model=Allocation,
        field="state",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_allocations(page: Page[Any]) -> builtins.list[Allocation]:
    """The Allocation items of a page (or of ``all_pages()``)."""
    return page.extract_as(Allocation)
