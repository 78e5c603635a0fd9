# Generated from compute/v2/hypervisors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A hypervisor: one compute node (the resources one nova-compute service manages). Admin-only by
default. IDs are integers before 2.53 and UUIDs since (only UUIDs are accepted in paths then).
Since 2.88 the resource usage fields (vcpus, memory_mb, local_gb, cpu_info, ...) are gone (ask
Placement), the details carry uptime instead, and statistics, uptime, search and servers are
removed (search and servers already in 2.53, in favour of the hypervisor_hostname_pattern and
with_servers options). There is no find by host name: Nova answers a malformed ID with a 400;
use hypervisor_hostname_pattern."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class ServerRef(Model):
    """A server on a hypervisor."""

    name: str | Unset = UNSET
    """The server's name."""

    uuid: str | Unset = UNSET
    """The server's UUID."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("uuid", "uuid", t.STRING),
    )


class ServiceRef(Model):
    """The compute service that manages a hypervisor."""

    id: Any | Unset = UNSET
    """The service's ID: an integer before 2.53, a UUID since."""

    host: str | Unset = UNSET
    """The service's host name."""

    disabled_reason: str | None | Unset = UNSET
    """Why it is disabled (None when enabled or no reason given)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.ANY),
        Field("host", "host", t.STRING),
        Field("disabled_reason", "disabled_reason", t.STRING),
    )


class HypervisorStatistics(Model):
    """Totals over every hypervisor (until 2.87)."""

    count: int | Unset = UNSET
    """The number of hypervisors."""

    vcpus: int | Unset = UNSET
    """Physical CPUs."""

    vcpus_used: int | Unset = UNSET
    """vCPUs in use."""

    memory_mb: int | Unset = UNSET
    """Memory in MiB."""

    memory_mb_used: int | Unset = UNSET
    """Memory in use in MiB."""

    free_ram_mb: int | Unset = UNSET
    """Free memory in MiB."""

    local_gb: int | Unset = UNSET
    """Local disk in GiB."""

    local_gb_used: int | Unset = UNSET
    """Local disk in use in GiB."""

    free_disk_gb: int | Unset = UNSET
    """Free local disk in GiB."""

    disk_available_least: int | Unset = UNSET
    """Disk actually free in GiB."""

    current_workload: int | Unset = UNSET
    """Tasks in flight."""

    running_vms: int | Unset = UNSET
    """Servers."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("count", "count", t.INTEGER),
        Field("vcpus", "vcpus", t.INTEGER),
        Field("vcpus_used", "vcpus_used", t.INTEGER),
        Field("memory_mb", "memory_mb", t.INTEGER),
        Field("memory_mb_used", "memory_mb_used", t.INTEGER),
        Field("free_ram_mb", "free_ram_mb", t.INTEGER),
        Field("local_gb", "local_gb", t.INTEGER),
        Field("local_gb_used", "local_gb_used", t.INTEGER),
        Field("free_disk_gb", "free_disk_gb", t.INTEGER),
        Field("disk_available_least", "disk_available_least", t.INTEGER),
        Field("current_workload", "current_workload", t.INTEGER),
        Field("running_vms", "running_vms", t.INTEGER),
    )


class Hypervisor(Model):
    """A hypervisor: one compute node (the resources one nova-compute service manages).
    Admin-only by default. IDs are integers before 2.53 and UUIDs since (only UUIDs are
    accepted in paths then). Since 2.88 the resource usage fields (vcpus, memory_mb, local_gb,
    cpu_info, ...) are gone (ask Placement), the details carry uptime instead, and statistics,
    uptime, search and servers are removed (search and servers already in 2.53, in favour of
    the hypervisor_hostname_pattern and with_servers options). There is no find by host name:
    Nova answers a malformed ID with a 400; use hypervisor_hostname_pattern."""

    id: Any
    """An integer before 2.53, the compute node's UUID (a string) since."""

    hypervisor_hostname: str | Unset = UNSET
    """The hypervisor's host name (as the virt driver reports it)."""

    state: Literal["up", "down"] | Unset = UNSET
    """Whether its compute service reports in."""

    status: Literal["enabled", "disabled"] | Unset = UNSET
    """Whether its compute service is enabled."""

    servers: builtins.list[ServerRef] | Unset = UNSET
    """The servers on it: with with_servers (since 2.53), from servers (until 2.52); absent when
    it has none (an empty list since 2.75)."""

    host_ip: str | None | Unset = UNSET
    """The IP address of the hypervisor's host (details only)."""

    hypervisor_type: str | Unset = UNSET
    """The virt driver's hypervisor type, e.g. QEMU (details only)."""

    hypervisor_version: Any | Unset = UNSET
    """The hypervisor's version as an integer (e.g. 8002000; details only)."""

    service: ServiceRef | Unset = UNSET
    """The compute service that manages it (details only)."""

    uptime: str | None | Unset = UNSET
    """Since 2.88 in the details: the host's uptime as the `uptime` command prints it (None when
    the driver cannot tell)."""

    cpu_info: Any | Unset = UNSET
    """Until 2.87: the CPU description, a JSON string before 2.28 and an object (arch, model,
    vendor, features, topology) since."""

    vcpus: int | Unset = UNSET
    """Until 2.87 -- the physical CPUs."""

    vcpus_used: int | Unset = UNSET
    """Until 2.87 -- the vCPUs its servers use."""

    memory_mb: int | Unset = UNSET
    """Until 2.87 -- its memory in MiB."""

    memory_mb_used: int | Unset = UNSET
    """Until 2.87 -- the memory in use in MiB."""

    free_ram_mb: int | None | Unset = UNSET
    """Until 2.87 -- free memory in MiB (may be negative when overcommitted)."""

    local_gb: int | Unset = UNSET
    """Until 2.87 -- its local disk in GiB."""

    local_gb_used: int | Unset = UNSET
    """Until 2.87 -- the local disk in use in GiB."""

    free_disk_gb: int | None | Unset = UNSET
    """Until 2.87 -- free local disk in GiB."""

    disk_available_least: int | None | Unset = UNSET
    """Until 2.87 -- the disk actually free in GiB, given sparse images."""

    current_workload: int | None | Unset = UNSET
    """Until 2.87 -- the count of tasks (builds, migrations, ...) in flight."""

    running_vms: int | None | Unset = UNSET
    """Until 2.87 -- the count of servers on it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.ANY),
        Field("hypervisor_hostname", "hypervisor_hostname", t.STRING),
        Field("state", "state", t.STRING),
        Field("status", "status", t.STRING),
        Field("servers", "servers", t.list_of(t.model(ServerRef))),
        Field("host_ip", "host_ip", t.STRING),
        Field("hypervisor_type", "hypervisor_type", t.STRING),
        Field("hypervisor_version", "hypervisor_version", t.ANY),
        Field("service", "service", t.model(ServiceRef)),
        Field("uptime", "uptime", t.STRING, since="2.88"),
        Field("cpu_info", "cpu_info", t.ANY, until="2.87"),
        Field("vcpus", "vcpus", t.INTEGER, until="2.87"),
        Field("vcpus_used", "vcpus_used", t.INTEGER, until="2.87"),
        Field("memory_mb", "memory_mb", t.INTEGER, until="2.87"),
        Field("memory_mb_used", "memory_mb_used", t.INTEGER, until="2.87"),
        Field("free_ram_mb", "free_ram_mb", t.INTEGER, until="2.87"),
        Field("local_gb", "local_gb", t.INTEGER, until="2.87"),
        Field("local_gb_used", "local_gb_used", t.INTEGER, until="2.87"),
        Field("free_disk_gb", "free_disk_gb", t.INTEGER, until="2.87"),
        Field("disk_available_least", "disk_available_least", t.INTEGER, until="2.87"),
        Field("current_workload", "current_workload", t.INTEGER, until="2.87"),
        Field("running_vms", "running_vms", t.INTEGER, until="2.87"),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    limit: int | Unset = UNSET
    """The most hypervisors a page holds."""

    marker: str | Unset = UNSET
    """Start after the hypervisor with this ID (a 400 when there is none)."""

    hypervisor_hostname_pattern: str | Unset = UNSET
    """Only hypervisors whose host name contains this (since 2.53; cannot be combined with
    paging; a 404 when none matches)."""

    with_servers: bool | Unset = UNSET
    """Also list each hypervisor's servers (since 2.53)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query", since="2.33"),
        Param("marker", "marker", t.STRING, location="query", since="2.33"),
        Param(
            "hypervisor_hostname_pattern",
            "hypervisor_hostname_pattern",
            t.STRING,
            location="query",
            since="2.53",
        ),
        Param("with_servers", "with_servers", t.BOOLEAN, location="query", since="2.53"),
    )


class GetOpts(Opts):
    """Options of get."""

    with_servers: bool | Unset = UNSET
    """Include the servers on the hypervisor."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("with_servers", "with_servers", t.BOOLEAN, location="query", since="2.53"),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "hypervisors.list",
    "GET",
    "/os-hypervisors",
    ok=(200, 203),
    response_key="hypervisors",
    paging=Paging("marker", next="hypervisors_links[rel=next].href"),
)
_GET = Operation(
    "hypervisors.get",
    "GET",
    "/os-hypervisors/{hypervisor_id}",
    ok=(200, 203),
    response_key="hypervisor",
)
_LIST_DETAIL = Operation(
    "hypervisors.list_detail",
    "GET",
    "/os-hypervisors/detail",
    ok=(200, 203),
    response_key="hypervisors",
    paging=Paging("marker", next="hypervisors_links[rel=next].href"),
)
_STATISTICS = Operation(
    "hypervisors.statistics",
    "GET",
    "/os-hypervisors/statistics",
    ok=(200, 203),
    response_key="hypervisor_statistics",
    until="2.87",
)
_UPTIME = Operation(
    "hypervisors.uptime",
    "GET",
    "/os-hypervisors/{hypervisor_id}/uptime",
    ok=(200, 203),
    response_key="hypervisor",
    until="2.87",
)
_SEARCH = Operation(
    "hypervisors.search",
    "GET",
    "/os-hypervisors/{hostname_pattern}/search",
    ok=(200, 203),
    response_kind="list",
    response_key="hypervisors",
    until="2.52",
)
_SERVERS = Operation(
    "hypervisors.servers",
    "GET",
    "/os-hypervisors/{hostname_pattern}/servers",
    ok=(200, 203),
    response_kind="list",
    response_key="hypervisors",
    until="2.52",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Hypervisor]:
    """List hypervisors in brief (id, hypervisor_hostname, state, status). Pages by limit and
    marker (the last ID) since 2.33; the hypervisors_links "next" entry says whether there is
    more."""
    return client.pager(
        _LIST, None, model=Hypervisor, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    hypervisor_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Hypervisor]:
    """Show a hypervisor with every detail the microversion includes, and with with_servers
    (since 2.53) the servers on it."""
    return client.call(
        _GET,
        {"hypervisor_id": hypervisor_id},
        model=Hypervisor,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Hypervisor]:
    """List hypervisors with their details (same options and paging as list)."""
    return client.pager(
        _LIST_DETAIL, None, model=Hypervisor, opts=opts, microversion=microversion, timeout=timeout
    )


def statistics(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[HypervisorStatistics]:
    """Totals over every hypervisor (until 2.87; ask Placement since)."""
    return client.call(
        _STATISTICS, None, model=HypervisorStatistics, microversion=microversion, timeout=timeout
    )


def uptime(
    client: ServiceClient,
    hypervisor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Hypervisor]:
    """A hypervisor (brief) with its uptime (until 2.87; since 2.88 get includes it). A 501 when
    the virt driver cannot tell."""
    return client.call(
        _UPTIME,
        {"hypervisor_id": hypervisor_id},
        model=Hypervisor,
        microversion=microversion,
        timeout=timeout,
    )


def search(
    client: ServiceClient,
    hostname_pattern: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Hypervisor]]:
    """The hypervisors (brief) whose host name contains the pattern (until 2.52; a 404 when none
    matches). Since 2.53 use list with hypervisor_hostname_pattern."""
    return client.call(
        _SEARCH,
        {"hostname_pattern": hostname_pattern},
        model=Hypervisor,
        microversion=microversion,
        timeout=timeout,
    )


def servers(
    client: ServiceClient,
    hostname_pattern: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Hypervisor]]:
    """The hypervisors (brief) whose host name contains the pattern, each with its servers (until
    2.52; a 404 when none matches). Since 2.53 use list with hypervisor_hostname_pattern and
    with_servers."""
    return client.call(
        _SERVERS,
        {"hostname_pattern": hostname_pattern},
        model=Hypervisor,
        microversion=microversion,
        timeout=timeout,
    )


def extract_hypervisors(page: Page[Any]) -> builtins.list[Hypervisor]:
    """The Hypervisor items of a page (or of ``all_pages()``)."""
    return page.extract_as(Hypervisor)
