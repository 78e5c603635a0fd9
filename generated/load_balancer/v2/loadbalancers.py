# Generated from load-balancer/v2/loadbalancers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A load balancer: a virtual IP address (VIP) on a subnet, network or port, served by a
provider, with its listeners and pools. Creating one may also create its whole tree of
listeners, pools, members, monitors and L7 policies (a single-call create)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.load_balancer.v2.listeners import (
    Listener as Listener,
    ListenerSpec as ListenerSpec,
    StatsResult as StatsResult,
)
from stacksdk.load_balancer.v2.pools import Pool as Pool, PoolSpec as PoolSpec


class AdditionalVip(Model):
    """The AdditionalVip object."""

    ip_address: str | Unset = UNSET

    port_id: str | Unset = UNSET

    subnet_id: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ip_address", "ip_address", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("subnet_id", "subnet_id", t.STRING),
    )


class HealthMonitorStatus(Model):
    """The HealthMonitorStatus object."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    type: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("type", "type", t.STRING),
    )


class MemberStatus(Model):
    """The MemberStatus object."""

    address: str | Unset = UNSET

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    protocol_port: int | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("address", "address", t.STRING),
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("provisioning_status", "provisioning_status", t.STRING),
    )


class PoolStatus(Model):
    """The PoolStatus object."""

    health_monitor: HealthMonitorStatus | Unset = UNSET

    id: str | Unset = UNSET

    members: builtins.list[MemberStatus] | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("health_monitor", "health_monitor", t.model(HealthMonitorStatus)),
        Field("id", "id", t.STRING),
        Field("members", "members", t.list_of(t.model(MemberStatus))),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
    )


class ListenerStatus(Model):
    """The ListenerStatus object."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    pools: builtins.list[PoolStatus] | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("pools", "pools", t.list_of(t.model(PoolStatus))),
        Field("provisioning_status", "provisioning_status", t.STRING),
    )


class LoadBalancerStatus(Model):
    """The LoadBalancerStatus object."""

    id: str | Unset = UNSET

    listeners: builtins.list[ListenerStatus] | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("listeners", "listeners", t.list_of(t.model(ListenerStatus))),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
    )


class StatusTree(Model):
    """The StatusTree object."""

    loadbalancer: LoadBalancerStatus | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("loadbalancer", "loadbalancer", t.model(LoadBalancerStatus)),
    )


class LoadBalancer(Model):
    """A load balancer: a virtual IP address (VIP) on a subnet, network or port, served by a
    provider, with its listeners and pools. Creating one may also create its whole tree of
    listeners, pools, members, monitors and L7 policies (a single-call create)."""

    additional_vips: builtins.list[AdditionalVip] | Unset = UNSET

    admin_state_up: bool | Unset = UNSET

    availability_zone: str | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    description: str | None | Unset = UNSET

    flavor_id: str | Unset = UNSET

    id: str

    listeners: builtins.list[Listener] | Unset = UNSET
    """The load balancer's listeners: their ids, or every field after a single-call create."""

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    pools: builtins.list[Pool] | Unset = UNSET
    """The load balancer's pools: their ids, or every field after a single-call create."""

    project_id: str | Unset = UNSET
    """The owner (admins may create for another project)."""

    provider: str | Unset = UNSET
    """The provider driver (default: the cloud's default provider)."""

    provisioning_status: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tenant_id: str | Unset = UNSET
    """Deprecated alias of project_id."""

    updated_at: datetime.datetime | Unset = UNSET

    vip_address: str | Unset = UNSET

    vip_network_id: str | Unset = UNSET

    vip_port_id: str | Unset = UNSET

    vip_qos_policy_id: str | None | Unset = UNSET

    vip_sg_ids: builtins.list[str] | Unset = UNSET

    vip_subnet_id: str | Unset = UNSET
    """The subnet for the VIP; one of vip_subnet_id, vip_network_id and vip_port_id is required."""

    vip_vnic_type: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("additional_vips", "additional_vips", t.list_of(t.model(AdditionalVip))),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("description", "description", t.STRING),
        Field("flavor_id", "flavor_id", t.STRING),
        Field("id", "id", t.STRING),
        Field("listeners", "listeners", t.list_of(t.model(Listener))),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("pools", "pools", t.list_of(t.model(Pool))),
        Field("project_id", "project_id", t.STRING),
        Field("provider", "provider", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("vip_address", "vip_address", t.STRING),
        Field("vip_network_id", "vip_network_id", t.STRING),
        Field("vip_port_id", "vip_port_id", t.STRING),
        Field("vip_qos_policy_id", "vip_qos_policy_id", t.STRING),
        Field("vip_sg_ids", "vip_sg_ids", t.list_of(t.STRING)),
        Field("vip_subnet_id", "vip_subnet_id", t.STRING),
        Field("vip_vnic_type", "vip_vnic_type", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    availability_zone: str | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    description: str | Unset = UNSET

    flavor_id: str | Unset = UNSET

    id: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

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

    provider: str | Unset = UNSET

    provisioning_status: (
        Literal["ACTIVE", "DELETED", "ERROR", "PENDING_CREATE", "PENDING_DELETE", "PENDING_UPDATE"]
        | Unset
    ) = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tags_any: builtins.list[str] | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    vip_address: str | Unset = UNSET

    vip_network_id: str | Unset = UNSET

    vip_port_id: str | Unset = UNSET

    vip_qos_policy_id: str | Unset = UNSET

    vip_subnet_id: str | Unset = UNSET

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("created_at", "created_at", t.DATETIME, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("flavor_id", "flavor_id", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
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
        Param("provider", "provider", t.STRING, location="query"),
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
        Param("updated_at", "updated_at", t.DATETIME, location="query"),
        Param("vip_address", "vip_address", t.STRING, location="query"),
        Param("vip_network_id", "vip_network_id", t.STRING, location="query"),
        Param("vip_port_id", "vip_port_id", t.STRING, location="query"),
        Param("vip_qos_policy_id", "vip_qos_policy_id", t.STRING, location="query"),
        Param("vip_subnet_id", "vip_subnet_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    additional_vips: builtins.list[AdditionalVip] | Unset = UNSET

    admin_state_up: bool | Unset = UNSET

    availability_zone: str | Unset = UNSET

    description: str | None | Unset = UNSET

    flavor_id: str | Unset = UNSET

    name: str | Unset = UNSET

    project_id: str | Unset = UNSET
    """The owner (admins may create for another project)."""

    provider: str | Unset = UNSET
    """The provider driver (default: the cloud's default provider)."""

    tags: builtins.list[str] | Unset = UNSET

    vip_address: str | Unset = UNSET

    vip_network_id: str | Unset = UNSET

    vip_port_id: str | Unset = UNSET

    vip_qos_policy_id: str | None | Unset = UNSET

    vip_sg_ids: builtins.list[str] | Unset = UNSET

    vip_subnet_id: str | Unset = UNSET
    """The subnet for the VIP; one of vip_subnet_id, vip_network_id and vip_port_id is required."""

    listeners: builtins.list[ListenerSpec] | Unset = UNSET
    """Listeners to create with the load balancer (a single-call create of the whole tree)."""

    pools: builtins.list[PoolSpec] | Unset = UNSET
    """Pools to create with the load balancer; a listener's default_pool (or a policy's
    redirect_pool) that gives only the name of one of them uses it instead of a new pool."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("additional_vips", "additional_vips", t.list_of(t.model(AdditionalVip))),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("availability_zone", "availability_zone", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("flavor_id", "flavor_id", t.STRING),
        Param("name", "name", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("provider", "provider", t.STRING),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("vip_address", "vip_address", t.STRING),
        Param("vip_network_id", "vip_network_id", t.STRING),
        Param("vip_port_id", "vip_port_id", t.STRING),
        Param("vip_qos_policy_id", "vip_qos_policy_id", t.STRING, nullable=True),
        Param("vip_sg_ids", "vip_sg_ids", t.list_of(t.STRING)),
        Param("vip_subnet_id", "vip_subnet_id", t.STRING),
        Param("listeners", "listeners", t.list_of(t.model(ListenerSpec))),
        Param("pools", "pools", t.list_of(t.model(PoolSpec))),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET

    description: str | None | Unset = UNSET

    name: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    vip_qos_policy_id: str | None | Unset = UNSET

    vip_sg_ids: builtins.list[str] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("description", "description", t.STRING, nullable=True),
        Param("name", "name", t.STRING),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("vip_qos_policy_id", "vip_qos_policy_id", t.STRING, nullable=True),
        Param("vip_sg_ids", "vip_sg_ids", t.list_of(t.STRING)),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    cascade: bool | Unset = UNSET
    """Delete the listeners, pools and everything below them too (otherwise a load balancer with
    children is refused with 400)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("cascade", "cascade", t.BOOLEAN, location="query"),
    )


_LIST = Operation(
    "loadbalancers.list",
    "GET",
    "/lbaas/loadbalancers",
    ok=(200, 203),
    response_key="loadbalancers",
    paging=Paging("marker", next="loadbalancers_links[rel=next].href"),
)
_GET = Operation(
    "loadbalancers.get",
    "GET",
    "/lbaas/loadbalancers/{loadbalancer_id}",
    ok=(200, 203),
    response_key="loadbalancer",
)
_CREATE = Operation(
    "loadbalancers.create",
    "POST",
    "/lbaas/loadbalancers",
    ok=(201,),
    request_kind="json",
    request_key="loadbalancer",
    response_key="loadbalancer",
)
_UPDATE = Operation(
    "loadbalancers.update",
    "PUT",
    "/lbaas/loadbalancers/{loadbalancer_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="loadbalancer",
    response_key="loadbalancer",
)
_DELETE = Operation(
    "loadbalancers.delete",
    "DELETE",
    "/lbaas/loadbalancers/{loadbalancer_id}",
    ok=(204,),
    response_kind="empty",
)
_FAILOVER = Operation(
    "loadbalancers.failover",
    "PUT",
    "/lbaas/loadbalancers/{loadbalancer_id}/failover",
    ok=(202,),
    response_kind="empty",
)
_STATS = Operation(
    "loadbalancers.stats",
    "GET",
    "/lbaas/loadbalancers/{loadbalancer_id}/stats",
    ok=(200,),
    response_key="stats",
)
_STATUS = Operation(
    "loadbalancers.status",
    "GET",
    "/lbaas/loadbalancers/{loadbalancer_id}/status",
    ok=(200,),
    response_key="statuses",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[LoadBalancer]:
    """List loadbalancers."""
    return client.pager(
        _LIST, None, model=LoadBalancer, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LoadBalancer]:
    """Get a load balancer."""
    return client.call(
        _GET,
        {"loadbalancer_id": loadbalancer_id},
        model=LoadBalancer,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LoadBalancer]:
    """Create a load balancer."""
    return client.call(
        _CREATE, None, model=LoadBalancer, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    loadbalancer_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LoadBalancer]:
    """Update a load balancer."""
    return client.call(
        _UPDATE,
        {"loadbalancer_id": loadbalancer_id},
        model=LoadBalancer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    loadbalancer_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a load balancer."""
    return client.call(
        _DELETE,
        {"loadbalancer_id": loadbalancer_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def failover(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Fail the load balancer over to new amphorae (admin)."""
    return client.call(
        _FAILOVER, {"loadbalancer_id": loadbalancer_id}, microversion=microversion, timeout=timeout
    )


def stats(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[StatsResult]:
    """Traffic statistics of the load balancer, summed over its listeners."""
    return client.call(
        _STATS,
        {"loadbalancer_id": loadbalancer_id},
        model=StatsResult,
        microversion=microversion,
        timeout=timeout,
    )


def status(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[StatusTree]:
    """The load balancer's status tree: its and every child's provisioning and operating status."""
    return client.call(
        _STATUS,
        {"loadbalancer_id": loadbalancer_id},
        model=StatusTree,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> LoadBalancer:
    """The one LoadBalancer whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=LoadBalancer,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    loadbalancer_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[LoadBalancer], None] | None = None,
) -> LoadBalancer:
    """Poll get until the LoadBalancer's provisioning_status is ``status`` (one of several, if a
    list; compared without case) and return it. Raises errors.WaitTimeout after ``timeout``
    seconds, errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"loadbalancer_id": loadbalancer_id},
        model=LoadBalancer,
        field="provisioning_status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[LoadBalancer], None] | None = None,
) -> None:
    """Poll get until the LoadBalancer is gone (404, or provisioning_status DELETED). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes ERROR."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"loadbalancer_id": loadbalancer_id},
        model=LoadBalancer,
        field="provisioning_status",
        deleted=("DELETED",),
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_loadbalancers(page: Page[Any]) -> builtins.list[LoadBalancer]:
    """The LoadBalancer items of a page (or of ``all_pages()``)."""
    return page.extract_as(LoadBalancer)
