# Generated from dns/v2/zone_imports.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A task that creates a zone, with its record sets, from a zone file (RFC 1035 master file, with
an SOA record and $ORIGIN). It is PENDING until the zone is created, then COMPLETE with
zone_id set (or ERROR, with message)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, BinaryData, Field, Model, Operation, Opts, Page, Pager
from stacksdk.runtime import Paging, Param, RequestTimeout, Result, ServiceClient, Unset


class Links(Model):
    """Links of an import."""

    self: str | Unset = UNSET
    """The import task."""

    href: str | Unset = UNSET
    """The zone created."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("self", "self", t.STRING),
        Field("href", "href", t.STRING),
    )


class ZoneImport(Model):
    """A task that creates a zone, with its record sets, from a zone file (RFC 1035 master file,
    with an SOA record and $ORIGIN). It is PENDING until the zone is created, then COMPLETE
    with zone_id set (or ERROR, with message)."""

    id: str

    zone_id: str | None | Unset = UNSET
    """The zone created."""

    project_id: str | Unset = UNSET

    status: str | Unset = UNSET
    """PENDING, COMPLETE or ERROR."""

    message: str | None | Unset = UNSET
    """What happened ("example.org. imported", or why it failed)."""

    version: int | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("zone_id", "zone_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("message", "message", t.STRING),
        Field("version", "version", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    status: Literal["PENDING", "COMPLETE", "ERROR"] | Unset = UNSET

    message: str | Unset = UNSET

    zone_id: str | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    sort_key: Literal["created_at", "id", "updated_at"] | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status", "status", t.STRING, location="query", enum=("PENDING", "COMPLETE", "ERROR")
        ),
        Param("message", "message", t.STRING, location="query"),
        Param("zone_id", "zone_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("created_at", "id", "updated_at"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete and import_zone."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class ImportJsonOpts(Opts):
    """Options of import_json."""

    zonefile: str = REQUIRED
    """The zone file's text."""

    attributes: dict[str, str] | Unset = UNSET
    """Attributes of the zone created (pool_id picks its pool)."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("zonefile", "zonefile", t.STRING, required=True),
        Param("attributes", "attributes", t.map_of(t.STRING)),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


DeleteOpts = GetOpts
ImportZoneOpts = GetOpts

_LIST = Operation(
    "zone_imports.list",
    "GET",
    "/zones/tasks/imports",
    ok=(200, 203),
    response_key="imports",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "zone_imports.get",
    "GET",
    "/zones/tasks/imports/{import_id}",
    ok=(200, 203),
)
_DELETE = Operation(
    "zone_imports.delete",
    "DELETE",
    "/zones/tasks/imports/{import_id}",
    ok=(204,),
    response_kind="empty",
)
_IMPORT_ZONE = Operation(
    "zone_imports.import_zone",
    "POST",
    "/zones/tasks/imports",
    ok=(202,),
    request_kind="binary",
    content_type="text/dns",
)
_IMPORT_JSON = Operation(
    "zone_imports.import_json",
    "POST",
    "/zones/tasks/imports",
    ok=(202,),
    request_kind="json",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ZoneImport]:
    """List zone imports."""
    return client.pager(
        _LIST, None, model=ZoneImport, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    import_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ZoneImport]:
    """Get a zone import."""
    return client.call(
        _GET,
        {"import_id": import_id},
        model=ZoneImport,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    import_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a zone import."""
    return client.call(
        _DELETE, {"import_id": import_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def import_zone(
    client: ServiceClient,
    data: BinaryData,
    opts: ImportZoneOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ZoneImport]:
    """Start importing a zone file (data is its text, UTF-8 bytes)."""
    return client.call(
        _IMPORT_ZONE,
        None,
        model=ZoneImport,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def import_json(
    client: ServiceClient,
    opts: ImportJsonOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ZoneImport]:
    """Start importing a zone file sent inside JSON, with attributes for the new zone (e.g.
    {"pool_id": ...} to choose its pool)."""
    return client.call(
        _IMPORT_JSON, None, model=ZoneImport, opts=opts, microversion=microversion, timeout=timeout
    )


def wait_for_status(
    client: ServiceClient,
    import_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ZoneImport], None] | None = None,
) -> ZoneImport:
    """Poll get until the ZoneImport's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"import_id": import_id},
        model=ZoneImport,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    import_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ZoneImport], None] | None = None,
) -> None:
    """Poll get until the ZoneImport is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"import_id": import_id},
        model=ZoneImport,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_zone_imports(page: Page[Any]) -> builtins.list[ZoneImport]:
    """The ZoneImport items of a page (or of ``all_pages()``)."""
    return page.extract_as(ZoneImport)
