# Generated from huaweicloud/elb/v3/pools.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A pool (backend server group): the members a listener or forwarding policy sends traffic to,
with the balancing algorithm, backend protocol, sticky sessions, slow start and one health
monitor."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as _IdRef


class AzAffinity(Model):
    """Availability-zone affinity (IP, TCP and UDP pools)."""

    enable: bool | Unset = UNSET
    """Whether traffic stays in the client's zone (replaces pool_health)."""

    az_minimum_healthy_member_percentage: int | Unset = UNSET
    """The share of healthy members in a zone below which the zone is treated as failed."""

    az_minimum_healthy_member_count: int | Unset = UNSET
    """The healthy members in a zone below which it is treated as failed."""

    az_unhealthy_fallback_strategy: str | Unset = UNSET
    """Where traffic goes when the local zone fails, e.g. forward_to_all_member_of_local_az or
    forward_to_all_healthy_member."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("enable", "enable", t.BOOLEAN),
        Field(
            "az_minimum_healthy_member_percentage",
            "az_minimum_healthy_member_percentage",
            t.INTEGER,
        ),
        Field("az_minimum_healthy_member_count", "az_minimum_healthy_member_count", t.INTEGER),
        Field("az_unhealthy_fallback_strategy", "az_unhealthy_fallback_strategy", t.STRING),
    )


ListenerRef = _IdRef

LoadBalancerRef = _IdRef

MemberRef = _IdRef


class SessionPersistence(Model):
    """Sticky sessions."""

    cookie_name: str | Unset = UNSET
    """The application's cookie (type APP_COOKIE only)."""

    type: str | Unset = UNSET
    """SOURCE_IP, HTTP_COOKIE (the load balancer sets a cookie) or APP_COOKIE (the application's
    cookie); ignored for TCP and UDP pools except SOURCE_IP."""

    persistence_timeout: int | Unset = UNSET
    """Minutes a session sticks: 1-60 for TCP/UDP/QUIC (default 1), 1-1440 for HTTP/HTTPS
    (default 1440); not for APP_COOKIE."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("cookie_name", "cookie_name", t.STRING),
        Field("type", "type", t.STRING),
        Field("persistence_timeout", "persistence_timeout", t.INTEGER),
    )


class SlowStart(Model):
    """Slow start."""

    enable: bool | Unset = UNSET
    """Whether slow start is on (default false)."""

    duration: int | Unset = UNSET
    """Seconds the ramp-up lasts, 30-1200 (default 30)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("enable", "enable", t.BOOLEAN),
        Field("duration", "duration", t.INTEGER),
    )


class ConnectionDrain(Model):
    """Connection draining."""

    enable: bool | Unset = UNSET
    """Whether draining is on."""

    timeout: int | Unset = UNSET
    """Seconds connections may stay, 10-4000."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("enable", "enable", t.BOOLEAN),
        Field("timeout", "timeout", t.INTEGER),
    )


class PoolHealth(Model):
    """The pool's health threshold."""

    minimum_healthy_member_count: int | Unset = UNSET
    """With 1, when no member is healthy requests still go to all members; 0 (the default) turns
    this off."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("minimum_healthy_member_count", "minimum_healthy_member_count", t.INTEGER),
    )


class QuicCidHashStrategy(Model):
    """How a QUIC connection ID is hashed."""

    len: int | Unset = UNSET
    """The number of CID bytes hashed, 1-20 (default 3)."""

    offset: int | Unset = UNSET
    """The offset of the first CID byte hashed, 0-19 (default 1)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("len", "len", t.INTEGER),
        Field("offset", "offset", t.INTEGER),
    )


class Pool(Model):
    """A pool (backend server group): the members a listener or forwarding policy sends traffic
    to, with the balancing algorithm, backend protocol, sticky sessions, slow start and one
    health monitor."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; only true is accepted."""

    az_affinity: AzAffinity | None | Unset = UNSET
    """Keeping traffic in the client's availability zone."""

    description: str | Unset = UNSET
    """A free-form description."""

    healthmonitor_id: str | None | Unset = UNSET
    """The health monitor of the pool."""

    id: str
    """The pool ID."""

    lb_algorithm: str | Unset = UNSET
    """How requests are spread: ROUND_ROBIN, LEAST_CONNECTIONS, SOURCE_IP, QUIC_CID,
    2_TUPLE_HASH, 3_TUPLE_HASH or 5_TUPLE_HASH (weighted where it applies). Required."""

    listeners: builtins.list[ListenerRef] | Unset = UNSET
    """The listeners using the pool."""

    loadbalancers: builtins.list[LoadBalancerRef] | Unset = UNSET
    """The load balancers of the pool."""

    members: builtins.list[MemberRef] | Unset = UNSET
    """The pool's backend servers."""

    name: str | Unset = UNSET
    """The pool name."""

    project_id: str | Unset = UNSET
    """The project that owns it (taken from the URL, never sent)."""

    protocol: str | Unset = UNSET
    """The protocol towards the backends: TCP, UDP, IP, TLS, GRPC, HTTP, HTTPS or QUIC; it must
    fit the listener's (e.g. UDP for UDP listeners). Required."""

    session_persistence: SessionPersistence | None | Unset = UNSET
    """Sticky sessions."""

    ip_version: str | Unset = UNSET
    """The IP versions of the pool's backends (v4, or dualstack for dedicated TCP/UDP pools)."""

    slow_start: SlowStart | None | Unset = UNSET
    """Ramping up traffic to a newly healthy backend (HTTP and HTTPS pools)."""

    member_deletion_protection_enable: bool | Unset = UNSET
    """Whether members are protected from being removed."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created (UTC; older dedicated resources leave it out)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC; older dedicated resources leave it out)."""

    vpc_id: str | None | Unset = UNSET
    """The VPC of the pool's backends; required for type instance, and only settable while empty."""

    type: str | None | Unset = UNSET
    """instance (any backend; needs vpc_id) or ip (IP-address backends only); settable while
    empty."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    any_port_enable: bool | Unset = UNSET
    """Whether requests go to the backend on the listener's port (for listeners on every port)."""

    connection_drain: ConnectionDrain | None | Unset = UNSET
    """Keeping established connections alive when a backend is removed or fails."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project it belongs to ("0" is the default one; on create an unknown or
    empty ID is refused)."""

    pool_health: PoolHealth | None | Unset = UNSET
    """The healthy-member threshold of the pool."""

    public_border_group: str | None | Unset = UNSET
    """The public border group (center, or an edge site's name)."""

    quic_cid_hash_strategy: QuicCidHashStrategy | None | Unset = UNSET
    """How the QUIC connection ID is hashed (lb_algorithm QUIC_CID)."""

    listener_id: str | Unset = UNSET
    """The listener whose default pool this becomes. One of listener_id, loadbalancer_id or type
    must be given."""

    loadbalancer_id: str | Unset = UNSET
    """The load balancer of the pool. One of listener_id, loadbalancer_id or type must be given."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("az_affinity", "az_affinity", t.model(AzAffinity)),
        Field("description", "description", t.STRING),
        Field("healthmonitor_id", "healthmonitor_id", t.STRING),
        Field("id", "id", t.STRING),
        Field("lb_algorithm", "lb_algorithm", t.STRING),
        Field("listeners", "listeners", t.list_of(t.model(ListenerRef))),
        Field("loadbalancers", "loadbalancers", t.list_of(t.model(LoadBalancerRef))),
        Field("members", "members", t.list_of(t.model(MemberRef))),
        Field("name", "name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("protocol", "protocol", t.STRING),
        Field("session_persistence", "session_persistence", t.model(SessionPersistence)),
        Field("ip_version", "ip_version", t.STRING),
        Field("slow_start", "slow_start", t.model(SlowStart)),
        Field("member_deletion_protection_enable", "member_deletion_protection_enable", t.BOOLEAN),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("vpc_id", "vpc_id", t.STRING),
        Field("type", "type", t.STRING),
        Field("protection_status", "protection_status", t.STRING),
        Field("protection_reason", "protection_reason", t.STRING),
        Field("any_port_enable", "any_port_enable", t.BOOLEAN),
        Field("connection_drain", "connection_drain", t.model(ConnectionDrain)),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("pool_health", "pool_health", t.model(PoolHealth)),
        Field("public_border_group", "public_border_group", t.STRING),
        Field("quic_cid_hash_strategy", "quic_cid_hash_strategy", t.model(QuicCidHashStrategy)),
        Field("listener_id", "listener_id", t.STRING),
        Field("loadbalancer_id", "loadbalancer_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """Start after the item with this ID (the previous page's last); needs limit."""

    limit: int | Unset = UNSET
    """The most items one page holds (0-2000, default 2000)."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from marker (use the previous page's first ID, page_info.previous_marker)."""

    description: builtins.list[str] | Unset = UNSET
    """Only pools whose description is one of these."""

    admin_state_up: bool | Unset = UNSET
    """Only pools whose admin_state_up is this."""

    healthmonitor_id: builtins.list[str] | Unset = UNSET
    """Only pools whose healthmonitor_id is one of these."""

    id: builtins.list[str] | Unset = UNSET
    """Only pools whose id is one of these."""

    name: str | Unset = UNSET
    """Only items with exactly this name."""

    loadbalancer_id: builtins.list[str] | Unset = UNSET
    """Only pools of one of these load balancers."""

    protocol: builtins.list[str] | Unset = UNSET
    """Only pools whose protocol is one of these."""

    lb_algorithm: builtins.list[str] | Unset = UNSET
    """Only pools whose lb_algorithm is one of these."""

    enterprise_project_id: builtins.list[str] | Unset = UNSET
    """Only items of these enterprise projects (all_granted_eps for every one the caller may see;
    without it, the caller's permitted ones)."""

    ip_version: builtins.list[str] | Unset = UNSET
    """Only pools whose ip_version is one of these."""

    member_address: builtins.list[str] | Unset = UNSET
    """Only items with a backend at one of these IP addresses (a filter only)."""

    member_device_id: builtins.list[str] | Unset = UNSET
    """Only items with a backend on one of these ECS servers (a filter only)."""

    member_deletion_protection_enable: bool | Unset = UNSET
    """Only pools whose member_deletion_protection_enable is this."""

    listener_id: builtins.list[str] | Unset = UNSET
    """Only pools used by one of these listeners (also through forwarding policies)."""

    member_instance_id: builtins.list[str] | Unset = UNSET
    """Only items with one of these backend instances (a filter only)."""

    vpc_id: builtins.list[str] | Unset = UNSET
    """Only pools whose vpc_id is one of these."""

    type: builtins.list[str] | Unset = UNSET
    """Only pools whose type is one of these."""

    protection_status: builtins.list[str] | Unset = UNSET
    """Only pools whose protection_status is one of these."""

    connection_drain: bool | Unset = UNSET
    """Only pools whose connection_drain is this."""

    pool_health: str | Unset = UNSET
    """Only pools with this health threshold: minimum_healthy_member_count=0 or =1."""

    any_port_enable: bool | Unset = UNSET
    """Only pools whose any_port_enable is this."""

    public_border_group: str | Unset = UNSET
    """Only pools whose public_border_group is this."""

    quic_cid_len: int | Unset = UNSET
    """Only pools whose QUIC CID hash length is one of these."""

    quic_cid_offset: int | Unset = UNSET
    """Only pools whose QUIC CID hash offset is one of these."""

    az_affinity: builtins.list[str] | Unset = UNSET
    """Only pools whose zone affinity is on or off: enable=true or enable=false."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("description", "description", t.list_of(t.STRING), location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("healthmonitor_id", "healthmonitor_id", t.list_of(t.STRING), location="query"),
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("loadbalancer_id", "loadbalancer_id", t.list_of(t.STRING), location="query"),
        Param("protocol", "protocol", t.list_of(t.STRING), location="query"),
        Param("lb_algorithm", "lb_algorithm", t.list_of(t.STRING), location="query"),
        Param(
            "enterprise_project_id", "enterprise_project_id", t.list_of(t.STRING), location="query"
        ),
        Param("ip_version", "ip_version", t.list_of(t.STRING), location="query"),
        Param("member_address", "member_address", t.list_of(t.STRING), location="query"),
        Param("member_device_id", "member_device_id", t.list_of(t.STRING), location="query"),
        Param(
            "member_deletion_protection_enable",
            "member_deletion_protection_enable",
            t.BOOLEAN,
            location="query",
        ),
        Param("listener_id", "listener_id", t.list_of(t.STRING), location="query"),
        Param("member_instance_id", "member_instance_id", t.list_of(t.STRING), location="query"),
        Param("vpc_id", "vpc_id", t.list_of(t.STRING), location="query"),
        Param("type", "type", t.list_of(t.STRING), location="query"),
        Param("protection_status", "protection_status", t.list_of(t.STRING), location="query"),
        Param("connection_drain", "connection_drain", t.BOOLEAN, location="query"),
        Param("pool_health", "pool_health", t.STRING, location="query"),
        Param("any_port_enable", "any_port_enable", t.BOOLEAN, location="query"),
        Param("public_border_group", "public_border_group", t.STRING, location="query"),
        Param("quic_cid_len", "quic_cid_len", t.INTEGER, location="query"),
        Param("quic_cid_offset", "quic_cid_offset", t.INTEGER, location="query"),
        Param("az_affinity", "az_affinity", t.list_of(t.STRING), location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; only true is accepted."""

    az_affinity: AzAffinity | None | Unset = UNSET
    """Keeping traffic in the client's availability zone."""

    description: str | Unset = UNSET
    """A free-form description."""

    lb_algorithm: str = REQUIRED
    """How requests are spread: ROUND_ROBIN, LEAST_CONNECTIONS, SOURCE_IP, QUIC_CID,
    2_TUPLE_HASH, 3_TUPLE_HASH or 5_TUPLE_HASH (weighted where it applies). Required."""

    name: str | Unset = UNSET
    """The pool name."""

    protocol: str = REQUIRED
    """The protocol towards the backends: TCP, UDP, IP, TLS, GRPC, HTTP, HTTPS or QUIC; it must
    fit the listener's (e.g. UDP for UDP listeners). Required."""

    session_persistence: SessionPersistence | None | Unset = UNSET
    """Sticky sessions."""

    ip_version: str | Unset = UNSET
    """The IP versions of the pool's backends (v4, or dualstack for dedicated TCP/UDP pools)."""

    slow_start: SlowStart | None | Unset = UNSET
    """Ramping up traffic to a newly healthy backend (HTTP and HTTPS pools)."""

    member_deletion_protection_enable: bool | Unset = UNSET
    """Whether members are protected from being removed."""

    vpc_id: str | None | Unset = UNSET
    """The VPC of the pool's backends; required for type instance, and only settable while empty."""

    type: str | None | Unset = UNSET
    """instance (any backend; needs vpc_id) or ip (IP-address backends only); settable while
    empty."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    any_port_enable: bool | Unset = UNSET
    """Whether requests go to the backend on the listener's port (for listeners on every port)."""

    connection_drain: ConnectionDrain | None | Unset = UNSET
    """Keeping established connections alive when a backend is removed or fails."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project it belongs to ("0" is the default one; on create an unknown or
    empty ID is refused)."""

    pool_health: PoolHealth | None | Unset = UNSET
    """The healthy-member threshold of the pool."""

    public_border_group: str | None | Unset = UNSET
    """The public border group (center, or an edge site's name)."""

    quic_cid_hash_strategy: QuicCidHashStrategy | None | Unset = UNSET
    """How the QUIC connection ID is hashed (lb_algorithm QUIC_CID)."""

    listener_id: str | Unset = UNSET
    """The listener whose default pool this becomes. One of listener_id, loadbalancer_id or type
    must be given."""

    loadbalancer_id: str | Unset = UNSET
    """The load balancer of the pool. One of listener_id, loadbalancer_id or type must be given."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("az_affinity", "az_affinity", t.model(AzAffinity), nullable=True),
        Param("description", "description", t.STRING),
        Param("lb_algorithm", "lb_algorithm", t.STRING, required=True),
        Param("name", "name", t.STRING),
        Param("protocol", "protocol", t.STRING, required=True),
        Param(
            "session_persistence", "session_persistence", t.model(SessionPersistence), nullable=True
        ),
        Param("ip_version", "ip_version", t.STRING),
        Param("slow_start", "slow_start", t.model(SlowStart), nullable=True),
        Param("member_deletion_protection_enable", "member_deletion_protection_enable", t.BOOLEAN),
        Param("vpc_id", "vpc_id", t.STRING, nullable=True),
        Param("type", "type", t.STRING, nullable=True),
        Param("protection_status", "protection_status", t.STRING),
        Param("protection_reason", "protection_reason", t.STRING, nullable=True),
        Param("any_port_enable", "any_port_enable", t.BOOLEAN),
        Param("connection_drain", "connection_drain", t.model(ConnectionDrain), nullable=True),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING),
        Param("pool_health", "pool_health", t.model(PoolHealth), nullable=True),
        Param("public_border_group", "public_border_group", t.STRING, nullable=True),
        Param(
            "quic_cid_hash_strategy",
            "quic_cid_hash_strategy",
            t.model(QuicCidHashStrategy),
            nullable=True,
        ),
        Param("listener_id", "listener_id", t.STRING),
        Param("loadbalancer_id", "loadbalancer_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; only true is accepted."""

    az_affinity: AzAffinity | None | Unset = UNSET
    """Keeping traffic in the client's availability zone."""

    description: str | Unset = UNSET
    """A free-form description."""

    lb_algorithm: str | Unset = UNSET
    """How requests are spread: ROUND_ROBIN, LEAST_CONNECTIONS, SOURCE_IP, QUIC_CID,
    2_TUPLE_HASH, 3_TUPLE_HASH or 5_TUPLE_HASH (weighted where it applies). Required."""

    name: str | Unset = UNSET
    """The pool name."""

    session_persistence: SessionPersistence | None | Unset = UNSET
    """Sticky sessions."""

    slow_start: SlowStart | None | Unset = UNSET
    """Ramping up traffic to a newly healthy backend (HTTP and HTTPS pools)."""

    member_deletion_protection_enable: bool | Unset = UNSET
    """Whether members are protected from being removed."""

    vpc_id: str | None | Unset = UNSET
    """The VPC of the pool's backends; required for type instance, and only settable while empty."""

    type: str | None | Unset = UNSET
    """instance (any backend; needs vpc_id) or ip (IP-address backends only); settable while
    empty."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    any_port_enable: bool | Unset = UNSET
    """Whether requests go to the backend on the listener's port (for listeners on every port)."""

    connection_drain: ConnectionDrain | None | Unset = UNSET
    """Keeping established connections alive when a backend is removed or fails."""

    pool_health: PoolHealth | None | Unset = UNSET
    """The healthy-member threshold of the pool."""

    quic_cid_hash_strategy: QuicCidHashStrategy | None | Unset = UNSET
    """How the QUIC connection ID is hashed (lb_algorithm QUIC_CID)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("az_affinity", "az_affinity", t.model(AzAffinity), nullable=True),
        Param("description", "description", t.STRING),
        Param("lb_algorithm", "lb_algorithm", t.STRING),
        Param("name", "name", t.STRING),
        Param(
            "session_persistence", "session_persistence", t.model(SessionPersistence), nullable=True
        ),
        Param("slow_start", "slow_start", t.model(SlowStart), nullable=True),
        Param("member_deletion_protection_enable", "member_deletion_protection_enable", t.BOOLEAN),
        Param("vpc_id", "vpc_id", t.STRING, nullable=True),
        Param("type", "type", t.STRING, nullable=True),
        Param("protection_status", "protection_status", t.STRING),
        Param("protection_reason", "protection_reason", t.STRING, nullable=True),
        Param("any_port_enable", "any_port_enable", t.BOOLEAN),
        Param("connection_drain", "connection_drain", t.model(ConnectionDrain), nullable=True),
        Param("pool_health", "pool_health", t.model(PoolHealth), nullable=True),
        Param(
            "quic_cid_hash_strategy",
            "quic_cid_hash_strategy",
            t.model(QuicCidHashStrategy),
            nullable=True,
        ),
    )


_LIST = Operation(
    "pools.list",
    "GET",
    "/elb/pools",
    ok=(200, 203),
    response_key="pools",
    paging=Paging("marker", next="page_info.next_marker"),
)
_GET = Operation(
    "pools.get",
    "GET",
    "/elb/pools/{pool_id}",
    ok=(200, 203),
    response_key="pool",
)
_CREATE = Operation(
    "pools.create",
    "POST",
    "/elb/pools",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="pool",
    response_key="pool",
)
_UPDATE = Operation(
    "pools.update",
    "PUT",
    "/elb/pools/{pool_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="pool",
    response_key="pool",
)
_DELETE = Operation(
    "pools.delete",
    "DELETE",
    "/elb/pools/{pool_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_DELETE_CASCADE = Operation(
    "pools.delete_cascade",
    "DELETE",
    "/elb/pools/{pool_id}/delete-cascade",
    ok=(200, 202, 204),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Pool]:
    """List pools, optionally filtered; most filters take several values. Pages with limit and
    marker (page_info.next_marker while more follow)."""
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
    """Show a pool."""
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
    """Create a pool (lb_algorithm and protocol are required; give listener_id, loadbalancer_id
    or type)."""
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
    """Change a pool; only the fields set are sent."""
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
    """Delete a pool; refused while it has members or a health monitor (see delete_cascade)."""
    return client.call(_DELETE, {"pool_id": pool_id}, microversion=microversion, timeout=timeout)


def delete_cascade(
    client: ServiceClient,
    pool_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a pool with all its members and its health monitor."""
    return client.call(
        _DELETE_CASCADE, {"pool_id": pool_id}, microversion=microversion, timeout=timeout
    )


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


def extract_pools(page: Page[Any]) -> builtins.list[Pool]:
    """The Pool items of a page (or of ``all_pages()``)."""
    return page.extract_as(Pool)
