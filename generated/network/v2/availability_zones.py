# Generated from network/v2/availability_zones.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A network availability zone: the zones the DHCP agents (resource network) and L3 agents
(resource router) report, which networks and routers name in availability_zone_hints
(availability_zone extension)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class AvailabilityZone(Model):
    """A network availability zone: the zones the DHCP agents (resource network) and L3 agents
    (resource router) report, which networks and routers name in availability_zone_hints
    (availability_zone extension)."""

    name: str
    """The zone's name."""

    resource: str | Unset = UNSET
    """What the zone holds: network (DHCP agents) or router (L3 agents)."""

    state: Literal["available", "unavailable"] | Unset = UNSET
    """available while an agent of the zone is up."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("resource", "resource", t.STRING),
        Field("state", "state", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Only zones with this name."""

    resource: Literal["network", "router"] | Unset = UNSET
    """Only zones of this resource."""

    state: Literal["available", "unavailable"] | Unset = UNSET
    """Only zones in this state."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("resource", "resource", t.STRING, location="query", enum=("network", "router")),
        Param("state", "state", t.STRING, location="query", enum=("available", "unavailable")),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
    )


_LIST = Operation(
    "availability_zones.list",
    "GET",
    "/availability_zones",
    ok=(200, 203),
    response_key="availability_zones",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AvailabilityZone]:
    """List availability zones (one entry per zone and resource). Empty when no agent reported
    any."""
    return client.pager(
        _LIST, None, model=AvailabilityZone, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_availability_zones(page: Page[Any]) -> builtins.list[AvailabilityZone]:
    """The AvailabilityZone items of a page (or of ``all_pages()``)."""
    return page.extract_as(AvailabilityZone)
