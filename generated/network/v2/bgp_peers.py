# Generated from network/v2/bgp_peers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A BGP peer: a remote BGP router (address and AS number) that BGP speakers exchange routes
with. Needs the bgp extension (neutron-dynamic-routing; admin only by default)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class BgpPeer(Model):
    """A BGP peer: a remote BGP router (address and AS number) that BGP speakers exchange routes
    with. Needs the bgp extension (neutron-dynamic-routing; admin only by default)."""

    id: str
    """The peer's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a peer for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    peer_ip: str | Unset = UNSET
    """The peer's IP address."""

    remote_as: int | Unset = UNSET
    """The peer's AS number (1-65535; up to 4294967295 with the bgp_4byte_asn extension)."""

    auth_type: Literal["none", "md5"] | Unset = UNSET
    """How the session is authenticated: none or md5 (which needs a password)."""

    password: str | None | Unset = UNSET
    """The MD5 password (never shown)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("peer_ip", "peer_ip", t.STRING),
        Field("remote_as", "remote_as", t.INTEGER),
        Field("auth_type", "auth_type", t.STRING, enum=("none", "md5")),
        Field("password", "password", t.STRING, sensitive=True),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only peers whose id is this."""

    name: str | Unset = UNSET
    """Only peers whose name is this."""

    peer_ip: str | Unset = UNSET
    """Only peers whose peer_ip is this."""

    remote_as: int | Unset = UNSET
    """Only peers whose remote_as is this."""

    auth_type: Literal["none", "md5"] | Unset = UNSET
    """Only peers whose auth_type is this."""

    project_id: str | Unset = UNSET
    """Only peers whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only peers whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most peers a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("peer_ip", "peer_ip", t.STRING, location="query"),
        Param("remote_as", "remote_as", t.INTEGER, location="query"),
        Param("auth_type", "auth_type", t.STRING, location="query", enum=("none", "md5")),
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
    """The owner (admins may create a peer for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    peer_ip: str = REQUIRED
    """The peer's IP address."""

    remote_as: int = REQUIRED
    """The peer's AS number (1-65535; up to 4294967295 with the bgp_4byte_asn extension)."""

    auth_type: Literal["none", "md5"] = REQUIRED
    """How the session is authenticated: none or md5 (which needs a password)."""

    password: str | None | Unset = UNSET
    """The MD5 password (never shown)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("peer_ip", "peer_ip", t.STRING, required=True),
        Param("remote_as", "remote_as", t.INTEGER, required=True),
        Param("auth_type", "auth_type", t.STRING, required=True, enum=("none", "md5")),
        Param("password", "password", t.STRING, nullable=True, sensitive=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    password: str | None | Unset = UNSET
    """The MD5 password (never shown)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("password", "password", t.STRING, nullable=True, sensitive=True),
    )


_LIST = Operation(
    "bgp_peers.list",
    "GET",
    "/bgp-peers",
    ok=(200, 203),
    response_key="bgp_peers",
    paging=Paging("marker", next="bgp_peers_links[rel=next].href"),
)
_GET = Operation(
    "bgp_peers.get",
    "GET",
    "/bgp-peers/{bgp_peer_id}",
    ok=(200, 203),
    response_key="bgp_peer",
)
_CREATE = Operation(
    "bgp_peers.create",
    "POST",
    "/bgp-peers",
    ok=(201,),
    request_kind="json",
    request_key="bgp_peer",
    response_key="bgp_peer",
)
_UPDATE = Operation(
    "bgp_peers.update",
    "PUT",
    "/bgp-peers/{bgp_peer_id}",
    ok=(200,),
    request_kind="json",
    request_key="bgp_peer",
    response_key="bgp_peer",
)
_DELETE = Operation(
    "bgp_peers.delete",
    "DELETE",
    "/bgp-peers/{bgp_peer_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[BgpPeer]:
    """List the BGP peers. The plugin declares no sort keys (sort_key is refused)."""
    return client.pager(
        _LIST, None, model=BgpPeer, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    bgp_peer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpPeer]:
    """Show a BGP peer."""
    return client.call(
        _GET,
        {"bgp_peer_id": bgp_peer_id},
        model=BgpPeer,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpPeer]:
    """Create a BGP peer."""
    return client.call(
        _CREATE, None, model=BgpPeer, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    bgp_peer_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpPeer]:
    """Change a BGP peer's name or password."""
    return client.call(
        _UPDATE,
        {"bgp_peer_id": bgp_peer_id},
        model=BgpPeer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    bgp_peer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a BGP peer (it leaves every speaker)."""
    return client.call(
        _DELETE, {"bgp_peer_id": bgp_peer_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> BgpPeer:
    """The one BgpPeer whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=BgpPeer,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_bgp_peers(page: Page[Any]) -> builtins.list[BgpPeer]:
    """The BgpPeer items of a page (or of ``all_pages()``)."""
    return page.extract_as(BgpPeer)
