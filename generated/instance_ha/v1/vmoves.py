# Generated from instance-ha/v1/vmoves.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An instance move that the recovery of a failed compute host made (an evacuation, a migration
or a live migration), listed under its COMPUTE_HOST notification; other notification types
have none (400). Since microversion 1.3."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class VMove(Model):
    """An instance move that the recovery of a failed compute host made (an evacuation, a
    migration or a live migration), listed under its COMPUTE_HOST notification; other
    notification types have none (400). Since microversion 1.3."""

    uuid: str
    """The move's UUID, the id used in paths."""

    id: int | Unset = UNSET
    """The move's row number in Masakari's database."""

    notification_uuid: str | Unset = UNSET
    """The notification whose recovery made the move."""

    instance_uuid: str | Unset = UNSET
    """The instance moved."""

    instance_name: str | Unset = UNSET
    """The instance's name."""

    source_host: str | None | Unset = UNSET
    """The host the instance left."""

    dest_host: str | None | Unset = UNSET
    """The host it went to."""

    start_time: datetime.datetime | None | Unset = UNSET
    """When the move began."""

    end_time: datetime.datetime | None | Unset = UNSET
    """When the move ended."""

    type: Literal["evacuation", "migration", "live_migration"] | None | Unset = UNSET
    """How the instance was moved."""

    status: Literal["pending", "ongoing", "ignored", "failed", "succeeded"] | None | Unset = UNSET
    """Where the move stands."""

    message: str | None | Unset = UNSET
    """Why the move failed or was ignored."""

    created_at: datetime.datetime | Unset = UNSET
    """When the move was recorded."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """When it was deleted."""

    deleted: bool | Unset = UNSET
    """Whether it is deleted."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("id", "id", t.INTEGER),
        Field("notification_uuid", "notification_uuid", t.STRING),
        Field("instance_uuid", "instance_uuid", t.STRING),
        Field("instance_name", "instance_name", t.STRING),
        Field("source_host", "source_host", t.STRING),
        Field("dest_host", "dest_host", t.STRING),
        Field("start_time", "start_time", t.DATETIME),
        Field("end_time", "end_time", t.DATETIME),
        Field("type", "type", t.STRING),
        Field("status", "status", t.STRING),
        Field("message", "message", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted_at", "deleted_at", t.DATETIME),
        Field("deleted", "deleted", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    status: Literal["pending", "ongoing", "ignored", "failed", "succeeded"] | Unset = UNSET
    """Only moves in this state."""

    type: Literal["evacuation", "migration", "live_migration"] | Unset = UNSET
    """Only moves of this kind."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort keys (repeatable); default created_at."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """Sort directions, asc or desc, one per sort key; default desc."""

    limit: int | Unset = UNSET
    """The most moves a page holds (capped by osapi_max_limit, 1000 by default)."""

    marker: str | Unset = UNSET
    """Start after the one with this UUID (400 when there is none)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status",
            "status",
            t.STRING,
            location="query",
            enum=("pending", "ongoing", "ignored", "failed", "succeeded"),
        ),
        Param(
            "type",
            "type",
            t.STRING,
            location="query",
            enum=("evacuation", "migration", "live_migration"),
        ),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


_LIST = Operation(
    "vmoves.list",
    "GET",
    "/notifications/{notification_id}/vmoves",
    ok=(200, 203),
    response_key="vmoves",
    paging=Paging("marker", limit_param="limit", marker_param="marker"),
    since="1.3",
)
_GET = Operation(
    "vmoves.get",
    "GET",
    "/notifications/{notification_id}/vmoves/{vmove_id}",
    ok=(200, 203),
    response_key="vmove",
    since="1.3",
)


def list(
    client: ServiceClient,
    notification_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VMove]:
    """The moves of a COMPUTE_HOST notification's recovery (400 for other types, 404 for no
    notification)."""
    return client.pager(
        _LIST,
        {"notification_id": notification_id},
        model=VMove,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    notification_id: str,
    vmove_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VMove]:
    """Show one move of a notification."""
    return client.call(
        _GET,
        {"notification_id": notification_id, "vmove_id": vmove_id},
        model=VMove,
        microversion=microversion,
        timeout=timeout,
    )


def wait_for_status(
    client: ServiceClient,
    notification_id: str,
    vmove_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[VMove], None] | None = None,
) -> VMove:
    """Poll get until the VMove's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes failed."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"notification_id": notification_id, "vmove_id": vmove_id},
        model=VMove,
        field="status",
        wanted=status,
        failures=("failed",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    notification_id: str,
    vmove_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[VMove], None] | None = None,
) -> None:
    """Poll get until the VMove is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"notification_id": notification_id, "vmove_id": vmove_id},
        model=VMove,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_vmoves(page: Page[Any]) -> builtins.list[VMove]:
    """The VMove items of a page (or of ``all_pages()``)."""
    return page.extract_as(VMove)
