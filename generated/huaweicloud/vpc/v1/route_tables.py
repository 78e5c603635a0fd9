# Generated from huaweicloud/vpc/v1/route_tables.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A route table of a VPC: routes (a destination range and a next hop such as a server, a NAT
gateway or a peering connection) applied to the subnets associated with it. Every VPC has a
default table that new subnets use; custom tables are created, associated with subnets
(associate_subnets) and deleted. Listed tables carry no routes; get shows them."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as _IdRef


class Route(Model):
    """One route of a route table."""

    type: str | Unset = UNSET
    """The kind of next hop: ecs (a server), eni (a supplementary network interface), vip (a
    virtual IP), nat (a NAT gateway), peering (a VPC peering connection), vpn, dc (Direct
    Connect), cc (Cloud Connect), egw (a VPC endpoint), er (an enterprise router), subeni (a
    supplementary ENI); local marks the VPC's own reserved ranges, which no other route may
    overlap."""

    destination: str | Unset = UNSET
    """The destination range in CIDR notation."""

    nexthop: str | Unset = UNSET
    """The next hop: the ID of the server, interface, NAT gateway, peering connection, VPN,
    connection or router named by type (the address, for vip)."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("type", "type", t.STRING),
        Field("destination", "destination", t.STRING),
        Field("nexthop", "nexthop", t.STRING),
        Field("description", "description", t.STRING),
    )


class RouteRemoval(Model):
    """A route to delete from a route table, named by its destination."""

    destination: str | Unset = UNSET
    """The destination range of the route to delete."""

    type: str | Unset = UNSET
    """The route's next hop kind (optional)."""

    nexthop: str | Unset = UNSET
    """The route's next hop (optional)."""

    description: str | Unset = UNSET
    """Its description (optional)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("destination", "destination", t.STRING),
        Field("type", "type", t.STRING),
        Field("nexthop", "nexthop", t.STRING),
        Field("description", "description", t.STRING),
    )


class RouteChanges(Model):
    """Changes to a route table's routes; each list is optional, and routes not named stay as
    they are."""

    add: builtins.list[Route] | Unset = UNSET
    """Routes to add (type, destination and nexthop are required)."""

    modify: builtins.list[Route] | Unset = UNSET
    """Routes to change, found by destination (type, destination and nexthop are required)."""

    remove: builtins.list[RouteRemoval] | Unset = UNSET
    """Routes to delete, found by destination."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("add", "add", t.list_of(t.model(Route))),
        Field("modify", "mod", t.list_of(t.model(Route))),
        Field("remove", "del", t.list_of(t.model(RouteRemoval))),
    )


SubnetRef = _IdRef


class SubnetChanges(Model):
    """Subnets to associate with a route table or to move back to the VPC's default table."""

    associate: builtins.list[str] | Unset = UNSET
    """The IDs of subnets (of the table's VPC) to associate with the table."""

    disassociate: builtins.list[str] | Unset = UNSET
    """The IDs of subnets to disassociate (they return to the default table)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("associate", "associate", t.list_of(t.STRING)),
        Field("disassociate", "disassociate", t.list_of(t.STRING)),
    )


class RouteTable(Model):
    """A route table of a VPC: routes (a destination range and a next hop such as a server, a NAT
    gateway or a peering connection) applied to the subnets associated with it. Every VPC has
    a default table that new subnets use; custom tables are created, associated with subnets
    (associate_subnets) and deleted. Listed tables carry no routes; get shows them."""

    id: str
    """The route table's ID (a UUID)."""

    name: str | Unset = UNSET
    """The table's name: up to 64 letters, digits, underscores, hyphens and periods."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    vpc_id: str | Unset = UNSET
    """The VPC the table belongs to."""

    default: bool | Unset = UNSET
    """Whether this is the VPC's default route table."""

    routes: builtins.list[Route] | Unset = UNSET
    """The table's routes (at most 200). Create sets the first ones; update changes them with
    UpdateOpts.route_changes."""

    subnets: builtins.list[SubnetRef] | Unset = UNSET
    """The subnets associated with the table (all of the table's VPC)."""

    tenant_id: str | Unset = UNSET
    """The project that owns the table."""

    created_at: datetime.datetime | Unset = UNSET
    """When the table was created (UTC)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("vpc_id", "vpc_id", t.STRING),
        Field("default", "default", t.BOOLEAN),
        Field("routes", "routes", t.list_of(t.model(Route))),
        Field("subnets", "subnets", t.list_of(t.model(SubnetRef))),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the table with this ID."""

    vpc_id: str | Unset = UNSET
    """Only tables of this VPC."""

    subnet_id: str | Unset = UNSET
    """Only the table associated with this subnet."""

    limit: int | Unset = UNSET
    """The most tables one page holds (default 2000)."""

    marker: str | Unset = UNSET
    """Start after the table with this ID (the previous page's last one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("vpc_id", "vpc_id", t.STRING, location="query"),
        Param("subnet_id", "subnet_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The table's name: up to 64 letters, digits, underscores, hyphens and periods."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    vpc_id: str = REQUIRED
    """The VPC the table belongs to."""

    routes: builtins.list[Route] | Unset = UNSET
    """The table's routes (at most 200). Create sets the first ones; update changes them with
    UpdateOpts.route_changes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("vpc_id", "vpc_id", t.STRING, required=True),
        Param("routes", "routes", t.list_of(t.model(Route))),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The table's name: up to 64 letters, digits, underscores, hyphens and periods."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    route_changes: RouteChanges | Unset = UNSET
    """The routes to add, modify and remove: {"add": [...], "mod": [...], "del": [...]}."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("route_changes", "routes", t.model(RouteChanges)),
    )


class AssociateSubnetsOpts(Opts):
    """Options of associate_subnets. Also the options of disassociate_subnets."""

    subnets: SubnetChanges = REQUIRED
    """The subnets to associate and to disassociate."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("subnets", "subnets", t.model(SubnetChanges), required=True),
    )


DisassociateSubnetsOpts = AssociateSubnetsOpts

_LIST = Operation(
    "route_tables.list",
    "GET",
    "/routetables",
    ok=(200, 203),
    response_key="routetables",
    paging=Paging("marker"),
)
_GET = Operation(
    "route_tables.get",
    "GET",
    "/routetables/{routetable_id}",
    ok=(200, 203),
    response_key="routetable",
)
_CREATE = Operation(
    "route_tables.create",
    "POST",
    "/routetables",
    ok=(200,),
    request_kind="json",
    request_key="routetable",
    response_key="routetable",
)
_UPDATE = Operation(
    "route_tables.update",
    "PUT",
    "/routetables/{routetable_id}",
    ok=(200,),
    request_kind="json",
    request_key="routetable",
    response_key="routetable",
)
_DELETE = Operation(
    "route_tables.delete",
    "DELETE",
    "/routetables/{routetable_id}",
    ok=(204,),
    response_kind="empty",
)
_ASSOCIATE_SUBNETS = Operation(
    "route_tables.associate_subnets",
    "POST",
    "/routetables/{routetable_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="routetable",
    response_key="routetable",
)
_DISASSOCIATE_SUBNETS = Operation(
    "route_tables.disassociate_subnets",
    "POST",
    "/routetables/{routetable_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="routetable",
    response_key="routetable",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[RouteTable]:
    """List the project's route tables, without their routes, a page at a time (limit and
    marker); without a limit the server returns up to 2000."""
    return client.pager(
        _LIST, None, model=RouteTable, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    routetable_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RouteTable]:
    """Show a route table with its routes and subnets."""
    return client.call(
        _GET,
        {"routetable_id": routetable_id},
        model=RouteTable,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RouteTable]:
    """Create a custom route table in a VPC; associate subnets with it afterwards."""
    return client.call(
        _CREATE, None, model=RouteTable, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    routetable_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RouteTable]:
    """Rename a route table, change its description, or add, change and delete routes
    (route_changes)."""
    return client.call(
        _UPDATE,
        {"routetable_id": routetable_id},
        model=RouteTable,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    routetable_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a custom route table; the default table, or one with associated subnets, cannot be
    deleted."""
    return client.call(
        _DELETE, {"routetable_id": routetable_id}, microversion=microversion, timeout=timeout
    )


def associate_subnets(
    client: ServiceClient,
    routetable_id: str,
    opts: AssociateSubnetsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RouteTable]:
    """Associate subnets with the route table, or disassociate them (each subnet then uses the
    VPC's default table); both lists may be given at once. Returns the table."""
    return client.call(
        _ASSOCIATE_SUBNETS,
        {"routetable_id": routetable_id},
        model=RouteTable,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def disassociate_subnets(
    client: ServiceClient,
    routetable_id: str,
    opts: DisassociateSubnetsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RouteTable]:
    """Disassociate subnets from the route table (they return to the VPC's default table): the
    same request as associate_subnets, under the name the API reference gives it. Returns the
    table."""
    return client.call(
        _DISASSOCIATE_SUBNETS,
        {"routetable_id": routetable_id},
        model=RouteTable,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> RouteTable:
    """The one RouteTable whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=RouteTable,
        name_field="name",
        id_field="id",
    )


def extract_route_tables(page: Page[Any]) -> builtins.list[RouteTable]:
    """The RouteTable items of a page (or of ``all_pages()``)."""
    return page.extract_as(RouteTable)
