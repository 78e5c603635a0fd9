# Generated from workflow/v2/environments.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Environments: named sets of variables an execution can be started with (params.env given as
the environment's name), read in workflows as env(). Known by name; the variables are answered
as JSON text."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Environment(Model):
    """Environments: named sets of variables an execution can be started with (params.env given
    as the environment's name), read in workflows as env(). Known by name; the variables are
    answered as JSON text."""

    id: str | Unset = UNSET
    """The environment's UUID."""

    name: str
    """Unique per project; names the environment to update."""

    description: str | None | Unset = UNSET
    """Free text."""

    variables: Any | Unset = UNSET
    """The variables: a JSON object when sent; Mistral answers with its JSON text (decode it with
    json.loads)."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    project_id: str | Unset = UNSET
    """The owning project."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("variables", "variables", t.ANY),
        Field("scope", "scope", t.STRING, enum=("private", "public")),
        Field("project_id", "project_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """The id of the last environment of the previous page."""

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

    description: str | Unset = UNSET
    """Filter on the description."""

    variables: str | Unset = UNSET
    """Filter on the variables text."""

    scope: str | Unset = UNSET
    """private or public."""

    created_at: str | Unset = UNSET
    """Filter on the creation time."""

    updated_at: str | Unset = UNSET
    """Filter on the update time."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("sort_keys", "sort_keys", t.list_of(t.STRING), location="query", style="comma"),
        Param("sort_dirs", "sort_dirs", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("variables", "variables", t.STRING, location="query"),
        Param("scope", "scope", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """Only these fields."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    name: str = REQUIRED
    """Unique per project; names the environment to update."""

    description: str | None | Unset = UNSET
    """Free text."""

    variables: Any | Unset = UNSET
    """The variables: a JSON object when sent; Mistral answers with its JSON text (decode it with
    json.loads)."""

    scope: Literal["private", "public"] | Unset = UNSET
    """private (default) or public."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("variables", "variables", t.ANY),
        Param("scope", "scope", t.STRING, enum=("private", "public")),
    )


UpdateOpts = CreateOpts

_LIST = Operation(
    "environments.list",
    "GET",
    "/environments",
    ok=(200, 203),
    response_key="environments",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "environments.get",
    "GET",
    "/environments/{environment_name}",
    ok=(200, 203),
)
_CREATE = Operation(
    "environments.create",
    "POST",
    "/environments",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "environments.update",
    "PUT",
    "/environments",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_DELETE = Operation(
    "environments.delete",
    "DELETE",
    "/environments/{environment_name}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Environment]:
    """List the environments the project sees."""
    return client.pager(
        _LIST, None, model=Environment, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    environment_name: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Environment]:
    """Show an environment by name."""
    return client.call(
        _GET,
        {"environment_name": environment_name},
        model=Environment,
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
) -> Result[Environment]:
    """Create an environment (409 for a name that exists)."""
    return client.call(
        _CREATE, None, model=Environment, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Environment]:
    """Change an environment's description, variables or scope; the name in the options says
    which (the variables given replace the old ones)."""
    return client.call(
        _UPDATE, None, model=Environment, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    environment_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an environment by name."""
    return client.call(
        _DELETE, {"environment_name": environment_name}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Environment:
    """The one Environment whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Environment,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="name",
    )


def extract_environments(page: Page[Any]) -> builtins.list[Environment]:
    """The Environment items of a page (or of ``all_pages()``)."""
    return page.extract_as(Environment)
