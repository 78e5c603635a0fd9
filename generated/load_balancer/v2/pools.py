# Generated from load-balancer/v2/pools.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A pool: the group of back-end members a listener (or L7 policy) sends traffic to, with its
balancing algorithm, session persistence and health monitor."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.load_balancer.v2.healthmonitors import (
    HealthMonitor as HealthMonitor,
    HealthMonitorSpec as HealthMonitorSpec,
)
from stacksdk.load_balancer.v2.members import Member as Member, MemberSpec as MemberSpec
from stacksdk.shared import IdRef as IdRef


class SessionPersistence(Model):
    """The SessionPersistence object."""

    cookie_name: str | Unset = UNSET

    persistence_granularity: str | Unset = UNSET

    persistence_timeout: int | Unset = UNSET

    type: Literal["APP_COOKIE", "HTTP_COOKIE", "SOURCE_IP"] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("cookie_name", "cookie_name", t.STRING),
        Field("persistence_granularity", "persistence_granularity", t.STRING),
        Field("persistence_timeout", "persistence_timeout", t.INTEGER),
        Field("type", "type", t.STRING, enum=("APP_COOKIE", "HTTP_COOKIE", "SOURCE_IP")),
    )


class PoolSpec(Model):
    """A pool to create inside a single-call create (a load balancer's pools, a listener's
    default pool, a policy's redirect pool)."""

    admin_state_up: bool | Unset = UNSET

    alpn_protocols: builtins.list[str] | Unset = UNSET

    ca_tls_container_ref: str | None | Unset = UNSET

    crl_container_ref: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    lb_algorithm: (
        Literal["LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"] | Unset
    ) = UNSET

    name: str | Unset = UNSET

    protocol: Literal["HTTP", "HTTPS", "PROXY", "PROXYV2", "SCTP", "TCP", "UDP"] | Unset = UNSET

    session_persistence: SessionPersistence | None | Unset = UNSET
    """How a client sticks to one member; null removes it."""

    tags: builtins.list[str] | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_container_ref: str | None | Unset = UNSET

    tls_enabled: bool | Unset = UNSET

    tls_versions: builtins.list[str] | Unset = UNSET

    members: builtins.list[MemberSpec] | Unset = UNSET

    healthmonitor: HealthMonitorSpec | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("alpn_protocols", "alpn_protocols", t.list_of(t.STRING)),
        Field("ca_tls_container_ref", "ca_tls_container_ref", t.STRING),
        Field("crl_container_ref", "crl_container_ref", t.STRING),
        Field("description", "description", t.STRING),
        Field(
            "lb_algorithm",
            "lb_algorithm",
            t.STRING,
            enum=("LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"),
        ),
        Field("name", "name", t.STRING),
        Field(
            "protocol",
            "protocol",
            t.STRING,
            enum=("HTTP", "HTTPS", "PROXY", "PROXYV2", "SCTP", "TCP", "UDP"),
        ),
        Field("session_persistence", "session_persistence", t.model(SessionPersistence)),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tls_ciphers", "tls_ciphers", t.STRING),
        Field("tls_container_ref", "tls_container_ref", t.STRING),
        Field("tls_enabled", "tls_enabled", t.BOOLEAN),
        Field("tls_versions", "tls_versions", t.list_of(t.STRING)),
        Field("members", "members", t.list_of(t.model(MemberSpec))),
        Field("healthmonitor", "healthmonitor", t.model(HealthMonitorSpec)),
    )


class Pool(Model):
    """A pool: the group of back-end members a listener (or L7 policy) sends traffic to, with its
    balancing algorithm, session persistence and health monitor."""

    admin_state_up: bool | Unset = UNSET

    alpn_protocols: builtins.list[str] | Unset = UNSET

    ca_tls_container_ref: str | None | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    crl_container_ref: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    healthmonitor_id: str | Unset = UNSET

    id: str

    lb_algorithm: (
        Literal["LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"] | Unset
    ) = UNSET

    listeners: builtins.list[IdRef] | Unset = UNSET

    loadbalancers: builtins.list[IdRef] | Unset = UNSET

    members: builtins.list[Member] | Unset = UNSET
    """The pool's members: their ids, or every field after a single-call create."""

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    project_id: str | Unset = UNSET

    protocol: Literal["HTTP", "HTTPS", "PROXY", "PROXYV2", "SCTP", "TCP", "UDP"] | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    session_persistence: SessionPersistence | None | Unset = UNSET
    """How a client sticks to one member; null removes it."""

    tags: builtins.list[str] | Unset = UNSET

    tenant_id: str | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_container_ref: str | None | Unset = UNSET

    tls_enabled: bool | Unset = UNSET

    tls_versions: builtins.list[str] | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    healthmonitor: HealthMonitor | Unset = UNSET
    """Sent only in a single-call create's response (otherwise see healthmonitor_id)."""

    listener_id: str | Unset = UNSET

    loadbalancer_id: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("alpn_protocols", "alpn_protocols", t.list_of(t.STRING)),
        Field("ca_tls_container_ref", "ca_tls_container_ref", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("crl_container_ref", "crl_container_ref", t.STRING),
        Field("description", "description", t.STRING),
        Field("healthmonitor_id", "healthmonitor_id", t.STRING),
        Field("id", "id", t.STRING),
        Field(
            "lb_algorithm",
            "lb_algorithm",
            t.STRING,
            enum=("LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"),
        ),
        Field("listeners", "listeners", t.list_of(t.model(IdRef))),
        Field("loadbalancers", "loadbalancers", t.list_of(t.model(IdRef))),
        Field("members", "members", t.list_of(t.model(Member))),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field(
            "protocol",
            "protocol",
            t.STRING,
            enum=("HTTP", "HTTPS", "PROXY", "PROXYV2", "SCTP", "TCP", "UDP"),
        ),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("session_persistence", "session_persistence", t.model(SessionPersistence)),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("tls_ciphers", "tls_ciphers", t.STRING),
        Field("tls_container_ref", "tls_container_ref", t.STRING),
        Field("tls_enabled", "tls_enabled", t.BOOLEAN),
        Field("tls_versions", "tls_versions", t.list_of(t.STRING)),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("healthmonitor", "healthmonitor", t.model(HealthMonitor)),
        Field("listener_id", "listener_id", t.STRING),
        Field("loadbalancer_id", "loadbalancer_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    admin_state_up: bool | Unset = UNSET

    alpn_protocols: str | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    description: str | Unset = UNSET

    id: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    loadbalancer_id: str | Unset = UNSET

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    name: str | Unset = UNSET

    not_tags: builtins.list[str] | Unset = UNSET

    not_tags_any: builtins.list[str] | Unset = UNSET

    operating_status: (
        Literal["DEGRADED", "DRAINING", "ERROR", "NO_MONITOR", "OFFLINE", "ONLINE"] | Unset
    ) = UNSET

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    project_id: str | Unset = UNSET

    provisioning_status: (
        Literal["ACTIVE", "DELETED", "ERROR", "PENDING_CREATE", "PENDING_DELETE", "PENDING_UPDATE"]
        | Unset
    ) = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tags_any: builtins.list[str] | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_enabled: bool | Unset = UNSET

    tls_versions: str | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

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
        Param("alpn_protocols", "alpn_protocols", t.STRING, location="query"),
        Param("created_at", "created_at", t.DATETIME, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("loadbalancer_id", "loadbalancer_id", t.STRING, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
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
        Param("tls_ciphers", "tls_ciphers", t.STRING, location="query"),
        Param("tls_enabled", "tls_enabled", t.BOOLEAN, location="query"),
        Param("tls_versions", "tls_versions", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.DATETIME, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    admin_state_up: bool | Unset = UNSET

    alpn_protocols: builtins.list[str] | Unset = UNSET

    ca_tls_container_ref: str | None | Unset = UNSET

    crl_container_ref: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    lb_algorithm: Literal["LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"] = (
        REQUIRED
    )

    name: str | Unset = UNSET

    project_id: str | Unset = UNSET

    protocol: Literal["HTTP", "HTTPS", "PROXY", "PROXYV2", "SCTP", "TCP", "UDP"] = REQUIRED

    session_persistence: SessionPersistence | None | Unset = UNSET
    """How a client sticks to one member; null removes it."""

    tags: builtins.list[str] | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_container_ref: str | None | Unset = UNSET

    tls_enabled: bool | Unset = UNSET

    tls_versions: builtins.list[str] | Unset = UNSET

    listener_id: str | Unset = UNSET

    loadbalancer_id: str | Unset = UNSET

    members: builtins.list[MemberSpec] | Unset = UNSET
    """Members to create with the pool."""

    healthmonitor: HealthMonitorSpec | Unset = UNSET
    """A health monitor to create with the pool."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("alpn_protocols", "alpn_protocols", t.list_of(t.STRING)),
        Param("ca_tls_container_ref", "ca_tls_container_ref", t.STRING, nullable=True),
        Param("crl_container_ref", "crl_container_ref", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param(
            "lb_algorithm",
            "lb_algorithm",
            t.STRING,
            required=True,
            enum=("LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"),
        ),
        Param("name", "name", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param(
            "protocol",
            "protocol",
            t.STRING,
            required=True,
            enum=("HTTP", "HTTPS", "PROXY", "PROXYV2", "SCTP", "TCP", "UDP"),
        ),
        Param(
            "session_persistence", "session_persistence", t.model(SessionPersistence), nullable=True
        ),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("tls_ciphers", "tls_ciphers", t.STRING),
        Param("tls_container_ref", "tls_container_ref", t.STRING, nullable=True),
        Param("tls_enabled", "tls_enabled", t.BOOLEAN),
        Param("tls_versions", "tls_versions", t.list_of(t.STRING)),
        Param("listener_id", "listener_id", t.STRING),
        Param("loadbalancer_id", "loadbalancer_id", t.STRING),
        Param("members", "members", t.list_of(t.model(MemberSpec))),
        Param("healthmonitor", "healthmonitor", t.model(HealthMonitorSpec)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET

    alpn_protocols: builtins.list[str] | Unset = UNSET

    ca_tls_container_ref: str | None | Unset = UNSET

    crl_container_ref: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    lb_algorithm: (
        Literal["LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"] | Unset
    ) = UNSET

    name: str | Unset = UNSET

    session_persistence: SessionPersistence | None | Unset = UNSET
    """How a client sticks to one member; null removes it."""

    tags: builtins.list[str] | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_container_ref: str | None | Unset = UNSET

    tls_enabled: bool | Unset = UNSET

    tls_versions: builtins.list[str] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("alpn_protocols", "alpn_protocols", t.list_of(t.STRING)),
        Param("ca_tls_container_ref", "ca_tls_container_ref", t.STRING, nullable=True),
        Param("crl_container_ref", "crl_container_ref", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param(
            "lb_algorithm",
            "lb_algorithm",
            t.STRING,
            enum=("LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"),
        ),
        Param("name", "name", t.STRING),
        Param(
            "session_persistence", "session_persistence", t.model(SessionPersistence), nullable=True
        ),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("tls_ciphers", "tls_ciphers", t.STRING),
        Param("tls_container_ref", "tls_container_ref", t.STRING, nullable=True),
        Param("tls_enabled", "tls_enabled", t.BOOLEAN),
        Param("tls_versions", "tls_versions", t.list_of(t.STRING)),
    )


_LIST = Operation(
    "pools.list",
    "GET",
    "/lbaas/pools",
    ok=(200, 203),
    response_key="pools",
    paging=Paging("marker", next="pools_links[rel=next].href"),
)
_GET = Operation(
    "pools.get",
    "GET",
    "/lbaas/pools/{pool_id}",
    ok=(200, 203),
    response_key="pool",
)
_CREATE = Operation(
    "pools.create",
    "POST",
    "/lbaas/pools",
    ok=(201,),
    request_kind="json",
    request_key="pool",
    response_key="pool",
)
_UPDATE = Operation(
    "pools.update",
    "PUT",
    "/lbaas/pools/{pool_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="pool",
    response_key="pool",
)
_DELETE = Operation(
    "pools.delete",
    "DELETE",
    "/lbaas/pools/{pool_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Pool]:
    """List pools."""
    return client.pager(
        _LIST, None, model=Pool, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    pool_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Pool]:
    """Get a pool."""
    return client.call(
        _GET, {"pool_id": pool_id}, model=Pool, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Pool]:
    """Create a pool."""
    return client.call(
        _CREATE, None, model=Pool, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    pool_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Pool]:
    """Update a pool."""
    return client.call(
        _UPDATE,
        {"pool_id": pool_id},
        model=Pool,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    pool_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a pool."""
    return client.call(_DELETE, {"pool_id": pool_id}, microversion=microversion, timeout=timeout)


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Pool:
    """The one Pool whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Pool,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    pool_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Pool], None] | None = None,
) -> Pool:
    """Poll get until the Pool's provisioning_status is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"pool_id": pool_id},
        model=Pool,
        field="provisioning_status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    pool_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Pool], None] | None = None,
) -> None:
    """Poll get until the Pool is gone (404, or provisioning_status DELETED). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes ERROR."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"pool_id": pool_id},
        model=Pool,
        field="provisioning_status",
        deleted=("DELETED",),
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_pools(page: Page[Any]) -> builtins.list[Pool]:
    """The Pool items of a page (or of ``all_pages()``)."""
    return page.extract_as(Pool)
