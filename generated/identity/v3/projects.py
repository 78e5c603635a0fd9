# Generated from identity/v3/projects.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project (tenant) owns resources. Every project lives in a domain and may be nested under a
parent project; a project with is_domain set acts as a domain."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.identity.v3.domains import ResourceOptions as ResourceOptions
from stacksdk.shared import Links as Links


class ProjectLimit(Model):
    """A project-level limit, as include_limits adds it to hierarchy entries."""

    id: str | Unset = UNSET
    """The limit ID."""

    project_id: str | None | Unset = UNSET
    """The project the limit applies to."""

    domain_id: str | None | Unset = UNSET
    """The domain the limit applies to."""

    service_id: str | Unset = UNSET
    """The service that enforces the limit."""

    region_id: str | None | Unset = UNSET
    """The region of the service, if any."""

    resource_name: str | Unset = UNSET
    """The limited resource."""

    resource_limit: int | Unset = UNSET
    """The override of the registered default."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    links: Links | Unset = UNSET
    """The limit's own URL."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("service_id", "service_id", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("resource_name", "resource_name", t.STRING),
        Field("resource_limit", "resource_limit", t.INTEGER),
        Field("description", "description", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class HierarchyProject(Model):
    """A project inside a parents or subtree list."""

    id: str | Unset = UNSET
    """The project ID."""

    name: str | Unset = UNSET
    """The project name."""

    domain_id: str | None | Unset = UNSET
    """The domain that owns the project."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the project can be used."""

    is_domain: bool | Unset = UNSET
    """Whether the project acts as a domain."""

    parent_id: str | None | Unset = UNSET
    """The parent project."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags."""

    options: ResourceOptions | Unset = UNSET
    """Resource options."""

    links: Links | Unset = UNSET
    """The project's own URL."""

    limits: builtins.list[ProjectLimit] | Unset = UNSET
    """The project's limits; sent only when include_limits was asked."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("is_domain", "is_domain", t.BOOLEAN),
        Field("parent_id", "parent_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("options", "options", t.model(ResourceOptions)),
        Field("links", "links", t.model(Links)),
        Field("limits", "limits", t.list_of(t.model(ProjectLimit))),
    )


class HierarchyEntry(Model):
    """One entry of a parents or subtree list: {"project": {...}}."""

    project: HierarchyProject | Unset = UNSET
    """The related project."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("project", "project", t.model(HierarchyProject)),)


class ProjectTags(Model):
    """The tags of a project."""

    tags: builtins.list[str] | Unset = UNSET
    """The project's tags."""

    links: Links | Unset = UNSET
    """The URL of the tag collection."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("links", "links", t.model(Links)),
    )


class Project(Model):
    """A project (tenant) owns resources. Every project lives in a domain and may be nested under
    a parent project; a project with is_domain set acts as a domain."""

    id: str
    """The project ID."""

    name: str
    """The project name, unique within its domain (1 to 64 characters)."""

    domain_id: str | None
    """The domain that owns the project. Defaults to the domain of the token on create; null for
    a project that acts as a domain."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool
    """Whether the project can be used; tokens scoped to a disabled project are refused."""

    is_domain: bool | Unset = UNSET
    """Whether the project acts as a domain. Fixed at creation."""

    parent_id: str | None | Unset = UNSET
    """The parent project. A top-level project's parent is its domain (the server fills it in
    when it is not given). Fixed at creation."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags (at most 80, each 1 to 255 characters without '/' or ',')."""

    options: ResourceOptions | Unset = UNSET
    """Resource options of the project."""

    links: Links
    """The project's own URL."""

    parents: builtins.list[HierarchyEntry] | Unset = UNSET
    """The ancestors the caller has a role on, nearest first; sent only by get_with_hierarchy
    with parents_as_list."""

    subtree: builtins.list[HierarchyEntry] | Unset = UNSET
    """The descendants the caller has a role on; sent only by get_with_hierarchy with
    subtree_as_list."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("is_domain", "is_domain", t.BOOLEAN),
        Field("parent_id", "parent_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("options", "options", t.model(ResourceOptions)),
        Field("links", "links", t.model(Links)),
        Field("parents", "parents", t.list_of(t.model(HierarchyEntry))),
        Field("subtree", "subtree", t.list_of(t.model(HierarchyEntry))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    domain_id: str | Unset = UNSET
    """Only projects of this domain."""

    enabled: bool | Unset = UNSET
    """Only enabled (true) or disabled (false) projects."""

    is_domain: bool | Unset = UNSET
    """Only projects that act as domains (true) or only those that do not (false)."""

    name: str | Unset = UNSET
    """Only the project with this name."""

    parent_id: str | Unset = UNSET
    """Only the direct children of this project."""

    tags: builtins.list[str] | Unset = UNSET
    """Projects with all of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Projects with at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Projects without all of these tags together."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Projects with none of these tags."""

    limit: int | Unset = UNSET
    """Page size (capped by the server's max_db_limit)."""

    marker: str | Unset = UNSET
    """Start after the project with this ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("domain_id", "domain_id", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("is_domain", "is_domain", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("parent_id", "parent_id", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The project name, unique within its domain (1 to 64 characters)."""

    domain_id: str | None | Unset = UNSET
    """The domain that owns the project. Defaults to the domain of the token on create; null for
    a project that acts as a domain."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the project can be used; tokens scoped to a disabled project are refused."""

    is_domain: bool | Unset = UNSET
    """Whether the project acts as a domain. Fixed at creation."""

    parent_id: str | None | Unset = UNSET
    """The parent project. A top-level project's parent is its domain (the server fills it in
    when it is not given). Fixed at creation."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags (at most 80, each 1 to 255 characters without '/' or ',')."""

    options: ResourceOptions | Unset = UNSET
    """Resource options of the project."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("domain_id", "domain_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("is_domain", "is_domain", t.BOOLEAN),
        Param("parent_id", "parent_id", t.STRING, nullable=True),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("options", "options", t.model(ResourceOptions)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The project name, unique within its domain (1 to 64 characters)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the project can be used; tokens scoped to a disabled project are refused."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags (at most 80, each 1 to 255 characters without '/' or ',')."""

    options: ResourceOptions | Unset = UNSET
    """Resource options of the project."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("options", "options", t.model(ResourceOptions)),
    )


class GetWithHierarchyOpts(Opts):
    """Options of get_with_hierarchy."""

    parents_as_list: bool | Unset = UNSET
    """Add the parents list. A presence flag: Keystone reads any value but 0 (including "false")
    as yes, so False sends nothing."""

    subtree_as_list: bool | Unset = UNSET
    """Add the subtree list (a presence flag, as parents_as_list)."""

    include_limits: bool | Unset = UNSET
    """Add each listed project's limits (a presence flag)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("parents_as_list", "parents_as_list", t.BOOLEAN, location="query", style="flag"),
        Param("subtree_as_list", "subtree_as_list", t.BOOLEAN, location="query", style="flag"),
        Param("include_limits", "include_limits", t.BOOLEAN, location="query", style="flag"),
    )


class GetHierarchyIdsOpts(Opts):
    """Options of get_hierarchy_ids."""

    parents_as_ids: bool | Unset = UNSET
    """Add the ancestors as nested IDs (a presence flag)."""

    subtree_as_ids: bool | Unset = UNSET
    """Add the descendants as nested IDs (a presence flag)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("parents_as_ids", "parents_as_ids", t.BOOLEAN, location="query", style="flag"),
        Param("subtree_as_ids", "subtree_as_ids", t.BOOLEAN, location="query", style="flag"),
    )


class ReplaceTagsOpts(Opts):
    """Options of replace_tags."""

    tags: builtins.list[str] = REQUIRED
    """The new tags (at most 80)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("tags", "tags", t.list_of(t.STRING), required=True),
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
_GET_WITH_HIERARCHY = Operation(
    "projects.get_with_hierarchy",
    "GET",
    "/projects/{project_id}",
    ok=(200, 203),
    response_key="project",
)
_GET_HIERARCHY_IDS = Operation(
    "projects.get_hierarchy_ids",
    "GET",
    "/projects/{project_id}",
    ok=(200, 203),
    response_key="project",
)
_LIST_TAGS = Operation(
    "projects.list_tags",
    "GET",
    "/projects/{project_id}/tags",
    ok=(200, 203),
)
_REPLACE_TAGS = Operation(
    "projects.replace_tags",
    "PUT",
    "/projects/{project_id}/tags",
    ok=(200,),
    request_kind="json",
)
_CHECK_TAG = Operation(
    "projects.check_tag",
    "GET",
    "/projects/{project_id}/tags/{tag}",
    ok=(204,),
    response_kind="empty",
)
_ADD_TAG = Operation(
    "projects.add_tag",
    "PUT",
    "/projects/{project_id}/tags/{tag}",
    ok=(201,),
    response_kind="empty",
)
_DELETE_TAG = Operation(
    "projects.delete_tag",
    "DELETE",
    "/projects/{project_id}/tags/{tag}",
    ok=(204,),
    response_kind="empty",
)
_DELETE_ALL_TAGS = Operation(
    "projects.delete_all_tags",
    "DELETE",
    "/projects/{project_id}/tags",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Project]:
    """List projects. Projects acting as domains are left out unless is_domain is given. Keystone
    pages with limit and marker."""
    return client.pager(
        _LIST, None, model=Project, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Project]:
    """Show a project."""
    return client.call(
        _GET, {"project_id": project_id}, model=Project, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Project]:
    """Create a project. Give parent_id to nest it, is_domain to make it act as a domain."""
    return client.call(
        _CREATE, None, model=Project, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Project]:
    """Update a project's name, description, enabled flag, tags or options."""
    return client.call(
        _UPDATE,
        {"project_id": project_id},
        model=Project,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a project and its role assignments; Forbidden while it has children."""
    return client.call(
        _DELETE, {"project_id": project_id}, microversion=microversion, timeout=timeout
    )


def get_with_hierarchy(
    client: ServiceClient,
    project_id: str,
    opts: GetWithHierarchyOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Project]:
    """Show a project with the lists of its ancestors (parents) and descendants (subtree),
    limited to the projects the caller has a role on."""
    return client.call(
        _GET_WITH_HIERARCHY,
        {"project_id": project_id},
        model=Project,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_hierarchy_ids(
    client: ServiceClient,
    project_id: str,
    opts: GetHierarchyIdsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Show a project (as a JSON object) whose parents and/or subtree are nested maps of project
    IDs, e.g. {"parent": {"grandparent": null}}; no role is needed on the projects listed."""
    return client.call(
        _GET_HIERARCHY_IDS,
        {"project_id": project_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_tags(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProjectTags]:
    """List a project's tags."""
    return client.call(
        _LIST_TAGS,
        {"project_id": project_id},
        model=ProjectTags,
        microversion=microversion,
        timeout=timeout,
    )


def replace_tags(
    client: ServiceClient,
    project_id: str,
    opts: ReplaceTagsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProjectTags]:
    """Replace all of a project's tags with the given list."""
    return client.call(
        _REPLACE_TAGS,
        {"project_id": project_id},
        model=ProjectTags,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def check_tag(
    client: ServiceClient,
    project_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a project has a tag; raises NotFound when it does not."""
    return client.call(
        _CHECK_TAG,
        {"project_id": project_id, "tag": tag},
        microversion=microversion,
        timeout=timeout,
    )


def add_tag(
    client: ServiceClient,
    project_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add one tag to a project; BadRequest when it already has it or has 80."""
    return client.call(
        _ADD_TAG, {"project_id": project_id, "tag": tag}, microversion=microversion, timeout=timeout
    )


def delete_tag(
    client: ServiceClient,
    project_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one tag from a project; raises NotFound when it does not have it."""
    return client.call(
        _DELETE_TAG,
        {"project_id": project_id, "tag": tag},
        microversion=microversion,
        timeout=timeout,
    )


def delete_all_tags(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove every tag of a project."""
    return client.call(
        _DELETE_ALL_TAGS, {"project_id": project_id}, microversion=microversion, timeout=timeout
    )


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
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_projects(page: Page[Any]) -> builtins.list[Project]:
    """The Project items of a page (or of ``all_pages()``)."""
    return page.extract_as(Project)
