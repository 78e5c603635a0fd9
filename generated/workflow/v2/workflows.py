# Generated from workflow/v2/workflows.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Workflow definitions. They are written in the Mistral workflow language (YAML text, possibly
several workflows in one text) and created or updated from that text; a definition lives in a
namespace (default "") and is private to its project or public. Get and delete take a name or
an id."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, BinaryData, Field, Model, Operation, Opts, Page, Pager
from stacksdk.runtime import Paging, Param, RequestTimeout, Result, ServiceClient, Unset


class Validation(Model):
    """The outcome of a validate call."""

    valid: bool | Unset = UNSET
    """Whether the text is a valid definition."""

    error: str | Unset = UNSET
    """Why it is not (the parser's message)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("valid", "valid", t.BOOLEAN),
        Field("error", "error", t.STRING),
    )


class Workflow(Model):
    """Workflow definitions. They are written in the Mistral workflow language (YAML text,
    possibly several workflows in one text) and created or updated from that text; a
    definition lives in a namespace (default "") and is private to its project or public. Get
    and delete take a name or an id."""

    id: str
    """The workflow's UUID."""

    name: str | Unset = UNSET
    """The name the definition gives it."""

    namespace: str | Unset = UNSET
    """The namespace ("" by default)."""

    input: str | Unset = UNSET
    """The input parameters as text, "a, b=1"."""

    interface: Any | Unset = UNSET
    """The input and output names, {"input": [...], "output": [...]}: an object after create or
    update, JSON text in reads and listings."""

    definition: str | Unset = UNSET
    """The workflow language text."""

    checksum: str | Unset = UNSET
    """The MD5 of the definition."""

    tags: builtins.list[str] | None | Unset = UNSET
    """Tags from the definition."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (the project only, or members it is shared with) or public."""

    project_id: str | Unset = UNSET
    """The owning project."""

    created_at: datetime.datetime | Unset = UNSET
    """When the definition was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("namespace", "namespace", t.STRING),
        Field("input", "input", t.STRING),
        Field("interface", "interface", t.ANY),
        Field("definition", "definition", t.STRING),
        Field("checksum", "checksum", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("scope", "scope", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """The id of the last workflow of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys (default created_at)."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields (id is always sent)."""

    name: str | Unset = UNSET
    """A name, or a filter "op:value" (eq, neq, in, nin, gt, gte, lt, lte, has)."""

    input: str | Unset = UNSET
    """Filter on the input text."""

    definition: str | Unset = UNSET
    """Filter on the definition text."""

    tags: builtins.list[str] | Unset = UNSET
    """Workflows with these tags."""

    scope: str | Unset = UNSET
    """private or public."""

    project_id: str | Unset = UNSET
    """The owning project (with all_projects)."""

    created_at: str | Unset = UNSET
    """Filter on the creation time."""

    updated_at: str | Unset = UNSET
    """Filter on the update time."""

    all_projects: bool | Unset = UNSET
    """Every project's workflows (admin only)."""

    namespace: str | Unset = UNSET
    """Only this namespace."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("name", "name", t.STRING, location="query"),
        Param("input", "input", t.STRING, location="query"),
        Param("definition", "definition", t.STRING, location="query"),
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
    """The namespace of a workflow given by name."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    namespace: str | Unset = UNSET
    """The namespace of a workflow given by name."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, location="query"),
    )


class CreateFromDefinitionOpts(Opts):
    """Options of create_from_definition. Also the options of update_from_definition and
    update_definition."""

    accept: Literal["text/plain"] = REQUIRED
    """Must be "text/plain": Mistral answers these calls (with JSON text) only to a client that
    accepts text/plain, else 406. The spec format has no constant request headers yet, so it
    is an option."""

    namespace: str | Unset = UNSET
    """The namespace to create them in."""

    scope: Literal["private", "public"] | Unset = UNSET
    """Default private."""

    skip_validation: bool | Unset = UNSET
    """Do not validate the workflow language."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("accept", "Accept", t.STRING, location="header", required=True, enum=("text/plain",)),
        Param("namespace", "namespace", t.STRING, location="query"),
        Param("scope", "scope", t.STRING, location="query", enum=("private", "public")),
        Param("skip_validation", "skip_validation", t.BOOLEAN, location="query", style="flag"),
    )


UpdateFromDefinitionOpts = CreateFromDefinitionOpts
UpdateDefinitionOpts = CreateFromDefinitionOpts

_LIST = Operation(
    "workflows.list",
    "GET",
    "/workflows",
    ok=(200, 203),
    response_key="workflows",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "workflows.get",
    "GET",
    "/workflows/{workflow_id}",
    ok=(200, 203),
)
_DELETE = Operation(
    "workflows.delete",
    "DELETE",
    "/workflows/{workflow_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_FROM_DEFINITION = Operation(
    "workflows.create_from_definition",
    "POST",
    "/workflows",
    ok=(201,),
    request_kind="binary",
    content_type="text/plain",
    response_kind="list",
    response_key="workflows",
)
_UPDATE_FROM_DEFINITION = Operation(
    "workflows.update_from_definition",
    "PUT",
    "/workflows",
    ok=(200,),
    request_kind="binary",
    content_type="text/plain",
    response_kind="list",
    response_key="workflows",
)
_UPDATE_DEFINITION = Operation(
    "workflows.update_definition",
    "PUT",
    "/workflows/{workflow_id}",
    ok=(200,),
    request_kind="binary",
    content_type="text/plain",
)
_VALIDATE = Operation(
    "workflows.validate",
    "POST",
    "/workflows/validate",
    ok=(200,),
    request_kind="binary",
    content_type="text/plain",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Workflow]:
    """List the workflows the project sees: its own, public ones and those shared with it and
    accepted."""
    return client.pager(
        _LIST, None, model=Workflow, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    workflow_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Workflow]:
    """Show a workflow by id or name."""
    return client.call(
        _GET,
        {"workflow_id": workflow_id},
        model=Workflow,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    workflow_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a workflow by id or name (409 while executions or cron triggers use it)."""
    return client.call(
        _DELETE, {"workflow_id": workflow_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def create_from_definition(
    client: ServiceClient,
    data: BinaryData,
    opts: CreateFromDefinitionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Workflow]]:
    """Create every workflow of a definition text (``data``: the YAML, bytes). Returns the
    workflows created; 409 if one exists already in the namespace, 400 with the parser's
    message for an invalid text."""
    return client.call(
        _CREATE_FROM_DEFINITION,
        None,
        model=Workflow,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def update_from_definition(
    client: ServiceClient,
    data: BinaryData,
    opts: UpdateFromDefinitionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Workflow]]:
    """Replace the definitions of every workflow the text defines (matched by name in the
    namespace; ``data``: the YAML). Returns the workflows updated."""
    return client.call(
        _UPDATE_FROM_DEFINITION,
        None,
        model=Workflow,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def update_definition(
    client: ServiceClient,
    workflow_id: str,
    data: BinaryData,
    opts: UpdateDefinitionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Workflow]:
    """Replace the definition of one workflow, given by id (the text must define exactly one
    workflow)."""
    return client.call(
        _UPDATE_DEFINITION,
        {"workflow_id": workflow_id},
        model=Workflow,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def validate(
    client: ServiceClient,
    data: BinaryData,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Validation]:
    """Check a workflow definition text without storing it: valid, or the parser's error."""
    return client.call(
        _VALIDATE, None, model=Validation, data=data, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Workflow:
    """The one Workflow whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Workflow,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_workflows(page: Page[Any]) -> builtins.list[Workflow]:
    """The Workflow items of a page (or of ``all_pages()``)."""
    return page.extract_as(Workflow)
