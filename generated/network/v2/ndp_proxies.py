# Generated from network/v2/ndp_proxies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An NDP proxy (l3-ndp-proxy extension): the router answers IPv6 neighbour discovery on its
external network for one IPv6 address of an internal port, so the address is reachable from
outside without NAT. The router needs enable_ndp_proxy and an external gateway."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class NdpProxy(Model):
    """An NDP proxy (l3-ndp-proxy extension): the router answers IPv6 neighbour discovery on its
    external network for one IPv6 address of an internal port, so the address is reachable
    from outside without NAT. The router needs enable_ndp_proxy and an external gateway."""

    id: str
    """The NDP proxy's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    project_id: str | Unset = UNSET
    """The owner."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    router_id: str | Unset = UNSET
    """The router that proxies the address."""

    port_id: str | Unset = UNSET
    """The internal port that holds the address."""

    ip_address: str | None | Unset = UNSET
    """The port's IPv6 address proxied (picked from the port when not given)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("router_id", "router_id", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("ip_address", "ip_address", t.STRING),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Only proxies with this name."""

    description: str | Unset = UNSET
    """Only proxies with this description."""

    revision_number: int | Unset = UNSET
    """Only proxies at this revision."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most proxies a page holds."""

    marker: str | Unset = UNSET
    """Start after the proxy with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
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
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    project_id: str | Unset = UNSET
    """The owner."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    router_id: str = REQUIRED
    """The router that proxies the address."""

    port_id: str = REQUIRED
    """The internal port that holds the address."""

    ip_address: str | None | Unset = UNSET
    """The port's IPv6 address proxied (picked from the port when not given)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("router_id", "router_id", t.STRING, required=True),
        Param("port_id", "port_id", t.STRING, required=True),
        Param("ip_address", "ip_address", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "ndp_proxies.list",
    "GET",
    "/ndp-proxies",
    ok=(200, 203),
    response_key="ndp_proxies",
    paging=Paging("marker", next="ndp_proxies_links[rel=next].href"),
)
_GET = Operation(
    "ndp_proxies.get",
    "GET",
    "/ndp-proxies/{ndp_proxy_id}",
    ok=(200, 203),
    response_key="ndp_proxy",
)
_CREATE = Operation(
    "ndp_proxies.create",
    "POST",
    "/ndp-proxies",
    ok=(201,),
    request_kind="json",
    request_key="ndp_proxy",
    response_key="ndp_proxy",
)
_UPDATE = Operation(
    "ndp_proxies.update",
    "PUT",
    "/ndp-proxies/{ndp_proxy_id}",
    ok=(200,),
    request_kind="json",
    request_key="ndp_proxy",
    response_key="ndp_proxy",
)
_DELETE = Operation(
    "ndp_proxies.delete",
    "DELETE",
    "/ndp-proxies/{ndp_proxy_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[NdpProxy]:
    """List NDP proxies; Neutron filters them by name, description and revision_number only
    (other filters are a 400)."""
    return client.pager(
        _LIST, None, model=NdpProxy, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    ndp_proxy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NdpProxy]:
    """Show an NDP proxy."""
    return client.call(
        _GET,
        {"ndp_proxy_id": ndp_proxy_id},
        model=NdpProxy,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NdpProxy]:
    """Create an NDP proxy (409 when the router has NDP proxying off or no IPv6 gateway)."""
    return client.call(
        _CREATE, None, model=NdpProxy, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    ndp_proxy_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NdpProxy]:
    """Change an NDP proxy's name or description."""
    return client.call(
        _UPDATE,
        {"ndp_proxy_id": ndp_proxy_id},
        model=NdpProxy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    ndp_proxy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an NDP proxy."""
    return client.call(
        _DELETE, {"ndp_proxy_id": ndp_proxy_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> NdpProxy:
    """The one NdpProxy whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=NdpProxy,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_ndp_proxies(page: Page[Any]) -> builtins.list[NdpProxy]:
    """The NdpProxy items of a page (or of ``all_pages()``)."""
    return page.extract_as(NdpProxy)
