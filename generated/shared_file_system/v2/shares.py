# Generated from shared-file-system/v2/shares.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A shared file system (NFS, CIFS, CephFS, ...). Manila creates it asynchronously: the record
starts in "creating" and the scheduler and a share service make it "available". The summary
listing (list) carries only id, name and links; list_detail, get, create and update carry
everything the microversion includes (administrators also see host and share_server_id).
State-changing actions are sent to /shares/{share_id}/action as {"<action>": {...}}; before
2.7 their names carried an "os-" prefix (os-extend, os-allow_access, ...), which these specs
do not describe."""

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
from stacksdk.shared_file_system.v2.share_access_rules import ShareAccessRule


class Share(Model):
    """A shared file system (NFS, CIFS, CephFS, ...). Manila creates it asynchronously: the
    record starts in "creating" and the scheduler and a share service make it "available". The
    summary listing (list) carries only id, name and links; list_detail, get, create and
    update carry everything the microversion includes (administrators also see host and
    share_server_id). State-changing actions are sent to /shares/{share_id}/action as
    {"<action>": {...}}; before 2.7 their names carried an "os-" prefix (os-extend,
    os-allow_access, ...), which these specs do not describe."""

    id: str
    """The share's ID (a UUID)."""

    name: str | None | Unset = UNSET
    """The display name (None when unset; update takes display_name)."""

    description: str | None | Unset = UNSET
    """Free-form text (None when unset; update takes display_description)."""

    size: int | Unset = UNSET
    """The size in GiB."""

    share_proto: str | Unset = UNSET
    """The protocol (NFS, CIFS, GLUSTERFS, HDFS, CEPHFS, MAPRFS); any case on create."""

    status: (
        Literal[
            "creating",
            "creating_from_snapshot",
            "deleting",
            "deferred_deleting",
            "deleted",
            "error",
            "error_deleting",
            "error_deferred_deleting",
            "available",
            "inactive",
            "manage_starting",
            "manage_error",
            "unmanage_starting",
            "manage_error_unmanage_starting",
            "unmanage_error",
            "unmanaged",
            "extending",
            "extending_error",
            "shrinking",
            "shrinking_error",
            "shrinking_possible_data_loss_error",
            "migrating",
            "migrating_to",
            "replication_change",
            "restoring",
            "reverting",
            "reverting_to_snapshot",
            "reverting_error",
            "awaiting_transfer",
            "backup_creating",
            "backup_restoring",
            "backup_restoring_error",
            "ensuring",
        ]
        | Unset
    ) = UNSET
    """Where the share is in its life cycle (before 2.54 creating_from_snapshot shows as
    creating)."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone (create - a zone name or ID; default - the scheduler picks)."""

    snapshot_id: str | None | Unset = UNSET
    """The snapshot the share was created from (create - make it from this snapshot)."""

    share_network_id: str | None | Unset = UNSET
    """The share network (required on create by backends that handle share servers)."""

    share_type: str | None | Unset = UNSET
    """The share type's ID in responses (its name before 2.6). Create takes a type name or ID;
    without one the default type is used."""

    share_type_name: str | None | Unset = UNSET
    """The share type's name."""

    volume_type: str | None | Unset = UNSET
    """The share type's name (a legacy alias; create takes share_type)."""

    share_group_id: str | None | Unset = UNSET
    """The share group the share belongs to (create - put it in this group)."""

    source_share_group_snapshot_member_id: str | None | Unset = UNSET
    """The share group snapshot member the share was created from."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings); change it with shares_metadata."""

    is_public: bool | Unset = UNSET
    """Whether every project can see the share."""

    project_id: str | Unset = UNSET
    """The project owning the share."""

    user_id: str | Unset = UNSET
    """The user who created the share."""

    host: str | None | Unset = UNSET
    """The backend (host@backend#pool) serving the share; administrators only."""

    share_server_id: str | None | Unset = UNSET
    """The share server hosting the share; administrators only."""

    export_location: str | None | Unset = UNSET
    """The first export path (before 2.9; later, see shares_export_locations)."""

    export_locations: builtins.list[str] | Unset = UNSET
    """Every export path (before 2.9; later, see shares_export_locations)."""

    snapshot_support: bool | None | Unset = UNSET
    """Whether snapshots of the share can be taken."""

    task_state: str | None | Unset = UNSET
    """The state of a running task such as a migration (None when there is none)."""

    access_rules_status: str | Unset = UNSET
    """Whether the access rules are applied on the backend (active, error, syncing; out_of_sync
    before 2.28 instead of syncing)."""

    replication_type: str | None | Unset = UNSET
    """The replication type of the share's type (writable, readable, dr), or None."""

    has_replicas: bool | Unset = UNSET
    """Whether the share has replicas."""

    create_share_from_snapshot_support: bool | None | Unset = UNSET
    """Whether new shares can be made from snapshots of this share."""

    revert_to_snapshot_support: bool | None | Unset = UNSET
    """Whether the share can be reverted to its latest snapshot."""

    mount_snapshot_support: bool | None | Unset = UNSET
    """Whether snapshots of the share can be mounted."""

    progress: str | None | Unset = UNSET
    """How far the creation is ("0%" to "100%")."""

    is_soft_deleted: bool | Unset = UNSET
    """Whether the share is in the recycle bin."""

    scheduled_to_be_deleted_at: datetime.datetime | None | Unset = UNSET
    """When a share in the recycle bin is deleted for good."""

    source_backup_id: str | None | Unset = UNSET
    """The backup the share was restored from."""

    encryption_key_ref: str | None | Unset = UNSET
    """The key manager reference of the key encrypting the share."""

    snapshot_inherit_share_access_support: bool | None | Unset = UNSET
    """Whether snapshots take over the share's access rules."""

    mount_point_name: str | None | Unset = UNSET
    """A custom mount point name prefix (create; backends that support it)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the share was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the share last changed."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("share_proto", "share_proto", t.STRING),
        Field("status", "status", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("snapshot_id", "snapshot_id", t.STRING),
        Field("share_network_id", "share_network_id", t.STRING),
        Field("share_type", "share_type", t.STRING),
        Field("share_type_name", "share_type_name", t.STRING, since="2.6"),
        Field("volume_type", "volume_type", t.STRING),
        Field("share_group_id", "share_group_id", t.STRING, since="2.31"),
        Field(
            "source_share_group_snapshot_member_id",
            "source_share_group_snapshot_member_id",
            t.STRING,
            since="2.31",
        ),
        Field("metadata", "metadata", t.map_of(t.STRING)),
        Field("is_public", "is_public", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("user_id", "user_id", t.STRING, since="2.16"),
        Field("host", "host", t.STRING),
        Field("share_server_id", "share_server_id", t.STRING),
        Field("export_location", "export_location", t.STRING, until="2.8"),
        Field("export_locations", "export_locations", t.list_of(t.STRING), until="2.8"),
        Field("snapshot_support", "snapshot_support", t.BOOLEAN, since="2.2"),
        Field("task_state", "task_state", t.STRING, since="2.5"),
        Field("access_rules_status", "access_rules_status", t.STRING, since="2.10"),
        Field("replication_type", "replication_type", t.STRING, since="2.11"),
        Field("has_replicas", "has_replicas", t.BOOLEAN, since="2.11"),
        Field(
            "create_share_from_snapshot_support",
            "create_share_from_snapshot_support",
            t.BOOLEAN,
            since="2.24",
        ),
        Field("revert_to_snapshot_support", "revert_to_snapshot_support", t.BOOLEAN, since="2.27"),
        Field("mount_snapshot_support", "mount_snapshot_support", t.BOOLEAN, since="2.32"),
        Field("progress", "progress", t.STRING, since="2.54"),
        Field("is_soft_deleted", "is_soft_deleted", t.BOOLEAN, since="2.69"),
        Field("scheduled_to_be_deleted_at", "scheduled_to_be_deleted_at", t.DATETIME, since="2.69"),
        Field("source_backup_id", "source_backup_id", t.STRING, since="2.80"),
        Field("encryption_key_ref", "encryption_key_ref", t.STRING, since="2.90"),
        Field(
            "snapshot_inherit_share_access_support",
            "snapshot_inherit_share_access_support",
            t.BOOLEAN,
            since="2.99",
        ),
        Field("mount_point_name", "mount_point_name", t.STRING, since="2.84"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    name: str | Unset = UNSET
    """Exact display name."""

    name_like: str | Unset = UNSET
    """A part of the display name."""

    description: str | Unset = UNSET
    """Exact description."""

    description_like: str | Unset = UNSET
    """A part of the description."""

    status: str | Unset = UNSET

    share_type_id: str | Unset = UNSET

    snapshot_id: str | Unset = UNSET

    share_network_id: str | Unset = UNSET

    share_server_id: str | Unset = UNSET
    """Administrators only."""

    share_group_id: str | Unset = UNSET

    host: str | Unset = UNSET
    """Administrators only."""

    availability_zone: str | Unset = UNSET

    is_public: bool | Unset = UNSET
    """Include public shares of other projects."""

    all_tenants: bool | Unset = UNSET
    """Every project's shares (administrators)."""

    project_id: str | Unset = UNSET
    """One project's shares (administrators, with all_tenants)."""

    export_location_id: str | Unset = UNSET

    export_location_path: str | Unset = UNSET

    is_soft_deleted: bool | Unset = UNSET
    """List the shares in the recycle bin."""

    metadata: str | Unset = UNSET
    """A Python dict literal of metadata to match, e.g. "{'k': 'v'}"."""

    extra_specs: str | Unset = UNSET
    """A Python dict literal of share type extra specs to match."""

    with_count: bool | Unset = UNSET
    """Add the number of matches (each page's total)."""

    sort_key: str | Unset = UNSET
    """A field to sort by (default created_at)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("name_like", "name~", t.STRING, location="query", since="2.36"),
        Param("description", "description", t.STRING, location="query", since="2.36"),
        Param("description_like", "description~", t.STRING, location="query", since="2.36"),
        Param("status", "status", t.STRING, location="query"),
        Param("share_type_id", "share_type_id", t.STRING, location="query"),
        Param("snapshot_id", "snapshot_id", t.STRING, location="query"),
        Param("share_network_id", "share_network_id", t.STRING, location="query"),
        Param("share_server_id", "share_server_id", t.STRING, location="query"),
        Param("share_group_id", "share_group_id", t.STRING, location="query", since="2.31"),
        Param("host", "host", t.STRING, location="query"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("is_public", "is_public", t.BOOLEAN, location="query"),
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("export_location_id", "export_location_id", t.STRING, location="query", since="2.35"),
        Param(
            "export_location_path", "export_location_path", t.STRING, location="query", since="2.35"
        ),
        Param("is_soft_deleted", "is_soft_deleted", t.BOOLEAN, location="query", since="2.69"),
        Param("metadata", "metadata", t.STRING, location="query"),
        Param("extra_specs", "extra_specs", t.STRING, location="query"),
        Param("with_count", "with_count", t.BOOLEAN, location="query", since="2.42"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The display name (None when unset; update takes display_name)."""

    description: str | None | Unset = UNSET
    """Free-form text (None when unset; update takes display_description)."""

    size: int = REQUIRED
    """The size in GiB."""

    share_proto: str = REQUIRED
    """The protocol (NFS, CIFS, GLUSTERFS, HDFS, CEPHFS, MAPRFS); any case on create."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone (create - a zone name or ID; default - the scheduler picks)."""

    snapshot_id: str | None | Unset = UNSET
    """The snapshot the share was created from (create - make it from this snapshot)."""

    share_network_id: str | None | Unset = UNSET
    """The share network (required on create by backends that handle share servers)."""

    share_type: str | None | Unset = UNSET
    """The share type's ID in responses (its name before 2.6). Create takes a type name or ID;
    without one the default type is used."""

    share_group_id: str | None | Unset = UNSET
    """The share group the share belongs to (create - put it in this group)."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings); change it with shares_metadata."""

    is_public: bool | Unset = UNSET
    """Whether every project can see the share."""

    encryption_key_ref: str | None | Unset = UNSET
    """The key manager reference of the key encrypting the share."""

    mount_point_name: str | None | Unset = UNSET
    """A custom mount point name prefix (create; backends that support it)."""

    scheduler_hints: dict[str, str] | Unset = UNSET
    """same_host / different_host (comma separated share IDs), only_host (administrators, 2.67)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("size", "size", t.INTEGER, required=True),
        Param("share_proto", "share_proto", t.STRING, required=True),
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("snapshot_id", "snapshot_id", t.STRING, nullable=True),
        Param("share_network_id", "share_network_id", t.STRING, nullable=True),
        Param("share_type", "share_type", t.STRING, nullable=True),
        Param("share_group_id", "share_group_id", t.STRING, nullable=True, since="2.31"),
        Param("metadata", "metadata", t.map_of(t.STRING)),
        Param("is_public", "is_public", t.BOOLEAN),
        Param("encryption_key_ref", "encryption_key_ref", t.STRING, nullable=True, since="2.90"),
        Param("mount_point_name", "mount_point_name", t.STRING, nullable=True, since="2.84"),
        Param("scheduler_hints", "scheduler_hints", t.map_of(t.STRING), since="2.65"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    is_public: bool | Unset = UNSET
    """Whether every project can see the share."""

    display_name: str | None | Unset = UNSET
    """The new display name."""

    display_description: str | None | Unset = UNSET
    """The new description."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("is_public", "is_public", t.BOOLEAN),
        Param("display_name", "display_name", t.STRING, nullable=True),
        Param("display_description", "display_description", t.STRING, nullable=True),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    share_group_id: str | Unset = UNSET
    """The share's group (required to delete a share of a group)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("share_group_id", "share_group_id", t.STRING, location="query"),
    )


class ManageOpts(Opts):
    """Options of manage."""

    protocol: str = REQUIRED
    """The share's protocol."""

    export_path: str = REQUIRED
    """The existing export path on the backend."""

    service_host: str = REQUIRED
    """The host@backend#pool that has it."""

    share_type: str | Unset = UNSET
    """A share type name or ID."""

    name: str | Unset = UNSET

    description: str | Unset = UNSET

    is_public: bool | Unset = UNSET

    driver_options: dict[str, Any] | Unset = UNSET
    """Backend-specific options."""

    share_server_id: str | Unset = UNSET
    """The share server (backends that handle share servers)."""

    mount_point_name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("protocol", "protocol", t.STRING, required=True),
        Param("export_path", "export_path", t.STRING, required=True),
        Param("service_host", "service_host", t.STRING, required=True),
        Param("share_type", "share_type", t.STRING),
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("is_public", "is_public", t.BOOLEAN),
        Param("driver_options", "driver_options", t.map_of(t.ANY)),
        Param("share_server_id", "share_server_id", t.STRING, since="2.49"),
        Param("mount_point_name", "mount_point_name", t.STRING, since="2.84"),
    )


class ExtendOpts(Opts):
    """Options of extend."""

    new_size: int = REQUIRED
    """The new size in GiB (larger than now)."""

    force: bool | Unset = UNSET
    """Skip the scheduler's capacity check (administrators)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("new_size", "new_size", t.INTEGER, required=True),
        Param("force", "force", t.BOOLEAN, since="2.64"),
    )


class ShrinkOpts(Opts):
    """Options of shrink."""

    new_size: int = REQUIRED
    """The new size in GiB (smaller than now, not below the data)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("new_size", "new_size", t.INTEGER, required=True),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: str = REQUIRED
    """The state to force (administrators)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("status", "status", t.STRING, required=True),)


class ResetTaskStateOpts(Opts):
    """Options of reset_task_state."""

    task_state: str | None = REQUIRED
    """The task state to force (administrators)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("task_state", "task_state", t.STRING, required=True, nullable=True),
    )


class RevertOpts(Opts):
    """Options of revert."""

    snapshot_id: str = REQUIRED
    """The share's latest snapshot."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("snapshot_id", "snapshot_id", t.STRING, required=True),
    )


class AllowAccessOpts(Opts):
    """Options of allow_access."""

    access_type: Literal["ip", "user", "cert", "cephx"] = REQUIRED
    """How access_to is read."""

    access_to: str = REQUIRED
    """An IP or CIDR, a user or group, a TLS identity or a cephx id."""

    access_level: Literal["rw", "ro"] | Unset = UNSET
    """Read-write (default) or read-only."""

    metadata: dict[str, str] | Unset = UNSET

    lock_visibility: bool | Unset = UNSET
    """Hide access_to and access_key from other users."""

    lock_deletion: bool | Unset = UNSET
    """Refuse deny_access until the lock is removed."""

    lock_reason: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "access_type",
            "access_type",
            t.STRING,
            required=True,
            enum=("ip", "user", "cert", "cephx"),
        ),
        Param("access_to", "access_to", t.STRING, required=True),
        Param("access_level", "access_level", t.STRING, enum=("rw", "ro")),
        Param("metadata", "metadata", t.map_of(t.STRING), since="2.45"),
        Param("lock_visibility", "lock_visibility", t.BOOLEAN, since="2.82"),
        Param("lock_deletion", "lock_deletion", t.BOOLEAN, since="2.82"),
        Param("lock_reason", "lock_reason", t.STRING, since="2.82"),
    )


class DenyAccessOpts(Opts):
    """Options of deny_access."""

    access_id: str = REQUIRED
    """The rule to remove."""

    unrestrict: bool | Unset = UNSET
    """Remove the rule's deletion lock first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("access_id", "access_id", t.STRING, required=True),
        Param("unrestrict", "unrestrict", t.BOOLEAN, since="2.82"),
    )


class MigrationStartOpts(Opts):
    """Options of migration_start."""

    host: str = REQUIRED
    """The destination host@backend#pool."""

    force_host_assisted_migration: bool | Unset = UNSET

    preserve_metadata: bool = REQUIRED

    preserve_snapshots: bool = REQUIRED

    writable: bool = REQUIRED

    nondisruptive: bool = REQUIRED

    new_share_network_id: str | None | Unset = UNSET

    new_share_type_id: str | None | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("force_host_assisted_migration", "force_host_assisted_migration", t.BOOLEAN),
        Param("preserve_metadata", "preserve_metadata", t.BOOLEAN, required=True),
        Param("preserve_snapshots", "preserve_snapshots", t.BOOLEAN, required=True),
        Param("writable", "writable", t.BOOLEAN, required=True),
        Param("nondisruptive", "nondisruptive", t.BOOLEAN, required=True),
        Param("new_share_network_id", "new_share_network_id", t.STRING, nullable=True),
        Param("new_share_type_id", "new_share_type_id", t.STRING, nullable=True),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "shares.list",
    "GET",
    "/shares",
    ok=(200, 203),
    response_key="shares",
    paging=Paging("offset", complete_without_limit=True, count="count"),
)
_GET = Operation(
    "shares.get",
    "GET",
    "/shares/{share_id}",
    ok=(200, 203),
    response_key="share",
)
_CREATE = Operation(
    "shares.create",
    "POST",
    "/shares",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="share",
    response_key="share",
)
_UPDATE = Operation(
    "shares.update",
    "PUT",
    "/shares/{share_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="share",
    response_key="share",
)
_DELETE = Operation(
    "shares.delete",
    "DELETE",
    "/shares/{share_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "shares.list_detail",
    "GET",
    "/shares/detail",
    ok=(200, 203),
    response_key="shares",
    paging=Paging("offset", complete_without_limit=True, count="count"),
)
_MANAGE = Operation(
    "shares.manage",
    "POST",
    "/shares/manage",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="share",
    response_key="share",
    since="2.7",
)
_UNMANAGE = Operation(
    "shares.unmanage",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="unmanage",
    response_kind="empty",
    since="2.7",
)
_EXTEND = Operation(
    "shares.extend",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="extend",
    response_kind="empty",
    since="2.7",
)
_SHRINK = Operation(
    "shares.shrink",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="shrink",
    response_kind="empty",
    since="2.7",
)
_RESET_STATUS = Operation(
    "shares.reset_status",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset_status",
    response_kind="empty",
    since="2.7",
)
_RESET_TASK_STATE = Operation(
    "shares.reset_task_state",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset_task_state",
    response_kind="empty",
    since="2.22",
)
_FORCE_DELETE = Operation(
    "shares.force_delete",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="force_delete",
    response_kind="empty",
    since="2.7",
)
_SOFT_DELETE = Operation(
    "shares.soft_delete",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="soft_delete",
    response_kind="empty",
    since="2.69",
)
_RESTORE = Operation(
    "shares.restore",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="restore",
    response_kind="empty",
    since="2.69",
)
_REVERT = Operation(
    "shares.revert",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="revert",
    response_kind="empty",
    since="2.27",
)
_ALLOW_ACCESS = Operation(
    "shares.allow_access",
    "POST",
    "/shares/{share_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="allow_access",
    response_key="access",
    since="2.7",
)
_DENY_ACCESS = Operation(
    "shares.deny_access",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="deny_access",
    response_kind="empty",
    since="2.7",
)
_ACCESS_LIST = Operation(
    "shares.access_list",
    "POST",
    "/shares/{share_id}/action",
    ok=(200, 201, 202),
    request_kind="json-null",
    request_key="access_list",
    idempotent=True,
    response_kind="list",
    response_key="access_list",
    since="2.7",
    until="2.44",
)
_MIGRATION_START = Operation(
    "shares.migration_start",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="migration_start",
    response_kind="empty",
    since="2.29",
)
_MIGRATION_COMPLETE = Operation(
    "shares.migration_complete",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="migration_complete",
    response_kind="empty",
    since="2.22",
)
_MIGRATION_CANCEL = Operation(
    "shares.migration_cancel",
    "POST",
    "/shares/{share_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="migration_cancel",
    response_kind="empty",
    since="2.22",
)
_MIGRATION_GET_PROGRESS = Operation(
    "shares.migration_get_progress",
    "POST",
    "/shares/{share_id}/action",
    ok=(200, 201, 202),
    request_kind="json-null",
    request_key="migration_get_progress",
    idempotent=True,
    since="2.22",
    until="2.97",
)
_MIGRATION_PROGRESS = Operation(
    "shares.migration_progress",
    "GET",
    "/shares/{share_id}/migration_progress",
    ok=(200, 203),
    since="2.98",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Share]:
    """List shares."""
    return client.pager(
        _LIST, None, model=Share, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Share]:
    """Get a share."""
    return client.call(
        _GET, {"share_id": share_id}, model=Share, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Share]:
    """Create a share."""
    return client.call(
        _CREATE, None, model=Share, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    share_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Share]:
    """Update a share."""
    return client.call(
        _UPDATE,
        {"share_id": share_id},
        model=Share,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    share_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a share."""
    return client.call(
        _DELETE, {"share_id": share_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Share]:
    """List detail."""
    return client.pager(
        _LIST_DETAIL, None, model=Share, opts=opts, microversion=microversion, timeout=timeout
    )


def manage(
    client: ServiceClient,
    opts: ManageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Share]:
    """Bring a share that exists on a backend under Manila's management (administrators)."""
    return client.call(
        _MANAGE, None, model=Share, opts=opts, microversion=microversion, timeout=timeout
    )


def unmanage(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Stop managing the share, leaving it on the backend (administrators)."""
    return client.call(
        _UNMANAGE, {"share_id": share_id}, microversion=microversion, timeout=timeout
    )


def extend(
    client: ServiceClient,
    share_id: str,
    opts: ExtendOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Extend."""
    return client.call(
        _EXTEND, {"share_id": share_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def shrink(
    client: ServiceClient,
    share_id: str,
    opts: ShrinkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Shrink."""
    return client.call(
        _SHRINK, {"share_id": share_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def reset_status(
    client: ServiceClient,
    share_id: str,
    opts: ResetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset status."""
    return client.call(
        _RESET_STATUS, {"share_id": share_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def reset_task_state(
    client: ServiceClient,
    share_id: str,
    opts: ResetTaskStateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset task state."""
    return client.call(
        _RESET_TASK_STATE,
        {"share_id": share_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def force_delete(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete whatever the share's state (administrators)."""
    return client.call(
        _FORCE_DELETE, {"share_id": share_id}, microversion=microversion, timeout=timeout
    )


def soft_delete(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Move the share to the recycle bin."""
    return client.call(
        _SOFT_DELETE, {"share_id": share_id}, microversion=microversion, timeout=timeout
    )


def restore(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Take the share back out of the recycle bin."""
    return client.call(_RESTORE, {"share_id": share_id}, microversion=microversion, timeout=timeout)


def revert(
    client: ServiceClient,
    share_id: str,
    opts: RevertOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revert."""
    return client.call(
        _REVERT, {"share_id": share_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def allow_access(
    client: ServiceClient,
    share_id: str,
    opts: AllowAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareAccessRule]:
    """Allow access."""
    return client.call(
        _ALLOW_ACCESS,
        {"share_id": share_id},
        model=ShareAccessRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def deny_access(
    client: ServiceClient,
    share_id: str,
    opts: DenyAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deny access."""
    return client.call(
        _DENY_ACCESS, {"share_id": share_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def access_list(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[ShareAccessRule]]:
    """The share's access rules (2.45 and later - share_access_rules.list)."""
    return client.call(
        _ACCESS_LIST,
        {"share_id": share_id},
        model=ShareAccessRule,
        microversion=microversion,
        timeout=timeout,
    )


def migration_start(
    client: ServiceClient,
    share_id: str,
    opts: MigrationStartOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Move the share to another backend (administrators; experimental before 2.96)."""
    return client.call(
        _MIGRATION_START,
        {"share_id": share_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def migration_complete(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Migration complete."""
    return client.call(
        _MIGRATION_COMPLETE, {"share_id": share_id}, microversion=microversion, timeout=timeout
    )


def migration_cancel(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Migration cancel."""
    return client.call(
        _MIGRATION_CANCEL, {"share_id": share_id}, microversion=microversion, timeout=timeout
    )


def migration_get_progress(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """{"task_state": ..., "total_progress": 0-100} (2.98 and later - migration_progress)."""
    return client.call(
        _MIGRATION_GET_PROGRESS, {"share_id": share_id}, microversion=microversion, timeout=timeout
    )


def migration_progress(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """{"task_state": ..., "total_progress": 0-100}."""
    return client.call(
        _MIGRATION_PROGRESS, {"share_id": share_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Share:
    """The one Share whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Share,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    share_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Share], None] | None = None,
) -> Share:
    """Poll get until the Share's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error or manage_error or extending_error or
    shrinking_error or shrinking_possible_data_loss_error or reverting_error or unmanage_error
    or backup_restoring_error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"share_id": share_id},
        model=Share,
        field="status",
        wanted=status,
        failures=(
            "error",
            "manage_error",
            "extending_error",
            "shrinking_error",
            "shrinking_possible_data_loss_error",
            "reverting_error",
            "unmanage_error",
            "backup_restoring_error",
        ),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    share_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Share], None] | None = None,
) -> None:
    """Poll get until the Share is gone (404, or status deleted). Raises errors.WaitTimeout after
    ``timeout`` seconds, errors.WaitFailed when it becomes error_deleting or
    error_deferred_deleting."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"share_id": share_id},
        model=Share,
        field="status",
        deleted=("deleted",),
        failures=("error_deleting", "error_deferred_deleting"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_shares(page: Page[Any]) -> builtins.list[Share]:
    """The Share items of a page (or of ``all_pages()``)."""
    return page.extract_as(Share)
