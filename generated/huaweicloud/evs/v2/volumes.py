# Generated from huaweicloud/evs/v2/volumes.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An EVS disk (cloud volume): block storage in one availability zone that attaches to servers as
a system or data disk. Creating, deleting and extending are asynchronous jobs: the call
returns a job ID (result.extract()) and evs.v2.wait_for_job(client, job_id) waits for the work
(the job's entities name the disk). A disk's status goes from creating to available, in-use
while attached, extending while it grows and deleting on its way out; error, error_extending,
error_restoring and error_rollbacking mark failures."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link, Tag as Tag


class Attachment(Model):
    """Where a disk is attached."""

    id: str | Unset = UNSET
    """The attached disk's ID."""

    attachment_id: str | Unset = UNSET
    """The attachment's ID."""

    server_id: str | Unset = UNSET
    """The server the disk is attached to."""

    volume_id: str | Unset = UNSET
    """The disk's ID."""

    device: str | Unset = UNSET
    """The device name, e.g. /dev/sdb."""

    host_name: str | None | Unset = UNSET
    """The physical host of that server."""

    attached_at: datetime.datetime | None | Unset = UNSET
    """When the disk was attached."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("attachment_id", "attachment_id", t.STRING),
        Field("server_id", "server_id", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("device", "device", t.STRING),
        Field("host_name", "host_name", t.STRING),
        Field("attached_at", "attached_at", t.DATETIME),
    )


class Provisioned(Model):
    """A provisioned performance value of a disk."""

    id: str | Unset = UNSET
    """Its ID."""

    total_val: int | Unset = UNSET
    """The value."""

    frozened: bool | Unset = UNSET
    """Whether it is frozen."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("total_val", "total_val", t.INTEGER),
        Field("frozened", "frozened", t.BOOLEAN),
    )


class JobOrOrder(Model):
    """What a change of a disk started - a job (pay-per-use disks, job_id) or an order to pay
    (yearly/monthly disks, order_id)."""

    job_id: str | Unset = UNSET
    """The job to wait for (evs.v2.wait_for_job)."""

    order_id: str | Unset = UNSET
    """The order (yearly/monthly disks)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("job_id", "job_id", t.STRING),
        Field("order_id", "order_id", t.STRING),
    )


class PayParam(Model):
    """How the order for a yearly/monthly disk's change is paid."""

    is_auto_pay: Literal["true", "false"] | Unset = UNSET
    """Pay from the account balance at once (default "false" - pay it yourself)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("is_auto_pay", "isAutoPay", t.STRING, enum=("true", "false")),
    )


class SchedulerHints(Model):
    """Where a new disk is placed."""

    dedicated_storage_id: str | Unset = UNSET
    """The dedicated storage pool to create the disk in."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("dedicated_storage_id", "dedicated_storage_id", t.STRING),
    )


class Volume(Model):
    """An EVS disk (cloud volume): block storage in one availability zone that attaches to
    servers as a system or data disk. Creating, deleting and extending are asynchronous jobs:
    the call returns a job ID (result.extract()) and evs.v2.wait_for_job(client, job_id) waits
    for the work (the job's entities name the disk). A disk's status goes from creating to
    available, in-use while attached, extending while it grows and deleting on its way out;
    error, error_extending, error_restoring and error_rollbacking mark failures."""

    id: str
    """The disk's ID."""

    name: str | None | Unset = UNSET
    """The disk's name, at most 255 bytes (with count > 1 each disk gets a suffix such as -0001,
    so at most 250)."""

    description: str | None | Unset = UNSET
    """Free text about the disk, at most 255 bytes."""

    status: str | Unset = UNSET
    """creating, available, in-use, error, attaching, detaching, restoring-backup, backing-up,
    error_restoring, uploading, downloading, extending, error_extending, deleting,
    error_deleting, rollbacking, error_rollbacking or awaiting-transfer."""

    size: int | Unset = UNSET
    """The size in GiB - 10 to 32768 for a data disk, 1 to 1024 for a system disk. Required on
    create unless the disk comes from a backup (then it defaults to the backup's size); from a
    snapshot or image at least their size."""

    volume_type: str | Unset = UNSET
    """The disk type - SATA (common I/O, end of sale), SAS (high I/O), SSD (ultra-high I/O),
    GPSSD (general purpose SSD), ESSD (extreme SSD), GPSSD2 or ESSD2; from a snapshot it must
    match the snapshot's source."""

    availability_zone: str | Unset = UNSET
    """The availability zone (create fails for one that does not exist)."""

    snapshot_id: str | None | Unset = UNSET
    """The snapshot the disk was (create - is to be) made from."""

    source_volid: str | None | Unset = UNSET
    """The disk this one was cloned from (not supported; None)."""

    multiattach: bool | Unset = UNSET
    """Whether the disk may be attached to several servers (a shared disk; default false)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the disk belongs to."""

    tags: dict[str, str] | Unset = UNSET
    """Tags (create: at most 10; keys of at most 36 and values of at most 43 letters, digits, "-"
    and "_")."""

    attachments: builtins.list[Attachment] | Unset = UNSET
    """Where the disk is attached (empty when available)."""

    bootable: str | Unset = UNSET
    """"true" for a disk that can boot a server (text)."""

    metadata: dict[str, Any] | Unset = UNSET
    """Metadata: __system__encrypted ("1" encrypted) and __system__cmkid (the KMS key),
    hw:passthrough ("true" SCSI, "false" VBD), full_clone, orderID (set for yearly/monthly
    disks), and user keys."""

    volume_image_metadata: dict[str, Any] | None | Unset = UNSET
    """The metadata of the image the disk was created from."""

    created_at: datetime.datetime | Unset = UNSET
    """When the disk was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the disk last changed."""

    tenant_id: str | None | Unset = UNSET
    """The project that owns the disk."""

    host: str | None | Unset = UNSET
    """Reserved (the storage pool serving the disk)."""

    user_id: str | None | Unset = UNSET
    """Reserved."""

    service_type: str | Unset = UNSET
    """The service the disk belongs to - EVS, DSS or DESS."""

    dedicated_storage_id: str | None | Unset = UNSET
    """The dedicated storage pool holding the disk."""

    dedicated_storage_name: str | None | Unset = UNSET
    """That pool's name."""

    wwn: str | Unset = UNSET
    """The disk's unique identifier when attached (its WWN)."""

    serial_number: str | Unset = UNSET
    """The disk's serial number (non-HyperMetro SCSI disks only), to find it inside a server."""

    shareable: Any | Unset = UNSET
    """Whether the disk is shared (deprecated; read multiattach)."""

    encrypted: bool | Unset = UNSET
    """Not supported (read metadata __system__encrypted)."""

    consistencygroup_id: str | None | Unset = UNSET
    """Reserved."""

    replication_status: str | None | Unset = UNSET
    """Reserved."""

    extended_status: str | None | Unset = UNSET
    """Reserved."""

    migstat: str | None | Unset = UNSET
    """Reserved."""

    name_id: str | None | Unset = UNSET
    """Reserved."""

    iops: Provisioned | Unset = UNSET
    """The IOPS provisioned for a GPSSD2 or ESSD2 disk."""

    throughput: Provisioned | Unset = UNSET
    """The throughput (MiB/s) provisioned for a GPSSD2 disk."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("volume_type", "volume_type", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("snapshot_id", "snapshot_id", t.STRING),
        Field("source_volid", "source_volid", t.STRING),
        Field("multiattach", "multiattach", t.BOOLEAN),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("tags", "tags", t.map_of(t.STRING)),
        Field("attachments", "attachments", t.list_of(t.model(Attachment))),
        Field("bootable", "bootable", t.STRING),
        Field("metadata", "metadata", t.map_of(t.ANY)),
        Field("volume_image_metadata", "volume_image_metadata", t.map_of(t.ANY)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("tenant_id", "os-vol-tenant-attr:tenant_id", t.STRING),
        Field("host", "os-vol-host-attr:host", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("service_type", "service_type", t.STRING),
        Field("dedicated_storage_id", "dedicated_storage_id", t.STRING),
        Field("dedicated_storage_name", "dedicated_storage_name", t.STRING),
        Field("wwn", "wwn", t.STRING),
        Field("serial_number", "serial_number", t.STRING),
        Field("shareable", "shareable", t.ANY),
        Field("encrypted", "encrypted", t.BOOLEAN),
        Field("consistencygroup_id", "consistencygroup_id", t.STRING),
        Field("replication_status", "replication_status", t.STRING),
        Field("extended_status", "os-volume-replication:extended_status", t.STRING),
        Field("migstat", "os-vol-mig-status-attr:migstat", t.STRING),
        Field("name_id", "os-vol-mig-status-attr:name_id", t.STRING),
        Field("iops", "iops", t.model(Provisioned)),
        Field("throughput", "throughput", t.model(Provisioned)),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """The disk name."""

    status: str | Unset = UNSET
    """One status (as Volume.status)."""

    availability_zone: str | Unset = UNSET
    """The availability zone."""

    multiattach: bool | Unset = UNSET
    """Only shared (true) or only non-shared (false) disks."""

    metadata: str | Unset = UNSET
    """Disks with these metadata items."""

    not_metadata: str | Unset = UNSET
    """Disks without these metadata items."""

    service_type: str | Unset = UNSET
    """The service - EVS, DSS or DESS."""

    volume_type_id: str | Unset = UNSET
    """The disk type's ID (see the volume types API)."""

    dedicated_storage_id: str | Unset = UNSET
    """Disks in this dedicated storage pool (exact)."""

    dedicated_storage_name: str | Unset = UNSET
    """Disks in dedicated storage pools with names containing this."""

    enterprise_project_id: str | Unset = UNSET
    """One enterprise project's disks ("all_granted_eps" - every project you may see)."""

    server_id: str | Unset = UNSET
    """Disks attached to this server."""

    id: str | Unset = UNSET
    """This disk (ignored with ids)."""

    ids: str | Unset = UNSET
    """Up to 60 disks, written ['id1','id2'] (unknown IDs are skipped)."""

    sort_key: Literal["id", "status", "size", "created_at"] | Unset = UNSET
    """What to sort by (default created_at)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort order (default desc)."""

    limit: int | Unset = UNSET
    """Disks per page (default and most 1000)."""

    offset: int | Unset = UNSET
    """Skip this many disks."""

    marker: str | Unset = UNSET
    """Start after this disk ID (instead of offset)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("multiattach", "multiattach", t.BOOLEAN, location="query"),
        Param("metadata", "metadata", t.STRING, location="query"),
        Param("not_metadata", "not_metadata", t.STRING, location="query"),
        Param("service_type", "service_type", t.STRING, location="query"),
        Param("volume_type_id", "volume_type_id", t.STRING, location="query"),
        Param("dedicated_storage_id", "dedicated_storage_id", t.STRING, location="query"),
        Param("dedicated_storage_name", "dedicated_storage_name", t.STRING, location="query"),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param("server_id", "server_id", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("ids", "ids", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("id", "status", "size", "created_at"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The disk's name, at most 255 bytes (with count > 1 each disk gets a suffix such as -0001,
    so at most 250)."""

    description: str | None | Unset = UNSET
    """Free text about the disk, at most 255 bytes."""

    size: int | Unset = UNSET
    """The size in GiB - 10 to 32768 for a data disk, 1 to 1024 for a system disk. Required on
    create unless the disk comes from a backup (then it defaults to the backup's size); from a
    snapshot or image at least their size."""

    volume_type: str = REQUIRED
    """The disk type - SATA (common I/O, end of sale), SAS (high I/O), SSD (ultra-high I/O),
    GPSSD (general purpose SSD), ESSD (extreme SSD), GPSSD2 or ESSD2; from a snapshot it must
    match the snapshot's source."""

    availability_zone: str = REQUIRED
    """The availability zone (create fails for one that does not exist)."""

    snapshot_id: str | None | Unset = UNSET
    """The snapshot the disk was (create - is to be) made from."""

    multiattach: bool | Unset = UNSET
    """Whether the disk may be attached to several servers (a shared disk; default false)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the disk belongs to."""

    tags: dict[str, str] | Unset = UNSET
    """Tags (create: at most 10; keys of at most 36 and values of at most 43 letters, digits, "-"
    and "_")."""

    backup_id: str | Unset = UNSET
    """Restore the disk from this backup (then count must be 1)."""

    image_ref: str | Unset = UNSET
    """Create the disk from this image (size at least the image's min_disk)."""

    count: int | Unset = UNSET
    """How many disks to create (default 1, at most 100)."""

    metadata: dict[str, str] | Unset = UNSET
    """Metadata - "__system__encrypted" ("1" to encrypt, with "__system__cmkid" naming the KMS
    key), "hw:passthrough" ("true" for a SCSI disk), "full_clone" ("0" for a linked clone of a
    snapshot)."""

    scheduler_hints: SchedulerHints | Unset = UNSET
    """Create the disk in a dedicated storage pool."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("size", "size", t.INTEGER),
        Param("volume_type", "volume_type", t.STRING, required=True),
        Param("availability_zone", "availability_zone", t.STRING, required=True),
        Param("snapshot_id", "snapshot_id", t.STRING, nullable=True),
        Param("multiattach", "multiattach", t.BOOLEAN),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING),
        Param("tags", "tags", t.map_of(t.STRING)),
        Param("backup_id", "backup_id", t.STRING),
        Param("image_ref", "imageRef", t.STRING),
        Param("count", "count", t.INTEGER),
        Param("metadata", "metadata", t.map_of(t.STRING)),
        Param(
            "scheduler_hints",
            "OS-SCH-HNT:scheduler_hints",
            t.model(SchedulerHints),
            location="envelope",
        ),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The disk's name, at most 255 bytes (with count > 1 each disk gets a suffix such as -0001,
    so at most 250)."""

    description: str | None | Unset = UNSET
    """Free text about the disk, at most 255 bytes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
    )


class ExtendOpts(Opts):
    """Options of extend."""

    new_size: int = REQUIRED
    """The new size in GiB, above the current one (at most 32768 for a data disk, 1024 for a
    system disk)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("new_size", "new_size", t.INTEGER, required=True),
    )


class RetypeOpts(Opts):
    """Options of retype."""

    new_type: str = REQUIRED
    """The new disk type (as Volume.volume_type)."""

    iops: int | Unset = UNSET
    """The IOPS for a new GPSSD2 or ESSD2 type."""

    throughput: int | Unset = UNSET
    """The throughput in MiB/s for a new GPSSD2 type."""

    bss_param: PayParam | Unset = UNSET
    """How a yearly/monthly disk's order is paid."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("new_type", "new_type", t.STRING, required=True),
        Param("iops", "iops", t.INTEGER),
        Param("throughput", "throughput", t.INTEGER),
        Param("bss_param", "bssParam", t.model(PayParam), location="envelope"),
    )


class ChangeTagsOpts(Opts):
    """Options of change_tags."""

    action: Literal["create", "delete"] = REQUIRED
    """create to add (or overwrite) the tags, delete to remove them."""

    tags: builtins.list[Tag] = REQUIRED
    """The tags."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("action", "action", t.STRING, required=True, enum=("create", "delete")),
        Param("tags", "tags", t.list_of(t.model(Tag)), required=True),
    )


class ListBriefOpts(Opts):
    """Options of list_brief."""

    name: str | Unset = UNSET
    """The disk name."""

    status: str | Unset = UNSET
    """One status."""

    availability_zone: str | Unset = UNSET
    """The availability zone."""

    sort_key: Literal["id", "status", "size", "created_at"] | Unset = UNSET
    """What to sort by (default created_at)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort order (default desc)."""

    limit: int | Unset = UNSET
    """Disks per page (default and most 1000)."""

    marker: str | Unset = UNSET
    """Start after this disk ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("id", "status", "size", "created_at"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


_LIST = Operation(
    "volumes.list",
    "GET",
    "/cloudvolumes/detail",
    ok=(200, 203),
    response_key="volumes",
    paging=Paging("offset", count="count"),
)
_GET = Operation(
    "volumes.get",
    "GET",
    "/cloudvolumes/{volume_id}",
    ok=(200, 203),
    response_key="volume",
)
_CREATE = Operation(
    "volumes.create",
    "POST",
    "/cloudvolumes",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="volume",
    response_kind="job",
)
_UPDATE = Operation(
    "volumes.update",
    "PUT",
    "/cloudvolumes/{volume_id}",
    ok=(200,),
    request_kind="json",
    request_key="volume",
)
_DELETE = Operation(
    "volumes.delete",
    "DELETE",
    "/cloudvolumes/{volume_id}",
    ok=(200, 202),
    response_kind="job",
)
_EXTEND = Operation(
    "volumes.extend",
    "POST",
    "/cloudvolumes/{volume_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="os-extend",
    response_kind="job",
)
_RETYPE = Operation(
    "volumes.retype",
    "POST",
    "/volumes/{volume_id}/retype",
    ok=(200, 202),
    request_kind="json",
    request_key="os-retype",
)
_CHANGE_TAGS = Operation(
    "volumes.change_tags",
    "POST",
    "/cloudvolumes/{volume_id}/tags/action",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
)
_LIST_TAGS = Operation(
    "volumes.list_tags",
    "GET",
    "/cloudvolumes/{volume_id}/tags",
    ok=(200,),
    response_kind="list",
    response_key="tags",
)
_LIST_BRIEF = Operation(
    "volumes.list_brief",
    "GET",
    "/cloudvolumes",
    ok=(200, 203),
    response_key="volumes",
    paging=Paging("marker"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Volume]:
    """List disks with their details. Paged by offset (or marker); count in each page's body is
    the total number of matches (page.total)."""
    return client.pager(
        _LIST, None, model=Volume, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Volume]:
    """Show a disk."""
    return client.call(
        _GET, {"volume_id": volume_id}, model=Volume, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Create one or more pay-per-use disks: empty, or from a snapshot, an image or a backup (at
    most one of them). An asynchronous job: returns its ID; wait_for_job gives its entities
    (the disk, or one sub-job per disk of a batch)."""
    return client.call(_CREATE, None, opts=opts, microversion=microversion, timeout=timeout)


def update(
    client: ServiceClient,
    volume_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Volume]:
    """Change a disk's name or description (not both None). The answer is the disk itself, not
    wrapped in "volume"."""
    return client.call(
        _UPDATE,
        {"volume_id": volume_id},
        model=Volume,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Delete a disk (an asynchronous job: returns its ID). The disk must not be attached or have
    snapshots."""
    return client.call(
        _DELETE, {"volume_id": volume_id}, microversion=microversion, timeout=timeout
    )


def extend(
    client: ServiceClient,
    volume_id: str,
    opts: ExtendOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str]:
    """Grow a disk (an asynchronous job: returns its ID). An in-use disk may grow when it is not
    shared and its server is ACTIVE, PAUSED, SUSPENDED or SHUTOFF."""
    return client.call(
        _EXTEND, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def retype(
    client: ServiceClient,
    volume_id: str,
    opts: RetypeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[JobOrOrder]:
    """Change a disk's type, e.g. SAS to SSD, where the availability zone offers the new type. A
    pay-per-use disk starts a job (job_id); a yearly/monthly one places an order (order_id)."""
    return client.call(
        _RETYPE,
        {"volume_id": volume_id},
        model=JobOrOrder,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def change_tags(
    client: ServiceClient,
    volume_id: str,
    opts: ChangeTagsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add tags to a disk (action "create"; a key it already has takes the new value; at most 10
    tags) or remove them (action "delete"; only the keys count)."""
    return client.call(
        _CHANGE_TAGS,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_tags(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Tag]]:
    """The tags of a disk."""
    return client.call(
        _LIST_TAGS, {"volume_id": volume_id}, model=Tag, microversion=microversion, timeout=timeout
    )


def list_brief(
    client: ServiceClient,
    opts: ListBriefOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Volume]:
    """List disks in brief - id, name and links only (the older summary listing; list gives every
    attribute). Paged by marker."""
    return client.pager(
        _LIST_BRIEF, None, model=Volume, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Volume:
    """The one Volume whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Volume,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    volume_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Volume], None] | None = None,
) -> Volume:
    """Poll get until the Volume's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error or error_extending or error_restoring or
    error_rollbacking."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"volume_id": volume_id},
        model=Volume,
        field="status",
        wanted=status,
        failures=("error", "error_extending", "error_restoring", "error_rollbacking"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    volume_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Volume], None] | None = None,
) -> None:
    """Poll get until the Volume is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds, errors.WaitFailed when it becomes error_deleting."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"volume_id": volume_id},
        model=Volume,
        field="status",
        deleted=(),
        failures=("error_deleting",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_volumes(page: Page[Any]) -> builtins.list[Volume]:
    """The Volume items of a page (or of ``all_pages()``)."""
    return page.extract_as(Volume)
