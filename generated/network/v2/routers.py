# Generated from network/v2/routers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A router: forwards packets between the subnets attached to it as interfaces and, through its
external gateway on an external network (router:external), to the outside, with source NAT by
default. Extra routes send destinations to next hops on its subnets. Needs the router (l3)
service plugin."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Route as Route


class GatewayFixedIp(Model):
    """An address of a gateway port."""

    subnet_id: str | Unset = UNSET
    """The external subnet."""

    ip_address: str | Unset = UNSET
    """The address."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("subnet_id", "subnet_id", t.STRING),
        Field("ip_address", "ip_address", t.STRING),
    )


class ExternalGatewayInfo(Model):
    """A router's (first) gateway on an external network."""

    network_id: str | Unset = UNSET
    """The external network (required when setting a gateway)."""

    enable_snat: bool | Unset = UNSET
    """Whether traffic to the outside is source-NATed (default true)."""

    external_fixed_ips: builtins.list[GatewayFixedIp] | Unset = UNSET
    """The gateway port's addresses (chosen by Neutron when not given)."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy of the gateway IP (qos-gateway-ip)."""

    enable_default_route_bfd: bool | Unset = UNSET
    """Whether BFD monitors this gateway's default route."""

    enable_default_route_ecmp: bool | Unset = UNSET
    """Whether this gateway's default route takes part in ECMP."""

    routes: builtins.list[Route] | Unset = UNSET
    """Routes through the gateway, as some deployments report them."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("network_id", "network_id", t.STRING),
        Field("enable_snat", "enable_snat", t.BOOLEAN),
        Field("external_fixed_ips", "external_fixed_ips", t.list_of(t.model(GatewayFixedIp))),
        Field("qos_policy_id", "qos_policy_id", t.STRING),
        Field("enable_default_route_bfd", "enable_default_route_bfd", t.BOOLEAN),
        Field("enable_default_route_ecmp", "enable_default_route_ecmp", t.BOOLEAN),
        Field("routes", "routes", t.list_of(t.model(Route))),
    )


class ExternalGateway(Model):
    """One gateway of a router with several (external-gateway-multihoming)."""

    network_id: str | Unset = UNSET
    """The external network."""

    enable_snat: bool | Unset = UNSET
    """Whether traffic is source-NATed."""

    external_fixed_ips: builtins.list[GatewayFixedIp] | Unset = UNSET
    """The gateway port's addresses."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("network_id", "network_id", t.STRING),
        Field("enable_snat", "enable_snat", t.BOOLEAN),
        Field("external_fixed_ips", "external_fixed_ips", t.list_of(t.model(GatewayFixedIp))),
    )


class InterfaceInfo(Model):
    """One interface of a router."""

    port_id: str | Unset = UNSET
    """The interface's port."""

    subnet_id: str | Unset = UNSET
    """The subnet of the address."""

    ip_address: str | Unset = UNSET
    """The router's address on the subnet."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("port_id", "port_id", t.STRING),
        Field("subnet_id", "subnet_id", t.STRING),
        Field("ip_address", "ip_address", t.STRING),
    )


class ConntrackHelper(Model):
    """A conntrack helper of a router."""

    id: str | Unset = UNSET
    """The helper's ID."""

    protocol: str | Unset = UNSET
    """The protocol (tcp, udp, ...)."""

    port: int | Unset = UNSET
    """The port the helper watches."""

    helper: str | Unset = UNSET
    """The helper module, e.g. ftp or tftp."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("protocol", "protocol", t.STRING),
        Field("port", "port", t.INTEGER),
        Field("helper", "helper", t.STRING),
    )


class RouterInterface(Model):
    """What adding or removing a router interface answers."""

    id: str | Unset = UNSET
    """The router's ID."""

    network_id: str | Unset = UNSET
    """The network of the interface's subnet."""

    port_id: str | Unset = UNSET
    """The interface's port."""

    subnet_id: str | Unset = UNSET
    """The subnet (the first when the port has several)."""

    subnet_ids: builtins.list[str] | Unset = UNSET
    """Every subnet of the interface's port."""

    project_id: str | Unset = UNSET
    """The router's project."""

    tenant_id: str | Unset = UNSET
    """The router's project (older name)."""

    tags: builtins.list[str] | Unset = UNSET
    """The router's tags."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("subnet_id", "subnet_id", t.STRING),
        Field("subnet_ids", "subnet_ids", t.list_of(t.STRING)),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
    )


class Router(Model):
    """A router: forwards packets between the subnets attached to it as interfaces and, through
    its external gateway on an external network (router:external), to the outside, with source
    NAT by default. Extra routes send destinations to next hops on its subnets. Needs the
    router (l3) service plugin."""

    id: str
    """The router's UUID."""

    name: str | Unset = UNSET
    """A human-readable name (default "")."""

    description: str | Unset = UNSET
    """Free-form text."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a router that is down forwards nothing."""

    status: str | Unset = UNSET
    """ACTIVE, ALLOCATING, DOWN or ERROR."""

    external_gateway_info: ExternalGatewayInfo | None | Unset = UNSET
    """The gateway on an external network (None for none). Setting it to None on update removes
    the gateway; enable_snat and a chosen external_fixed_ips are admin-only by default."""

    external_gateways: builtins.list[ExternalGateway] | Unset = UNSET
    """Every gateway of the router, the first being external_gateway_info
    (external-gateway-multihoming; changed with the *_external_gateways actions)."""

    interfaces_info: builtins.list[InterfaceInfo] | Unset = UNSET
    """The router's interfaces, as the external gateway actions answer them."""

    routes: builtins.list[Route] | Unset = UNSET
    """Extra routes (extraroute): an update replaces the whole list; add_extra_routes and
    remove_extra_routes change part of it."""

    distributed: bool | None | Unset = UNSET
    """Whether the router is distributed (dvr; admin)."""

    ha: bool | None | Unset = UNSET
    """Whether the router is highly available (l3-ha; admin)."""

    availability_zone_hints: builtins.list[str] | Unset = UNSET
    """The availability zones to prefer for the router's L3 agents."""

    availability_zones: builtins.list[str] | Unset = UNSET
    """The availability zones the router is actually served in."""

    flavor_id: str | None | Unset = UNSET
    """The router flavor (l3-flavors)."""

    service_type_id: str | None | Unset = UNSET
    """The service type the router was scheduled with (router-service-type)."""

    conntrack_helpers: builtins.list[ConntrackHelper] | Unset = UNSET
    """The router's conntrack helpers (expose-l3-conntrack-helper)."""

    enable_ndp_proxy: bool | None | Unset = UNSET
    """Whether IPv6 NDP proxies may be created on the router (l3-ext-ndp-proxy)."""

    enable_default_route_bfd: bool | None | Unset = UNSET
    """Whether BFD monitors the default routes of the gateways."""

    enable_default_route_ecmp: bool | None | Unset = UNSET
    """Whether several gateways' default routes are used together (ECMP)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    tags: builtins.list[str] | Unset = UNSET
    """The router's tags (changed through the tags API)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the router was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("status", "status", t.STRING),
        Field("external_gateway_info", "external_gateway_info", t.model(ExternalGatewayInfo)),
        Field("external_gateways", "external_gateways", t.list_of(t.model(ExternalGateway))),
        Field("interfaces_info", "interfaces_info", t.list_of(t.model(InterfaceInfo))),
        Field("routes", "routes", t.list_of(t.model(Route))),
        Field("distributed", "distributed", t.BOOLEAN),
        Field("ha", "ha", t.BOOLEAN),
        Field("availability_zone_hints", "availability_zone_hints", t.list_of(t.STRING)),
        Field("availability_zones", "availability_zones", t.list_of(t.STRING)),
        Field("flavor_id", "flavor_id", t.STRING),
        Field("service_type_id", "service_type_id", t.STRING),
        Field("conntrack_helpers", "conntrack_helpers", t.list_of(t.model(ConntrackHelper))),
        Field("enable_ndp_proxy", "enable_ndp_proxy", t.BOOLEAN),
        Field("enable_default_route_bfd", "enable_default_route_bfd", t.BOOLEAN),
        Field("enable_default_route_ecmp", "enable_default_route_ecmp", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the router with this ID."""

    name: str | Unset = UNSET
    """Only routers with this name."""

    description: str | Unset = UNSET
    """Only routers with this description."""

    admin_state_up: bool | Unset = UNSET
    """Only routers in this administrative state."""

    enable_ndp_proxy: bool | Unset = UNSET
    """Only routers with NDP proxy on (or off)."""

    project_id: str | Unset = UNSET
    """Only routers of this project."""

    tenant_id: str | Unset = UNSET
    """Only routers of this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only routers at this revision."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items that have every one of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items that have at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items that have every one of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items that have any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (router attribute names, e.g. id, name); Neutron leaves the
    others out of each item. Keep id in the list when paging: the next page starts after the
    last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of admin_state_up, flavor_id, id,
    name, status, project_id, tenant_id); give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most routers one page holds; a full page carries a routers_links entry with rel
    "next"."""

    marker: str | Unset = UNSET
    """Start after the router with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("enable_ndp_proxy", "enable_ndp_proxy", t.BOOLEAN, location="query"),
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
    """A human-readable name (default "")."""

    description: str | Unset = UNSET
    """Free-form text."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a router that is down forwards nothing."""

    external_gateway_info: ExternalGatewayInfo | None | Unset = UNSET
    """The gateway on an external network (None for none). Setting it to None on update removes
    the gateway; enable_snat and a chosen external_fixed_ips are admin-only by default."""

    distributed: bool | None | Unset = UNSET
    """Whether the router is distributed (dvr; admin)."""

    ha: bool | None | Unset = UNSET
    """Whether the router is highly available (l3-ha; admin)."""

    availability_zone_hints: builtins.list[str] | Unset = UNSET
    """The availability zones to prefer for the router's L3 agents."""

    flavor_id: str | None | Unset = UNSET
    """The router flavor (l3-flavors)."""

    service_type_id: str | None | Unset = UNSET
    """The service type the router was scheduled with (router-service-type)."""

    enable_ndp_proxy: bool | None | Unset = UNSET
    """Whether IPv6 NDP proxies may be created on the router (l3-ext-ndp-proxy)."""

    enable_default_route_bfd: bool | None | Unset = UNSET
    """Whether BFD monitors the default routes of the gateways."""

    enable_default_route_ecmp: bool | None | Unset = UNSET
    """Whether several gateways' default routes are used together (ECMP)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param(
            "external_gateway_info",
            "external_gateway_info",
            t.model(ExternalGatewayInfo),
            nullable=True,
        ),
        Param("distributed", "distributed", t.BOOLEAN, nullable=True),
        Param("ha", "ha", t.BOOLEAN, nullable=True),
        Param("availability_zone_hints", "availability_zone_hints", t.list_of(t.STRING)),
        Param("flavor_id", "flavor_id", t.STRING, nullable=True),
        Param("service_type_id", "service_type_id", t.STRING, nullable=True),
        Param("enable_ndp_proxy", "enable_ndp_proxy", t.BOOLEAN, nullable=True),
        Param("enable_default_route_bfd", "enable_default_route_bfd", t.BOOLEAN, nullable=True),
        Param("enable_default_route_ecmp", "enable_default_route_ecmp", t.BOOLEAN, nullable=True),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """A human-readable name (default "")."""

    description: str | Unset = UNSET
    """Free-form text."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a router that is down forwards nothing."""

    external_gateway_info: ExternalGatewayInfo | None | Unset = UNSET
    """The gateway on an external network (None for none). Setting it to None on update removes
    the gateway; enable_snat and a chosen external_fixed_ips are admin-only by default."""

    routes: builtins.list[Route] | Unset = UNSET
    """Extra routes (extraroute): an update replaces the whole list; add_extra_routes and
    remove_extra_routes change part of it."""

    distributed: bool | None | Unset = UNSET
    """Whether the router is distributed (dvr; admin)."""

    ha: bool | None | Unset = UNSET
    """Whether the router is highly available (l3-ha; admin)."""

    enable_ndp_proxy: bool | None | Unset = UNSET
    """Whether IPv6 NDP proxies may be created on the router (l3-ext-ndp-proxy)."""

    enable_default_route_bfd: bool | None | Unset = UNSET
    """Whether BFD monitors the default routes of the gateways."""

    enable_default_route_ecmp: bool | None | Unset = UNSET
    """Whether several gateways' default routes are used together (ECMP)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param(
            "external_gateway_info",
            "external_gateway_info",
            t.model(ExternalGatewayInfo),
            nullable=True,
        ),
        Param("routes", "routes", t.list_of(t.model(Route))),
        Param("distributed", "distributed", t.BOOLEAN, nullable=True),
        Param("ha", "ha", t.BOOLEAN, nullable=True),
        Param("enable_ndp_proxy", "enable_ndp_proxy", t.BOOLEAN, nullable=True),
        Param("enable_default_route_bfd", "enable_default_route_bfd", t.BOOLEAN, nullable=True),
        Param("enable_default_route_ecmp", "enable_default_route_ecmp", t.BOOLEAN, nullable=True),
    )


class AddRouterInterfaceOpts(Opts):
    """Options of add_router_interface. Also the options of remove_router_interface."""

    subnet_id: str | Unset = UNSET
    """The subnet to attach or detach."""

    port_id: str | Unset = UNSET
    """The port to attach (it must have no device yet) or detach."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("subnet_id", "subnet_id", t.STRING),
        Param("port_id", "port_id", t.STRING),
    )


class AddExtraRoutesOpts(Opts):
    """Options of add_extra_routes. Also the options of remove_extra_routes."""

    routes: builtins.list[Route] = REQUIRED
    """The routes to add (already present ones are kept once) or remove."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("routes", "routes", t.list_of(t.model(Route)), required=True),
    )


class AddExternalGatewaysOpts(Opts):
    """Options of add_external_gateways. Also the options of update_external_gateways and
    remove_external_gateways."""

    external_gateways: builtins.list[ExternalGateway] = REQUIRED
    """The gateways to add, update (with their new settings) or remove."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "external_gateways",
            "external_gateways",
            t.list_of(t.model(ExternalGateway)),
            required=True,
        ),
    )


RemoveRouterInterfaceOpts = AddRouterInterfaceOpts
RemoveExtraRoutesOpts = AddExtraRoutesOpts
UpdateExternalGatewaysOpts = AddExternalGatewaysOpts
RemoveExternalGatewaysOpts = AddExternalGatewaysOpts

_LIST = Operation(
    "routers.list",
    "GET",
    "/routers",
    ok=(200, 203),
    response_key="routers",
    paging=Paging("marker", next="routers_links[rel=next].href"),
)
_GET = Operation(
    "routers.get",
    "GET",
    "/routers/{router_id}",
    ok=(200, 203),
    response_key="router",
)
_CREATE = Operation(
    "routers.create",
    "POST",
    "/routers",
    ok=(201,),
    request_kind="json",
    request_key="router",
    response_key="router",
)
_UPDATE = Operation(
    "routers.update",
    "PUT",
    "/routers/{router_id}",
    ok=(200,),
    request_kind="json",
    request_key="router",
    response_key="router",
)
_DELETE = Operation(
    "routers.delete",
    "DELETE",
    "/routers/{router_id}",
    ok=(204,),
    response_kind="empty",
)
_ADD_ROUTER_INTERFACE = Operation(
    "routers.add_router_interface",
    "PUT",
    "/routers/{router_id}/add_router_interface",
    ok=(200,),
    request_kind="json",
)
_REMOVE_ROUTER_INTERFACE = Operation(
    "routers.remove_router_interface",
    "PUT",
    "/routers/{router_id}/remove_router_interface",
    ok=(200,),
    request_kind="json",
)
_ADD_EXTRA_ROUTES = Operation(
    "routers.add_extra_routes",
    "PUT",
    "/routers/{router_id}/add_extraroutes",
    ok=(200,),
    request_kind="json",
    request_key="router",
    response_key="router",
)
_REMOVE_EXTRA_ROUTES = Operation(
    "routers.remove_extra_routes",
    "PUT",
    "/routers/{router_id}/remove_extraroutes",
    ok=(200,),
    request_kind="json",
    request_key="router",
    response_key="router",
)
_ADD_EXTERNAL_GATEWAYS = Operation(
    "routers.add_external_gateways",
    "PUT",
    "/routers/{router_id}/add_external_gateways",
    ok=(200,),
    request_kind="json",
    request_key="router",
    response_key="router",
)
_UPDATE_EXTERNAL_GATEWAYS = Operation(
    "routers.update_external_gateways",
    "PUT",
    "/routers/{router_id}/update_external_gateways",
    ok=(200,),
    request_kind="json",
    request_key="router",
    response_key="router",
)
_REMOVE_EXTERNAL_GATEWAYS = Operation(
    "routers.remove_external_gateways",
    "PUT",
    "/routers/{router_id}/remove_external_gateways",
    ok=(200,),
    request_kind="json",
    request_key="router",
    response_key="router",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Router]:
    """List the routers the caller may see; every filter matches exactly."""
    return client.pager(
        _LIST, None, model=Router, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    router_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Show a router."""
    return client.call(
        _GET, {"router_id": router_id}, model=Router, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Create a router, with a gateway when external_gateway_info names an external network."""
    return client.call(
        _CREATE, None, model=Router, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    router_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Change a router (only the attributes set are sent); external_gateway_info None removes the
    gateway, routes replaces the extra routes."""
    return client.call(
        _UPDATE,
        {"router_id": router_id},
        model=Router,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    router_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a router; a 409 while it still has interfaces (its gateway goes with it)."""
    return client.call(
        _DELETE, {"router_id": router_id}, microversion=microversion, timeout=timeout
    )


def add_router_interface(
    client: ServiceClient,
    router_id: str,
    opts: AddRouterInterfaceOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RouterInterface]:
    """Attach a subnet (Neutron makes a port with the subnet's gateway IP) or an existing port to
    the router. Give exactly one of subnet_id and port_id."""
    return client.call(
        _ADD_ROUTER_INTERFACE,
        {"router_id": router_id},
        model=RouterInterface,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_router_interface(
    client: ServiceClient,
    router_id: str,
    opts: RemoveRouterInterfaceOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RouterInterface]:
    """Detach a subnet or port from the router (give one of them, or both when they match); a 409
    while floating IPs or routes need it."""
    return client.call(
        _REMOVE_ROUTER_INTERFACE,
        {"router_id": router_id},
        model=RouterInterface,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add_extra_routes(
    client: ServiceClient,
    router_id: str,
    opts: AddExtraRoutesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Add routes to the router's extra routes (extraroute-atomic); returns the router's id, name
    and routes afterwards."""
    return client.call(
        _ADD_EXTRA_ROUTES,
        {"router_id": router_id},
        model=Router,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_extra_routes(
    client: ServiceClient,
    router_id: str,
    opts: RemoveExtraRoutesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Remove routes from the router's extra routes (extraroute-atomic); absent ones are ignored."""
    return client.call(
        _REMOVE_EXTRA_ROUTES,
        {"router_id": router_id},
        model=Router,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add_external_gateways(
    client: ServiceClient,
    router_id: str,
    opts: AddExternalGatewaysOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Add gateways to the router (external-gateway-multihoming); returns the router."""
    return client.call(
        _ADD_EXTERNAL_GATEWAYS,
        {"router_id": router_id},
        model=Router,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_external_gateways(
    client: ServiceClient,
    router_id: str,
    opts: UpdateExternalGatewaysOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Change the router's gateways (matched by network and fixed IPs); returns the router."""
    return client.call(
        _UPDATE_EXTERNAL_GATEWAYS,
        {"router_id": router_id},
        model=Router,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_external_gateways(
    client: ServiceClient,
    router_id: str,
    opts: RemoveExternalGatewaysOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Remove gateways from the router; returns the router."""
    return client.call(
        _REMOVE_EXTERNAL_GATEWAYS,
        {"router_id": router_id},
        model=Router,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Router:
    """The one Router whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Router,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_routers(page: Page[Any]) -> builtins.list[Router]:
    """The Router items of a page (or of ``all_pages()``)."""
    return page.extract_as(Router)
