# Generated from network/v2/vpn_services.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A VPN service (VPNaaS): IPsec VPN on a router that has an external gateway; its site
connections reach remote sites. The VPN agent brings it up: until one answers it stays
PENDING_CREATE. Needs the vpnaas extension (neutron-vpnaas)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class VpnService(Model):
    """A VPN service (VPNaaS): IPsec VPN on a router that has an external gateway; its site
    connections reach remote sites. The VPN agent brings it up: until one answers it stays
    PENDING_CREATE. Needs the vpnaas extension (neutron-vpnaas)."""

    id: str
    """The service's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a service for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    router_id: str | Unset = UNSET
    """The router (it needs an external gateway)."""

    subnet_id: str | None | Unset = UNSET
    """The local subnet (older style; null when the site connections name endpoint groups
    instead)."""

    flavor_id: str | None | Unset = UNSET
    """The VPN flavor (vpn-flavors extension; null: the default provider)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    status: str | Unset = UNSET
    """ACTIVE, DOWN, BUILD, ERROR, PENDING_CREATE, PENDING_UPDATE or PENDING_DELETE."""

    external_v4_ip: str | None | Unset = UNSET
    """The router's external IPv4 address, the local end of the tunnels."""

    external_v6_ip: str | None | Unset = UNSET
    """The router's external IPv6 address, the local end of the tunnels."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("router_id", "router_id", t.STRING),
        Field("subnet_id", "subnet_id", t.STRING),
        Field("flavor_id", "flavor_id", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("status", "status", t.STRING),
        Field("external_v4_ip", "external_v4_ip", t.STRING),
        Field("external_v6_ip", "external_v6_ip", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only services whose id is this."""

    name: str | Unset = UNSET
    """Only services whose name is this."""

    description: str | Unset = UNSET
    """Only services whose description is this."""

    router_id: str | Unset = UNSET
    """Only services whose router_id is this."""

    subnet_id: str | Unset = UNSET
    """Only services whose subnet_id is this."""

    flavor_id: str | Unset = UNSET
    """Only services whose flavor_id is this."""

    admin_state_up: bool | Unset = UNSET
    """Only services whose admin_state_up is this."""

    status: str | Unset = UNSET
    """Only services whose status is this."""

    external_v4_ip: str | Unset = UNSET
    """Only services whose external_v4_ip is this."""

    external_v6_ip: str | Unset = UNSET
    """Only services whose external_v6_ip is this."""

    project_id: str | Unset = UNSET
    """Only services whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only services whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most services a page holds."""

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
        Param("router_id", "router_id", t.STRING, location="query"),
        Param("subnet_id", "subnet_id", t.STRING, location="query"),
        Param("flavor_id", "flavor_id", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("external_v4_ip", "external_v4_ip", t.STRING, location="query"),
        Param("external_v6_ip", "external_v6_ip", t.STRING, location="query"),
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
    """The owner (admins may create a service for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    router_id: str = REQUIRED
    """The router (it needs an external gateway)."""

    subnet_id: str | None | Unset = UNSET
    """The local subnet (older style; null when the site connections name endpoint groups
    instead)."""

    flavor_id: str | None | Unset = UNSET
    """The VPN flavor (vpn-flavors extension; null: the default provider)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("router_id", "router_id", t.STRING, required=True),
        Param("subnet_id", "subnet_id", t.STRING, nullable=True),
        Param("flavor_id", "flavor_id", t.STRING, nullable=True),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
    )


_LIST = Operation(
    "vpn_services.list",
    "GET",
    "/vpn/vpnservices",
    ok=(200, 203),
    response_key="vpnservices",
    paging=Paging("marker", next="vpnservices_links[rel=next].href"),
)
_GET = Operation(
    "vpn_services.get",
    "GET",
    "/vpn/vpnservices/{vpnservice_id}",
    ok=(200, 203),
    response_key="vpnservice",
)
_CREATE = Operation(
    "vpn_services.create",
    "POST",
    "/vpn/vpnservices",
    ok=(201,),
    request_kind="json",
    request_key="vpnservice",
    response_key="vpnservice",
)
_UPDATE = Operation(
    "vpn_services.update",
    "PUT",
    "/vpn/vpnservices/{vpnservice_id}",
    ok=(200,),
    request_kind="json",
    request_key="vpnservice",
    response_key="vpnservice",
)
_DELETE = Operation(
    "vpn_services.delete",
    "DELETE",
    "/vpn/vpnservices/{vpnservice_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VpnService]:
    """List the VPN services the caller may see."""
    return client.pager(
        _LIST, None, model=VpnService, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    vpnservice_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VpnService]:
    """Show a VPN service."""
    return client.call(
        _GET,
        {"vpnservice_id": vpnservice_id},
        model=VpnService,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VpnService]:
    """Create a VPN service on a router."""
    return client.call(
        _CREATE, None, model=VpnService, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    vpnservice_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VpnService]:
    """Change a VPN service's name, description or state (409 while it is PENDING_*)."""
    return client.call(
        _UPDATE,
        {"vpnservice_id": vpnservice_id},
        model=VpnService,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    vpnservice_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a VPN service (409 while it has site connections)."""
    return client.call(
        _DELETE, {"vpnservice_id": vpnservice_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> VpnService:
    """The one VpnService whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=VpnService,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    vpnservice_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[VpnService], None] | None = None,
) -> VpnService:
    """Poll get until the VpnService's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"vpnservice_id": vpnservice_id},
        model=VpnService,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    vpnservice_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[VpnService], None] | None = None,
) -> None:
    """Poll get until the VpnService is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"vpnservice_id": vpnservice_id},
        model=VpnService,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_vpn_services(page: Page[Any]) -> builtins.list[VpnService]:
    """The VpnService items of a page (or of ``all_pages()``)."""
    return page.extract_as(VpnService)
