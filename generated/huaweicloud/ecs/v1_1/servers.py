# Generated from huaweicloud/ecs/v1_1/servers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An elastic cloud server as ECS v1.1 sees it: create makes servers in either billing mode
(pay-per-use or yearly/monthly), list pages through servers by marker with a compact set of
attributes, and resize changes the flavor of a yearly/monthly server (placing an order). Get,
update, delete and the power actions are in stacksdk.huaweicloud.ecs.v1.servers; jobs started
here are awaited with stacksdk.huaweicloud.ecs.v1_1.wait_for_job."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.huaweicloud.ecs.v1.servers import (
    Accelerator,
    CpuOptions,
    CreateSchedulerHints,
    DataVolume,
    Fault,
    Nic,
    PublicIp,
    RootVolume,
    SecurityGroupRef,
    SecurityOptions,
    Tag,
)
from stacksdk.shared import IdRef as _IdRef


class PrepaidInfo(Model):
    """The subscription of a yearly/monthly server."""

    expired_time: str | Unset = UNSET
    """When the subscription ends."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("expired_time", "expired_time", t.STRING),)


class MarketInfo(Model):
    """How a server is billed."""

    charge_mode: str | Unset = UNSET
    """The billing mode, e.g. postPaid or prePaid."""

    prepaid_info: PrepaidInfo | Unset = UNSET
    """The subscription of a yearly/monthly server."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("charge_mode", "charge_mode", t.STRING),
        Field("prepaid_info", "prepaid_info", t.model(PrepaidInfo)),
    )


class NetworkAddress(Model):
    """One IP address of a server."""

    addr: str | Unset = UNSET
    """The IP address."""

    version: int | Unset = UNSET
    """4 or 6."""

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
        Field("version", "version", t.INTEGER),
        Field("type", "OS-EXT-IPS:type", t.STRING),
        Field("mac_addr", "OS-EXT-IPS-MAC:mac_addr", t.STRING),
        Field("port_id", "OS-EXT-IPS:port_id", t.STRING),
        Field("primary", "primary", t.BOOLEAN),
    )


class VolumeAttachment(Model):
    """A disk attached to a server."""

    id: str | Unset = UNSET
    """The disk's ID."""

    device: str | Unset = UNSET
    """Its device name, e.g. /dev/vdb."""

    boot_index: str | None | Unset = UNSET
    """"0" for the boot disk."""

    delete_on_termination: bool | Unset = UNSET
    """Whether the disk is deleted with the server."""

    size: int | Unset = UNSET
    """Its size in GiB."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("device", "device", t.STRING),
        Field("boot_index", "bootIndex", t.STRING),
        Field("delete_on_termination", "delete_on_termination", t.BOOLEAN),
        Field("size", "size", t.INTEGER),
    )


ImageRef = _IdRef


class FlavorInfo(Model):
    """A server's flavor and its sizes."""

    id: str | Unset = UNSET
    """The flavor's ID."""

    name: str | Unset = UNSET
    """The flavor's name."""

    vcpus: int | Unset = UNSET
    """The number of vCPUs."""

    ram: int | Unset = UNSET
    """The memory in MiB."""

    disk: int | Unset = UNSET
    """The system disk size the flavor asks for (0 - no limit)."""

    gpus: builtins.list[Accelerator] | Unset = UNSET
    """The flavor's GPUs."""

    asic_accelerators: builtins.list[Accelerator] | Unset = UNSET
    """The flavor's ASIC accelerators."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("vcpus", "vcpus", t.INTEGER),
        Field("ram", "ram", t.INTEGER),
        Field("disk", "disk", t.INTEGER),
        Field("gpus", "gpus", t.list_of(t.model(Accelerator))),
        Field("asic_accelerators", "asic_accelerators", t.list_of(t.model(Accelerator))),
    )


class PrePaidExtendParam(Model):
    """Billing and other options of a new server (either billing mode)."""

    charging_mode: Literal["prePaid", "postPaid"] | Unset = UNSET
    """prePaid (yearly/monthly) or postPaid (pay-per-use, the default)."""

    region_id: str | Unset = UNSET
    """The region the server is in."""

    period_type: Literal["month", "year"] | Unset = UNSET
    """The subscription unit (required with prePaid)."""

    period_num: int | Unset = UNSET
    """How many units - 1 to 9 months or 1 to 3 years (required with prePaid)."""

    is_auto_renew: Literal["true", "false"] | Unset = UNSET
    """Renew the subscription automatically (default "false")."""

    is_auto_pay: Literal["true", "false"] | Unset = UNSET
    """Pay the order from the account balance at once (default "false" - pay it yourself)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project to put the server in ("0" or absent - the default one)."""

    support_auto_recovery: bool | Unset = UNSET
    """Recover the server automatically on host failure (not for spot servers)."""

    market_type: str | Unset = UNSET
    """"spot" (with postPaid) to make a spot-price server."""

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
        Field("charging_mode", "chargingMode", t.STRING, enum=("prePaid", "postPaid")),
        Field("region_id", "regionID", t.STRING),
        Field("period_type", "periodType", t.STRING, enum=("month", "year")),
        Field("period_num", "periodNum", t.INTEGER),
        Field("is_auto_renew", "isAutoRenew", t.STRING, enum=("true", "false")),
        Field("is_auto_pay", "isAutoPay", t.STRING, enum=("true", "false")),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("support_auto_recovery", "support_auto_recovery", t.BOOLEAN),
        Field("market_type", "marketType", t.STRING),
        Field("spot_price", "spotPrice", t.STRING),
        Field("disk_prior", "diskPrior", t.STRING),
        Field("spot_duration_hours", "spot_duration_hours", t.INTEGER),
        Field("spot_duration_count", "spot_duration_count", t.INTEGER),
        Field("interruption_policy", "interruption_policy", t.STRING),
        Field("backup", "CB_CSBS_BACKUP", t.STRING),
    )


class ResizeExtendParam(Model):
    """How the order of a yearly/monthly resize is paid."""

    is_auto_pay: Literal["true", "false"] | Unset = UNSET
    """Pay the order from the account balance at once (default "false")."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("is_auto_pay", "isAutoPay", t.STRING, enum=("true", "false")),
    )


class ResizeResult(Model):
    """What resize started - an order (yearly/monthly servers, order_id) or a job (pay-per-use
    servers, job_id)."""

    order_id: str | Unset = UNSET
    """The order to pay (yearly/monthly servers)."""

    job_id: str | Unset = UNSET
    """The job to wait for (pay-per-use servers)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("order_id", "order_id", t.STRING),
        Field("job_id", "job_id", t.STRING),
    )


class Server(Model):
    """An elastic cloud server as ECS v1.1 sees it: create makes servers in either billing mode
    (pay-per-use or yearly/monthly), list pages through servers by marker with a compact set
    of attributes, and resize changes the flavor of a yearly/monthly server (placing an
    order). Get, update, delete and the power actions are in
    stacksdk.huaweicloud.ecs.v1.servers; jobs started here are awaited with
    stacksdk.huaweicloud.ecs.v1_1.wait_for_job."""

    id: str
    """The server's ID (a UUID)."""

    name: str | Unset = UNSET
    """The server's name: letters (Chinese too), digits, "_", "-" and "." up to 64 characters (up
    to 59 when count > 1: a suffix such as -0001 tells the servers of one request apart)."""

    description: str | Unset = UNSET
    """Free text about the server, at most 85 characters, without "<" or ">"."""

    status: str | Unset = UNSET
    """The server's state: ACTIVE, BUILD, ERROR, HARD_REBOOT, MIGRATING, REBOOT, RESIZE,
    REVERT_RESIZE, SHELVED, SHELVED_OFFLOADED, SHUTOFF, VERIFY_RESIZE or UNKNOWN."""

    vm_state: str | Unset = UNSET
    """The underlying VM state, e.g. active, stopped, error."""

    task_state: str | None | Unset = UNSET
    """The task the server is busy with (empty or None when idle)."""

    power_state: int | Unset = UNSET
    """The power state - 0 no state, 1 running, 4 shut down."""

    tenant_id: str | Unset = UNSET
    """The project that owns the server."""

    user_id: str | Unset = UNSET
    """The user who created the server."""

    availability_zone: str | Unset = UNSET
    """The availability zone the server runs in."""

    created: datetime.datetime | Unset = UNSET
    """When the server was created."""

    updated: datetime.datetime | None | Unset = UNSET
    """When the server last changed."""

    launched_at: datetime.datetime | None | Unset = UNSET
    """When the server was last started."""

    in_recycle_bin: bool | Unset = UNSET
    """Whether the server is in the recycle bin."""

    spod_id: str | None | Unset = UNSET
    """The batch of a whole-rack bare-metal delivery the server belongs to."""

    market_info: MarketInfo | Unset = UNSET
    """How the server is billed."""

    key_name: str | None | Unset = UNSET
    """The SSH key pair injected for logging in (create: the name of an existing key pair; with
    yearly/monthly billing, metadata must then carry op_svc_userid)."""

    locked: bool | Unset = UNSET
    """Whether the server is locked against changes."""

    root_device_name: str | None | Unset = UNSET
    """The system disk's device name, e.g. /dev/vda."""

    tenancy: str | None | Unset = UNSET
    """shared (the shared pool) or dedicated (a dedicated host)."""

    dedicated_host_id: str | None | Unset = UNSET
    """The dedicated host the server runs on (tenancy dedicated)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the server belongs to."""

    metadata: dict[str, str] | Unset = UNSET
    """Key/value strings (create: at most 10 user pairs). Keys the service reads: op_svc_userid
    (the user ID, needed for a yearly/monthly server with a key pair) and agency_name (an IAM
    agency for the server)."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags. Responses write them "key=value"; create takes "key.value" strings (deprecated:
    prefer CreateOpts.server_tags)."""

    addresses: dict[str, builtins.list[NetworkAddress]] | Unset = UNSET
    """The server's IP addresses, by the ID of the VPC they belong to."""

    security_groups: builtins.list[SecurityGroupRef] | Unset = UNSET
    """The security groups of the server (create: by id, applied to every NIC; without any the
    project's default group)."""

    volumes_attached: builtins.list[VolumeAttachment] | Unset = UNSET
    """The disks attached to the server."""

    image: ImageRef | Unset = UNSET
    """The image the server was built from."""

    flavor: FlavorInfo | Unset = UNSET
    """The flavor the server runs with and its sizes."""

    fault: Fault | None | Unset = UNSET
    """Why the server is in ERROR (only sent then)."""

    cpu_options: CpuOptions | Unset = UNSET
    """CPU options (hyper-threading)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("vm_state", "vm_state", t.STRING),
        Field("task_state", "task_state", t.STRING),
        Field("power_state", "power_state", t.INTEGER),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
        Field("launched_at", "launched_at", t.DATETIME),
        Field("in_recycle_bin", "in_recycle_bin", t.BOOLEAN),
        Field("spod_id", "spod_id", t.STRING),
        Field("market_info", "market_info", t.model(MarketInfo)),
        Field("key_name", "key_name", t.STRING),
        Field("locked", "locked", t.BOOLEAN),
        Field("root_device_name", "root_device_name", t.STRING),
        Field("tenancy", "tenancy", t.STRING),
        Field("dedicated_host_id", "dedicated_host_id", t.STRING),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("metadata", "metadata", t.map_of(t.STRING)),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("addresses", "addresses", t.map_of(t.list_of(t.model(NetworkAddress)))),
        Field("security_groups", "security_groups", t.list_of(t.model(SecurityGroupRef))),
        Field("volumes_attached", "volumes_attached", t.list_of(t.model(VolumeAttachment))),
        Field("image", "image", t.model(ImageRef)),
        Field("flavor", "flavor", t.model(FlavorInfo)),
        Field("fault", "fault", t.model(Fault)),
        Field("cpu_options", "cpu_options", t.model(CpuOptions)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """This server (exact ID)."""

    name: str | Unset = UNSET
    """Names containing this."""

    status: str | Unset = UNSET
    """One status (as Server.status)."""

    flavor_name: str | Unset = UNSET
    """The flavor's name."""

    image_id: str | Unset = UNSET
    """The image the servers were built from."""

    availability_zone: str | Unset = UNSET
    """Availability zones containing this."""

    availability_zone_eq: str | Unset = UNSET
    """This exact availability zone."""

    charging_mode: str | Unset = UNSET
    """The billing mode: 0 pay-per-use, 1 yearly/monthly, 2 spot."""

    key_name: str | Unset = UNSET
    """The key pair's name."""

    launched_since: str | Unset = UNSET
    """Servers started after this ISO 8601 time, e.g. 2024-06-09T06:42:18Z."""

    metadata: str | Unset = UNSET
    """Servers with this metadata item (key=value)."""

    metadata_key: str | Unset = UNSET
    """Servers with this metadata key."""

    tags: str | Unset = UNSET
    """Servers with this tag."""

    not_tags: str | Unset = UNSET
    """Servers without this tag."""

    enterprise_project_id: str | Unset = UNSET
    """One enterprise project's servers ("all_granted_eps" - every project you may see)."""

    in_recycle_bin: bool | Unset = UNSET
    """Only servers in (true) or out of (false) the recycle bin."""

    spod_id: str | Unset = UNSET
    """One whole-rack bare-metal delivery's servers."""

    expect_fields: builtins.list[str] | Unset = UNSET
    """Optional attributes to add, e.g. launched_at, key_name, locked, root_device_name, tenancy,
    dedicated_host_id, enterprise_project_id, tags, metadata, addresses, security_groups,
    volumes_attached, image, power_state, cpu_options, market_info."""

    limit: int | Unset = UNSET
    """Servers per page (default 10, at most 100)."""

    marker: str | Unset = UNSET
    """Start after this server ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("flavor_name", "flavor_name", t.STRING, location="query"),
        Param("image_id", "image_id", t.STRING, location="query"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("availability_zone_eq", "availability_zone_eq", t.STRING, location="query"),
        Param("charging_mode", "charging_mode", t.STRING, location="query"),
        Param("key_name", "key_name", t.STRING, location="query"),
        Param("launched_since", "launched_since", t.STRING, location="query"),
        Param("metadata", "metadata", t.STRING, location="query"),
        Param("metadata_key", "metadata-key", t.STRING, location="query"),
        Param("tags", "tags", t.STRING, location="query"),
        Param("not_tags", "not-tags", t.STRING, location="query"),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param("in_recycle_bin", "in_recycle_bin", t.BOOLEAN, location="query"),
        Param("spod_id", "spod_id", t.STRING, location="query"),
        Param("expect_fields", "expect-fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The server's name: letters (Chinese too), digits, "_", "-" and "." up to 64 characters (up
    to 59 when count > 1: a suffix such as -0001 tells the servers of one request apart)."""

    description: str | Unset = UNSET
    """Free text about the server, at most 85 characters, without "<" or ">"."""

    key_name: str | None | Unset = UNSET
    """The SSH key pair injected for logging in (create: the name of an existing key pair; with
    yearly/monthly billing, metadata must then carry op_svc_userid)."""

    metadata: dict[str, str] | Unset = UNSET
    """Key/value strings (create: at most 10 user pairs). Keys the service reads: op_svc_userid
    (the user ID, needed for a yearly/monthly server with a key pair) and agency_name (an IAM
    agency for the server)."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags. Responses write them "key=value"; create takes "key.value" strings (deprecated:
    prefer CreateOpts.server_tags)."""

    security_groups: builtins.list[SecurityGroupRef] | Unset = UNSET
    """The security groups of the server (create: by id, applied to every NIC; without any the
    project's default group)."""

    cpu_options: CpuOptions | Unset = UNSET
    """CPU options (hyper-threading)."""

    image_ref: str = REQUIRED
    """The image to build the system disk from."""

    flavor_ref: str = REQUIRED
    """The flavor's ID (see ecs.v1 flavors.list)."""

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

    auto_terminate_time: str | Unset = UNSET
    """When to delete the server automatically (ISO 8601 UTC, e.g. 2030-01-19T03:30:52Z)."""

    extend_param: PrePaidExtendParam | Unset = UNSET
    """Billing mode and subscription, spot price, auto recovery and enterprise project."""

    scheduler_hints: CreateSchedulerHints | Unset = UNSET
    """Server group and dedicated host placement."""

    server_tags: builtins.list[Tag] | Unset = UNSET
    """Tags (at most 10)."""

    security_options: SecurityOptions | Unset = UNSET
    """Secure boot and virtual TPM."""

    dry_run: bool | Unset = UNSET
    """Only check the request (parameters, format, quota): the error when it fails, a 202 without
    a job when it passes (read result.status_code; extract() has no job ID to give)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("key_name", "key_name", t.STRING, nullable=True),
        Param("metadata", "metadata", t.map_of(t.STRING)),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("security_groups", "security_groups", t.list_of(t.model(SecurityGroupRef))),
        Param("cpu_options", "cpu_options", t.model(CpuOptions)),
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
        Param("auto_terminate_time", "auto_terminate_time", t.STRING),
        Param("extend_param", "extendparam", t.model(PrePaidExtendParam)),
        Param("scheduler_hints", "os:scheduler_hints", t.model(CreateSchedulerHints)),
        Param("server_tags", "server_tags", t.list_of(t.model(Tag))),
        Param("security_options", "security_options", t.model(SecurityOptions)),
        Param("dry_run", "dry_run", t.BOOLEAN, location="envelope"),
    )


class ResizeOpts(Opts):
    """Options of resize."""

    flavor_ref: str = REQUIRED
    """The new flavor's ID."""

    dedicated_host_id: str | Unset = UNSET
    """The new dedicated host (servers on dedicated hosts only)."""

    extend_param: ResizeExtendParam | Unset = UNSET
    """How the order is paid."""

    mode: str | Unset = UNSET
    """"withStopServer" - stop a running server, resize it and start it again."""

    cpu_options: CpuOptions | Unset = UNSET
    """CPU options for the new flavor."""

    dry_run: bool | Unset = UNSET
    """Only check the request (a 202 when it passes)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("flavor_ref", "flavorRef", t.STRING, required=True),
        Param("dedicated_host_id", "dedicated_host_id", t.STRING),
        Param("extend_param", "extendparam", t.model(ResizeExtendParam)),
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
    paging=Paging("marker"),
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
_RESIZE = Operation(
    "servers.resize",
    "POST",
    "/cloudservers/{server_id}/resize",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="resize",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Server]:
    """List servers (compact attributes; limit at most 100, default 10), page by page after the
    last server's ID."""
    return client.pager(
        _LIST, None, model=Server, opts=opts, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Create one or more servers, pay-per-use or yearly/monthly (an asynchronous job: returns
    its ID; ecs.v1_1.wait_for_job gives the job's entities, whose sub_jobs name each server).
    A yearly/monthly request also places an order (result.body["order_id"]) that is paid from
    the balance when extend_param.is_auto_pay is "true" and otherwise waits for payment. With
    dry_run=True the request is only checked."""
    return client.call(_CREATE, None, opts=opts, microversion=microversion, timeout=timeout)


def resize(
    client: ServiceClient,
    server_id: str,
    opts: ResizeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResizeResult]:
    """Change a server's flavor, yearly/monthly ones included. For a yearly/monthly server this
    places an order (order_id, paid at once when extend_param.is_auto_pay is "true"); for a
    pay-per-use one it starts a job (job_id). The server must be stopped unless mode is
    withStopServer."""
    return client.call(
        _RESIZE,
        {"server_id": server_id},
        model=ResizeResult,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_servers(page: Page[Any]) -> builtins.list[Server]:
    """The Server items of a page (or of ``all_pages()``)."""
    return page.extract_as(Server)
