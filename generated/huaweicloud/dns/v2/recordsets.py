# Generated from huaweicloud/dns/v2/recordsets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A record set: the records of one name and type in a zone (A, AAAA, CNAME, MX, TXT, SRV, NS,
CAA, ...), with a TTL. Changes are asynchronous: the set goes through PENDING_* states back to
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


class RecordSet(Model):
    """A record set: the records of one name and type in a zone (A, AAAA, CNAME, MX, TXT, SRV,
    NS, CAA, ...), with a TTL. Changes are asynchronous: the set goes through PENDING_* states
    back to ACTIVE."""

    id: str
    """The record set ID."""

    name: str | Unset = UNSET
    """The fully qualified name, ending in the zone's name and a dot (e.g. www.example.com.)."""

    description: str | Unset = UNSET
    """A description (at most 255 characters)."""

    type: str | Unset = UNSET
    """The record type: A, AAAA, CNAME, MX, TXT, SRV, NS, CAA (public zones also support others
    such as PTR in reverse zones)."""

    ttl: int | Unset = UNSET
    """Seconds resolvers may cache the records, 1-2147483647 (default 300)."""

    records: builtins.list[str] | Unset = UNSET
    """The record values, in the type's format (an address for A, "10 mail.example.com." for MX,
    a quoted string for TXT, ...)."""

    status: str | Unset = UNSET
    """On create, ENABLE (the default) or DISABLE; afterwards the state: ACTIVE, PENDING_CREATE,
    PENDING_UPDATE, PENDING_DELETE, PENDING_FREEZE, FREEZE, ILLEGAL, POLICE, PENDING_DISABLE,
    DISABLE or ERROR."""

    zone_id: str | Unset = UNSET
    """The zone that holds the record set."""

    zone_name: str | Unset = UNSET
    """The name of that zone."""

    default: bool | Unset = UNSET
    """Whether the service made the set (the zone's SOA and NS sets); such sets cannot be
    deleted."""

    project_id: str | Unset = UNSET
    """The project that owns the record set."""

    tags: builtins.list[Tag] | Unset = UNSET
    """Key/value tags (create only)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the record set was created (UTC)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC)."""

    links: Links | Unset = UNSET
    """The record set's own URL."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("type", "type", t.STRING),
        Field("ttl", "ttl", t.INTEGER),
        Field("records", "records", t.list_of(t.STRING)),
        Field("status", "status", t.STRING),
        Field("zone_id", "zone_id", t.STRING),
        Field("zone_name", "zone_name", t.STRING),
        Field("default", "default", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("tags", "tags", t.list_of(t.model(Tag))),
        Field("created_at", "create_at", t.DATETIME),
        Field("updated_at", "update_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Only record sets whose name contains this (or equals it with search_mode equal)."""

    id: str | Unset = UNSET
    """Only the record set with this ID."""

    type: str | Unset = UNSET
    """Only record sets of this type (A, AAAA, MX, CNAME, TXT, NS, SRV, CAA)."""

    status: str | Unset = UNSET
    """Only record sets in this state."""

    search_mode: Literal["like", "equal"] | Unset = UNSET
    """How name and records match, like (contains; the default) or equal."""

    tags: str | Unset = UNSET
    """Only record sets with all of these tags, written key1,value1|key2,value2 (exact match; at
    most 10 tags)."""

    sort_key: Literal["name", "type"] | Unset = UNSET
    """Sort by this attribute (unsorted by default)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """Ascending or descending."""

    limit: int | Unset = UNSET
    """The most record sets one page holds, 0-500 (default 500)."""

    marker: str | Unset = UNSET
    """Start after the record set with this ID (the previous page's last)."""

    offset: int | Unset = UNSET
    """Skip this many record sets (ignored when marker is given)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("search_mode", "search_mode", t.STRING, location="query", enum=("like", "equal")),
        Param("tags", "tags", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query", enum=("name", "type")),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The fully qualified name, ending in the zone's name and a dot (e.g. www.example.com.)."""

    description: str | Unset = UNSET
    """A description (at most 255 characters)."""

    type: str = REQUIRED
    """The record type: A, AAAA, CNAME, MX, TXT, SRV, NS, CAA (public zones also support others
    such as PTR in reverse zones)."""

    ttl: int | Unset = UNSET
    """Seconds resolvers may cache the records, 1-2147483647 (default 300)."""

    records: builtins.list[str] = REQUIRED
    """The record values, in the type's format (an address for A, "10 mail.example.com." for MX,
    a quoted string for TXT, ...)."""

    status: str | Unset = UNSET
    """On create, ENABLE (the default) or DISABLE; afterwards the state: ACTIVE, PENDING_CREATE,
    PENDING_UPDATE, PENDING_DELETE, PENDING_FREEZE, FREEZE, ILLEGAL, POLICE, PENDING_DISABLE,
    DISABLE or ERROR."""

    tags: builtins.list[Tag] | Unset = UNSET
    """Key/value tags (create only)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("type", "type", t.STRING, required=True),
        Param("ttl", "ttl", t.INTEGER),
        Param("records", "records", t.list_of(t.STRING), required=True),
        Param("status", "status", t.STRING),
        Param("tags", "tags", t.list_of(t.model(Tag))),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The fully qualified name, ending in the zone's name and a dot (e.g. www.example.com.)."""

    description: str | Unset = UNSET
    """A description (at most 255 characters)."""

    type: str | Unset = UNSET
    """The record type: A, AAAA, CNAME, MX, TXT, SRV, NS, CAA (public zones also support others
    such as PTR in reverse zones)."""

    ttl: int | Unset = UNSET
    """Seconds resolvers may cache the records, 1-2147483647 (default 300)."""

    records: builtins.list[str] | Unset = UNSET
    """The record values, in the type's format (an address for A, "10 mail.example.com." for MX,
    a quoted string for TXT, ...)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("type", "type", t.STRING),
        Param("ttl", "ttl", t.INTEGER),
        Param("records", "records", t.list_of(t.STRING)),
    )


class ListAllOpts(Opts):
    """Options of list_all."""

    zone_type: Literal["public", "private"] | Unset = UNSET
    """The zones whose record sets are listed, public (the default) or private."""

    records: str | Unset = UNSET
    """Only record sets with a value containing this (or equal to it with search_mode equal)."""

    name: str | Unset = UNSET
    """Only record sets whose name contains this (or equals it with search_mode equal)."""

    id: str | Unset = UNSET
    """Only the record set with this ID."""

    type: str | Unset = UNSET
    """Only record sets of this type (A, AAAA, MX, CNAME, TXT, NS, SRV, CAA)."""

    status: str | Unset = UNSET
    """Only record sets in this state."""

    search_mode: Literal["like", "equal"] | Unset = UNSET
    """How name and records match, like (contains; the default) or equal."""

    tags: str | Unset = UNSET
    """Only record sets with all of these tags, written key1,value1|key2,value2 (exact match; at
    most 10 tags)."""

    sort_key: Literal["name", "type"] | Unset = UNSET
    """Sort by this attribute (unsorted by default)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """Ascending or descending."""

    limit: int | Unset = UNSET
    """The most record sets one page holds, 0-500 (default 500)."""

    marker: str | Unset = UNSET
    """Start after the record set with this ID (the previous page's last)."""

    offset: int | Unset = UNSET
    """Skip this many record sets (ignored when marker is given)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("zone_type", "zone_type", t.STRING, location="query", enum=("public", "private")),
        Param("records", "records", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("search_mode", "search_mode", t.STRING, location="query", enum=("like", "equal")),
        Param("tags", "tags", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query", enum=("name", "type")),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


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
    ok=(200, 201, 202),
    request_kind="json",
)
_UPDATE = Operation(
    "recordsets.update",
    "PUT",
    "/zones/{zone_id}/recordsets/{recordset_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_DELETE = Operation(
    "recordsets.delete",
    "DELETE",
    "/zones/{zone_id}/recordsets/{recordset_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_LIST_ALL = Operation(
    "recordsets.list_all",
    "GET",
    "/recordsets",
    ok=(200, 203),
    response_key="recordsets",
    paging=Paging("linked", count="metadata.total_count", next="links.next"),
)


def list(
    client: ServiceClient,
    zone_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[RecordSet]:
    """List the record sets of a zone, optionally filtered. Pages with limit and marker;
    metadata.total_count (Page.total) is the number of matches."""
    return client.pager(
        _LIST,
        {"zone_id": zone_id},
        model=RecordSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RecordSet]:
    """Show a record set."""
    return client.call(
        _GET,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=RecordSet,
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
) -> Result[RecordSet]:
    """Add a record set to a zone (name, type and records are required)."""
    return client.call(
        _CREATE,
        {"zone_id": zone_id},
        model=RecordSet,
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
) -> Result[RecordSet]:
    """Change a record set's name, description, type, TTL or records; only the fields set are
    sent."""
    return client.call(
        _UPDATE,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=RecordSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a record set (asynchronous; wait_for_delete). Default sets cannot be deleted."""
    return client.call(
        _DELETE,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_all(
    client: ServiceClient,
    opts: ListAllOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[RecordSet]:
    """List the record sets of every zone of one type (public unless zone_type=private),
    optionally filtered."""
    return client.pager(
        _LIST_ALL, None, model=RecordSet, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    zone_id: str,
    name_or_id: str,
) -> RecordSet:
    """The one RecordSet whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=RecordSet,
        path_params={"zone_id": zone_id},
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
    recordset_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[RecordSet], None] | None = None,
) -> RecordSet:
    """Poll get until the RecordSet's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=RecordSet,
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
    progress: Callable[[RecordSet], None] | None = None,
) -> None:
    """Poll get until the RecordSet is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"zone_id": zone_id, "recordset_id": recordset_id},
        model=RecordSet,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_recordsets(page: Page[Any]) -> builtins.list[RecordSet]:
    """The RecordSet items of a page (or of ``all_pages()``)."""
    return page.extract_as(RecordSet)
