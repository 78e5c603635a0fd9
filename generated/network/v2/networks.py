# Generated from network/v2/networks.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A network: an isolated layer-2 segment that subnets and ports live on. Admins may set its
provider attributes (network type, physical network, segmentation ID) or several segments,
mark it external (router:external, where routers put their gateways and floating IPs come
from) or shared with every project. Which optional attributes appear depends on the extensions
the deployment loads."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Segment(Model):
    """One layer-2 segment of a multi-provider network."""

    provider_network_type: str | Unset = UNSET
    """flat, vlan, vxlan, gre, geneve or local."""

    provider_physical_network: str | None | Unset = UNSET
    """The physical network of a flat or VLAN segment."""

    provider_segmentation_id: int | None | Unset = UNSET
    """The VLAN or tunnel ID."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("provider_network_type", "provider:network_type", t.STRING),
        Field("provider_physical_network", "provider:physical_network", t.STRING),
        Field("provider_segmentation_id", "provider:segmentation_id", t.INTEGER),
    )


class Network(Model):
    """A network: an isolated layer-2 segment that subnets and ports live on. Admins may set its
    provider attributes (network type, physical network, segmentation ID) or several segments,
    mark it external (router:external, where routers put their gateways and floating IPs come
    from) or shared with every project. Which optional attributes appear depends on the
    extensions the deployment loads."""

    id: str
    """The network's UUID."""

    name: str | Unset = UNSET
    """A human-readable name (at most 255 characters; default "")."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a network that is down forwards no packets."""

    status: str | Unset = UNSET
    """ACTIVE, DOWN, BUILD or ERROR."""

    subnets: builtins.list[str] | Unset = UNSET
    """The IDs of the network's subnets."""

    shared: bool | Unset = UNSET
    """Whether every project may use the network (admins, or policy, set it)."""

    project_id: str | Unset = UNSET
    """The owning project; only an admin may create a network for another one."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    router_external: bool | Unset = UNSET
    """Whether the network is external: routers can put their gateway on it and floating IPs are
    allocated from it (admin only; external-net)."""

    mtu: int | Unset = UNSET
    """The largest packet size the network carries; settable with the net-mtu-writable extension
    (0 or unset picks the largest the segment type allows)."""

    port_security_enabled: bool | Unset = UNSET
    """The default of port_security_enabled for new ports (port-security)."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy applied to the network's ports (qos)."""

    dns_domain: str | Unset = UNSET
    """The DNS domain its ports' names are published under (dns-integration)."""

    availability_zone_hints: builtins.list[str] | Unset = UNSET
    """The availability zones to prefer for the network's DHCP agents."""

    availability_zones: builtins.list[str] | Unset = UNSET
    """The availability zones the network is actually served in."""

    ipv4_address_scope: str | None | Unset = UNSET
    """The address scope of its IPv4 subnets' subnet pool (address-scope)."""

    ipv6_address_scope: str | None | Unset = UNSET
    """The address scope of its IPv6 subnets' subnet pool (address-scope)."""

    l2_adjacency: bool | Unset = UNSET
    """Whether every port of the network can reach every other at layer 2."""

    provider_network_type: str | Unset = UNSET
    """The segment type: flat, vlan, vxlan, gre, geneve or local (admin; provider)."""

    provider_physical_network: str | None | Unset = UNSET
    """The physical network a flat or VLAN segment is on (admin; provider)."""

    provider_segmentation_id: int | None | Unset = UNSET
    """The VLAN ID or tunnel ID of the segment (admin; provider)."""

    segments: builtins.list[Segment] | Unset = UNSET
    """Several segments instead of the provider attributes (multi-provider; admin). Give either
    this or the provider:* attributes."""

    vlan_transparent: bool | Unset = UNSET
    """Whether VLAN-tagged packets cross the network unchanged (vlan-transparent)."""

    qinq: bool | Unset = UNSET
    """Whether the network carries 802.1ad (QinQ) double-tagged frames (qinq)."""

    pvlan: bool | Unset = UNSET
    """Whether the network is a private VLAN (pvlan extension)."""

    is_default: bool | Unset = UNSET
    """Whether this external network is the default one for automatically allocated topologies
    (auto-allocated-topology; admin). Show and list may leave it out for networks that are not
    external."""

    revision_number: int | Unset = UNSET
    """Increases on every change (for If-Match conditional updates)."""

    tags: builtins.list[str] | Unset = UNSET
    """The network's tags (changed through the tags API)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the network was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("status", "status", t.STRING),
        Field("subnets", "subnets", t.list_of(t.STRING)),
        Field("shared", "shared", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("router_external", "router:external", t.BOOLEAN),
        Field("mtu", "mtu", t.INTEGER),
        Field("port_security_enabled", "port_security_enabled", t.BOOLEAN),
        Field("qos_policy_id", "qos_policy_id", t.STRING),
        Field("dns_domain", "dns_domain", t.STRING),
        Field("availability_zone_hints", "availability_zone_hints", t.list_of(t.STRING)),
        Field("availability_zones", "availability_zones", t.list_of(t.STRING)),
        Field("ipv4_address_scope", "ipv4_address_scope", t.STRING),
        Field("ipv6_address_scope", "ipv6_address_scope", t.STRING),
        Field("l2_adjacency", "l2_adjacency", t.BOOLEAN),
        Field("provider_network_type", "provider:network_type", t.STRING),
        Field("provider_physical_network", "provider:physical_network", t.STRING),
        Field("provider_segmentation_id", "provider:segmentation_id", t.INTEGER),
        Field("segments", "segments", t.list_of(t.model(Segment))),
        Field("vlan_transparent", "vlan_transparent", t.BOOLEAN),
        Field("qinq", "qinq", t.BOOLEAN),
        Field("pvlan", "pvlan", t.BOOLEAN),
        Field("is_default", "is_default", t.BOOLEAN),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the network with this ID."""

    name: str | Unset = UNSET
    """Only networks with this name."""

    description: str | Unset = UNSET
    """Only networks with this description."""

    admin_state_up: bool | Unset = UNSET
    """Only networks in this administrative state."""

    status: str | Unset = UNSET
    """Only networks with this status."""

    shared: bool | Unset = UNSET
    """Only shared (true) or unshared (false) networks."""

    project_id: str | Unset = UNSET
    """Only networks of this project."""

    tenant_id: str | Unset = UNSET
    """Only networks of this project (older name)."""

    router_external: bool | Unset = UNSET
    """Only external (true) or internal networks."""

    mtu: int | Unset = UNSET
    """Only networks with this MTU."""

    provider_network_type: str | Unset = UNSET
    """Only networks of this segment type (admin)."""

    provider_physical_network: str | Unset = UNSET
    """Only networks on this physical network (admin)."""

    provider_segmentation_id: int | Unset = UNSET
    """Only networks with this segmentation ID (admin)."""

    vlan_transparent: bool | Unset = UNSET
    """Only VLAN-transparent networks (or not)."""

    qinq: bool | Unset = UNSET
    """Only QinQ networks (or not)."""

    pvlan: bool | Unset = UNSET
    """Only private-VLAN networks (or not)."""

    is_default: bool | Unset = UNSET
    """Only the default external network (or the others)."""

    revision_number: int | Unset = UNSET
    """Only networks at this revision."""

    availability_zone_hints: str | Unset = UNSET
    """Only networks with this availability zone hint."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items that have every one of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items that have at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items that have every one of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items that have any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (network attribute names, e.g. id, name); Neutron leaves the
    others out of each item. Keep id in the list when paging: the next page starts after the
    last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of admin_state_up,
    availability_zone_hints, id, mtu, name, status, project_id, tenant_id); give one sort_dir
    per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most networks one page holds; a full page carries a networks_links entry with rel
    "next"."""

    marker: str | Unset = UNSET
    """Start after the network with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("router_external", "router:external", t.BOOLEAN, location="query"),
        Param("mtu", "mtu", t.INTEGER, location="query"),
        Param("provider_network_type", "provider:network_type", t.STRING, location="query"),
        Param("provider_physical_network", "provider:physical_network", t.STRING, location="query"),
        Param("provider_segmentation_id", "provider:segmentation_id", t.INTEGER, location="query"),
        Param("vlan_transparent", "vlan_transparent", t.BOOLEAN, location="query"),
        Param("qinq", "qinq", t.BOOLEAN, location="query"),
        Param("pvlan", "pvlan", t.BOOLEAN, location="query"),
        Param("is_default", "is_default", t.BOOLEAN, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("availability_zone_hints", "availability_zone_hints", t.STRING, location="query"),
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
    """A human-readable name (at most 255 characters; default "")."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a network that is down forwards no packets."""

    shared: bool | Unset = UNSET
    """Whether every project may use the network (admins, or policy, set it)."""

    project_id: str | Unset = UNSET
    """The owning project; only an admin may create a network for another one."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    router_external: bool | Unset = UNSET
    """Whether the network is external: routers can put their gateway on it and floating IPs are
    allocated from it (admin only; external-net)."""

    mtu: int | Unset = UNSET
    """The largest packet size the network carries; settable with the net-mtu-writable extension
    (0 or unset picks the largest the segment type allows)."""

    port_security_enabled: bool | Unset = UNSET
    """The default of port_security_enabled for new ports (port-security)."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy applied to the network's ports (qos)."""

    dns_domain: str | Unset = UNSET
    """The DNS domain its ports' names are published under (dns-integration)."""

    availability_zone_hints: builtins.list[str] | Unset = UNSET
    """The availability zones to prefer for the network's DHCP agents."""

    provider_network_type: str | Unset = UNSET
    """The segment type: flat, vlan, vxlan, gre, geneve or local (admin; provider)."""

    provider_physical_network: str | None | Unset = UNSET
    """The physical network a flat or VLAN segment is on (admin; provider)."""

    provider_segmentation_id: int | None | Unset = UNSET
    """The VLAN ID or tunnel ID of the segment (admin; provider)."""

    segments: builtins.list[Segment] | Unset = UNSET
    """Several segments instead of the provider attributes (multi-provider; admin). Give either
    this or the provider:* attributes."""

    vlan_transparent: bool | Unset = UNSET
    """Whether VLAN-tagged packets cross the network unchanged (vlan-transparent)."""

    qinq: bool | Unset = UNSET
    """Whether the network carries 802.1ad (QinQ) double-tagged frames (qinq)."""

    pvlan: bool | Unset = UNSET
    """Whether the network is a private VLAN (pvlan extension)."""

    is_default: bool | Unset = UNSET
    """Whether this external network is the default one for automatically allocated topologies
    (auto-allocated-topology; admin). Show and list may leave it out for networks that are not
    external."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("shared", "shared", t.BOOLEAN),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("router_external", "router:external", t.BOOLEAN),
        Param("mtu", "mtu", t.INTEGER),
        Param("port_security_enabled", "port_security_enabled", t.BOOLEAN),
        Param("qos_policy_id", "qos_policy_id", t.STRING, nullable=True),
        Param("dns_domain", "dns_domain", t.STRING),
        Param("availability_zone_hints", "availability_zone_hints", t.list_of(t.STRING)),
        Param("provider_network_type", "provider:network_type", t.STRING),
        Param("provider_physical_network", "provider:physical_network", t.STRING, nullable=True),
        Param("provider_segmentation_id", "provider:segmentation_id", t.INTEGER, nullable=True),
        Param("segments", "segments", t.list_of(t.model(Segment))),
        Param("vlan_transparent", "vlan_transparent", t.BOOLEAN),
        Param("qinq", "qinq", t.BOOLEAN),
        Param("pvlan", "pvlan", t.BOOLEAN),
        Param("is_default", "is_default", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """A human-readable name (at most 255 characters; default "")."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a network that is down forwards no packets."""

    shared: bool | Unset = UNSET
    """Whether every project may use the network (admins, or policy, set it)."""

    router_external: bool | Unset = UNSET
    """Whether the network is external: routers can put their gateway on it and floating IPs are
    allocated from it (admin only; external-net)."""

    mtu: int | Unset = UNSET
    """The largest packet size the network carries; settable with the net-mtu-writable extension
    (0 or unset picks the largest the segment type allows)."""

    port_security_enabled: bool | Unset = UNSET
    """The default of port_security_enabled for new ports (port-security)."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy applied to the network's ports (qos)."""

    dns_domain: str | Unset = UNSET
    """The DNS domain its ports' names are published under (dns-integration)."""

    provider_network_type: str | Unset = UNSET
    """The segment type: flat, vlan, vxlan, gre, geneve or local (admin; provider)."""

    provider_physical_network: str | None | Unset = UNSET
    """The physical network a flat or VLAN segment is on (admin; provider)."""

    provider_segmentation_id: int | None | Unset = UNSET
    """The VLAN ID or tunnel ID of the segment (admin; provider)."""

    segments: builtins.list[Segment] | Unset = UNSET
    """Several segments instead of the provider attributes (multi-provider; admin). Give either
    this or the provider:* attributes."""

    pvlan: bool | Unset = UNSET
    """Whether the network is a private VLAN (pvlan extension)."""

    is_default: bool | Unset = UNSET
    """Whether this external network is the default one for automatically allocated topologies
    (auto-allocated-topology; admin). Show and list may leave it out for networks that are not
    external."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("shared", "shared", t.BOOLEAN),
        Param("router_external", "router:external", t.BOOLEAN),
        Param("mtu", "mtu", t.INTEGER),
        Param("port_security_enabled", "port_security_enabled", t.BOOLEAN),
        Param("qos_policy_id", "qos_policy_id", t.STRING, nullable=True),
        Param("dns_domain", "dns_domain", t.STRING),
        Param("provider_network_type", "provider:network_type", t.STRING),
        Param("provider_physical_network", "provider:physical_network", t.STRING, nullable=True),
        Param("provider_segmentation_id", "provider:segmentation_id", t.INTEGER, nullable=True),
        Param("segments", "segments", t.list_of(t.model(Segment))),
        Param("pvlan", "pvlan", t.BOOLEAN),
        Param("is_default", "is_default", t.BOOLEAN),
    )


class CreateBulkOpts(Opts):
    """Options of create_bulk."""

    networks: builtins.list[dict[str, Any]] = REQUIRED
    """The networks to create, as dicts of create attributes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("networks", "networks", t.list_of(t.map_of(t.ANY)), required=True),
    )


_LIST = Operation(
    "networks.list",
    "GET",
    "/networks",
    ok=(200, 203),
    response_key="networks",
    paging=Paging("marker", next="networks_links[rel=next].href"),
)
_GET = Operation(
    "networks.get",
    "GET",
    "/networks/{network_id}",
    ok=(200, 203),
    response_key="network",
)
_CREATE = Operation(
    "networks.create",
    "POST",
    "/networks",
    ok=(201,),
    request_kind="json",
    request_key="network",
    response_key="network",
)
_UPDATE = Operation(
    "networks.update",
    "PUT",
    "/networks/{network_id}",
    ok=(200,),
    request_kind="json",
    request_key="network",
    response_key="network",
)
_DELETE = Operation(
    "networks.delete",
    "DELETE",
    "/networks/{network_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_BULK = Operation(
    "networks.create_bulk",
    "POST",
    "/networks",
    ok=(201,),
    request_kind="json",
    response_kind="list",
    response_key="networks",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Network]:
    """List the networks the caller may see (its own, shared and external ones; all for admins).
    Every filter matches the attribute exactly; Neutron refuses (400) a filter it does not
    know."""
    return client.pager(
        _LIST, None, model=Network, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    network_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Network]:
    """Show a network."""
    return client.call(
        _GET, {"network_id": network_id}, model=Network, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Network]:
    """Create a network. Provider attributes, segments, router:external, shared and is_default
    are admin-only by default."""
    return client.call(
        _CREATE, None, model=Network, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    network_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Network]:
    """Change a network's attributes; only the attributes set in UpdateOpts are sent. An
    If-Match: revision_number=N header makes it conditional."""
    return client.call(
        _UPDATE,
        {"network_id": network_id},
        model=Network,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    network_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a network; a 409 while ports other than DHCP ports remain on it."""
    return client.call(
        _DELETE, {"network_id": network_id}, microversion=microversion, timeout=timeout
    )


def create_bulk(
    client: ServiceClient,
    opts: CreateBulkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Network]]:
    """Create several networks in one request (all or none). Each item is a dict of the create
    attributes (wire names); returns the new networks."""
    return client.call(
        _CREATE_BULK, None, model=Network, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Network:
    """The one Network whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Network,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_networks(page: Page[Any]) -> builtins.list[Network]:
    """The Network items of a page (or of ``all_pages()``)."""
    return page.extract_as(Network)
