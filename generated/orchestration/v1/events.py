# Generated from orchestration/v1/events.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""What happened to a stack and its resources, one event per state change, oldest first."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Event(Model):
    """What happened to a stack and its resources, one event per state change, oldest first."""

    id: str

    event_time: datetime.datetime | Unset = UNSET

    resource_name: str | Unset = UNSET

    logical_resource_id: str | Unset = UNSET

    physical_resource_id: str | None | Unset = UNSET

    resource_status: str | Unset = UNSET

    resource_status_reason: str | None | Unset = UNSET

    resource_type: str | Unset = UNSET

    resource_properties: dict[str, Any] | Unset = UNSET
    """The resource's properties at the time (get only)."""

    root_stack_id: str | Unset = UNSET
    """In nested listings."""

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("event_time", "event_time", t.DATETIME),
        Field("resource_name", "resource_name", t.STRING),
        Field("logical_resource_id", "logical_resource_id", t.STRING),
        Field("physical_resource_id", "physical_resource_id", t.STRING),
        Field("resource_status", "resource_status", t.STRING),
        Field("resource_status_reason", "resource_status_reason", t.STRING),
        Field("resource_type", "resource_type", t.STRING),
        Field("resource_properties", "resource_properties", t.map_of(t.ANY)),
        Field("root_stack_id", "root_stack_id", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    resource_action: builtins.list[str] | Unset = UNSET
    """CREATE, UPDATE, DELETE, ..."""

    resource_status: builtins.list[str] | Unset = UNSET
    """COMPLETE, FAILED, IN_PROGRESS."""

    resource_name: builtins.list[str] | Unset = UNSET

    resource_type: builtins.list[str] | Unset = UNSET

    nested_depth: int | Unset = UNSET
    """Also the events of nested stacks, this deep."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """event_time, resource_type, created_at or updated_at"""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource_action", "resource_action", t.list_of(t.STRING), location="query"),
        Param("resource_status", "resource_status", t.list_of(t.STRING), location="query"),
        Param("resource_name", "resource_name", t.list_of(t.STRING), location="query"),
        Param("resource_type", "resource_type", t.list_of(t.STRING), location="query"),
        Param("nested_depth", "nested_depth", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class ListForResourceOpts(Opts):
    """Options of list_for_resource."""

    resource_action: builtins.list[str] | Unset = UNSET

    resource_status: builtins.list[str] | Unset = UNSET

    sort_keys: builtins.list[str] | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource_action", "resource_action", t.list_of(t.STRING), location="query"),
        Param("resource_status", "resource_status", t.list_of(t.STRING), location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


_LIST = Operation(
    "events.list",
    "GET",
    "/stacks/{stack_name}/{stack_id}/events",
    ok=(200, 203),
    response_key="events",
    paging=Paging("marker", complete_without_limit=True, marker_field="id"),
)
_GET = Operation(
    "events.get",
    "GET",
    "/stacks/{stack_name}/{stack_id}/resources/{resource_name}/events/{event_id}",
    ok=(200, 203),
    response_key="event",
)
_LIST_FOR_RESOURCE = Operation(
    "events.list_for_resource",
    "GET",
    "/stacks/{stack_name}/{stack_id}/resources/{resource_name}/events",
    ok=(200, 203),
    response_key="events",
    paging=Paging("marker", complete_without_limit=True, marker_field="id"),
)


def list(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Event]:
    """List events."""
    return client.pager(
        _LIST,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=Event,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    resource_name: str,
    event_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Event]:
    """Get a event."""
    return client.call(
        _GET,
        {
            "stack_name": stack_name,
            "stack_id": stack_id,
            "resource_name": resource_name,
            "event_id": event_id,
        },
        model=Event,
        microversion=microversion,
        timeout=timeout,
    )


def list_for_resource(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    resource_name: str,
    opts: ListForResourceOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Event]:
    """The events of one resource."""
    return client.pager(
        _LIST_FOR_RESOURCE,
        {"stack_name": stack_name, "stack_id": stack_id, "resource_name": resource_name},
        model=Event,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_events(page: Page[Any]) -> builtins.list[Event]:
    """The Event items of a page (or of ``all_pages()``)."""
    return page.extract_as(Event)
