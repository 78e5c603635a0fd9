# Generated from network/v2/floating_ips.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A floating IP: an address on an external network that a router maps (1:1 NAT) to a port's
fixed IP on an internal subnet the router is attached to, or that port forwardings use. Needs
the router (l3) service plugin."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class PortDetails(Model):
    """Attributes of the port a floating IP is associated with."""

    name: str | Unset = UNSET
    """The port's name."""

    network_id: str | Unset = UNSET
    """The port's network."""

    mac_address: str | Unset = UNSET
    """The port's MAC address."""

    admin_state_up: bool | Unset = UNSET
    """The port's administrative state."""

    status: str | Unset = UNSET
    """The port's status."""

    device_id: str | Unset = UNSET
    """The port's device."""

    device_owner: str | Unset = UNSET
    """The port's device owner."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("mac_address", "mac_address", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("status", "status", t.STRING),
        Field("device_id", "device_id", t.STRING),
        Field("device_owner", "device_owner", t.STRING),
    )


class PortForwardingSummary(Model):
    """A port forwarding as embedded in its floating IP."""

    id: str | Unset = UNSET
    """The port forwarding's ID."""

    protocol: str | Unset = UNSET
    """The protocol."""

    internal_ip_address: str | Unset = UNSET
    """The internal address."""

    internal_port: int | None | Unset = UNSET
    """The internal port."""

    internal_port_id: str | Unset = UNSET
    """The internal Neutron port."""

    external_port: int | None | Unset = UNSET
    """The port on the floating IP."""

    internal_port_range: str | Unset = UNSET
    """The internal port range."""

    external_port_range: str | Unset = UNSET
    """The external port range."""

    description: str | Unset = UNSET
    """Free-form text."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("protocol", "protocol", t.STRING),
        Field("internal_ip_address", "internal_ip_address", t.STRING),
        Field("internal_port", "internal_port", t.INTEGER),
        Field("internal_port_id", "internal_port_id", t.STRING),
        Field("external_port", "external_port", t.INTEGER),
        Field("internal_port_range", "internal_port_range", t.STRING),
        Field("external_port_range", "external_port_range", t.STRING),
        Field("description", "description", t.STRING),
    )


class FloatingIpPool(Model):
    """A subnet floating IPs may be allocated from (floatingip-pools)."""

    subnet_id: str | Unset = UNSET
    """The external subnet."""

    subnet_name: str | Unset = UNSET
    """The subnet's name."""

    cidr: str | Unset = UNSET
    """The subnet's CIDR."""

    network_id: str | Unset = UNSET
    """The external network."""

    project_id: str | Unset = UNSET
    """The subnet's project."""

    tenant_id: str | Unset = UNSET
    """The subnet's project (older name)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("subnet_id", "subnet_id", t.STRING),
        Field("subnet_name", "subnet_name", t.STRING),
        Field("cidr", "cidr", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class FloatingIp(Model):
    """A floating IP: an address on an external network that a router maps (1:1 NAT) to a port's
    fixed IP on an internal subnet the router is attached to, or that port forwardings use.
    Needs the router (l3) service plugin."""

    id: str
    """The floating IP's UUID."""

    floating_ip_address: str | Unset = UNSET
    """The external address (chosen by Neutron unless given; choosing is admin-only)."""

    floating_network_id: str | Unset = UNSET
    """The external network the address comes from."""

    subnet_id: str | None | Unset = UNSET
    """The external subnet to take the address from (create only)."""

    port_id: str | None | Unset = UNSET
    """The internal port it maps to (None for unassociated; set None to disassociate)."""

    fixed_ip_address: str | None | Unset = UNSET
    """Which of the port's fixed IPs it maps to (needed when the port has several)."""

    router_id: str | None | Unset = UNSET
    """The router doing the NAT: set by Neutron when the address is associated; create and update
    may name it themselves where Neutron has the floating-ip-router-writable extension."""

    status: str | Unset = UNSET
    """ACTIVE, DOWN or ERROR."""

    description: str | Unset = UNSET
    """Free-form text."""

    dns_name: str | Unset = UNSET
    """The host name published for the address in external DNS (dns-integration)."""

    dns_domain: str | Unset = UNSET
    """The DNS domain of dns_name."""

    port_details: PortDetails | None | Unset = UNSET
    """Some attributes of the associated port (fip-port-details)."""

    port_forwardings: builtins.list[PortForwardingSummary] | Unset = UNSET
    """The floating IP's port forwardings (expose-port-forwarding-in-fip)."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy of the floating IP (qos-fip)."""

    qos_network_policy_id: str | None | Unset = UNSET
    """The QoS policy of the floating network (qos-fip-network-policy)."""

    distributed: bool | None | Unset = UNSET
    """Whether the floating IP is handled on the compute host (fip-distributed)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    tags: builtins.list[str] | Unset = UNSET
    """The floating IP's tags (changed through the tags API)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the floating IP was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("floating_ip_address", "floating_ip_address", t.STRING),
        Field("floating_network_id", "floating_network_id", t.STRING),
        Field("subnet_id", "subnet_id", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("fixed_ip_address", "fixed_ip_address", t.STRING),
        Field("router_id", "router_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("description", "description", t.STRING),
        Field("dns_name", "dns_name", t.STRING),
        Field("dns_domain", "dns_domain", t.STRING),
        Field("port_details", "port_details", t.model(PortDetails)),
        Field("port_forwardings", "port_forwardings", t.list_of(t.model(PortForwardingSummary))),
        Field("qos_policy_id", "qos_policy_id", t.STRING),
        Field("qos_network_policy_id", "qos_network_policy_id", t.STRING),
        Field("distributed", "distributed", t.BOOLEAN),
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
    """Only the floating IP with this ID."""

    floating_ip_address: str | Unset = UNSET
    """Only the floating IP with this address."""

    floating_network_id: str | Unset = UNSET
    """Only floating IPs from this network."""

    port_id: str | Unset = UNSET
    """Only floating IPs associated with this port."""

    fixed_ip_address: str | Unset = UNSET
    """Only floating IPs mapped to this fixed IP."""

    router_id: str | Unset = UNSET
    """Only floating IPs NATed by this router."""

    status: str | Unset = UNSET
    """Only floating IPs with this status."""

    description: str | Unset = UNSET
    """Only floating IPs with this description."""

    distributed: bool | Unset = UNSET
    """Only distributed floating IPs (or not)."""

    project_id: str | Unset = UNSET
    """Only floating IPs of this project."""

    tenant_id: str | Unset = UNSET
    """Only floating IPs of this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only floating IPs at this revision."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items that have every one of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items that have at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items that have every one of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items that have any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (floating IP attribute names, e.g. id, name); Neutron leaves
    the others out of each item. Keep id in the list when paging: the next page starts after
    the last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of fixed_ip_address,
    floating_ip_address, floating_network_id, id, router_id, status, project_id, tenant_id);
    give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most floatingips one page holds; a full page carries a floatingips_links entry with
    rel "next"."""

    marker: str | Unset = UNSET
    """Start after the floating IP with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("floating_ip_address", "floating_ip_address", t.STRING, location="query"),
        Param("floating_network_id", "floating_network_id", t.STRING, location="query"),
        Param("port_id", "port_id", t.STRING, location="query"),
        Param("fixed_ip_address", "fixed_ip_address", t.STRING, location="query"),
        Param("router_id", "router_id", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("distributed", "distributed", t.BOOLEAN, location="query"),
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

    floating_ip_address: str | Unset = UNSET
    """The external address (chosen by Neutron unless given; choosing is admin-only)."""

    floating_network_id: str = REQUIRED
    """The external network the address comes from."""

    subnet_id: str | None | Unset = UNSET
    """The external subnet to take the address from (create only)."""

    port_id: str | None | Unset = UNSET
    """The internal port it maps to (None for unassociated; set None to disassociate)."""

    fixed_ip_address: str | None | Unset = UNSET
    """Which of the port's fixed IPs it maps to (needed when the port has several)."""

    router_id: str | None | Unset = UNSET
    """The router doing the NAT: set by Neutron when the address is associated; create and update
    may name it themselves where Neutron has the floating-ip-router-writable extension."""

    description: str | Unset = UNSET
    """Free-form text."""

    dns_name: str | Unset = UNSET
    """The host name published for the address in external DNS (dns-integration)."""

    dns_domain: str | Unset = UNSET
    """The DNS domain of dns_name."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy of the floating IP (qos-fip)."""

    distributed: bool | None | Unset = UNSET
    """Whether the floating IP is handled on the compute host (fip-distributed)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("floating_ip_address", "floating_ip_address", t.STRING),
        Param("floating_network_id", "floating_network_id", t.STRING, required=True),
        Param("subnet_id", "subnet_id", t.STRING, nullable=True),
        Param("port_id", "port_id", t.STRING, nullable=True),
        Param("fixed_ip_address", "fixed_ip_address", t.STRING, nullable=True),
        Param("router_id", "router_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING),
        Param("dns_name", "dns_name", t.STRING),
        Param("dns_domain", "dns_domain", t.STRING),
        Param("qos_policy_id", "qos_policy_id", t.STRING, nullable=True),
        Param("distributed", "distributed", t.BOOLEAN, nullable=True),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    port_id: str | None | Unset = UNSET
    """The internal port it maps to (None for unassociated; set None to disassociate)."""

    fixed_ip_address: str | None | Unset = UNSET
    """Which of the port's fixed IPs it maps to (needed when the port has several)."""

    router_id: str | None | Unset = UNSET
    """The router doing the NAT: set by Neutron when the address is associated; create and update
    may name it themselves where Neutron has the floating-ip-router-writable extension."""

    description: str | Unset = UNSET
    """Free-form text."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy of the floating IP (qos-fip)."""

    distributed: bool | None | Unset = UNSET
    """Whether the floating IP is handled on the compute host (fip-distributed)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("port_id", "port_id", t.STRING, nullable=True),
        Param("fixed_ip_address", "fixed_ip_address", t.STRING, nullable=True),
        Param("router_id", "router_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING),
        Param("qos_policy_id", "qos_policy_id", t.STRING, nullable=True),
        Param("distributed", "distributed", t.BOOLEAN, nullable=True),
    )


_LIST = Operation(
    "floating_ips.list",
    "GET",
    "/floatingips",
    ok=(200, 203),
    response_key="floatingips",
    paging=Paging("marker", next="floatingips_links[rel=next].href"),
)
_GET = Operation(
    "floating_ips.get",
    "GET",
    "/floatingips/{floatingip_id}",
    ok=(200, 203),
    response_key="floatingip",
)
_CREATE = Operation(
    "floating_ips.create",
    "POST",
    "/floatingips",
    ok=(201,),
    request_kind="json",
    request_key="floatingip",
    response_key="floatingip",
)
_UPDATE = Operation(
    "floating_ips.update",
    "PUT",
    "/floatingips/{floatingip_id}",
    ok=(200,),
    request_kind="json",
    request_key="floatingip",
    response_key="floatingip",
)
_DELETE = Operation(
    "floating_ips.delete",
    "DELETE",
    "/floatingips/{floatingip_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_POOLS = Operation(
    "floating_ips.list_pools",
    "GET",
    "/floatingip_pools",
    ok=(200,),
    response_kind="list",
    response_key="floatingip_pools",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FloatingIp]:
    """List the floating IPs the caller may see; every filter matches exactly."""
    return client.pager(
        _LIST, None, model=FloatingIp, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    floatingip_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FloatingIp]:
    """Show a floating IP."""
    return client.call(
        _GET,
        {"floatingip_id": floatingip_id},
        model=FloatingIp,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FloatingIp]:
    """Allocate a floating IP from an external network, associated right away when port_id is
    given (the port's subnet must be attached to a router with a gateway on that network, else
    404)."""
    return client.call(
        _CREATE, None, model=FloatingIp, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    floatingip_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FloatingIp]:
    """Associate (port_id, fixed_ip_address), disassociate (port_id None) or describe a floating
    IP."""
    return client.call(
        _UPDATE,
        {"floatingip_id": floatingip_id},
        model=FloatingIp,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    floatingip_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Release a floating IP."""
    return client.call(
        _DELETE, {"floatingip_id": floatingip_id}, microversion=microversion, timeout=timeout
    )


def list_pools(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[FloatingIpPool]]:
    """The external subnets the caller may allocate floating IPs from (floatingip-pools)."""
    return client.call(
        _LIST_POOLS, None, model=FloatingIpPool, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FloatingIp:
    """The one FloatingIp whose id or floating_ip_address is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=FloatingIp,
        name_field="floating_ip_address",
        list_opts=ListOpts,
        name_param="floating_ip_address",
        name_match="exact",
        id_field="id",
    )


def extract_floating_ips(page: Page[Any]) -> builtins.list[FloatingIp]:
    """The FloatingIp items of a page (or of ``all_pages()``)."""
    return page.extract_as(FloatingIp)
