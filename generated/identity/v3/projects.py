# Generated from identity/v3/projects.yaml by stacksdk.codegen. Do not edit: change the spec and regenerate.
"""A project (tenant) owns resources; projects live in a domain and may nest."""

from __future__ import annotations

import builtins
import dataclasses
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime.model import Field, Model, Opts, Param
from stacksdk.runtime.operation import Operation, Paging
from stacksdk.runtime.pagination import Page, Pager
from stacksdk.runtime.result import Result
from stacksdk.runtime.service import ServiceClient
from stacksdk.runtime.types import REQUIRED, UNSET, Unset


@dataclasses.dataclass(kw_only=True, repr=False)
class Links(Model):
    """Links to the resource itself."""

    self: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (Field("self", "self", t.STRING),)


@dataclasses.dataclass(kw_only=True, repr=False)
class Project(Model):
    """A project (tenant) owns resources; projects live in a domain and may nest."""

    id: str
    """The project ID."""

    name: str | Unset = UNSET
    """The project name, unique within its domain."""

    domain_id: str | Unset = UNSET
    """The domain that owns the project."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the project (and its users' tokens) can be used."""

    is_domain: bool | Unset = UNSET
    """Whether the project acts as a domain."""

    parent_id: str | None | Unset = UNSET
    """The parent project, if nested."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags."""

    options: dict[str, Any] | Unset = UNSET
    """Resource options such as immutable."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("is_domain", "is_domain", t.BOOLEAN),
        Field("parent_id", "parent_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("options", "options", t.map_of(t.ANY)),
        Field("links", "links", t.model(Links)),
    )


@dataclasses.dataclass(kw_only=True, repr=False)
class ListOpts(Opts):
    """Query parameters of list."""

    domain_id: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    is_domain: bool | Unset = UNSET

    name: str | Unset = UNSET

    parent_id: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET
    """Projects with all of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("domain_id", "domain_id", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("is_domain", "is_domain", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("parent_id", "parent_id", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
    )


@dataclasses.dataclass(kw_only=True, repr=False)
class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The project name, unique within its domain."""

    domain_id: str | Unset = UNSET
    """The domain that owns the project."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the project (and its users' tokens) can be used."""

    is_domain: bool | Unset = UNSET
    """Whether the project acts as a domain."""

    parent_id: str | None | Unset = UNSET
    """The parent project, if nested."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags."""

    options: dict[str, Any] | Unset = UNSET
    """Resource options such as immutable."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("domain_id", "domain_id", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("is_domain", "is_domain", t.BOOLEAN),
        Param("parent_id", "parent_id", t.STRING, nullable=True),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("options", "options", t.map_of(t.ANY)),
    )


@dataclasses.dataclass(kw_only=True, repr=False)
class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The project name, unique within its domain."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the project (and its users' tokens) can be used."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags."""

    options: dict[str, Any] | Unset = UNSET
    """Resource options such as immutable."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("options", "options", t.map_of(t.ANY)),
    )


_LIST = Operation(
    "projects.list",
    "GET",
    "/projects",
    ok=(200, 203),
    response_key="projects",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "projects.get",
    "GET",
    "/projects/{project_id}",
    ok=(200, 203),
    response_key="project",
)
_CREATE = Operation(
    "projects.create",
    "POST",
    "/projects",
    ok=(201,),
    request_kind="json",
    request_key="project",
    response_key="project",
)
_UPDATE = Operation(
    "projects.update",
    "PATCH",
    "/projects/{project_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="project",
    response_key="project",
)
_DELETE = Operation(
    "projects.delete",
    "DELETE",
    "/projects/{project_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_TAGS = Operation(
    "projects.list_tags",
    "GET",
    "/projects/{project_id}/tags",
    ok=(200, 203),
    response_key="tags",
)
_ADD_TAG = Operation(
    "projects.add_tag",
    "PUT",
    "/projects/{project_id}/tags/{tag}",
    ok=(201, 204),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
) -> Pager[Project]:
    """List projects."""
    return client.pager(_LIST, None, model=Project, opts=opts, microversion=microversion)


def get(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
) -> Result[Project]:
    """Get a project."""
    return client.call(_GET, {"project_id": project_id}, model=Project, microversion=microversion)


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
) -> Result[Project]:
    """Create a project."""
    return client.call(_CREATE, None, model=Project, opts=opts, microversion=microversion)


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
) -> Result[Project]:
    """Update a project."""
    return client.call(
        _UPDATE, {"project_id": project_id}, model=Project, opts=opts, microversion=microversion
    )


def delete(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
) -> Result[None]:
    """Delete a project."""
    return client.call(_DELETE, {"project_id": project_id}, microversion=microversion)


def list_tags(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
) -> Result[Any]:
    """List tags."""
    return client.call(_LIST_TAGS, {"project_id": project_id}, microversion=microversion)


def add_tag(
    client: ServiceClient,
    project_id: str,
    tag: str,
    *,
    microversion: str | None = None,
) -> Result[None]:
    """Add tag."""
    return client.call(_ADD_TAG, {"project_id": project_id, "tag": tag}, microversion=microversion)


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Project:
    """The one Project whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Project,
        name_field="name",
        name_query="name",
        id_field="id",
    )


def extract_projects(page: Page[Any]) -> builtins.list[Project]:
    """The Project items of a page (or of ``all_pages()``)."""
    return page.extract_as(Project)
