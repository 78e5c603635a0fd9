# Generated from load-balancer/v2/amphorae.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An amphora (admin): a service VM (or container) of the amphora provider that runs a load
balancer's data plane."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class AmphoraStats(Model):
    """The AmphoraStats object."""

    id: str | Unset = UNSET
    """The amphora's id."""

    loadbalancer_id: str | Unset = UNSET

    listener_id: str | Unset = UNSET

    active_connections: int | Unset = UNSET

    total_connections: int | Unset = UNSET

    bytes_in: int | Unset = UNSET

    bytes_out: int | Unset = UNSET

    request_errors: int | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("loadbalancer_id", "loadbalancer_id", t.STRING),
        Field("listener_id", "listener_id", t.STRING),
        Field("active_connections", "active_connections", t.INTEGER),
        Field("total_connections", "total_connections", t.INTEGER),
        Field("bytes_in", "bytes_in", t.INTEGER),
        Field("bytes_out", "bytes_out", t.INTEGER),
        Field("request_errors", "request_errors", t.INTEGER),
    )


class Amphora(Model):
    """An amphora (admin): a service VM (or container) of the amphora provider that runs a load
    balancer's data plane."""

    cached_zone: str | Unset = UNSET

    cert_busy: bool | Unset = UNSET

    cert_expiration: datetime.datetime | Unset = UNSET

    compute_flavor: str | Unset = UNSET

    compute_id: str | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    ha_ip: str | Unset = UNSET

    ha_port_id: str | Unset = UNSET

    id: str

    image_id: str | Unset = UNSET

    lb_network_ip: str | Unset = UNSET

    loadbalancer_id: str | Unset = UNSET

    role: str | Unset = UNSET

    status: str | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    vrrp_id: int | Unset = UNSET

    vrrp_interface: str | Unset = UNSET

    vrrp_ip: str | Unset = UNSET

    vrrp_port_id: str | Unset = UNSET

    vrrp_priority: int | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("cached_zone", "cached_zone", t.STRING),
        Field("cert_busy", "cert_busy", t.BOOLEAN),
        Field("cert_expiration", "cert_expiration", t.DATETIME),
        Field("compute_flavor", "compute_flavor", t.STRING),
        Field("compute_id", "compute_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("ha_ip", "ha_ip", t.STRING),
        Field("ha_port_id", "ha_port_id", t.STRING),
        Field("id", "id", t.STRING),
        Field("image_id", "image_id", t.STRING),
        Field("lb_network_ip", "lb_network_ip", t.STRING),
        Field("loadbalancer_id", "loadbalancer_id", t.STRING),
        Field("role", "role", t.STRING),
        Field("status", "status", t.STRING),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("vrrp_id", "vrrp_id", t.INTEGER),
        Field("vrrp_interface", "vrrp_interface", t.STRING),
        Field("vrrp_ip", "vrrp_ip", t.STRING),
        Field("vrrp_port_id", "vrrp_port_id", t.STRING),
        Field("vrrp_priority", "vrrp_priority", t.INTEGER),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    cached_zone: str | Unset = UNSET

    cert_busy: str | Unset = UNSET

    cert_expiration: str | Unset = UNSET

    compute_flavor: str | Unset = UNSET

    compute_id: str | Unset = UNSET

    created_at: str | Unset = UNSET

    ha_ip: str | Unset = UNSET

    ha_port_id: str | Unset = UNSET

    id: str | Unset = UNSET

    image_id: str | Unset = UNSET

    lb_network_ip: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    loadbalancer_id: str | Unset = UNSET

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    role: str | Unset = UNSET

    status: str | Unset = UNSET

    updated_at: str | Unset = UNSET

    vrrp_id: str | Unset = UNSET

    vrrp_interface: str | Unset = UNSET

    vrrp_ip: str | Unset = UNSET

    vrrp_port_id: str | Unset = UNSET

    vrrp_priority: str | Unset = UNSET

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("cached_zone", "cached_zone", t.STRING, location="query"),
        Param("cert_busy", "cert_busy", t.STRING, location="query"),
        Param("cert_expiration", "cert_expiration", t.STRING, location="query"),
        Param("compute_flavor", "compute_flavor", t.STRING, location="query"),
        Param("compute_id", "compute_id", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("ha_ip", "ha_ip", t.STRING, location="query"),
        Param("ha_port_id", "ha_port_id", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("image_id", "image_id", t.STRING, location="query"),
        Param("lb_network_ip", "lb_network_ip", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("loadbalancer_id", "loadbalancer_id", t.STRING, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("role", "role", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("vrrp_id", "vrrp_id", t.STRING, location="query"),
        Param("vrrp_interface", "vrrp_interface", t.STRING, location="query"),
        Param("vrrp_ip", "vrrp_ip", t.STRING, location="query"),
        Param("vrrp_port_id", "vrrp_port_id", t.STRING, location="query"),
        Param("vrrp_priority", "vrrp_priority", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


_LIST = Operation(
    "amphorae.list",
    "GET",
    "/octavia/amphorae",
    ok=(200, 203),
    response_key="amphorae",
    paging=Paging("marker", next="amphorae_links[rel=next].href"),
)
_GET = Operation(
    "amphorae.get",
    "GET",
    "/octavia/amphorae/{amphora_id}",
    ok=(200, 203),
    response_key="amphora",
)
_DELETE = Operation(
    "amphorae.delete",
    "DELETE",
    "/octavia/amphorae/{amphora_id}",
    ok=(204,),
    response_kind="empty",
)
_CONFIG = Operation(
    "amphorae.config",
    "PUT",
    "/octavia/amphorae/{amphora_id}/config",
    ok=(202,),
    response_kind="empty",
)
_FAILOVER = Operation(
    "amphorae.failover",
    "PUT",
    "/octavia/amphorae/{amphora_id}/failover",
    ok=(202,),
    response_kind="empty",
)
_STATS = Operation(
    "amphorae.stats",
    "GET",
    "/octavia/amphorae/{amphora_id}/stats",
    ok=(200, 203),
    response_kind="list",
    response_key="amphora_stats",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Amphora]:
    """List amphorae."""
    return client.pager(
        _LIST, None, model=Amphora, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    amphora_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Amphora]:
    """Get a amphora."""
    return client.call(
        _GET, {"amphora_id": amphora_id}, model=Amphora, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    amphora_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Purge an amphora record that is in ERROR or DELETED (admin)."""
    return client.call(
        _DELETE, {"amphora_id": amphora_id}, microversion=microversion, timeout=timeout
    )


def config(
    client: ServiceClient,
    amphora_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Push the current agent configuration to the amphora (admin)."""
    return client.call(
        _CONFIG, {"amphora_id": amphora_id}, microversion=microversion, timeout=timeout
    )


def failover(
    client: ServiceClient,
    amphora_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace the amphora with a new one (admin)."""
    return client.call(
        _FAILOVER, {"amphora_id": amphora_id}, microversion=microversion, timeout=timeout
    )


def stats(
    client: ServiceClient,
    amphora_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[AmphoraStats]]:
    """Traffic statistics per listener that the amphora last reported."""
    return client.call(
        _STATS,
        {"amphora_id": amphora_id},
        model=AmphoraStats,
        microversion=microversion,
        timeout=timeout,
    )


def wait_for_status(
    client: ServiceClient,
    amphora_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Amphora], None] | None = None,
) -> Amphora:
    """Poll get until the Amphora's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"amphora_id": amphora_id},
        model=Amphora,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    amphora_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Amphora], None] | None = None,
) -> None:
    """Poll get until the Amphora is gone (404, or status DELETED). Raises errors.WaitTimeout
    after ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"amphora_id": amphora_id},
        model=Amphora,
        field="status",
        deleted=("DELETED",),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_amphorae(page: Page[Any]) -> builtins.list[Amphora]:
    """The Amphora items of a page (or of ``all_pages()``)."""
    return page.extract_as(Amphora)
