# Generated from network/v2/bgpvpns.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A BGP VPN (BGPVPN interconnection): a VPN of an operator's BGP/MPLS network, named by route
targets, that networks, routers and ports of the project are associated with. Needs the bgpvpn
extension (networking-bgpvpn)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class Bgpvpn(Model):
    """A BGP VPN (BGPVPN interconnection): a VPN of an operator's BGP/MPLS network, named by
    route targets, that networks, routers and ports of the project are associated with. Needs
    the bgpvpn extension (networking-bgpvpn)."""

    id: str
    """The BGP VPN's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a BGP VPN for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    type: Literal["l3", "l2"] | Unset = UNSET
    """l3 (IP VPN) or l2 (EVPN)."""

    route_targets: builtins.list[str] | Unset = UNSET
    """Route targets (ASN:N or IP:N) both imported and exported (admin only)."""

    import_targets: builtins.list[str] | Unset = UNSET
    """Additional route targets to import (admin only)."""

    export_targets: builtins.list[str] | Unset = UNSET
    """Additional route targets to export (admin only)."""

    route_distinguishers: builtins.list[str] | Unset = UNSET
    """Route distinguishers the backend may pick from for advertisements (admin only)."""

    local_pref: int | None | Unset = UNSET
    """The BGP LOCAL_PREF of the routes it advertises (bgpvpn-routes-control extension; admin
    only)."""

    vni: int | None | Unset = UNSET
    """The VXLAN network identifier (bgpvpn-vni extension)."""

    networks: builtins.list[str] | Unset = UNSET
    """The associated networks (change them with the network associations)."""

    routers: builtins.list[str] | Unset = UNSET
    """The associated routers (change them with the router associations)."""

    ports: builtins.list[str] | Unset = UNSET
    """The associated ports (bgpvpn-routes-control extension; change them with the port
    associations)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("type", "type", t.STRING, enum=("l3", "l2")),
        Field("route_targets", "route_targets", t.list_of(t.STRING)),
        Field("import_targets", "import_targets", t.list_of(t.STRING)),
        Field("export_targets", "export_targets", t.list_of(t.STRING)),
        Field("route_distinguishers", "route_distinguishers", t.list_of(t.STRING)),
        Field("local_pref", "local_pref", t.INTEGER),
        Field("vni", "vni", t.INTEGER),
        Field("networks", "networks", t.list_of(t.STRING)),
        Field("routers", "routers", t.list_of(t.STRING)),
        Field("ports", "ports", t.list_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only BGP VPNs whose id is this."""

    name: str | Unset = UNSET
    """Only BGP VPNs with this name."""

    type: Literal["l3", "l2"] | Unset = UNSET
    """Only BGP VPNs whose type is this."""

    local_pref: int | Unset = UNSET
    """Only BGP VPNs whose local_pref is this."""

    vni: int | Unset = UNSET
    """Only BGP VPNs whose vni is this."""

    project_id: str | Unset = UNSET
    """Only BGP VPNs whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only BGP VPNs whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most BGP VPNs a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query", enum=("l3", "l2")),
        Param("local_pref", "local_pref", t.INTEGER, location="query"),
        Param("vni", "vni", t.INTEGER, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a BGP VPN for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    type: Literal["l3", "l2"] | Unset = UNSET
    """l3 (IP VPN) or l2 (EVPN)."""

    route_targets: builtins.list[str] | Unset = UNSET
    """Route targets (ASN:N or IP:N) both imported and exported (admin only)."""

    import_targets: builtins.list[str] | Unset = UNSET
    """Additional route targets to import (admin only)."""

    export_targets: builtins.list[str] | Unset = UNSET
    """Additional route targets to export (admin only)."""

    route_distinguishers: builtins.list[str] | Unset = UNSET
    """Route distinguishers the backend may pick from for advertisements (admin only)."""

    local_pref: int | None | Unset = UNSET
    """The BGP LOCAL_PREF of the routes it advertises (bgpvpn-routes-control extension; admin
    only)."""

    vni: int | None | Unset = UNSET
    """The VXLAN network identifier (bgpvpn-vni extension)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("type", "type", t.STRING, enum=("l3", "l2")),
        Param("route_targets", "route_targets", t.list_of(t.STRING)),
        Param("import_targets", "import_targets", t.list_of(t.STRING)),
        Param("export_targets", "export_targets", t.list_of(t.STRING)),
        Param("route_distinguishers", "route_distinguishers", t.list_of(t.STRING)),
        Param("local_pref", "local_pref", t.INTEGER, nullable=True),
        Param("vni", "vni", t.INTEGER, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    route_targets: builtins.list[str] | Unset = UNSET
    """Route targets (ASN:N or IP:N) both imported and exported (admin only)."""

    import_targets: builtins.list[str] | Unset = UNSET
    """Additional route targets to import (admin only)."""

    export_targets: builtins.list[str] | Unset = UNSET
    """Additional route targets to export (admin only)."""

    route_distinguishers: builtins.list[str] | Unset = UNSET
    """Route distinguishers the backend may pick from for advertisements (admin only)."""

    local_pref: int | None | Unset = UNSET
    """The BGP LOCAL_PREF of the routes it advertises (bgpvpn-routes-control extension; admin
    only)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("route_targets", "route_targets", t.list_of(t.STRING)),
        Param("import_targets", "import_targets", t.list_of(t.STRING)),
        Param("export_targets", "export_targets", t.list_of(t.STRING)),
        Param("route_distinguishers", "route_distinguishers", t.list_of(t.STRING)),
        Param("local_pref", "local_pref", t.INTEGER, nullable=True),
    )


_LIST = Operation(
    "bgpvpns.list",
    "GET",
    "/bgpvpn/bgpvpns",
    ok=(200, 203),
    response_key="bgpvpns",
    paging=Paging("marker", next="bgpvpns_links[rel=next].href"),
)
_GET = Operation(
    "bgpvpns.get",
    "GET",
    "/bgpvpn/bgpvpns/{bgpvpn_id}",
    ok=(200, 203),
    response_key="bgpvpn",
)
_CREATE = Operation(
    "bgpvpns.create",
    "POST",
    "/bgpvpn/bgpvpns",
    ok=(201,),
    request_kind="json",
    request_key="bgpvpn",
    response_key="bgpvpn",
)
_UPDATE = Operation(
    "bgpvpns.update",
    "PUT",
    "/bgpvpn/bgpvpns/{bgpvpn_id}",
    ok=(200,),
    request_kind="json",
    request_key="bgpvpn",
    response_key="bgpvpn",
)
_DELETE = Operation(
    "bgpvpns.delete",
    "DELETE",
    "/bgpvpn/bgpvpns/{bgpvpn_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Bgpvpn]:
    """List the BGP VPNs the caller may see (filter networks, routers and ports as lists). The
    plugin declares no sort keys (sort_key is refused)."""
    return client.pager(
        _LIST, None, model=Bgpvpn, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    bgpvpn_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Bgpvpn]:
    """Show a BGP VPN."""
    return client.call(
        _GET, {"bgpvpn_id": bgpvpn_id}, model=Bgpvpn, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Bgpvpn]:
    """Create a BGP VPN (admin only by default)."""
    return client.call(
        _CREATE, None, model=Bgpvpn, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Bgpvpn]:
    """Change a BGP VPN's name, targets or local_pref."""
    return client.call(
        _UPDATE,
        {"bgpvpn_id": bgpvpn_id},
        model=Bgpvpn,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    bgpvpn_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a BGP VPN and its associations."""
    return client.call(
        _DELETE, {"bgpvpn_id": bgpvpn_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Bgpvpn:
    """The one Bgpvpn whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Bgpvpn,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_bgpvpns(page: Page[Any]) -> builtins.list[Bgpvpn]:
    """The Bgpvpn items of a page (or of ``all_pages()``)."""
    return page.extract_as(Bgpvpn)
