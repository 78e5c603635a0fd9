# Generated from huaweicloud/elb/v3/members.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A member (backend server) of a pool: an ECS address in a subnet of the pool's VPC, or any IP
address when the load balancer allows IP backends, with a port and a weight. Its health is
reported overall and per listener."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import (
    REQUIRED,
    UNSET,
    Field,
    Model,
    Operation,
    Opts,
    Page,
    Pager,
    Paging,
    Param,
    RequestTimeout,
    Result,
    ServiceClient,
    Unset,
)


class HealthCheckFailure(Model):
    """Why a health check failed."""

    reason_code: str | Unset = UNSET
    """The cause, e.g. CONNECT_TIMEOUT, CONNECT_REFUSED, CONNECT_FAILED, CONNECT_INTERRUPT or
    RESPONSE_MISMATCH."""

    expected_response: str | Unset = UNSET
    """The status codes expected (RESPONSE_MISMATCH only)."""

    healthcheck_response: str | Unset = UNSET
    """The status code received (RESPONSE_MISMATCH only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("reason_code", "reason_code", t.STRING),
        Field("expected_response", "expected_response", t.STRING),
        Field("healthcheck_response", "healthcheck_response", t.STRING),
    )


class MemberStatus(Model):
    """A member's health as seen by one listener."""

    listener_id: str | Unset = UNSET
    """The listener."""

    operating_status: str | Unset = UNSET
    """ONLINE, NO_MONITOR, OFFLINE, INITIAL or UNAVAILABLE."""

    reason: HealthCheckFailure | Unset = UNSET
    """Why the last health check failed."""

    created_at: str | Unset = UNSET
    """When the status was recorded (UTC)."""

    updated_at: str | Unset = UNSET
    """When it last changed (UTC)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("listener_id", "listener_id", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("reason", "reason", t.model(HealthCheckFailure)),
        Field("created_at", "created_at", t.STRING),
        Field("updated_at", "updated_at", t.STRING),
    )


class NewMember(Model):
    """A member to add in a batch."""

    name: str | Unset = UNSET
    """The member's name."""

    address: str | Unset = UNSET
    """Its IP address (required; inside subnet_cidr_id when a subnet is given)."""

    protocol_port: int | Unset = UNSET
    """Its port, 1-65535 (required; 0 for IP pools of gateway load balancers)."""

    subnet_cidr_id: str | Unset = UNSET
    """Its subnet; leave it out for an IP-address backend."""

    weight: int | Unset = UNSET
    """Its weight, 0-100 (default 1)."""

    availability_zone: str | Unset = UNSET
    """Its availability zone (IP-address backends of pools with zone affinity)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("address", "address", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("subnet_cidr_id", "subnet_cidr_id", t.STRING),
        Field("weight", "weight", t.INTEGER),
        Field("availability_zone", "availability_zone", t.STRING),
    )


class MemberChange(Model):
    """A change to one member in a batch."""

    id: str | Unset = UNSET
    """The member to change (required)."""

    name: str | Unset = UNSET
    """A new name."""

    protocol_port: int | Unset = UNSET
    """A new port."""

    weight: int | Unset = UNSET
    """A new weight, 0-100."""

    admin_state_up: bool | Unset = UNSET
    """A new administrative state."""

    availability_zone: str | Unset = UNSET
    """A new availability zone (IP-address backends only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("weight", "weight", t.INTEGER),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("availability_zone", "availability_zone", t.STRING),
    )


class MemberRemoval(Model):
    """A member to remove in a batch: either its id alone, or its address and port together."""

    id: str | Unset = UNSET
    """The member ID."""

    address: str | Unset = UNSET
    """The member's IP address (with protocol_port)."""

    protocol_port: int | Unset = UNSET
    """The member's port (with address)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("address", "address", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
    )


class Member(Model):
    """A member (backend server) of a pool: an ECS address in a subnet of the pool's VPC, or any
    IP address when the load balancer allows IP backends, with a port and a weight. Its health
    is reported overall and per listener."""

    id: str
    """The member ID (generated by ELB; not the ECS server's ID)."""

    availability_zone: str | None | Unset = UNSET
    """The member's availability zone; settable only for IP-address members of a pool with zone
    affinity."""

    name: str | Unset = UNSET
    """The member's name (not the ECS server's name; empty unless set)."""

    project_id: str | Unset = UNSET
    """The project that owns it (taken from the URL, never sent)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state. Setting it has no effect: it follows whether the backend ECS
    exists and is running."""

    subnet_cidr_id: str | None | Unset = UNSET
    """The backend's subnet: an IPv4 subnet's neutron_subnet_id or an IPv6 subnet's
    neutron_network_id. Leave it out for an IP-address backend (then the address must be a
    private IPv4 one, and the load balancer needs ip_target_enable)."""

    protocol_port: int | Unset = UNSET
    """The backend's port, 1-65535; ignored in pools with any_port_enable."""

    weight: int | Unset = UNSET
    """The share of requests, 0-100 (default 1); 0 takes no new requests."""

    address: str | Unset = UNSET
    """The backend's IP address, in subnet_cidr_id when a subnet is given (required)."""

    ip_version: str | Unset = UNSET
    """v4 or v6, from the address."""

    operating_status: str | Unset = UNSET
    """The health: ONLINE, NO_MONITOR, OFFLINE, INITIAL or UNAVAILABLE (per listener in status
    when that is not empty)."""

    status: builtins.list[MemberStatus] | Unset = UNSET
    """The health per listener."""

    reason: HealthCheckFailure | None | Unset = UNSET
    """Why the last health check failed."""

    created_at: datetime.datetime | None | Unset = UNSET
    """When it was created (UTC; older dedicated resources leave it out)."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed (UTC; older dedicated resources leave it out)."""

    member_type: str | Unset = UNSET
    """ip (an IP-address backend) or instance (an ECS)."""

    instance_id: str | None | Unset = UNSET
    """The ECS behind the member (empty for IP-address backends)."""

    port_id: str | Unset = UNSET
    """The VPC port of the member's address (batch answers only)."""

    ret_status: str | Unset = UNSET
    """What a batch operation did with this member: successful, or e.g. "not found" for a batch
    delete (batch answers only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("name", "name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("subnet_cidr_id", "subnet_cidr_id", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("weight", "weight", t.INTEGER),
        Field("address", "address", t.STRING),
        Field("ip_version", "ip_version", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("status", "status", t.list_of(t.model(MemberStatus))),
        Field("reason", "reason", t.model(HealthCheckFailure)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("member_type", "member_type", t.STRING),
        Field("instance_id", "instance_id", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("ret_status", "ret_status", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """Start after the item with this ID (the previous page's last); needs limit."""

    limit: int | Unset = UNSET
    """The most items one page holds (0-2000, default 2000)."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from marker (use the previous page's first ID, page_info.previous_marker)."""

    name: str | Unset = UNSET
    """Only items with exactly this name."""

    weight: builtins.list[int] | Unset = UNSET
    """Only members whose weight is one of these."""

    admin_state_up: bool | Unset = UNSET
    """Only members whose admin_state_up is this."""

    subnet_cidr_id: builtins.list[str] | Unset = UNSET
    """Only members whose subnet_cidr_id is one of these."""

    address: builtins.list[str] | Unset = UNSET
    """Only members whose address is one of these."""

    protocol_port: builtins.list[int] | Unset = UNSET
    """Only members whose protocol_port is one of these."""

    id: builtins.list[str] | Unset = UNSET
    """Only members whose id is one of these."""

    operating_status: builtins.list[str] | Unset = UNSET
    """Only members whose operating_status is one of these."""

    enterprise_project_id: builtins.list[str] | Unset = UNSET
    """Only items of these enterprise projects (all_granted_eps for every one the caller may see;
    without it, the caller's permitted ones)."""

    ip_version: builtins.list[str] | Unset = UNSET
    """Only members whose ip_version is one of these."""

    member_type: builtins.list[str] | Unset = UNSET
    """Only members whose member_type is one of these."""

    instance_id: builtins.list[str] | Unset = UNSET
    """Only members whose instance_id is one of these."""

    availability_zone: builtins.list[str] | Unset = UNSET
    """Only members whose availability_zone is one of these."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("weight", "weight", t.list_of(t.INTEGER), location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("subnet_cidr_id", "subnet_cidr_id", t.list_of(t.STRING), location="query"),
        Param("address", "address", t.list_of(t.STRING), location="query"),
        Param("protocol_port", "protocol_port", t.list_of(t.INTEGER), location="query"),
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("operating_status", "operating_status", t.list_of(t.STRING), location="query"),
        Param(
            "enterprise_project_id", "enterprise_project_id", t.list_of(t.STRING), location="query"
        ),
        Param("ip_version", "ip_version", t.list_of(t.STRING), location="query"),
        Param("member_type", "member_type", t.list_of(t.STRING), location="query"),
        Param("instance_id", "instance_id", t.list_of(t.STRING), location="query"),
        Param("availability_zone", "availability_zone", t.list_of(t.STRING), location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    availability_zone: str | None | Unset = UNSET
    """The member's availability zone; settable only for IP-address members of a pool with zone
    affinity."""

    name: str | Unset = UNSET
    """The member's name (not the ECS server's name; empty unless set)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state. Setting it has no effect: it follows whether the backend ECS
    exists and is running."""

    subnet_cidr_id: str | None | Unset = UNSET
    """The backend's subnet: an IPv4 subnet's neutron_subnet_id or an IPv6 subnet's
    neutron_network_id. Leave it out for an IP-address backend (then the address must be a
    private IPv4 one, and the load balancer needs ip_target_enable)."""

    protocol_port: int | Unset = UNSET
    """The backend's port, 1-65535; ignored in pools with any_port_enable."""

    weight: int | Unset = UNSET
    """The share of requests, 0-100 (default 1); 0 takes no new requests."""

    address: str = REQUIRED
    """The backend's IP address, in subnet_cidr_id when a subnet is given (required)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("name", "name", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("subnet_cidr_id", "subnet_cidr_id", t.STRING, nullable=True),
        Param("protocol_port", "protocol_port", t.INTEGER),
        Param("weight", "weight", t.INTEGER),
        Param("address", "address", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    availability_zone: str | None | Unset = UNSET
    """The member's availability zone; settable only for IP-address members of a pool with zone
    affinity."""

    name: str | Unset = UNSET
    """The member's name (not the ECS server's name; empty unless set)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state. Setting it has no effect: it follows whether the backend ECS
    exists and is running."""

    protocol_port: int | Unset = UNSET
    """The backend's port, 1-65535; ignored in pools with any_port_enable."""

    weight: int | Unset = UNSET
    """The share of requests, 0-100 (default 1); 0 takes no new requests."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("name", "name", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("protocol_port", "protocol_port", t.INTEGER),
        Param("weight", "weight", t.INTEGER),
    )


class ListAllOpts(Opts):
    """Options of list_all."""

    marker: str | Unset = UNSET
    """Start after the item with this ID (the previous page's last); needs limit."""

    limit: int | Unset = UNSET
    """The most items one page holds (0-2000, default 2000)."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from marker (use the previous page's first ID, page_info.previous_marker)."""

    name: str | Unset = UNSET
    """Only items with exactly this name."""

    weight: builtins.list[int] | Unset = UNSET
    """Only members whose weight is one of these."""

    admin_state_up: bool | Unset = UNSET
    """Only members whose admin_state_up is this."""

    subnet_cidr_id: builtins.list[str] | Unset = UNSET
    """Only members whose subnet_cidr_id is one of these."""

    address: builtins.list[str] | Unset = UNSET
    """Only members whose address is one of these."""

    protocol_port: builtins.list[int] | Unset = UNSET
    """Only members whose protocol_port is one of these."""

    id: builtins.list[str] | Unset = UNSET
    """Only members whose id is one of these."""

    operating_status: builtins.list[str] | Unset = UNSET
    """Only members whose operating_status is one of these."""

    enterprise_project_id: builtins.list[str] | Unset = UNSET
    """Only items of these enterprise projects (all_granted_eps for every one the caller may see;
    without it, the caller's permitted ones)."""

    ip_version: builtins.list[str] | Unset = UNSET
    """Only members whose ip_version is one of these."""

    pool_id: builtins.list[str] | Unset = UNSET
    """Only members of one of these pools."""

    loadbalancer_id: builtins.list[str] | Unset = UNSET
    """Only members of one of these load balancers."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("weight", "weight", t.list_of(t.INTEGER), location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("subnet_cidr_id", "subnet_cidr_id", t.list_of(t.STRING), location="query"),
        Param("address", "address", t.list_of(t.STRING), location="query"),
        Param("protocol_port", "protocol_port", t.list_of(t.INTEGER), location="query"),
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("operating_status", "operating_status", t.list_of(t.STRING), location="query"),
        Param(
            "enterprise_project_id", "enterprise_project_id", t.list_of(t.STRING), location="query"
        ),
        Param("ip_version", "ip_version", t.list_of(t.STRING), location="query"),
        Param("pool_id", "pool_id", t.list_of(t.STRING), location="query"),
        Param("loadbalancer_id", "loadbalancer_id", t.list_of(t.STRING), location="query"),
    )


class BatchAddOpts(Opts):
    """Options of batch_add."""

    members: builtins.list[NewMember] = REQUIRED
    """The members to add (at most 200)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("members", "members", t.list_of(t.model(NewMember)), required=True),
    )


class BatchUpdateOpts(Opts):
    """Options of batch_update."""

    members: builtins.list[MemberChange] = REQUIRED
    """The changes (at most 200)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("members", "members", t.list_of(t.model(MemberChange)), required=True),
    )


class BatchDeleteOpts(Opts):
    """Options of batch_delete."""

    members: builtins.list[MemberRemoval] = REQUIRED
    """The members to remove (at most 200)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("members", "members", t.list_of(t.model(MemberRemoval)), required=True),
    )


_LIST = Operation(
    "members.list",
    "GET",
    "/elb/pools/{pool_id}/members",
    ok=(200, 203),
    response_key="members",
    paging=Paging("marker", next="page_info.next_marker"),
)
_GET = Operation(
    "members.get",
    "GET",
    "/elb/pools/{pool_id}/members/{member_id}",
    ok=(200, 203),
    response_key="member",
)
_CREATE = Operation(
    "members.create",
    "POST",
    "/elb/pools/{pool_id}/members",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="member",
    response_key="member",
)
_UPDATE = Operation(
    "members.update",
    "PUT",
    "/elb/pools/{pool_id}/members/{member_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="member",
    response_key="member",
)
_DELETE = Operation(
    "members.delete",
    "DELETE",
    "/elb/pools/{pool_id}/members/{member_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_LIST_ALL = Operation(
    "members.list_all",
    "GET",
    "/elb/members",
    ok=(200, 203),
    response_key="members",
    paging=Paging("marker", next="page_info.next_marker"),
)
_BATCH_ADD = Operation(
    "members.batch_add",
    "POST",
    "/elb/pools/{pool_id}/members/batch-add",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="list",
    response_key="members",
)
_BATCH_UPDATE = Operation(
    "members.batch_update",
    "POST",
    "/elb/pools/{pool_id}/members/batch-update",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="list",
    response_key="members",
)
_BATCH_DELETE = Operation(
    "members.batch_delete",
    "POST",
    "/elb/pools/{pool_id}/members/batch-delete",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="list",
    response_key="members",
)


def list(
    client: ServiceClient,
    pool_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Member]:
    """List the members of a pool, optionally filtered; most filters take several values. Pages
    with limit and marker (page_info.next_marker while more follow)."""
    return client.pager(
        _LIST,
        {"pool_id": pool_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Show a member of a pool."""
    return client.call(
        _GET,
        {"pool_id": pool_id, "member_id": member_id},
        model=Member,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    pool_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Add a member to a pool (address is required)."""
    return client.call(
        _CREATE,
        {"pool_id": pool_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Change a member's name, port, weight or availability zone; only the fields set are sent."""
    return client.call(
        _UPDATE,
        {"pool_id": pool_id, "member_id": member_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a member from its pool."""
    return client.call(
        _DELETE,
        {"pool_id": pool_id, "member_id": member_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_all(
    client: ServiceClient,
    opts: ListAllOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Member]:
    """List the members of every pool in the project, optionally filtered by pool or load
    balancer. Pages with limit and marker."""
    return client.pager(
        _LIST_ALL, None, model=Member, opts=opts, microversion=microversion, timeout=timeout
    )


def batch_add(
    client: ServiceClient,
    pool_id: str,
    opts: BatchAddOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Member]]:
    """Add up to 200 members to a pool at once; each answer item carries ret_status."""
    return client.call(
        _BATCH_ADD,
        {"pool_id": pool_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def batch_update(
    client: ServiceClient,
    pool_id: str,
    opts: BatchUpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Member]]:
    """Change up to 200 members of a pool at once; each answer item carries ret_status."""
    return client.call(
        _BATCH_UPDATE,
        {"pool_id": pool_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def batch_delete(
    client: ServiceClient,
    pool_id: str,
    opts: BatchDeleteOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Member]]:
    """Remove up to 200 members of a pool at once; each answer item is the member's id with its
    ret_status."""
    return client.call(
        _BATCH_DELETE,
        {"pool_id": pool_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    pool_id: str,
    name_or_id: str,
) -> Member:
    """The one Member whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Member,
        path_params={"pool_id": pool_id},
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_members(page: Page[Any]) -> builtins.list[Member]:
    """The Member items of a page (or of ``all_pages()``)."""
    return page.extract_as(Member)
