# Generated from key-manager/v1/project_quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Quotas set for one project (admin only by default), overriding the deployment's defaults for
each resource given; None: the default applies. -1 means unlimited, 0 forbids creating any."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ProjectQuotas(Model):
    """Quotas set for one project (admin only by default), overriding the deployment's defaults
    for each resource given; None: the default applies. -1 means unlimited, 0 forbids creating
    any."""

    secrets: int | None | Unset = UNSET
    """The most secrets the project may have."""

    orders: int | None | Unset = UNSET
    """The most orders the project may have."""

    containers: int | None | Unset = UNSET
    """The most containers the project may have."""

    consumers: int | None | Unset = UNSET
    """The most consumers the project may register."""

    cas: int | None | Unset = UNSET
    """The most certificate authorities (unused since certificate orders were removed)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("secrets", "secrets", t.INTEGER),
        Field("orders", "orders", t.INTEGER),
        Field("containers", "containers", t.INTEGER),
        Field("consumers", "consumers", t.INTEGER),
        Field("cas", "cas", t.INTEGER),
    )


class ProjectQuotasEntry(Model):
    """One project's quotas in a listing."""

    project_id: str | Unset = UNSET
    """The project (Keystone ID)."""

    project_quotas: ProjectQuotas | Unset = UNSET
    """Its quotas."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", t.STRING),
        Field("project_quotas", "project_quotas", t.model(ProjectQuotas)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    secrets: int | None | Unset = UNSET
    """The most secrets the project may have."""

    orders: int | None | Unset = UNSET
    """The most orders the project may have."""

    containers: int | None | Unset = UNSET
    """The most containers the project may have."""

    consumers: int | None | Unset = UNSET
    """The most consumers the project may register."""

    cas: int | None | Unset = UNSET
    """The most certificate authorities (unused since certificate orders were removed)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("secrets", "secrets", t.INTEGER, nullable=True),
        Param("orders", "orders", t.INTEGER, nullable=True),
        Param("containers", "containers", t.INTEGER, nullable=True),
        Param("consumers", "consumers", t.INTEGER, nullable=True),
        Param("cas", "cas", t.INTEGER, nullable=True),
    )


class ListProjectsOpts(Opts):
    """Options of list_projects."""

    limit: int | Unset = UNSET
    """The most projects a page holds."""

    offset: int | Unset = UNSET
    """How many projects to skip."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


_GET = Operation(
    "project_quotas.get",
    "GET",
    "/project-quotas/{project_id}",
    ok=(200, 203),
    response_key="project_quotas",
)
_UPDATE = Operation(
    "project_quotas.update",
    "PUT",
    "/project-quotas/{project_id}",
    ok=(204,),
    request_kind="json",
    request_key="project_quotas",
    response_kind="empty",
)
_DELETE = Operation(
    "project_quotas.delete",
    "DELETE",
    "/project-quotas/{project_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_PROJECTS = Operation(
    "project_quotas.list_projects",
    "GET",
    "/project-quotas",
    ok=(200, 203),
    response_key="project_quotas",
    paging=Paging("offset", count="total"),
)


def get(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProjectQuotas]:
    """Show the quotas set for a project (404 when none are)."""
    return client.call(
        _GET,
        {"project_id": project_id},
        model=ProjectQuotas,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set quotas for a project: the resources given are set, the others keep what they had (None
    when never set)."""
    return client.call(
        _UPDATE, {"project_id": project_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a project's quotas (404 when none are set); the defaults apply again."""
    return client.call(
        _DELETE, {"project_id": project_id}, microversion=microversion, timeout=timeout
    )


def list_projects(
    client: ServiceClient,
    opts: ListProjectsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ProjectQuotasEntry]:
    """List every project that has quotas set, with its quotas. Pages by offset and limit; each
    page carries the total. (The next links Barbican sends name the path /project_quotas,
    which does not exist, so pages are requested by offset.)"""
    return client.pager(
        _LIST_PROJECTS,
        None,
        model=ProjectQuotasEntry,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_project_quotas(page: Page[Any]) -> builtins.list[ProjectQuotas]:
    """The ProjectQuotas items of a page (or of ``all_pages()``)."""
    return page.extract_as(ProjectQuotas)
