# Generated from network/v2/subnets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A subnet: an IPv4 or IPv6 address block on a network, with its gateway, allocation pools, DNS
servers and host routes. Its CIDR is given, or carved out of a subnet pool (subnetpool_id, or
use_default_subnetpool with an optional prefixlen)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Route as _Route


class AllocationPool(Model):
    """A range of addresses, both ends included."""

    start: str | Unset = UNSET
    """The first address."""

    end: str | Unset = UNSET
    """The last address."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("start", "start", t.STRING),
        Field("end", "end", t.STRING),
    )


HostRoute = _Route


class Subnet(Model):
    """A subnet: an IPv4 or IPv6 address block on a network, with its gateway, allocation pools,
    DNS servers and host routes. Its CIDR is given, or carved out of a subnet pool
    (subnetpool_id, or use_default_subnetpool with an optional prefixlen)."""

    id: str
    """The subnet's UUID."""

    name: str | Unset = UNSET
    """A human-readable name (default "")."""

    description: str | Unset = UNSET
    """Free-form text."""

    network_id: str | Unset = UNSET
    """The network the subnet belongs to."""

    ip_version: int | Unset = UNSET
    """4 or 6."""

    cidr: str | None | Unset = UNSET
    """The address block, e.g. 10.0.0.0/24. Required unless the subnet is allocated from a subnet
    pool."""

    gateway_ip: str | None | Unset = UNSET
    """The gateway address (default: the block's first address); None for a subnet without
    gateway."""

    allocation_pools: builtins.list[AllocationPool] | Unset = UNSET
    """The address ranges ports get addresses from (default all but the gateway)."""

    dns_nameservers: builtins.list[str] | Unset = UNSET
    """DNS server addresses handed to the subnet's hosts."""

    host_routes: builtins.list[HostRoute] | Unset = UNSET
    """Extra routes handed to the subnet's hosts by DHCP."""

    enable_dhcp: bool | Unset = UNSET
    """Whether DHCP serves the subnet."""

    ipv6_ra_mode: Literal["dhcpv6-stateful", "dhcpv6-stateless", "slaac"] | None | Unset = UNSET
    """How router advertisements are sent (IPv6 only)."""

    ipv6_address_mode: Literal["dhcpv6-stateful", "dhcpv6-stateless", "slaac"] | None | Unset = (
        UNSET
    )
    """How hosts get their IPv6 addresses."""

    subnetpool_id: str | None | Unset = UNSET
    """The subnet pool the CIDR was allocated from."""

    segment_id: str | None | Unset = UNSET
    """The network segment the subnet is on (segment; routed networks)."""

    service_types: builtins.list[str] | Unset = UNSET
    """The device owners (e.g. network:floatingip) whose ports may take addresses from this
    subnet (subnet-service-types); empty for all."""

    dns_publish_fixed_ip: bool | Unset = UNSET
    """Whether the ports' fixed IPs are published to external DNS."""

    router_external: bool | Unset = UNSET
    """Whether the subnet's network is external (subnet-external-network)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    tags: builtins.list[str] | Unset = UNSET
    """The subnet's tags (changed through the tags API)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the subnet was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER, enum=(4, 6)),
        Field("cidr", "cidr", t.STRING),
        Field("gateway_ip", "gateway_ip", t.STRING),
        Field("allocation_pools", "allocation_pools", t.list_of(t.model(AllocationPool))),
        Field("dns_nameservers", "dns_nameservers", t.list_of(t.STRING)),
        Field("host_routes", "host_routes", t.list_of(t.model(HostRoute))),
        Field("enable_dhcp", "enable_dhcp", t.BOOLEAN),
        Field(
            "ipv6_ra_mode",
            "ipv6_ra_mode",
            t.STRING,
            enum=("dhcpv6-stateful", "dhcpv6-stateless", "slaac"),
        ),
        Field(
            "ipv6_address_mode",
            "ipv6_address_mode",
            t.STRING,
            enum=("dhcpv6-stateful", "dhcpv6-stateless", "slaac"),
        ),
        Field("subnetpool_id", "subnetpool_id", t.STRING),
        Field("segment_id", "segment_id", t.STRING),
        Field("service_types", "service_types", t.list_of(t.STRING)),
        Field("dns_publish_fixed_ip", "dns_publish_fixed_ip", t.BOOLEAN),
        Field("router_external", "router:external", t.BOOLEAN),
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
    """Only the subnet with this ID."""

    name: str | Unset = UNSET
    """Only subnets with this name."""

    description: str | Unset = UNSET
    """Only subnets with this description."""

    network_id: str | Unset = UNSET
    """Only subnets of this network."""

    ip_version: int | Unset = UNSET
    """Only IPv4 (4) or IPv6 (6) subnets."""

    cidr: str | Unset = UNSET
    """Only subnets with this CIDR."""

    gateway_ip: str | Unset = UNSET
    """Only subnets with this gateway."""

    enable_dhcp: bool | Unset = UNSET
    """Only subnets with DHCP on (or off)."""

    ipv6_ra_mode: str | Unset = UNSET
    """Only subnets with this RA mode."""

    ipv6_address_mode: str | Unset = UNSET
    """Only subnets with this address mode."""

    subnetpool_id: str | Unset = UNSET
    """Only subnets allocated from this pool."""

    segment_id: str | Unset = UNSET
    """Only subnets on this segment."""

    shared: bool | Unset = UNSET
    """Only subnets of shared networks (or not)."""

    router_external: bool | Unset = UNSET
    """Only subnets of external networks (or not)."""

    project_id: str | Unset = UNSET
    """Only subnets of this project."""

    tenant_id: str | Unset = UNSET
    """Only subnets of this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only subnets at this revision."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items that have every one of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items that have at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items that have every one of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items that have any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (subnet attribute names, e.g. id, name); Neutron leaves the
    others out of each item. Keep id in the list when paging: the next page starts after the
    last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of cidr, enable_dhcp, gateway_ip,
    id, ip_version, ipv6_address_mode, ipv6_ra_mode, name, network_id, segment_id,
    subnetpool_id, project_id, tenant_id); give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most subnets one page holds; a full page carries a subnets_links entry with rel
    "next"."""

    marker: str | Unset = UNSET
    """Start after the subnet with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("network_id", "network_id", t.STRING, location="query"),
        Param("ip_version", "ip_version", t.INTEGER, location="query"),
        Param("cidr", "cidr", t.STRING, location="query"),
        Param("gateway_ip", "gateway_ip", t.STRING, location="query"),
        Param("enable_dhcp", "enable_dhcp", t.BOOLEAN, location="query"),
        Param("ipv6_ra_mode", "ipv6_ra_mode", t.STRING, location="query"),
        Param("ipv6_address_mode", "ipv6_address_mode", t.STRING, location="query"),
        Param("subnetpool_id", "subnetpool_id", t.STRING, location="query"),
        Param("segment_id", "segment_id", t.STRING, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
        Param("router_external", "router:external", t.BOOLEAN, location="query"),
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

    network_id: str = REQUIRED
    """The network the subnet belongs to."""

    ip_version: int = REQUIRED
    """4 or 6."""

    cidr: str | None | Unset = UNSET
    """The address block, e.g. 10.0.0.0/24. Required unless the subnet is allocated from a subnet
    pool."""

    gateway_ip: str | None | Unset = UNSET
    """The gateway address (default: the block's first address); None for a subnet without
    gateway."""

    allocation_pools: builtins.list[AllocationPool] | Unset = UNSET
    """The address ranges ports get addresses from (default all but the gateway)."""

    dns_nameservers: builtins.list[str] | Unset = UNSET
    """DNS server addresses handed to the subnet's hosts."""

    host_routes: builtins.list[HostRoute] | Unset = UNSET
    """Extra routes handed to the subnet's hosts by DHCP."""

    enable_dhcp: bool | Unset = UNSET
    """Whether DHCP serves the subnet."""

    ipv6_ra_mode: Literal["dhcpv6-stateful", "dhcpv6-stateless", "slaac"] | None | Unset = UNSET
    """How router advertisements are sent (IPv6 only)."""

    ipv6_address_mode: Literal["dhcpv6-stateful", "dhcpv6-stateless", "slaac"] | None | Unset = (
        UNSET
    )
    """How hosts get their IPv6 addresses."""

    subnetpool_id: str | None | Unset = UNSET
    """The subnet pool the CIDR was allocated from."""

    segment_id: str | None | Unset = UNSET
    """The network segment the subnet is on (segment; routed networks)."""

    service_types: builtins.list[str] | Unset = UNSET
    """The device owners (e.g. network:floatingip) whose ports may take addresses from this
    subnet (subnet-service-types); empty for all."""

    dns_publish_fixed_ip: bool | Unset = UNSET
    """Whether the ports' fixed IPs are published to external DNS."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    prefixlen: int | Unset = UNSET
    """With a subnet pool and no cidr, the size of the block to allocate."""

    use_default_subnetpool: bool | Unset = UNSET
    """Allocate the CIDR from the default subnet pool of the ip_version."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("network_id", "network_id", t.STRING, required=True),
        Param("ip_version", "ip_version", t.INTEGER, required=True, enum=(4, 6)),
        Param("cidr", "cidr", t.STRING, nullable=True),
        Param("gateway_ip", "gateway_ip", t.STRING, nullable=True),
        Param("allocation_pools", "allocation_pools", t.list_of(t.model(AllocationPool))),
        Param("dns_nameservers", "dns_nameservers", t.list_of(t.STRING)),
        Param("host_routes", "host_routes", t.list_of(t.model(HostRoute))),
        Param("enable_dhcp", "enable_dhcp", t.BOOLEAN),
        Param(
            "ipv6_ra_mode",
            "ipv6_ra_mode",
            t.STRING,
            nullable=True,
            enum=("dhcpv6-stateful", "dhcpv6-stateless", "slaac"),
        ),
        Param(
            "ipv6_address_mode",
            "ipv6_address_mode",
            t.STRING,
            nullable=True,
            enum=("dhcpv6-stateful", "dhcpv6-stateless", "slaac"),
        ),
        Param("subnetpool_id", "subnetpool_id", t.STRING, nullable=True),
        Param("segment_id", "segment_id", t.STRING, nullable=True),
        Param("service_types", "service_types", t.list_of(t.STRING)),
        Param("dns_publish_fixed_ip", "dns_publish_fixed_ip", t.BOOLEAN),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("prefixlen", "prefixlen", t.INTEGER),
        Param("use_default_subnetpool", "use_default_subnetpool", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """A human-readable name (default "")."""

    description: str | Unset = UNSET
    """Free-form text."""

    gateway_ip: str | None | Unset = UNSET
    """The gateway address (default: the block's first address); None for a subnet without
    gateway."""

    allocation_pools: builtins.list[AllocationPool] | Unset = UNSET
    """The address ranges ports get addresses from (default all but the gateway)."""

    dns_nameservers: builtins.list[str] | Unset = UNSET
    """DNS server addresses handed to the subnet's hosts."""

    host_routes: builtins.list[HostRoute] | Unset = UNSET
    """Extra routes handed to the subnet's hosts by DHCP."""

    enable_dhcp: bool | Unset = UNSET
    """Whether DHCP serves the subnet."""

    segment_id: str | None | Unset = UNSET
    """The network segment the subnet is on (segment; routed networks)."""

    service_types: builtins.list[str] | Unset = UNSET
    """The device owners (e.g. network:floatingip) whose ports may take addresses from this
    subnet (subnet-service-types); empty for all."""

    dns_publish_fixed_ip: bool | Unset = UNSET
    """Whether the ports' fixed IPs are published to external DNS."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("gateway_ip", "gateway_ip", t.STRING, nullable=True),
        Param("allocation_pools", "allocation_pools", t.list_of(t.model(AllocationPool))),
        Param("dns_nameservers", "dns_nameservers", t.list_of(t.STRING)),
        Param("host_routes", "host_routes", t.list_of(t.model(HostRoute))),
        Param("enable_dhcp", "enable_dhcp", t.BOOLEAN),
        Param("segment_id", "segment_id", t.STRING, nullable=True),
        Param("service_types", "service_types", t.list_of(t.STRING)),
        Param("dns_publish_fixed_ip", "dns_publish_fixed_ip", t.BOOLEAN),
    )


class CreateBulkOpts(Opts):
    """Options of create_bulk."""

    subnets: builtins.list[dict[str, Any]] = REQUIRED
    """The subnets to create, as dicts of create attributes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("subnets", "subnets", t.list_of(t.map_of(t.ANY)), required=True),
    )


_LIST = Operation(
    "subnets.list",
    "GET",
    "/subnets",
    ok=(200, 203),
    response_key="subnets",
    paging=Paging("marker", next="subnets_links[rel=next].href"),
)
_GET = Operation(
    "subnets.get",
    "GET",
    "/subnets/{subnet_id}",
    ok=(200, 203),
    response_key="subnet",
)
_CREATE = Operation(
    "subnets.create",
    "POST",
    "/subnets",
    ok=(201,),
    request_kind="json",
    request_key="subnet",
    response_key="subnet",
)
_UPDATE = Operation(
    "subnets.update",
    "PUT",
    "/subnets/{subnet_id}",
    ok=(200,),
    request_kind="json",
    request_key="subnet",
    response_key="subnet",
)
_DELETE = Operation(
    "subnets.delete",
    "DELETE",
    "/subnets/{subnet_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_BULK = Operation(
    "subnets.create_bulk",
    "POST",
    "/subnets",
    ok=(201,),
    request_kind="json",
    response_kind="list",
    response_key="subnets",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Subnet]:
    """List the subnets the caller may see; every filter matches exactly."""
    return client.pager(
        _LIST, None, model=Subnet, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    subnet_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Subnet]:
    """Show a subnet."""
    return client.call(
        _GET, {"subnet_id": subnet_id}, model=Subnet, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Subnet]:
    """Create a subnet. A CIDR that overlaps another subnet of the network is a 409 (400 for some
    overlaps); a pool that has no room left is a 409."""
    return client.call(
        _CREATE, None, model=Subnet, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    subnet_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Subnet]:
    """Change a subnet's attributes (only those set are sent)."""
    return client.call(
        _UPDATE,
        {"subnet_id": subnet_id},
        model=Subnet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    subnet_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a subnet; a 409 while ports other than DHCP ports use its addresses."""
    return client.call(
        _DELETE, {"subnet_id": subnet_id}, microversion=microversion, timeout=timeout
    )


def create_bulk(
    client: ServiceClient,
    opts: CreateBulkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Subnet]]:
    """Create several subnets in one request (all or none); each item is a dict of create
    attributes."""
    return client.call(
        _CREATE_BULK, None, model=Subnet, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Subnet:
    """The one Subnet whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Subnet,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_subnets(page: Page[Any]) -> builtins.list[Subnet]:
    """The Subnet items of a page (or of ``all_pages()``)."""
    return page.extract_as(Subnet)
