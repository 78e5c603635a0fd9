# Generated from instance-ha/v1/segments.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A failover segment: a group of compute hosts that recover one another, with the method used to
recover the instances of a failed host (evacuate them to any host of the segment, or to its
reserved hosts, or one of those first). A segment whose hosts have a notification being
processed cannot be updated or deleted (409)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Segment(Model):
    """A failover segment: a group of compute hosts that recover one another, with the method
    used to recover the instances of a failed host (evacuate them to any host of the segment,
    or to its reserved hosts, or one of those first). A segment whose hosts have a
    notification being processed cannot be updated or deleted (409)."""

    uuid: str
    """The segment's UUID, the id used in paths."""

    id: int | Unset = UNSET
    """The segment's row number in Masakari's database (not used in paths)."""

    name: str | Unset = UNSET
    """The segment's name (1 to 255 printable characters), unique in the deployment."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    recovery_method: Literal["auto", "reserved_host", "auto_priority", "rh_priority"] | Unset = (
        UNSET
    )
    """How the instances of a failed host are recovered: "auto" (evacuated to any other host),
    "reserved_host" (to the segment's reserved hosts), "auto_priority" (auto first, then
    reserved hosts) or "rh_priority" (reserved hosts first, then auto)."""

    service_type: str | Unset = UNSET
    """The kind of service the segment's hosts run (e.g. "COMPUTE")."""

    enabled: bool | Unset = UNSET
    """Whether failures of the segment's hosts are recovered; notifications for hosts of a
    disabled segment are ignored by the engine."""

    created_at: datetime.datetime | Unset = UNSET
    """When the segment was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the segment last changed."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """When the segment was deleted (always null for a live one)."""

    deleted: bool | Unset = UNSET
    """Whether the segment is deleted (always false for a live one)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("id", "id", t.INTEGER),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field(
            "recovery_method",
            "recovery_method",
            t.STRING,
            enum=("auto", "reserved_host", "auto_priority", "rh_priority"),
        ),
        Field("service_type", "service_type", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN, since="1.2"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted_at", "deleted_at", t.DATETIME),
        Field("deleted", "deleted", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    recovery_method: Literal["auto", "reserved_host", "auto_priority", "rh_priority"] | Unset = (
        UNSET
    )
    """Only segments with this recovery method."""

    service_type: str | Unset = UNSET
    """Only segments of this service type."""

    enabled: int | Unset = UNSET
    """Only enabled (1) or disabled (0) segments. Masakari compares the text with the database
    column as it is (no conversion to a boolean): "true" and "false" match nothing on sqlite,
    so the filter takes 1 or 0."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort keys (repeatable), e.g. created_at, name; default created_at."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """Sort directions, asc or desc, one per sort key; default desc."""

    limit: int | Unset = UNSET
    """The most segments a page holds (capped by osapi_max_limit, 1000 by default)."""

    marker: str | Unset = UNSET
    """Start after the one with this UUID (400 when there is none)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "recovery_method",
            "recovery_method",
            t.STRING,
            location="query",
            enum=("auto", "reserved_host", "auto_priority", "rh_priority"),
        ),
        Param("service_type", "service_type", t.STRING, location="query"),
        Param("enabled", "enabled", t.INTEGER, location="query", enum=(0, 1)),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The segment's name (1 to 255 printable characters), unique in the deployment."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    recovery_method: Literal["auto", "reserved_host", "auto_priority", "rh_priority"] = REQUIRED
    """How the instances of a failed host are recovered: "auto" (evacuated to any other host),
    "reserved_host" (to the segment's reserved hosts), "auto_priority" (auto first, then
    reserved hosts) or "rh_priority" (reserved hosts first, then auto)."""

    service_type: str = REQUIRED
    """The kind of service the segment's hosts run (e.g. "COMPUTE")."""

    enabled: bool | Unset = UNSET
    """Whether failures of the segment's hosts are recovered; notifications for hosts of a
    disabled segment are ignored by the engine."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param(
            "recovery_method",
            "recovery_method",
            t.STRING,
            required=True,
            enum=("auto", "reserved_host", "auto_priority", "rh_priority"),
        ),
        Param("service_type", "service_type", t.STRING, required=True),
        Param("enabled", "enabled", t.BOOLEAN, since="1.2"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The segment's name (1 to 255 printable characters), unique in the deployment."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    recovery_method: Literal["auto", "reserved_host", "auto_priority", "rh_priority"] | Unset = (
        UNSET
    )
    """How the instances of a failed host are recovered: "auto" (evacuated to any other host),
    "reserved_host" (to the segment's reserved hosts), "auto_priority" (auto first, then
    reserved hosts) or "rh_priority" (reserved hosts first, then auto)."""

    service_type: str | Unset = UNSET
    """The kind of service the segment's hosts run (e.g. "COMPUTE")."""

    enabled: bool | Unset = UNSET
    """Whether failures of the segment's hosts are recovered; notifications for hosts of a
    disabled segment are ignored by the engine."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param(
            "recovery_method",
            "recovery_method",
            t.STRING,
            enum=("auto", "reserved_host", "auto_priority", "rh_priority"),
        ),
        Param("service_type", "service_type", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN, since="1.2"),
    )


_LIST = Operation(
    "segments.list",
    "GET",
    "/segments",
    ok=(200, 203),
    response_key="segments",
    paging=Paging("marker", limit_param="limit", marker_param="marker"),
)
_GET = Operation(
    "segments.get",
    "GET",
    "/segments/{segment_id}",
    ok=(200, 203),
    response_key="segment",
)
_CREATE = Operation(
    "segments.create",
    "POST",
    "/segments",
    ok=(201,),
    request_kind="json",
    request_key="segment",
    response_key="segment",
)
_UPDATE = Operation(
    "segments.update",
    "PUT",
    "/segments/{segment_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="segment",
    response_key="segment",
)
_DELETE = Operation(
    "segments.delete",
    "DELETE",
    "/segments/{segment_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Segment]:
    """List failover segments, newest first unless sorted otherwise; at most osapi_max_limit
    (1000 by default) per page."""
    return client.pager(
        _LIST, None, model=Segment, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    segment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Segment]:
    """Show a segment."""
    return client.call(
        _GET, {"segment_id": segment_id}, model=Segment, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Segment]:
    """Create a segment (409 when its name is taken)."""
    return client.call(
        _CREATE, None, model=Segment, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    segment_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Segment]:
    """Change some of a segment's fields (only those set are sent); 409 when the new name is
    taken or a notification of the segment is being processed."""
    return client.call(
        _UPDATE,
        {"segment_id": segment_id},
        model=Segment,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    segment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a segment and its hosts (409 while a notification of it is being processed)."""
    return client.call(
        _DELETE, {"segment_id": segment_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Segment:
    """The one Segment whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Segment,
        name_field="name",
        id_field="uuid",
    )


def extract_segments(page: Page[Any]) -> builtins.list[Segment]:
    """The Segment items of a page (or of ``all_pages()``)."""
    return page.extract_as(Segment)
