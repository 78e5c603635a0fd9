# Generated from workflow/v2/event_triggers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Event triggers: start a workflow when a notification with a given event type arrives on an
exchange and topic of the messaging bus. Exchange, topic and event cannot be changed after
creation."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class EventTrigger(Model):
    """Event triggers: start a workflow when a notification with a given event type arrives on an
    exchange and topic of the messaging bus. Exchange, topic and event cannot be changed after
    creation."""

    id: str
    """The trigger's UUID."""

    name: str | Unset = UNSET
    """The trigger's name."""

    workflow_id: str | Unset = UNSET
    """The workflow to start (a UUID)."""

    workflow_input: Any | Unset = UNSET
    """The workflow's input (sent as an object, answered as JSON text)."""

    workflow_params: Any | Unset = UNSET
    """The execution params (sent as an object, answered as JSON text)."""

    exchange: str | Unset = UNSET
    """The exchange to listen on (e.g. nova)."""

    topic: str | Unset = UNSET
    """The topic (e.g. notifications)."""

    event: str | Unset = UNSET
    """The event type (e.g. compute.instance.create.end)."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    project_id: str | Unset = UNSET
    """The owning project."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("workflow_id", "workflow_id", t.STRING),
        Field("workflow_input", "workflow_input", t.ANY),
        Field("workflow_params", "workflow_params", t.ANY),
        Field("exchange", "exchange", t.STRING),
        Field("topic", "topic", t.STRING),
        Field("event", "event", t.STRING),
        Field("scope", "scope", t.STRING, enum=("private", "public")),
        Field("project_id", "project_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """The id of the last trigger of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys (default created_at)."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    all_projects: bool | Unset = UNSET
    """Every project's triggers (admin only)."""

    name: str | Unset = UNSET
    """Filter on the name."""

    workflow_id: str | Unset = UNSET
    """Triggers of this workflow."""

    exchange: str | Unset = UNSET
    """Filter on the exchange."""

    topic: str | Unset = UNSET
    """Filter on the topic."""

    event: str | Unset = UNSET
    """Filter on the event type."""

    scope: str | Unset = UNSET
    """private or public."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("all_projects", "all_projects", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("workflow_id", "workflow_id", t.STRING, location="query"),
        Param("exchange", "exchange", t.STRING, location="query"),
        Param("topic", "topic", t.STRING, location="query"),
        Param("event", "event", t.STRING, location="query"),
        Param("scope", "scope", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The trigger's name."""

    workflow_id: str = REQUIRED
    """The workflow to start (a UUID)."""

    workflow_input: Any | Unset = UNSET
    """The workflow's input (sent as an object, answered as JSON text)."""

    workflow_params: Any | Unset = UNSET
    """The execution params (sent as an object, answered as JSON text)."""

    exchange: str = REQUIRED
    """The exchange to listen on (e.g. nova)."""

    topic: str = REQUIRED
    """The topic (e.g. notifications)."""

    event: str = REQUIRED
    """The event type (e.g. compute.instance.create.end)."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("workflow_id", "workflow_id", t.STRING, required=True),
        Param("workflow_input", "workflow_input", t.ANY),
        Param("workflow_params", "workflow_params", t.ANY),
        Param("exchange", "exchange", t.STRING, required=True),
        Param("topic", "topic", t.STRING, required=True),
        Param("event", "event", t.STRING, required=True),
        Param("scope", "scope", t.STRING, enum=("private", "public")),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The trigger's name."""

    workflow_input: Any | Unset = UNSET
    """The workflow's input (sent as an object, answered as JSON text)."""

    workflow_params: Any | Unset = UNSET
    """The execution params (sent as an object, answered as JSON text)."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("workflow_input", "workflow_input", t.ANY),
        Param("workflow_params", "workflow_params", t.ANY),
        Param("scope", "scope", t.STRING, enum=("private", "public")),
    )


_LIST = Operation(
    "event_triggers.list",
    "GET",
    "/event_triggers",
    ok=(200, 203),
    response_key="event_triggers",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "event_triggers.get",
    "GET",
    "/event_triggers/{event_trigger_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "event_triggers.create",
    "POST",
    "/event_triggers",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "event_triggers.update",
    "PUT",
    "/event_triggers/{event_trigger_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_DELETE = Operation(
    "event_triggers.delete",
    "DELETE",
    "/event_triggers/{event_trigger_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[EventTrigger]:
    """List event triggers."""
    return client.pager(
        _LIST, None, model=EventTrigger, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    event_trigger_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EventTrigger]:
    """Show an event trigger."""
    return client.call(
        _GET,
        {"event_trigger_id": event_trigger_id},
        model=EventTrigger,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EventTrigger]:
    """Create an event trigger (400 for a workflow that needs input the trigger lacks)."""
    return client.call(
        _CREATE, None, model=EventTrigger, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    event_trigger_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EventTrigger]:
    """Change an event trigger's name, workflow input or params, or scope."""
    return client.call(
        _UPDATE,
        {"event_trigger_id": event_trigger_id},
        model=EventTrigger,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    event_trigger_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an event trigger."""
    return client.call(
        _DELETE, {"event_trigger_id": event_trigger_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> EventTrigger:
    """The one EventTrigger whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=EventTrigger,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_event_triggers(page: Page[Any]) -> builtins.list[EventTrigger]:
    """The EventTrigger items of a page (or of ``all_pages()``)."""
    return page.extract_as(EventTrigger)
