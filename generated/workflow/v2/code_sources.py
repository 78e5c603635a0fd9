# Generated from workflow/v2/code_sources.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Code sources: Python modules stored in Mistral (the text is the module's source, sent as
text/plain) whose classes dynamic actions name. Known by name or id within a namespace; each
update bumps the version."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, BinaryData, Field, Model, Operation, Opts, Page, Pager
from stacksdk.runtime import Paging, Param, RequestTimeout, Result, ServiceClient, Unset


class CodeSource(Model):
    """Code sources: Python modules stored in Mistral (the text is the module's source, sent as
    text/plain) whose classes dynamic actions name. Known by name or id within a namespace;
    each update bumps the version."""

    id: str
    """The code source's UUID."""

    name: str | Unset = UNSET
    """The module name."""

    namespace: str | Unset = UNSET
    """The namespace ("" by default)."""

    content: str | Unset = UNSET
    """The Python source."""

    version: int | Unset = UNSET
    """1 on creation, plus one per update."""

    project_id: str | Unset = UNSET
    """The owning project."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private or public."""

    actions: builtins.list[str] | None | Unset = UNSET
    """Names of the dynamic actions using it."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("namespace", "namespace", t.STRING),
        Field("content", "content", t.STRING),
        Field("version", "version", t.INTEGER),
        Field("project_id", "project_id", t.STRING),
        Field("scope", "scope", t.STRING),
        Field("actions", "actions", t.list_of(t.STRING)),
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


class DeleteOpts(Opts):
    """Options of delete."""

    namespace: str | Unset = UNSET
    """The namespace of one given by name."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, location="query"),
    )


class CreateFromContentOpts(Opts):
    """Options of create_from_content."""

    accept: Literal["text/plain"] = REQUIRED
    """Must be "text/plain": Mistral answers these calls (with JSON text) only to a client that
    accepts text/plain, else 406. The spec format has no constant request headers yet, so it
    is an option."""

    name: str = REQUIRED
    """The module name."""

    scope: Literal["private", "public"] | Unset = UNSET
    """Default private."""

    namespace: str | Unset = UNSET
    """The namespace."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("accept", "Accept", t.STRING, location="header", required=True, enum=("text/plain",)),
        Param("name", "name", t.STRING, location="query", required=True),
        Param("scope", "scope", t.STRING, location="query", enum=("private", "public")),
        Param("namespace", "namespace", t.STRING, location="query"),
    )


class UpdateContentOpts(Opts):
    """Options of update_content."""

    accept: Literal["text/plain"] = REQUIRED
    """Must be "text/plain": Mistral answers these calls (with JSON text) only to a client that
    accepts text/plain, else 406. The spec format has no constant request headers yet, so it
    is an option."""

    scope: Literal["private", "public"] | Unset = UNSET
    """Default private."""

    namespace: str | Unset = UNSET
    """The namespace."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("accept", "Accept", t.STRING, location="header", required=True, enum=("text/plain",)),
        Param("scope", "scope", t.STRING, location="query", enum=("private", "public")),
        Param("namespace", "namespace", t.STRING, location="query"),
    )


_LIST = Operation(
    "code_sources.list",
    "GET",
    "/code_sources",
    ok=(200, 203),
    response_key="code_sources",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "code_sources.get",
    "GET",
    "/code_sources/{code_source_id}",
    ok=(200, 203),
)
_DELETE = Operation(
    "code_sources.delete",
    "DELETE",
    "/code_sources/{code_source_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_FROM_CONTENT = Operation(
    "code_sources.create_from_content",
    "POST",
    "/code_sources",
    ok=(201,),
    request_kind="binary",
    content_type="text/plain",
)
_UPDATE_CONTENT = Operation(
    "code_sources.update_content",
    "PUT",
    "/code_sources/{code_source_id}",
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
) -> Pager[CodeSource]:
    """List code sources."""
    return client.pager(
        _LIST, None, model=CodeSource, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    code_source_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[CodeSource]:
    """Show a code source by name or id."""
    return client.call(
        _GET,
        {"code_source_id": code_source_id},
        model=CodeSource,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    code_source_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a code source by name or id."""
    return client.call(
        _DELETE,
        {"code_source_id": code_source_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create_from_content(
    client: ServiceClient,
    data: BinaryData,
    opts: CreateFromContentOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[CodeSource]:
    """Store a Python module (``data``: its source, bytes) under a name. 409 for a name that
    exists in the namespace."""
    return client.call(
        _CREATE_FROM_CONTENT,
        None,
        model=CodeSource,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def update_content(
    client: ServiceClient,
    code_source_id: str,
    data: BinaryData,
    opts: UpdateContentOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[CodeSource]:
    """Replace a code source's text (by name or id); its version goes up by one."""
    return client.call(
        _UPDATE_CONTENT,
        {"code_source_id": code_source_id},
        model=CodeSource,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> CodeSource:
    """The one CodeSource whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=CodeSource,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_code_sources(page: Page[Any]) -> builtins.list[CodeSource]:
    """The CodeSource items of a page (or of ``all_pages()``)."""
    return page.extract_as(CodeSource)
