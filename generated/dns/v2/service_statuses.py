# Generated from dns/v2/service_statuses.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The last heartbeat of one of Designate's own services (api, central, worker, mdns, producer,
...) on one host (admins)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zones import Links as Links


class ServiceStatus(Model):
    """The last heartbeat of one of Designate's own services (api, central, worker, mdns,
    producer, ...) on one host (admins)."""

    id: str

    hostname: str | Unset = UNSET
    """The host the service runs on."""

    service_name: str | Unset = UNSET
    """Which service."""

    status: str | Unset = UNSET
    """UP, WARNING or DOWN."""

    stats: dict[str, Any] | Unset = UNSET
    """Statistics the service reports."""

    capabilities: dict[str, Any] | Unset = UNSET
    """Capabilities the service reports."""

    heartbeated_at: datetime.datetime | None | Unset = UNSET
    """When its last heartbeat arrived."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("hostname", "hostname", t.STRING),
        Field("service_name", "service_name", t.STRING),
        Field("status", "status", t.STRING),
        Field("stats", "stats", t.map_of(t.ANY)),
        Field("capabilities", "capabilities", t.map_of(t.ANY)),
        Field("heartbeated_at", "heartbeated_at", t.DATETIME),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    hostname: str | Unset = UNSET

    service_name: str | Unset = UNSET

    status: Literal["UP", "WARNING", "DOWN"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    sort_key: (
        Literal["created_at", "id", "updated_at", "hostname", "service_name", "status"] | Unset
    ) = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("hostname", "hostname", t.STRING, location="query"),
        Param("service_name", "service_name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query", enum=("UP", "WARNING", "DOWN")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("created_at", "id", "updated_at", "hostname", "service_name", "status"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


_LIST = Operation(
    "service_statuses.list",
    "GET",
    "/service_statuses",
    ok=(200, 203),
    response_key="service_statuses",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "service_statuses.get",
    "GET",
    "/service_statuses/{service_id}",
    ok=(200, 203),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ServiceStatus]:
    """List service statuses."""
    return client.pager(
        _LIST, None, model=ServiceStatus, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceStatus]:
    """Get a service status."""
    return client.call(
        _GET,
        {"service_id": service_id},
        model=ServiceStatus,
        microversion=microversion,
        timeout=timeout,
    )


def extract_service_statuses(page: Page[Any]) -> builtins.list[ServiceStatus]:
    """The ServiceStatus items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServiceStatus)
