# Generated from huaweicloud/dns/v2/zones.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A DNS zone (domain). A public zone answers on the internet once the domain's registrar points
at Huawei Cloud's name servers; a private zone answers only inside the VPCs (routers)
associated with it. Changes are asynchronous: the zone goes through PENDING_* states back to
ACTIVE."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links, Tag as Tag


class Router(Model):
    """A VPC (router) associated with a private zone."""

    router_id: str | Unset = UNSET
    """The VPC ID."""

    router_region: str | Unset = UNSET
    """The region of the VPC (default the zone's)."""

    status: str | Unset = UNSET
    """The association's state: ACTIVE, PENDING_CREATE, PENDING_DELETE or ERROR."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("router_id", "router_id", t.STRING),
        Field("router_region", "router_region", t.STRING),
        Field("status", "status", t.STRING),
    )


class Nameserver(Model):
    """A name server of a zone: a host name for public zones, an address for private ones."""

    hostname: str | Unset = UNSET
    """The name server's host name (public zones)."""

    address: str | Unset = UNSET
    """The name server's address (private zones)."""

    priority: int | Unset = UNSET
    """The order in which the servers are used (1 first)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("hostname", "hostname", t.STRING),
        Field("address", "address", t.STRING),
        Field("priority", "priority", t.INTEGER),
    )


class Zone(Model):
    """A DNS zone (domain). A public zone answers on the internet once the domain's registrar
    points at Huawei Cloud's name servers; a private zone answers only inside the VPCs
    (routers) associated with it. Changes are asynchronous: the zone goes through PENDING_*
    states back to ACTIVE."""

    id: str
    """The zone ID."""

    name: str | Unset = UNSET
    """The domain name, e.g. example.com. (labels of letters, digits, Chinese characters and
    hyphens, at most 63 characters each and 254 in all; the answer ends in a dot)."""

    description: str | Unset = UNSET
    """A description (at most 255 characters)."""

    zone_type: Literal["public", "private"] | Unset = UNSET
    """public (the default) or private."""

    email: str | Unset = UNSET
    """The administrator's e-mail address, used in the zone's SOA record."""

    ttl: int | Unset = UNSET
    """The cache time of the zone's SOA record in seconds, 1-2147483647 (default 300)."""

    serial: int | Unset = UNSET
    """The SOA serial number, changed with every change for zone transfers."""

    status: str | Unset = UNSET
    """ACTIVE, PENDING_CREATE, PENDING_UPDATE, PENDING_DELETE, PENDING_FREEZE, FREEZE, ILLEGAL,
    POLICE, PENDING_DISABLE, DISABLE or ERROR."""

    record_num: int | Unset = UNSET
    """The number of record sets in the zone."""

    pool_id: str | Unset = UNSET
    """The name-server pool that hosts the zone (chosen by the service)."""

    project_id: str | Unset = UNSET
    """The project that owns the zone."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project of the zone ("0" is the default one)."""

    masters: builtins.list[str] | Unset = UNSET
    """Master DNS servers (for secondary zones; not used yet)."""

    router: Router | Unset = UNSET
    """The VPC a private zone is created in (required for private zones; create only)."""

    routers: builtins.list[Router] | Unset = UNSET
    """The VPCs a private zone answers in."""

    proxy_pattern: Literal["AUTHORITY", "RECURSIVE"] | Unset = UNSET
    """For private zones, whether names the zone does not hold are resolved recursively
    (RECURSIVE) or answered as absent (AUTHORITY, the default)."""

    tags: builtins.list[Tag] | Unset = UNSET
    """Key/value tags (create only; the tag API changes them later)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the zone was created (UTC)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC)."""

    links: Links | Unset = UNSET
    """The zone's own URL."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("zone_type", "zone_type", t.STRING, enum=("public", "private")),
        Field("email", "email", t.STRING),
        Field("ttl", "ttl", t.INTEGER),
        Field("serial", "serial", t.INTEGER),
        Field("status", "status", t.STRING),
        Field("record_num", "record_num", t.INTEGER),
        Field("pool_id", "pool_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("masters", "masters", t.list_of(t.STRING)),
        Field("router", "router", t.model(Router)),
        Field("routers", "routers", t.list_of(t.model(Router))),
        Field("proxy_pattern", "proxy_pattern", t.STRING, enum=("AUTHORITY", "RECURSIVE")),
        Field("tags", "tags", t.list_of(t.model(Tag))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    type: Literal["public", "private"] | Unset = UNSET
    """The zones to list, public (the default) or private."""

    name: str | Unset = UNSET
    """Only zones whose name contains this (or equals it with search_mode equal)."""

    id: str | Unset = UNSET
    """Only the zone with this ID."""

    status: str | Unset = UNSET
    """Only zones in this state."""

    search_mode: Literal["like", "equal"] | Unset = UNSET
    """How name matches, like (contains; the default) or equal."""

    tags: str | Unset = UNSET
    """Only zones with all of these tags, written key1,value1|key2,value2 (exact match; at most
    10 tags)."""

    router_id: str | Unset = UNSET
    """Only private zones associated with this VPC."""

    enterprise_project_id: str | Unset = UNSET
    """Only zones of this enterprise project."""

    sort_key: Literal["name", "created_at", "updated_at"] | Unset = UNSET
    """Sort by this attribute (default created_at)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """Ascending or descending (default desc)."""

    limit: int | Unset = UNSET
    """The most zones one page holds, 0-500 (default 500)."""

    marker: str | Unset = UNSET
    """Start after the zone with this ID (the previous page's last)."""

    offset: int | Unset = UNSET
    """Skip this many zones (ignored when marker is given)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, location="query", enum=("public", "private")),
        Param("name", "name", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("search_mode", "search_mode", t.STRING, location="query", enum=("like", "equal")),
        Param("tags", "tags", t.STRING, location="query"),
        Param("router_id", "router_id", t.STRING, location="query"),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("name", "created_at", "updated_at"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The domain name, e.g. example.com. (labels of letters, digits, Chinese characters and
    hyphens, at most 63 characters each and 254 in all; the answer ends in a dot)."""

    description: str | Unset = UNSET
    """A description (at most 255 characters)."""

    zone_type: Literal["public", "private"] | Unset = UNSET
    """public (the default) or private."""

    email: str | Unset = UNSET
    """The administrator's e-mail address, used in the zone's SOA record."""

    ttl: int | Unset = UNSET
    """The cache time of the zone's SOA record in seconds, 1-2147483647 (default 300)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project of the zone ("0" is the default one)."""

    router: Router | Unset = UNSET
    """The VPC a private zone is created in (required for private zones; create only)."""

    proxy_pattern: Literal["AUTHORITY", "RECURSIVE"] | Unset = UNSET
    """For private zones, whether names the zone does not hold are resolved recursively
    (RECURSIVE) or answered as absent (AUTHORITY, the default)."""

    tags: builtins.list[Tag] | Unset = UNSET
    """Key/value tags (create only; the tag API changes them later)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("zone_type", "zone_type", t.STRING, enum=("public", "private")),
        Param("email", "email", t.STRING),
        Param("ttl", "ttl", t.INTEGER),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING),
        Param("router", "router", t.model(Router)),
        Param("proxy_pattern", "proxy_pattern", t.STRING, enum=("AUTHORITY", "RECURSIVE")),
        Param("tags", "tags", t.list_of(t.model(Tag))),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | Unset = UNSET
    """A description (at most 255 characters)."""

    email: str | Unset = UNSET
    """The administrator's e-mail address, used in the zone's SOA record."""

    ttl: int | Unset = UNSET
    """The cache time of the zone's SOA record in seconds, 1-2147483647 (default 300)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING),
        Param("email", "email", t.STRING),
        Param("ttl", "ttl", t.INTEGER),
    )


class SetStatusOpts(Opts):
    """Options of set_status."""

    status: Literal["ENABLE", "DISABLE"] = REQUIRED
    """ENABLE to resolve the zone again, DISABLE to suspend it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("status", "status", t.STRING, required=True, enum=("ENABLE", "DISABLE")),
    )


class AssociateRouterOpts(Opts):
    """Options of associate_router. Also the options of disassociate_router."""

    router_id: str = REQUIRED
    """The VPC to associate or disassociate."""

    router_region: str | Unset = UNSET
    """The region of the VPC (default the zone's)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("router_id", "router_id", t.STRING, required=True),
        Param("router_region", "router_region", t.STRING),
    )


DisassociateRouterOpts = AssociateRouterOpts

_LIST = Operation(
    "zones.list",
    "GET",
    "/zones",
    ok=(200, 203),
    response_key="zones",
    paging=Paging("linked", count="metadata.total_count", next="links.next"),
)
_GET = Operation(
    "zones.get",
    "GET",
    "/zones/{zone_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "zones.create",
    "POST",
    "/zones",
    ok=(200, 201, 202),
    request_kind="json",
)
_UPDATE = Operation(
    "zones.update",
    "PATCH",
    "/zones/{zone_id}",
    ok=(200, 202, 204),
    request_kind="json",
)
_DELETE = Operation(
    "zones.delete",
    "DELETE",
    "/zones/{zone_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_SET_STATUS = Operation(
    "zones.set_status",
    "PUT",
    "/zones/{zone_id}/statuses",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_LIST_NAMESERVERS = Operation(
    "zones.list_nameservers",
    "GET",
    "/zones/{zone_id}/nameservers",
    ok=(200, 203),
    response_kind="list",
    response_key="nameservers",
)
_ASSOCIATE_ROUTER = Operation(
    "zones.associate_router",
    "POST",
    "/zones/{zone_id}/associaterouter",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="router",
)
_DISASSOCIATE_ROUTER = Operation(
    "zones.disassociate_router",
    "POST",
    "/zones/{zone_id}/disassociaterouter",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="router",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Zone]:
    """List zones of one type (public unless type=private), optionally filtered. Pages with limit
    and marker; metadata.total_count (Page.total) is the number of matches."""
    return client.pager(
        _LIST, None, model=Zone, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    zone_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Zone]:
    """Show a zone."""
    return client.call(
        _GET, {"zone_id": zone_id}, model=Zone, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Zone]:
    """Create a zone. A private zone needs zone_type private and router. The zone starts in
    PENDING_CREATE (wait_for_status ACTIVE)."""
    return client.call(
        _CREATE, None, model=Zone, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    zone_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Zone]:
    """Change a zone's description, e-mail address or SOA TTL."""
    return client.call(
        _UPDATE,
        {"zone_id": zone_id},
        model=Zone,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    zone_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a zone and all its record sets (asynchronous; wait_for_delete)."""
    return client.call(_DELETE, {"zone_id": zone_id}, microversion=microversion, timeout=timeout)


def set_status(
    client: ServiceClient,
    zone_id: str,
    opts: SetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Zone]:
    """Suspend (DISABLE) or resume (ENABLE) resolution of a zone."""
    return client.call(
        _SET_STATUS,
        {"zone_id": zone_id},
        model=Zone,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_nameservers(
    client: ServiceClient,
    zone_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Nameserver]]:
    """List the name servers of a zone."""
    return client.call(
        _LIST_NAMESERVERS,
        {"zone_id": zone_id},
        model=Nameserver,
        microversion=microversion,
        timeout=timeout,
    )


def associate_router(
    client: ServiceClient,
    zone_id: str,
    opts: AssociateRouterOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Make a private zone answer in another VPC as well."""
    return client.call(
        _ASSOCIATE_ROUTER,
        {"zone_id": zone_id},
        model=Router,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def disassociate_router(
    client: ServiceClient,
    zone_id: str,
    opts: DisassociateRouterOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Router]:
    """Stop a private zone answering in a VPC (a zone keeps at least one)."""
    return client.call(
        _DISASSOCIATE_ROUTER,
        {"zone_id": zone_id},
        model=Router,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Zone:
    """The one Zone whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Zone,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        queries=({"search_mode": "equal"},),
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    zone_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Zone], None] | None = None,
) -> Zone:
    """Poll get until the Zone's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"zone_id": zone_id},
        model=Zone,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    zone_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Zone], None] | None = None,
) -> None:
    """Poll get until the Zone is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"zone_id": zone_id},
        model=Zone,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_zones(page: Page[Any]) -> builtins.list[Zone]:
    """The Zone items of a page (or of ``all_pages()``)."""
    return page.extract_as(Zone)
