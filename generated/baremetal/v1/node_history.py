# Generated from baremetal/v1/node_history.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An event of a node's history (since 1.78): errors and state changes Ironic recorded, newest
last."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class HistoryEvent(Model):
    """An event of a node's history (since 1.78): errors and state changes Ironic recorded,
    newest last."""

    uuid: str
    """The event's UUID."""

    created_at: datetime.datetime | Unset = UNSET
    """When it happened."""

    severity: str | Unset = UNSET
    """ERROR, INFO, ..."""

    event: str | Unset = UNSET
    """What happened (cut to 255 characters in the short listing)."""

    event_type: str | Unset = UNSET
    """The kind of event (provisioning, cleaning, deployment, ...); detail only."""

    conductor: str | None | Unset = UNSET
    """The conductor that recorded it (detail only)."""

    user: str | None | Unset = UNSET
    """The user whose request led to it (detail only)."""

    project: str | None | Unset = UNSET
    """That user's project (detail only)."""

    state: str | None | Unset = UNSET
    """The provision state then (detail only)."""

    target_provision_state: str | None | Unset = UNSET
    """The target provision state then (detail only)."""

    duration_seconds: float | None | Unset = UNSET
    """How long the step took (detail only)."""

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("severity", "severity", t.STRING),
        Field("event", "event", t.STRING),
        Field("event_type", "event_type", t.STRING),
        Field("conductor", "conductor", t.STRING),
        Field("user", "user", t.STRING),
        Field("project", "project", t.STRING, since="1.113"),
        Field("state", "state", t.STRING, since="1.115"),
        Field("target_provision_state", "target_provision_state", t.STRING, since="1.115"),
        Field("duration_seconds", "duration_seconds", t.NUMBER, since="1.115"),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    detail: bool | Unset = UNSET
    """Return every field."""

    sort_key: str | Unset = UNSET
    """The field to sort by (default created_at)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The UUID of the last event of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("detail", "detail", t.BOOLEAN, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


_LIST = Operation(
    "node_history.list",
    "GET",
    "/nodes/{node_id}/history",
    ok=(200, 203),
    response_key="history",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.78",
)
_GET = Operation(
    "node_history.get",
    "GET",
    "/nodes/{node_id}/history/{event_id}",
    ok=(200, 203),
    since="1.78",
)


def list(
    client: ServiceClient,
    node_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[HistoryEvent]:
    """List a node's history events (detail=True for every field)."""
    return client.pager(
        _LIST,
        {"node_id": node_id},
        model=HistoryEvent,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    node_id: str,
    event_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[HistoryEvent]:
    """Show one history event with every field."""
    return client.call(
        _GET,
        {"node_id": node_id, "event_id": event_id},
        model=HistoryEvent,
        microversion=microversion,
        timeout=timeout,
    )


def extract_node_history(page: Page[Any]) -> builtins.list[HistoryEvent]:
    """The HistoryEvent items of a page (or of ``all_pages()``)."""
    return page.extract_as(HistoryEvent)
