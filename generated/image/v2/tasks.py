# Generated from image/v2/tasks.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An asynchronous Glance task. Interoperable imports and location imports run as tasks
(api_image_import, location_import) that images.list_tasks shows; the older tasks API (create,
list, get) is deprecated and, by default, reserved to administrators."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Task(Model):
    """An asynchronous Glance task. Interoperable imports and location imports run as tasks
    (api_image_import, location_import) that images.list_tasks shows; the older tasks API
    (create, list, get) is deprecated and, by default, reserved to administrators."""

    id: str
    """The task ID."""

    type: str | Unset = UNSET
    """import, api_image_import or location_import; only import can be created through this API."""

    status: Literal["pending", "processing", "success", "failure"] | Unset = UNSET

    input: dict[str, Any] | None | Unset = UNSET
    """The task's parameters; for import: import_from (a URL), import_from_format and
    image_properties (the new image's attributes)."""

    result: dict[str, Any] | None | Unset = UNSET
    """What the task produced (an import names the new image_id)."""

    owner: str | Unset = UNSET
    """The project that owns the task."""

    message: str | Unset = UNSET
    """Progress or failure details; may be ""."""

    image_id: str | Unset = UNSET
    """The image the task works on."""

    request_id: str | Unset = UNSET
    """The request that started the task."""

    user_id: str | Unset = UNSET
    """The user who started the task."""

    expires_at: datetime.datetime | None | Unset = UNSET
    """When Glance will remove the finished task."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    deleted_at: datetime.datetime | None | Unset = UNSET
    """Sent only in an image's task list (images.list_tasks)."""

    deleted: bool | Unset = UNSET
    """Sent only in an image's task list (images.list_tasks)."""

    self_link: str | Unset = UNSET
    """The path of the task."""

    schema: str | Unset = UNSET
    """The path of the task JSON schema."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("type", "type", t.STRING),
        Field("status", "status", t.STRING),
        Field("input", "input", t.ANY),
        Field("result", "result", t.ANY),
        Field("owner", "owner", t.STRING),
        Field("message", "message", t.STRING),
        Field("image_id", "image_id", t.STRING),
        Field("request_id", "request_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("expires_at", "expires_at", t.DATETIME),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted_at", "deleted_at", t.DATETIME),
        Field("deleted", "deleted", t.BOOLEAN),
        Field("self_link", "self", t.STRING),
        Field("schema", "schema", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    status: Literal["pending", "processing", "success", "failure"] | Unset = UNSET

    type: Literal["import"] | Unset = UNSET

    sort_key: str | Unset = UNSET
    """The attribute to sort by (default created_at)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET
    """The page size."""

    marker: str | Unset = UNSET
    """The ID of the last task of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status",
            "status",
            t.STRING,
            location="query",
            enum=("pending", "processing", "success", "failure"),
        ),
        Param("type", "type", t.STRING, location="query", enum=("import",)),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    type: str = REQUIRED
    """import, api_image_import or location_import; only import can be created through this API."""

    input: dict[str, Any] | None = REQUIRED
    """The task's parameters; for import: import_from (a URL), import_from_format and
    image_properties (the new image's attributes)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True),
        Param("input", "input", t.ANY, required=True, nullable=True),
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
_CREATE = Operation(
    "tasks.create",
    "POST",
    "/tasks",
    ok=(201,),
    request_kind="json",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Task]:
    """List tasks, newest first unless sorted otherwise. The items are summaries without input,
    result and message."""
    return client.pager(
        _LIST, None, model=Task, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    task_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Task]:
    """Show a task with its input, result and message."""
    return client.call(
        _GET, {"task_id": task_id}, model=Task, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Task]:
    """Start a task (the deprecated tasks import)."""
    return client.call(
        _CREATE, None, model=Task, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_tasks(page: Page[Any]) -> builtins.list[Task]:
    """The Task items of a page (or of ``all_pages()``)."""
    return page.extract_as(Task)
