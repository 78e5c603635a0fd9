# Generated from workflow/v2/tasks.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Task executions: one task of a workflow execution, with its state, result and published
variables. A task in ERROR can be run again (rerun: state RUNNING with reset) or skipped
(state SKIPPED) with update."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.workflow.v2.action_executions import ActionExecution as ActionExecution
from stacksdk.workflow.v2.executions import Execution as Execution


class Task(Model):
    """Task executions: one task of a workflow execution, with its state, result and published
    variables. A task in ERROR can be run again (rerun: state RUNNING with reset) or skipped
    (state SKIPPED) with update."""

    id: str
    """The task execution's UUID."""

    name: str | Unset = UNSET
    """The task's name in the workflow (on update, checked against it)."""

    type: str | Unset = UNSET
    """ACTION or WORKFLOW."""

    workflow_name: str | Unset = UNSET
    """The workflow (on update, checked against it)."""

    workflow_namespace: str | Unset = UNSET
    """The workflow's namespace."""

    workflow_id: str | Unset = UNSET
    """The workflow's id."""

    workflow_execution_id: str | Unset = UNSET
    """The workflow execution it belongs to."""

    tags: builtins.list[str] | None | Unset = UNSET
    """Tags of the task."""

    state: (
        Literal[
            "IDLE",
            "WAITING",
            "RUNNING",
            "RUNNING_DELAYED",
            "PAUSED",
            "SUCCESS",
            "CANCELLED",
            "ERROR",
            "SKIPPED",
        ]
        | Unset
    ) = UNSET
    """The state; on update RUNNING (rerun) or SKIPPED, for a task in ERROR only."""

    state_info: str | None | Unset = UNSET
    """Why it is in this state."""

    project_id: str | Unset = UNSET
    """The owning project."""

    runtime_context: Any | Unset = UNSET
    """Engine bookkeeping (JSON text)."""

    result: str | None | Unset = UNSET
    """The result as JSON text (single task reads only)."""

    published: Any | Unset = UNSET
    """The variables the task published (JSON text)."""

    published_global: Any | Unset = UNSET
    """The variables it published globally (JSON text)."""

    processed: bool | Unset = UNSET
    """Whether the engine has handled its completion."""

    reset: bool | Unset = UNSET
    """On rerun: start its actions over (true; required except for with-items tasks)."""

    env: Any | Unset = UNSET
    """On rerun, a new environment (an object)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    started_at: datetime.datetime | None | Unset = UNSET
    """When it started."""

    finished_at: datetime.datetime | None | Unset = UNSET
    """When it finished."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("workflow_name", "workflow_name", t.STRING),
        Field("workflow_namespace", "workflow_namespace", t.STRING),
        Field("workflow_id", "workflow_id", t.STRING),
        Field("workflow_execution_id", "workflow_execution_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field(
            "state",
            "state",
            t.STRING,
            enum=(
                "IDLE",
                "WAITING",
                "RUNNING",
                "RUNNING_DELAYED",
                "PAUSED",
                "SUCCESS",
                "CANCELLED",
                "ERROR",
                "SKIPPED",
            ),
        ),
        Field("state_info", "state_info", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("runtime_context", "runtime_context", t.ANY),
        Field("result", "result", t.STRING),
        Field("published", "published", t.ANY),
        Field("published_global", "published_global", t.ANY),
        Field("processed", "processed", t.BOOLEAN),
        Field("reset", "reset", t.BOOLEAN),
        Field("env", "env", t.ANY),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("started_at", "started_at", t.DATETIME),
        Field("finished_at", "finished_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """The id of the last task of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys (default created_at)."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    name: str | Unset = UNSET
    """A name, or a filter "op:value"."""

    workflow_name: str | Unset = UNSET
    """Tasks of this workflow."""

    workflow_id: str | Unset = UNSET
    """Tasks of this workflow id."""

    workflow_execution_id: str | Unset = UNSET
    """Tasks of this execution."""

    tags: builtins.list[str] | Unset = UNSET
    """Tasks with these tags."""

    state: str | Unset = UNSET
    """A state, or a filter "op:value"."""

    state_info: str | Unset = UNSET
    """Filter on the state info."""

    result: str | Unset = UNSET
    """Filter on the result."""

    published: str | Unset = UNSET
    """Filter on the published variables."""

    processed: bool | Unset = UNSET
    """Filter on processed."""

    created_at: str | Unset = UNSET
    """Filter on the creation time."""

    updated_at: str | Unset = UNSET
    """Filter on the update time."""

    reset: bool | Unset = UNSET
    """Filter on reset."""

    env: str | Unset = UNSET
    """Filter on the environment."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("name", "name", t.STRING, location="query"),
        Param("workflow_name", "workflow_name", t.STRING, location="query"),
        Param("workflow_id", "workflow_id", t.STRING, location="query"),
        Param("workflow_execution_id", "workflow_execution_id", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("state", "state", t.STRING, location="query"),
        Param("state_info", "state_info", t.STRING, location="query"),
        Param("result", "result", t.STRING, location="query"),
        Param("published", "published", t.STRING, location="query"),
        Param("processed", "processed", t.BOOLEAN, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("reset", "reset", t.BOOLEAN, location="query"),
        Param("env", "env", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The task's name in the workflow (on update, checked against it)."""

    workflow_name: str | Unset = UNSET
    """The workflow (on update, checked against it)."""

    state: Literal[
        "IDLE",
        "WAITING",
        "RUNNING",
        "RUNNING_DELAYED",
        "PAUSED",
        "SUCCESS",
        "CANCELLED",
        "ERROR",
        "SKIPPED",
    ] = REQUIRED
    """The state; on update RUNNING (rerun) or SKIPPED, for a task in ERROR only."""

    reset: bool | Unset = UNSET
    """On rerun: start its actions over (true; required except for with-items tasks)."""

    env: Any | Unset = UNSET
    """On rerun, a new environment (an object)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("workflow_name", "workflow_name", t.STRING),
        Param(
            "state",
            "state",
            t.STRING,
            required=True,
            enum=(
                "IDLE",
                "WAITING",
                "RUNNING",
                "RUNNING_DELAYED",
                "PAUSED",
                "SUCCESS",
                "CANCELLED",
                "ERROR",
                "SKIPPED",
            ),
        ),
        Param("reset", "reset", t.BOOLEAN),
        Param("env", "env", t.ANY),
    )


class ListActionExecutionsOpts(Opts):
    """Options of list_action_executions."""

    marker: str | Unset = UNSET
    """The id of the last one of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    state: str | Unset = UNSET
    """Filter on the state."""

    include_output: bool | Unset = UNSET
    """Send their outputs too."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("state", "state", t.STRING, location="query"),
        Param("include_output", "include_output", t.BOOLEAN, location="query"),
    )


class ListWorkflowExecutionsOpts(Opts):
    """Options of list_workflow_executions."""

    marker: str | Unset = UNSET
    """The id of the last one of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    state: str | Unset = UNSET
    """Filter on the state."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("state", "state", t.STRING, location="query"),
    )


class ListSubExecutionsOpts(Opts):
    """Options of list_sub_executions."""

    errors_only: bool | Unset = UNSET
    """Only executions in ERROR."""

    max_depth: int | Unset = UNSET
    """How deep to go (-1, the default, for all)."""

    include_output: bool | Unset = UNSET
    """Send their outputs too."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("errors_only", "errors_only", t.BOOLEAN, location="query"),
        Param("max_depth", "max_depth", t.INTEGER, location="query"),
        Param("include_output", "include_output", t.BOOLEAN, location="query"),
    )


class ListForExecutionOpts(Opts):
    """Options of list_for_execution."""

    marker: str | Unset = UNSET
    """The id of the last task of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    name: str | Unset = UNSET
    """Filter on the task name."""

    state: str | Unset = UNSET
    """Filter on the state."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("name", "name", t.STRING, location="query"),
        Param("state", "state", t.STRING, location="query"),
    )


_LIST = Operation(
    "tasks.list",
    "GET",
    "/tasks",
    ok=(200, 203),
    response_key="tasks",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "tasks.get",
    "GET",
    "/tasks/{task_id}",
    ok=(200, 203),
)
_UPDATE = Operation(
    "tasks.update",
    "PUT",
    "/tasks/{task_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_LIST_ACTION_EXECUTIONS = Operation(
    "tasks.list_action_executions",
    "GET",
    "/tasks/{task_id}/action_executions",
    ok=(200, 203),
    response_key="action_executions",
    paging=Paging("linked", next="next"),
)
_LIST_WORKFLOW_EXECUTIONS = Operation(
    "tasks.list_workflow_executions",
    "GET",
    "/tasks/{task_id}/workflow_executions",
    ok=(200, 203),
    response_key="executions",
    paging=Paging("linked", next="next"),
)
_LIST_SUB_EXECUTIONS = Operation(
    "tasks.list_sub_executions",
    "GET",
    "/tasks/{task_id}/executions",
    ok=(200, 203),
    response_kind="list",
    response_key="executions",
)
_LIST_FOR_EXECUTION = Operation(
    "tasks.list_for_execution",
    "GET",
    "/executions/{execution_id}/tasks",
    ok=(200, 203),
    response_key="tasks",
    paging=Paging("linked", next="next"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Task]:
    """List task executions (results left out)."""
    return client.pager(
        _LIST, None, model=Task, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    task_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Task]:
    """Show a task execution with its result."""
    return client.call(
        _GET,
        {"task_id": task_id},
        model=Task,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    task_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Task]:
    """Rerun (state RUNNING, with reset) or skip (SKIPPED) a task in ERROR; its workflow
    execution resumes. 400 for a task in another state."""
    return client.call(
        _UPDATE,
        {"task_id": task_id},
        model=Task,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_action_executions(
    client: ServiceClient,
    task_id: str,
    opts: ListActionExecutionsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ActionExecution]:
    """The action executions a task ran."""
    return client.pager(
        _LIST_ACTION_EXECUTIONS,
        {"task_id": task_id},
        model=ActionExecution,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_workflow_executions(
    client: ServiceClient,
    task_id: str,
    opts: ListWorkflowExecutionsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Execution]:
    """The sub-workflow executions a task started."""
    return client.pager(
        _LIST_WORKFLOW_EXECUTIONS,
        {"task_id": task_id},
        model=Execution,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_sub_executions(
    client: ServiceClient,
    task_id: str,
    opts: ListSubExecutionsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Execution]]:
    """Every workflow execution below a task, flattened."""
    return client.call(
        _LIST_SUB_EXECUTIONS,
        {"task_id": task_id},
        model=Execution,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_for_execution(
    client: ServiceClient,
    execution_id: str,
    opts: ListForExecutionOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Task]:
    """The task executions of one workflow execution."""
    return client.pager(
        _LIST_FOR_EXECUTION,
        {"execution_id": execution_id},
        model=Task,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Task:
    """The one Task whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Task,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    task_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Task], None] | None = None,
) -> Task:
    """Poll get until the Task's state is ``status`` (one of several, if a list; compared without
    case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR or CANCELLED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"task_id": task_id},
        model=Task,
        field="state",
        wanted=status,
        failures=("ERROR", "CANCELLED"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    task_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Task], None] | None = None,
) -> None:
    """Poll get until the Task is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"task_id": task_id},
        model=Task,
        field="state",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_tasks(page: Page[Any]) -> builtins.list[Task]:
    """The Task items of a page (or of ``all_pages()``)."""
    return page.extract_as(Task)
