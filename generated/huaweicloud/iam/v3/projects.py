# Generated from huaweicloud/iam/v3/projects.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project of a Huawei Cloud account. Every region has a system project named after the region
ID (e.g. cn-north-4); an administrator may add subprojects under a region's project to
separate resources and permissions. Projects cannot be deleted through this API, and is_domain
is always false."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Project(Model):
    """A project of a Huawei Cloud account. Every region has a system project named after the
    region ID (e.g. cn-north-4); an administrator may add subprojects under a region's project
    to separate resources and permissions. Projects cannot be deleted through this API, and
    is_domain is always false."""

    id: str
    """The project ID."""

    name: str
    """The project name, at most 64 characters. A subproject's name starts with the ID of its
    region and an underscore (cn-north-4_dev); a rename must keep that region prefix."""

    parent_id: str | Unset = UNSET
    """For a subproject, the ID of its region's project (required on create); for a region's
    system project, the account ID."""

    domain_id: str | Unset = UNSET
    """The ID of the account that owns the project."""

    description: str | Unset = UNSET
    """A free-form description, at most 255 characters."""

    enabled: bool | Unset = UNSET
    """Whether the project can be used."""

    is_domain: bool | Unset = UNSET
    """Always false; Huawei Cloud projects never act as accounts."""

    extra_info: dict[str, Any] | Unset = UNSET
    """Other properties of the project (sent by update)."""

    links: Links | Unset = UNSET
    """The project's own URL."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("parent_id", "parent_id", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("is_domain", "is_domain", t.BOOLEAN),
        Field("extra_info", "extra", t.map_of(t.ANY)),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    domain_id: str | Unset = UNSET
    """Only the projects of this account."""

    name: str | Unset = UNSET
    """Only the project with this name (e.g. a region ID)."""

    parent_id: str | Unset = UNSET
    """Only the subprojects of this region project (give the region project's ID), or only the
    system projects (give the account ID)."""

    enabled: bool | Unset = UNSET
    """Only enabled (true) or disabled (false) projects."""

    is_domain: bool | Unset = UNSET
    """Not used by Huawei Cloud; leave it unset."""

    page: int | Unset = UNSET
    """The page to return, from 1; needs per_page."""

    per_page: int | Unset = UNSET
    """Projects per page, 1 to 5000; needs page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("domain_id", "domain_id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("parent_id", "parent_id", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("is_domain", "is_domain", t.BOOLEAN, location="query"),
        Param("page", "page", t.INTEGER, location="query"),
        Param("per_page", "per_page", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The project name, at most 64 characters. A subproject's name starts with the ID of its
    region and an underscore (cn-north-4_dev); a rename must keep that region prefix."""

    parent_id: str = REQUIRED
    """For a subproject, the ID of its region's project (required on create); for a region's
    system project, the account ID."""

    domain_id: str | Unset = UNSET
    """The ID of the account that owns the project."""

    description: str | Unset = UNSET
    """A free-form description, at most 255 characters."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("parent_id", "parent_id", t.STRING, required=True),
        Param("domain_id", "domain_id", t.STRING),
        Param("description", "description", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The project name, at most 64 characters. A subproject's name starts with the ID of its
    region and an underscore (cn-north-4_dev); a rename must keep that region prefix."""

    description: str | Unset = UNSET
    """A free-form description, at most 255 characters."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "projects.list",
    "GET",
    "/projects",
    ok=(200, 203),
    response_key="projects",
    paging=Paging(
        "page", complete_without_limit=True, first_page=1, limit_param="per_page", page_param="page"
    ),
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
    ok=(200,),
    request_kind="json",
    request_key="project",
    response_key="project",
)
_LIST_AUTH = Operation(
    "projects.list_auth",
    "GET",
    "/auth/projects",
    ok=(200, 203),
    response_kind="list",
    response_key="projects",
)
_LIST_FOR_USER = Operation(
    "projects.list_for_user",
    "GET",
    "/users/{user_id}/projects",
    ok=(200, 203),
    response_kind="list",
    response_key="projects",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Project]:
    """List the account's projects, optionally filtered. With per_page the pager sends page=1, 2,
    ... (IAM pages only when both are sent) until a short page; without it one answer holds
    every match."""
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
    """Show one project."""
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
    """Create a subproject under a region's project (name prefixed with the region ID, parent_id
    the region project's ID). A 409 when the name is taken."""
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
    """Change a project's name and/or description (at least one). The region prefix of the name
    cannot change."""
    return client.call(
        _UPDATE,
        {"project_id": project_id},
        model=Project,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_auth(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Project]]:
    """List the projects the caller's token may access (no special permission needed). One answer
    holds them all."""
    return client.call(_LIST_AUTH, None, model=Project, microversion=microversion, timeout=timeout)


def list_for_user(
    client: ServiceClient,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Project]]:
    """List the projects an IAM user may access: an administrator may ask for any user, a user
    for itself. One answer holds them all."""
    return client.call(
        _LIST_FOR_USER,
        {"user_id": user_id},
        model=Project,
        microversion=microversion,
        timeout=timeout,
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
