# Generated from workflow/v2/dynamic_actions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Dynamic actions: actions whose implementation is a class of a code source (a Python module
stored in Mistral). Usable in workflows and action executions by name like any action."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class DynamicAction(Model):
    """Dynamic actions: actions whose implementation is a class of a code source (a Python module
    stored in Mistral). Usable in workflows and action executions by name like any action."""

    id: str
    """The dynamic action's UUID (on update, give it or the name)."""

    name: str | Unset = UNSET
    """The action name (on update, names the action to change)."""

    namespace: str | Unset = UNSET
    """The namespace ("" by default)."""

    code_source_id: str | Unset = UNSET
    """The code source holding the class (or code_source_name)."""

    code_source_name: str | Unset = UNSET
    """The code source, by name."""

    class_name: str | Unset = UNSET
    """The class in the module."""

    project_id: str | Unset = UNSET
    """The owning project."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("namespace", "namespace", t.STRING),
        Field("code_source_id", "code_source_id", t.STRING),
        Field("code_source_name", "code_source_name", t.STRING),
        Field("class_name", "class_name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("scope", "scope", t.STRING, enum=("private", "public")),
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
    """A name, or a filter "op:value"."""

    tags: builtins.list[str] | Unset = UNSET
    """With these tags."""

    scope: str | Unset = UNSET
    """private or public."""

    project_id: str | Unset = UNSET
    """The owning project (with all_projects)."""

    created_at: str | Unset = UNSET
    """Filter on the creation time."""

    updated_at: str | Unset = UNSET
    """Filter on the update time."""

    all_projects: bool | Unset = UNSET
    """Every project's (admin only)."""

    namespace: str | Unset = UNSET
    """Only this namespace."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("name", "name", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("scope", "scope", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("all_projects", "all_projects", t.BOOLEAN, location="query"),
        Param("namespace", "namespace", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    namespace: str | Unset = UNSET
    """The namespace of one given by name."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The action name (on update, names the action to change)."""

    namespace: str | Unset = UNSET
    """The namespace ("" by default)."""

    code_source_id: str | Unset = UNSET
    """The code source holding the class (or code_source_name)."""

    code_source_name: str | Unset = UNSET
    """The code source, by name."""

    class_name: str = REQUIRED
    """The class in the module."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("namespace", "namespace", t.STRING),
        Param("code_source_id", "code_source_id", t.STRING),
        Param("code_source_name", "code_source_name", t.STRING),
        Param("class_name", "class_name", t.STRING, required=True),
        Param("scope", "scope", t.STRING, enum=("private", "public")),
    )


class UpdateOpts(Opts):
    """Options of update."""

    id: str | Unset = UNSET
    """The dynamic action's UUID (on update, give it or the name)."""

    name: str | Unset = UNSET
    """The action name (on update, names the action to change)."""

    namespace: str | Unset = UNSET
    """The namespace ("" by default)."""

    code_source_id: str | Unset = UNSET
    """The code source holding the class (or code_source_name)."""

    code_source_name: str | Unset = UNSET
    """The code source, by name."""

    class_name: str = REQUIRED
    """The class in the module."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING),
        Param("name", "name", t.STRING),
        Param("namespace", "namespace", t.STRING),
        Param("code_source_id", "code_source_id", t.STRING),
        Param("code_source_name", "code_source_name", t.STRING),
        Param("class_name", "class_name", t.STRING, required=True),
        Param("scope", "scope", t.STRING, enum=("private", "public")),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    namespace: str | Unset = UNSET
    """The namespace of one given by name."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, location="query"),
    )


_LIST = Operation(
    "dynamic_actions.list",
    "GET",
    "/dynamic_actions",
    ok=(200, 203),
    response_key="dynamic_actions",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "dynamic_actions.get",
    "GET",
    "/dynamic_actions/{dynamic_action_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "dynamic_actions.create",
    "POST",
    "/dynamic_actions",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "dynamic_actions.update",
    "PUT",
    "/dynamic_actions",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_DELETE = Operation(
    "dynamic_actions.delete",
    "DELETE",
    "/dynamic_actions/{dynamic_action_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[DynamicAction]:
    """List dynamic actions."""
    return client.pager(
        _LIST, None, model=DynamicAction, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    dynamic_action_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DynamicAction]:
    """Show a dynamic action by name or id."""
    return client.call(
        _GET,
        {"dynamic_action_id": dynamic_action_id},
        model=DynamicAction,
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
) -> Result[DynamicAction]:
    """Create a dynamic action from a class of a code source (given by id or name)."""
    return client.call(
        _CREATE, None, model=DynamicAction, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DynamicAction]:
    """Point a dynamic action (given by name or id in the options) at another class or code
    source."""
    return client.call(
        _UPDATE, None, model=DynamicAction, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    dynamic_action_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a dynamic action by name or id."""
    return client.call(
        _DELETE,
        {"dynamic_action_id": dynamic_action_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> DynamicAction:
    """The one DynamicAction whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=DynamicAction,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_dynamic_actions(page: Page[Any]) -> builtins.list[DynamicAction]:
    """The DynamicAction items of a page (or of ``all_pages()``)."""
    return page.extract_as(DynamicAction)
