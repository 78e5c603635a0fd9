# Generated from network/v2/bgpvpn_network_associations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The association of a network with a BGP VPN, listed under the BGP VPN. Its subnets' routes are
exchanged with the VPN. Needs the bgpvpn extension (networking-bgpvpn)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class BgpvpnNetworkAssociation(Model):
    """The association of a network with a BGP VPN, listed under the BGP VPN. Its subnets' routes
    are exchanged with the VPN. Needs the bgpvpn extension (networking-bgpvpn)."""

    id: str
    """The association's UUID."""

    network_id: str | Unset = UNSET
    """The network."""

    project_id: str | Unset = UNSET
    """The owner (admins may create an association for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only associations whose id is this."""

    network_id: str | Unset = UNSET
    """Only associations whose network_id is this."""

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
        Param("network_id", "network_id", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    network_id: str = REQUIRED
    """The network."""

    project_id: str | Unset = UNSET
    """The owner (admins may create an association for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("network_id", "network_id", t.STRING, required=True),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


_LIST = Operation(
    "bgpvpn_network_associations.list",
    "GET",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations",
    ok=(200, 203),
    response_key="network_associations",
    paging=Paging("marker", next="network_associations_links[rel=next].href"),
)
_GET = Operation(
    "bgpvpn_network_associations.get",
    "GET",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations/{association_id}",
    ok=(200, 203),
    response_key="network_association",
)
_CREATE = Operation(
    "bgpvpn_network_associations.create",
    "POST",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations",
    ok=(201,),
    request_kind="json",
    request_key="network_association",
    response_key="network_association",
)
_DELETE = Operation(
    "bgpvpn_network_associations.delete",
    "DELETE",
    "/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations/{association_id}",
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
) -> Pager[BgpvpnNetworkAssociation]:
    """List the network associations of a BGP VPN. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST,
        {"bgpvpn_id": bgpvpn_id},
        model=BgpvpnNetworkAssociation,
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
) -> Result[BgpvpnNetworkAssociation]:
    """Show a network association."""
    return client.call(
        _GET,
        {"bgpvpn_id": bgpvpn_id, "association_id": association_id},
        model=BgpvpnNetworkAssociation,
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
) -> Result[BgpvpnNetworkAssociation]:
    """Associate a network with the BGP VPN (400 when it already is)."""
    return client.call(
        _CREATE,
        {"bgpvpn_id": bgpvpn_id},
        model=BgpvpnNetworkAssociation,
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
    """Dissociate the network."""
    return client.call(
        _DELETE,
        {"bgpvpn_id": bgpvpn_id, "association_id": association_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_bgpvpn_network_associations(page: Page[Any]) -> builtins.list[BgpvpnNetworkAssociation]:
    """The BgpvpnNetworkAssociation items of a page (or of ``all_pages()``)."""
    return page.extract_as(BgpvpnNetworkAssociation)
