# Generated from network/v2/bgpvpn_port_associations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The association of a port with a BGP VPN, listed under the BGP VPN. Needs the
bgpvpn-routes-control extension (networking-bgpvpn). It does not go with the local_ip plugin:
both name a sub-collection port_associations, Neutron keeps one attribute map and route per
collection name, and these paths answer 404 while Local IP port associations are checked
against these attributes (the local cloud therefore loads BGPVPN without route control)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class PortRoute(Model):
    """A route of a port association."""

    type: Literal["prefix", "bgpvpn"] | Unset = UNSET
    """prefix: the prefix is advertised; bgpvpn: the routes of the BGP VPN bgpvpn_id are
    re-advertised."""

    prefix: str | Unset = UNSET
    """The CIDR (type prefix)."""

    bgpvpn_id: str | Unset = UNSET
    """The BGP VPN whose routes are re-advertised (type bgpvpn)."""

    local_pref: int | Unset = UNSET
    """The BGP LOCAL_PREF of this route (default that of the BGP VPN)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("type", "type", t.STRING, enum=("prefix", "bgpvpn")),
        Field("prefix", "prefix", t.STRING),
        Field("bgpvpn_id", "bgpvpn_id", t.STRING),
        Field("local_pref", "local_pref", t.INTEGER),
    )


class BgpvpnPortAssociation(Model):
    """The association of a port with a BGP VPN, listed under the BGP VPN. Needs the
    bgpvpn-routes-control extension (networking-bgpvpn). It does not go with the local_ip
    plugin: both name a sub-collection port_associations, Neutron keeps one attribute map and
    route per collection name, and these paths answer 404 while Local IP port associations are
    checked against these attributes (the local cloud therefore loads BGPVPN without route
    control)."""

    id: str
    """The association's UUID."""

    port_id: str | Unset = UNSET
    """The port."""

    advertise_fixed_ips: bool | Unset = UNSET
    """Whether the port's fixed IPs are advertised to the VPN."""

    routes: builtins.list[PortRoute] | Unset = UNSET
    """More routes advertised with the port as next hop: prefixes, or the routes of another BGP
    VPN (replaced whole on update)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create an association for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("advertise_fixed_ips", "advertise_fixed_ips", t.BOOLEAN),
        Field("routes", "routes", t.list_of(t.model(PortRoute))),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only associations whose id is this."""

    port_id: str | Unset = UNSET
    """Only associations whose port_id is this."""

    advertise_fixed_ips: bool | Unset = UNSET
    """Only associations whose advertise_fixed_ips is this."""

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
        Param("port_id", "port_id", t.STRING, location="query"),
        Param("advertise_fixed_ips", "advertise_fixed_ips", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    port_id: str = REQUIRED
    """The port."""

    advertise_fixed_ips: bool | Unset = UNSET
    """Whether the port's fixed IPs are advertised to the VPN."""

    routes: builtins.list[PortRoute] | Unset = UNSET
    """More routes advertised with the port as next hop: prefixes, or the routes of another BGP
    VPN (replaced whole on update)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create an association for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("port_id", "port_id", t.STRING, required=True),
        Param("advertise_fixed_ips", "advertise_fixed_ips", t.BOOLEAN),
        Param("routes", "routes", t.list_of(t.model(PortRoute))),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    advertise_fixed_ips: bool | Unset = UNSET
    """Whether the port's fixed IPs are advertised to the VPN."""

    routes: builtins.list[PortRoute] | Unset = UNSET
    """More routes advertised with the port as next hop: prefixes, or the routes of another BGP
    VPN (replaced whole on update)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("advertise_fixed_ips", "advertise_fixed_ips", t.BOOLEAN),
        Param("routes", "routes", t.list_of(t.model(PortRoute))),
    )


_LIST = Operation(
    "bgpvpn_port_associations.list",
    "GET",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations",
    ok=(200, 203),
    response_key="port_associations",
    paging=Paging("marker", next="port_associations_links[rel=next].href"),
)
_GET = Operation(
    "bgpvpn_port_associations.get",
    "GET",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations/{association_id}",
    ok=(200, 203),
    response_key="port_association",
)
_CREATE = Operation(
    "bgpvpn_port_associations.create",
    "POST",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations",
    ok=(201,),
    request_kind="json",
    request_key="port_association",
    response_key="port_association",
)
_UPDATE = Operation(
    "bgpvpn_port_associations.update",
    "PUT",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations/{association_id}",
    ok=(200,),
    request_kind="json",
    request_key="port_association",
    response_key="port_association",
)
_DELETE = Operation(
    "bgpvpn_port_associations.delete",
    "DELETE",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations/{association_id}",
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
) -> Pager[BgpvpnPortAssociation]:
    """List the port associations of a BGP VPN. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST,
        {"bgpvpn_id": bgpvpn_id},
        model=BgpvpnPortAssociation,
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
) -> Result[BgpvpnPortAssociation]:
    """Show a port association."""
    return client.call(
        _GET,
        {"bgpvpn_id": bgpvpn_id, "association_id": association_id},
        model=BgpvpnPortAssociation,
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
) -> Result[BgpvpnPortAssociation]:
    """Associate a port with the BGP VPN, with its routes."""
    return client.call(
        _CREATE,
        {"bgpvpn_id": bgpvpn_id},
        model=BgpvpnPortAssociation,
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
) -> Result[BgpvpnPortAssociation]:
    """Change a port association's routes or advertise_fixed_ips."""
    return client.call(
        _UPDATE,
        {"bgpvpn_id": bgpvpn_id, "association_id": association_id},
        model=BgpvpnPortAssociation,
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
    """Dissociate the port."""
    return client.call(
        _DELETE,
        {"bgpvpn_id": bgpvpn_id, "association_id": association_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_bgpvpn_port_associations(page: Page[Any]) -> builtins.list[BgpvpnPortAssociation]:
    """The BgpvpnPortAssociation items of a page (or of ``all_pages()``)."""
    return page.extract_as(BgpvpnPortAssociation)
