# Generated from instance-ha/v1/hosts.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A host of a failover segment. Its name must be the host name of a nova-compute service that
Nova knows (Masakari asks Nova's os-services API on create and on rename, and answers 400 when
there is none). Reserved hosts receive the instances of failed hosts in segments that recover
to reserved hosts; notifications from a host on maintenance are refused (409)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.instance_ha.v1.segments import Segment as Segment


class Host(Model):
    """A host of a failover segment. Its name must be the host name of a nova-compute service
    that Nova knows (Masakari asks Nova's os-services API on create and on rename, and answers
    400 when there is none). Reserved hosts receive the instances of failed hosts in segments
    that recover to reserved hosts; notifications from a host on maintenance are refused
    (409)."""

    uuid: str
    """The host's UUID, the id used in paths."""

    id: int | Unset = UNSET
    """The host's row number in Masakari's database (not used in paths)."""

    name: str | Unset = UNSET
    """The compute host's name, as Nova's nova-compute service reports it."""

    type: str | None | Unset = UNSET
    """The kind of host (letters and digits only, e.g. "COMPUTE")."""

    control_attributes: str | None | Unset = UNSET
    """How the host is controlled (e.g. "SSH"); free text."""

    reserved: bool | Unset = UNSET
    """Whether the host is kept free to receive the instances of failed hosts."""

    on_maintenance: bool | Unset = UNSET
    """Whether the host is under maintenance; the engine sets it when it recovers the host's
    failure, and notifications from it are refused."""

    failover_segment_id: str | Unset = UNSET
    """The UUID of the segment the host belongs to."""

    failover_segment: Segment | Unset = UNSET
    """The segment the host belongs to, in full."""

    created_at: datetime.datetime | Unset = UNSET
    """When the host was added."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the host last changed."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """When the host was deleted (always null for a live one)."""

    deleted: bool | Unset = UNSET
    """Whether the host is deleted (always false for a live one)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("id", "id", t.INTEGER),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("control_attributes", "control_attributes", t.STRING),
        Field("reserved", "reserved", t.BOOLEAN),
        Field("on_maintenance", "on_maintenance", t.BOOLEAN),
        Field("failover_segment_id", "failover_segment_id", t.STRING),
        Field("failover_segment", "failover_segment", t.model(Segment)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted_at", "deleted_at", t.DATETIME),
        Field("deleted", "deleted", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    type: str | Unset = UNSET
    """Only hosts of this type."""

    on_maintenance: bool | Unset = UNSET
    """Only hosts on (true) or off (false) maintenance."""

    reserved: bool | Unset = UNSET
    """Only reserved (true) or unreserved (false) hosts."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort keys (repeatable), e.g. created_at, name; default created_at."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """Sort directions, asc or desc, one per sort key; default desc."""

    limit: int | Unset = UNSET
    """The most hosts a page holds (capped by osapi_max_limit, 1000 by default)."""

    marker: str | Unset = UNSET
    """Start after the one with this UUID (400 when there is none)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, location="query"),
        Param("on_maintenance", "on_maintenance", t.BOOLEAN, location="query"),
        Param("reserved", "reserved", t.BOOLEAN, location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The compute host's name, as Nova's nova-compute service reports it."""

    type: str | None = REQUIRED
    """The kind of host (letters and digits only, e.g. "COMPUTE")."""

    control_attributes: str | None = REQUIRED
    """How the host is controlled (e.g. "SSH"); free text."""

    reserved: bool | Unset = UNSET
    """Whether the host is kept free to receive the instances of failed hosts."""

    on_maintenance: bool | Unset = UNSET
    """Whether the host is under maintenance; the engine sets it when it recovers the host's
    failure, and notifications from it are refused."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("type", "type", t.STRING, required=True, nullable=True),
        Param("control_attributes", "control_attributes", t.STRING, required=True, nullable=True),
        Param("reserved", "reserved", t.BOOLEAN),
        Param("on_maintenance", "on_maintenance", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The compute host's name, as Nova's nova-compute service reports it."""

    type: str | None | Unset = UNSET
    """The kind of host (letters and digits only, e.g. "COMPUTE")."""

    control_attributes: str | None | Unset = UNSET
    """How the host is controlled (e.g. "SSH"); free text."""

    reserved: bool | Unset = UNSET
    """Whether the host is kept free to receive the instances of failed hosts."""

    on_maintenance: bool | Unset = UNSET
    """Whether the host is under maintenance; the engine sets it when it recovers the host's
    failure, and notifications from it are refused."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("type", "type", t.STRING, nullable=True),
        Param("control_attributes", "control_attributes", t.STRING, nullable=True),
        Param("reserved", "reserved", t.BOOLEAN),
        Param("on_maintenance", "on_maintenance", t.BOOLEAN),
    )


_LIST = Operation(
    "hosts.list",
    "GET",
    "/segments/{segment_id}/hosts",
    ok=(200, 203),
    response_key="hosts",
    paging=Paging("marker", limit_param="limit", marker_param="marker"),
)
_GET = Operation(
    "hosts.get",
    "GET",
    "/segments/{segment_id}/hosts/{host_id}",
    ok=(200, 203),
    response_key="host",
)
_CREATE = Operation(
    "hosts.create",
    "POST",
    "/segments/{segment_id}/hosts",
    ok=(201,),
    request_kind="json",
    request_key="host",
    response_key="host",
)
_UPDATE = Operation(
    "hosts.update",
    "PUT",
    "/segments/{segment_id}/hosts/{host_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="host",
    response_key="host",
)
_DELETE = Operation(
    "hosts.delete",
    "DELETE",
    "/segments/{segment_id}/hosts/{host_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    segment_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Host]:
    """List the hosts of a segment (404 when the segment does not exist). The API also reads
    "name" and "control_attributes" parameters, but its database query ignores them (every
    host is listed), so they are not offered; find compares names on the client."""
    return client.pager(
        _LIST,
        {"segment_id": segment_id},
        model=Host,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    segment_id: str,
    host_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Host]:
    """Show a host of a segment."""
    return client.call(
        _GET,
        {"segment_id": segment_id, "host_id": host_id},
        model=Host,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    segment_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Host]:
    """Add a host to a segment: 400 when Nova has no nova-compute service of that name, 409 when
    the segment already has it."""
    return client.call(
        _CREATE,
        {"segment_id": segment_id},
        model=Host,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    segment_id: str,
    host_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Host]:
    """Change some of a host's fields (only those set are sent); a new name is checked with Nova
    like on create. 409 while a notification of its segment is being processed."""
    return client.call(
        _UPDATE,
        {"segment_id": segment_id, "host_id": host_id},
        model=Host,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    segment_id: str,
    host_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a host from its segment (409 while a notification of its segment is being
    processed)."""
    return client.call(
        _DELETE,
        {"segment_id": segment_id, "host_id": host_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    segment_id: str,
    name_or_id: str,
) -> Host:
    """The one Host whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Host,
        path_params={"segment_id": segment_id},
        name_field="name",
        id_field="uuid",
    )


def extract_hosts(page: Page[Any]) -> builtins.list[Host]:
    """The Host items of a page (or of ``all_pages()``)."""
    return page.extract_as(Host)
