# Generated from huaweicloud/elb/v3/healthmonitors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A health monitor: checks the members of one pool at an interval (TCP, UDP, HTTP, HTTPS, TLS or
gRPC) and takes unhealthy ones out of rotation."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as _IdRef

PoolRef = _IdRef


class HealthMonitor(Model):
    """A health monitor: checks the members of one pool at an interval (TCP, UDP, HTTP, HTTPS,
    TLS or gRPC) and takes unhealthy ones out of rotation."""

    admin_state_up: bool | Unset = UNSET
    """Whether health checks run (default true)."""

    delay: int | Unset = UNSET
    """Seconds between checks, 1-50 (required)."""

    domain_name: str | None | Unset = UNSET
    """The Host of HTTP/HTTPS checks (letters, digits, - and .; default the backend's address)."""

    expected_codes: str | None | Unset = UNSET
    """The status codes that count as healthy: one (200), a list (200,202) or a range (200-204);
    default 200 (HTTP/HTTPS/GRPC checks)."""

    http_method: str | None | Unset = UNSET
    """GET (default), HEAD or POST (HTTP/HTTPS checks)."""

    id: str
    """The health monitor ID."""

    max_retries: int | Unset = UNSET
    """Successes in a row that mark a backend ONLINE, 1-10 (required)."""

    max_retries_down: int | Unset = UNSET
    """Failures in a row that mark a backend OFFLINE, 1-10 (default 3)."""

    monitor_port: int | None | Unset = UNSET
    """The port checked, 1-65535; null checks the backend's own port (required for pools with
    any_port_enable and IP pools)."""

    name: str | Unset = UNSET
    """The name."""

    pools: builtins.list[PoolRef] | Unset = UNSET
    """The pool it checks (one)."""

    project_id: str | Unset = UNSET
    """The project that owns it (taken from the URL, never sent)."""

    timeout: int | Unset = UNSET
    """Seconds a check may take, 1-50 (required; keep it below delay)."""

    type: str | Unset = UNSET
    """The check protocol: TCP, UDP_CONNECT, HTTP, HTTPS, TLS or GRPC; it must fit the pool's
    (UDP_CONNECT for UDP and QUIC pools). Required."""

    url_path: str | None | Unset = UNSET
    """The path of HTTP/HTTPS checks, starting with / (default /)."""

    created_at: datetime.datetime | None | Unset = UNSET
    """When it was created (UTC; older dedicated resources leave it out)."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed (UTC; older dedicated resources leave it out)."""

    pool_id: str | Unset = UNSET
    """The pool to check (required; one monitor per pool)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("delay", "delay", t.INTEGER),
        Field("domain_name", "domain_name", t.STRING),
        Field("expected_codes", "expected_codes", t.STRING),
        Field("http_method", "http_method", t.STRING),
        Field("id", "id", t.STRING),
        Field("max_retries", "max_retries", t.INTEGER),
        Field("max_retries_down", "max_retries_down", t.INTEGER),
        Field("monitor_port", "monitor_port", t.INTEGER),
        Field("name", "name", t.STRING),
        Field("pools", "pools", t.list_of(t.model(PoolRef))),
        Field("project_id", "project_id", t.STRING),
        Field("timeout", "timeout", t.INTEGER),
        Field("type", "type", t.STRING),
        Field("url_path", "url_path", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("pool_id", "pool_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """Start after the item with this ID (the previous page's last); needs limit."""

    limit: int | Unset = UNSET
    """The most items one page holds (0-2000, default 2000)."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from marker (use the previous page's first ID, page_info.previous_marker)."""

    id: builtins.list[str] | Unset = UNSET
    """Only health monitors whose id is one of these."""

    monitor_port: builtins.list[int] | Unset = UNSET
    """Only health monitors whose monitor_port is one of these."""

    domain_name: builtins.list[str] | Unset = UNSET
    """Only health monitors whose domain_name is one of these."""

    name: str | Unset = UNSET
    """Only items with exactly this name."""

    delay: builtins.list[int] | Unset = UNSET
    """Only health monitors whose delay is one of these."""

    max_retries: builtins.list[int] | Unset = UNSET
    """Only health monitors whose max_retries is one of these."""

    admin_state_up: bool | Unset = UNSET
    """Only health monitors whose admin_state_up is this."""

    max_retries_down: builtins.list[int] | Unset = UNSET
    """Only health monitors whose max_retries_down is one of these."""

    timeout: int | Unset = UNSET
    """Only health monitors whose timeout is this."""

    type: builtins.list[str] | Unset = UNSET
    """Only health monitors whose type is one of these."""

    expected_codes: builtins.list[str] | Unset = UNSET
    """Only health monitors whose expected_codes is one of these."""

    url_path: builtins.list[str] | Unset = UNSET
    """Only health monitors whose url_path is one of these."""

    http_method: builtins.list[str] | Unset = UNSET
    """Only health monitors whose http_method is one of these."""

    enterprise_project_id: builtins.list[str] | Unset = UNSET
    """Only items of these enterprise projects (all_granted_eps for every one the caller may see;
    without it, the caller's permitted ones)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("monitor_port", "monitor_port", t.list_of(t.INTEGER), location="query"),
        Param("domain_name", "domain_name", t.list_of(t.STRING), location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("delay", "delay", t.list_of(t.INTEGER), location="query"),
        Param("max_retries", "max_retries", t.list_of(t.INTEGER), location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("max_retries_down", "max_retries_down", t.list_of(t.INTEGER), location="query"),
        Param("timeout", "timeout", t.INTEGER, location="query"),
        Param("type", "type", t.list_of(t.STRING), location="query"),
        Param("expected_codes", "expected_codes", t.list_of(t.STRING), location="query"),
        Param("url_path", "url_path", t.list_of(t.STRING), location="query"),
        Param("http_method", "http_method", t.list_of(t.STRING), location="query"),
        Param(
            "enterprise_project_id", "enterprise_project_id", t.list_of(t.STRING), location="query"
        ),
    )


class CreateOpts(Opts):
    """Options of create."""

    admin_state_up: bool | Unset = UNSET
    """Whether health checks run (default true)."""

    delay: int = REQUIRED
    """Seconds between checks, 1-50 (required)."""

    domain_name: str | None | Unset = UNSET
    """The Host of HTTP/HTTPS checks (letters, digits, - and .; default the backend's address)."""

    expected_codes: str | None | Unset = UNSET
    """The status codes that count as healthy: one (200), a list (200,202) or a range (200-204);
    default 200 (HTTP/HTTPS/GRPC checks)."""

    http_method: str | None | Unset = UNSET
    """GET (default), HEAD or POST (HTTP/HTTPS checks)."""

    max_retries: int = REQUIRED
    """Successes in a row that mark a backend ONLINE, 1-10 (required)."""

    max_retries_down: int | Unset = UNSET
    """Failures in a row that mark a backend OFFLINE, 1-10 (default 3)."""

    monitor_port: int | None | Unset = UNSET
    """The port checked, 1-65535; null checks the backend's own port (required for pools with
    any_port_enable and IP pools)."""

    name: str | Unset = UNSET
    """The name."""

    timeout: int = REQUIRED
    """Seconds a check may take, 1-50 (required; keep it below delay)."""

    type: str = REQUIRED
    """The check protocol: TCP, UDP_CONNECT, HTTP, HTTPS, TLS or GRPC; it must fit the pool's
    (UDP_CONNECT for UDP and QUIC pools). Required."""

    url_path: str | None | Unset = UNSET
    """The path of HTTP/HTTPS checks, starting with / (default /)."""

    pool_id: str = REQUIRED
    """The pool to check (required; one monitor per pool)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("delay", "delay", t.INTEGER, required=True),
        Param("domain_name", "domain_name", t.STRING, nullable=True),
        Param("expected_codes", "expected_codes", t.STRING, nullable=True),
        Param("http_method", "http_method", t.STRING, nullable=True),
        Param("max_retries", "max_retries", t.INTEGER, required=True),
        Param("max_retries_down", "max_retries_down", t.INTEGER),
        Param("monitor_port", "monitor_port", t.INTEGER, nullable=True),
        Param("name", "name", t.STRING),
        Param("timeout", "timeout", t.INTEGER, required=True),
        Param("type", "type", t.STRING, required=True),
        Param("url_path", "url_path", t.STRING, nullable=True),
        Param("pool_id", "pool_id", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET
    """Whether health checks run (default true)."""

    delay: int | Unset = UNSET
    """Seconds between checks, 1-50 (required)."""

    domain_name: str | None | Unset = UNSET
    """The Host of HTTP/HTTPS checks (letters, digits, - and .; default the backend's address)."""

    expected_codes: str | None | Unset = UNSET
    """The status codes that count as healthy: one (200), a list (200,202) or a range (200-204);
    default 200 (HTTP/HTTPS/GRPC checks)."""

    http_method: str | None | Unset = UNSET
    """GET (default), HEAD or POST (HTTP/HTTPS checks)."""

    max_retries: int | Unset = UNSET
    """Successes in a row that mark a backend ONLINE, 1-10 (required)."""

    max_retries_down: int | Unset = UNSET
    """Failures in a row that mark a backend OFFLINE, 1-10 (default 3)."""

    monitor_port: int | None | Unset = UNSET
    """The port checked, 1-65535; null checks the backend's own port (required for pools with
    any_port_enable and IP pools)."""

    name: str | Unset = UNSET
    """The name."""

    timeout: int | Unset = UNSET
    """Seconds a check may take, 1-50 (required; keep it below delay)."""

    type: str | Unset = UNSET
    """The check protocol: TCP, UDP_CONNECT, HTTP, HTTPS, TLS or GRPC; it must fit the pool's
    (UDP_CONNECT for UDP and QUIC pools). Required."""

    url_path: str | None | Unset = UNSET
    """The path of HTTP/HTTPS checks, starting with / (default /)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("delay", "delay", t.INTEGER),
        Param("domain_name", "domain_name", t.STRING, nullable=True),
        Param("expected_codes", "expected_codes", t.STRING, nullable=True),
        Param("http_method", "http_method", t.STRING, nullable=True),
        Param("max_retries", "max_retries", t.INTEGER),
        Param("max_retries_down", "max_retries_down", t.INTEGER),
        Param("monitor_port", "monitor_port", t.INTEGER, nullable=True),
        Param("name", "name", t.STRING),
        Param("timeout", "timeout", t.INTEGER),
        Param("type", "type", t.STRING),
        Param("url_path", "url_path", t.STRING, nullable=True),
    )


_LIST = Operation(
    "healthmonitors.list",
    "GET",
    "/elb/healthmonitors",
    ok=(200, 203),
    response_key="healthmonitors",
    paging=Paging("marker", next="page_info.next_marker"),
)
_GET = Operation(
    "healthmonitors.get",
    "GET",
    "/elb/healthmonitors/{healthmonitor_id}",
    ok=(200, 203),
    response_key="healthmonitor",
)
_CREATE = Operation(
    "healthmonitors.create",
    "POST",
    "/elb/healthmonitors",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="healthmonitor",
    response_key="healthmonitor",
)
_UPDATE = Operation(
    "healthmonitors.update",
    "PUT",
    "/elb/healthmonitors/{healthmonitor_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="healthmonitor",
    response_key="healthmonitor",
)
_DELETE = Operation(
    "healthmonitors.delete",
    "DELETE",
    "/elb/healthmonitors/{healthmonitor_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[HealthMonitor]:
    """List health monitors, optionally filtered; most filters take several values. Pages with
    limit and marker (page_info.next_marker while more follow)."""
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
    """Show a health monitor."""
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
    """Add a health monitor to a pool (one per pool)."""
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
    """Change a health monitor; only the fields set are sent."""
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


def extract_healthmonitors(page: Page[Any]) -> builtins.list[HealthMonitor]:
    """The HealthMonitor items of a page (or of ``all_pages()``)."""
    return page.extract_as(HealthMonitor)
