# Generated from workflow/v2/action_executions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Action executions: the actions tasks ran, and actions run directly (ad hoc) with create:
synchronously (params run_sync, the result comes back in output) or in the background. input
and output are answered as JSON text."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ActionExecution(Model):
    """Action executions: the actions tasks ran, and actions run directly (ad hoc) with create:
    synchronously (params run_sync, the result comes back in output) or in the background.
    input and output are answered as JSON text."""

    id: str
    """The action execution's UUID."""

    name: str | Unset = UNSET
    """The action to run (std.echo, an ad-hoc action's name...)."""

    workflow_name: str | None | Unset = UNSET
    """The workflow of its task."""

    workflow_namespace: str | Unset = UNSET
    """On create, the namespace of the action."""

    task_name: str | None | Unset = UNSET
    """The task that ran it."""

    task_execution_id: str | None | Unset = UNSET
    """The task execution that ran it (none when run directly)."""

    state: Literal["IDLE", "RUNNING", "PAUSED", "SUCCESS", "ERROR", "CANCELLED"] | Unset = UNSET
    """The state. On update (for actions Mistral waits on, such as std.async_noop): SUCCESS or
    ERROR with output completes the action, CANCELLED cancels it, PAUSED or RUNNING changes
    its state."""

    state_info: str | None | Unset = UNSET
    """Why it is in this state."""

    tags: builtins.list[str] | None | Unset = UNSET
    """Tags."""

    description: str | None | Unset = UNSET
    """Free text."""

    project_id: str | Unset = UNSET
    """The owning project."""

    accepted: bool | Unset = UNSET
    """Whether its result was accepted."""

    input: Any | Unset = UNSET
    """The action's input (an object; answered as JSON text)."""

    output: Any | Unset = UNSET
    """The result (JSON text, {"result": ...}); on update, the result (or error) to complete the
    action with."""

    params: Any | Unset = UNSET
    """On create: run_sync (wait for the result), save_result (keep it when run synchronously),
    target (an executor), timeout."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("workflow_name", "workflow_name", t.STRING),
        Field("workflow_namespace", "workflow_namespace", t.STRING),
        Field("task_name", "task_name", t.STRING),
        Field("task_execution_id", "task_execution_id", t.STRING),
        Field(
            "state",
            "state",
            t.STRING,
            enum=("IDLE", "RUNNING", "PAUSED", "SUCCESS", "ERROR", "CANCELLED"),
        ),
        Field("state_info", "state_info", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("accepted", "accepted", t.BOOLEAN),
        Field("input", "input", t.ANY),
        Field("output", "output", t.ANY),
        Field("params", "params", t.ANY),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """The id of the last one of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys (default created_at)."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    name: str | Unset = UNSET
    """An action name, or a filter "op:value"."""

    tags: builtins.list[str] | Unset = UNSET
    """With these tags."""

    workflow_name: str | Unset = UNSET
    """Run by tasks of this workflow."""

    task_name: str | Unset = UNSET
    """Run by tasks of this name."""

    task_execution_id: str | Unset = UNSET
    """Run by this task execution."""

    state: str | Unset = UNSET
    """A state, or a filter "op:value"."""

    state_info: str | Unset = UNSET
    """Filter on the state info."""

    accepted: bool | Unset = UNSET
    """Filter on accepted."""

    input: str | Unset = UNSET
    """Filter on the input text."""

    output: str | Unset = UNSET
    """Filter on the output text."""

    params: str | Unset = UNSET
    """Filter on the params text."""

    description: str | Unset = UNSET
    """Filter on the description."""

    created_at: str | Unset = UNSET
    """Filter on the creation time."""

    updated_at: str | Unset = UNSET
    """Filter on the update time."""

    include_output: bool | Unset = UNSET
    """Send each one's output too."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("name", "name", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("workflow_name", "workflow_name", t.STRING, location="query"),
        Param("task_name", "task_name", t.STRING, location="query"),
        Param("task_execution_id", "task_execution_id", t.STRING, location="query"),
        Param("state", "state", t.STRING, location="query"),
        Param("state_info", "state_info", t.STRING, location="query"),
        Param("accepted", "accepted", t.BOOLEAN, location="query"),
        Param("input", "input", t.STRING, location="query"),
        Param("output", "output", t.STRING, location="query"),
        Param("params", "params", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("include_output", "include_output", t.BOOLEAN, location="query"),
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

    name: str | Unset = UNSET
    """The action to run (std.echo, an ad-hoc action's name...)."""

    workflow_namespace: str | Unset = UNSET
    """On create, the namespace of the action."""

    description: str | None | Unset = UNSET
    """Free text."""

    input: Any | Unset = UNSET
    """The action's input (an object; answered as JSON text)."""

    params: Any | Unset = UNSET
    """On create: run_sync (wait for the result), save_result (keep it when run synchronously),
    target (an executor), timeout."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("workflow_namespace", "workflow_namespace", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("input", "input", t.ANY),
        Param("params", "params", t.ANY),
    )


class UpdateOpts(Opts):
    """Options of update."""

    state: Literal["IDLE", "RUNNING", "PAUSED", "SUCCESS", "ERROR", "CANCELLED"] = REQUIRED
    """The state. On update (for actions Mistral waits on, such as std.async_noop): SUCCESS or
    ERROR with output completes the action, CANCELLED cancels it, PAUSED or RUNNING changes
    its state."""

    output: Any | Unset = UNSET
    """The result (JSON text, {"result": ...}); on update, the result (or error) to complete the
    action with."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "state",
            "state",
            t.STRING,
            required=True,
            enum=("IDLE", "RUNNING", "PAUSED", "SUCCESS", "ERROR", "CANCELLED"),
        ),
        Param("output", "output", t.ANY),
    )


_LIST = Operation(
    "action_executions.list",
    "GET",
    "/action_executions",
    ok=(200, 203),
    response_key="action_executions",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "action_executions.get",
    "GET",
    "/action_executions/{action_execution_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "action_executions.create",
    "POST",
    "/action_executions",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "action_executions.update",
    "PUT",
    "/action_executions/{action_execution_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_DELETE = Operation(
    "action_executions.delete",
    "DELETE",
    "/action_executions/{action_execution_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ActionExecution]:
    """List action executions."""
    return client.pager(
        _LIST, None, model=ActionExecution, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    action_execution_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ActionExecution]:
    """Show an action execution with its output."""
    return client.call(
        _GET,
        {"action_execution_id": action_execution_id},
        model=ActionExecution,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ActionExecution]:
    """Run an action directly. With params {"run_sync": true} the answer carries the result; else
    it comes back RUNNING."""
    return client.call(
        _CREATE, None, model=ActionExecution, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    action_execution_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ActionExecution]:
    """Complete, fail, cancel, pause or resume an action execution."""
    return client.call(
        _UPDATE,
        {"action_execution_id": action_execution_id},
        model=ActionExecution,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    action_execution_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a finished action execution that no task ran: only where the server allows it
    (api.allow_action_execution_deletion; else 403)."""
    return client.call(
        _DELETE,
        {"action_execution_id": action_execution_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> ActionExecution:
    """The one ActionExecution whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=ActionExecution,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    action_execution_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ActionExecution], None] | None = None,
) -> ActionExecution:
    """Poll get until the ActionExecution's state is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR or CANCELLED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"action_execution_id": action_execution_id},
        model=ActionExecution,
        field="state",
        wanted=status,
        failures=("ERROR", "CANCELLED"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    action_execution_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ActionExecution], None] | None = None,
) -> None:
    """Poll get until the ActionExecution is gone (404). Raises errors.WaitTimeout after
    ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"action_execution_id": action_execution_id},
        model=ActionExecution,
        field="state",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_action_executions(page: Page[Any]) -> builtins.list[ActionExecution]:
    """The ActionExecution items of a page (or of ``all_pages()``)."""
    return page.extract_as(ActionExecution)
