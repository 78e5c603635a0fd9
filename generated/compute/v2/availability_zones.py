# Generated from compute/v2/availability_zones.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An availability zone as Nova reports it: the zones of its host aggregates plus the default
zone, each with whether it has a live compute service. list shows the zones servers may be
placed in (every user); list_detail (admin) adds the "internal" zone of the control services
and, per zone, its hosts and their services."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset
from stacksdk.shared import ZoneState as ZoneState


class ServiceState(Model):
    """The state of one service on one host."""

    available: bool | Unset = UNSET
    """True when the service reports in (is up)."""

    active: bool | Unset = UNSET
    """True when the service is enabled."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the service last reported (None when never)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("available", "available", t.BOOLEAN),
        Field("active", "active", t.BOOLEAN),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class AvailabilityZone(Model):
    """An availability zone as Nova reports it: the zones of its host aggregates plus the default
    zone, each with whether it has a live compute service. list shows the zones servers may be
    placed in (every user); list_detail (admin) adds the "internal" zone of the control
    services and, per zone, its hosts and their services."""

    zone_name: str
    """The zone's name."""

    zone_state: ZoneState | Unset = UNSET
    """Whether the zone is usable."""

    hosts: dict[str, dict[str, ServiceState]] | None | Unset = UNSET
    """list_detail only: host name -> service binary (nova-compute, ...) -> that service's state;
    None in list."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("zone_name", "zoneName", t.STRING),
        Field("zone_state", "zoneState", t.model(ZoneState)),
        Field("hosts", "hosts", t.map_of(t.map_of(t.model(ServiceState)))),
    )


_LIST = Operation(
    "availability_zones.list",
    "GET",
    "/os-availability-zone",
    ok=(200, 203),
    response_key="availabilityZoneInfo",
    paging=Paging("single"),
)
_LIST_DETAIL = Operation(
    "availability_zones.list_detail",
    "GET",
    "/os-availability-zone/detail",
    ok=(200, 203),
    response_key="availabilityZoneInfo",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AvailabilityZone]:
    """The zones users may choose (those with or without live hosts, but not "internal"); hosts
    is None in each."""
    return client.pager(
        _LIST, None, model=AvailabilityZone, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AvailabilityZone]:
    """Every zone including "internal", with its hosts and their services (admin by default)."""
    return client.pager(
        _LIST_DETAIL, None, model=AvailabilityZone, microversion=microversion, timeout=timeout
    )


def extract_availability_zones(page: Page[Any]) -> builtins.list[AvailabilityZone]:
    """The AvailabilityZone items of a page (or of ``all_pages()``)."""
    return page.extract_as(AvailabilityZone)
