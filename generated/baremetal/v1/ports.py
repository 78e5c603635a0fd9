# Generated from baremetal/v1/ports.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A port: one network interface (NIC) of a node, known by its MAC address, optionally in a port
group and with the switch port it is wired to."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Port(Model):
    """A port: one network interface (NIC) of a node, known by its MAC address, optionally in a
    port group and with the switch port it is wired to."""

    uuid: str
    """The port's UUID; may be chosen on create."""

    address: str | Unset = UNSET
    """The MAC address (unique)."""

    node_uuid: str | Unset = UNSET
    """The node the port belongs to (on create give it or node_ident)."""

    name: str | None | Unset = UNSET
    """A unique name."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    internal_info: dict[str, Any] | Unset = UNSET
    """State Ironic keeps for the port (e.g. the tenant VIF it carries)."""

    pxe_enabled: bool | Unset = UNSET
    """Whether the node may PXE/iPXE boot through this port."""

    local_link_connection: dict[str, Any] | Unset = UNSET
    """The switch port it is wired to: switch_id (a MAC or OpenFlow id), port_id, switch_info,
    and (since 1.64) network_type managed or unmanaged; or hostname and port_id for a smart
    NIC."""

    portgroup_uuid: str | None | Unset = UNSET
    """The port group the port is in."""

    physical_network: str | None | Unset = UNSET
    """The physical network the port is connected to."""

    is_smartnic: bool | Unset = UNSET
    """Whether the port is a smart NIC port."""

    vendor: str | None | Unset = UNSET
    """The NIC vendor (at most 32 characters)."""

    category: str | None | Unset = UNSET
    """A free-form category (at most 80 characters)."""

    available_for_dynamic_portgroup: bool | Unset = UNSET
    """Whether Ironic may put the port in a dynamic port group."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("address", "address", t.STRING),
        Field("node_uuid", "node_uuid", t.STRING),
        Field("name", "name", t.STRING, since="1.88"),
        Field("description", "description", t.STRING, since="1.97"),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("internal_info", "internal_info", t.map_of(t.ANY), since="1.18"),
        Field("pxe_enabled", "pxe_enabled", t.BOOLEAN, since="1.19"),
        Field("local_link_connection", "local_link_connection", t.map_of(t.ANY), since="1.19"),
        Field("portgroup_uuid", "portgroup_uuid", t.STRING, since="1.24"),
        Field("physical_network", "physical_network", t.STRING, since="1.34"),
        Field("is_smartnic", "is_smartnic", t.BOOLEAN, since="1.53"),
        Field("vendor", "vendor", t.STRING, since="1.100"),
        Field("category", "category", t.STRING, since="1.101"),
        Field(
            "available_for_dynamic_portgroup",
            "available_for_dynamic_portgroup",
            t.BOOLEAN,
            since="1.111",
        ),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    node: str | Unset = UNSET
    """Only ports of this node (UUID or name)."""

    node_uuid: str | Unset = UNSET
    """Only ports of this node (UUID)."""

    address: str | Unset = UNSET
    """The port with this MAC address."""

    portgroup: str | Unset = UNSET
    """Only ports of this port group (UUID or name)."""

    shard: builtins.list[str] | Unset = UNSET
    """Only ports of nodes in these shards."""

    description_contains: str | Unset = UNSET
    """Only ports whose description contains this text."""

    conductor_groups: builtins.list[str] | Unset = UNSET
    """Only ports of nodes in these conductor groups."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The UUID of the last port of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.8", style="comma"
        ),
        Param("detail", "detail", t.BOOLEAN, location="query", since="1.43"),
        Param("node", "node", t.STRING, location="query", since="1.5"),
        Param("node_uuid", "node_uuid", t.STRING, location="query"),
        Param("address", "address", t.STRING, location="query"),
        Param("portgroup", "portgroup", t.STRING, location="query", since="1.24"),
        Param("shard", "shard", t.list_of(t.STRING), location="query", since="1.82", style="comma"),
        Param(
            "description_contains", "description_contains", t.STRING, location="query", since="1.97"
        ),
        Param(
            "conductor_groups",
            "conductor_groups",
            t.list_of(t.STRING),
            location="query",
            since="1.99",
            style="comma",
        ),
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
    """The port's UUID; may be chosen on create."""

    address: str = REQUIRED
    """The MAC address (unique)."""

    node_uuid: str | Unset = UNSET
    """The node the port belongs to (on create give it or node_ident)."""

    name: str | None | Unset = UNSET
    """A unique name."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    pxe_enabled: bool | Unset = UNSET
    """Whether the node may PXE/iPXE boot through this port."""

    local_link_connection: dict[str, Any] | Unset = UNSET
    """The switch port it is wired to: switch_id (a MAC or OpenFlow id), port_id, switch_info,
    and (since 1.64) network_type managed or unmanaged; or hostname and port_id for a smart
    NIC."""

    portgroup_uuid: str | None | Unset = UNSET
    """The port group the port is in."""

    physical_network: str | None | Unset = UNSET
    """The physical network the port is connected to."""

    is_smartnic: bool | Unset = UNSET
    """Whether the port is a smart NIC port."""

    vendor: str | None | Unset = UNSET
    """The NIC vendor (at most 32 characters)."""

    category: str | None | Unset = UNSET
    """A free-form category (at most 80 characters)."""

    available_for_dynamic_portgroup: bool | Unset = UNSET
    """Whether Ironic may put the port in a dynamic port group."""

    node_ident: str | Unset = UNSET
    """The node, by UUID or name (instead of node_uuid)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("address", "address", t.STRING, required=True),
        Param("node_uuid", "node_uuid", t.STRING),
        Param("name", "name", t.STRING, nullable=True, since="1.88"),
        Param("description", "description", t.STRING, nullable=True, since="1.97"),
        Param("extra_", "extra", t.map_of(t.ANY)),
        Param("pxe_enabled", "pxe_enabled", t.BOOLEAN, since="1.19"),
        Param("local_link_connection", "local_link_connection", t.map_of(t.ANY), since="1.19"),
        Param("portgroup_uuid", "portgroup_uuid", t.STRING, nullable=True, since="1.24"),
        Param("physical_network", "physical_network", t.STRING, nullable=True, since="1.34"),
        Param("is_smartnic", "is_smartnic", t.BOOLEAN, since="1.53"),
        Param("vendor", "vendor", t.STRING, nullable=True, since="1.100"),
        Param("category", "category", t.STRING, nullable=True, since="1.101"),
        Param(
            "available_for_dynamic_portgroup",
            "available_for_dynamic_portgroup",
            t.BOOLEAN,
            since="1.111",
        ),
        Param("node_ident", "node_ident", t.STRING, since="1.94"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    address: str | Unset = UNSET
    """The MAC address (unique)."""

    node_uuid: str | Unset = UNSET
    """The node the port belongs to (on create give it or node_ident)."""

    name: str | None | Unset = UNSET
    """A unique name."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    pxe_enabled: bool | Unset = UNSET
    """Whether the node may PXE/iPXE boot through this port."""

    local_link_connection: dict[str, Any] | Unset = UNSET
    """The switch port it is wired to: switch_id (a MAC or OpenFlow id), port_id, switch_info,
    and (since 1.64) network_type managed or unmanaged; or hostname and port_id for a smart
    NIC."""

    portgroup_uuid: str | None | Unset = UNSET
    """The port group the port is in."""

    physical_network: str | None | Unset = UNSET
    """The physical network the port is connected to."""

    is_smartnic: bool | Unset = UNSET
    """Whether the port is a smart NIC port."""

    vendor: str | None | Unset = UNSET
    """The NIC vendor (at most 32 characters)."""

    category: str | None | Unset = UNSET
    """A free-form category (at most 80 characters)."""

    available_for_dynamic_portgroup: bool | Unset = UNSET
    """Whether Ironic may put the port in a dynamic port group."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("address", "address", t.STRING),
        Param("node_uuid", "node_uuid", t.STRING),
        Param("name", "name", t.STRING, nullable=True, since="1.88"),
        Param("description", "description", t.STRING, nullable=True, since="1.97"),
        Param("extra_", "extra", t.map_of(t.ANY)),
        Param("pxe_enabled", "pxe_enabled", t.BOOLEAN, since="1.19"),
        Param("local_link_connection", "local_link_connection", t.map_of(t.ANY), since="1.19"),
        Param("portgroup_uuid", "portgroup_uuid", t.STRING, nullable=True, since="1.24"),
        Param("physical_network", "physical_network", t.STRING, nullable=True, since="1.34"),
        Param("is_smartnic", "is_smartnic", t.BOOLEAN, since="1.53"),
        Param("vendor", "vendor", t.STRING, nullable=True, since="1.100"),
        Param("category", "category", t.STRING, nullable=True, since="1.101"),
        Param(
            "available_for_dynamic_portgroup",
            "available_for_dynamic_portgroup",
            t.BOOLEAN,
            since="1.111",
        ),
    )


class ListDetailOpts(Opts):
    """Options of list_detail."""

    node: str | Unset = UNSET
    """Only ports of this node (UUID or name)."""

    node_uuid: str | Unset = UNSET
    """Only ports of this node (UUID)."""

    address: str | Unset = UNSET
    """The port with this MAC address."""

    portgroup: str | Unset = UNSET
    """Only ports of this port group."""

    shard: builtins.list[str] | Unset = UNSET
    """Only ports of nodes in these shards."""

    description_contains: str | Unset = UNSET
    """Only ports whose description contains this text."""

    conductor_groups: builtins.list[str] | Unset = UNSET
    """Only ports of nodes in these conductor groups."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("node", "node", t.STRING, location="query", since="1.5"),
        Param("node_uuid", "node_uuid", t.STRING, location="query"),
        Param("address", "address", t.STRING, location="query"),
        Param("portgroup", "portgroup", t.STRING, location="query", since="1.24"),
        Param("shard", "shard", t.list_of(t.STRING), location="query", since="1.82", style="comma"),
        Param(
            "description_contains", "description_contains", t.STRING, location="query", since="1.97"
        ),
        Param(
            "conductor_groups",
            "conductor_groups",
            t.list_of(t.STRING),
            location="query",
            since="1.99",
            style="comma",
        ),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class ListForNodeOpts(Opts):
    """Options of list_for_node. Also the options of list_for_portgroup."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

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


ListForPortgroupOpts = ListForNodeOpts

_LIST = Operation(
    "ports.list",
    "GET",
    "/ports",
    ok=(200, 203),
    response_key="ports",
    paging=Paging("marker", marker_field="uuid", next="next"),
)
_GET = Operation(
    "ports.get",
    "GET",
    "/ports/{port_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "ports.create",
    "POST",
    "/ports",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "ports.update",
    "PATCH",
    "/ports/{port_id}",
    ok=(200,),
    request_kind="json-patch",
)
_DELETE = Operation(
    "ports.delete",
    "DELETE",
    "/ports/{port_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "ports.list_detail",
    "GET",
    "/ports/detail",
    ok=(200, 203),
    response_key="ports",
    paging=Paging("marker", marker_field="uuid", next="next"),
)
_LIST_FOR_NODE = Operation(
    "ports.list_for_node",
    "GET",
    "/nodes/{node_id}/ports",
    ok=(200, 203),
    response_key="ports",
    paging=Paging("marker", marker_field="uuid", next="next"),
)
_LIST_FOR_PORTGROUP = Operation(
    "ports.list_for_portgroup",
    "GET",
    "/portgroups/{portgroup_id}/ports",
    ok=(200, 203),
    response_key="ports",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.24",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Port]:
    """List ports, by default their uuid, address and name only (fields= picks others,
    detail=True returns every field)."""
    return client.pager(
        _LIST, None, model=Port, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    port_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Port]:
    """Show a port (by UUID, or by name since 1.88)."""
    return client.call(
        _GET,
        {"port_id": port_id},
        model=Port,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Port]:
    """Create a port of a node."""
    return client.call(
        _CREATE, None, model=Port, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    port_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Port]:
    """Change a port with a JSON patch built from the options (each set attribute replaced as a
    whole; None replaces it with null)."""
    return client.call(
        _UPDATE,
        {"port_id": port_id},
        model=Port,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    port_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a port."""
    return client.call(_DELETE, {"port_id": port_id}, microversion=microversion, timeout=timeout)


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Port]:
    """List ports with every field (GET /ports/detail)."""
    return client.pager(
        _LIST_DETAIL, None, model=Port, opts=opts, microversion=microversion, timeout=timeout
    )


def list_for_node(
    client: ServiceClient,
    node_id: str,
    opts: ListForNodeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Port]:
    """List the ports of one node (by UUID or name)."""
    return client.pager(
        _LIST_FOR_NODE,
        {"node_id": node_id},
        model=Port,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_for_portgroup(
    client: ServiceClient,
    portgroup_id: str,
    opts: ListForPortgroupOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Port]:
    """List the ports of one port group (since 1.24)."""
    return client.pager(
        _LIST_FOR_PORTGROUP,
        {"portgroup_id": portgroup_id},
        model=Port,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Port:
    """The one Port whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Port,
        name_field="name",
        id_field="uuid",
    )


def extract_ports(page: Page[Any]) -> builtins.list[Port]:
    """The Port items of a page (or of ``all_pages()``)."""
    return page.extract_as(Port)
