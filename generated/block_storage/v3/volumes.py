# Generated from block-storage/v3/volumes.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A block storage volume. Cinder creates it asynchronously: the record starts in "creating" and
a scheduler and volume service make it "available" (a deployment without them leaves it
"creating"). The summary listing (list) carries only id, name and links; list_detail, get,
create and update carry everything the microversion includes. Administrators also see the
host, migration and provider attributes. Every state-changing action is sent to
/volumes/{volume_id}/action as {"<action>": {...}} and answers 202 unless noted."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class VolumeAttachment(Model):
    """One attachment of a volume, as listed in the volume."""

    id: str | Unset = UNSET
    """The volume's ID (kept for compatibility)."""

    attachment_id: str | Unset = UNSET
    """The attachment's ID."""

    volume_id: str | Unset = UNSET
    """The volume's ID."""

    server_id: str | None | Unset = UNSET
    """The server the volume is attached to."""

    host_name: str | None | Unset = UNSET
    """The host it is attached to (administrators and services only)."""

    device: str | None | Unset = UNSET
    """The mount point (/dev/vdb)."""

    attached_at: datetime.datetime | None | Unset = UNSET
    """When it was attached."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("attachment_id", "attachment_id", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("server_id", "server_id", t.STRING),
        Field("host_name", "host_name", t.STRING),
        Field("device", "device", t.STRING),
        Field("attached_at", "attached_at", t.DATETIME),
    )


class VolumeSummary(Model):
    """Totals over the volumes a listing would show (summary)."""

    total_count: int | Unset = UNSET
    """The number of volumes."""

    total_size: int | Unset = UNSET
    """Their total size in GiB."""

    metadata: dict[str, builtins.list[str]] | Unset = UNSET
    """Every metadata key of those volumes with its distinct values."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("total_count", "total_count", t.INTEGER),
        Field("total_size", "total_size", t.INTEGER),
        Field("metadata", "metadata", t.map_of(t.list_of(t.STRING)), since="3.36"),
    )


class ImageUpload(Model):
    """What upload_to_image started (the volume, becoming "uploading", and the new image)."""

    id: str | Unset = UNSET
    """The volume's ID."""

    status: str | Unset = UNSET
    """The volume's status (uploading)."""

    size: int | Unset = UNSET
    """The volume's size in GiB."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the volume last changed."""

    display_description: str | None | Unset = UNSET
    """The volume's description."""

    volume_type: Any | None | Unset = UNSET
    """The volume's type (its record as an object, or None)."""

    image_id: str | Unset = UNSET
    """The new image's ID."""

    image_name: str | Unset = UNSET
    """The new image's name."""

    container_format: str | Unset = UNSET
    """The image's container format."""

    disk_format: str | Unset = UNSET
    """The image's disk format."""

    visibility: str | Unset = UNSET
    """The image's visibility (3.1 and later)."""

    protected: bool | Unset = UNSET
    """Whether the image is protected (3.1 and later)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("display_description", "display_description", t.STRING),
        Field("volume_type", "volume_type", t.ANY),
        Field("image_id", "image_id", t.STRING),
        Field("image_name", "image_name", t.STRING),
        Field("container_format", "container_format", t.STRING),
        Field("disk_format", "disk_format", t.STRING),
        Field("visibility", "visibility", t.STRING),
        Field("protected", "protected", t.BOOLEAN),
    )


class ManageableVolume(Model):
    """A volume on a backend that Cinder could take over (manage)."""

    reference: dict[str, Any] | Unset = UNSET
    """How the backend names it, e.g. {"source-name" - "lvol0"}; pass it as ref to manage."""

    size: int | Unset = UNSET
    """Its size in GiB."""

    safe_to_manage: bool | Unset = UNSET
    """Whether Cinder can manage it."""

    reason_not_safe: str | None | Unset = UNSET
    """Why not (detail listing)."""

    cinder_id: str | None | Unset = UNSET
    """The Cinder volume it already is, if any (detail listing)."""

    extra_info: Any | None | Unset = UNSET
    """Backend-specific details (detail listing)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("reference", "reference", t.map_of(t.ANY)),
        Field("size", "size", t.INTEGER),
        Field("safe_to_manage", "safe_to_manage", t.BOOLEAN),
        Field("reason_not_safe", "reason_not_safe", t.STRING),
        Field("cinder_id", "cinder_id", t.STRING),
        Field("extra_info", "extra_info", t.ANY),
    )


class Volume(Model):
    """A block storage volume. Cinder creates it asynchronously: the record starts in "creating"
    and a scheduler and volume service make it "available" (a deployment without them leaves
    it "creating"). The summary listing (list) carries only id, name and links; list_detail,
    get, create and update carry everything the microversion includes. Administrators also see
    the host, migration and provider attributes. Every state-changing action is sent to
    /volumes/{volume_id}/action as {"<action>": {...}} and answers 202 unless noted."""

    id: str
    """The volume's ID (a UUID)."""

    name: str | None | Unset = UNSET
    """The display name (at most 255 characters; None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text about the volume (None when unset)."""

    size: int | Unset = UNSET
    """The size in GiB. Required on create unless the volume is made from a snapshot, another
    volume or a backup (it then defaults to the source's size and may not be smaller)."""

    status: (
        Literal[
            "creating",
            "available",
            "reserved",
            "attaching",
            "detaching",
            "in-use",
            "maintenance",
            "deleting",
            "awaiting-transfer",
            "error",
            "error_deleting",
            "backing-up",
            "restoring-backup",
            "error_backing-up",
            "error_restoring",
            "error_extending",
            "downloading",
            "uploading",
            "retyping",
            "extending",
            "unmanaging",
            "error_unmanaging",
            "deleted",
        ]
        | Unset
    ) = UNSET
    """Where the volume is in its life cycle. Cinder shows its internal managing, error_managing
    and error_managing_deleting as creating, error and deleting. A reimage shows as
    downloading; unmanaging and error_unmanaging follow an unmanage; deleted appears only
    briefly while a group's volumes are deleted."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone (create picks the default zone when None)."""

    volume_type: str | None | Unset = UNSET
    """The volume type's name in responses (before 3.63 the type's ID when it has no name).
    Create takes a type name or ID; without one the default type is used."""

    volume_type_id: str | Unset = UNSET
    """The volume type's ID."""

    snapshot_id: str | None | Unset = UNSET
    """The snapshot the volume was created from (create - a new volume from it)."""

    source_volid: str | None | Unset = UNSET
    """The volume this one was cloned from (create - clone it)."""

    consistencygroup_id: str | None | Unset = UNSET
    """The consistency group the volume belongs to (legacy; groups replace them)."""

    group_id: str | None | Unset = UNSET
    """The generic group the volume belongs to (create - add it to this group)."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings). Update replaces the whole map; see volume_metadata for
    key-wise changes."""

    multiattach: bool | None | Unset = UNSET
    """Whether the volume may be attached to several servers at once. It follows the volume type:
    create refuses true (400; use a multiattach volume type instead)."""

    bootable: str | Unset = UNSET
    """"true" or "false" (a string): whether the volume can boot a server."""

    encrypted: bool | Unset = UNSET
    """Whether the volume is encrypted (its type has an encryption spec)."""

    encryption_key_id: str | Unset = UNSET
    """The key manager ID of the volume's encryption key (only when encrypted)."""

    replication_status: str | None | Unset = UNSET
    """The replication status (disabled, enabled, error, failed-over, ...)."""

    migration_status: str | None | Unset = UNSET
    """The migration status (administrators only; None when never migrated)."""

    attachments: builtins.list[VolumeAttachment] | Unset = UNSET
    """The attachments of an in-use volume (empty otherwise)."""

    user_id: str | Unset = UNSET
    """The user who created the volume."""

    created_at: datetime.datetime | Unset = UNSET
    """When the volume was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the volume last changed (None until it does)."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    host: str | None | Unset = UNSET
    """The backend (host@backend#pool) serving the volume; administrators only."""

    migstat: str | None | Unset = UNSET
    """The migration status (administrators only)."""

    name_id: str | None | Unset = UNSET
    """The ID the backend names the volume by after a migration (administrators only)."""

    tenant_id: str | Unset = UNSET
    """The project owning the volume."""

    volume_image_metadata: dict[str, str] | Unset = UNSET
    """The metadata of the image the volume was created from (only sent when it has any); change
    it with volume_image_metadata."""

    provider_id: str | None | Unset = UNSET
    """The backend's own ID for the volume (administrators only)."""

    shared_targets: bool | None | Unset = UNSET
    """Whether the backend shares iSCSI targets between volumes (so a host must lock around
    attach/detach); None since 3.69 when unknown."""

    service_uuid: str | None | Unset = UNSET
    """The UUID of the volume service that manages the volume."""

    cluster_name: str | None | Unset = UNSET
    """The cluster of the volume's service (administrators only)."""

    consumes_quota: bool | Unset = UNSET
    """Whether the volume counts against the quota (temporary volumes do not)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("status", "status", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("volume_type", "volume_type", t.STRING),
        Field("volume_type_id", "volume_type_id", t.STRING, since="3.63"),
        Field("snapshot_id", "snapshot_id", t.STRING),
        Field("source_volid", "source_volid", t.STRING),
        Field("consistencygroup_id", "consistencygroup_id", t.STRING),
        Field("group_id", "group_id", t.STRING, since="3.13"),
        Field("metadata", "metadata", t.map_of(t.STRING)),
        Field("multiattach", "multiattach", t.BOOLEAN),
        Field("bootable", "bootable", t.STRING),
        Field("encrypted", "encrypted", t.BOOLEAN),
        Field("encryption_key_id", "encryption_key_id", t.STRING, since="3.64"),
        Field("replication_status", "replication_status", t.STRING),
        Field("migration_status", "migration_status", t.STRING),
        Field("attachments", "attachments", t.list_of(t.model(VolumeAttachment))),
        Field("user_id", "user_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("host", "os-vol-host-attr:host", t.STRING),
        Field("migstat", "os-vol-mig-status-attr:migstat", t.STRING),
        Field("name_id", "os-vol-mig-status-attr:name_id", t.STRING),
        Field("tenant_id", "os-vol-tenant-attr:tenant_id", t.STRING),
        Field("volume_image_metadata", "volume_image_metadata", t.map_of(t.STRING)),
        Field("provider_id", "provider_id", t.STRING, since="3.21"),
        Field("shared_targets", "shared_targets", t.BOOLEAN, since="3.48"),
        Field("service_uuid", "service_uuid", t.STRING, since="3.48"),
        Field("cluster_name", "cluster_name", t.STRING, since="3.61"),
        Field("consumes_quota", "consumes_quota", t.BOOLEAN, since="3.65"),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    all_tenants: bool | Unset = UNSET
    """Administrators - volumes of every project."""

    project_id: str | Unset = UNSET
    """Administrators, with all_tenants - only this project's volumes."""

    name: str | Unset = UNSET
    """Exact name."""

    status: str | Unset = UNSET
    """Exact status."""

    metadata: str | Unset = UNSET
    """Volumes carrying these metadata items, written as a Python dict literal, e.g. "{'k1':
    'v1'}"."""

    glance_metadata: str | Unset = UNSET
    """Volumes whose image metadata has these items (a dict literal, as metadata)."""

    bootable: bool | Unset = UNSET
    """Only bootable (or only non-bootable) volumes (strictly parsed since 3.2)."""

    migration_status: str | Unset = UNSET
    """Administrators - the migration status."""

    availability_zone: str | Unset = UNSET
    """The availability zone."""

    size: int | Unset = UNSET
    """The size in GiB."""

    group_id: str | Unset = UNSET
    """Volumes of this generic group."""

    volume_type: str | Unset = UNSET
    """Administrators - a volume type name or ID."""

    created_at: str | Unset = UNSET
    """Operators and ISO 8601 times, comma-separated, e.g.
    "gt:2024-01-01T00:00:00,lt:2024-02-01T00:00:00" (gt, gte, eq, neq, lt, lte)."""

    updated_at: str | Unset = UNSET
    """Operators and times, as created_at."""

    consumes_quota: bool | Unset = UNSET
    """Only volumes that (do not) count against the quota."""

    name_like: str | Unset = UNSET
    """Names containing this text (a "like" filter)."""

    description_like: str | Unset = UNSET
    """Descriptions containing this text (a "like" filter)."""

    status_like: str | Unset = UNSET
    """Statuses containing this text (a "like" filter; administrators or configured)."""

    with_count: bool | Unset = UNSET
    """Ask for the total number of matches ("count", next to the page)."""

    sort: str | Unset = UNSET
    """Keys with optional directions, e.g. "name:asc,created_at:desc" (not with
    sort_key/sort_dir)."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by (default created_at)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction (default desc)."""

    limit: int | Unset = UNSET
    """The most volumes a page holds (capped by osapi_max_limit, 1000 by default)."""

    marker: str | Unset = UNSET
    """Start after the volume with this ID."""

    offset: int | Unset = UNSET
    """Skip this many volumes first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("metadata", "metadata", t.STRING, location="query"),
        Param("glance_metadata", "glance_metadata", t.STRING, location="query", since="3.4"),
        Param("bootable", "bootable", t.BOOLEAN, location="query"),
        Param("migration_status", "migration_status", t.STRING, location="query"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("size", "size", t.INTEGER, location="query"),
        Param("group_id", "group_id", t.STRING, location="query", since="3.10"),
        Param("volume_type", "volume_type", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query", since="3.60"),
        Param("updated_at", "updated_at", t.STRING, location="query", since="3.60"),
        Param("consumes_quota", "consumes_quota", t.BOOLEAN, location="query", since="3.65"),
        Param("name_like", "name~", t.STRING, location="query", since="3.34"),
        Param("description_like", "description~", t.STRING, location="query", since="3.34"),
        Param("status_like", "status~", t.STRING, location="query", since="3.34"),
        Param("with_count", "with_count", t.BOOLEAN, location="query", since="3.45"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The display name (at most 255 characters; None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text about the volume (None when unset)."""

    size: int | Unset = UNSET
    """The size in GiB. Required on create unless the volume is made from a snapshot, another
    volume or a backup (it then defaults to the source's size and may not be smaller)."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone (create picks the default zone when None)."""

    volume_type: str | None | Unset = UNSET
    """The volume type's name in responses (before 3.63 the type's ID when it has no name).
    Create takes a type name or ID; without one the default type is used."""

    snapshot_id: str | None | Unset = UNSET
    """The snapshot the volume was created from (create - a new volume from it)."""

    source_volid: str | None | Unset = UNSET
    """The volume this one was cloned from (create - clone it)."""

    consistencygroup_id: str | None | Unset = UNSET
    """The consistency group the volume belongs to (legacy; groups replace them)."""

    group_id: str | None | Unset = UNSET
    """The generic group the volume belongs to (create - add it to this group)."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings). Update replaces the whole map; see volume_metadata for
    key-wise changes."""

    multiattach: bool | None | Unset = UNSET
    """Whether the volume may be attached to several servers at once. It follows the volume type:
    create refuses true (400; use a multiattach volume type instead)."""

    image_ref: str | None | Unset = UNSET
    """An image ID (or name) to copy into the new volume."""

    scheduler_hints: dict[str, Any] | Unset = UNSET
    """Hints for the scheduler, sent beside "volume" in the body: same_host and different_host
    (lists of volume IDs), local_to_instance (a server ID), query (a JSON filter), or what
    custom filters read."""

    backup_id: str | None | Unset = UNSET
    """A backup to restore into the new volume."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("size", "size", t.INTEGER),
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("volume_type", "volume_type", t.STRING, nullable=True),
        Param("snapshot_id", "snapshot_id", t.STRING, nullable=True),
        Param("source_volid", "source_volid", t.STRING, nullable=True),
        Param("consistencygroup_id", "consistencygroup_id", t.STRING, nullable=True),
        Param("group_id", "group_id", t.STRING, nullable=True, since="3.13"),
        Param("metadata", "metadata", t.map_of(t.STRING)),
        Param("multiattach", "multiattach", t.BOOLEAN, nullable=True),
        Param("image_ref", "imageRef", t.STRING, nullable=True),
        Param(
            "scheduler_hints", "OS-SCH-HNT:scheduler_hints", t.map_of(t.ANY), location="envelope"
        ),
        Param("backup_id", "backup_id", t.STRING, nullable=True, since="3.47"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The display name (at most 255 characters; None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text about the volume (None when unset)."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings). Update replaces the whole map; see volume_metadata for
    key-wise changes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("metadata", "metadata", t.map_of(t.STRING)),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    cascade: bool | Unset = UNSET
    """Delete the volume's snapshots too."""

    force: bool | Unset = UNSET
    """Delete whatever the volume's state (administrators)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("cascade", "cascade", t.BOOLEAN, location="query"),
        Param("force", "force", t.BOOLEAN, location="query", since="3.23"),
    )


class SummaryOpts(Opts):
    """Options of summary."""

    all_tenants: bool | Unset = UNSET
    """Administrators - count every project's volumes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
    )


class ExtendOpts(Opts):
    """Options of extend."""

    new_size: int = REQUIRED
    """The new size in GiB (larger than the current one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("new_size", "new_size", t.INTEGER, required=True),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: (
        Literal[
            "creating",
            "available",
            "deleting",
            "error",
            "error_deleting",
            "error_managing",
            "managing",
            "attaching",
            "in-use",
            "detaching",
            "maintenance",
            "restoring-backup",
            "error_restoring",
            "reserved",
            "awaiting-transfer",
            "backing-up",
            "error_backing-up",
            "error_extending",
            "downloading",
            "uploading",
            "retyping",
            "extending",
        ]
        | None
        | Unset
    ) = UNSET
    """The new status (Cinder accepts these; deleting and error_deleting are refused unless the
    volume is in one of them already)."""

    attach_status: Literal["attached", "detached"] | None | Unset = UNSET
    """The new attach status."""

    migration_status: str | None | Unset = UNSET
    """The new migration status (or none)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status",
            "status",
            t.STRING,
            nullable=True,
            enum=(
                "creating",
                "available",
                "deleting",
                "error",
                "error_deleting",
                "error_managing",
                "managing",
                "attaching",
                "in-use",
                "detaching",
                "maintenance",
                "restoring-backup",
                "error_restoring",
                "reserved",
                "awaiting-transfer",
                "backing-up",
                "error_backing-up",
                "error_extending",
                "downloading",
                "uploading",
                "retyping",
                "extending",
            ),
        ),
        Param(
            "attach_status", "attach_status", t.STRING, nullable=True, enum=("attached", "detached")
        ),
        Param("migration_status", "migration_status", t.STRING, nullable=True),
    )


class SetBootableOpts(Opts):
    """Options of set_bootable."""

    bootable: bool = REQUIRED
    """Whether the volume can boot a server."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("bootable", "bootable", t.BOOLEAN, required=True),
    )


class UpdateReadonlyFlagOpts(Opts):
    """Options of update_readonly_flag."""

    readonly: bool = REQUIRED
    """Whether attachments are read-only."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("readonly", "readonly", t.BOOLEAN, required=True),
    )


class AttachOpts(Opts):
    """Options of attach."""

    instance_uuid: str | Unset = UNSET
    """The server the volume is attached to."""

    host_name: str | Unset = UNSET
    """The host it is attached to (when not a server)."""

    mountpoint: str = REQUIRED
    """The device path (/dev/vdc)."""

    mode: Literal["rw", "ro"] | Unset = UNSET
    """Read-write (default) or read-only."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("instance_uuid", "instance_uuid", t.STRING),
        Param("host_name", "host_name", t.STRING),
        Param("mountpoint", "mountpoint", t.STRING, required=True),
        Param("mode", "mode", t.STRING, enum=("rw", "ro")),
    )


class DetachOpts(Opts):
    """Options of detach."""

    attachment_id: str | None | Unset = UNSET
    """The attachment to end (needed with several)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("attachment_id", "attachment_id", t.STRING, nullable=True),
    )


class InitializeConnectionOpts(Opts):
    """Options of initialize_connection."""

    connector: dict[str, Any] = REQUIRED
    """The host's connector properties (initiator, ip, host, platform, os_type, multipath, ...)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("connector", "connector", t.map_of(t.ANY), required=True),
    )


class TerminateConnectionOpts(Opts):
    """Options of terminate_connection."""

    connector: dict[str, Any] | None = REQUIRED
    """The host's connector properties, as given to initialize_connection."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("connector", "connector", t.map_of(t.ANY), required=True, nullable=True),
    )


class UploadToImageOpts(Opts):
    """Options of upload_to_image."""

    image_name: str = REQUIRED
    """The new image's name."""

    force: bool | Unset = UNSET
    """Upload an in-use volume too (when the deployment allows it)."""

    disk_format: Literal["raw", "vmdk", "vdi", "qcow2", "vhd", "vhdx", "ploop"] | Unset = UNSET
    """The image's disk format (default raw)."""

    container_format: str | Unset = UNSET
    """The image's container format (default bare)."""

    visibility: Literal["community", "public", "private", "shared"] | Unset = UNSET
    """The image's visibility (default private)."""

    protected: bool | Unset = UNSET
    """Whether the image is protected (default false)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("image_name", "image_name", t.STRING, required=True),
        Param("force", "force", t.BOOLEAN),
        Param(
            "disk_format",
            "disk_format",
            t.STRING,
            enum=("raw", "vmdk", "vdi", "qcow2", "vhd", "vhdx", "ploop"),
        ),
        Param("container_format", "container_format", t.STRING),
        Param(
            "visibility",
            "visibility",
            t.STRING,
            enum=("community", "public", "private", "shared"),
            since="3.1",
        ),
        Param("protected", "protected", t.BOOLEAN, since="3.1"),
    )


class RetypeOpts(Opts):
    """Options of retype."""

    new_type: str = REQUIRED
    """The new volume type's name or ID."""

    migration_policy: Literal["on-demand", "never"] | None | Unset = UNSET
    """Whether a retype may migrate the volume to another backend (default never)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("new_type", "new_type", t.STRING, required=True),
        Param(
            "migration_policy",
            "migration_policy",
            t.STRING,
            nullable=True,
            enum=("on-demand", "never"),
        ),
    )


class MigrateOpts(Opts):
    """Options of migrate."""

    host: str | None | Unset = UNSET
    """The destination backend (host@backend#pool)."""

    cluster: str | None | Unset = UNSET
    """The destination cluster (instead of host)."""

    force_host_copy: bool | Unset = UNSET
    """Copy through the host rather than the driver's own migration."""

    lock_volume: bool | Unset = UNSET
    """Refuse other actions on the volume while it migrates."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, nullable=True),
        Param("cluster", "cluster", t.STRING, nullable=True, since="3.16"),
        Param("force_host_copy", "force_host_copy", t.BOOLEAN),
        Param("lock_volume", "lock_volume", t.BOOLEAN),
    )


class MigrateCompletionOpts(Opts):
    """Options of migrate_completion."""

    new_volume: str = REQUIRED
    """The ID of the migration's destination volume."""

    error: Any | None | Unset = UNSET
    """Whether the migration failed (true/false or a message)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("new_volume", "new_volume", t.STRING, required=True),
        Param("error", "error", t.ANY, nullable=True),
    )


class ExtendVolumeCompletionOpts(Opts):
    """Options of extend_volume_completion."""

    error: Any | None | Unset = UNSET
    """Whether the extension failed (true/false)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("error", "error", t.ANY, nullable=True),)


class ForceDetachOpts(Opts):
    """Options of force_detach."""

    attachment_id: str | None | Unset = UNSET
    """The attachment to end."""

    connector: dict[str, Any] | None | Unset = UNSET
    """The host's connector properties."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("attachment_id", "attachment_id", t.STRING, nullable=True),
        Param("connector", "connector", t.map_of(t.ANY), nullable=True),
    )


class RevertOpts(Opts):
    """Options of revert."""

    snapshot_id: str | None | Unset = UNSET
    """The volume's latest snapshot."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("snapshot_id", "snapshot_id", t.STRING, nullable=True),
    )


class ReimageOpts(Opts):
    """Options of reimage."""

    image_id: str = REQUIRED
    """The image to write (a UUID)."""

    reimage_reserved: bool | Unset = UNSET
    """Also reimage a reserved volume (default false)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("image_id", "image_id", t.STRING, required=True),
        Param("reimage_reserved", "reimage_reserved", t.BOOLEAN),
    )


class ManageOpts(Opts):
    """Options of manage. Also the options of os_volume_manage."""

    ref: Any = REQUIRED
    """The backend's reference, e.g. {"source-name": "lvol0"} (driver-specific)."""

    host: str | None | Unset = UNSET
    """The backend holding it (host@backend#pool)."""

    cluster: str | None | Unset = UNSET
    """The cluster holding it (instead of host)."""

    name: str | None | Unset = UNSET
    """The new volume's name."""

    description: str | None | Unset = UNSET
    """The new volume's description."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone."""

    volume_type: str | None | Unset = UNSET
    """The volume type (name or ID)."""

    bootable: bool | Unset = UNSET
    """Whether it is bootable."""

    metadata: dict[str, str] | None | Unset = UNSET
    """User metadata."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("ref", "ref", t.ANY, required=True),
        Param("host", "host", t.STRING, nullable=True),
        Param("cluster", "cluster", t.STRING, nullable=True, since="3.16"),
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("volume_type", "volume_type", t.STRING, nullable=True),
        Param("bootable", "bootable", t.BOOLEAN),
        Param("metadata", "metadata", t.map_of(t.STRING), nullable=True),
    )


class ListManageableOpts(Opts):
    """Options of list_manageable. Also the options of list_manageable_detail."""

    host: str | Unset = UNSET
    """The backend to look at."""

    cluster: str | Unset = UNSET
    """The cluster to look at (instead of host)."""

    sort_key: Literal["size", "reference"] | Unset = UNSET
    """Sort by size or reference (default)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    sort: str | Unset = UNSET
    """Keys with optional directions in one, e.g. "size:desc" (size or reference; not with
    sort_key/sort_dir)."""

    limit: int | Unset = UNSET
    """The most entries to return."""

    offset: int | Unset = UNSET
    """Skip this many first."""

    marker: str | Unset = UNSET
    """Start after this reference."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, location="query"),
        Param("cluster", "cluster", t.STRING, location="query", since="3.17"),
        Param("sort_key", "sort_key", t.STRING, location="query", enum=("size", "reference")),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("sort", "sort", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


ListDetailOpts = ListOpts
OsVolumeManageOpts = ManageOpts
ListManageableDetailOpts = ListManageableOpts

_LIST = Operation(
    "volumes.list",
    "GET",
    "/volumes",
    ok=(200, 203),
    response_key="volumes",
    paging=Paging("marker", next="volumes_links[rel=next].href"),
)
_GET = Operation(
    "volumes.get",
    "GET",
    "/volumes/{volume_id}",
    ok=(200, 203),
    response_key="volume",
)
_CREATE = Operation(
    "volumes.create",
    "POST",
    "/volumes",
    ok=(202,),
    request_kind="json",
    request_key="volume",
    response_key="volume",
)
_UPDATE = Operation(
    "volumes.update",
    "PUT",
    "/volumes/{volume_id}",
    ok=(200,),
    request_kind="json",
    request_key="volume",
    response_key="volume",
)
_DELETE = Operation(
    "volumes.delete",
    "DELETE",
    "/volumes/{volume_id}",
    ok=(202,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "volumes.list_detail",
    "GET",
    "/volumes/detail",
    ok=(200, 203),
    response_key="volumes",
    paging=Paging("marker", next="volumes_links[rel=next].href"),
)
_SUMMARY = Operation(
    "volumes.summary",
    "GET",
    "/volumes/summary",
    ok=(200,),
    response_key="volume-summary",
    since="3.12",
)
_EXTEND = Operation(
    "volumes.extend",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-extend",
    response_kind="empty",
)
_RESET_STATUS = Operation(
    "volumes.reset_status",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-reset_status",
    response_kind="empty",
)
_SET_BOOTABLE = Operation(
    "volumes.set_bootable",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-set_bootable",
    response_kind="empty",
)
_UPDATE_READONLY_FLAG = Operation(
    "volumes.update_readonly_flag",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-update_readonly_flag",
    response_kind="empty",
)
_ATTACH = Operation(
    "volumes.attach",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-attach",
    response_kind="empty",
)
_DETACH = Operation(
    "volumes.detach",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-detach",
    response_kind="empty",
)
_RESERVE = Operation(
    "volumes.reserve",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-reserve",
    response_kind="empty",
)
_UNRESERVE = Operation(
    "volumes.unreserve",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-unreserve",
    response_kind="empty",
)
_BEGIN_DETACHING = Operation(
    "volumes.begin_detaching",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-begin_detaching",
    response_kind="empty",
)
_ROLL_DETACHING = Operation(
    "volumes.roll_detaching",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-roll_detaching",
    response_kind="empty",
)
_INITIALIZE_CONNECTION = Operation(
    "volumes.initialize_connection",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-initialize_connection",
)
_TERMINATE_CONNECTION = Operation(
    "volumes.terminate_connection",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-terminate_connection",
    response_kind="empty",
)
_UPLOAD_TO_IMAGE = Operation(
    "volumes.upload_to_image",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-volume_upload_image",
    response_key="os-volume_upload_image",
)
_RETYPE = Operation(
    "volumes.retype",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-retype",
    response_kind="empty",
)
_MIGRATE = Operation(
    "volumes.migrate",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-migrate_volume",
    response_kind="empty",
)
_MIGRATE_COMPLETION = Operation(
    "volumes.migrate_completion",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-migrate_volume_completion",
)
_EXTEND_VOLUME_COMPLETION = Operation(
    "volumes.extend_volume_completion",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-extend_volume_completion",
    response_kind="empty",
)
_FORCE_DELETE = Operation(
    "volumes.force_delete",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-force_delete",
    response_kind="empty",
)
_FORCE_DETACH = Operation(
    "volumes.force_detach",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-force_detach",
    response_kind="empty",
)
_REVERT = Operation(
    "volumes.revert",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="revert",
    response_kind="empty",
    since="3.40",
)
_REIMAGE = Operation(
    "volumes.reimage",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-reimage",
    response_kind="empty",
    since="3.68",
)
_UNMANAGE = Operation(
    "volumes.unmanage",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-unmanage",
    response_kind="empty",
)
_MANAGE = Operation(
    "volumes.manage",
    "POST",
    "/manageable_volumes",
    ok=(202,),
    request_kind="json",
    request_key="volume",
    response_key="volume",
    since="3.8",
)
_OS_VOLUME_MANAGE = Operation(
    "volumes.os_volume_manage",
    "POST",
    "/os-volume-manage",
    ok=(202,),
    request_kind="json",
    request_key="volume",
    response_key="volume",
)
_LIST_MANAGEABLE = Operation(
    "volumes.list_manageable",
    "GET",
    "/manageable_volumes",
    ok=(200,),
    response_kind="list",
    response_key="manageable-volumes",
    since="3.8",
)
_LIST_MANAGEABLE_DETAIL = Operation(
    "volumes.list_manageable_detail",
    "GET",
    "/manageable_volumes/detail",
    ok=(200,),
    response_kind="list",
    response_key="manageable-volumes",
    since="3.8",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Volume]:
    """List volumes in brief (id, name, links). Non-administrators may filter only by the keys
    the deployment's resource_query_filters_file allows (others are a 400); administrators by
    any volume attribute."""
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
    """Show a volume with every attribute the microversion includes."""
    return client.call(
        _GET, {"volume_id": volume_id}, model=Volume, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Volume]:
    """Create a volume: empty (size), or from a snapshot, another volume, an image or (3.47) a
    backup. The answer is the new record, usually still "creating"; wait_for_status(client,
    id, "available")."""
    return client.call(
        _CREATE, None, model=Volume, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    volume_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Volume]:
    """Change a volume's name, description or metadata (metadata replaces the whole map); since
    3.53 at least one must be given."""
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
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a volume (not while attached or migrating, nor while it has snapshots unless
    cascade). Deletion is asynchronous: wait_for_delete."""
    return client.call(
        _DELETE, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Volume]:
    """List volumes with every attribute (the same filters and paging as list)."""
    return client.pager(
        _LIST_DETAIL, None, model=Volume, opts=opts, microversion=microversion, timeout=timeout
    )


def summary(
    client: ServiceClient,
    opts: SummaryOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeSummary]:
    """The number and total size of the caller's volumes (3.12) and, since 3.36, their distinct
    metadata."""
    return client.call(
        _SUMMARY, None, model=VolumeSummary, opts=opts, microversion=microversion, timeout=timeout
    )


def extend(
    client: ServiceClient,
    volume_id: str,
    opts: ExtendOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grow the volume to new_size GiB (available volumes; in-use ones since 3.42 when the
    backend supports it). The volume becomes "extending"."""
    return client.call(
        _EXTEND, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def reset_status(
    client: ServiceClient,
    volume_id: str,
    opts: ResetStatusOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set the volume's status, attach status or migration status in the database without
    touching the backend (administrators). At least one is needed."""
    return client.call(
        _RESET_STATUS,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def set_bootable(
    client: ServiceClient,
    volume_id: str,
    opts: SetBootableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Mark the volume bootable or not (200, no body)."""
    return client.call(
        _SET_BOOTABLE,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_readonly_flag(
    client: ServiceClient,
    volume_id: str,
    opts: UpdateReadonlyFlagOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Make the volume read-only for later attachments (or writable again)."""
    return client.call(
        _UPDATE_READONLY_FLAG,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def attach(
    client: ServiceClient,
    volume_id: str,
    opts: AttachOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Record an attachment to a server or host (bookkeeping for Nova and other consumers; the
    connection is made with initialize_connection). Needs instance_uuid or host_name."""
    return client.call(
        _ATTACH, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def detach(
    client: ServiceClient,
    volume_id: str,
    opts: DetachOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Record that an attachment ended (bookkeeping; see attach)."""
    return client.call(
        _DETACH, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def reserve(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Mark an available volume "attaching" so nothing else takes it."""
    return client.call(
        _RESERVE, {"volume_id": volume_id}, microversion=microversion, timeout=timeout
    )


def unreserve(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Undo reserve (the volume goes back to available)."""
    return client.call(
        _UNRESERVE, {"volume_id": volume_id}, microversion=microversion, timeout=timeout
    )


def begin_detaching(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Mark an in-use volume "detaching"."""
    return client.call(
        _BEGIN_DETACHING, {"volume_id": volume_id}, microversion=microversion, timeout=timeout
    )


def roll_detaching(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Undo begin_detaching (the volume goes back to in-use)."""
    return client.call(
        _ROLL_DETACHING, {"volume_id": volume_id}, microversion=microversion, timeout=timeout
    )


def initialize_connection(
    client: ServiceClient,
    volume_id: str,
    opts: InitializeConnectionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Ask the backend how a host connects to the volume (needs the volume service). Returns
    {"connection_info": {...}} as decoded JSON."""
    return client.call(
        _INITIALIZE_CONNECTION,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def terminate_connection(
    client: ServiceClient,
    volume_id: str,
    opts: TerminateConnectionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Tell the backend a host no longer connects to the volume (needs the volume service)."""
    return client.call(
        _TERMINATE_CONNECTION,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def upload_to_image(
    client: ServiceClient,
    volume_id: str,
    opts: UploadToImageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ImageUpload]:
    """Copy the volume into a new image (needs the volume service); the volume becomes
    "uploading". force allows an in-use volume."""
    return client.call(
        _UPLOAD_TO_IMAGE,
        {"volume_id": volume_id},
        model=ImageUpload,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def retype(
    client: ServiceClient,
    volume_id: str,
    opts: RetypeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Change the volume's type, migrating it when needed and allowed."""
    return client.call(
        _RETYPE, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def migrate(
    client: ServiceClient,
    volume_id: str,
    opts: MigrateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Move the volume to another backend (administrators). host is required before 3.16; since
    3.16 a cluster may be named instead."""
    return client.call(
        _MIGRATE, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def migrate_completion(
    client: ServiceClient,
    volume_id: str,
    opts: MigrateCompletionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Finish a migration by swapping in the new volume (called by Nova or the volume service).
    Returns {"save_volume_id": ...} as decoded JSON."""
    return client.call(
        _MIGRATE_COMPLETION,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extend_volume_completion(
    client: ServiceClient,
    volume_id: str,
    opts: ExtendVolumeCompletionOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Tell Cinder that Nova finished (or failed) extending an in-use volume on its host (called
    by Nova; completes an extend of 3.71 and later)."""
    return client.call(
        _EXTEND_VOLUME_COMPLETION,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def force_delete(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the volume whatever its state (administrators)."""
    return client.call(
        _FORCE_DELETE, {"volume_id": volume_id}, microversion=microversion, timeout=timeout
    )


def force_detach(
    client: ServiceClient,
    volume_id: str,
    opts: ForceDetachOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """End an attachment whatever the volume's state (administrators; needs the volume service)."""
    return client.call(
        _FORCE_DETACH,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def revert(
    client: ServiceClient,
    volume_id: str,
    opts: RevertOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revert the volume to its latest snapshot (3.40); the volume must be available and the
    snapshot the newest one."""
    return client.call(
        _REVERT, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def reimage(
    client: ServiceClient,
    volume_id: str,
    opts: ReimageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Write an image over the volume (3.68; available or, with reimage_reserved, reserved
    volumes)."""
    return client.call(
        _REIMAGE, {"volume_id": volume_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def unmanage(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove the volume from Cinder without deleting it on the backend (administrators)."""
    return client.call(
        _UNMANAGE, {"volume_id": volume_id}, microversion=microversion, timeout=timeout
    )


def manage(
    client: ServiceClient,
    opts: ManageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Volume]:
    """Bring an existing backend volume under Cinder (administrators). The new record starts
    "creating" (internally "managing"). Uses the 3.8+ /manageable_volumes path;
    os_volume_manage is the older one."""
    return client.call(
        _MANAGE, None, model=Volume, opts=opts, microversion=microversion, timeout=timeout
    )


def os_volume_manage(
    client: ServiceClient,
    opts: OsVolumeManageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Volume]:
    """Bring an existing backend volume under Cinder through the older os-volume-manage path."""
    return client.call(
        _OS_VOLUME_MANAGE, None, model=Volume, opts=opts, microversion=microversion, timeout=timeout
    )


def list_manageable(
    client: ServiceClient,
    opts: ListManageableOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[ManageableVolume]]:
    """The volumes on a backend Cinder could manage (3.8; administrators); host or (3.17) cluster
    is required."""
    return client.call(
        _LIST_MANAGEABLE,
        None,
        model=ManageableVolume,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_manageable_detail(
    client: ServiceClient,
    opts: ListManageableDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[ManageableVolume]]:
    """As list_manageable, with reason_not_safe, cinder_id and extra_info."""
    return client.call(
        _LIST_MANAGEABLE_DETAIL,
        None,
        model=ManageableVolume,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
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
    errors.WaitFailed when it becomes error or error_extending or error_restoring."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"volume_id": volume_id},
        model=Volume,
        field="status",
        wanted=status,
        failures=("error", "error_extending", "error_restoring"),
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
    """Poll get until the Volume is gone (404, or status deleted). Raises errors.WaitTimeout
    after ``timeout`` seconds, errors.WaitFailed when it becomes error_deleting or
    error_unmanaging."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"volume_id": volume_id},
        model=Volume,
        field="status",
        deleted=("deleted",),
        failures=("error_deleting", "error_unmanaging"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_volumes(page: Page[Any]) -> builtins.list[Volume]:
    """The Volume items of a page (or of ``all_pages()``)."""
    return page.extract_as(Volume)
