# Generated from identity/v3/limits.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project or domain limit (unified limits): overrides, for one project or domain, the
registered default limit of a service's resource."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class NewLimit(Model):
    """One limit to create: service_id, resource_name, resource_limit and exactly one of
    project_id or domain_id are required; a registered limit for the same service, region and
    resource must exist."""

    service_id: str | Unset = UNSET

    region_id: str | None | Unset = UNSET

    resource_name: str | Unset = UNSET

    resource_limit: int | Unset = UNSET

    project_id: str | None | Unset = UNSET

    domain_id: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("service_id", "service_id", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("resource_name", "resource_name", t.STRING),
        Field("resource_limit", "resource_limit", t.INTEGER),
        Field("project_id", "project_id", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
    )


class LimitModel(Model):
    """The limit enforcement model the deployment uses."""

    name: str | Unset = UNSET
    """The model name: flat or strict_two_level."""

    description: str | Unset = UNSET
    """What the model enforces."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
    )


class Limit(Model):
    """A project or domain limit (unified limits): overrides, for one project or domain, the
    registered default limit of a service's resource."""

    id: str
    """The limit ID."""

    service_id: str | Unset = UNSET
    """The service whose resource is limited."""

    region_id: str | None | Unset = UNSET
    """The region the limit applies to; null for all."""

    resource_name: str | Unset = UNSET
    """The resource limited, e.g. "volume"."""

    resource_limit: int | Unset = UNSET
    """The override (-1 means unlimited)."""

    project_id: str | None | Unset = UNSET
    """The project limited (null for a domain limit)."""

    domain_id: str | None | Unset = UNSET
    """The domain limited (null for a project limit)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("service_id", "service_id", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("resource_name", "resource_name", t.STRING),
        Field("resource_limit", "resource_limit", t.INTEGER),
        Field("project_id", "project_id", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    service_id: str | Unset = UNSET

    region_id: str | Unset = UNSET

    resource_name: str | Unset = UNSET

    project_id: str | Unset = UNSET

    domain_id: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("service_id", "service_id", t.STRING, location="query"),
        Param("region_id", "region_id", t.STRING, location="query"),
        Param("resource_name", "resource_name", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("domain_id", "domain_id", t.STRING, location="query"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    resource_limit: int | Unset = UNSET
    """The override (-1 means unlimited)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource_limit", "resource_limit", t.INTEGER),
        Param("description", "description", t.STRING, nullable=True),
    )


class BatchCreateOpts(Opts):
    """Options of batch_create."""

    limits: builtins.list[NewLimit] = REQUIRED
    """The limits to create."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limits", "limits", t.list_of(t.model(NewLimit)), required=True),
    )


_LIST = Operation(
    "limits.list",
    "GET",
    "/limits",
    ok=(200, 203),
    response_key="limits",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "limits.get",
    "GET",
    "/limits/{limit_id}",
    ok=(200, 203),
    response_key="limit",
)
_UPDATE = Operation(
    "limits.update",
    "PATCH",
    "/limits/{limit_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="limit",
    response_key="limit",
)
_DELETE = Operation(
    "limits.delete",
    "DELETE",
    "/limits/{limit_id}",
    ok=(204,),
    response_kind="empty",
)
_BATCH_CREATE = Operation(
    "limits.batch_create",
    "POST",
    "/limits",
    ok=(201,),
    request_kind="json",
    response_kind="list",
    response_key="limits",
)
_GET_MODEL = Operation(
    "limits.get_model",
    "GET",
    "/limits/model",
    ok=(200, 203),
    response_key="model",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Limit]:
    """List limits (a project-scoped non-admin token sees only its project's limits, a
    domain-scoped one those of its domain and its projects)."""
    return client.pager(
        _LIST, None, model=Limit, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    limit_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Limit]:
    """Get a limit."""
    return client.call(
        _GET, {"limit_id": limit_id}, model=Limit, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    limit_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Limit]:
    """Change a limit's value or description."""
    return client.call(
        _UPDATE,
        {"limit_id": limit_id},
        model=Limit,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    limit_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a limit."""
    return client.call(_DELETE, {"limit_id": limit_id}, microversion=microversion, timeout=timeout)


def batch_create(
    client: ServiceClient,
    opts: BatchCreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Limit]]:
    """Create one or more limits in one request; all are created or none. extract() gives the
    created limits as JSON objects (Limit.from_dict each)."""
    return client.call(
        _BATCH_CREATE, None, model=Limit, opts=opts, microversion=microversion, timeout=timeout
    )


def get_model(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LimitModel]:
    """The enforcement model (flat or strict_two_level) the deployment is configured with."""
    return client.call(
        _GET_MODEL, None, model=LimitModel, microversion=microversion, timeout=timeout
    )


def extract_limits(page: Page[Any]) -> builtins.list[Limit]:
    """The Limit items of a page (or of ``all_pages()``)."""
    return page.extract_as(Limit)
