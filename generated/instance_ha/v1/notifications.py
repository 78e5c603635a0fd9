# Generated from instance-ha/v1/notifications.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A failure reported by a monitor (of hosts, processes or instances) on a host that belongs to a
segment. The API stores it as "new" and casts it to the engine, which runs the recovery
workflow of its type and segment and moves it to "running", then "finished", "failed" or
"error" (retried later), or "ignored" (the segment is disabled, or the event needs no
recovery). A notification that repeats one of the same type, host and payload within the
detection interval is refused (409)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ProgressDetail(Model):
    """A message a recovery task logged."""

    timestamp: str | None | Unset = UNSET
    """When it was logged (YYYY-MM-DD hh:mm:ss.ffffff in UTC)."""

    message: str | None | Unset = UNSET
    """What happened."""

    progress: str | None | Unset = UNSET
    """The task's progress at that point ("0.0" to "1.0")."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("timestamp", "timestamp", t.STRING),
        Field("message", "message", t.STRING),
        Field("progress", "progress", t.STRING),
    )


class RecoveryTask(Model):
    """One task of a recovery workflow."""

    name: str | Unset = UNSET
    """The task's name (e.g. DisableComputeServiceTask)."""

    state: str | Unset = UNSET
    """The task's state (RUNNING, SUCCESS, FAILURE, REVERTED...)."""

    progress: float | Unset = UNSET
    """How far the task is, 0.0 to 1.0."""

    progress_details: builtins.list[ProgressDetail] | Unset = UNSET
    """The messages the task logged, oldest first."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("state", "state", t.STRING),
        Field("progress", "progress", t.NUMBER),
        Field("progress_details", "progress_details", t.list_of(t.model(ProgressDetail))),
    )


class Notification(Model):
    """A failure reported by a monitor (of hosts, processes or instances) on a host that belongs
    to a segment. The API stores it as "new" and casts it to the engine, which runs the
    recovery workflow of its type and segment and moves it to "running", then "finished",
    "failed" or "error" (retried later), or "ignored" (the segment is disabled, or the event
    needs no recovery). A notification that repeats one of the same type, host and payload
    within the detection interval is refused (409)."""

    notification_uuid: str
    """The notification's UUID, the id used in paths."""

    id: int | Unset = UNSET
    """The notification's row number in Masakari's database (not used in paths)."""

    type: Literal["COMPUTE_HOST", "VM", "PROCESS"] | Unset = UNSET
    """What failed: a compute host, an instance (VM) or a process on the host; it decides which
    keys the payload must have."""

    generated_time: datetime.datetime | Unset = UNSET
    """When the monitor saw the failure."""

    payload: dict[str, str] | Unset = UNSET
    """The event: for COMPUTE_HOST "event" (STARTED or STOPPED) and optionally "host_status"
    (NORMAL, UNKNOWN) and "cluster_status" (ONLINE, OFFLINE); for PROCESS "process_name" and
    "event"; for VM "instance_uuid", "vir_domain_event" and "event". Other keys are refused
    (400)."""

    status: Literal["new", "running", "error", "failed", "ignored", "finished"] | Unset = UNSET
    """Where the recovery stands."""

    source_host_uuid: str | Unset = UNSET
    """The UUID of the host (of Masakari) the failure was reported for."""

    failover_segment_uuid: str | None | Unset = UNSET
    """The UUID of the segment of that host."""

    message: str | None | Unset = UNSET
    """Why the engine ignored the notification or failed to recover, if it did."""

    recovery_workflow_details: builtins.list[RecoveryTask] | Unset = UNSET
    """The tasks of the recovery workflow so far, with their progress (shown by get since 1.1;
    the engine reads them from its workflow store)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the notification was received."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the notification last changed."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """When the notification was deleted (always null for a live one)."""

    deleted: bool | Unset = UNSET
    """Whether the notification is deleted."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("notification_uuid", "notification_uuid", t.STRING),
        Field("id", "id", t.INTEGER),
        Field("type", "type", t.STRING, enum=("COMPUTE_HOST", "VM", "PROCESS")),
        Field("generated_time", "generated_time", t.DATETIME),
        Field("payload", "payload", t.map_of(t.STRING)),
        Field("status", "status", t.STRING),
        Field("source_host_uuid", "source_host_uuid", t.STRING),
        Field("failover_segment_uuid", "failover_segment_uuid", t.STRING),
        Field("message", "message", t.STRING),
        Field(
            "recovery_workflow_details",
            "recovery_workflow_details",
            t.list_of(t.model(RecoveryTask)),
            since="1.1",
        ),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted_at", "deleted_at", t.DATETIME),
        Field("deleted", "deleted", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    status: Literal["new", "running", "error", "failed", "ignored", "finished"] | Unset = UNSET
    """Only notifications in this state."""

    source_host_uuid: str | Unset = UNSET
    """Only notifications of this host (its Masakari UUID)."""

    type: Literal["COMPUTE_HOST", "VM", "PROCESS"] | Unset = UNSET
    """Only notifications of this type."""

    generated_since: datetime.datetime | Unset = UNSET
    """Only notifications generated at or after this time."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort keys (repeatable), e.g. generated_time, status; default created_at."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """Sort directions, asc or desc, one per sort key; default desc."""

    limit: int | Unset = UNSET
    """The most notifications a page holds (capped by osapi_max_limit, 1000 by default)."""

    marker: str | Unset = UNSET
    """Start after the one with this UUID (400 when there is none)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status",
            "status",
            t.STRING,
            location="query",
            enum=("new", "running", "error", "failed", "ignored", "finished"),
        ),
        Param("source_host_uuid", "source_host_uuid", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query", enum=("COMPUTE_HOST", "VM", "PROCESS")),
        Param("generated_since", "generated-since", t.DATETIME, location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    type: Literal["COMPUTE_HOST", "VM", "PROCESS"] = REQUIRED
    """What failed: a compute host, an instance (VM) or a process on the host; it decides which
    keys the payload must have."""

    generated_time: datetime.datetime = REQUIRED
    """When the monitor saw the failure."""

    payload: dict[str, str] = REQUIRED
    """The event: for COMPUTE_HOST "event" (STARTED or STOPPED) and optionally "host_status"
    (NORMAL, UNKNOWN) and "cluster_status" (ONLINE, OFFLINE); for PROCESS "process_name" and
    "event"; for VM "instance_uuid", "vir_domain_event" and "event". Other keys are refused
    (400)."""

    hostname: str = REQUIRED
    """The name of the failed host (or of the host of the failed process or instance), as
    registered in a segment; 400 when no segment has it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True, enum=("COMPUTE_HOST", "VM", "PROCESS")),
        Param("generated_time", "generated_time", t.DATETIME, required=True),
        Param("payload", "payload", t.map_of(t.STRING), required=True),
        Param("hostname", "hostname", t.STRING, required=True),
    )


_LIST = Operation(
    "notifications.list",
    "GET",
    "/notifications",
    ok=(200, 203),
    response_key="notifications",
    paging=Paging("marker", limit_param="limit", marker_param="marker"),
)
_GET = Operation(
    "notifications.get",
    "GET",
    "/notifications/{notification_id}",
    ok=(200, 203),
    response_key="notification",
)
_CREATE = Operation(
    "notifications.create",
    "POST",
    "/notifications",
    ok=(202,),
    request_kind="json",
    request_key="notification",
    response_key="notification",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Notification]:
    """List notifications, newest first unless sorted otherwise."""
    return client.pager(
        _LIST, None, model=Notification, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    notification_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Notification]:
    """Show a notification; since 1.1 with the progress of its recovery workflow (asked of the
    engine over RPC: a 500 when no engine answers)."""
    return client.call(
        _GET,
        {"notification_id": notification_id},
        model=Notification,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Notification]:
    """Report a failure; the engine processes it asynchronously (wait with wait_for_status). 409
    for a duplicate or a host on maintenance."""
    return client.call(
        _CREATE, None, model=Notification, opts=opts, microversion=microversion, timeout=timeout
    )


def wait_for_status(
    client: ServiceClient,
    notification_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Notification], None] | None = None,
) -> Notification:
    """Poll get until the Notification's status is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes failed or error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"notification_id": notification_id},
        model=Notification,
        field="status",
        wanted=status,
        failures=("failed", "error"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    notification_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Notification], None] | None = None,
) -> None:
    """Poll get until the Notification is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"notification_id": notification_id},
        model=Notification,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_notifications(page: Page[Any]) -> builtins.list[Notification]:
    """The Notification items of a page (or of ``all_pages()``)."""
    return page.extract_as(Notification)
