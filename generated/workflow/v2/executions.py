# Generated from workflow/v2/executions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Workflow executions: one run of a workflow with its input. The engine runs it in the
background; its state goes from RUNNING to SUCCESS or ERROR (or PAUSED, CANCELLED when asked).
input, output and params are sent as JSON objects and answered as JSON text; a listing leaves
output out unless include_output is set."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ReportStatistics(Model):
    """Counts of the tasks of an execution tree by state."""

    total_tasks_count: int | Unset = UNSET
    """Every task."""

    running_tasks_count: int | Unset = UNSET
    """Running tasks."""

    success_tasks_count: int | Unset = UNSET
    """Succeeded tasks."""

    error_tasks_count: int | Unset = UNSET
    """Failed tasks."""

    idle_tasks_count: int | Unset = UNSET
    """Tasks not started."""

    paused_tasks_count: int | Unset = UNSET
    """Paused tasks."""

    estimated_time: int | Unset = UNSET
    """Seconds left by an estimate from earlier executions (-1 when unknown)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("total_tasks_count", "total_tasks_count", t.INTEGER),
        Field("running_tasks_count", "running_tasks_count", t.INTEGER),
        Field("success_tasks_count", "success_tasks_count", t.INTEGER),
        Field("error_tasks_count", "error_tasks_count", t.INTEGER),
        Field("idle_tasks_count", "idle_tasks_count", t.INTEGER),
        Field("paused_tasks_count", "paused_tasks_count", t.INTEGER),
        Field("estimated_time", "estimated_time", t.INTEGER),
    )


class Report(Model):
    """A report of an execution tree."""

    statistics: ReportStatistics | Unset = UNSET
    """Task counts."""

    root_workflow_execution: dict[str, Any] | Unset = UNSET
    """The execution (id, name, state, state_info, created_at, updated_at) with its
    task_executions, each with its action_executions and workflow_executions, nested as deep
    as max_depth."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("statistics", "statistics", t.model(ReportStatistics)),
        Field("root_workflow_execution", "root_workflow_execution", t.map_of(t.ANY)),
    )


class Execution(Model):
    """Workflow executions: one run of a workflow with its input. The engine runs it in the
    background; its state goes from RUNNING to SUCCESS or ERROR (or PAUSED, CANCELLED when
    asked). input, output and params are sent as JSON objects and answered as JSON text; a
    listing leaves output out unless include_output is set."""

    id: str
    """The execution's UUID; given on create, an existing execution of that id is returned
    (idempotent create)."""

    workflow_id: str | Unset = UNSET
    """The workflow run (give it, or workflow_name)."""

    workflow_name: str | Unset = UNSET
    """The workflow run, by name."""

    workflow_namespace: str | Unset = UNSET
    """The namespace of the workflow given by name."""

    description: str | None | Unset = UNSET
    """Free text; updated on its own, never with state."""

    tags: builtins.list[str] | None | Unset = UNSET
    """Tags of the workflow."""

    params: Any | Unset = UNSET
    """Execution parameters, an object: env (variables or an environment's name), namespace,
    task_name (reverse workflows), notify... Answered as JSON text. On update, params.env
    replaces the environment."""

    task_execution_id: str | None | Unset = UNSET
    """The parent task of a sub-workflow execution."""

    root_execution_id: str | None | Unset = UNSET
    """The top execution of a tree of sub-workflows."""

    source_execution_id: str | Unset = UNSET
    """Create only, to run again with another execution's workflow, input and params (what is
    given overrides them)."""

    state: Literal["IDLE", "RUNNING", "SUCCESS", "ERROR", "PAUSED", "CANCELLED"] | Unset = UNSET
    """The state. On update: PAUSED pauses, RUNNING resumes, SUCCESS, ERROR or CANCELLED stop the
    execution for good."""

    state_info: str | None | Unset = UNSET
    """Why it is in this state (an error message); on update, the message for a stop."""

    input: Any | Unset = UNSET
    """The workflow input (an object; answered as JSON text)."""

    output: Any | Unset = UNSET
    """The workflow output (JSON text; in listings only with include_output)."""

    published_global: Any | Unset = UNSET
    """Variables published globally (JSON text), where sent."""

    project_id: str | Unset = UNSET
    """The owning project."""

    created_at: datetime.datetime | Unset = UNSET
    """When it started."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("workflow_id", "workflow_id", t.STRING),
        Field("workflow_name", "workflow_name", t.STRING),
        Field("workflow_namespace", "workflow_namespace", t.STRING),
        Field("description", "description", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("params", "params", t.ANY),
        Field("task_execution_id", "task_execution_id", t.STRING),
        Field("root_execution_id", "root_execution_id", t.STRING),
        Field("source_execution_id", "source_execution_id", t.STRING),
        Field(
            "state",
            "state",
            t.STRING,
            enum=("IDLE", "RUNNING", "SUCCESS", "ERROR", "PAUSED", "CANCELLED"),
        ),
        Field("state_info", "state_info", t.STRING),
        Field("input", "input", t.ANY),
        Field("output", "output", t.ANY),
        Field("published_global", "published_global", t.ANY),
        Field("project_id", "project_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """The id of the last execution of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys (default created_at)."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    workflow_name: str | Unset = UNSET
    """Executions of this workflow (or a filter "op:value")."""

    workflow_id: str | Unset = UNSET
    """Executions of this workflow id."""

    description: str | Unset = UNSET
    """Filter on the description."""

    tags: builtins.list[str] | Unset = UNSET
    """Executions with these tags."""

    params: str | Unset = UNSET
    """Filter on the params text."""

    task_execution_id: str | Unset = UNSET
    """Sub-workflow executions of this task."""

    root_execution_id: str | Unset = UNSET
    """Executions under this root."""

    state: str | Unset = UNSET
    """A state, or a filter such as "in:ERROR,CANCELLED"."""

    state_info: str | Unset = UNSET
    """Filter on the state info."""

    input: str | Unset = UNSET
    """Filter on the input text."""

    output: str | Unset = UNSET
    """Filter on the output text."""

    created_at: str | Unset = UNSET
    """Filter on the start time."""

    updated_at: str | Unset = UNSET
    """Filter on the update time."""

    include_output: bool | Unset = UNSET
    """Send each execution's output too."""

    project_id: str | Unset = UNSET
    """The owning project (with all_projects)."""

    all_projects: bool | Unset = UNSET
    """Every project's executions (admin only)."""

    nulls: builtins.list[str] | Unset = UNSET
    """Fields whose null values sort as the smallest."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("workflow_name", "workflow_name", t.STRING, location="query"),
        Param("workflow_id", "workflow_id", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("params", "params", t.STRING, location="query"),
        Param("task_execution_id", "task_execution_id", t.STRING, location="query"),
        Param("root_execution_id", "root_execution_id", t.STRING, location="query"),
        Param("state", "state", t.STRING, location="query"),
        Param("state_info", "state_info", t.STRING, location="query"),
        Param("input", "input", t.STRING, location="query"),
        Param("output", "output", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("include_output", "include_output", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("all_projects", "all_projects", t.BOOLEAN, location="query"),
        Param("nulls", "nulls", t.list_of(t.STRING), location="query", style="comma"),
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

    id: str | Unset = UNSET
    """The execution's UUID; given on create, an existing execution of that id is returned
    (idempotent create)."""

    workflow_id: str | Unset = UNSET
    """The workflow run (give it, or workflow_name)."""

    workflow_name: str | Unset = UNSET
    """The workflow run, by name."""

    workflow_namespace: str | Unset = UNSET
    """The namespace of the workflow given by name."""

    description: str | None | Unset = UNSET
    """Free text; updated on its own, never with state."""

    params: Any | Unset = UNSET
    """Execution parameters, an object: env (variables or an environment's name), namespace,
    task_name (reverse workflows), notify... Answered as JSON text. On update, params.env
    replaces the environment."""

    source_execution_id: str | Unset = UNSET
    """Create only, to run again with another execution's workflow, input and params (what is
    given overrides them)."""

    input: Any | Unset = UNSET
    """The workflow input (an object; answered as JSON text)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING),
        Param("workflow_id", "workflow_id", t.STRING),
        Param("workflow_name", "workflow_name", t.STRING),
        Param("workflow_namespace", "workflow_namespace", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("params", "params", t.ANY),
        Param("source_execution_id", "source_execution_id", t.STRING),
        Param("input", "input", t.ANY),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | None | Unset = UNSET
    """Free text; updated on its own, never with state."""

    params: Any | Unset = UNSET
    """Execution parameters, an object: env (variables or an environment's name), namespace,
    task_name (reverse workflows), notify... Answered as JSON text. On update, params.env
    replaces the environment."""

    state: Literal["IDLE", "RUNNING", "SUCCESS", "ERROR", "PAUSED", "CANCELLED"] | Unset = UNSET
    """The state. On update: PAUSED pauses, RUNNING resumes, SUCCESS, ERROR or CANCELLED stop the
    execution for good."""

    state_info: str | None | Unset = UNSET
    """Why it is in this state (an error message); on update, the message for a stop."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING, nullable=True),
        Param("params", "params", t.ANY),
        Param(
            "state",
            "state",
            t.STRING,
            enum=("IDLE", "RUNNING", "SUCCESS", "ERROR", "PAUSED", "CANCELLED"),
        ),
        Param("state_info", "state_info", t.STRING, nullable=True),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    force: bool | Unset = UNSET
    """Delete even if it is still running."""

    _params: ClassVar[tuple[Param, ...]] = (Param("force", "force", t.BOOLEAN, location="query"),)


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


class ReportOpts(Opts):
    """Options of report."""

    errors_only: bool | Unset = UNSET
    """Only the failed branches."""

    max_depth: int | Unset = UNSET
    """How deep to go (-1, the default, for all)."""

    statistics_only: bool | Unset = UNSET
    """Only the statistics."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("errors_only", "errors_only", t.BOOLEAN, location="query"),
        Param("max_depth", "max_depth", t.INTEGER, location="query"),
        Param("statistics_only", "statistics_only", t.BOOLEAN, location="query"),
    )


_LIST = Operation(
    "executions.list",
    "GET",
    "/executions",
    ok=(200, 203),
    response_key="executions",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "executions.get",
    "GET",
    "/executions/{execution_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "executions.create",
    "POST",
    "/executions",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "executions.update",
    "PUT",
    "/executions/{execution_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_DELETE = Operation(
    "executions.delete",
    "DELETE",
    "/executions/{execution_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_SUB_EXECUTIONS = Operation(
    "executions.list_sub_executions",
    "GET",
    "/executions/{execution_id}/executions",
    ok=(200, 203),
    response_kind="list",
    response_key="executions",
)
_REPORT = Operation(
    "executions.report",
    "GET",
    "/executions/{execution_id}/report",
    ok=(200, 203),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Execution]:
    """List workflow executions."""
    return client.pager(
        _LIST, None, model=Execution, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    execution_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Execution]:
    """Show an execution with its output."""
    return client.call(
        _GET,
        {"execution_id": execution_id},
        model=Execution,
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
) -> Result[Execution]:
    """Start a workflow (by workflow_id or workflow_name) with its input and params; the
    execution comes back RUNNING (or already finished for a short workflow). 400 for missing
    input, 404 for an unknown workflow."""
    return client.call(
        _CREATE, None, model=Execution, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    execution_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Execution]:
    """Change the state (pause, resume, stop), the description or the environment (params.env) of
    an execution: one kind of change per call."""
    return client.call(
        _UPDATE,
        {"execution_id": execution_id},
        model=Execution,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    execution_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an execution (403 while it runs, unless force)."""
    return client.call(
        _DELETE,
        {"execution_id": execution_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_sub_executions(
    client: ServiceClient,
    execution_id: str,
    opts: ListSubExecutionsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Execution]]:
    """The execution and every execution below it (sub-workflows), flattened."""
    return client.call(
        _LIST_SUB_EXECUTIONS,
        {"execution_id": execution_id},
        model=Execution,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def report(
    client: ServiceClient,
    execution_id: str,
    opts: ReportOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Report]:
    """A report of the execution tree: task counts by state and the nested executions, tasks and
    actions."""
    return client.call(
        _REPORT,
        {"execution_id": execution_id},
        model=Report,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def wait_for_status(
    client: ServiceClient,
    execution_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Execution], None] | None = None,
) -> Execution:
    """Poll get until the Execution's state is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR or CANCELLED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"execution_id": execution_id},
        model=Execution,
        field="state",
        wanted=status,
        failures=("ERROR", "CANCELLED"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    execution_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Execution], None] | None = None,
) -> None:
    """Poll get until the Execution is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"execution_id": execution_id},
        model=Execution,
        field="state",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_executions(page: Page[Any]) -> builtins.list[Execution]:
    """The Execution items of a page (or of ``all_pages()``)."""
    return page.extract_as(Execution)
