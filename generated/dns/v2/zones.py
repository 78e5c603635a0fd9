# Generated from dns/v2/zones.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A DNS zone owned by a project. A PRIMARY zone's records are managed here; a SECONDARY zone is
copied from the servers in masters. Changes are carried out asynchronously by Designate's
worker: a zone is PENDING (action CREATE, UPDATE or DELETE) until every nameserver of its pool
serves the new serial, then ACTIVE (action NONE), or ERROR."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Links(Model):
    """The links of a resource."""

    self: str | Unset = UNSET
    """The resource's own address."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("self", "self", t.STRING),)


class Nameserver(Model):
    """A nameserver of a zone's pool."""

    hostname: str | Unset = UNSET
    """The nameserver's host name (fully qualified)."""

    priority: int | Unset = UNSET
    """Its order among the zone's NS records."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("hostname", "hostname", t.STRING),
        Field("priority", "priority", t.INTEGER),
    )


class Zone(Model):
    """A DNS zone owned by a project. A PRIMARY zone's records are managed here; a SECONDARY zone
    is copied from the servers in masters. Changes are carried out asynchronously by
    Designate's worker: a zone is PENDING (action CREATE, UPDATE or DELETE) until every
    nameserver of its pool serves the new serial, then ACTIVE (action NONE), or ERROR."""

    id: str
    """The zone's UUID."""

    name: str | Unset = UNSET
    """The zone's DNS name, fully qualified (ends with a dot)."""

    email: str | Unset = UNSET
    """The contact address in the SOA record; required for PRIMARY zones, not allowed for
    SECONDARY ones (Designate sets its own)."""

    ttl: int | Unset = UNSET
    """The default time to live of the zone's records in seconds."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    type: Literal["PRIMARY", "SECONDARY", "CATALOG"] | Unset = UNSET
    """PRIMARY (managed here) or SECONDARY (copied from masters); CATALOG zones are Designate's
    own."""

    masters: builtins.list[str] | Unset = UNSET
    """For a SECONDARY zone, the primary servers it is copied from ("address" or "address:port")."""

    attributes: dict[str, str] | Unset = UNSET
    """Key/value hints the pool scheduler uses to pick a pool."""

    pool_id: str | Unset = UNSET
    """The pool that serves the zone."""

    project_id: str | Unset = UNSET
    """The owning project."""

    serial: int | Unset = UNSET
    """The SOA serial."""

    status: str | Unset = UNSET
    """PENDING, ACTIVE, ERROR (DELETED zones are no longer listed)."""

    action: str | Unset = UNSET
    """The change in progress (CREATE, UPDATE, DELETE) or NONE."""

    version: int | Unset = UNSET
    """Incremented on every change."""

    shared: bool | Unset = UNSET
    """Whether the zone is shared with other projects."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    transferred_at: datetime.datetime | None | Unset = UNSET
    """When the zone last moved to another project."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("email", "email", t.STRING),
        Field("ttl", "ttl", t.INTEGER),
        Field("description", "description", t.STRING),
        Field("type", "type", t.STRING, enum=("PRIMARY", "SECONDARY", "CATALOG")),
        Field("masters", "masters", t.list_of(t.STRING)),
        Field("attributes", "attributes", t.map_of(t.STRING)),
        Field("pool_id", "pool_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("serial", "serial", t.INTEGER),
        Field("status", "status", t.STRING),
        Field("action", "action", t.STRING),
        Field("version", "version", t.INTEGER),
        Field("shared", "shared", t.BOOLEAN),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("transferred_at", "transferred_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Exact name; "*" is a wildcard."""

    type: Literal["PRIMARY", "SECONDARY", "CATALOG"] | Unset = UNSET

    email: str | Unset = UNSET

    status: Literal["ACTIVE", "PENDING", "ERROR"] | Unset = UNSET

    description: str | Unset = UNSET
    """"*" is a wildcard."""

    ttl: int | Unset = UNSET

    limit: int | Unset = UNSET
    """Page size (the server caps it at max_limit_v2, default 1000)."""

    marker: str | Unset = UNSET
    """The id of the last zone of the previous page."""

    sort_key: (
        Literal["created_at", "id", "updated_at", "name", "tenant_id", "serial", "ttl", "status"]
        | Unset
    ) = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query", enum=("PRIMARY", "SECONDARY", "CATALOG")),
        Param("email", "email", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query", enum=("ACTIVE", "PENDING", "ERROR")),
        Param("description", "description", t.STRING, location="query"),
        Param("ttl", "ttl", t.INTEGER, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("created_at", "id", "updated_at", "name", "tenant_id", "serial", "ttl", "status"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of abandon and xfr and list_nameservers."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The zone's DNS name, fully qualified (ends with a dot)."""

    email: str | Unset = UNSET
    """The contact address in the SOA record; required for PRIMARY zones, not allowed for
    SECONDARY ones (Designate sets its own)."""

    ttl: int | Unset = UNSET
    """The default time to live of the zone's records in seconds."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    type: Literal["PRIMARY", "SECONDARY", "CATALOG"] | Unset = UNSET
    """PRIMARY (managed here) or SECONDARY (copied from masters); CATALOG zones are Designate's
    own."""

    masters: builtins.list[str] | Unset = UNSET
    """For a SECONDARY zone, the primary servers it is copied from ("address" or "address:port")."""

    attributes: dict[str, str] | Unset = UNSET
    """Key/value hints the pool scheduler uses to pick a pool."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("email", "email", t.STRING),
        Param("ttl", "ttl", t.INTEGER),
        Param("description", "description", t.STRING, nullable=True),
        Param("type", "type", t.STRING, enum=("PRIMARY", "SECONDARY", "CATALOG")),
        Param("masters", "masters", t.list_of(t.STRING)),
        Param("attributes", "attributes", t.map_of(t.STRING)),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    email: str | Unset = UNSET
    """The contact address in the SOA record; required for PRIMARY zones, not allowed for
    SECONDARY ones (Designate sets its own)."""

    ttl: int | Unset = UNSET
    """The default time to live of the zone's records in seconds."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("email", "email", t.STRING),
        Param("ttl", "ttl", t.INTEGER),
        Param("description", "description", t.STRING, nullable=True),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    hard_delete: bool | Unset = UNSET
    """Also remove the zone from the backends of a shared pool even if other projects use it
    (admins)."""

    delete_shares: bool | Unset = UNSET
    """Delete a shared zone together with its shares (otherwise a shared zone cannot be deleted)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
        Param("hard_delete", "x-designate-hard-delete", t.BOOLEAN, location="header"),
        Param("delete_shares", "x-designate-delete-shares", t.BOOLEAN, location="header"),
    )


class PoolMoveOpts(Opts):
    """Options of pool_move."""

    pool_id: str | Unset = UNSET
    """The target pool (it must differ from the current one)."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("pool_id", "pool_id", t.STRING),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


AbandonOpts = GetOpts
XfrOpts = GetOpts
ListNameserversOpts = GetOpts

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
    ok=(201, 202),
    request_kind="json",
)
_UPDATE = Operation(
    "zones.update",
    "PATCH",
    "/zones/{zone_id}",
    ok=(200, 202),
    request_kind="json",
)
_DELETE = Operation(
    "zones.delete",
    "DELETE",
    "/zones/{zone_id}",
    ok=(202,),
)
_ABANDON = Operation(
    "zones.abandon",
    "POST",
    "/zones/{zone_id}/tasks/abandon",
    ok=(204,),
    response_kind="empty",
)
_XFR = Operation(
    "zones.xfr",
    "POST",
    "/zones/{zone_id}/tasks/xfr",
    ok=(202,),
    response_kind="empty",
)
_POOL_MOVE = Operation(
    "zones.pool_move",
    "POST",
    "/zones/{zone_id}/tasks/pool_move",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_LIST_NAMESERVERS = Operation(
    "zones.list_nameservers",
    "GET",
    "/zones/{zone_id}/nameservers",
    ok=(200, 203),
    response_kind="list",
    response_key="nameservers",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Zone]:
    """List the zones the caller sees."""
    return client.pager(
        _LIST, None, model=Zone, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    zone_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Zone]:
    """Get a zone."""
    return client.call(
        _GET,
        {"zone_id": zone_id},
        model=Zone,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Zone]:
    """Create a zone."""
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
    """Update a zone."""
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
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Zone]:
    """Delete a zone: the answer is the zone with action DELETE; it disappears once the pool's
    nameservers have dropped it (wait_for_delete)."""
    return client.call(
        _DELETE,
        {"zone_id": zone_id},
        model=Zone,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def abandon(
    client: ServiceClient,
    zone_id: str,
    opts: AbandonOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a zone from Designate's database only, leaving it on the DNS servers (admins)."""
    return client.call(
        _ABANDON, {"zone_id": zone_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def xfr(
    client: ServiceClient,
    zone_id: str,
    opts: XfrOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Make a SECONDARY zone transfer its records from its masters now."""
    return client.call(
        _XFR, {"zone_id": zone_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def pool_move(
    client: ServiceClient,
    zone_id: str,
    opts: PoolMoveOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Move a zone to another pool, or (without pool_id) to the pool the scheduler picks
    (admins). The zone goes PENDING while it moves."""
    return client.call(
        _POOL_MOVE, {"zone_id": zone_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def list_nameservers(
    client: ServiceClient,
    zone_id: str,
    opts: ListNameserversOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Nameserver]]:
    """The nameservers (NS records of its pool) that serve a zone."""
    return client.call(
        _LIST_NAMESERVERS,
        {"zone_id": zone_id},
        model=Nameserver,
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
    """Poll get until the Zone is gone (404, or status DELETED). Raises errors.WaitTimeout after
    ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"zone_id": zone_id},
        model=Zone,
        field="status",
        deleted=("DELETED",),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_zones(page: Page[Any]) -> builtins.list[Zone]:
    """The Zone items of a page (or of ``all_pages()``)."""
    return page.extract_as(Zone)
