# Generated from workflow/v2/actions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Actions: the system ones Mistral ships (std.echo, std.http, std.fail, ...) and ad-hoc ones a
project defines in the workflow language (YAML text) on top of another action. Known by name
(or id) within a namespace."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, BinaryData, Field, Model, Operation, Opts, Page, Pager
from stacksdk.runtime import Paging, Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.workflow.v2.workflows import Validation as Validation


class Action(Model):
    """Actions: the system ones Mistral ships (std.echo, std.http, std.fail, ...) and ad-hoc ones
    a project defines in the workflow language (YAML text) on top of another action. Known by
    name (or id) within a namespace."""

    id: str
    """The action's id (a system action's id is its name)."""

    name: str | Unset = UNSET
    """The action's name."""

    namespace: str | Unset = UNSET
    """The namespace ("" by default)."""

    is_system: bool | Unset = UNSET
    """Whether Mistral ships it."""

    input: str | Unset = UNSET
    """The input parameters as text, "output, delay=0"."""

    description: str | None | Unset = UNSET
    """What it does."""

    tags: builtins.list[str] | None | Unset = UNSET
    """Tags from the definition."""

    definition: str | Unset = UNSET
    """The ad-hoc definition text ("" for system actions)."""

    scope: str | None | Unset = UNSET
    """private or public (null for system actions)."""

    project_id: str | None | Unset = UNSET
    """The owning project."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created ("" for system actions)."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("namespace", "namespace", t.STRING),
        Field("is_system", "is_system", t.BOOLEAN),
        Field("input", "input", t.STRING),
        Field("description", "description", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("definition", "definition", t.STRING),
        Field("scope", "scope", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """The id of the last action of the previous page."""

    limit: int | Unset = UNSET
    """Page size."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """Sort keys (default name)."""

    sort_dirs: builtins.list[str] | Unset = UNSET
    """asc or desc per sort key."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    name: str | Unset = UNSET
    """A name, or a filter "op:value"."""

    scope: str | Unset = UNSET
    """private or public."""

    tags: builtins.list[str] | Unset = UNSET
    """Actions with these tags."""

    description: str | Unset = UNSET
    """Filter on the description."""

    definition: str | Unset = UNSET
    """Filter on the definition."""

    is_system: bool | Unset = UNSET
    """System actions only, or ad-hoc ones only."""

    input: str | Unset = UNSET
    """Filter on the input text."""

    created_at: str | Unset = UNSET
    """Filter on the creation time."""

    updated_at: str | Unset = UNSET
    """Filter on the update time."""

    namespace: str | Unset = UNSET
    """Only this namespace."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("name", "name", t.STRING, location="query"),
        Param("scope", "scope", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("description", "description", t.STRING, location="query"),
        Param("definition", "definition", t.STRING, location="query"),
        Param("is_system", "is_system", t.BOOLEAN, location="query"),
        Param("input", "input", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("namespace", "namespace", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete."""

    namespace: str | Unset = UNSET
    """The namespace of an action given by name."""

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

    _params: ClassVar[tuple[Param, ...]] = (
        Param("accept", "Accept", t.STRING, location="header", required=True, enum=("text/plain",)),
        Param("namespace", "namespace", t.STRING, location="query"),
        Param("scope", "scope", t.STRING, location="query", enum=("private", "public")),
    )


DeleteOpts = GetOpts
UpdateFromDefinitionOpts = CreateFromDefinitionOpts
UpdateDefinitionOpts = CreateFromDefinitionOpts

_LIST = Operation(
    "actions.list",
    "GET",
    "/actions",
    ok=(200, 203),
    response_key="actions",
    paging=Paging("single"),
)
_GET = Operation(
    "actions.get",
    "GET",
    "/actions/{action_id}",
    ok=(200, 203),
)
_DELETE = Operation(
    "actions.delete",
    "DELETE",
    "/actions/{action_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_FROM_DEFINITION = Operation(
    "actions.create_from_definition",
    "POST",
    "/actions",
    ok=(201,),
    request_kind="binary",
    content_type="text/plain",
    response_kind="list",
    response_key="actions",
)
_UPDATE_FROM_DEFINITION = Operation(
    "actions.update_from_definition",
    "PUT",
    "/actions",
    ok=(200,),
    request_kind="binary",
    content_type="text/plain",
    response_kind="list",
    response_key="actions",
)
_UPDATE_DEFINITION = Operation(
    "actions.update_definition",
    "PUT",
    "/actions/{action_id}",
    ok=(200,),
    request_kind="binary",
    content_type="text/plain",
    response_kind="list",
    response_key="actions",
)
_VALIDATE = Operation(
    "actions.validate",
    "POST",
    "/actions/validate",
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
) -> Pager[Action]:
    """List the actions the project sees, system actions included, in one page. Mistral 23 cannot
    page this listing: limit only truncates it, and the "next" link it sends leads to an empty
    page (the marker is looked up among the first page's actions only), so the listing is read
    whole."""
    return client.pager(
        _LIST, None, model=Action, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    action_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Action]:
    """Show an action by name or id."""
    return client.call(
        _GET,
        {"action_id": action_id},
        model=Action,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    action_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an ad-hoc action by name or id (system actions cannot be deleted)."""
    return client.call(
        _DELETE, {"action_id": action_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def create_from_definition(
    client: ServiceClient,
    data: BinaryData,
    opts: CreateFromDefinitionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Action]]:
    """Create every ad-hoc action of a definition text (``data``: the YAML, bytes). Returns the
    actions created; 409 for a name that exists."""
    return client.call(
        _CREATE_FROM_DEFINITION,
        None,
        model=Action,
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
) -> Result[builtins.list[Action]]:
    """Replace the ad-hoc actions the text defines (matched by name)."""
    return client.call(
        _UPDATE_FROM_DEFINITION,
        None,
        model=Action,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def update_definition(
    client: ServiceClient,
    action_id: str,
    data: BinaryData,
    opts: UpdateDefinitionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Action]]:
    """Replace one ad-hoc action, given by name or id (the text must define exactly that action).
    Returns the actions updated."""
    return client.call(
        _UPDATE_DEFINITION,
        {"action_id": action_id},
        model=Action,
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
    """Check an ad-hoc action definition text without storing it."""
    return client.call(
        _VALIDATE, None, model=Validation, data=data, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Action:
    """The one Action whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Action,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_actions(page: Page[Any]) -> builtins.list[Action]:
    """The Action items of a page (or of ``all_pages()``)."""
    return page.extract_as(Action)
