# Generated from compute/v2/server_diagnostics.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A hypervisor's view of a running server (admins only by default). Since 2.48 the shape is the
same for every driver (the fields below); before 2.48 the keys depend on the driver and are
all kept in extra. A server without a host yet (BUILD) answers 409."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class CpuDiagnostics(Model):
    """The CpuDiagnostics object."""

    id: int | None | Unset = UNSET
    """The vCPU's number."""

    time: int | None | Unset = UNSET
    """CPU time used (nanoseconds)."""

    utilisation: int | None | Unset = UNSET
    """Utilisation in percent."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("time", "time", t.INTEGER),
        Field("utilisation", "utilisation", t.INTEGER),
    )


class NicDiagnostics(Model):
    """The NicDiagnostics object."""

    mac_address: str | None | Unset = UNSET
    """The NIC's MAC address."""

    rx_octets: int | None | Unset = UNSET
    """Bytes received."""

    rx_errors: int | None | Unset = UNSET
    """Receive errors."""

    rx_drop: int | None | Unset = UNSET
    """Received packets dropped."""

    rx_packets: int | None | Unset = UNSET
    """Packets received."""

    rx_rate: int | None | Unset = UNSET
    """Receive rate (bytes per second)."""

    tx_octets: int | None | Unset = UNSET
    """Bytes sent."""

    tx_errors: int | None | Unset = UNSET
    """Send errors."""

    tx_drop: int | None | Unset = UNSET
    """Sent packets dropped."""

    tx_packets: int | None | Unset = UNSET
    """Packets sent."""

    tx_rate: int | None | Unset = UNSET
    """Send rate (bytes per second)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("mac_address", "mac_address", t.STRING),
        Field("rx_octets", "rx_octets", t.INTEGER),
        Field("rx_errors", "rx_errors", t.INTEGER),
        Field("rx_drop", "rx_drop", t.INTEGER),
        Field("rx_packets", "rx_packets", t.INTEGER),
        Field("rx_rate", "rx_rate", t.INTEGER),
        Field("tx_octets", "tx_octets", t.INTEGER),
        Field("tx_errors", "tx_errors", t.INTEGER),
        Field("tx_drop", "tx_drop", t.INTEGER),
        Field("tx_packets", "tx_packets", t.INTEGER),
        Field("tx_rate", "tx_rate", t.INTEGER),
    )


class DiskDiagnostics(Model):
    """The DiskDiagnostics object."""

    read_bytes: int | None | Unset = UNSET
    """Bytes read."""

    read_requests: int | None | Unset = UNSET
    """Read requests."""

    write_bytes: int | None | Unset = UNSET
    """Bytes written."""

    write_requests: int | None | Unset = UNSET
    """Write requests."""

    errors_count: int | None | Unset = UNSET
    """Disk errors."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("read_bytes", "read_bytes", t.INTEGER),
        Field("read_requests", "read_requests", t.INTEGER),
        Field("write_bytes", "write_bytes", t.INTEGER),
        Field("write_requests", "write_requests", t.INTEGER),
        Field("errors_count", "errors_count", t.INTEGER),
    )


class MemoryDiagnostics(Model):
    """The MemoryDiagnostics object."""

    maximum: int | None | Unset = UNSET
    """Memory available to the guest (MiB)."""

    used: int | None | Unset = UNSET
    """Memory used by the guest (MiB)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("maximum", "maximum", t.INTEGER),
        Field("used", "used", t.INTEGER),
    )


class ServerDiagnostics(Model):
    """A hypervisor's view of a running server (admins only by default). Since 2.48 the shape is
    the same for every driver (the fields below); before 2.48 the keys depend on the driver
    and are all kept in extra. A server without a host yet (BUILD) answers 409."""

    state: str | Unset = UNSET
    """The power state (pending, running, paused, shutdown, crashed, suspended)."""

    driver: str | Unset = UNSET
    """The virt driver (libvirt, xenapi, vmwareapi, ironic, ...)."""

    hypervisor: str | None | Unset = UNSET
    """The hypervisor (kvm, qemu, ...)."""

    hypervisor_os: str | None | Unset = UNSET
    """The hypervisor's operating system."""

    uptime: int | None | Unset = UNSET
    """Seconds since the guest started."""

    config_drive: bool | Unset = UNSET
    """Whether the server has a config drive."""

    num_cpus: int | Unset = UNSET
    """The number of vCPUs."""

    num_nics: int | Unset = UNSET
    """The number of virtual NICs."""

    num_disks: int | Unset = UNSET
    """The number of disks."""

    cpu_details: builtins.list[CpuDiagnostics] | Unset = UNSET
    """One entry per vCPU."""

    nic_details: builtins.list[NicDiagnostics] | Unset = UNSET
    """One entry per virtual NIC."""

    disk_details: builtins.list[DiskDiagnostics] | Unset = UNSET
    """One entry per disk."""

    memory_details: MemoryDiagnostics | Unset = UNSET
    """Memory use in MiB."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("state", "state", t.STRING, since="2.48"),
        Field("driver", "driver", t.STRING, since="2.48"),
        Field("hypervisor", "hypervisor", t.STRING, since="2.48"),
        Field("hypervisor_os", "hypervisor_os", t.STRING, since="2.48"),
        Field("uptime", "uptime", t.INTEGER, since="2.48"),
        Field("config_drive", "config_drive", t.BOOLEAN, since="2.48"),
        Field("num_cpus", "num_cpus", t.INTEGER, since="2.48"),
        Field("num_nics", "num_nics", t.INTEGER, since="2.48"),
        Field("num_disks", "num_disks", t.INTEGER, since="2.48"),
        Field("cpu_details", "cpu_details", t.list_of(t.model(CpuDiagnostics)), since="2.48"),
        Field("nic_details", "nic_details", t.list_of(t.model(NicDiagnostics)), since="2.48"),
        Field("disk_details", "disk_details", t.list_of(t.model(DiskDiagnostics)), since="2.48"),
        Field("memory_details", "memory_details", t.model(MemoryDiagnostics), since="2.48"),
    )


_GET = Operation(
    "server_diagnostics.get",
    "GET",
    "/servers/{server_id}/diagnostics",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerDiagnostics]:
    """The server's diagnostics (409 when the server is not running on a host, 501 when the
    driver cannot tell)."""
    return client.call(
        _GET,
        {"server_id": server_id},
        model=ServerDiagnostics,
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_diagnostics(page: Page[Any]) -> builtins.list[ServerDiagnostics]:
    """The ServerDiagnostics items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerDiagnostics)
