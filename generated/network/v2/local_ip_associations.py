# Generated from network/v2/local_ip_associations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The association of a port (its fixed IP) with a Local IP: traffic from the port to the Local
IP stays on its host (local_ip extension)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class LocalIpAssociation(Model):
    """The association of a port (its fixed IP) with a Local IP: traffic from the port to the
    Local IP stays on its host (local_ip extension)."""

    local_ip_id: str | Unset = UNSET
    """The Local IP."""

    local_ip_address: str | Unset = UNSET
    """The Local IP's address."""

    fixed_port_id: str
    """The associated port."""

    fixed_ip: str | Unset = UNSET
    """The port's fixed IP that uses the Local IP (needed when the port has several)."""

    host: str | Unset = UNSET
    """The host the port is bound to."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("local_ip_id", "local_ip_id", t.STRING),
        Field("local_ip_address", "local_ip_address", t.STRING),
        Field("fixed_port_id", "fixed_port_id", t.STRING),
        Field("fixed_ip", "fixed_ip", t.STRING),
        Field("host", "host", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    local_ip_address: str | Unset = UNSET
    """Only associations with this Local IP address."""

    fixed_port_id: str | Unset = UNSET
    """Only the association of this port."""

    fixed_ip: str | Unset = UNSET
    """Only the association of this fixed IP."""

    host: str | Unset = UNSET
    """Only associations of ports on this host."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most associations a page holds."""

    marker: str | Unset = UNSET
    """Start after the association of this port."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("local_ip_address", "local_ip_address", t.STRING, location="query"),
        Param("fixed_port_id", "fixed_port_id", t.STRING, location="query"),
        Param("fixed_ip", "fixed_ip", t.STRING, location="query"),
        Param("host", "host", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    fixed_port_id: str = REQUIRED
    """The associated port."""

    fixed_ip: str | Unset = UNSET
    """The port's fixed IP that uses the Local IP (needed when the port has several)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fixed_port_id", "fixed_port_id", t.STRING, required=True),
        Param("fixed_ip", "fixed_ip", t.STRING),
    )


_LIST = Operation(
    "local_ip_associations.list",
    "GET",
    "/local_ips/{local_ip_id}/port_associations",
    ok=(200, 203),
    response_key="port_associations",
    paging=Paging(
        "marker", marker_field="fixed_port_id", next="port_associations_links[rel=next].href"
    ),
)
_CREATE = Operation(
    "local_ip_associations.create",
    "POST",
    "/local_ips/{local_ip_id}/port_associations",
    ok=(201,),
    request_kind="json",
    request_key="port_association",
    response_key="port_association",
)
_DELETE = Operation(
    "local_ip_associations.delete",
    "DELETE",
    "/local_ips/{local_ip_id}/port_associations/{fixed_port_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    local_ip_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[LocalIpAssociation]:
    """List the ports associated with a Local IP."""
    return client.pager(
        _LIST,
        {"local_ip_id": local_ip_id},
        model=LocalIpAssociation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    local_ip_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LocalIpAssociation]:
    """Associate a port with a Local IP (409 when it already is)."""
    return client.call(
        _CREATE,
        {"local_ip_id": local_ip_id},
        model=LocalIpAssociation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    local_ip_id: str,
    fixed_port_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a port's association with a Local IP."""
    return client.call(
        _DELETE,
        {"local_ip_id": local_ip_id, "fixed_port_id": fixed_port_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_local_ip_associations(page: Page[Any]) -> builtins.list[LocalIpAssociation]:
    """The LocalIpAssociation items of a page (or of ``all_pages()``)."""
    return page.extract_as(LocalIpAssociation)
