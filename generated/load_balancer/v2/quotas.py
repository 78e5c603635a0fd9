# Generated from load-balancer/v2/quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The load-balancing quotas of a project (-1: unlimited); a project with no quota of its own
uses the defaults."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class Quota(Model):
    """The load-balancing quotas of a project (-1: unlimited); a project with no quota of its own
    uses the defaults."""

    health_monitor: int | None | Unset = UNSET
    """Deprecated spelling of healthmonitor; the server sends both."""

    healthmonitor: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    l7policy: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    l7rule: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    listener: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    load_balancer: int | None | Unset = UNSET
    """Deprecated spelling of loadbalancer; the server sends both."""

    loadbalancer: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    member: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    pool: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    project_id: str
    """The project these quotas apply to ("defaults" for the defaults)."""

    tenant_id: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("health_monitor", "health_monitor", t.INTEGER),
        Field("healthmonitor", "healthmonitor", t.INTEGER),
        Field("l7policy", "l7policy", t.INTEGER),
        Field("l7rule", "l7rule", t.INTEGER),
        Field("listener", "listener", t.INTEGER),
        Field("load_balancer", "load_balancer", t.INTEGER),
        Field("loadbalancer", "loadbalancer", t.INTEGER),
        Field("member", "member", t.INTEGER),
        Field("pool", "pool", t.INTEGER),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    project_id: str | Unset = UNSET
    """Only this project's quotas."""

    limit: int | Unset = UNSET
    """The most items one page holds."""

    marker: str | Unset = UNSET
    """Start after this project id."""

    page_reverse: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    health_monitor: int | None | Unset = UNSET
    """Deprecated spelling of healthmonitor; the server sends both."""

    healthmonitor: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    l7policy: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    l7rule: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    listener: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    load_balancer: int | None | Unset = UNSET
    """Deprecated spelling of loadbalancer; the server sends both."""

    loadbalancer: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    member: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    pool: int | None | Unset = UNSET
    """The limit (-1: unlimited); null in a listing: the default applies."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("health_monitor", "health_monitor", t.INTEGER, nullable=True),
        Param("healthmonitor", "healthmonitor", t.INTEGER, nullable=True),
        Param("l7policy", "l7policy", t.INTEGER, nullable=True),
        Param("l7rule", "l7rule", t.INTEGER, nullable=True),
        Param("listener", "listener", t.INTEGER, nullable=True),
        Param("load_balancer", "load_balancer", t.INTEGER, nullable=True),
        Param("loadbalancer", "loadbalancer", t.INTEGER, nullable=True),
        Param("member", "member", t.INTEGER, nullable=True),
        Param("pool", "pool", t.INTEGER, nullable=True),
    )


_LIST = Operation(
    "quotas.list",
    "GET",
    "/lbaas/quotas",
    ok=(200, 203),
    response_key="quotas",
    paging=Paging("marker", marker_field="project_id", next="quotas_links[rel=next].href"),
)
_GET = Operation(
    "quotas.get",
    "GET",
    "/lbaas/quotas/{project_id}",
    ok=(200, 203),
    response_key="quota",
)
_UPDATE = Operation(
    "quotas.update",
    "PUT",
    "/lbaas/quotas/{project_id}",
    ok=(202,),
    request_kind="json",
    request_key="quota",
    response_key="quota",
)
_DELETE = Operation(
    "quotas.delete",
    "DELETE",
    "/lbaas/quotas/{project_id}",
    ok=(202,),
    response_kind="empty",
)
_DEFAULTS = Operation(
    "quotas.defaults",
    "GET",
    "/lbaas/quotas/defaults",
    ok=(200, 203),
    response_key="quota",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Quota]:
    """List quotas."""
    return client.pager(
        _LIST, None, model=Quota, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """Get a quota."""
    return client.call(
        _GET, {"project_id": project_id}, model=Quota, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """Update a quota."""
    return client.call(
        _UPDATE,
        {"project_id": project_id},
        model=Quota,
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
    """Reset the project's quotas to the defaults."""
    return client.call(
        _DELETE, {"project_id": project_id}, microversion=microversion, timeout=timeout
    )


def defaults(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """The default quotas every project without quotas of its own has."""
    return client.call(_DEFAULTS, None, model=Quota, microversion=microversion, timeout=timeout)


def extract_quotas(page: Page[Any]) -> builtins.list[Quota]:
    """The Quota items of a page (or of ``all_pages()``)."""
    return page.extract_as(Quota)
