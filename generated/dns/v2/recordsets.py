# Generated from dns/v2/recordsets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A record set: every record of one name and type in a zone (the A records of www.example.org.,
say), with one TTL. Like zones, changes are PENDING until the pool's nameservers serve them,
then ACTIVE. The SOA and NS record sets are managed by Designate: changing them takes the
edit_managed_records header (admins)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zones import Links as Links


class Recordset(Model):
    """A record set: every record of one name and type in a zone (the A records of
    www.example.org., say), with one TTL. Like zones, changes are PENDING until the pool's
    nameservers serve them, then ACTIVE. The SOA and NS record sets are managed by Designate:
    changing them takes the edit_managed_records header (admins)."""

    id: str
    """The record set's UUID."""

    zone_id: str | Unset = UNSET
    """The zone it belongs to."""

    zone_name: str | Unset = UNSET
    """That zone's name."""

    project_id: str | Unset = UNSET
    """The owning project."""

    name: str | Unset = UNSET
    """The DNS name, fully qualified, within the zone."""

    type: str | Unset = UNSET
    """The record type: A, AAAA, CNAME, MX, SRV, TXT, SPF, NS, PTR, SSHFP, SOA, NAPTR, CAA, CERT,
    TLSA (the server's supported_record_type option decides)."""

    records: builtins.list[str] | Unset = UNSET
    """The records' data in zone file syntax ("192.0.2.1", "10 mail.example.org.")."""

    ttl: int | None | Unset = UNSET
    """Time to live in seconds; null uses the zone's TTL."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    status: str | Unset = UNSET
    """PENDING, ACTIVE or ERROR."""

    action: str | Unset = UNSET
    """The change in progress (CREATE, UPDATE, DELETE) or NONE."""

    version: int | Unset = UNSET
    """Incremented on every change."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("zone_id", "zone_id", t.STRING),
        Field("zone_name", "zone_name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("records", "records", t.list_of(t.STRING)),
        Field("ttl", "ttl", t.INTEGER),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("action", "action", t.STRING),
        Field("version", "version", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_all."""

    name: str | Unset = UNSET
    """"*" is a wildcard."""

    type: str | Unset = UNSET

    ttl: int | Unset = UNSET

    data: str | Unset = UNSET
    """A record's data; "*" is a wildcard."""

    status: Literal["ACTIVE", "PENDING", "ERROR"] | Unset = UNSET

    description: str | Unset = UNSET
    """"*" is a wildcard."""

    limit: int | Unset = UNSET
    """Page size."""

    marker: str | Unset = UNSET
    """The id of the last record set of the previous page."""

    sort_key: (
        Literal[
            "created_at",
            "id",
            "updated_at",
            "zone_id",
            "tenant_id",
            "name",
            "type",
            "ttl",
            "records",
        ]
        | Unset
    ) = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query"),
        Param("ttl", "ttl", t.INTEGER, location="query"),
        Param("data", "data", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query", enum=("ACTIVE", "PENDING", "ERROR")),
        Param("description", "description", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=(
                "created_at",
                "id",
                "updated_at",
                "zone_id",
                "tenant_id",
                "name",
                "type",
                "ttl",
                "records",
            ),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of locate."""

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
    """The DNS name, fully qualified, within the zone."""

    type: str = REQUIRED
    """The record type: A, AAAA, CNAME, MX, SRV, TXT, SPF, NS, PTR, SSHFP, SOA, NAPTR, CAA, CERT,
    TLSA (the server's supported_record_type option decides)."""

    records: builtins.list[str] = REQUIRED
    """The records' data in zone file syntax ("192.0.2.1", "10 mail.example.org.")."""

    ttl: int | None | Unset = UNSET
    """Time to live in seconds; null uses the zone's TTL."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    edit_managed_records: bool | Unset = UNSET
    """Allow changing the record sets Designate manages (SOA, NS; admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("type", "type", t.STRING, required=True),
        Param("records", "records", t.list_of(t.STRING), required=True),
        Param("ttl", "ttl", t.INTEGER, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
        Param(
            "edit_managed_records", "x-designate-edit-managed-records", t.BOOLEAN, location="header"
        ),
    )


class UpdateOpts(Opts):
    """Options of update."""

    records: builtins.list[str] | Unset = UNSET
    """The records' data in zone file syntax ("192.0.2.1", "10 mail.example.org.")."""

    ttl: int | None | Unset = UNSET
    """Time to live in seconds; null uses the zone's TTL."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    edit_managed_records: bool | Unset = UNSET
    """Allow changing the record sets Designate manages (SOA, NS; admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("records", "records", t.list_of(t.STRING)),
        Param("ttl", "ttl", t.INTEGER, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
        Param(
            "edit_managed_records", "x-designate-edit-managed-records", t.BOOLEAN, location="header"
        ),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    edit_managed_records: bool | Unset = UNSET
    """Allow changing the record sets Designate manages (SOA, NS; admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
        Param(
            "edit_managed_records", "x-designate-edit-managed-records", t.BOOLEAN, location="header"
        ),
    )


ListAllOpts = ListOpts
LocateOpts = GetOpts

_LIST = Operation(
    "recordsets.list",
    "GET",
    "/zones/{zone_id}/recordsets",
    ok=(200, 203),
    response_key="recordsets",
    paging=Paging("linked", count="metadata.total_count", next="links.next"),
)
_GET = Operation(
    "recordsets.get",
    "GET",
    "/zones/{zone_id}/recordsets/{recordset_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "recordsets.create",
    "POST",
    "/zones/{zone_id}/recordsets",
    ok=(201, 202),
    request_kind="json",
)
_UPDATE = Operation(
    "recordsets.update",
    "PUT",
    "/zones/{zone_id}/recordsets/{recordset_id}",
    ok=(200, 202),
    request_kind="json",
)
_DELETE = Operation(
    "recordsets.delete",
    "DELETE",
    "/zones/{zone_id}/recordsets/{recordset_id}",
    ok=(202,),
)
_LIST_ALL = Operation(
    "recordsets.list_all",
    "GET",
    "/recordsets",
    ok=(200, 203),
    response_key="recordsets",
    paging=Paging("linked", count="metadata.total_count", next="links.next"),
)
_LOCATE = Operation(
    "recordsets.locate",
    "GET",
    "/recordsets/{recordset_id}",
    ok=(301,),
    response_kind="location",
)


def list(
    client: ServiceClient,
    zone_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Recordset]:
    """List the record sets of one zone."""
    return client.pager(
        _LIST,
        {"zone_id": zone_id},
        model=Recordset,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Recordset]:
    """Get a recordset."""
    return client.call(
        _GET,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=Recordset,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    zone_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Recordset]:
    """Create a recordset."""
    return client.call(
        _CREATE,
        {"zone_id": zone_id},
        model=Recordset,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Recordset]:
    """Update a recordset."""
    return client.call(
        _UPDATE,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=Recordset,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Recordset]:
    """Delete a record set; the answer is the record set with action DELETE."""
    return client.call(
        _DELETE,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=Recordset,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_all(
    client: ServiceClient,
    opts: ListAllOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Recordset]:
    """List the record sets of every zone the caller sees (GET /recordsets). The filters are
    those of list; sort_key may not be id or records here (a 400)."""
    return client.pager(
        _LIST_ALL, None, model=Recordset, opts=opts, microversion=microversion, timeout=timeout
    )


def locate(
    client: ServiceClient,
    recordset_id: str,
    opts: LocateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str | None]:
    """The address of a record set found by its id alone (GET /recordsets/{id}): Designate
    answers with a redirect (301) to the record set below its zone, and this returns that
    address (its zone id is the path segment after /zones/)."""
    return client.call(
        _LOCATE,
        {"recordset_id": recordset_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    zone_id: str,
    name_or_id: str,
) -> Recordset:
    """The one Recordset whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Recordset,
        path_params={"zone_id": zone_id},
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Recordset], None] | None = None,
) -> Recordset:
    """Poll get until the Recordset's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=Recordset,
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
    recordset_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Recordset], None] | None = None,
) -> None:
    """Poll get until the Recordset is gone (404, or status DELETED). Raises errors.WaitTimeout
    after ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=Recordset,
        field="status",
        deleted=("DELETED",),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_recordsets(page: Page[Any]) -> builtins.list[Recordset]:
    """The Recordset items of a page (or of ``all_pages()``)."""
    return page.extract_as(Recordset)
