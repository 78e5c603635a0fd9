# Generated from huaweicloud/ecs/v1/servers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An elastic cloud server (ECS): a virtual machine built from an image and a flavor in a VPC
subnet, with a system disk and optional data disks and elastic IP. Creating, deleting,
starting, stopping, rebooting and resizing are asynchronous jobs: the call returns a job ID
(result.extract()) and ecs.v1.wait_for_job(client, job_id) waits for the work. create here
makes pay-per-use servers; stacksdk.huaweicloud.ecs.v1_1.servers.create also makes
yearly/monthly ones. Deletion and the power actions take several servers at once
(batch_delete, batch_start, batch_stop, batch_reboot). A server's status moves through BUILD
to ACTIVE, SHUTOFF when stopped, RESIZE and VERIFY_RESIZE while its flavor changes, and ERROR
when something failed."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import AddressPair as AddressPair, IdRef as _IdRef, Link as Link, Tag as Tag


class Address(Model):
    """One IP address of a server."""

    addr: str | Unset = UNSET
    """The IP address."""

    version: Any | Unset = UNSET
    """4 or 6 (the text "4" or "6" in get and list, a number in update's answer)."""

    type: str | Unset = UNSET
    """fixed (a private address) or floating (an elastic IP)."""

    mac_addr: str | Unset = UNSET
    """The NIC's MAC address."""

    port_id: str | Unset = UNSET
    """The port the address belongs to."""

    primary: bool | Unset = UNSET
    """Whether the address is on the primary NIC."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("addr", "addr", t.STRING),
        Field("version", "version", t.ANY),
        Field("type", "OS-EXT-IPS:type", t.STRING),
        Field("mac_addr", "OS-EXT-IPS-MAC:mac_addr", t.STRING),
        Field("port_id", "OS-EXT-IPS:port_id", t.STRING),
        Field("primary", "primary", t.BOOLEAN),
    )


class Association(Model):
    """The elastic IP bound to a network interface."""

    public_ip_address: str | Unset = UNSET
    """The elastic IP."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("public_ip_address", "public_ip_address", t.STRING),
    )


class NetworkInterface(Model):
    """A network interface of a server."""

    port_id: str | Unset = UNSET
    """The port's ID."""

    primary: bool | Unset = UNSET
    """Whether it is the primary NIC."""

    ip_addresses: builtins.list[str] | Unset = UNSET
    """Its IPv4 addresses."""

    ipv6_addresses: builtins.list[str] | Unset = UNSET
    """Its IPv6 addresses."""

    subnet_id: str | Unset = UNSET
    """The subnet it is in."""

    association: Association | Unset = UNSET
    """The elastic IP bound to it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("port_id", "port_id", t.STRING),
        Field("primary", "primary", t.BOOLEAN),
        Field("ip_addresses", "ip_addresses", t.list_of(t.STRING)),
        Field("ipv6_addresses", "ipv6_addresses", t.list_of(t.STRING)),
        Field("subnet_id", "subnet_id", t.STRING),
        Field("association", "association", t.model(Association)),
    )


class Accelerator(Model):
    """GPUs or other accelerators of one kind in a flavor."""

    name: str | Unset = UNSET
    """The device's name."""

    count: int | Unset = UNSET
    """How many."""

    memory_mb: int | Unset = UNSET
    """Each one's memory in MiB."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("count", "count", t.INTEGER),
        Field("memory_mb", "memory_mb", t.INTEGER),
    )


class ServerFlavor(Model):
    """A server's flavor as get, list and update show it."""

    id: str | Unset = UNSET
    """The flavor's ID, e.g. s6.small.1."""

    name: str | Unset = UNSET
    """The flavor's name."""

    vcpus: str | Unset = UNSET
    """The number of vCPUs (text)."""

    ram: str | Unset = UNSET
    """The memory in MiB (text)."""

    disk: str | Unset = UNSET
    """The system disk size the flavor asks for ("0" - no limit; unused)."""

    gpus: builtins.list[Accelerator] | Unset = UNSET
    """The flavor's GPUs."""

    asic_accelerators: builtins.list[Accelerator] | Unset = UNSET
    """The flavor's ASIC accelerators."""

    links: builtins.list[Link] | Unset = UNSET
    """Links to the flavor (update's answer)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("vcpus", "vcpus", t.STRING),
        Field("ram", "ram", t.STRING),
        Field("disk", "disk", t.STRING),
        Field("gpus", "gpus", t.list_of(t.model(Accelerator))),
        Field("asic_accelerators", "asic_accelerators", t.list_of(t.model(Accelerator))),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class SecurityGroupRef(Model):
    """A security group of a server (create needs only id)."""

    id: str | Unset = UNSET
    """The security group's ID."""

    name: str | Unset = UNSET
    """Its name (responses)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
    )


class Fault(Model):
    """Why a server is in ERROR."""

    code: int | Unset = UNSET
    """The error code."""

    created: str | Unset = UNSET
    """When it happened."""

    message: str | Unset = UNSET
    """What went wrong."""

    details: str | Unset = UNSET
    """More about it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", t.INTEGER),
        Field("created", "created", t.STRING),
        Field("message", "message", t.STRING),
        Field("details", "details", t.STRING),
    )


class AttachedVolume(Model):
    """A disk attached to a server."""

    id: str | Unset = UNSET
    """The disk's ID."""

    device: str | Unset = UNSET
    """Its device name, e.g. /dev/vdb."""

    boot_index: str | None | Unset = UNSET
    """"0" for the boot disk, "-1" (or None) for others."""

    delete_on_termination: str | Unset = UNSET
    """"true" when the disk goes with the server."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("device", "device", t.STRING),
        Field("boot_index", "bootIndex", t.STRING),
        Field("delete_on_termination", "delete_on_termination", t.STRING),
    )


class ServerSchedulerHints(Model):
    """Where a server was placed."""

    group: builtins.list[str] | Unset = UNSET
    """The server group(s) (anti-affinity)."""

    tenancy: builtins.list[str] | Unset = UNSET
    """shared (the shared pool) or dedicated (a dedicated host)."""

    dedicated_host_id: builtins.list[str] | Unset = UNSET
    """The dedicated host, with tenancy dedicated."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("group", "group", t.list_of(t.STRING)),
        Field("tenancy", "tenancy", t.list_of(t.STRING)),
        Field("dedicated_host_id", "dedicated_host_id", t.list_of(t.STRING)),
    )


class CpuOptions(Model):
    """CPU options of a server."""

    cpu_threads: int | Unset = UNSET
    """Threads per core - 1 turns hyper-threading off, 2 on. Only for flavors with dedicated CPUs
    and two threads ("hw:cpu_policy" and "hw:cpu_threads" extra specs), at creation or resize."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("cpu_threads", "hw:cpu_threads", t.INTEGER),)


class SecurityOptions(Model):
    """Secure boot and virtual TPM settings."""

    secure_boot_enabled: bool | Unset = UNSET
    """Boot with secure boot (default false)."""

    tpm_enabled: bool | Unset = UNSET
    """Give the server a virtual TPM (default false)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("secure_boot_enabled", "secure_boot_enabled", t.BOOLEAN),
        Field("tpm_enabled", "tpm_enabled", t.BOOLEAN),
    )


class Hypervisor(Model):
    """The virtualization a server runs on."""

    hypervisor_type: str | Unset = UNSET
    """The hypervisor type."""

    csd_hypervisor: str | Unset = UNSET
    """Its CSD information."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("hypervisor_type", "hypervisor_type", t.STRING),
        Field("csd_hypervisor", "csd_hypervisor", t.STRING),
    )


ServerRef = _IdRef

BandwidthRef = _IdRef


class Nic(Model):
    """A network interface for a new server."""

    subnet_id: str | Unset = UNSET
    """The subnet (network ID) in the server's VPC to put the NIC in."""

    ip_address: str | Unset = UNSET
    """A free IPv4 address of the subnet; empty or absent picks one."""

    port_id: str | Unset = UNSET
    """An existing port (state DOWN, same VPC) to attach instead of making one; it wins over
    subnet_id and ignores security groups and ip_address."""

    ipv6_enable: bool | Unset = UNSET
    """Give the NIC an IPv6 address too."""

    ipv6_bandwidth: BandwidthRef | Unset = UNSET
    """The shared bandwidth for the IPv6 address."""

    allowed_address_pairs: builtins.list[AddressPair] | Unset = UNSET
    """Extra IP/MAC pairs the NIC may send from (not 0.0.0.0/0; 1.1.1.1/0 turns off the
    source/destination check)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("subnet_id", "subnet_id", t.STRING),
        Field("ip_address", "ip_address", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("ipv6_enable", "ipv6_enable", t.BOOLEAN),
        Field("ipv6_bandwidth", "ipv6_bandwidth", t.model(BandwidthRef)),
        Field("allowed_address_pairs", "allowed_address_pairs", t.list_of(t.model(AddressPair))),
    )


class EipBandwidth(Model):
    """The bandwidth of a new elastic IP."""

    size: int | Unset = UNSET
    """Mbit/s, 1 to 2000 (needed for PER bandwidth; ignored for an existing WHOLE one)."""

    share_type: Literal["PER", "WHOLE"] | Unset = UNSET
    """PER (dedicated) or WHOLE (shared)."""

    charge_mode: str | Unset = UNSET
    """"traffic" to bill by traffic; empty or absent bills by bandwidth."""

    id: str | Unset = UNSET
    """An existing shared (WHOLE) bandwidth to use."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("size", "size", t.INTEGER),
        Field("share_type", "sharetype", t.STRING, enum=("PER", "WHOLE")),
        Field("charge_mode", "chargemode", t.STRING),
        Field("id", "id", t.STRING),
    )


class EipExtendParam(Model):
    """The billing of a new elastic IP."""

    charging_mode: Literal["prePaid", "postPaid"] | Unset = UNSET
    """prePaid (yearly/monthly) or postPaid (pay-per-use)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("charging_mode", "chargingMode", t.STRING, enum=("prePaid", "postPaid")),
    )


class NewEip(Model):
    """A new elastic IP for a new server."""

    iptype: str | Unset = UNSET
    """The EIP type, e.g. 5_bgp (dynamic BGP) or 5_sbgp (static BGP)."""

    bandwidth: EipBandwidth | Unset = UNSET
    """Its bandwidth (required)."""

    extend_param: EipExtendParam | Unset = UNSET
    """Its billing."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("iptype", "iptype", t.STRING),
        Field("bandwidth", "bandwidth", t.model(EipBandwidth)),
        Field("extend_param", "extendparam", t.model(EipExtendParam)),
    )


class PublicIp(Model):
    """The elastic IP of a new server - an existing one (id) or a new one (eip); not both."""

    id: str | Unset = UNSET
    """An existing elastic IP (status DOWN) to bind."""

    eip: NewEip | Unset = UNSET
    """A new elastic IP to allocate."""

    delete_on_termination: bool | Unset = UNSET
    """Release the elastic IP with the server (default false)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("eip", "eip", t.model(NewEip)),
        Field("delete_on_termination", "delete_on_termination", t.BOOLEAN),
    )


class DiskExtendParam(Model):
    """Disk options used with full-server images."""

    snapshot_id: str | Unset = UNSET
    """The snapshot (or original disk) of a data disk of the full-server image that this disk
    restores, so its type and size can be chosen."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("snapshot_id", "snapshotId", t.STRING),)


class DiskMetadata(Model):
    """Encryption settings of a new disk."""

    encrypted: str | Unset = UNSET
    """"1" to encrypt, "0" (or absent) not to."""

    cmk_id: str | Unset = UNSET
    """The KMS key (36 characters) to encrypt with."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("encrypted", "__system__encrypted", t.STRING),
        Field("cmk_id", "__system__cmkid", t.STRING),
    )


class RootVolume(Model):
    """The system disk of a new server."""

    volume_type: str | Unset = UNSET
    """The disk type - SATA (common I/O), SAS (high I/O), SSD (ultra-high I/O), GPSSD (general
    purpose SSD), ESSD (extreme SSD), GPSSD2, ESSD2, or co-p1 / uh-l1 for HANA and HL servers."""

    size: int | Unset = UNSET
    """GiB, 1 to 1024, at least the image's min_disk (0 or absent: that minimum)."""

    iops: int | Unset = UNSET
    """The IOPS to provision (GPSSD2 and ESSD2 only, which need it)."""

    throughput: int | Unset = UNSET
    """The throughput in MiB/s to provision (GPSSD2 only, which needs it)."""

    extend_param: DiskExtendParam | Unset = UNSET
    """Disk options for full-server images."""

    metadata: DiskMetadata | Unset = UNSET
    """Encryption settings."""

    cluster_type: str | Unset = UNSET
    """DSS to use dedicated storage."""

    cluster_id: str | Unset = UNSET
    """The dedicated storage pool's ID."""

    passthrough: bool | Unset = UNSET
    """A SCSI disk (true) rather than VBD (for SDI flavors)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("volume_type", "volumetype", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("iops", "iops", t.INTEGER),
        Field("throughput", "throughput", t.INTEGER),
        Field("extend_param", "extendparam", t.model(DiskExtendParam)),
        Field("metadata", "metadata", t.model(DiskMetadata)),
        Field("cluster_type", "cluster_type", t.STRING),
        Field("cluster_id", "cluster_id", t.STRING),
        Field("passthrough", "hw:passthrough", t.BOOLEAN),
    )


class DataVolume(Model):
    """A data disk of a new server."""

    volume_type: str | Unset = UNSET
    """The disk type (as RootVolume.volume_type)."""

    size: int | Unset = UNSET
    """GiB, 10 to 32768."""

    iops: int | Unset = UNSET
    """The IOPS to provision (GPSSD2 and ESSD2 only, which need it)."""

    throughput: int | Unset = UNSET
    """The throughput in MiB/s to provision (GPSSD2 only, which needs it)."""

    multiattach: bool | Unset = UNSET
    """A shared disk (default false)."""

    passthrough: bool | Unset = UNSET
    """A SCSI disk (true) rather than VBD (default)."""

    extend_param: DiskExtendParam | Unset = UNSET
    """Disk options for full-server images."""

    metadata: DiskMetadata | Unset = UNSET
    """Encryption settings (not with data_image_id)."""

    cluster_type: str | Unset = UNSET
    """DSS to use dedicated storage."""

    cluster_id: str | Unset = UNSET
    """The dedicated storage pool's ID."""

    data_image_id: str | Unset = UNSET
    """A data disk image to fill the disk from."""

    delete_on_termination: bool | Unset = UNSET
    """Delete the disk with the server (default false)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("volume_type", "volumetype", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("iops", "iops", t.INTEGER),
        Field("throughput", "throughput", t.INTEGER),
        Field("multiattach", "multiattach", t.BOOLEAN),
        Field("passthrough", "hw:passthrough", t.BOOLEAN),
        Field("extend_param", "extendparam", t.model(DiskExtendParam)),
        Field("metadata", "metadata", t.model(DiskMetadata)),
        Field("cluster_type", "cluster_type", t.STRING),
        Field("cluster_id", "cluster_id", t.STRING),
        Field("data_image_id", "data_image_id", t.STRING),
        Field("delete_on_termination", "delete_on_termination", t.BOOLEAN),
    )


class CreateSchedulerHints(Model):
    """Placement of a new server."""

    group: str | Unset = UNSET
    """The server group to join."""

    tenancy: Literal["shared", "dedicated"] | Unset = UNSET
    """Build on the shared pool or on a dedicated host."""

    dedicated_host_id: str | Unset = UNSET
    """The dedicated host (with tenancy dedicated)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("group", "group", t.STRING),
        Field("tenancy", "tenancy", t.STRING, enum=("shared", "dedicated")),
        Field("dedicated_host_id", "dedicated_host_id", t.STRING),
    )


class PostPaidExtendParam(Model):
    """Billing and other options of a new pay-per-use server."""

    charging_mode: int | Unset = UNSET
    """0 - pay-per-use (the only mode this API makes)."""

    region_id: str | Unset = UNSET
    """The region the server is in."""

    support_auto_recovery: bool | Unset = UNSET
    """Recover the server automatically on host failure."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project to put the server in ("0" or absent - the default one)."""

    market_type: str | Unset = UNSET
    """"spot" to make a spot-price server."""

    spot_price: str | Unset = UNSET
    """The highest hourly price for a spot server (default - the pay-per-use price)."""

    disk_prior: str | Unset = UNSET
    """"true" to create the disks before the server."""

    spot_duration_hours: int | Unset = UNSET
    """How long a spot server is kept (with interruption_policy immediate)."""

    spot_duration_count: int | Unset = UNSET
    """How many such periods (with spot_duration_hours)."""

    interruption_policy: str | Unset = UNSET
    """"immediate" - release the spot server at once when interrupted."""

    backup: str | Unset = UNSET
    """The cloud backup policy and vault to back the server up with."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("charging_mode", "chargingMode", t.INTEGER),
        Field("region_id", "regionID", t.STRING),
        Field("support_auto_recovery", "support_auto_recovery", t.BOOLEAN),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("market_type", "marketType", t.STRING),
        Field("spot_price", "spotPrice", t.STRING),
        Field("disk_prior", "diskPrior", t.STRING),
        Field("spot_duration_hours", "spot_duration_hours", t.INTEGER),
        Field("spot_duration_count", "spot_duration_count", t.INTEGER),
        Field("interruption_policy", "interruption_policy", t.STRING),
        Field("backup", "CB_CSBS_BACKUP", t.STRING),
    )


class Server(Model):
    """An elastic cloud server (ECS): a virtual machine built from an image and a flavor in a VPC
    subnet, with a system disk and optional data disks and elastic IP. Creating, deleting,
    starting, stopping, rebooting and resizing are asynchronous jobs: the call returns a job
    ID (result.extract()) and ecs.v1.wait_for_job(client, job_id) waits for the work. create
    here makes pay-per-use servers; stacksdk.huaweicloud.ecs.v1_1.servers.create also makes
    yearly/monthly ones. Deletion and the power actions take several servers at once
    (batch_delete, batch_start, batch_stop, batch_reboot). A server's status moves through
    BUILD to ACTIVE, SHUTOFF when stopped, RESIZE and VERIFY_RESIZE while its flavor changes,
    and ERROR when something failed."""

    id: str
    """The server's ID (a UUID)."""

    name: str | Unset = UNSET
    """The server's name: letters (Chinese too), digits, "_", "-" and "." up to 64 characters (up
    to 59 when count > 1: a suffix such as -0001 tells the servers of one request apart)."""

    description: str | Unset = UNSET
    """Free text about the server, at most 85 characters, without "<" or ">"."""

    status: str | Unset = UNSET
    """The server's state: ACTIVE, BUILD, DELETED, ERROR, HARD_REBOOT, MIGRATING, PAUSED, REBOOT,
    REBUILD, RESIZE, REVERT_RESIZE, SHELVED, SHELVED_OFFLOADED, SHUTOFF, SOFT_DELETED,
    SUSPENDED, VERIFY_RESIZE or UNKNOWN."""

    created: datetime.datetime | Unset = UNSET
    """When the server was created."""

    updated: datetime.datetime | Unset = UNSET
    """When the server last changed (started, stopped, rebooted, renamed, ...)."""

    launched_at: datetime.datetime | None | Unset = UNSET
    """When the server was last started on a host."""

    terminated_at: str | None | Unset = UNSET
    """When the server was deleted (an ISO 8601 time; empty while it exists)."""

    auto_terminate_time: str | Unset = UNSET
    """When the server is to be deleted automatically, as an ISO 8601 UTC time such as
    2030-01-19T03:30:52Z (empty or absent for never)."""

    tenant_id: str | Unset = UNSET
    """The project that owns the server."""

    user_id: str | Unset = UNSET
    """The user who created the server."""

    host_id: str | Unset = UNSET
    """A hash identifying the host the server runs on (equal for servers on one host)."""

    host: str | None | Unset = UNSET
    """The name of the host the server runs on."""

    host_status: str | Unset = UNSET
    """The state of the compute service on the server's host: UP, DOWN, UNKNOWN, MAINTENANCE, or
    empty when the server has no host."""

    hypervisor_hostname: str | None | Unset = UNSET
    """The name of the virtualization host."""

    instance_name: str | Unset = UNSET
    """The name the hypervisor knows the server by."""

    hostname: str | Unset = UNSET
    """The guest's host name (change it with UpdateOpts.hostname)."""

    availability_zone: str | Unset = UNSET
    """The availability zone the server runs in."""

    addresses: dict[str, builtins.list[Address]] | Unset = UNSET
    """The server's IP addresses, by the ID of the VPC they belong to."""

    network_interfaces: builtins.list[NetworkInterface] | Unset = UNSET
    """The server's network interfaces (ports) with their addresses."""

    image: Any | Unset = UNSET
    """The image the server was built from: {"id": ...} in get and list; the image ID as a plain
    string in update's answer."""

    flavor: ServerFlavor | Unset = UNSET
    """The flavor the server runs with and its sizes."""

    key_name: str | None | Unset = UNSET
    """The SSH key pair injected for logging in (create: the name of an existing key pair;
    without one, log in with adminPass or the image's password)."""

    security_groups: builtins.list[SecurityGroupRef] | Unset = UNSET
    """The security groups of the server (create: by id, applied to every NIC; without any the
    project's default group)."""

    task_state: str | None | Unset = UNSET
    """The task the server is busy with (None when idle), e.g. spawning, rebooting, deleting."""

    vm_state: str | Unset = UNSET
    """The underlying VM state, e.g. active, building, stopped, resized, error."""

    power_state: int | Unset = UNSET
    """The power state - 0 no state, 1 running, 4 shut down."""

    disk_config: str | Unset = UNSET
    """MANUAL (the system disk keeps the image's partition size) or AUTO (it grows to the whole
    disk)."""

    access_ipv4: str | Unset = UNSET
    """Reserved (empty)."""

    access_ipv6: str | Unset = UNSET
    """Reserved (empty)."""

    fault: Fault | None | Unset = UNSET
    """Why the server is in ERROR (only sent then)."""

    progress: int | None | Unset = UNSET
    """How far the current operation is, 0 to 100."""

    config_drive: str | Unset = UNSET
    """Whether the server has a config drive (text)."""

    metadata: dict[str, str] | Unset = UNSET
    """Key/value strings (create: at most 10 user pairs; keys of letters, digits, "-", "_", ":"
    and ".", at most 255 characters each). The service adds its own keys, e.g. charging_mode
    ("0" pay-per-use, "1" yearly/monthly), vpc_id, metering.image_id, image_name, os_type."""

    volumes_attached: builtins.list[AttachedVolume] | Unset = UNSET
    """The disks attached to the server."""

    reservation_id: str | None | Unset = UNSET
    """Shared by the servers one batch create made (filter list by it)."""

    launch_index: int | Unset = UNSET
    """The server's place among those one batch create made."""

    kernel_id: str | None | Unset = UNSET
    """The kernel image of an AMI-format image (empty otherwise)."""

    ramdisk_id: str | None | Unset = UNSET
    """The RAM disk image of an AMI-format image (empty otherwise)."""

    root_device_name: str | None | Unset = UNSET
    """The system disk's device name, e.g. /dev/vda (VBD) or /dev/sda (SCSI)."""

    user_data: str | None | Unset = UNSET
    """The base64 user data given at creation."""

    locked: bool | Unset = UNSET
    """Whether the server is locked against changes."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags. Responses write them "key=value" ("key" alone for an empty value); create takes
    "key.value" strings (deprecated: prefer CreateOpts.server_tags)."""

    scheduler_hints: ServerSchedulerHints | Unset = UNSET
    """Where the server was placed (server group, dedicated host)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the server belongs to ("0" is the default one)."""

    sys_tags: builtins.list[Tag] | Unset = UNSET
    """Tags the system set, e.g. _sys_enterprise_project_id."""

    cpu_options: CpuOptions | Unset = UNSET
    """CPU options (hyper-threading)."""

    security_options: SecurityOptions | Unset = UNSET
    """Secure boot and virtual TPM settings."""

    hypervisor: Hypervisor | Unset = UNSET
    """The virtualization the server runs on."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links (in update's answer)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
        Field("launched_at", "OS-SRV-USG:launched_at", t.DATETIME),
        Field("terminated_at", "OS-SRV-USG:terminated_at", t.STRING),
        Field("auto_terminate_time", "auto_terminate_time", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("host_id", "hostId", t.STRING),
        Field("host", "OS-EXT-SRV-ATTR:host", t.STRING),
        Field("host_status", "host_status", t.STRING),
        Field("hypervisor_hostname", "OS-EXT-SRV-ATTR:hypervisor_hostname", t.STRING),
        Field("instance_name", "OS-EXT-SRV-ATTR:instance_name", t.STRING),
        Field("hostname", "OS-EXT-SRV-ATTR:hostname", t.STRING),
        Field("availability_zone", "OS-EXT-AZ:availability_zone", t.STRING),
        Field("addresses", "addresses", t.map_of(t.list_of(t.model(Address)))),
        Field("network_interfaces", "network_interfaces", t.list_of(t.model(NetworkInterface))),
        Field("image", "image", t.ANY),
        Field("flavor", "flavor", t.model(ServerFlavor)),
        Field("key_name", "key_name", t.STRING),
        Field("security_groups", "security_groups", t.list_of(t.model(SecurityGroupRef))),
        Field("task_state", "OS-EXT-STS:task_state", t.STRING),
        Field("vm_state", "OS-EXT-STS:vm_state", t.STRING),
        Field("power_state", "OS-EXT-STS:power_state", t.INTEGER),
        Field("disk_config", "OS-DCF:diskConfig", t.STRING),
        Field("access_ipv4", "accessIPv4", t.STRING),
        Field("access_ipv6", "accessIPv6", t.STRING),
        Field("fault", "fault", t.model(Fault)),
        Field("progress", "progress", t.INTEGER),
        Field("config_drive", "config_drive", t.STRING),
        Field("metadata", "metadata", t.map_of(t.STRING)),
        Field(
            "volumes_attached",
            "os-extended-volumes:volumes_attached",
            t.list_of(t.model(AttachedVolume)),
        ),
        Field("reservation_id", "OS-EXT-SRV-ATTR:reservation_id", t.STRING),
        Field("launch_index", "OS-EXT-SRV-ATTR:launch_index", t.INTEGER),
        Field("kernel_id", "OS-EXT-SRV-ATTR:kernel_id", t.STRING),
        Field("ramdisk_id", "OS-EXT-SRV-ATTR:ramdisk_id", t.STRING),
        Field("root_device_name", "OS-EXT-SRV-ATTR:root_device_name", t.STRING),
        Field("user_data", "OS-EXT-SRV-ATTR:user_data", t.STRING),
        Field("locked", "locked", t.BOOLEAN),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("scheduler_hints", "os:scheduler_hints", t.model(ServerSchedulerHints)),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("sys_tags", "sys_tags", t.list_of(t.model(Tag))),
        Field("cpu_options", "cpu_options", t.model(CpuOptions)),
        Field("security_options", "security_options", t.model(SecurityOptions)),
        Field("hypervisor", "hypervisor", t.model(Hypervisor)),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Names matching this (a regular expression; "." matches any character)."""

    status: str | Unset = UNSET
    """One status (ACTIVE, BUILD, ERROR, HARD_REBOOT, MIGRATING, REBOOT, REBUILD, RESIZE,
    REVERT_RESIZE, SHUTOFF, VERIFY_RESIZE, DELETED, SHELVED, SHELVED_OFFLOADED, UNKNOWN)."""

    flavor: str | Unset = UNSET
    """The flavor ID."""

    ip: str | Unset = UNSET
    """Private IPv4 addresses containing this text."""

    ip_eq: str | Unset = UNSET
    """This exact private IPv4 address."""

    tags: str | Unset = UNSET
    """Servers with this tag (key=value)."""

    not_tags: str | Unset = UNSET
    """Servers without this tag, e.g. __type_baremetal to leave out bare-metal servers."""

    reservation_id: str | Unset = UNSET
    """The servers one batch create made."""

    enterprise_project_id: str | Unset = UNSET
    """One enterprise project's servers ("all_granted_eps" - every project you may see)."""

    server_id: builtins.list[str] | Unset = UNSET
    """These servers (exact IDs; other filters are then ignored)."""

    limit: int | Unset = UNSET
    """Servers per page (default 25, at most 1000)."""

    offset: int | Unset = UNSET
    """The page to start at (1 is the first; 0 means 1 too)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("flavor", "flavor", t.STRING, location="query"),
        Param("ip", "ip", t.STRING, location="query"),
        Param("ip_eq", "ip_eq", t.STRING, location="query"),
        Param("tags", "tags", t.STRING, location="query"),
        Param("not_tags", "not-tags", t.STRING, location="query"),
        Param("reservation_id", "reservation_id", t.STRING, location="query"),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param("server_id", "server_id", t.list_of(t.STRING), location="query", style="comma"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The server's name: letters (Chinese too), digits, "_", "-" and "." up to 64 characters (up
    to 59 when count > 1: a suffix such as -0001 tells the servers of one request apart)."""

    description: str | Unset = UNSET
    """Free text about the server, at most 85 characters, without "<" or ">"."""

    auto_terminate_time: str | Unset = UNSET
    """When the server is to be deleted automatically, as an ISO 8601 UTC time such as
    2030-01-19T03:30:52Z (empty or absent for never)."""

    key_name: str | None | Unset = UNSET
    """The SSH key pair injected for logging in (create: the name of an existing key pair;
    without one, log in with adminPass or the image's password)."""

    security_groups: builtins.list[SecurityGroupRef] | Unset = UNSET
    """The security groups of the server (create: by id, applied to every NIC; without any the
    project's default group)."""

    metadata: dict[str, str] | Unset = UNSET
    """Key/value strings (create: at most 10 user pairs; keys of letters, digits, "-", "_", ":"
    and ".", at most 255 characters each). The service adds its own keys, e.g. charging_mode
    ("0" pay-per-use, "1" yearly/monthly), vpc_id, metering.image_id, image_name, os_type."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags. Responses write them "key=value" ("key" alone for an empty value); create takes
    "key.value" strings (deprecated: prefer CreateOpts.server_tags)."""

    cpu_options: CpuOptions | Unset = UNSET
    """CPU options (hyper-threading)."""

    security_options: SecurityOptions | Unset = UNSET
    """Secure boot and virtual TPM settings."""

    image_ref: str = REQUIRED
    """The image to build the system disk from."""

    flavor_ref: str = REQUIRED
    """The flavor's ID (see flavors.list)."""

    vpc_id: str = REQUIRED
    """The VPC the server's NICs are in."""

    nics: builtins.list[Nic] = REQUIRED
    """The NICs (at most 12; subnets of vpc_id). The first one is the primary NIC."""

    root_volume: RootVolume = REQUIRED
    """The system disk."""

    data_volumes: builtins.list[DataVolume] | Unset = UNSET
    """Data disks to create and attach (at most 23)."""

    publicip: PublicIp | Unset = UNSET
    """An elastic IP for the primary NIC."""

    admin_pass: str | Unset = UNSET
    """The initial password of root (Linux) or Administrator (Windows): 8 to 26 characters with
    three of upper case, lower case, digits and !@$%^-_=+[{}]:,./? and not the user name
    reversed or not."""

    user_data: str | Unset = UNSET
    """Base64 data (a script, a cloud-init file or gzip; at most 32 KiB before encoding) for the
    guest's first boot."""

    count: int | Unset = UNSET
    """How many servers to create (default 1, at most 100 within the quota)."""

    is_auto_rename: bool | Unset = UNSET
    """With count > 1, whether the servers may share one name (default true)."""

    availability_zone: str | Unset = UNSET
    """The availability zone to build in."""

    batch_create_in_multi_az: bool | Unset = UNSET
    """Without availability_zone, spread a batch over several zones."""

    extend_param: PostPaidExtendParam | Unset = UNSET
    """Billing, spot price, auto recovery and enterprise project."""

    scheduler_hints: CreateSchedulerHints | Unset = UNSET
    """Server group and dedicated host placement."""

    server_tags: builtins.list[Tag] | Unset = UNSET
    """Tags (at most 10)."""

    dry_run: bool | Unset = UNSET
    """Only check the request (parameters, format, quota): the error when it fails, a 202 without
    a job when it passes (read result.status_code; extract() has no job ID to give)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("auto_terminate_time", "auto_terminate_time", t.STRING),
        Param("key_name", "key_name", t.STRING, nullable=True),
        Param("security_groups", "security_groups", t.list_of(t.model(SecurityGroupRef))),
        Param("metadata", "metadata", t.map_of(t.STRING)),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("cpu_options", "cpu_options", t.model(CpuOptions)),
        Param("security_options", "security_options", t.model(SecurityOptions)),
        Param("image_ref", "imageRef", t.STRING, required=True),
        Param("flavor_ref", "flavorRef", t.STRING, required=True),
        Param("vpc_id", "vpcid", t.STRING, required=True),
        Param("nics", "nics", t.list_of(t.model(Nic)), required=True),
        Param("root_volume", "root_volume", t.model(RootVolume), required=True),
        Param("data_volumes", "data_volumes", t.list_of(t.model(DataVolume))),
        Param("publicip", "publicip", t.model(PublicIp)),
        Param("admin_pass", "adminPass", t.STRING, sensitive=True),
        Param("user_data", "user_data", t.STRING),
        Param("count", "count", t.INTEGER),
        Param("is_auto_rename", "isAutoRename", t.BOOLEAN),
        Param("availability_zone", "availability_zone", t.STRING),
        Param("batch_create_in_multi_az", "batch_create_in_multi_az", t.BOOLEAN),
        Param("extend_param", "extendparam", t.model(PostPaidExtendParam)),
        Param("scheduler_hints", "os:scheduler_hints", t.model(CreateSchedulerHints)),
        Param("server_tags", "server_tags", t.list_of(t.model(Tag))),
        Param("dry_run", "dry_run", t.BOOLEAN, location="envelope"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The server's name: letters (Chinese too), digits, "_", "-" and "." up to 64 characters (up
    to 59 when count > 1: a suffix such as -0001 tells the servers of one request apart)."""

    description: str | Unset = UNSET
    """Free text about the server, at most 85 characters, without "<" or ">"."""

    hostname: str | Unset = UNSET
    """The guest's new host name - 1 to 64 characters, dot-separated parts of letters, digits and
    "-", not starting or ending with "." or "-" (takes effect after a restart)."""

    user_data: str | Unset = UNSET
    """New base64 user data for the guest."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("hostname", "hostname", t.STRING),
        Param("user_data", "user_data", t.STRING),
    )


class BatchDeleteOpts(Opts):
    """Options of batch_delete."""

    servers: builtins.list[ServerRef] = REQUIRED
    """The servers to delete."""

    delete_publicip: bool | Unset = UNSET
    """Release the servers' elastic IPs too (false - only unbind them; absent - each EIP's own
    delete_on_termination decides)."""

    delete_volume: bool | Unset = UNSET
    """Delete the data disks too (default false - only detach them)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("servers", "servers", t.list_of(t.model(ServerRef)), required=True),
        Param("delete_publicip", "delete_publicip", t.BOOLEAN),
        Param("delete_volume", "delete_volume", t.BOOLEAN),
    )


class BatchStartOpts(Opts):
    """Options of batch_start."""

    servers: builtins.list[ServerRef] = REQUIRED
    """The servers."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("servers", "servers", t.list_of(t.model(ServerRef)), required=True),
    )


class BatchStopOpts(Opts):
    """Options of batch_stop."""

    servers: builtins.list[ServerRef] = REQUIRED
    """The servers."""

    type: Literal["SOFT", "HARD"] | Unset = UNSET
    """SOFT shuts the guest down (default), HARD powers it off."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("servers", "servers", t.list_of(t.model(ServerRef)), required=True),
        Param("type", "type", t.STRING, enum=("SOFT", "HARD")),
    )


class BatchRebootOpts(Opts):
    """Options of batch_reboot."""

    servers: builtins.list[ServerRef] = REQUIRED
    """The servers."""

    type: Literal["SOFT", "HARD"] = REQUIRED
    """SOFT restarts the guest, HARD resets the machine."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("servers", "servers", t.list_of(t.model(ServerRef)), required=True),
        Param("type", "type", t.STRING, required=True, enum=("SOFT", "HARD")),
    )


class ResizeOpts(Opts):
    """Options of resize."""

    flavor_ref: str = REQUIRED
    """The new flavor's ID."""

    mode: str | Unset = UNSET
    """"withStopServer" - stop a running server, resize it and start it again."""

    cpu_options: CpuOptions | Unset = UNSET
    """CPU options for the new flavor."""

    dry_run: bool | Unset = UNSET
    """Only check the request (a 202 without a job when it passes; read result.status_code)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("flavor_ref", "flavorRef", t.STRING, required=True),
        Param("mode", "mode", t.STRING),
        Param("cpu_options", "cpu_options", t.model(CpuOptions)),
        Param("dry_run", "dry_run", t.BOOLEAN, location="envelope"),
    )


_LIST = Operation(
    "servers.list",
    "GET",
    "/cloudservers/detail",
    ok=(200, 203),
    response_key="servers",
    paging=Paging("page", count="count", first_page=1, page_param="offset"),
)
_GET = Operation(
    "servers.get",
    "GET",
    "/cloudservers/{server_id}",
    ok=(200, 203),
    response_key="server",
)
_CREATE = Operation(
    "servers.create",
    "POST",
    "/cloudservers",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="server",
    response_kind="job",
)
_UPDATE = Operation(
    "servers.update",
    "PUT",
    "/cloudservers/{server_id}",
    ok=(200,),
    request_kind="json",
    request_key="server",
    response_key="server",
)
_BATCH_DELETE = Operation(
    "servers.batch_delete",
    "POST",
    "/cloudservers/delete",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="job",
)
_BATCH_START = Operation(
    "servers.batch_start",
    "POST",
    "/cloudservers/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="os-start",
    response_kind="job",
)
_BATCH_STOP = Operation(
    "servers.batch_stop",
    "POST",
    "/cloudservers/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="os-stop",
    response_kind="job",
)
_BATCH_REBOOT = Operation(
    "servers.batch_reboot",
    "POST",
    "/cloudservers/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="reboot",
    response_kind="job",
)
_RESIZE = Operation(
    "servers.resize",
    "POST",
    "/cloudservers/{server_id}/resize",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="resize",
    response_kind="job",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Server]:
    """List servers with their details. offset is a page number (1 is the first page); count in
    each page's body is the total number of matches (page.total)."""
    return client.pager(
        _LIST, None, model=Server, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Server]:
    """Show a server."""
    return client.call(
        _GET, {"server_id": server_id}, model=Server, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Create one or more pay-per-use servers (an asynchronous job: returns its ID; wait_for_job
    gives the job's entities, whose sub_jobs name each server). With dry_run=True the request
    is only checked. Yearly/monthly servers are made with
    stacksdk.huaweicloud.ecs.v1_1.servers.create."""
    return client.call(_CREATE, None, opts=opts, microversion=microversion, timeout=timeout)


def update(
    client: ServiceClient,
    server_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Server]:
    """Change a server's name, description, host name or user data (at least one). The answer is
    the server in the shorter form of the compute API."""
    return client.call(
        _UPDATE,
        {"server_id": server_id},
        model=Server,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def batch_delete(
    client: ServiceClient,
    opts: BatchDeleteOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Delete servers, at most 1000 at once (a job). Their elastic IPs and data disks are
    released or kept as delete_publicip and delete_volume say."""
    return client.call(_BATCH_DELETE, None, opts=opts, microversion=microversion, timeout=timeout)


def batch_start(
    client: ServiceClient,
    opts: BatchStartOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Start stopped servers (a job; at most 1000 a minute)."""
    return client.call(_BATCH_START, None, opts=opts, microversion=microversion, timeout=timeout)


def batch_stop(
    client: ServiceClient,
    opts: BatchStopOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Stop servers (a job; at most 1000 a minute)."""
    return client.call(_BATCH_STOP, None, opts=opts, microversion=microversion, timeout=timeout)


def batch_reboot(
    client: ServiceClient,
    opts: BatchRebootOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Restart servers (a job; at most 1000 a minute)."""
    return client.call(_BATCH_REBOOT, None, opts=opts, microversion=microversion, timeout=timeout)


def resize(
    client: ServiceClient,
    server_id: str,
    opts: ResizeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Change a pay-per-use server's flavor (a job). The server must be stopped unless mode is
    withStopServer; the target flavors a server may take are limited. For yearly/monthly
    servers use stacksdk.huaweicloud.ecs.v1_1.servers.resize."""
    return client.call(
        _RESIZE, {"server_id": server_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Server:
    """The one Server whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Server,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="regex",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    server_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Server], None] | None = None,
) -> Server:
    """Poll get until the Server's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"server_id": server_id},
        model=Server,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    server_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Server], None] | None = None,
) -> None:
    """Poll get until the Server is gone (404, or status DELETED). Raises errors.WaitTimeout
    after ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"server_id": server_id},
        model=Server,
        field="status",
        deleted=("DELETED",),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_servers(page: Page[Any]) -> builtins.list[Server]:
    """The Server items of a page (or of ``all_pages()``)."""
    return page.extract_as(Server)
