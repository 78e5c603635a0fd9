# Generated from baremetal/v1/portgroups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A port group (since 1.23): ports of one node bonded together (a LAG or bond), with its own MAC
address."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Portgroup(Model):
    """A port group (since 1.23): ports of one node bonded together (a LAG or bond), with its own
    MAC address."""

    uuid: str
    """The port group's UUID; may be chosen on create."""

    name: str | None | Unset = UNSET
    """A unique name."""

    address: str | None | Unset = UNSET
    """The MAC address (unique)."""

    node_uuid: str | Unset = UNSET
    """The node the port group belongs to."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    internal_info: dict[str, Any] | Unset = UNSET
    """State Ironic keeps for the port group."""

    standalone_ports_supported: bool | Unset = UNSET
    """Whether the group's ports may also be used on their own (default true)."""

    mode: str | None | Unset = UNSET
    """The bonding mode (balance-rr, active-backup, 802.3ad, ...); default from the deployment."""

    properties: dict[str, Any] | Unset = UNSET
    """Bonding options (miimon, xmit_hash_policy, ...)."""

    physical_network: str | None | Unset = UNSET
    """The physical network of the group's ports."""

    category: str | None | Unset = UNSET
    """A free-form category (at most 80 characters)."""

    dynamic_portgroup: bool | Unset = UNSET
    """Whether Ironic made the group itself from ports available for dynamic port groups."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    ports: builtins.list[Link] | Unset = UNSET
    """Links to the group's ports."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("address", "address", t.STRING),
        Field("node_uuid", "node_uuid", t.STRING),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("internal_info", "internal_info", t.map_of(t.ANY)),
        Field("standalone_ports_supported", "standalone_ports_supported", t.BOOLEAN),
        Field("mode", "mode", t.STRING, since="1.26"),
        Field("properties", "properties", t.map_of(t.ANY), since="1.26"),
        Field("physical_network", "physical_network", t.STRING, since="1.102"),
        Field("category", "category", t.STRING, since="1.103"),
        Field("dynamic_portgroup", "dynamic_portgroup", t.BOOLEAN, since="1.111"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("ports", "ports", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    node: str | Unset = UNSET
    """Only port groups of this node (UUID or name)."""

    address: str | Unset = UNSET
    """The port group with this MAC address."""

    shard: builtins.list[str] | Unset = UNSET
    """Only port groups of nodes in these shards."""

    conductor_groups: builtins.list[str] | Unset = UNSET
    """Only port groups of nodes in these conductor groups."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The UUID of the last port group of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("detail", "detail", t.BOOLEAN, location="query", since="1.43"),
        Param("node", "node", t.STRING, location="query"),
        Param("address", "address", t.STRING, location="query"),
        Param(
            "shard", "shard", t.list_of(t.STRING), location="query", since="1.106", style="comma"
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
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The port group's UUID; may be chosen on create."""

    name: str | None | Unset = UNSET
    """A unique name."""

    address: str | None | Unset = UNSET
    """The MAC address (unique)."""

    node_uuid: str = REQUIRED
    """The node the port group belongs to."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    standalone_ports_supported: bool | Unset = UNSET
    """Whether the group's ports may also be used on their own (default true)."""

    mode: str | None | Unset = UNSET
    """The bonding mode (balance-rr, active-backup, 802.3ad, ...); default from the deployment."""

    properties: dict[str, Any] | Unset = UNSET
    """Bonding options (miimon, xmit_hash_policy, ...)."""

    physical_network: str | None | Unset = UNSET
    """The physical network of the group's ports."""

    category: str | None | Unset = UNSET
    """A free-form category (at most 80 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("name", "name", t.STRING, nullable=True),
        Param("address", "address", t.STRING, nullable=True),
        Param("node_uuid", "node_uuid", t.STRING, required=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
        Param("standalone_ports_supported", "standalone_ports_supported", t.BOOLEAN),
        Param("mode", "mode", t.STRING, nullable=True, since="1.26"),
        Param("properties", "properties", t.map_of(t.ANY), since="1.26"),
        Param("physical_network", "physical_network", t.STRING, nullable=True, since="1.102"),
        Param("category", "category", t.STRING, nullable=True, since="1.103"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """A unique name."""

    address: str | None | Unset = UNSET
    """The MAC address (unique)."""

    node_uuid: str | Unset = UNSET
    """The node the port group belongs to."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    standalone_ports_supported: bool | Unset = UNSET
    """Whether the group's ports may also be used on their own (default true)."""

    mode: str | None | Unset = UNSET
    """The bonding mode (balance-rr, active-backup, 802.3ad, ...); default from the deployment."""

    properties: dict[str, Any] | Unset = UNSET
    """Bonding options (miimon, xmit_hash_policy, ...)."""

    physical_network: str | None | Unset = UNSET
    """The physical network of the group's ports."""

    category: str | None | Unset = UNSET
    """A free-form category (at most 80 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("address", "address", t.STRING, nullable=True),
        Param("node_uuid", "node_uuid", t.STRING),
        Param("extra_", "extra", t.map_of(t.ANY)),
        Param("standalone_ports_supported", "standalone_ports_supported", t.BOOLEAN),
        Param("mode", "mode", t.STRING, nullable=True, since="1.26"),
        Param("properties", "properties", t.map_of(t.ANY), since="1.26"),
        Param("physical_network", "physical_network", t.STRING, nullable=True, since="1.102"),
        Param("category", "category", t.STRING, nullable=True, since="1.103"),
    )


class ListDetailOpts(Opts):
    """Options of list_detail."""

    node: str | Unset = UNSET
    """Only port groups of this node (UUID or name)."""

    address: str | Unset = UNSET
    """The port group with this MAC address."""

    shard: builtins.list[str] | Unset = UNSET
    """Only port groups of nodes in these shards."""

    conductor_groups: builtins.list[str] | Unset = UNSET
    """Only port groups of nodes in these conductor groups."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("node", "node", t.STRING, location="query"),
        Param("address", "address", t.STRING, location="query"),
        Param(
            "shard", "shard", t.list_of(t.STRING), location="query", since="1.106", style="comma"
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
    """Options of list_for_node."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("detail", "detail", t.BOOLEAN, location="query", since="1.43"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


_LIST = Operation(
    "portgroups.list",
    "GET",
    "/portgroups",
    ok=(200, 203),
    response_key="portgroups",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.23",
)
_GET = Operation(
    "portgroups.get",
    "GET",
    "/portgroups/{portgroup_id}",
    ok=(200, 203),
    since="1.23",
)
_CREATE = Operation(
    "portgroups.create",
    "POST",
    "/portgroups",
    ok=(201,),
    request_kind="json",
    since="1.23",
)
_UPDATE = Operation(
    "portgroups.update",
    "PATCH",
    "/portgroups/{portgroup_id}",
    ok=(200,),
    request_kind="json-patch",
    since="1.23",
)
_DELETE = Operation(
    "portgroups.delete",
    "DELETE",
    "/portgroups/{portgroup_id}",
    ok=(204,),
    response_kind="empty",
    since="1.23",
)
_LIST_DETAIL = Operation(
    "portgroups.list_detail",
    "GET",
    "/portgroups/detail",
    ok=(200, 203),
    response_key="portgroups",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.23",
)
_LIST_FOR_NODE = Operation(
    "portgroups.list_for_node",
    "GET",
    "/nodes/{node_id}/portgroups",
    ok=(200, 203),
    response_key="portgroups",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.24",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Portgroup]:
    """List port groups, by default their uuid, address and name only."""
    return client.pager(
        _LIST, None, model=Portgroup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    portgroup_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Portgroup]:
    """Show a port group (by UUID or name)."""
    return client.call(
        _GET,
        {"portgroup_id": portgroup_id},
        model=Portgroup,
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
) -> Result[Portgroup]:
    """Create a portgroup."""
    return client.call(
        _CREATE, None, model=Portgroup, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    portgroup_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Portgroup]:
    """Change a port group with a JSON patch built from the options (each set attribute replaced
    as a whole)."""
    return client.call(
        _UPDATE,
        {"portgroup_id": portgroup_id},
        model=Portgroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    portgroup_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a portgroup."""
    return client.call(
        _DELETE, {"portgroup_id": portgroup_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Portgroup]:
    """List port groups with every field."""
    return client.pager(
        _LIST_DETAIL, None, model=Portgroup, opts=opts, microversion=microversion, timeout=timeout
    )


def list_for_node(
    client: ServiceClient,
    node_id: str,
    opts: ListForNodeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Portgroup]:
    """List the port groups of one node (since 1.24)."""
    return client.pager(
        _LIST_FOR_NODE,
        {"node_id": node_id},
        model=Portgroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Portgroup:
    """The one Portgroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Portgroup,
        name_field="name",
        id_field="uuid",
    )


def extract_portgroups(page: Page[Any]) -> builtins.list[Portgroup]:
    """The Portgroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(Portgroup)
