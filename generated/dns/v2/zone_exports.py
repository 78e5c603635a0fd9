# Generated from dns/v2/zone_exports.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A task that renders a zone as a zone file (RFC 1035 master file). It is PENDING until the
worker has written it, then COMPLETE (or ERROR, with message); download fetches the text."""

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
    """Links of an export."""

    self: str | Unset = UNSET
    """The export task."""

    export: str | Unset = UNSET
    """The zone file (download)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("self", "self", t.STRING),
        Field("export", "export", t.STRING),
    )


class ZoneExport(Model):
    """A task that renders a zone as a zone file (RFC 1035 master file). It is PENDING until the
    worker has written it, then COMPLETE (or ERROR, with message); download fetches the text."""

    id: str

    zone_id: str | Unset = UNSET
    """The zone exported."""

    project_id: str | Unset = UNSET

    status: str | Unset = UNSET
    """PENDING, COMPLETE or ERROR."""

    message: str | None | Unset = UNSET
    """Why it failed."""

    location: str | None | Unset = UNSET
    """Where the file is; "designate://..." when Designate itself serves it (download)."""

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
        Field("location", "location", t.STRING),
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
    """Options of get. Also the options of create and delete."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class DownloadOpts(Opts):
    """Options of download."""

    accept: Literal["text/dns"] = REQUIRED
    """The media type of the answer; always text/dns."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("accept", "Accept", t.STRING, location="header", required=True, enum=("text/dns",)),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


CreateOpts = GetOpts
DeleteOpts = GetOpts

_LIST = Operation(
    "zone_exports.list",
    "GET",
    "/zones/tasks/exports",
    ok=(200, 203),
    response_key="exports",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "zone_exports.get",
    "GET",
    "/zones/tasks/exports/{export_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "zone_exports.create",
    "POST",
    "/zones/{zone_id}/tasks/export",
    ok=(202,),
    request_kind="json",
)
_DELETE = Operation(
    "zone_exports.delete",
    "DELETE",
    "/zones/tasks/exports/{export_id}",
    ok=(204,),
    response_kind="empty",
)
_DOWNLOAD = Operation(
    "zone_exports.download",
    "GET",
    "/zones/tasks/exports/{export_id}/export",
    ok=(200,),
    response_kind="binary",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ZoneExport]:
    """List zone exports."""
    return client.pager(
        _LIST, None, model=ZoneExport, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    export_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ZoneExport]:
    """Get a zone export."""
    return client.call(
        _GET,
        {"export_id": export_id},
        model=ZoneExport,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    zone_id: str,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ZoneExport]:
    """Start exporting a zone."""
    return client.call(
        _CREATE,
        {"zone_id": zone_id},
        model=ZoneExport,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    export_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a zone export."""
    return client.call(
        _DELETE, {"export_id": export_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def download(
    client: ServiceClient,
    export_id: str,
    opts: DownloadOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[bytes]:
    """The exported zone file, once the export is COMPLETE. Designate answers only a request that
    accepts text/dns (406 otherwise), so accept is required."""
    return client.call(
        _DOWNLOAD, {"export_id": export_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def wait_for_status(
    client: ServiceClient,
    export_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ZoneExport], None] | None = None,
) -> ZoneExport:
    """Poll get until the ZoneExport's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"export_id": export_id},
        model=ZoneExport,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    export_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ZoneExport], None] | None = None,
) -> None:
    """Poll get until the ZoneExport is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"export_id": export_id},
        model=ZoneExport,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_zone_exports(page: Page[Any]) -> builtins.list[ZoneExport]:
    """The ZoneExport items of a page (or of ``all_pages()``)."""
    return page.extract_as(ZoneExport)
