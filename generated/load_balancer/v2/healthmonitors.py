# Generated from load-balancer/v2/healthmonitors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A health monitor: how a pool checks its members (ping, TCP, HTTP(S), TLS hello, UDP), how
often, and after how many failures a member counts as down."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as IdRef


class HealthMonitorSpec(Model):
    """A health monitor to create inside a pool of a single-call create."""

    admin_state_up: bool | Unset = UNSET

    delay: int | Unset = UNSET

    domain_name: str | Unset = UNSET

    expected_codes: str | Unset = UNSET

    http_method: (
        Literal["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"]
        | Unset
    ) = UNSET

    http_version: float | Unset = UNSET

    max_retries: int | Unset = UNSET

    max_retries_down: int | Unset = UNSET

    name: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    timeout: int | Unset = UNSET

    type: Literal["HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"] | Unset = (
        UNSET
    )

    url_path: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("delay", "delay", t.INTEGER),
        Field("domain_name", "domain_name", t.STRING),
        Field("expected_codes", "expected_codes", t.STRING),
        Field(
            "http_method",
            "http_method",
            t.STRING,
            enum=("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"),
        ),
        Field("http_version", "http_version", t.NUMBER),
        Field("max_retries", "max_retries", t.INTEGER),
        Field("max_retries_down", "max_retries_down", t.INTEGER),
        Field("name", "name", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("timeout", "timeout", t.INTEGER),
        Field(
            "type",
            "type",
            t.STRING,
            enum=("HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"),
        ),
        Field("url_path", "url_path", t.STRING),
    )


class HealthMonitor(Model):
    """A health monitor: how a pool checks its members (ping, TCP, HTTP(S), TLS hello, UDP), how
    often, and after how many failures a member counts as down."""

    admin_state_up: bool | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    delay: int | Unset = UNSET

    domain_name: str | Unset = UNSET

    expected_codes: str | Unset = UNSET

    http_method: (
        Literal["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"]
        | Unset
    ) = UNSET

    http_version: float | Unset = UNSET

    id: str

    max_retries: int | Unset = UNSET

    max_retries_down: int | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    pools: builtins.list[IdRef] | Unset = UNSET

    project_id: str | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tenant_id: str | Unset = UNSET

    timeout: int | Unset = UNSET

    type: Literal["HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"] | Unset = (
        UNSET
    )

    updated_at: datetime.datetime | Unset = UNSET

    url_path: str | Unset = UNSET

    pool_id: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("created_at", "created_at", t.DATETIME),
        Field("delay", "delay", t.INTEGER),
        Field("domain_name", "domain_name", t.STRING),
        Field("expected_codes", "expected_codes", t.STRING),
        Field(
            "http_method",
            "http_method",
            t.STRING,
            enum=("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"),
        ),
        Field("http_version", "http_version", t.NUMBER),
        Field("id", "id", t.STRING),
        Field("max_retries", "max_retries", t.INTEGER),
        Field("max_retries_down", "max_retries_down", t.INTEGER),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("pools", "pools", t.list_of(t.model(IdRef))),
        Field("project_id", "project_id", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("timeout", "timeout", t.INTEGER),
        Field(
            "type",
            "type",
            t.STRING,
            enum=("HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"),
        ),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("url_path", "url_path", t.STRING),
        Field("pool_id", "pool_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    admin_state_up: bool | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    delay: int | Unset = UNSET

    description: str | Unset = UNSET

    expected_codes: str | Unset = UNSET

    http_method: (
        Literal["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"]
        | Unset
    ) = UNSET

    id: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    max_retries: int | Unset = UNSET

    max_retries_down: int | Unset = UNSET

    name: str | Unset = UNSET

    not_tags: builtins.list[str] | Unset = UNSET

    not_tags_any: builtins.list[str] | Unset = UNSET

    operating_status: (
        Literal["DEGRADED", "DRAINING", "ERROR", "NO_MONITOR", "OFFLINE", "ONLINE"] | Unset
    ) = UNSET

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    pool_id: str | Unset = UNSET

    project_id: str | Unset = UNSET

    provisioning_status: (
        Literal["ACTIVE", "DELETED", "ERROR", "PENDING_CREATE", "PENDING_DELETE", "PENDING_UPDATE"]
        | Unset
    ) = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tags_any: builtins.list[str] | Unset = UNSET

    timeout: int | Unset = UNSET

    type: Literal["HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"] | Unset = (
        UNSET
    )

    updated_at: datetime.datetime | Unset = UNSET

    url_path: str | Unset = UNSET

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("created_at", "created_at", t.DATETIME, location="query"),
        Param("delay", "delay", t.INTEGER, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("expected_codes", "expected_codes", t.STRING, location="query"),
        Param(
            "http_method",
            "http_method",
            t.STRING,
            location="query",
            enum=("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"),
        ),
        Param("id", "id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("max_retries", "max_retries", t.INTEGER, location="query"),
        Param("max_retries_down", "max_retries_down", t.INTEGER, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param(
            "operating_status",
            "operating_status",
            t.STRING,
            location="query",
            enum=("DEGRADED", "DRAINING", "ERROR", "NO_MONITOR", "OFFLINE", "ONLINE"),
        ),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("pool_id", "pool_id", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param(
            "provisioning_status",
            "provisioning_status",
            t.STRING,
            location="query",
            enum=(
                "ACTIVE",
                "DELETED",
                "ERROR",
                "PENDING_CREATE",
                "PENDING_DELETE",
                "PENDING_UPDATE",
            ),
        ),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("timeout", "timeout", t.INTEGER, location="query"),
        Param(
            "type",
            "type",
            t.STRING,
            location="query",
            enum=("HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"),
        ),
        Param("updated_at", "updated_at", t.DATETIME, location="query"),
        Param("url_path", "url_path", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    admin_state_up: bool | Unset = UNSET

    delay: int = REQUIRED

    domain_name: str | Unset = UNSET

    expected_codes: str | Unset = UNSET

    http_method: (
        Literal["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"]
        | Unset
    ) = UNSET

    http_version: float | Unset = UNSET

    max_retries: int = REQUIRED

    max_retries_down: int | Unset = UNSET

    name: str | Unset = UNSET

    project_id: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    timeout: int = REQUIRED

    type: Literal["HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"] = REQUIRED

    url_path: str | Unset = UNSET

    pool_id: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("delay", "delay", t.INTEGER, required=True),
        Param("domain_name", "domain_name", t.STRING),
        Param("expected_codes", "expected_codes", t.STRING),
        Param(
            "http_method",
            "http_method",
            t.STRING,
            enum=("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"),
        ),
        Param("http_version", "http_version", t.NUMBER),
        Param("max_retries", "max_retries", t.INTEGER, required=True),
        Param("max_retries_down", "max_retries_down", t.INTEGER),
        Param("name", "name", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("timeout", "timeout", t.INTEGER, required=True),
        Param(
            "type",
            "type",
            t.STRING,
            required=True,
            enum=("HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"),
        ),
        Param("url_path", "url_path", t.STRING),
        Param("pool_id", "pool_id", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET

    delay: int | Unset = UNSET

    domain_name: str | Unset = UNSET

    expected_codes: str | Unset = UNSET

    http_method: (
        Literal["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"]
        | Unset
    ) = UNSET

    http_version: float | Unset = UNSET

    max_retries: int | Unset = UNSET

    max_retries_down: int | Unset = UNSET

    name: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    timeout: int | Unset = UNSET

    url_path: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("delay", "delay", t.INTEGER),
        Param("domain_name", "domain_name", t.STRING),
        Param("expected_codes", "expected_codes", t.STRING),
        Param(
            "http_method",
            "http_method",
            t.STRING,
            enum=("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"),
        ),
        Param("http_version", "http_version", t.NUMBER),
        Param("max_retries", "max_retries", t.INTEGER),
        Param("max_retries_down", "max_retries_down", t.INTEGER),
        Param("name", "name", t.STRING),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("timeout", "timeout", t.INTEGER),
        Param("url_path", "url_path", t.STRING),
    )


_LIST = Operation(
    "healthmonitors.list",
    "GET",
    "/lbaas/healthmonitors",
    ok=(200, 203),
    response_key="healthmonitors",
    paging=Paging("marker", next="healthmonitors_links[rel=next].href"),
)
_GET = Operation(
    "healthmonitors.get",
    "GET",
    "/lbaas/healthmonitors/{healthmonitor_id}",
    ok=(200, 203),
    response_key="healthmonitor",
)
_CREATE = Operation(
    "healthmonitors.create",
    "POST",
    "/lbaas/healthmonitors",
    ok=(201,),
    request_kind="json",
    request_key="healthmonitor",
    response_key="healthmonitor",
)
_UPDATE = Operation(
    "healthmonitors.update",
    "PUT",
    "/lbaas/healthmonitors/{healthmonitor_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="healthmonitor",
    response_key="healthmonitor",
)
_DELETE = Operation(
    "healthmonitors.delete",
    "DELETE",
    "/lbaas/healthmonitors/{healthmonitor_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[HealthMonitor]:
    """List healthmonitors."""
    return client.pager(
        _LIST, None, model=HealthMonitor, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    healthmonitor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[HealthMonitor]:
    """Get a health monitor."""
    return client.call(
        _GET,
        {"healthmonitor_id": healthmonitor_id},
        model=HealthMonitor,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[HealthMonitor]:
    """Create a health monitor."""
    return client.call(
        _CREATE, None, model=HealthMonitor, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    healthmonitor_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[HealthMonitor]:
    """Update a health monitor."""
    return client.call(
        _UPDATE,
        {"healthmonitor_id": healthmonitor_id},
        model=HealthMonitor,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    healthmonitor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a health monitor."""
    return client.call(
        _DELETE, {"healthmonitor_id": healthmonitor_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> HealthMonitor:
    """The one HealthMonitor whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=HealthMonitor,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    healthmonitor_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[HealthMonitor], None] | None = None,
) -> HealthMonitor:
    """Poll get until the HealthMonitor's provisioning_status is ``status`` (one of several, if a
    list; compared without case) and return it. Raises errors.WaitTimeout after ``timeout``
    seconds, errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"healthmonitor_id": healthmonitor_id},
        model=HealthMonitor,
        field="provisioning_status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    healthmonitor_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[HealthMonitor], None] | None = None,
) -> None:
    """Poll get until the HealthMonitor is gone (404, or provisioning_status DELETED). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes ERROR."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"healthmonitor_id": healthmonitor_id},
        model=HealthMonitor,
        field="provisioning_status",
        deleted=("DELETED",),
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_healthmonitors(page: Page[Any]) -> builtins.list[HealthMonitor]:
    """The HealthMonitor items of a page (or of ``all_pages()``)."""
    return page.extract_as(HealthMonitor)
