# Generated from compute/v2/instance_actions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""What was done to a server (os-instance-actions): one record per API request that acted on it
(create, stop, attach_volume, ...), with the events of the services that carried it out. Since
2.21 the actions of deleted servers can be read too."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class InstanceActionEvent(Model):
    """The InstanceActionEvent object."""

    event: str | Unset = UNSET
    """The event's name (compute_stop_instance, ...)."""

    start_time: datetime.datetime | None | Unset = UNSET
    """When the event started."""

    finish_time: datetime.datetime | None | Unset = UNSET
    """When the event finished (null while it runs)."""

    result: str | None | Unset = UNSET
    """Success or Error (null while it runs)."""

    traceback: str | None | Unset = UNSET
    """The error's traceback (admins only by default)."""

    host: str | None | Unset = UNSET
    """The compute host that ran the event (admins only by default)."""

    host_id: str | Unset = UNSET
    """An obfuscated host ID, unique per host and project."""

    details: str | None | Unset = UNSET
    """Details of a failed event, for the user (admins see them all)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("event", "event", t.STRING),
        Field("start_time", "start_time", t.DATETIME),
        Field("finish_time", "finish_time", t.DATETIME),
        Field("result", "result", t.STRING),
        Field("traceback", "traceback", t.STRING),
        Field("host", "host", t.STRING, since="2.62"),
        Field("host_id", "hostId", t.STRING, since="2.62"),
        Field("details", "details", t.STRING, since="2.84"),
    )


class InstanceAction(Model):
    """What was done to a server (os-instance-actions): one record per API request that acted on
    it (create, stop, attach_volume, ...), with the events of the services that carried it
    out. Since 2.21 the actions of deleted servers can be read too."""

    request_id: str
    """The ID of the request that started the action (req-...)."""

    action: str | Unset = UNSET
    """The action's name (create, stop, reboot, ...)."""

    instance_uuid: str | Unset = UNSET
    """The server's ID."""

    message: str | None | Unset = UNSET
    """An error message when the action failed, else null."""

    project_id: str | None | Unset = UNSET
    """The project of the user that started the action."""

    user_id: str | None | Unset = UNSET
    """The user that started the action."""

    start_time: datetime.datetime | Unset = UNSET
    """When the action started."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the action or one of its events last changed."""

    events: builtins.list[InstanceActionEvent] | Unset = UNSET
    """The action's events (only in get, not in list)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", t.STRING),
        Field("action", "action", t.STRING),
        Field("instance_uuid", "instance_uuid", t.STRING),
        Field("message", "message", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("start_time", "start_time", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME, since="2.58"),
        Field("events", "events", t.list_of(t.model(InstanceActionEvent))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """At most this many actions per page."""

    marker: str | Unset = UNSET
    """The request_id of the last action of the previous page."""

    changes_since: str | Unset = UNSET
    """Only actions updated at or after this time (ISO 8601)."""

    changes_before: str | Unset = UNSET
    """Only actions updated at or before this time (ISO 8601)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query", since="2.58"),
        Param("marker", "marker", t.STRING, location="query", since="2.58"),
        Param("changes_since", "changes-since", t.STRING, location="query", since="2.58"),
        Param("changes_before", "changes-before", t.STRING, location="query", since="2.66"),
    )


_LIST = Operation(
    "instance_actions.list",
    "GET",
    "/servers/{server_id}/os-instance-actions",
    ok=(200, 203),
    response_key="instanceActions",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "instance_actions.get",
    "GET",
    "/servers/{server_id}/os-instance-actions/{request_id}",
    ok=(200, 203),
    response_key="instanceAction",
)


def list(
    client: ServiceClient,
    server_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[InstanceAction]:
    """The actions of a server, newest first. Since 2.58 they are paged (limit, marker) and can
    be filtered by time."""
    return client.pager(
        _LIST,
        {"server_id": server_id},
        model=InstanceAction,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    server_id: str,
    request_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InstanceAction]:
    """One action of a server with its events, by request ID."""
    return client.call(
        _GET,
        {"server_id": server_id, "request_id": request_id},
        model=InstanceAction,
        microversion=microversion,
        timeout=timeout,
    )


def extract_instance_actions(page: Page[Any]) -> builtins.list[InstanceAction]:
    """The InstanceAction items of a page (or of ``all_pages()``)."""
    return page.extract_as(InstanceAction)
