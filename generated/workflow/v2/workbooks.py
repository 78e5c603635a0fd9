# Generated from workflow/v2/workbooks.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Workbooks: one definition text (the Mistral workflow language, YAML) that holds several
workflows and ad-hoc actions under a workbook name; creating one creates its workflows and
actions as "<workbook>.<name>". Workbooks are known by name within a namespace."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, BinaryData, Field, Model, Operation, Opts, Page, Pager
from stacksdk.runtime import Paging, Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.workflow.v2.workflows import Validation as Validation


class Workbook(Model):
    """Workbooks: one definition text (the Mistral workflow language, YAML) that holds several
    workflows and ad-hoc actions under a workbook name; creating one creates its workflows and
    actions as "<workbook>.<name>". Workbooks are known by name within a namespace."""

    id: str | Unset = UNSET
    """The workbook's UUID."""

    name: str
    """The name the definition gives it."""

    namespace: str | Unset = UNSET
    """The namespace ("" by default)."""

    definition: str | Unset = UNSET
    """The workbook text."""

    tags: builtins.list[str] | None | Unset = UNSET
    """Tags from the definition."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private or public."""

    project_id: str | Unset = UNSET
    """The owning project."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("namespace", "namespace", t.STRING),
        Field("definition", "definition", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("scope", "scope", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """The id of the last workbook of the previous page."""

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

    definition: str | Unset = UNSET
    """Filter on the definition text."""

    tags: builtins.list[str] | Unset = UNSET
    """Workbooks with these tags."""

    scope: str | Unset = UNSET
    """private or public."""

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
        Param("definition", "definition", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("scope", "scope", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("namespace", "namespace", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    namespace: str | Unset = UNSET
    """The workbook's namespace."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    namespace: str | Unset = UNSET
    """The workbook's namespace."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, location="query"),
    )


class CreateFromDefinitionOpts(Opts):
    """Options of create_from_definition. Also the options of update_from_definition."""

    accept: Literal["text/plain"] = REQUIRED
    """Must be "text/plain": Mistral answers these calls (with JSON text) only to a client that
    accepts text/plain, else 406. The spec format has no constant request headers yet, so it
    is an option."""

    namespace: str | Unset = UNSET
    """The namespace to create it in."""

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

_LIST = Operation(
    "workbooks.list",
    "GET",
    "/workbooks",
    ok=(200, 203),
    response_key="workbooks",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "workbooks.get",
    "GET",
    "/workbooks/{workbook_name}",
    ok=(200, 203),
)
_DELETE = Operation(
    "workbooks.delete",
    "DELETE",
    "/workbooks/{workbook_name}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_FROM_DEFINITION = Operation(
    "workbooks.create_from_definition",
    "POST",
    "/workbooks",
    ok=(201,),
    request_kind="binary",
    content_type="text/plain",
)
_UPDATE_FROM_DEFINITION = Operation(
    "workbooks.update_from_definition",
    "PUT",
    "/workbooks",
    ok=(200,),
    request_kind="binary",
    content_type="text/plain",
)
_VALIDATE = Operation(
    "workbooks.validate",
    "POST",
    "/workbooks/validate",
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
) -> Pager[Workbook]:
    """List the workbooks the project sees."""
    return client.pager(
        _LIST, None, model=Workbook, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    workbook_name: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Workbook]:
    """Show a workbook by name."""
    return client.call(
        _GET,
        {"workbook_name": workbook_name},
        model=Workbook,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    workbook_name: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a workbook with its workflows and actions."""
    return client.call(
        _DELETE,
        {"workbook_name": workbook_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create_from_definition(
    client: ServiceClient,
    data: BinaryData,
    opts: CreateFromDefinitionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Workbook]:
    """Create a workbook from its text (``data``: the YAML, bytes). 409 if a workbook of that
    name exists in the namespace, 400 with the parser's message for an invalid text."""
    return client.call(
        _CREATE_FROM_DEFINITION,
        None,
        model=Workbook,
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
) -> Result[Workbook]:
    """Replace a workbook (found by the name in the text) with a new text."""
    return client.call(
        _UPDATE_FROM_DEFINITION,
        None,
        model=Workbook,
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
    """Check a workbook text without storing it."""
    return client.call(
        _VALIDATE, None, model=Validation, data=data, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Workbook:
    """The one Workbook whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Workbook,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="name",
    )


def extract_workbooks(page: Page[Any]) -> builtins.list[Workbook]:
    """The Workbook items of a page (or of ``all_pages()``)."""
    return page.extract_as(Workbook)
