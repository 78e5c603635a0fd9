# Generated from container-infrastructure-management/v1/quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project's limit on one kind of Magnum resource (today only Cluster): how many it may have.
Managing quotas is admin-only by default; without a quota of its own a project gets the
configured default."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Quota(Model):
    """A project's limit on one kind of Magnum resource (today only Cluster): how many it may
    have. Managing quotas is admin-only by default; without a quota of its own a project gets
    the configured default."""

    id: int | Unset = UNSET
    """The quota's id (absent for a project that only has the default)."""

    project_id: str | Unset = UNSET
    """The project the limit applies to."""

    resource: Literal["Cluster"] | Unset = UNSET
    """The kind of resource limited."""

    hard_limit: int | Unset = UNSET
    """The most resources of that kind the project may have."""

    created_at: datetime.datetime | Unset = UNSET
    """When the quota was set."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("project_id", "project_id", t.STRING),
        Field("resource", "resource", t.STRING, enum=("Cluster",)),
        Field("hard_limit", "hard_limit", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The most quotas per page."""

    marker: int | Unset = UNSET
    """The id of the last quota of the previous page."""

    sort_key: str | Unset = UNSET
    """The field to sort by (default id)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    all_tenants: bool | Unset = UNSET
    """Admins: every project's quotas, not only their own."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.INTEGER, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    project_id: str = REQUIRED
    """The project the limit applies to."""

    resource: Literal["Cluster"] = REQUIRED
    """The kind of resource limited."""

    hard_limit: int | Unset = UNSET
    """The most resources of that kind the project may have."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("project_id", "project_id", t.STRING, required=True),
        Param("resource", "resource", t.STRING, required=True, enum=("Cluster",)),
        Param("hard_limit", "hard_limit", t.INTEGER),
    )


class UpdateOpts(Opts):
    """Options of update."""

    hard_limit: int | Unset = UNSET
    """The most resources of that kind the project may have."""

    _params: ClassVar[tuple[Param, ...]] = (Param("hard_limit", "hard_limit", t.INTEGER),)


_LIST = Operation(
    "quotas.list",
    "GET",
    "/quotas",
    ok=(200, 203),
    response_key="quotas",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "quotas.get",
    "GET",
    "/quotas/{project_id}/{resource}",
    ok=(200, 203),
)
_CREATE = Operation(
    "quotas.create",
    "POST",
    "/quotas",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "quotas.update",
    "PATCH",
    "/quotas/{project_id}/{resource}",
    ok=(202,),
    request_kind="json",
)
_DELETE = Operation(
    "quotas.delete",
    "DELETE",
    "/quotas/{project_id}/{resource}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Quota]:
    """The quotas of the project (of every project with all_tenants, for admins)."""
    return client.pager(
        _LIST, None, model=Quota, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    project_id: str,
    resource: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """A project's quota for one resource kind (the default limit when none is set)."""
    return client.call(
        _GET,
        {"project_id": project_id, "resource": resource},
        model=Quota,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """Sets a project's quota for a resource kind."""
    return client.call(
        _CREATE, None, model=Quota, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    project_id: str,
    resource: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """Changes a project's quota (project and resource are taken from the path)."""
    return client.call(
        _UPDATE,
        {"project_id": project_id, "resource": resource},
        model=Quota,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    project_id: str,
    resource: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Removes a project's quota; the default applies again."""
    return client.call(
        _DELETE,
        {"project_id": project_id, "resource": resource},
        microversion=microversion,
        timeout=timeout,
    )


def extract_quotas(page: Page[Any]) -> builtins.list[Quota]:
    """The Quota items of a page (or of ``all_pages()``)."""
    return page.extract_as(Quota)
