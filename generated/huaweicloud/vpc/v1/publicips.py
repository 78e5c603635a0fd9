# Generated from huaweicloud/vpc/v1/publicips.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An elastic public IP (EIP): an Internet address of the project that can be bound to a port (of
a server, a load balancer, a NAT gateway, ...) and rebound elsewhere. Its traffic runs over a
bandwidth - a dedicated one (PER) created with it, or a shared one (WHOLE) it is added to.
This API handles pay-per-use EIPs; a yearly/monthly EIP is created through the v2.0 API and
cannot be deleted here. An EIP is DOWN while unbound and ACTIVE once bound."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Profile(Model):
    """How a yearly/monthly EIP was ordered."""

    order_id: str | Unset = UNSET
    """The order."""

    product_id: str | Unset = UNSET
    """The product ordered."""

    region_id: str | Unset = UNSET
    """The region."""

    user_id: str | Unset = UNSET
    """The user who ordered it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("order_id", "order_id", t.STRING),
        Field("product_id", "product_id", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
    )


class BandwidthSpec(Model):
    """The bandwidth of a new EIP: a new dedicated one (share_type PER, with name and size) or an
    existing shared one (share_type WHOLE, with id)."""

    share_type: Literal["PER", "WHOLE"] | Unset = UNSET
    """PER creates a dedicated bandwidth; WHOLE adds the EIP to the shared bandwidth id."""

    name: str | Unset = UNSET
    """The new bandwidth's name (1 to 64 characters); required for PER, ignored for WHOLE with
    id."""

    size: int | Unset = UNSET
    """The new bandwidth's size in Mbit/s (1 to 2000 in most regions); required for PER, ignored
    for WHOLE with id."""

    id: str | Unset = UNSET
    """The shared bandwidth to join; required for WHOLE."""

    charge_mode: Literal["bandwidth", "traffic"] | Unset = UNSET
    """Bill by bandwidth size (the default for IPv4) or by traffic."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("share_type", "share_type", t.STRING, enum=("PER", "WHOLE")),
        Field("name", "name", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("id", "id", t.STRING),
        Field("charge_mode", "charge_mode", t.STRING, enum=("bandwidth", "traffic")),
    )


class PublicIP(Model):
    """An elastic public IP (EIP): an Internet address of the project that can be bound to a port
    (of a server, a load balancer, a NAT gateway, ...) and rebound elsewhere. Its traffic runs
    over a bandwidth - a dedicated one (PER) created with it, or a shared one (WHOLE) it is
    added to. This API handles pay-per-use EIPs; a yearly/monthly EIP is created through the
    v2.0 API and cannot be deleted here. An EIP is DOWN while unbound and ACTIVE once bound."""

    id: str
    """The EIP's ID (a UUID)."""

    alias: str | Unset = UNSET
    """The EIP's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    type: str | Unset = UNSET
    """The EIP's line type, as the region offers it: 5_bgp (dynamic BGP) in most regions, also
    5_sbgp (static BGP), 5_telcom, 5_union or 5_ipv6."""

    ip_version: int | Unset = UNSET
    """4 for an IPv4 EIP (the default), 6 for IPv6. On update it switches an EIP between the two;
    it cannot be combined with port_id."""

    port_id: str | Unset = UNSET
    """The port the EIP is bound to (only present while bound). Create binds it to this port at
    once; update binds it, and an update with port_id "" (or with no option at all) unbinds
    it. The port must exist and have no EIP yet; when alias is sent too, only alias takes
    effect."""

    public_ip_address: str | Unset = UNSET
    """The IPv4 address (for an IPv6 EIP, the IPv4 address it maps to)."""

    public_ipv6_address: str | Unset = UNSET
    """The IPv6 address of an IPv6 EIP (absent for IPv4)."""

    private_ip_address: str | Unset = UNSET
    """The private address of the port the EIP is bound to (only present while bound)."""

    status: str | Unset = UNSET
    """DOWN (not bound), ACTIVE (bound), ELB or VPN (bound to a load balancer or VPN),
    PENDING_CREATE or NOTIFYING (being created), PENDING_UPDATE, BINDING, PENDING_DELETE or
    NOTIFY_DELETE (being released), FREEZED, BIND_ERROR or ERROR."""

    bandwidth_id: str | Unset = UNSET
    """The bandwidth carrying the EIP's traffic."""

    bandwidth_name: str | Unset = UNSET
    """That bandwidth's name."""

    bandwidth_share_type: Literal["PER", "WHOLE"] | Unset = UNSET
    """PER for a dedicated bandwidth, WHOLE for a shared one (IPv6 EIPs take only PER)."""

    bandwidth_size: int | Unset = UNSET
    """The bandwidth's size in Mbit/s."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the EIP belongs to (a UUID, or "0" for the default one); set on
    create with CreateOpts.enterprise_project_id."""

    tenant_id: str | Unset = UNSET
    """The project that owns the EIP."""

    create_time: datetime.datetime | Unset = UNSET
    """When the EIP was assigned (UTC; the service writes "yyyy-MM-dd HH:mm:ss")."""

    profile: Profile | Unset = UNSET
    """Billing details of a yearly/monthly EIP."""

    tags: builtins.list[str] | Unset = UNSET
    """The EIP's tags, each as "key*value"."""

    public_border_group: str | Unset = UNSET
    """"center" for an EIP of the central region, else the edge site's name; an EIP binds only to
    resources of the same site."""

    allow_share_bandwidth_types: builtins.list[str] | Unset = UNSET
    """The kinds of shared bandwidth the EIP may join (empty when it can join none)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("alias", "alias", t.STRING),
        Field("type", "type", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER, enum=(4, 6)),
        Field("port_id", "port_id", t.STRING),
        Field("public_ip_address", "public_ip_address", t.STRING),
        Field("public_ipv6_address", "public_ipv6_address", t.STRING),
        Field("private_ip_address", "private_ip_address", t.STRING),
        Field("status", "status", t.STRING),
        Field("bandwidth_id", "bandwidth_id", t.STRING),
        Field("bandwidth_name", "bandwidth_name", t.STRING),
        Field("bandwidth_share_type", "bandwidth_share_type", t.STRING),
        Field("bandwidth_size", "bandwidth_size", t.INTEGER),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("create_time", "create_time", t.DATETIME),
        Field("profile", "profile", t.model(Profile)),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("public_border_group", "public_border_group", t.STRING),
        Field("allow_share_bandwidth_types", "allow_share_bandwidth_types", t.list_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: builtins.list[str] | Unset = UNSET
    """Only these EIPs."""

    ip_version: int | Unset = UNSET
    """Only IPv4 (4) or IPv6 (6) EIPs."""

    port_id: builtins.list[str] | Unset = UNSET
    """Only EIPs bound to these ports."""

    public_ip_address: builtins.list[str] | Unset = UNSET
    """Only EIPs with these addresses."""

    private_ip_address: builtins.list[str] | Unset = UNSET
    """Only EIPs bound to these private addresses."""

    allow_share_bandwidth_type_any: builtins.list[str] | Unset = UNSET
    """Only EIPs that may join at least one of these kinds of shared bandwidth."""

    enterprise_project_id: str | Unset = UNSET
    """Only EIPs of this enterprise project ("0" is the default one; all_granted_eps lists every
    enterprise project the caller may see)."""

    limit: int | Unset = UNSET
    """The most EIPs one page holds (default 2000)."""

    marker: str | Unset = UNSET
    """Start after the EIP with this ID (the previous page's last one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("ip_version", "ip_version", t.INTEGER, location="query", enum=(4, 6)),
        Param("port_id", "port_id", t.list_of(t.STRING), location="query"),
        Param("public_ip_address", "public_ip_address", t.list_of(t.STRING), location="query"),
        Param("private_ip_address", "private_ip_address", t.list_of(t.STRING), location="query"),
        Param(
            "allow_share_bandwidth_type_any",
            "allow_share_bandwidth_type_any",
            t.list_of(t.STRING),
            location="query",
        ),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    alias: str | Unset = UNSET
    """The EIP's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    type: str = REQUIRED
    """The EIP's line type, as the region offers it: 5_bgp (dynamic BGP) in most regions, also
    5_sbgp (static BGP), 5_telcom, 5_union or 5_ipv6."""

    ip_version: int | Unset = UNSET
    """4 for an IPv4 EIP (the default), 6 for IPv6. On update it switches an EIP between the two;
    it cannot be combined with port_id."""

    port_id: str | Unset = UNSET
    """The port the EIP is bound to (only present while bound). Create binds it to this port at
    once; update binds it, and an update with port_id "" (or with no option at all) unbinds
    it. The port must exist and have no EIP yet; when alias is sent too, only alias takes
    effect."""

    ip_address: str | Unset = UNSET
    """A specific address to assign, from the available pool (without it the service picks one)."""

    bandwidth: BandwidthSpec = REQUIRED
    """The bandwidth the EIP's traffic runs over."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project to put the EIP in (default "0", the default project)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("alias", "alias", t.STRING),
        Param("type", "type", t.STRING, required=True),
        Param("ip_version", "ip_version", t.INTEGER, enum=(4, 6)),
        Param("port_id", "port_id", t.STRING),
        Param("ip_address", "ip_address", t.STRING),
        Param("bandwidth", "bandwidth", t.model(BandwidthSpec), location="envelope", required=True),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="envelope"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    alias: str | Unset = UNSET
    """The EIP's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    ip_version: int | Unset = UNSET
    """4 for an IPv4 EIP (the default), 6 for IPv6. On update it switches an EIP between the two;
    it cannot be combined with port_id."""

    port_id: str | Unset = UNSET
    """The port the EIP is bound to (only present while bound). Create binds it to this port at
    once; update binds it, and an update with port_id "" (or with no option at all) unbinds
    it. The port must exist and have no EIP yet; when alias is sent too, only alias takes
    effect."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("alias", "alias", t.STRING),
        Param("ip_version", "ip_version", t.INTEGER, enum=(4, 6)),
        Param("port_id", "port_id", t.STRING),
    )


_LIST = Operation(
    "publicips.list",
    "GET",
    "/publicips",
    ok=(200, 203),
    response_key="publicips",
    paging=Paging("marker"),
)
_GET = Operation(
    "publicips.get",
    "GET",
    "/publicips/{publicip_id}",
    ok=(200, 203),
    response_key="publicip",
)
_CREATE = Operation(
    "publicips.create",
    "POST",
    "/publicips",
    ok=(200,),
    request_kind="json",
    request_key="publicip",
    response_key="publicip",
)
_UPDATE = Operation(
    "publicips.update",
    "PUT",
    "/publicips/{publicip_id}",
    ok=(200,),
    request_kind="json",
    request_key="publicip",
    response_key="publicip",
)
_DELETE = Operation(
    "publicips.delete",
    "DELETE",
    "/publicips/{publicip_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[PublicIP]:
    """List the project's EIPs, a page at a time (limit and marker); without a limit the server
    returns up to 2000. List filters given several values match any of them."""
    return client.pager(
        _LIST, None, model=PublicIP, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    publicip_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PublicIP]:
    """Show an EIP."""
    return client.call(
        _GET,
        {"publicip_id": publicip_id},
        model=PublicIP,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PublicIP]:
    """Assign a pay-per-use EIP with its bandwidth. The request is {"publicip": {...},
    "bandwidth": {...}, "enterprise_project_id": ...}; the answer carries the new EIP's
    address, status and bandwidth size."""
    return client.call(
        _CREATE, None, model=PublicIP, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    publicip_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PublicIP]:
    """Rename an EIP, bind it to a port, unbind it (port_id "") or switch its IP version - one of
    these per request."""
    return client.call(
        _UPDATE,
        {"publicip_id": publicip_id},
        model=PublicIP,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    publicip_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Release a pay-per-use EIP (unbound first, or it is refused)."""
    return client.call(
        _DELETE, {"publicip_id": publicip_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> PublicIP:
    """The one PublicIP whose id or alias is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=PublicIP,
        name_field="alias",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    publicip_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[PublicIP], None] | None = None,
) -> PublicIP:
    """Poll get until the PublicIP's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR or BIND_ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"publicip_id": publicip_id},
        model=PublicIP,
        field="status",
        wanted=status,
        failures=("ERROR", "BIND_ERROR"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    publicip_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[PublicIP], None] | None = None,
) -> None:
    """Poll get until the PublicIP is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"publicip_id": publicip_id},
        model=PublicIP,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_publicips(page: Page[Any]) -> builtins.list[PublicIP]:
    """The PublicIP items of a page (or of ``all_pages()``)."""
    return page.extract_as(PublicIP)
