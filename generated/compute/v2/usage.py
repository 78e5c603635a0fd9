# Generated from compute/v2/usage.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Usage of compute resources per project over a period (os-simple-tenant- usage): hours of
servers, vCPUs, memory and disk, computed from the servers that existed in the period. The
period runs from start to end (both default to now, so give at least start), as
"YYYY-MM-DDTHH:MM:SS[.ffffff]" or "YYYY-MM-DD HH:MM:SS.ffffff" in UTC. list (every project;
admin) and get_usage (one project) page by the servers counted since 2.40 (limit, marker = the
last server's UUID): list follows the tenant_usages_links "next" link; get_usage returns one
page and its tenant_usage_links."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class ServerUsage(Model):
    """One server's usage in the period."""

    instance_id: str | Unset = UNSET
    """The server's UUID."""

    name: str | Unset = UNSET
    """The server's name."""

    tenant_id: str | Unset = UNSET
    """The server's project."""

    flavor: str | Unset = UNSET
    """The name of the server's flavor."""

    vcpus: int | Unset = UNSET
    """Its vCPUs (absent when the flavor is unknown)."""

    memory_mb: int | Unset = UNSET
    """Its memory in MiB (absent when the flavor is unknown)."""

    local_gb: int | Unset = UNSET
    """Its root plus ephemeral disk in GiB (absent when the flavor is unknown)."""

    hours: float | Unset = UNSET
    """Its hours within the period."""

    started_at: datetime.datetime | Unset = UNSET
    """When it was launched."""

    ended_at: datetime.datetime | None | Unset = UNSET
    """When it was deleted (None while it exists)."""

    state: str | Unset = UNSET
    """Its vm_state (active, building, ..., or "terminated" when deleted)."""

    uptime: int | Unset = UNSET
    """Seconds from launch to now or to its deletion."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("instance_id", "instance_id", t.STRING),
        Field("name", "name", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("flavor", "flavor", t.STRING),
        Field("vcpus", "vcpus", t.INTEGER),
        Field("memory_mb", "memory_mb", t.INTEGER),
        Field("local_gb", "local_gb", t.INTEGER),
        Field("hours", "hours", t.NUMBER),
        Field("started_at", "started_at", t.DATETIME),
        Field("ended_at", "ended_at", t.DATETIME),
        Field("state", "state", t.STRING),
        Field("uptime", "uptime", t.INTEGER),
    )


class TenantUsage(Model):
    """Usage of compute resources per project over a period (os-simple-tenant- usage): hours of
    servers, vCPUs, memory and disk, computed from the servers that existed in the period. The
    period runs from start to end (both default to now, so give at least start), as
    "YYYY-MM-DDTHH:MM:SS[.ffffff]" or "YYYY-MM-DD HH:MM:SS.ffffff" in UTC. list (every
    project; admin) and get_usage (one project) page by the servers counted since 2.40 (limit,
    marker = the last server's UUID): list follows the tenant_usages_links "next" link;
    get_usage returns one page and its tenant_usage_links."""

    tenant_id: str | Unset = UNSET
    """The project's ID (absent, like every field, when get_usage finds no server)."""

    start: datetime.datetime | Unset = UNSET
    """The period's start."""

    stop: datetime.datetime | Unset = UNSET
    """The period's end."""

    total_hours: float | Unset = UNSET
    """Server hours in the period."""

    total_vcpus_usage: float | Unset = UNSET
    """vCPU hours."""

    total_memory_mb_usage: float | Unset = UNSET
    """MiB hours of memory."""

    total_local_gb_usage: float | Unset = UNSET
    """GiB hours of local disk."""

    server_usages: builtins.list[ServerUsage] | Unset = UNSET
    """Per-server usage (get_usage always; list only with detailed=1)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("tenant_id", "tenant_id", t.STRING),
        Field("start", "start", t.DATETIME),
        Field("stop", "stop", t.DATETIME),
        Field("total_hours", "total_hours", t.NUMBER),
        Field("total_vcpus_usage", "total_vcpus_usage", t.NUMBER),
        Field("total_memory_mb_usage", "total_memory_mb_usage", t.NUMBER),
        Field("total_local_gb_usage", "total_local_gb_usage", t.NUMBER),
        Field("server_usages", "server_usages", t.list_of(t.model(ServerUsage))),
    )


class TenantUsagePage(Model):
    """One page of a project's usage (get_usage)."""

    tenant_usage: TenantUsage | Unset = UNSET
    """The project's usage over this page's servers (empty when none)."""

    tenant_usage_links: builtins.list[Link] | Unset = UNSET
    """A "next" link when the page is full (since 2.40)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("tenant_usage", "tenant_usage", t.model(TenantUsage)),
        Field("tenant_usage_links", "tenant_usage_links", t.list_of(t.model(Link)), since="2.40"),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    start: str | Unset = UNSET
    """The period's start (UTC; default now)."""

    end: str | Unset = UNSET
    """The period's end (UTC; default now)."""

    detailed: int | Unset = UNSET
    """1 to include each project's server_usages (Nova reads only "1" as true)."""

    limit: int | Unset = UNSET
    """The most servers a page counts."""

    marker: str | Unset = UNSET
    """Count from the server after this UUID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("start", "start", t.STRING, location="query"),
        Param("end", "end", t.STRING, location="query"),
        Param("detailed", "detailed", t.INTEGER, location="query", enum=(0, 1)),
        Param("limit", "limit", t.INTEGER, location="query", since="2.40"),
        Param("marker", "marker", t.STRING, location="query", since="2.40"),
    )


class GetUsageOpts(Opts):
    """Options of get_usage."""

    start: str | Unset = UNSET
    """The period's start (UTC; default now)."""

    end: str | Unset = UNSET
    """The period's end (UTC; default now)."""

    limit: int | Unset = UNSET
    """The most servers the page counts."""

    marker: str | Unset = UNSET
    """Count from the server after this UUID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("start", "start", t.STRING, location="query"),
        Param("end", "end", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query", since="2.40"),
        Param("marker", "marker", t.STRING, location="query", since="2.40"),
    )


_LIST = Operation(
    "usage.list",
    "GET",
    "/os-simple-tenant-usage",
    ok=(200, 203),
    response_key="tenant_usages",
    paging=Paging("linked", next="tenant_usages_links[rel=next].href"),
)
_GET_USAGE = Operation(
    "usage.get_usage",
    "GET",
    "/os-simple-tenant-usage/{tenant_id}",
    ok=(200, 203),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[TenantUsage]:
    """Every project's usage in the period (admin). A start after end is a 400."""
    return client.pager(
        _LIST, None, model=TenantUsage, opts=opts, microversion=microversion, timeout=timeout
    )


def get_usage(
    client: ServiceClient,
    tenant_id: str,
    opts: GetUsageOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TenantUsagePage]:
    """One project's usage in the period (its members, or admins), with server_usages. Since 2.40
    the servers are paged: call again with marker = the last server's instance_id while
    tenant_usage_links has a "next" link."""
    return client.call(
        _GET_USAGE,
        {"tenant_id": tenant_id},
        model=TenantUsagePage,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_usage(page: Page[Any]) -> builtins.list[TenantUsage]:
    """The TenantUsage items of a page (or of ``all_pages()``)."""
    return page.extract_as(TenantUsage)
