# Generated from network/v2/trunks.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A trunk: a parent port that carries the traffic of sub-ports, each told apart by a
segmentation type and ID (VLAN tags), so one VM interface can reach several networks. Needs
the trunk extension (the trunk service plugin)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class SubPort(Model):
    """A sub-port of a trunk."""

    port_id: str | Unset = UNSET
    """The sub-port's port."""

    segmentation_type: str | Unset = UNSET
    """How its traffic is told apart: vlan, or inherit (take the type and ID from the port's
    network)."""

    segmentation_id: int | Unset = UNSET
    """The segmentation ID (the VLAN tag: 1-4094)."""

    mac_address: str | Unset = UNSET
    """The sub-port's MAC address (port trunk_details only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("port_id", "port_id", t.STRING),
        Field("segmentation_type", "segmentation_type", t.STRING),
        Field("segmentation_id", "segmentation_id", t.INTEGER),
        Field("mac_address", "mac_address", t.STRING),
    )


class Trunk(Model):
    """A trunk: a parent port that carries the traffic of sub-ports, each told apart by a
    segmentation type and ID (VLAN tags), so one VM interface can reach several networks.
    Needs the trunk extension (the trunk service plugin)."""

    id: str
    """The trunk's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; while false, sub-ports can be neither added nor removed."""

    port_id: str | Unset = UNSET
    """The parent port (it may be the parent of one trunk only)."""

    sub_ports: builtins.list[SubPort] | Unset = UNSET
    """The sub-ports. Create may give the first ones; change them with add_subports and
    remove_subports."""

    status: str | Unset = UNSET
    """ACTIVE, DOWN, BUILD, DEGRADED or ERROR (DOWN until an agent wires it)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a trunk for another project)."""

    tenant_id: str | Unset = UNSET
    """The same as project_id (older name)."""

    tags: builtins.list[str] | Unset = UNSET
    """The trunk's tags (change them with the tags module)."""

    revision_number: int | Unset = UNSET
    """Incremented on every change (for If-Match revision checks)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it was last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("port_id", "port_id", t.STRING),
        Field("sub_ports", "sub_ports", t.list_of(t.model(SubPort))),
        Field("status", "status", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the trunk with this ID."""

    name: str | Unset = UNSET
    """Only trunks with this name."""

    description: str | Unset = UNSET
    """Only trunks with this description."""

    admin_state_up: bool | Unset = UNSET
    """Only trunks in this administrative state."""

    port_id: str | Unset = UNSET
    """Only the trunk of this parent port."""

    status: str | Unset = UNSET
    """Only trunks in this status."""

    project_id: str | Unset = UNSET
    """Only trunks owned by this project."""

    tenant_id: str | Unset = UNSET
    """Only trunks owned by this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only trunks at this revision."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items with all these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items with any of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items with all these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items with any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most trunks a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("port_id", "port_id", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; while false, sub-ports can be neither added nor removed."""

    port_id: str = REQUIRED
    """The parent port (it may be the parent of one trunk only)."""

    sub_ports: builtins.list[SubPort] | Unset = UNSET
    """The sub-ports. Create may give the first ones; change them with add_subports and
    remove_subports."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a trunk for another project)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("port_id", "port_id", t.STRING, required=True),
        Param("sub_ports", "sub_ports", t.list_of(t.model(SubPort))),
        Param("project_id", "project_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; while false, sub-ports can be neither added nor removed."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
    )


class AddSubportsOpts(Opts):
    """Options of add_subports. Also the options of remove_subports."""

    sub_ports: builtins.list[SubPort] = REQUIRED
    """The sub-ports to add (port_id, segmentation_type, segmentation_id) or remove (port_id)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("sub_ports", "sub_ports", t.list_of(t.model(SubPort)), required=True),
    )


RemoveSubportsOpts = AddSubportsOpts

_LIST = Operation(
    "trunks.list",
    "GET",
    "/trunks",
    ok=(200, 203),
    response_key="trunks",
    paging=Paging("marker", next="trunks_links[rel=next].href"),
)
_GET = Operation(
    "trunks.get",
    "GET",
    "/trunks/{trunk_id}",
    ok=(200, 203),
    response_key="trunk",
)
_CREATE = Operation(
    "trunks.create",
    "POST",
    "/trunks",
    ok=(201,),
    request_kind="json",
    request_key="trunk",
    response_key="trunk",
)
_UPDATE = Operation(
    "trunks.update",
    "PUT",
    "/trunks/{trunk_id}",
    ok=(200,),
    request_kind="json",
    request_key="trunk",
    response_key="trunk",
)
_DELETE = Operation(
    "trunks.delete",
    "DELETE",
    "/trunks/{trunk_id}",
    ok=(204,),
    response_kind="empty",
)
_ADD_SUBPORTS = Operation(
    "trunks.add_subports",
    "PUT",
    "/trunks/{trunk_id}/add_subports",
    ok=(200,),
    request_kind="json",
)
_REMOVE_SUBPORTS = Operation(
    "trunks.remove_subports",
    "PUT",
    "/trunks/{trunk_id}/remove_subports",
    ok=(200,),
    request_kind="json",
)
_GET_SUBPORTS = Operation(
    "trunks.get_subports",
    "GET",
    "/trunks/{trunk_id}/get_subports",
    ok=(200, 203),
    response_kind="list",
    response_key="sub_ports",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Trunk]:
    """List the trunks the caller may see."""
    return client.pager(
        _LIST, None, model=Trunk, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    trunk_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Trunk]:
    """Show a trunk with its sub-ports."""
    return client.call(
        _GET, {"trunk_id": trunk_id}, model=Trunk, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Trunk]:
    """Create a trunk on a parent port, optionally with sub-ports (409 when the port already is a
    trunk's parent or sub-port)."""
    return client.call(
        _CREATE, None, model=Trunk, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    trunk_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Trunk]:
    """Change a trunk's name, description or administrative state."""
    return client.call(
        _UPDATE,
        {"trunk_id": trunk_id},
        model=Trunk,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    trunk_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a trunk (409 while its parent port is bound to a host)."""
    return client.call(_DELETE, {"trunk_id": trunk_id}, microversion=microversion, timeout=timeout)


def add_subports(
    client: ServiceClient,
    trunk_id: str,
    opts: AddSubportsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Trunk]:
    """Add sub-ports to a trunk; returns the trunk. A port already in use or a segmentation ID
    already taken on the trunk is a 409."""
    return client.call(
        _ADD_SUBPORTS,
        {"trunk_id": trunk_id},
        model=Trunk,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_subports(
    client: ServiceClient,
    trunk_id: str,
    opts: RemoveSubportsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Trunk]:
    """Remove sub-ports from a trunk; returns the trunk. A port that is not a sub-port is a 404."""
    return client.call(
        _REMOVE_SUBPORTS,
        {"trunk_id": trunk_id},
        model=Trunk,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_subports(
    client: ServiceClient,
    trunk_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[SubPort]]:
    """The sub-ports of a trunk."""
    return client.call(
        _GET_SUBPORTS,
        {"trunk_id": trunk_id},
        model=SubPort,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Trunk:
    """The one Trunk whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Trunk,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    trunk_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Trunk], None] | None = None,
) -> Trunk:
    """Poll get until the Trunk's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"trunk_id": trunk_id},
        model=Trunk,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    trunk_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Trunk], None] | None = None,
) -> None:
    """Poll get until the Trunk is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"trunk_id": trunk_id},
        model=Trunk,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_trunks(page: Page[Any]) -> builtins.list[Trunk]:
    """The Trunk items of a page (or of ``all_pages()``)."""
    return page.extract_as(Trunk)
