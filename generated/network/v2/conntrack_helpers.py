# Generated from network/v2/conntrack_helpers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A conntrack helper of a router (l3-conntrack-helper extension): tells the router's connection
tracking to run a kernel helper (ftp, tftp, ...) for traffic of one protocol to one port, so
related connections the helper recognizes pass too."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ConntrackHelper(Model):
    """A conntrack helper of a router (l3-conntrack-helper extension): tells the router's
    connection tracking to run a kernel helper (ftp, tftp, ...) for traffic of one protocol to
    one port, so related connections the helper recognizes pass too."""

    id: str
    """The conntrack helper's UUID."""

    protocol: Literal["dccp", "icmp", "ipv6-icmp", "sctp", "tcp", "udp"] | Unset = UNSET
    """The IP protocol the helper watches."""

    port: int | Unset = UNSET
    """The port (1-65535) the helper watches."""

    helper: str | Unset = UNSET
    """The kernel helper module's name (at most 64 characters), e.g. ftp or tftp."""

    project_id: str | Unset = UNSET
    """The owner (the router's project; only admins give another)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field(
            "protocol",
            "protocol",
            t.STRING,
            enum=("dccp", "icmp", "ipv6-icmp", "sctp", "tcp", "udp"),
        ),
        Field("port", "port", t.INTEGER),
        Field("helper", "helper", t.STRING),
        Field("project_id", "project_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the helper with this ID."""

    protocol: str | Unset = UNSET
    """Only helpers of this protocol."""

    port: int | Unset = UNSET
    """Only helpers on this port."""

    helper: str | Unset = UNSET
    """Only helpers of this kernel module."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most helpers a page holds."""

    marker: str | Unset = UNSET
    """Start after the helper with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("protocol", "protocol", t.STRING, location="query"),
        Param("port", "port", t.INTEGER, location="query"),
        Param("helper", "helper", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    protocol: Literal["dccp", "icmp", "ipv6-icmp", "sctp", "tcp", "udp"] = REQUIRED
    """The IP protocol the helper watches."""

    port: int = REQUIRED
    """The port (1-65535) the helper watches."""

    helper: str = REQUIRED
    """The kernel helper module's name (at most 64 characters), e.g. ftp or tftp."""

    project_id: str | Unset = UNSET
    """The owner (the router's project; only admins give another)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "protocol",
            "protocol",
            t.STRING,
            required=True,
            enum=("dccp", "icmp", "ipv6-icmp", "sctp", "tcp", "udp"),
        ),
        Param("port", "port", t.INTEGER, required=True),
        Param("helper", "helper", t.STRING, required=True),
        Param("project_id", "project_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    protocol: Literal["dccp", "icmp", "ipv6-icmp", "sctp", "tcp", "udp"] | Unset = UNSET
    """The IP protocol the helper watches."""

    port: int | Unset = UNSET
    """The port (1-65535) the helper watches."""

    helper: str | Unset = UNSET
    """The kernel helper module's name (at most 64 characters), e.g. ftp or tftp."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "protocol",
            "protocol",
            t.STRING,
            enum=("dccp", "icmp", "ipv6-icmp", "sctp", "tcp", "udp"),
        ),
        Param("port", "port", t.INTEGER),
        Param("helper", "helper", t.STRING),
    )


_LIST = Operation(
    "conntrack_helpers.list",
    "GET",
    "/routers/{router_id}/conntrack_helpers",
    ok=(200, 203),
    response_key="conntrack_helpers",
    paging=Paging("marker", next="conntrack_helpers_links[rel=next].href"),
)
_GET = Operation(
    "conntrack_helpers.get",
    "GET",
    "/routers/{router_id}/conntrack_helpers/{conntrack_helper_id}",
    ok=(200, 203),
    response_key="conntrack_helper",
)
_CREATE = Operation(
    "conntrack_helpers.create",
    "POST",
    "/routers/{router_id}/conntrack_helpers",
    ok=(201,),
    request_kind="json",
    request_key="conntrack_helper",
    response_key="conntrack_helper",
)
_UPDATE = Operation(
    "conntrack_helpers.update",
    "PUT",
    "/routers/{router_id}/conntrack_helpers/{conntrack_helper_id}",
    ok=(200,),
    request_kind="json",
    request_key="conntrack_helper",
    response_key="conntrack_helper",
)
_DELETE = Operation(
    "conntrack_helpers.delete",
    "DELETE",
    "/routers/{router_id}/conntrack_helpers/{conntrack_helper_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    router_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ConntrackHelper]:
    """List a router's conntrack helpers."""
    return client.pager(
        _LIST,
        {"router_id": router_id},
        model=ConntrackHelper,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    router_id: str,
    conntrack_helper_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConntrackHelper]:
    """Show a router's conntrack helper."""
    return client.call(
        _GET,
        {"router_id": router_id, "conntrack_helper_id": conntrack_helper_id},
        model=ConntrackHelper,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    router_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConntrackHelper]:
    """Add a conntrack helper to a router (400 for a duplicate protocol/port/helper)."""
    return client.call(
        _CREATE,
        {"router_id": router_id},
        model=ConntrackHelper,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    router_id: str,
    conntrack_helper_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConntrackHelper]:
    """Change a conntrack helper's protocol, port or helper."""
    return client.call(
        _UPDATE,
        {"router_id": router_id, "conntrack_helper_id": conntrack_helper_id},
        model=ConntrackHelper,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    router_id: str,
    conntrack_helper_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a conntrack helper from a router."""
    return client.call(
        _DELETE,
        {"router_id": router_id, "conntrack_helper_id": conntrack_helper_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_conntrack_helpers(page: Page[Any]) -> builtins.list[ConntrackHelper]:
    """The ConntrackHelper items of a page (or of ``all_pages()``)."""
    return page.extract_as(ConntrackHelper)
