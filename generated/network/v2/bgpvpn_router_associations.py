# Generated from network/v2/bgpvpn_router_associations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The association of a router with a BGP VPN, listed under the BGP VPN. The networks behind the
router's interfaces are reached through the VPN. Needs the bgpvpn extension
(networking-bgpvpn)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class BgpvpnRouterAssociation(Model):
    """The association of a router with a BGP VPN, listed under the BGP VPN. The networks behind
    the router's interfaces are reached through the VPN. Needs the bgpvpn extension
    (networking-bgpvpn)."""

    id: str
    """The association's UUID."""

    router_id: str | Unset = UNSET
    """The router."""

    advertise_extra_routes: bool | Unset = UNSET
    """Whether the router's extra routes are advertised to the VPN (bgpvpn-routes-control
    extension)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create an association for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("router_id", "router_id", t.STRING),
        Field("advertise_extra_routes", "advertise_extra_routes", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only associations whose id is this."""

    router_id: str | Unset = UNSET
    """Only associations whose router_id is this."""

    advertise_extra_routes: bool | Unset = UNSET
    """Only associations whose advertise_extra_routes is this."""

    project_id: str | Unset = UNSET
    """Only associations whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only associations whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most associations a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("router_id", "router_id", t.STRING, location="query"),
        Param("advertise_extra_routes", "advertise_extra_routes", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    router_id: str = REQUIRED
    """The router."""

    advertise_extra_routes: bool | Unset = UNSET
    """Whether the router's extra routes are advertised to the VPN (bgpvpn-routes-control
    extension)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create an association for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("router_id", "router_id", t.STRING, required=True),
        Param("advertise_extra_routes", "advertise_extra_routes", t.BOOLEAN),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    advertise_extra_routes: bool | Unset = UNSET
    """Whether the router's extra routes are advertised to the VPN (bgpvpn-routes-control
    extension)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("advertise_extra_routes", "advertise_extra_routes", t.BOOLEAN),
    )


_LIST = Operation(
    "bgpvpn_router_associations.list",
    "GET",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations",
    ok=(200, 203),
    response_key="router_associations",
    paging=Paging("marker", next="router_associations_links[rel=next].href"),
)
_GET = Operation(
    "bgpvpn_router_associations.get",
    "GET",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations/{association_id}",
    ok=(200, 203),
    response_key="router_association",
)
_CREATE = Operation(
    "bgpvpn_router_associations.create",
    "POST",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations",
    ok=(201,),
    request_kind="json",
    request_key="router_association",
    response_key="router_association",
)
_UPDATE = Operation(
    "bgpvpn_router_associations.update",
    "PUT",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations/{association_id}",
    ok=(200,),
    request_kind="json",
    request_key="router_association",
    response_key="router_association",
)
_DELETE = Operation(
    "bgpvpn_router_associations.delete",
    "DELETE",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations/{association_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[BgpvpnRouterAssociation]:
    """List the router associations of a BGP VPN. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST,
        {"bgpvpn_id": bgpvpn_id},
        model=BgpvpnRouterAssociation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    bgpvpn_id: str,
    association_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpvpnRouterAssociation]:
    """Show a router association."""
    return client.call(
        _GET,
        {"bgpvpn_id": bgpvpn_id, "association_id": association_id},
        model=BgpvpnRouterAssociation,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpvpnRouterAssociation]:
    """Associate a router with the BGP VPN (400 when it already is)."""
    return client.call(
        _CREATE,
        {"bgpvpn_id": bgpvpn_id},
        model=BgpvpnRouterAssociation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    bgpvpn_id: str,
    association_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpvpnRouterAssociation]:
    """Change whether the router's extra routes are advertised."""
    return client.call(
        _UPDATE,
        {"bgpvpn_id": bgpvpn_id, "association_id": association_id},
        model=BgpvpnRouterAssociation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    bgpvpn_id: str,
    association_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Dissociate the router."""
    return client.call(
        _DELETE,
        {"bgpvpn_id": bgpvpn_id, "association_id": association_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_bgpvpn_router_associations(page: Page[Any]) -> builtins.list[BgpvpnRouterAssociation]:
    """The BgpvpnRouterAssociation items of a page (or of ``all_pages()``)."""
    return page.extract_as(BgpvpnRouterAssociation)
