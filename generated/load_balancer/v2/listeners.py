# Generated from load-balancer/v2/listeners.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A listener: a protocol and port on a load balancer's VIP where client connections arrive, sent
to its default pool or through its L7 policies."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.load_balancer.v2.l7policies import L7Policy as L7Policy, L7PolicySpec as L7PolicySpec
from stacksdk.load_balancer.v2.pools import PoolSpec as PoolSpec
from stacksdk.shared import IdRef as IdRef


class StatsResult(Model):
    """The StatsResult object."""

    active_connections: int | Unset = UNSET

    bytes_in: int | Unset = UNSET

    bytes_out: int | Unset = UNSET

    request_errors: int | Unset = UNSET

    total_connections: int | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("active_connections", "active_connections", t.INTEGER),
        Field("bytes_in", "bytes_in", t.INTEGER),
        Field("bytes_out", "bytes_out", t.INTEGER),
        Field("request_errors", "request_errors", t.INTEGER),
        Field("total_connections", "total_connections", t.INTEGER),
    )


class ListenerSpec(Model):
    """A listener to create inside a single-call load balancer create."""

    admin_state_up: bool | Unset = UNSET

    allowed_cidrs: builtins.list[str] | Unset = UNSET

    alpn_protocols: builtins.list[str] | Unset = UNSET

    client_authentication: Literal["MANDATORY", "NONE", "OPTIONAL"] | Unset = UNSET

    client_ca_tls_container_ref: str | None | Unset = UNSET

    client_crl_container_ref: str | None | Unset = UNSET

    connection_limit: int | Unset = UNSET

    default_pool_id: str | None | Unset = UNSET

    default_tls_container_ref: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    hsts_include_subdomains: bool | Unset = UNSET

    hsts_max_age: int | Unset = UNSET

    hsts_preload: bool | Unset = UNSET

    insert_headers: dict[str, str] | Unset = UNSET

    name: str | Unset = UNSET

    protocol: (
        Literal["HTTP", "HTTPS", "PROMETHEUS", "SCTP", "TCP", "TERMINATED_HTTPS", "UDP"] | Unset
    ) = UNSET

    protocol_port: int | Unset = UNSET

    sni_container_refs: builtins.list[str] | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    timeout_client_data: int | Unset = UNSET

    timeout_member_connect: int | Unset = UNSET

    timeout_member_data: int | Unset = UNSET

    timeout_tcp_inspect: int | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_versions: builtins.list[str] | Unset = UNSET

    default_pool: PoolSpec | Unset = UNSET
    """A pool to create as the default pool (instead of default_pool_id)."""

    l7policies: builtins.list[L7PolicySpec] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("allowed_cidrs", "allowed_cidrs", t.list_of(t.STRING)),
        Field("alpn_protocols", "alpn_protocols", t.list_of(t.STRING)),
        Field(
            "client_authentication",
            "client_authentication",
            t.STRING,
            enum=("MANDATORY", "NONE", "OPTIONAL"),
        ),
        Field("client_ca_tls_container_ref", "client_ca_tls_container_ref", t.STRING),
        Field("client_crl_container_ref", "client_crl_container_ref", t.STRING),
        Field("connection_limit", "connection_limit", t.INTEGER),
        Field("default_pool_id", "default_pool_id", t.STRING),
        Field("default_tls_container_ref", "default_tls_container_ref", t.STRING),
        Field("description", "description", t.STRING),
        Field("hsts_include_subdomains", "hsts_include_subdomains", t.BOOLEAN),
        Field("hsts_max_age", "hsts_max_age", t.INTEGER),
        Field("hsts_preload", "hsts_preload", t.BOOLEAN),
        Field("insert_headers", "insert_headers", t.map_of(t.STRING)),
        Field("name", "name", t.STRING),
        Field(
            "protocol",
            "protocol",
            t.STRING,
            enum=("HTTP", "HTTPS", "PROMETHEUS", "SCTP", "TCP", "TERMINATED_HTTPS", "UDP"),
        ),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("sni_container_refs", "sni_container_refs", t.list_of(t.STRING)),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("timeout_client_data", "timeout_client_data", t.INTEGER),
        Field("timeout_member_connect", "timeout_member_connect", t.INTEGER),
        Field("timeout_member_data", "timeout_member_data", t.INTEGER),
        Field("timeout_tcp_inspect", "timeout_tcp_inspect", t.INTEGER),
        Field("tls_ciphers", "tls_ciphers", t.STRING),
        Field("tls_versions", "tls_versions", t.list_of(t.STRING)),
        Field("default_pool", "default_pool", t.model(PoolSpec)),
        Field("l7policies", "l7policies", t.list_of(t.model(L7PolicySpec))),
    )


class Listener(Model):
    """A listener: a protocol and port on a load balancer's VIP where client connections arrive,
    sent to its default pool or through its L7 policies."""

    admin_state_up: bool | Unset = UNSET

    allowed_cidrs: builtins.list[str] | Unset = UNSET

    alpn_protocols: builtins.list[str] | Unset = UNSET

    client_authentication: Literal["MANDATORY", "NONE", "OPTIONAL"] | Unset = UNSET

    client_ca_tls_container_ref: str | None | Unset = UNSET

    client_crl_container_ref: str | None | Unset = UNSET

    connection_limit: int | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    default_pool_id: str | None | Unset = UNSET

    default_tls_container_ref: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    hsts_include_subdomains: bool | Unset = UNSET

    hsts_max_age: int | Unset = UNSET

    hsts_preload: bool | Unset = UNSET

    id: str

    insert_headers: dict[str, str] | Unset = UNSET

    l7policies: builtins.list[L7Policy] | Unset = UNSET
    """The listener's L7 policies: their ids, or every field after a single-call create."""

    loadbalancers: builtins.list[IdRef] | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    project_id: str | Unset = UNSET

    protocol: (
        Literal["HTTP", "HTTPS", "PROMETHEUS", "SCTP", "TCP", "TERMINATED_HTTPS", "UDP"] | Unset
    ) = UNSET

    protocol_port: int | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    sni_container_refs: builtins.list[str] | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tenant_id: str | Unset = UNSET

    timeout_client_data: int | Unset = UNSET

    timeout_member_connect: int | Unset = UNSET

    timeout_member_data: int | Unset = UNSET

    timeout_tcp_inspect: int | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_versions: builtins.list[str] | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    loadbalancer_id: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("allowed_cidrs", "allowed_cidrs", t.list_of(t.STRING)),
        Field("alpn_protocols", "alpn_protocols", t.list_of(t.STRING)),
        Field(
            "client_authentication",
            "client_authentication",
            t.STRING,
            enum=("MANDATORY", "NONE", "OPTIONAL"),
        ),
        Field("client_ca_tls_container_ref", "client_ca_tls_container_ref", t.STRING),
        Field("client_crl_container_ref", "client_crl_container_ref", t.STRING),
        Field("connection_limit", "connection_limit", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("default_pool_id", "default_pool_id", t.STRING),
        Field("default_tls_container_ref", "default_tls_container_ref", t.STRING),
        Field("description", "description", t.STRING),
        Field("hsts_include_subdomains", "hsts_include_subdomains", t.BOOLEAN),
        Field("hsts_max_age", "hsts_max_age", t.INTEGER),
        Field("hsts_preload", "hsts_preload", t.BOOLEAN),
        Field("id", "id", t.STRING),
        Field("insert_headers", "insert_headers", t.map_of(t.STRING)),
        Field("l7policies", "l7policies", t.list_of(t.model(L7Policy))),
        Field("loadbalancers", "loadbalancers", t.list_of(t.model(IdRef))),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field(
            "protocol",
            "protocol",
            t.STRING,
            enum=("HTTP", "HTTPS", "PROMETHEUS", "SCTP", "TCP", "TERMINATED_HTTPS", "UDP"),
        ),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("sni_container_refs", "sni_container_refs", t.list_of(t.STRING)),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("timeout_client_data", "timeout_client_data", t.INTEGER),
        Field("timeout_member_connect", "timeout_member_connect", t.INTEGER),
        Field("timeout_member_data", "timeout_member_data", t.INTEGER),
        Field("timeout_tcp_inspect", "timeout_tcp_inspect", t.INTEGER),
        Field("tls_ciphers", "tls_ciphers", t.STRING),
        Field("tls_versions", "tls_versions", t.list_of(t.STRING)),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("loadbalancer_id", "loadbalancer_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    admin_state_up: bool | Unset = UNSET

    alpn_protocols: str | Unset = UNSET

    connection_limit: str | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    default_pool_id: str | Unset = UNSET

    description: str | Unset = UNSET

    hsts_include_subdomains: bool | Unset = UNSET

    hsts_max_age: int | Unset = UNSET

    hsts_preload: bool | Unset = UNSET

    id: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    load_balancer_id: str | Unset = UNSET

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

    protocol: (
        Literal["HTTP", "HTTPS", "PROMETHEUS", "SCTP", "TCP", "TERMINATED_HTTPS", "UDP"] | Unset
    ) = UNSET

    protocol_port: int | Unset = UNSET

    provisioning_status: (
        Literal["ACTIVE", "DELETED", "ERROR", "PENDING_CREATE", "PENDING_DELETE", "PENDING_UPDATE"]
        | Unset
    ) = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tags_any: builtins.list[str] | Unset = UNSET

    timeout_client_data: int | Unset = UNSET

    timeout_member_connect: int | Unset = UNSET

    timeout_member_data: int | Unset = UNSET

    timeout_tcp_inspect: int | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

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
        Param("connection_limit", "connection_limit", t.STRING, location="query"),
        Param("created_at", "created_at", t.DATETIME, location="query"),
        Param("default_pool_id", "default_pool_id", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("hsts_include_subdomains", "hsts_include_subdomains", t.BOOLEAN, location="query"),
        Param("hsts_max_age", "hsts_max_age", t.INTEGER, location="query"),
        Param("hsts_preload", "hsts_preload", t.BOOLEAN, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("load_balancer_id", "load_balancer_id", t.STRING, location="query"),
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
            "protocol",
            "protocol",
            t.STRING,
            location="query",
            enum=("HTTP", "HTTPS", "PROMETHEUS", "SCTP", "TCP", "TERMINATED_HTTPS", "UDP"),
        ),
        Param("protocol_port", "protocol_port", t.INTEGER, location="query"),
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
        Param("timeout_client_data", "timeout_client_data", t.INTEGER, location="query"),
        Param("timeout_member_connect", "timeout_member_connect", t.INTEGER, location="query"),
        Param("timeout_member_data", "timeout_member_data", t.INTEGER, location="query"),
        Param("timeout_tcp_inspect", "timeout_tcp_inspect", t.INTEGER, location="query"),
        Param("tls_ciphers", "tls_ciphers", t.STRING, location="query"),
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

    allowed_cidrs: builtins.list[str] | Unset = UNSET

    alpn_protocols: builtins.list[str] | Unset = UNSET

    client_authentication: Literal["MANDATORY", "NONE", "OPTIONAL"] | Unset = UNSET

    client_ca_tls_container_ref: str | None | Unset = UNSET

    client_crl_container_ref: str | None | Unset = UNSET

    connection_limit: int | Unset = UNSET

    default_pool_id: str | None | Unset = UNSET

    default_tls_container_ref: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    hsts_include_subdomains: bool | Unset = UNSET

    hsts_max_age: int | Unset = UNSET

    hsts_preload: bool | Unset = UNSET

    insert_headers: dict[str, str] | Unset = UNSET

    name: str | Unset = UNSET

    project_id: str | Unset = UNSET

    protocol: Literal["HTTP", "HTTPS", "PROMETHEUS", "SCTP", "TCP", "TERMINATED_HTTPS", "UDP"] = (
        REQUIRED
    )

    protocol_port: int = REQUIRED

    sni_container_refs: builtins.list[str] | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    timeout_client_data: int | Unset = UNSET

    timeout_member_connect: int | Unset = UNSET

    timeout_member_data: int | Unset = UNSET

    timeout_tcp_inspect: int | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_versions: builtins.list[str] | Unset = UNSET

    loadbalancer_id: str = REQUIRED

    default_pool: PoolSpec | Unset = UNSET
    """A pool to create as the listener's default pool."""

    l7policies: builtins.list[L7PolicySpec] | Unset = UNSET
    """L7 policies to create with the listener."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("allowed_cidrs", "allowed_cidrs", t.list_of(t.STRING)),
        Param("alpn_protocols", "alpn_protocols", t.list_of(t.STRING)),
        Param(
            "client_authentication",
            "client_authentication",
            t.STRING,
            enum=("MANDATORY", "NONE", "OPTIONAL"),
        ),
        Param(
            "client_ca_tls_container_ref", "client_ca_tls_container_ref", t.STRING, nullable=True
        ),
        Param("client_crl_container_ref", "client_crl_container_ref", t.STRING, nullable=True),
        Param("connection_limit", "connection_limit", t.INTEGER),
        Param("default_pool_id", "default_pool_id", t.STRING, nullable=True),
        Param("default_tls_container_ref", "default_tls_container_ref", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("hsts_include_subdomains", "hsts_include_subdomains", t.BOOLEAN),
        Param("hsts_max_age", "hsts_max_age", t.INTEGER),
        Param("hsts_preload", "hsts_preload", t.BOOLEAN),
        Param("insert_headers", "insert_headers", t.map_of(t.STRING)),
        Param("name", "name", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param(
            "protocol",
            "protocol",
            t.STRING,
            required=True,
            enum=("HTTP", "HTTPS", "PROMETHEUS", "SCTP", "TCP", "TERMINATED_HTTPS", "UDP"),
        ),
        Param("protocol_port", "protocol_port", t.INTEGER, required=True),
        Param("sni_container_refs", "sni_container_refs", t.list_of(t.STRING)),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("timeout_client_data", "timeout_client_data", t.INTEGER),
        Param("timeout_member_connect", "timeout_member_connect", t.INTEGER),
        Param("timeout_member_data", "timeout_member_data", t.INTEGER),
        Param("timeout_tcp_inspect", "timeout_tcp_inspect", t.INTEGER),
        Param("tls_ciphers", "tls_ciphers", t.STRING),
        Param("tls_versions", "tls_versions", t.list_of(t.STRING)),
        Param("loadbalancer_id", "loadbalancer_id", t.STRING, required=True),
        Param("default_pool", "default_pool", t.model(PoolSpec)),
        Param("l7policies", "l7policies", t.list_of(t.model(L7PolicySpec))),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET

    allowed_cidrs: builtins.list[str] | Unset = UNSET

    alpn_protocols: builtins.list[str] | Unset = UNSET

    client_authentication: Literal["MANDATORY", "NONE", "OPTIONAL"] | Unset = UNSET

    client_ca_tls_container_ref: str | None | Unset = UNSET

    client_crl_container_ref: str | None | Unset = UNSET

    connection_limit: int | Unset = UNSET

    default_pool_id: str | None | Unset = UNSET

    default_tls_container_ref: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    hsts_include_subdomains: bool | Unset = UNSET

    hsts_max_age: int | Unset = UNSET

    hsts_preload: bool | Unset = UNSET

    insert_headers: dict[str, str] | Unset = UNSET

    name: str | Unset = UNSET

    sni_container_refs: builtins.list[str] | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    timeout_client_data: int | Unset = UNSET

    timeout_member_connect: int | Unset = UNSET

    timeout_member_data: int | Unset = UNSET

    timeout_tcp_inspect: int | Unset = UNSET

    tls_ciphers: str | Unset = UNSET

    tls_versions: builtins.list[str] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("allowed_cidrs", "allowed_cidrs", t.list_of(t.STRING)),
        Param("alpn_protocols", "alpn_protocols", t.list_of(t.STRING)),
        Param(
            "client_authentication",
            "client_authentication",
            t.STRING,
            enum=("MANDATORY", "NONE", "OPTIONAL"),
        ),
        Param(
            "client_ca_tls_container_ref", "client_ca_tls_container_ref", t.STRING, nullable=True
        ),
        Param("client_crl_container_ref", "client_crl_container_ref", t.STRING, nullable=True),
        Param("connection_limit", "connection_limit", t.INTEGER),
        Param("default_pool_id", "default_pool_id", t.STRING, nullable=True),
        Param("default_tls_container_ref", "default_tls_container_ref", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("hsts_include_subdomains", "hsts_include_subdomains", t.BOOLEAN),
        Param("hsts_max_age", "hsts_max_age", t.INTEGER),
        Param("hsts_preload", "hsts_preload", t.BOOLEAN),
        Param("insert_headers", "insert_headers", t.map_of(t.STRING)),
        Param("name", "name", t.STRING),
        Param("sni_container_refs", "sni_container_refs", t.list_of(t.STRING)),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("timeout_client_data", "timeout_client_data", t.INTEGER),
        Param("timeout_member_connect", "timeout_member_connect", t.INTEGER),
        Param("timeout_member_data", "timeout_member_data", t.INTEGER),
        Param("timeout_tcp_inspect", "timeout_tcp_inspect", t.INTEGER),
        Param("tls_ciphers", "tls_ciphers", t.STRING),
        Param("tls_versions", "tls_versions", t.list_of(t.STRING)),
    )


_LIST = Operation(
    "listeners.list",
    "GET",
    "/lbaas/listeners",
    ok=(200, 203),
    response_key="listeners",
    paging=Paging("marker", next="listeners_links[rel=next].href"),
)
_GET = Operation(
    "listeners.get",
    "GET",
    "/lbaas/listeners/{listener_id}",
    ok=(200, 203),
    response_key="listener",
)
_CREATE = Operation(
    "listeners.create",
    "POST",
    "/lbaas/listeners",
    ok=(201,),
    request_kind="json",
    request_key="listener",
    response_key="listener",
)
_UPDATE = Operation(
    "listeners.update",
    "PUT",
    "/lbaas/listeners/{listener_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="listener",
    response_key="listener",
)
_DELETE = Operation(
    "listeners.delete",
    "DELETE",
    "/lbaas/listeners/{listener_id}",
    ok=(204,),
    response_kind="empty",
)
_STATS = Operation(
    "listeners.stats",
    "GET",
    "/lbaas/listeners/{listener_id}/stats",
    ok=(200,),
    response_key="stats",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Listener]:
    """List listeners."""
    return client.pager(
        _LIST, None, model=Listener, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    listener_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Listener]:
    """Get a listener."""
    return client.call(
        _GET,
        {"listener_id": listener_id},
        model=Listener,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Listener]:
    """Create a listener."""
    return client.call(
        _CREATE, None, model=Listener, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    listener_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Listener]:
    """Update a listener."""
    return client.call(
        _UPDATE,
        {"listener_id": listener_id},
        model=Listener,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    listener_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a listener."""
    return client.call(
        _DELETE, {"listener_id": listener_id}, microversion=microversion, timeout=timeout
    )


def stats(
    client: ServiceClient,
    listener_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[StatsResult]:
    """Traffic statistics of the listener."""
    return client.call(
        _STATS,
        {"listener_id": listener_id},
        model=StatsResult,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Listener:
    """The one Listener whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Listener,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    listener_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Listener], None] | None = None,
) -> Listener:
    """Poll get until the Listener's provisioning_status is ``status`` (one of several, if a
    list; compared without case) and return it. Raises errors.WaitTimeout after ``timeout``
    seconds, errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"listener_id": listener_id},
        model=Listener,
        field="provisioning_status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    listener_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Listener], None] | None = None,
) -> None:
    """Poll get until the Listener is gone (404, or provisioning_status DELETED). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes ERROR."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"listener_id": listener_id},
        model=Listener,
        field="provisioning_status",
        deleted=("DELETED",),
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_listeners(page: Page[Any]) -> builtins.list[Listener]:
    """The Listener items of a page (or of ``all_pages()``)."""
    return page.extract_as(Listener)
