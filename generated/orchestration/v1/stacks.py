# Generated from orchestration/v1/stacks.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A stack: the resources a template describes, created, updated and deleted together by Heat's
engine. Create, update and delete are asynchronous (202): wait_for_status(client, name, id,
"CREATE_COMPLETE") or wait_for_delete()."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Output(Model):
    """One output of a stack."""

    output_key: str | Unset = UNSET

    output_value: Any | None | Unset = UNSET

    description: str | Unset = UNSET

    output_error: str | Unset = UNSET
    """Why the value could not be resolved."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("output_key", "output_key", t.STRING),
        Field("output_value", "output_value", t.ANY),
        Field("description", "description", t.STRING),
        Field("output_error", "output_error", t.STRING),
    )


class OutputEnvelope(Model):
    """{"output": {...}} of a single output."""

    output: Output | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (Field("output", "output", t.model(Output)),)


class StackRef(Model):
    """What create and adopt answer."""

    id: str | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class Snapshot(Model):
    """A snapshot of a stack's resources' data, to restore later."""

    id: str | Unset = UNSET

    name: str | None | Unset = UNSET

    stack_id: str | Unset = UNSET

    action: str | Unset = UNSET

    status: str | Unset = UNSET

    status_reason: str | None | Unset = UNSET

    creation_time: datetime.datetime | Unset = UNSET

    data: dict[str, Any] | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("stack_id", "stack_id", t.STRING),
        Field("action", "action", t.STRING),
        Field("status", "status", t.STRING),
        Field("status_reason", "status_reason", t.STRING),
        Field("creation_time", "creation_time", t.DATETIME),
        Field("data", "data", t.map_of(t.ANY)),
    )


class ResourceChange(Model):
    """What an update preview says happens to each resource."""

    added: builtins.list[dict[str, Any]] | Unset = UNSET

    deleted: builtins.list[dict[str, Any]] | Unset = UNSET

    replaced: builtins.list[dict[str, Any]] | Unset = UNSET

    unchanged: builtins.list[dict[str, Any]] | Unset = UNSET

    updated: builtins.list[dict[str, Any]] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("added", "added", t.list_of(t.map_of(t.ANY))),
        Field("deleted", "deleted", t.list_of(t.map_of(t.ANY))),
        Field("replaced", "replaced", t.list_of(t.map_of(t.ANY))),
        Field("unchanged", "unchanged", t.list_of(t.map_of(t.ANY))),
        Field("updated", "updated", t.list_of(t.map_of(t.ANY))),
    )


class Stack(Model):
    """A stack: the resources a template describes, created, updated and deleted together by
    Heat's engine. Create, update and delete are asynchronous (202): wait_for_status(client,
    name, id, "CREATE_COMPLETE") or wait_for_delete()."""

    id: str

    stack_name: str | Unset = UNSET
    """Unique per project; starts with a letter, then letters, digits, _, - and ."""

    description: str | Unset = UNSET
    """The template's description."""

    template_description: str | Unset = UNSET

    stack_status: str | Unset = UNSET
    """The action and its state, e.g. CREATE_COMPLETE, UPDATE_IN_PROGRESS, DELETE_FAILED."""

    stack_status_reason: str | Unset = UNSET

    creation_time: datetime.datetime | Unset = UNSET

    updated_time: datetime.datetime | None | Unset = UNSET

    deletion_time: datetime.datetime | None | Unset = UNSET

    stack_owner: str | None | Unset = UNSET
    """The user name of the stack's creator."""

    parent: str | None | Unset = UNSET
    """The id of the stack this one is nested in."""

    stack_user_project_id: str | None | Unset = UNSET

    project: str | Unset = UNSET
    """The owning project (listings with global_tenant=true)."""

    tags: builtins.list[str] | None | Unset = UNSET
    """Sent as a list; create and update take a comma-separated string."""

    capabilities: builtins.list[Any] | Unset = UNSET

    notification_topics: builtins.list[Any] | Unset = UNSET

    disable_rollback: bool | Unset = UNSET
    """Keep what was created when a create fails (default true)."""

    timeout_mins: int | None | Unset = UNSET
    """Minutes before a create or update fails."""

    parameters: dict[str, Any] | Unset = UNSET
    """Parameter values, with the pseudo parameters OS::stack_id, OS::stack_name and
    OS::project_id."""

    outputs: builtins.list[Output] | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    resources: builtins.list[dict[str, Any]] | Unset = UNSET
    """preview() only: the resources the stack would have (nested lists for nested stacks)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("stack_name", "stack_name", t.STRING),
        Field("description", "description", t.STRING),
        Field("template_description", "template_description", t.STRING),
        Field("stack_status", "stack_status", t.STRING),
        Field("stack_status_reason", "stack_status_reason", t.STRING),
        Field("creation_time", "creation_time", t.DATETIME),
        Field("updated_time", "updated_time", t.DATETIME),
        Field("deletion_time", "deletion_time", t.DATETIME),
        Field("stack_owner", "stack_owner", t.STRING),
        Field("parent", "parent", t.STRING),
        Field("stack_user_project_id", "stack_user_project_id", t.STRING),
        Field("project", "project", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("capabilities", "capabilities", t.list_of(t.ANY)),
        Field("notification_topics", "notification_topics", t.list_of(t.ANY)),
        Field("disable_rollback", "disable_rollback", t.BOOLEAN),
        Field("timeout_mins", "timeout_mins", t.INTEGER),
        Field("parameters", "parameters", t.map_of(t.ANY)),
        Field("outputs", "outputs", t.list_of(t.model(Output))),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("resources", "resources", t.list_of(t.map_of(t.ANY))),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    id: builtins.list[str] | Unset = UNSET
    """Only these stack ids."""

    stack_name: str | Unset = UNSET
    """Only the stack with this exact name."""

    status: builtins.list[str] | Unset = UNSET
    """Only stacks whose status is one of these (COMPLETE, FAILED, IN_PROGRESS: the state part)."""

    action: builtins.list[str] | Unset = UNSET
    """Only stacks whose last action is one of these (CREATE, UPDATE, ...)."""

    tenant: str | Unset = UNSET
    """Only stacks of this project (admin)."""

    username: str | Unset = UNSET

    owner_id: str | Unset = UNSET
    """Only the nested stacks of this parent stack."""

    tags: builtins.list[str] | Unset = UNSET
    """Stacks with all of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Stacks with any of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET

    not_tags_any: builtins.list[str] | Unset = UNSET

    show_deleted: bool | Unset = UNSET

    show_nested: bool | Unset = UNSET

    show_hidden: bool | Unset = UNSET

    global_tenant: bool | Unset = UNSET
    """Every project's stacks (admin)."""

    with_count: bool | Unset = UNSET
    """Add the number of matches (the page's total)."""

    sort_keys: builtins.list[str] | Unset = UNSET
    """stack_name, stack_status, creation_time or updated_time."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("stack_name", "name", t.STRING, location="query"),
        Param("status", "status", t.list_of(t.STRING), location="query"),
        Param("action", "action", t.list_of(t.STRING), location="query"),
        Param("tenant", "tenant", t.STRING, location="query"),
        Param("username", "username", t.STRING, location="query"),
        Param("owner_id", "owner_id", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags_any", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags", "not_tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not_tags_any", t.list_of(t.STRING), location="query", style="comma"),
        Param("show_deleted", "show_deleted", t.BOOLEAN, location="query"),
        Param("show_nested", "show_nested", t.BOOLEAN, location="query"),
        Param("show_hidden", "show_hidden", t.BOOLEAN, location="query"),
        Param("global_tenant", "global_tenant", t.BOOLEAN, location="query"),
        Param("with_count", "with_count", t.BOOLEAN, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of preview."""

    stack_name: str = REQUIRED
    """Unique per project; starts with a letter, then letters, digits, _, - and ."""

    disable_rollback: bool | Unset = UNSET
    """Keep what was created when a create fails (default true)."""

    timeout_mins: int | None | Unset = UNSET
    """Minutes before a create or update fails."""

    template: Any | Unset = UNSET
    """The template, as a mapping (HOT or CFN) or as text (JSON or YAML)."""

    template_url: str | Unset = UNSET
    """Where Heat fetches the template from (instead of template)."""

    files: dict[str, str] | Unset = UNSET
    """Files the template and environment refer to, by name (get_file, nested templates)."""

    parameters: dict[str, Any] | Unset = UNSET
    """Parameter values."""

    environment: dict[str, Any] | Unset = UNSET
    """The environment (parameters, parameter_defaults, resource_registry, ...)."""

    environment_files: builtins.list[str] | Unset = UNSET
    """Names of files (in files) to merge as environments, in order."""

    tags: str | Unset = UNSET
    """Comma-separated tags."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("stack_name", "stack_name", t.STRING, required=True),
        Param("disable_rollback", "disable_rollback", t.BOOLEAN),
        Param("timeout_mins", "timeout_mins", t.INTEGER, nullable=True),
        Param("template", "template", t.ANY),
        Param("template_url", "template_url", t.STRING),
        Param("files", "files", t.map_of(t.STRING)),
        Param("parameters", "parameters", t.map_of(t.ANY)),
        Param("environment", "environment", t.map_of(t.ANY)),
        Param("environment_files", "environment_files", t.list_of(t.STRING)),
        Param("tags", "tags", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update. Also the options of update_patch and preview_update and
    preview_update_patch."""

    disable_rollback: bool | Unset = UNSET
    """Keep what was created when a create fails (default true)."""

    timeout_mins: int | None | Unset = UNSET
    """Minutes before a create or update fails."""

    template: Any | Unset = UNSET

    template_url: str | Unset = UNSET

    files: dict[str, str] | Unset = UNSET

    parameters: dict[str, Any] | Unset = UNSET

    environment: dict[str, Any] | Unset = UNSET

    environment_files: builtins.list[str] | Unset = UNSET

    tags: str | Unset = UNSET

    clear_parameters: builtins.list[str] | Unset = UNSET
    """Parameters to reset to their defaults."""

    converge: bool | Unset = UNSET
    """Check each resource against reality during the update (observe and converge)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("disable_rollback", "disable_rollback", t.BOOLEAN),
        Param("timeout_mins", "timeout_mins", t.INTEGER, nullable=True),
        Param("template", "template", t.ANY),
        Param("template_url", "template_url", t.STRING),
        Param("files", "files", t.map_of(t.STRING)),
        Param("parameters", "parameters", t.map_of(t.ANY)),
        Param("environment", "environment", t.map_of(t.ANY)),
        Param("environment_files", "environment_files", t.list_of(t.STRING)),
        Param("tags", "tags", t.STRING),
        Param("clear_parameters", "clear_parameters", t.list_of(t.STRING)),
        Param("converge", "converge", t.BOOLEAN),
    )


class AdoptOpts(Opts):
    """Options of adopt."""

    stack_name: str = REQUIRED

    adopt_stack_data: str = REQUIRED
    """What abandon() answered, as JSON text (json.dumps of it)."""

    template: Any | Unset = UNSET

    template_url: str | Unset = UNSET

    files: dict[str, str] | Unset = UNSET

    parameters: dict[str, Any] | Unset = UNSET

    environment: dict[str, Any] | Unset = UNSET

    timeout_mins: int | Unset = UNSET

    disable_rollback: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("stack_name", "stack_name", t.STRING, required=True),
        Param("adopt_stack_data", "adopt_stack_data", t.STRING, required=True),
        Param("template", "template", t.ANY),
        Param("template_url", "template_url", t.STRING),
        Param("files", "files", t.map_of(t.STRING)),
        Param("parameters", "parameters", t.map_of(t.ANY)),
        Param("environment", "environment", t.map_of(t.ANY)),
        Param("timeout_mins", "timeout_mins", t.INTEGER),
        Param("disable_rollback", "disable_rollback", t.BOOLEAN),
    )


class CreateSnapshotOpts(Opts):
    """Options of create_snapshot."""

    name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (Param("name", "name", t.STRING),)


ListDetailOpts = ListOpts
UpdatePatchOpts = UpdateOpts
PreviewOpts = CreateOpts
PreviewUpdateOpts = UpdateOpts
PreviewUpdatePatchOpts = UpdateOpts

_LIST = Operation(
    "stacks.list",
    "GET",
    "/stacks",
    ok=(200, 203),
    response_key="stacks",
    paging=Paging("linked", count="count", next="links[rel=next].href"),
)
_GET = Operation(
    "stacks.get",
    "GET",
    "/stacks/{stack_name}/{stack_id}",
    ok=(200, 203),
    response_key="stack",
)
_CREATE = Operation(
    "stacks.create",
    "POST",
    "/stacks",
    ok=(201,),
    request_kind="json",
    response_key="stack",
)
_UPDATE = Operation(
    "stacks.update",
    "PUT",
    "/stacks/{stack_name}/{stack_id}",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_DELETE = Operation(
    "stacks.delete",
    "DELETE",
    "/stacks/{stack_name}/{stack_id}",
    ok=(204,),
    response_kind="empty",
)
_LOOKUP = Operation(
    "stacks.lookup",
    "GET",
    "/stacks/{stack_identity}",
    ok=(302,),
    response_kind="location",
)
_LIST_DETAIL = Operation(
    "stacks.list_detail",
    "GET",
    "/stacks/detail",
    ok=(200, 203),
    response_key="stacks",
    paging=Paging("linked", count="count", next="links[rel=next].href"),
)
_UPDATE_PATCH = Operation(
    "stacks.update_patch",
    "PATCH",
    "/stacks/{stack_name}/{stack_id}",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_PREVIEW = Operation(
    "stacks.preview",
    "POST",
    "/stacks/preview",
    ok=(200, 201, 202),
    request_kind="json",
    response_key="stack",
)
_PREVIEW_UPDATE = Operation(
    "stacks.preview_update",
    "PUT",
    "/stacks/{stack_name}/{stack_id}/preview",
    ok=(200, 201, 202, 204),
    request_kind="json",
    response_key="resource_changes",
)
_PREVIEW_UPDATE_PATCH = Operation(
    "stacks.preview_update_patch",
    "PATCH",
    "/stacks/{stack_name}/{stack_id}/preview",
    ok=(200, 202, 204),
    request_kind="json",
    response_key="resource_changes",
)
_ADOPT = Operation(
    "stacks.adopt",
    "POST",
    "/stacks",
    ok=(201,),
    request_kind="json",
    response_key="stack",
)
_ABANDON = Operation(
    "stacks.abandon",
    "DELETE",
    "/stacks/{stack_name}/{stack_id}/abandon",
    ok=(200,),
)
_EXPORT = Operation(
    "stacks.export",
    "GET",
    "/stacks/{stack_name}/{stack_id}/export",
    ok=(200, 203),
)
_GET_TEMPLATE = Operation(
    "stacks.get_template",
    "GET",
    "/stacks/{stack_name}/{stack_id}/template",
    ok=(200, 203),
)
_GET_ENVIRONMENT = Operation(
    "stacks.get_environment",
    "GET",
    "/stacks/{stack_name}/{stack_id}/environment",
    ok=(200, 203),
)
_GET_FILES = Operation(
    "stacks.get_files",
    "GET",
    "/stacks/{stack_name}/{stack_id}/files",
    ok=(200, 203),
)
_LIST_OUTPUTS = Operation(
    "stacks.list_outputs",
    "GET",
    "/stacks/{stack_name}/{stack_id}/outputs",
    ok=(200, 203),
    response_kind="list",
    response_key="outputs",
)
_GET_OUTPUT = Operation(
    "stacks.get_output",
    "GET",
    "/stacks/{stack_name}/{stack_id}/outputs/{output_key}",
    ok=(200, 203),
    response_key="output",
)
_SUSPEND = Operation(
    "stacks.suspend",
    "POST",
    "/stacks/{stack_name}/{stack_id}/actions",
    ok=(200,),
    request_kind="json-null",
    request_key="suspend",
    response_kind="empty",
)
_RESUME = Operation(
    "stacks.resume",
    "POST",
    "/stacks/{stack_name}/{stack_id}/actions",
    ok=(200,),
    request_kind="json-null",
    request_key="resume",
    response_kind="empty",
)
_CHECK = Operation(
    "stacks.check",
    "POST",
    "/stacks/{stack_name}/{stack_id}/actions",
    ok=(200,),
    request_kind="json-null",
    request_key="check",
    response_kind="empty",
)
_CANCEL_UPDATE = Operation(
    "stacks.cancel_update",
    "POST",
    "/stacks/{stack_name}/{stack_id}/actions",
    ok=(200,),
    request_kind="json-null",
    request_key="cancel_update",
    response_kind="empty",
)
_CANCEL_WITHOUT_ROLLBACK = Operation(
    "stacks.cancel_without_rollback",
    "POST",
    "/stacks/{stack_name}/{stack_id}/actions",
    ok=(200,),
    request_kind="json-null",
    request_key="cancel_without_rollback",
    response_kind="empty",
)
_CREATE_SNAPSHOT = Operation(
    "stacks.create_snapshot",
    "POST",
    "/stacks/{stack_name}/{stack_id}/snapshots",
    ok=(200,),
    request_kind="json",
)
_LIST_SNAPSHOTS = Operation(
    "stacks.list_snapshots",
    "GET",
    "/stacks/{stack_name}/{stack_id}/snapshots",
    ok=(200, 203),
    response_kind="list",
    response_key="snapshots",
)
_GET_SNAPSHOT = Operation(
    "stacks.get_snapshot",
    "GET",
    "/stacks/{stack_name}/{stack_id}/snapshots/{snapshot_id}",
    ok=(200, 203),
    response_key="snapshot",
)
_DELETE_SNAPSHOT = Operation(
    "stacks.delete_snapshot",
    "DELETE",
    "/stacks/{stack_name}/{stack_id}/snapshots/{snapshot_id}",
    ok=(204,),
    response_kind="empty",
)
_RESTORE_SNAPSHOT = Operation(
    "stacks.restore_snapshot",
    "POST",
    "/stacks/{stack_name}/{stack_id}/snapshots/{snapshot_id}/restore",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Stack]:
    """List stacks."""
    return client.pager(
        _LIST, None, model=Stack, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Stack]:
    """Get a stack."""
    return client.call(
        _GET,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=Stack,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Stack]:
    """Create a stack (201 with its id and link; the engine goes on creating its resources:
    wait_for_status(..., "CREATE_COMPLETE"))."""
    return client.call(
        _CREATE, None, model=Stack, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace the stack's template, parameters and environment (what is not sent is reset to the
    template's defaults). Asynchronous: wait_for_status(..., "UPDATE_COMPLETE")."""
    return client.call(
        _UPDATE,
        {"stack_name": stack_name, "stack_id": stack_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the stack and its resources (asynchronous; wait_for_delete)."""
    return client.call(
        _DELETE,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def lookup(
    client: ServiceClient,
    stack_identity: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str | None]:
    """The canonical URL (.../stacks/<name>/<id>) of the stack with this name or id: Heat answers
    with a redirect, which is not followed."""
    return client.call(
        _LOOKUP, {"stack_identity": stack_identity}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Stack]:
    """Stacks with every field (parameters, outputs excepted)."""
    return client.pager(
        _LIST_DETAIL, None, model=Stack, opts=opts, microversion=microversion, timeout=timeout
    )


def update_patch(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    opts: UpdatePatchOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Update the stack keeping what is not sent (the existing template, parameters and
    environment): change only some parameters, or tags."""
    return client.call(
        _UPDATE_PATCH,
        {"stack_name": stack_name, "stack_id": stack_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def preview(
    client: ServiceClient,
    opts: PreviewOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Stack]:
    """What creating the stack would make, without making it."""
    return client.call(
        _PREVIEW, None, model=Stack, opts=opts, microversion=microversion, timeout=timeout
    )


def preview_update(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    opts: PreviewUpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResourceChange]:
    """Which resources an update would add, delete, replace, update or leave alone."""
    return client.call(
        _PREVIEW_UPDATE,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=ResourceChange,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def preview_update_patch(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    opts: PreviewUpdatePatchOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResourceChange]:
    """preview_update for a PATCH update (the existing template and parameters kept)."""
    return client.call(
        _PREVIEW_UPDATE_PATCH,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=ResourceChange,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def adopt(
    client: ServiceClient,
    opts: AdoptOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[StackRef]:
    """Create a stack from resources that already exist (the data abandon() gave)."""
    return client.call(
        _ADOPT, None, model=StackRef, opts=opts, microversion=microversion, timeout=timeout
    )


def abandon(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Delete the stack but keep its resources; answers the stack's data for adopt(). Only where
    the operator enabled it (enable_stack_abandon)."""
    return client.call(
        _ABANDON,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def export(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The stack's data as abandon() would give it, without deleting anything."""
    return client.call(
        _EXPORT,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def get_template(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The stack's template, as Heat stored it."""
    return client.call(
        _GET_TEMPLATE,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def get_environment(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The stack's merged environment."""
    return client.call(
        _GET_ENVIRONMENT,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def get_files(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The files the stack was created or updated with, by name."""
    return client.call(
        _GET_FILES,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_outputs(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Output]]:
    """The stack's outputs (keys and descriptions; values are resolved by get_output)."""
    return client.call(
        _LIST_OUTPUTS,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=Output,
        microversion=microversion,
        timeout=timeout,
    )


def get_output(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    output_key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Output]:
    """One output with its value (or output_error)."""
    return client.call(
        _GET_OUTPUT,
        {"stack_name": stack_name, "stack_id": stack_id, "output_key": output_key},
        model=Output,
        microversion=microversion,
        timeout=timeout,
    )


def suspend(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Suspend every resource that can be (asynchronous; SUSPEND_COMPLETE)."""
    return client.call(
        _SUSPEND,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def resume(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Resume a suspended stack (asynchronous; RESUME_COMPLETE)."""
    return client.call(
        _RESUME,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def check(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that every resource still exists as Heat expects (CHECK_COMPLETE or CHECK_FAILED)."""
    return client.call(
        _CHECK,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def cancel_update(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Cancel an update in progress and roll it back."""
    return client.call(
        _CANCEL_UPDATE,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def cancel_without_rollback(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Cancel a create or update in progress and leave the stack as it is (FAILED)."""
    return client.call(
        _CANCEL_WITHOUT_ROLLBACK,
        {"stack_name": stack_name, "stack_id": stack_id},
        microversion=microversion,
        timeout=timeout,
    )


def create_snapshot(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    opts: CreateSnapshotOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Snapshot]:
    """Snapshot the stack (asynchronous in the engine; the snapshot's status turns COMPLETE)."""
    return client.call(
        _CREATE_SNAPSHOT,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=Snapshot,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_snapshots(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Snapshot]]:
    """List snapshots."""
    return client.call(
        _LIST_SNAPSHOTS,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=Snapshot,
        microversion=microversion,
        timeout=timeout,
    )


def get_snapshot(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Snapshot]:
    """Get snapshot."""
    return client.call(
        _GET_SNAPSHOT,
        {"stack_name": stack_name, "stack_id": stack_id, "snapshot_id": snapshot_id},
        model=Snapshot,
        microversion=microversion,
        timeout=timeout,
    )


def delete_snapshot(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete snapshot."""
    return client.call(
        _DELETE_SNAPSHOT,
        {"stack_name": stack_name, "stack_id": stack_id, "snapshot_id": snapshot_id},
        microversion=microversion,
        timeout=timeout,
    )


def restore_snapshot(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Restore the stack from a snapshot (asynchronous; RESTORE_COMPLETE)."""
    return client.call(
        _RESTORE_SNAPSHOT,
        {"stack_name": stack_name, "stack_id": stack_id, "snapshot_id": snapshot_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Stack:
    """The one Stack whose id or stack_name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Stack,
        name_field="stack_name",
        list_opts=ListOpts,
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Stack], None] | None = None,
) -> Stack:
    """Poll get until the Stack's stack_status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes CREATE_FAILED or UPDATE_FAILED or ROLLBACK_COMPLETE or
    ROLLBACK_FAILED or RESUME_FAILED or SUSPEND_FAILED or CHECK_FAILED or ADOPT_FAILED or
    RESTORE_FAILED or SNAPSHOT_FAILED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=Stack,
        field="stack_status",
        wanted=status,
        failures=(
            "CREATE_FAILED",
            "UPDATE_FAILED",
            "ROLLBACK_COMPLETE",
            "ROLLBACK_FAILED",
            "RESUME_FAILED",
            "SUSPEND_FAILED",
            "CHECK_FAILED",
            "ADOPT_FAILED",
            "RESTORE_FAILED",
            "SNAPSHOT_FAILED",
        ),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Stack], None] | None = None,
) -> None:
    """Poll get until the Stack is gone (404, or stack_status DELETE_COMPLETE). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes
    DELETE_FAILED."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=Stack,
        field="stack_status",
        deleted=("DELETE_COMPLETE",),
        failures=("DELETE_FAILED",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_stacks(page: Page[Any]) -> builtins.list[Stack]:
    """The Stack items of a page (or of ``all_pages()``)."""
    return page.extract_as(Stack)
