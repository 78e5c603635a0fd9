# Generated from block-storage/v3/hosts.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The hosts of Cinder's services (os-hosts, admin-only by default and deprecated by Cinder in
favour of os-services): one entry per enabled service, with its zone and whether it reported
recently. get_usage sums the volumes and snapshots of a cinder-volume host per project.
Changing a host's status (PUT os-hosts/{host}) is left out: Cinder's HostAPI does not
implement it and answers every such request with an error."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class HostUsage(Model):
    """The volumes and snapshots of one project on a host, or of all projects when project is
    "(total)". Cinder sends the numbers as strings."""

    host: str | Unset = UNSET
    """The host asked for."""

    project: str | Unset = UNSET
    """A project ID, or "(total)" for the sum over all projects."""

    volume_count: str | Unset = UNSET
    """How many volumes (a number as a string)."""

    total_volume_gb: str | Unset = UNSET
    """Their size in GiB (a number as a string)."""

    snapshot_count: str | Unset = UNSET
    """How many snapshots (a number as a string)."""

    total_snapshot_gb: str | Unset = UNSET
    """Their size in GiB (a number as a string)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("host", "host", t.STRING),
        Field("project", "project", t.STRING),
        Field("volume_count", "volume_count", t.STRING),
        Field("total_volume_gb", "total_volume_gb", t.STRING),
        Field("snapshot_count", "snapshot_count", t.STRING),
        Field("total_snapshot_gb", "total_snapshot_gb", t.STRING),
    )


class HostUsageEntry(Model):
    """One entry of a host's usage, wrapped as {"resource": {...}}."""

    resource: HostUsage | Unset = UNSET
    """The usage."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("resource", "resource", t.model(HostUsage)),)


class Host(Model):
    """The hosts of Cinder's services (os-hosts, admin-only by default and deprecated by Cinder
    in favour of os-services): one entry per enabled service, with its zone and whether it
    reported recently. get_usage sums the volumes and snapshots of a cinder-volume host per
    project. Changing a host's status (PUT os-hosts/{host}) is left out: Cinder's HostAPI does
    not implement it and answers every such request with an error."""

    host_name: str
    """The service's host (host@backend for cinder-volume)."""

    service: str | Unset = UNSET
    """The service's topic (cinder-volume, cinder-scheduler, cinder-backup)."""

    zone: str | Unset = UNSET
    """The service's availability zone."""

    service_status: Literal["available", "unavailable"] | Unset = UNSET
    """available when the service reported within service_down_time, unavailable otherwise."""

    service_state: Literal["enabled", "disabled"] | Unset = UNSET
    """Whether the service takes work (Cinder lists only enabled services, so this is always
    enabled)."""

    last_update: datetime.datetime | None | Unset = UNSET
    """When the service last reported (UTC; null if it never did)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("host_name", "host_name", t.STRING),
        Field("service", "service", t.STRING),
        Field("zone", "zone", t.STRING),
        Field("service_status", "service-status", t.STRING),
        Field("service_state", "service-state", t.STRING),
        Field("last_update", "last-update", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    zone: str | Unset = UNSET
    """Only the hosts of this availability zone."""

    _params: ClassVar[tuple[Param, ...]] = (Param("zone", "zone", t.STRING, location="query"),)


_LIST = Operation(
    "hosts.list",
    "GET",
    "/os-hosts",
    ok=(200, 203),
    response_key="hosts",
    paging=Paging("single"),
)
_GET_USAGE = Operation(
    "hosts.get_usage",
    "GET",
    "/os-hosts/{host_name}",
    ok=(200, 203),
    response_kind="list",
    response_key="host",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Host]:
    """List the hosts of the enabled services (admin), optionally of one availability zone."""
    return client.pager(
        _LIST, None, model=Host, opts=opts, microversion=microversion, timeout=timeout
    )


def get_usage(
    client: ServiceClient,
    host_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[HostUsageEntry]]:
    """Show a host's volumes and snapshots per project (admin): the first entry is the total,
    then one per project with volumes there. The host must run cinder-volume (NotFound
    otherwise). This is Cinder's "show host" (GET /os-hosts/{host_name}), which returns a list
    of entries rather than one host, hence its own name."""
    return client.call(
        _GET_USAGE,
        {"host_name": host_name},
        model=HostUsageEntry,
        microversion=microversion,
        timeout=timeout,
    )


def extract_hosts(page: Page[Any]) -> builtins.list[Host]:
    """The Host items of a page (or of ``all_pages()``)."""
    return page.extract_as(Host)
