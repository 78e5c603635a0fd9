# Generated from network/v2/local_ips.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A Local IP (local_ip extension): a virtual address that ports on every host reach through
their own host's OVS, not the network (a distributed-cache style service address). Ports are
associated with it through local_ip_associations."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class LocalIp(Model):
    """A Local IP (local_ip extension): a virtual address that ports on every host reach through
    their own host's OVS, not the network (a distributed-cache style service address). Ports
    are associated with it through local_ip_associations."""

    id: str
    """The Local IP's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner."""

    local_port_id: str | Unset = UNSET
    """The port that holds the address; Neutron creates one on network_id when create gets none."""

    network_id: str | Unset = UNSET
    """The network for a new port (needed when local_port_id is not given)."""

    local_ip_address: str | Unset = UNSET
    """The address (one of the port's fixed IPs; picked from the port when not given)."""

    ip_mode: Literal["translate", "passthrough"] | Unset = UNSET
    """translate NATs the traffic to the port's fixed IP; passthrough keeps the Local IP."""

    revision_number: int | Unset = UNSET
    """Incremented on every change (for If-Match revision checks)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it was last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("local_port_id", "local_port_id", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("local_ip_address", "local_ip_address", t.STRING),
        Field("ip_mode", "ip_mode", t.STRING, enum=("translate", "passthrough")),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the Local IP with this ID."""

    name: str | Unset = UNSET
    """Only Local IPs with this name."""

    description: str | Unset = UNSET
    """Only Local IPs with this description."""

    project_id: str | Unset = UNSET
    """Only Local IPs of this project."""

    local_port_id: str | Unset = UNSET
    """Only the Local IP on this port."""

    network_id: str | Unset = UNSET
    """Only Local IPs on this network."""

    local_ip_address: str | Unset = UNSET
    """Only Local IPs with this address."""

    ip_mode: Literal["translate", "passthrough"] | Unset = UNSET
    """Only Local IPs in this mode."""

    revision_number: int | Unset = UNSET
    """Only Local IPs at this revision."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most Local IPs a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("local_port_id", "local_port_id", t.STRING, location="query"),
        Param("network_id", "network_id", t.STRING, location="query"),
        Param("local_ip_address", "local_ip_address", t.STRING, location="query"),
        Param("ip_mode", "ip_mode", t.STRING, location="query", enum=("translate", "passthrough")),
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
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner."""

    local_port_id: str | Unset = UNSET
    """The port that holds the address; Neutron creates one on network_id when create gets none."""

    network_id: str | Unset = UNSET
    """The network for a new port (needed when local_port_id is not given)."""

    local_ip_address: str | Unset = UNSET
    """The address (one of the port's fixed IPs; picked from the port when not given)."""

    ip_mode: Literal["translate", "passthrough"] | Unset = UNSET
    """translate NATs the traffic to the port's fixed IP; passthrough keeps the Local IP."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("local_port_id", "local_port_id", t.STRING),
        Param("network_id", "network_id", t.STRING),
        Param("local_ip_address", "local_ip_address", t.STRING),
        Param("ip_mode", "ip_mode", t.STRING, enum=("translate", "passthrough")),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "local_ips.list",
    "GET",
    "/local_ips",
    ok=(200, 203),
    response_key="local_ips",
    paging=Paging("marker", next="local_ips_links[rel=next].href"),
)
_GET = Operation(
    "local_ips.get",
    "GET",
    "/local_ips/{local_ip_id}",
    ok=(200, 203),
    response_key="local_ip",
)
_CREATE = Operation(
    "local_ips.create",
    "POST",
    "/local_ips",
    ok=(201,),
    request_kind="json",
    request_key="local_ip",
    response_key="local_ip",
)
_UPDATE = Operation(
    "local_ips.update",
    "PUT",
    "/local_ips/{local_ip_id}",
    ok=(200,),
    request_kind="json",
    request_key="local_ip",
    response_key="local_ip",
)
_DELETE = Operation(
    "local_ips.delete",
    "DELETE",
    "/local_ips/{local_ip_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[LocalIp]:
    """List Local IPs."""
    return client.pager(
        _LIST, None, model=LocalIp, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    local_ip_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LocalIp]:
    """Show a Local IP."""
    return client.call(
        _GET,
        {"local_ip_id": local_ip_id},
        model=LocalIp,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LocalIp]:
    """Create a Local IP."""
    return client.call(
        _CREATE, None, model=LocalIp, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    local_ip_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LocalIp]:
    """Change a Local IP's name or description."""
    return client.call(
        _UPDATE,
        {"local_ip_id": local_ip_id},
        model=LocalIp,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    local_ip_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a Local IP (409 while ports are associated with it)."""
    return client.call(
        _DELETE, {"local_ip_id": local_ip_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> LocalIp:
    """The one LocalIp whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=LocalIp,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_local_ips(page: Page[Any]) -> builtins.list[LocalIp]:
    """The LocalIp items of a page (or of ``all_pages()``)."""
    return page.extract_as(LocalIp)
