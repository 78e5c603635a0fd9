# Generated from workflow/v2/cron_triggers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Cron triggers: start executions of a workflow on a cron schedule (UTC), from a first execution
time and/or for a number of times. They cannot be changed after creation: delete and create
again."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class CronTrigger(Model):
    """Cron triggers: start executions of a workflow on a cron schedule (UTC), from a first
    execution time and/or for a number of times. They cannot be changed after creation: delete
    and create again."""

    id: str
    """The trigger's UUID."""

    name: str | Unset = UNSET
    """Unique per project."""

    workflow_name: str | Unset = UNSET
    """The workflow to start (or workflow_id)."""

    workflow_id: str | Unset = UNSET
    """The workflow to start, by id."""

    workflow_input: Any | Unset = UNSET
    """The workflow's input (sent as an object, answered as JSON text)."""

    workflow_params: Any | Unset = UNSET
    """The execution params (sent as an object, answered as JSON text)."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    pattern: str | Unset = UNSET
    """A cron pattern, "0 3 * * *"."""

    remaining_executions: int | None | Unset = UNSET
    """How many more times it fires (none for unbounded)."""

    first_execution_time: str | None | Unset = UNSET
    """The first time it fires, "YYYY-MM-DD HH:MM" (UTC)."""

    next_execution_time: datetime.datetime | Unset = UNSET
    """The next time it fires."""

    project_id: str | Unset = UNSET
    """The owning project."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("workflow_name", "workflow_name", t.STRING),
        Field("workflow_id", "workflow_id", t.STRING),
        Field("workflow_input", "workflow_input", t.ANY),
        Field("workflow_params", "workflow_params", t.ANY),
        Field("scope", "scope", t.STRING, enum=("private", "public")),
        Field("pattern", "pattern", t.STRING),
        Field("remaining_executions", "remaining_executions", t.INTEGER),
        Field("first_execution_time", "first_execution_time", t.STRING),
        Field("next_execution_time", "next_execution_time", t.DATETIME),
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

    name: str | Unset = UNSET
    """A name, or a filter "op:value"."""

    workflow_name: str | Unset = UNSET
    """Triggers of this workflow."""

    workflow_id: str | Unset = UNSET
    """Triggers of this workflow id."""

    workflow_input: str | Unset = UNSET
    """Filter on the input text."""

    workflow_params: str | Unset = UNSET
    """Filter on the params text."""

    scope: str | Unset = UNSET
    """private or public."""

    pattern: str | Unset = UNSET
    """Filter on the pattern."""

    remaining_executions: int | Unset = UNSET
    """Filter on the remaining count."""

    first_execution_time: str | Unset = UNSET
    """Filter on the first execution time."""

    next_execution_time: str | Unset = UNSET
    """Filter on the next execution time."""

    created_at: str | Unset = UNSET
    """Filter on the creation time."""

    updated_at: str | Unset = UNSET
    """Filter on the update time."""

    project_id: str | Unset = UNSET
    """The owning project (with all_projects)."""

    all_projects: bool | Unset = UNSET
    """Every project's triggers (admin only)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("name", "name", t.STRING, location="query"),
        Param("workflow_name", "workflow_name", t.STRING, location="query"),
        Param("workflow_id", "workflow_id", t.STRING, location="query"),
        Param("workflow_input", "workflow_input", t.STRING, location="query"),
        Param("workflow_params", "workflow_params", t.STRING, location="query"),
        Param("scope", "scope", t.STRING, location="query"),
        Param("pattern", "pattern", t.STRING, location="query"),
        Param("remaining_executions", "remaining_executions", t.INTEGER, location="query"),
        Param("first_execution_time", "first_execution_time", t.STRING, location="query"),
        Param("next_execution_time", "next_execution_time", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("all_projects", "all_projects", t.BOOLEAN, location="query"),
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
    """Unique per project."""

    workflow_name: str | Unset = UNSET
    """The workflow to start (or workflow_id)."""

    workflow_id: str | Unset = UNSET
    """The workflow to start, by id."""

    workflow_input: Any | Unset = UNSET
    """The workflow's input (sent as an object, answered as JSON text)."""

    workflow_params: Any | Unset = UNSET
    """The execution params (sent as an object, answered as JSON text)."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    pattern: str | Unset = UNSET
    """A cron pattern, "0 3 * * *"."""

    remaining_executions: int | None | Unset = UNSET
    """How many more times it fires (none for unbounded)."""

    first_execution_time: str | None | Unset = UNSET
    """The first time it fires, "YYYY-MM-DD HH:MM" (UTC)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("workflow_name", "workflow_name", t.STRING),
        Param("workflow_id", "workflow_id", t.STRING),
        Param("workflow_input", "workflow_input", t.ANY),
        Param("workflow_params", "workflow_params", t.ANY),
        Param("scope", "scope", t.STRING, enum=("private", "public")),
        Param("pattern", "pattern", t.STRING),
        Param("remaining_executions", "remaining_executions", t.INTEGER, nullable=True),
        Param("first_execution_time", "first_execution_time", t.STRING, nullable=True),
    )


_LIST = Operation(
    "cron_triggers.list",
    "GET",
    "/cron_triggers",
    ok=(200, 203),
    response_key="cron_triggers",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "cron_triggers.get",
    "GET",
    "/cron_triggers/{cron_trigger_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "cron_triggers.create",
    "POST",
    "/cron_triggers",
    ok=(201,),
    request_kind="json",
)
_DELETE = Operation(
    "cron_triggers.delete",
    "DELETE",
    "/cron_triggers/{cron_trigger_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[CronTrigger]:
    """List cron triggers."""
    return client.pager(
        _LIST, None, model=CronTrigger, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    cron_trigger_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[CronTrigger]:
    """Show a cron trigger by name or id."""
    return client.call(
        _GET,
        {"cron_trigger_id": cron_trigger_id},
        model=CronTrigger,
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
) -> Result[CronTrigger]:
    """Create a cron trigger: a pattern, a first execution time, or both (400 for neither or a
    bad pattern; 409 for a name that exists)."""
    return client.call(
        _CREATE, None, model=CronTrigger, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    cron_trigger_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a cron trigger by name or id."""
    return client.call(
        _DELETE, {"cron_trigger_id": cron_trigger_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> CronTrigger:
    """The one CronTrigger whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=CronTrigger,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_cron_triggers(page: Page[Any]) -> builtins.list[CronTrigger]:
    """The CronTrigger items of a page (or of ``all_pages()``)."""
    return page.extract_as(CronTrigger)
