# Generated from network/v2/vpn_ipsec_site_connections.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An IPsec site connection (VPNaaS): a tunnel from a VPN service to a peer gateway, with IKE and
IPsec policies, a pre-shared key and the subnets on each side (endpoint groups, or the
service's subnet and peer_cidrs). Needs the vpnaas extension (neutron-vpnaas)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Dpd(Model):
    """Dead peer detection settings."""

    action: Literal["hold", "clear", "disabled", "restart", "restart-by-peer"] | Unset = UNSET
    """What to do when the peer is found dead (hold by default)."""

    interval: int | Unset = UNSET
    """Seconds between probes (30 by default)."""

    timeout: int | Unset = UNSET
    """Seconds without answer after which the peer is dead (120 by default; more than interval)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "action",
            "action",
            t.STRING,
            enum=("hold", "clear", "disabled", "restart", "restart-by-peer"),
        ),
        Field("interval", "interval", t.INTEGER),
        Field("timeout", "timeout", t.INTEGER),
    )


class IpsecSiteConnection(Model):
    """An IPsec site connection (VPNaaS): a tunnel from a VPN service to a peer gateway, with IKE
    and IPsec policies, a pre-shared key and the subnets on each side (endpoint groups, or the
    service's subnet and peer_cidrs). Needs the vpnaas extension (neutron-vpnaas)."""

    id: str
    """The connection's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a connection for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    vpnservice_id: str | Unset = UNSET
    """The VPN service."""

    ikepolicy_id: str | Unset = UNSET
    """The IKE policy."""

    ipsecpolicy_id: str | Unset = UNSET
    """The IPsec policy."""

    peer_address: str | Unset = UNSET
    """The peer gateway's public address or FQDN."""

    peer_id: str | Unset = UNSET
    """The peer's identity (usually its address, or an FQDN or email)."""

    local_id: str | Unset = UNSET
    """This end's identity (default: the external address of the VPN service)."""

    peer_cidrs: builtins.list[str] | Unset = UNSET
    """The peer's subnets (older style, with a VPN service that has a subnet)."""

    local_ep_group_id: str | None | Unset = UNSET
    """The endpoint group of local subnets (with peer_ep_group_id, instead of peer_cidrs)."""

    peer_ep_group_id: str | None | Unset = UNSET
    """The endpoint group of peer CIDRs."""

    psk: str | Unset = UNSET
    """The pre-shared key."""

    mtu: int | Unset = UNSET
    """The MTU of the tunnel (68 or more; 1280 or more for IPv6)."""

    initiator: Literal["bi-directional", "response-only"] | Unset = UNSET
    """Whether this end starts the negotiation or only answers."""

    dpd: Dpd | Unset = UNSET
    """Dead peer detection."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    auth_mode: str | Unset = UNSET
    """How the peers authenticate: psk (the only one)."""

    route_mode: str | Unset = UNSET
    """How routes reach the tunnel: static (the only one)."""

    status: str | Unset = UNSET
    """ACTIVE, DOWN, BUILD, ERROR, PENDING_CREATE, PENDING_UPDATE or PENDING_DELETE."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("vpnservice_id", "vpnservice_id", t.STRING),
        Field("ikepolicy_id", "ikepolicy_id", t.STRING),
        Field("ipsecpolicy_id", "ipsecpolicy_id", t.STRING),
        Field("peer_address", "peer_address", t.STRING),
        Field("peer_id", "peer_id", t.STRING),
        Field("local_id", "local_id", t.STRING),
        Field("peer_cidrs", "peer_cidrs", t.list_of(t.STRING)),
        Field("local_ep_group_id", "local_ep_group_id", t.STRING),
        Field("peer_ep_group_id", "peer_ep_group_id", t.STRING),
        Field("psk", "psk", t.STRING, sensitive=True),
        Field("mtu", "mtu", t.INTEGER),
        Field("initiator", "initiator", t.STRING, enum=("bi-directional", "response-only")),
        Field("dpd", "dpd", t.model(Dpd)),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("auth_mode", "auth_mode", t.STRING),
        Field("route_mode", "route_mode", t.STRING),
        Field("status", "status", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only connections whose id is this."""

    name: str | Unset = UNSET
    """Only connections whose name is this."""

    description: str | Unset = UNSET
    """Only connections whose description is this."""

    vpnservice_id: str | Unset = UNSET
    """Only connections whose vpnservice_id is this."""

    ikepolicy_id: str | Unset = UNSET
    """Only connections whose ikepolicy_id is this."""

    ipsecpolicy_id: str | Unset = UNSET
    """Only connections whose ipsecpolicy_id is this."""

    peer_address: str | Unset = UNSET
    """Only connections whose peer_address is this."""

    peer_id: str | Unset = UNSET
    """Only connections whose peer_id is this."""

    local_id: str | Unset = UNSET
    """Only connections whose local_id is this."""

    local_ep_group_id: str | Unset = UNSET
    """Only connections whose local_ep_group_id is this."""

    peer_ep_group_id: str | Unset = UNSET
    """Only connections whose peer_ep_group_id is this."""

    mtu: int | Unset = UNSET
    """Only connections whose mtu is this."""

    initiator: Literal["bi-directional", "response-only"] | Unset = UNSET
    """Only connections whose initiator is this."""

    admin_state_up: bool | Unset = UNSET
    """Only connections whose admin_state_up is this."""

    status: str | Unset = UNSET
    """Only connections whose status is this."""

    auth_mode: str | Unset = UNSET
    """Only connections whose auth_mode is this."""

    route_mode: str | Unset = UNSET
    """Only connections whose route_mode is this."""

    project_id: str | Unset = UNSET
    """Only connections whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only connections whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most connections a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("vpnservice_id", "vpnservice_id", t.STRING, location="query"),
        Param("ikepolicy_id", "ikepolicy_id", t.STRING, location="query"),
        Param("ipsecpolicy_id", "ipsecpolicy_id", t.STRING, location="query"),
        Param("peer_address", "peer_address", t.STRING, location="query"),
        Param("peer_id", "peer_id", t.STRING, location="query"),
        Param("local_id", "local_id", t.STRING, location="query"),
        Param("local_ep_group_id", "local_ep_group_id", t.STRING, location="query"),
        Param("peer_ep_group_id", "peer_ep_group_id", t.STRING, location="query"),
        Param("mtu", "mtu", t.INTEGER, location="query"),
        Param(
            "initiator",
            "initiator",
            t.STRING,
            location="query",
            enum=("bi-directional", "response-only"),
        ),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("auth_mode", "auth_mode", t.STRING, location="query"),
        Param("route_mode", "route_mode", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a connection for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    vpnservice_id: str = REQUIRED
    """The VPN service."""

    ikepolicy_id: str = REQUIRED
    """The IKE policy."""

    ipsecpolicy_id: str = REQUIRED
    """The IPsec policy."""

    peer_address: str = REQUIRED
    """The peer gateway's public address or FQDN."""

    peer_id: str = REQUIRED
    """The peer's identity (usually its address, or an FQDN or email)."""

    local_id: str | Unset = UNSET
    """This end's identity (default: the external address of the VPN service)."""

    peer_cidrs: builtins.list[str] | Unset = UNSET
    """The peer's subnets (older style, with a VPN service that has a subnet)."""

    local_ep_group_id: str | None | Unset = UNSET
    """The endpoint group of local subnets (with peer_ep_group_id, instead of peer_cidrs)."""

    peer_ep_group_id: str | None | Unset = UNSET
    """The endpoint group of peer CIDRs."""

    psk: str = REQUIRED
    """The pre-shared key."""

    mtu: int | Unset = UNSET
    """The MTU of the tunnel (68 or more; 1280 or more for IPv6)."""

    initiator: Literal["bi-directional", "response-only"] | Unset = UNSET
    """Whether this end starts the negotiation or only answers."""

    dpd: Dpd | Unset = UNSET
    """Dead peer detection."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("vpnservice_id", "vpnservice_id", t.STRING, required=True),
        Param("ikepolicy_id", "ikepolicy_id", t.STRING, required=True),
        Param("ipsecpolicy_id", "ipsecpolicy_id", t.STRING, required=True),
        Param("peer_address", "peer_address", t.STRING, required=True),
        Param("peer_id", "peer_id", t.STRING, required=True),
        Param("local_id", "local_id", t.STRING),
        Param("peer_cidrs", "peer_cidrs", t.list_of(t.STRING)),
        Param("local_ep_group_id", "local_ep_group_id", t.STRING, nullable=True),
        Param("peer_ep_group_id", "peer_ep_group_id", t.STRING, nullable=True),
        Param("psk", "psk", t.STRING, required=True, sensitive=True),
        Param("mtu", "mtu", t.INTEGER),
        Param("initiator", "initiator", t.STRING, enum=("bi-directional", "response-only")),
        Param("dpd", "dpd", t.model(Dpd)),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    peer_address: str | Unset = UNSET
    """The peer gateway's public address or FQDN."""

    peer_id: str | Unset = UNSET
    """The peer's identity (usually its address, or an FQDN or email)."""

    local_id: str | Unset = UNSET
    """This end's identity (default: the external address of the VPN service)."""

    peer_cidrs: builtins.list[str] | Unset = UNSET
    """The peer's subnets (older style, with a VPN service that has a subnet)."""

    local_ep_group_id: str | None | Unset = UNSET
    """The endpoint group of local subnets (with peer_ep_group_id, instead of peer_cidrs)."""

    peer_ep_group_id: str | None | Unset = UNSET
    """The endpoint group of peer CIDRs."""

    psk: str | Unset = UNSET
    """The pre-shared key."""

    mtu: int | Unset = UNSET
    """The MTU of the tunnel (68 or more; 1280 or more for IPv6)."""

    initiator: Literal["bi-directional", "response-only"] | Unset = UNSET
    """Whether this end starts the negotiation or only answers."""

    dpd: Dpd | Unset = UNSET
    """Dead peer detection."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("peer_address", "peer_address", t.STRING),
        Param("peer_id", "peer_id", t.STRING),
        Param("local_id", "local_id", t.STRING),
        Param("peer_cidrs", "peer_cidrs", t.list_of(t.STRING)),
        Param("local_ep_group_id", "local_ep_group_id", t.STRING, nullable=True),
        Param("peer_ep_group_id", "peer_ep_group_id", t.STRING, nullable=True),
        Param("psk", "psk", t.STRING, sensitive=True),
        Param("mtu", "mtu", t.INTEGER),
        Param("initiator", "initiator", t.STRING, enum=("bi-directional", "response-only")),
        Param("dpd", "dpd", t.model(Dpd)),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
    )


_LIST = Operation(
    "vpn_ipsec_site_connections.list",
    "GET",
    "/vpn/ipsec-site-connections",
    ok=(200, 203),
    response_key="ipsec_site_connections",
    paging=Paging("marker", next="ipsec_site_connections_links[rel=next].href"),
)
_GET = Operation(
    "vpn_ipsec_site_connections.get",
    "GET",
    "/vpn/ipsec-site-connections/{connection_id}",
    ok=(200, 203),
    response_key="ipsec_site_connection",
)
_CREATE = Operation(
    "vpn_ipsec_site_connections.create",
    "POST",
    "/vpn/ipsec-site-connections",
    ok=(201,),
    request_kind="json",
    request_key="ipsec_site_connection",
    response_key="ipsec_site_connection",
)
_UPDATE = Operation(
    "vpn_ipsec_site_connections.update",
    "PUT",
    "/vpn/ipsec-site-connections/{connection_id}",
    ok=(200,),
    request_kind="json",
    request_key="ipsec_site_connection",
    response_key="ipsec_site_connection",
)
_DELETE = Operation(
    "vpn_ipsec_site_connections.delete",
    "DELETE",
    "/vpn/ipsec-site-connections/{connection_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[IpsecSiteConnection]:
    """List the IPsec site connections the caller may see."""
    return client.pager(
        _LIST,
        None,
        model=IpsecSiteConnection,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    connection_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IpsecSiteConnection]:
    """Show an IPsec site connection."""
    return client.call(
        _GET,
        {"connection_id": connection_id},
        model=IpsecSiteConnection,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IpsecSiteConnection]:
    """Create an IPsec site connection on a VPN service."""
    return client.call(
        _CREATE,
        None,
        model=IpsecSiteConnection,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    connection_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IpsecSiteConnection]:
    """Change an IPsec site connection (409 while it is PENDING_*)."""
    return client.call(
        _UPDATE,
        {"connection_id": connection_id},
        model=IpsecSiteConnection,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    connection_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an IPsec site connection."""
    return client.call(
        _DELETE, {"connection_id": connection_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> IpsecSiteConnection:
    """The one IpsecSiteConnection whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=IpsecSiteConnection,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    connection_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[IpsecSiteConnection], None] | None = None,
) -> IpsecSiteConnection:
    """Poll get until the IpsecSiteConnection's status is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"connection_id": connection_id},
        model=IpsecSiteConnection,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    connection_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[IpsecSiteConnection], None] | None = None,
) -> None:
    """Poll get until the IpsecSiteConnection is gone (404). Raises errors.WaitTimeout after
    ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"connection_id": connection_id},
        model=IpsecSiteConnection,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_vpn_ipsec_site_connections(page: Page[Any]) -> builtins.list[IpsecSiteConnection]:
    """The IpsecSiteConnection items of a page (or of ``all_pages()``)."""
    return page.extract_as(IpsecSiteConnection)
