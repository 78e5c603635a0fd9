# Generated from block-storage/v3/clusters.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A cluster of volume (or scheduler) services that share one backend configuration and act as
one for active-active high availability (since 3.7). Clusters are known by name and binary.
Admin-only by default."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Cluster(Model):
    """A cluster of volume (or scheduler) services that share one backend configuration and act
    as one for active-active high availability (since 3.7). Clusters are known by name and
    binary. Admin-only by default."""

    name: str
    """The cluster's name."""

    binary: str | Unset = UNSET
    """The binary of its services (cinder-volume)."""

    state: Literal["up", "down"] | Unset = UNSET
    """Whether some service of it is up."""

    status: Literal["enabled", "disabled"] | Unset = UNSET
    """Whether it takes new work."""

    disabled_reason: str | None | Unset = UNSET
    """Why it was disabled."""

    num_hosts: int | Unset = UNSET
    """How many services it has (detail)."""

    num_down_hosts: int | Unset = UNSET
    """How many of them are down (detail)."""

    last_heartbeat: str | Unset = UNSET
    """When a service of it last reported (ISO 8601; an empty string when never)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created (detail)."""

    updated_at: str | Unset = UNSET
    """When it last changed (ISO 8601; an empty string when never)."""

    replication_status: str | None | Unset = UNSET
    """Replication status (since 3.26)."""

    frozen: bool | Unset = UNSET
    """Whether it is frozen (detail; since 3.26)."""

    active_backend_id: str | None | Unset = UNSET
    """The backend it failed over to (detail; since 3.26)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("binary", "binary", t.STRING),
        Field("state", "state", t.STRING),
        Field("status", "status", t.STRING),
        Field("disabled_reason", "disabled_reason", t.STRING),
        Field("num_hosts", "num_hosts", t.INTEGER),
        Field("num_down_hosts", "num_down_hosts", t.INTEGER),
        Field("last_heartbeat", "last_heartbeat", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.STRING),
        Field("replication_status", "replication_status", t.STRING, since="3.26"),
        Field("frozen", "frozen", t.BOOLEAN, since="3.26"),
        Field("active_backend_id", "active_backend_id", t.STRING, since="3.26"),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    name: str | Unset = UNSET
    """Only the cluster with this name."""

    binary: str | Unset = UNSET
    """Only clusters of this binary."""

    is_up: bool | Unset = UNSET
    """Only clusters that are up (or down)."""

    disabled: bool | Unset = UNSET
    """Only disabled (or enabled) clusters."""

    num_hosts: int | Unset = UNSET
    """Only clusters with this many services."""

    num_down_hosts: int | Unset = UNSET
    """Only clusters with this many services down."""

    replication_status: str | Unset = UNSET
    """Only clusters with this replication status."""

    frozen: bool | Unset = UNSET
    """Only frozen (or not frozen) clusters."""

    active_backend_id: str | Unset = UNSET
    """Only clusters failed over to this backend."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("binary", "binary", t.STRING, location="query"),
        Param("is_up", "is_up", t.BOOLEAN, location="query"),
        Param("disabled", "disabled", t.BOOLEAN, location="query"),
        Param("num_hosts", "num_hosts", t.INTEGER, location="query"),
        Param("num_down_hosts", "num_down_hosts", t.INTEGER, location="query"),
        Param("replication_status", "replication_status", t.STRING, location="query", since="3.26"),
        Param("frozen", "frozen", t.BOOLEAN, location="query", since="3.26"),
        Param("active_backend_id", "active_backend_id", t.STRING, location="query", since="3.26"),
    )


class EnableOpts(Opts):
    """Options of enable."""

    name: str = REQUIRED
    """The cluster's name."""

    binary: str | None | Unset = UNSET
    """Its binary (default cinder-volume)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("binary", "binary", t.STRING, nullable=True),
    )


class DisableOpts(Opts):
    """Options of disable."""

    name: str = REQUIRED
    """The cluster's name."""

    binary: str | None | Unset = UNSET
    """Its binary (default cinder-volume)."""

    disabled_reason: str | None | Unset = UNSET
    """Why."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("binary", "binary", t.STRING, nullable=True),
        Param("disabled_reason", "disabled_reason", t.STRING, nullable=True),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "clusters.list",
    "GET",
    "/clusters",
    ok=(200, 203),
    response_key="clusters",
    paging=Paging("single"),
    since="3.7",
)
_GET = Operation(
    "clusters.get",
    "GET",
    "/clusters/{cluster_name}",
    ok=(200, 203),
    response_key="cluster",
    since="3.7",
)
_LIST_DETAIL = Operation(
    "clusters.list_detail",
    "GET",
    "/clusters/detail",
    ok=(200, 203),
    response_key="clusters",
    paging=Paging("single"),
    since="3.7",
)
_ENABLE = Operation(
    "clusters.enable",
    "PUT",
    "/clusters/enable",
    ok=(200,),
    request_kind="json",
    response_key="cluster",
    since="3.7",
)
_DISABLE = Operation(
    "clusters.disable",
    "PUT",
    "/clusters/disable",
    ok=(200,),
    request_kind="json",
    response_key="cluster",
    since="3.7",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Cluster]:
    """List clusters in brief (name, binary, state, status)."""
    return client.pager(
        _LIST, None, model=Cluster, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    cluster_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Show a cluster of cinder-volume services with every attribute."""
    return client.call(
        _GET,
        {"cluster_name": cluster_name},
        model=Cluster,
        microversion=microversion,
        timeout=timeout,
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Cluster]:
    """List clusters with every attribute."""
    return client.pager(
        _LIST_DETAIL, None, model=Cluster, opts=opts, microversion=microversion, timeout=timeout
    )


def enable(
    client: ServiceClient,
    opts: EnableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Enable a cluster; returns its summary with disabled_reason."""
    return client.call(
        _ENABLE, None, model=Cluster, opts=opts, microversion=microversion, timeout=timeout
    )


def disable(
    client: ServiceClient,
    opts: DisableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Disable a cluster; returns its summary with disabled_reason."""
    return client.call(
        _DISABLE, None, model=Cluster, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_clusters(page: Page[Any]) -> builtins.list[Cluster]:
    """The Cluster items of a page (or of ``all_pages()``)."""
    return page.extract_as(Cluster)
