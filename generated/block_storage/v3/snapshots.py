# Generated from block-storage/v3/snapshots.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A point-in-time copy of a volume, made by the volume's backend (so it needs the volume
service: without one a snapshot stays "creating"). New volumes can be created from a snapshot,
and a volume can be reverted to its latest one. The metadata sub-API and the admin actions are
functions of this module too."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import MetadataItem as _MetadataItem


class SnapshotMetadata(Model):
    """A snapshot's metadata, as {"metadata": {...}}."""

    metadata: dict[str, str] | Unset = UNSET
    """The metadata, key to value."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("metadata", "metadata", t.map_of(t.STRING)),)


SnapshotMetadataItem = _MetadataItem


class ManageableSnapshot(Model):
    """A snapshot on a backend that Cinder could take over (manage)."""

    reference: dict[str, Any] | Unset = UNSET
    """How the backend names it, e.g. {"source-name": "lvol0"}."""

    source_reference: dict[str, Any] | Unset = UNSET
    """How the backend names the volume it is a snapshot of."""

    size: int | Unset = UNSET
    """Its size in GiB."""

    safe_to_manage: bool | Unset = UNSET
    """Whether Cinder can manage it."""

    reason_not_safe: str | None | Unset = UNSET
    """Why not (detail listing)."""

    cinder_id: str | None | Unset = UNSET
    """The Cinder snapshot it already is, if any (detail listing)."""

    extra_info: Any | None | Unset = UNSET
    """Backend-specific details (detail listing)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("reference", "reference", t.map_of(t.ANY)),
        Field("source_reference", "source_reference", t.map_of(t.ANY)),
        Field("size", "size", t.INTEGER),
        Field("safe_to_manage", "safe_to_manage", t.BOOLEAN),
        Field("reason_not_safe", "reason_not_safe", t.STRING),
        Field("cinder_id", "cinder_id", t.STRING),
        Field("extra_info", "extra_info", t.ANY),
    )


class Snapshot(Model):
    """A point-in-time copy of a volume, made by the volume's backend (so it needs the volume
    service: without one a snapshot stays "creating"). New volumes can be created from a
    snapshot, and a volume can be reverted to its latest one. The metadata sub-API and the
    admin actions are functions of this module too."""

    id: str
    """The snapshot's ID (a UUID)."""

    name: str | None | Unset = UNSET
    """The display name (None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text about the snapshot."""

    volume_id: str | Unset = UNSET
    """The volume the snapshot is (to be) taken of."""

    status: (
        Literal[
            "creating",
            "available",
            "updating",
            "backing-up",
            "restoring",
            "deleting",
            "unmanaging",
            "error",
            "error_deleting",
            "deleted",
        ]
        | Unset
    ) = UNSET
    """Where the snapshot is in its life cycle (deleted appears only briefly while the record
    goes away)."""

    size: int | Unset = UNSET
    """The size of the volume, in GiB, when the snapshot was taken."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings); change it with the *_metadata functions."""

    created_at: datetime.datetime | Unset = UNSET
    """When the snapshot was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the snapshot last changed."""

    progress: str | None | Unset = UNSET
    """How far the backend is, as a percentage string ("0%" .. "100%")."""

    project_id: str | Unset = UNSET
    """The project owning the snapshot."""

    group_snapshot_id: str | None | Unset = UNSET
    """The group snapshot this snapshot is part of."""

    user_id: str | Unset = UNSET
    """The user who created the snapshot."""

    consumes_quota: bool | Unset = UNSET
    """Whether the snapshot counts against the quota."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("metadata", "metadata", t.map_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("progress", "os-extended-snapshot-attributes:progress", t.STRING),
        Field("project_id", "os-extended-snapshot-attributes:project_id", t.STRING),
        Field("group_snapshot_id", "group_snapshot_id", t.STRING, since="3.14"),
        Field("user_id", "user_id", t.STRING, since="3.41"),
        Field("consumes_quota", "consumes_quota", t.BOOLEAN, since="3.65"),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    all_tenants: bool | Unset = UNSET
    """Administrators - snapshots of every project."""

    project_id: str | Unset = UNSET
    """Administrators, with all_tenants - only this project."""

    name: str | Unset = UNSET
    """Exact name."""

    status: str | Unset = UNSET
    """Exact status."""

    volume_id: str | Unset = UNSET
    """Snapshots of this volume."""

    availability_zone: str | Unset = UNSET
    """The availability zone."""

    metadata: str | Unset = UNSET
    """Metadata items as a dict literal, e.g. "{'k1': 'v1'}"."""

    consumes_quota: bool | Unset = UNSET
    """Only snapshots that (do not) count against the quota."""

    name_like: str | Unset = UNSET
    """Names containing this text."""

    description_like: str | Unset = UNSET
    """Descriptions containing this text."""

    with_count: bool | Unset = UNSET
    """Ask for the total number of matches."""

    sort: str | Unset = UNSET
    """Keys with optional directions, e.g. "created_at:desc" (name since 3.30)."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    limit: int | Unset = UNSET
    """The most snapshots a page holds."""

    marker: str | Unset = UNSET
    """Start after the snapshot with this ID."""

    offset: int | Unset = UNSET
    """Skip this many snapshots first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("volume_id", "volume_id", t.STRING, location="query"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("metadata", "metadata", t.STRING, location="query", since="3.22"),
        Param("consumes_quota", "consumes_quota", t.BOOLEAN, location="query", since="3.65"),
        Param("name_like", "name~", t.STRING, location="query", since="3.34"),
        Param("description_like", "description~", t.STRING, location="query", since="3.34"),
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
    """The display name (None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text about the snapshot."""

    volume_id: str = REQUIRED
    """The volume the snapshot is (to be) taken of."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings); change it with the *_metadata functions."""

    force: bool | Unset = UNSET
    """Snapshot an in-use volume (before 3.66; since then only true is accepted)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("metadata", "metadata", t.map_of(t.STRING)),
        Param("force", "force", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The display name (None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text about the snapshot."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: Literal[
        "error",
        "available",
        "creating",
        "deleting",
        "deleted",
        "updating",
        "error_deleting",
        "unmanaging",
        "backing-up",
        "restoring",
    ] = REQUIRED
    """The new status."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status",
            "status",
            t.STRING,
            required=True,
            enum=(
                "error",
                "available",
                "creating",
                "deleting",
                "deleted",
                "updating",
                "error_deleting",
                "unmanaging",
                "backing-up",
                "restoring",
            ),
        ),
    )


class UpdateSnapshotStatusOpts(Opts):
    """Options of update_snapshot_status."""

    status: Literal["creating", "available", "error", "deleting", "error_deleting"] = REQUIRED
    """The new status: from creating to creating, available or error; from deleting to deleting
    or error_deleting (other moves are a 400)."""

    progress: str | Unset = UNSET
    """The progress, e.g. "80%"."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status",
            "status",
            t.STRING,
            required=True,
            enum=("creating", "available", "error", "deleting", "error_deleting"),
        ),
        Param("progress", "progress", t.STRING),
    )


class ManageOpts(Opts):
    """Options of manage. Also the options of os_snapshot_manage."""

    volume_id: str = REQUIRED
    """The Cinder volume it is a snapshot of."""

    ref: Any | None = REQUIRED
    """The backend's reference, e.g. {"source-name": "lvol0"}."""

    name: str | None | Unset = UNSET
    """The new snapshot's name."""

    description: str | None | Unset = UNSET
    """Its description."""

    metadata: dict[str, str] | None | Unset = UNSET
    """User metadata."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("ref", "ref", t.ANY, required=True, nullable=True),
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
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


class CreateMetadataOpts(Opts):
    """Options of create_metadata. Also the options of replace_metadata."""

    metadata: dict[str, str] = REQUIRED
    """The items to add (create_metadata) or the whole new set (replace_metadata)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "metadata", t.map_of(t.STRING), required=True),
    )


class UpdateMetadataKeyOpts(Opts):
    """Options of update_metadata_key."""

    meta: dict[str, str] = REQUIRED
    """{key: value} for the key in the path."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("meta", "meta", t.map_of(t.STRING), required=True),
    )


ListDetailOpts = ListOpts
OsSnapshotManageOpts = ManageOpts
ListManageableDetailOpts = ListManageableOpts
ReplaceMetadataOpts = CreateMetadataOpts

_LIST = Operation(
    "snapshots.list",
    "GET",
    "/snapshots",
    ok=(200, 203),
    response_key="snapshots",
    paging=Paging("marker", next="snapshots_links[rel=next].href"),
)
_GET = Operation(
    "snapshots.get",
    "GET",
    "/snapshots/{snapshot_id}",
    ok=(200, 203),
    response_key="snapshot",
)
_CREATE = Operation(
    "snapshots.create",
    "POST",
    "/snapshots",
    ok=(202,),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
)
_UPDATE = Operation(
    "snapshots.update",
    "PUT",
    "/snapshots/{snapshot_id}",
    ok=(200,),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
)
_DELETE = Operation(
    "snapshots.delete",
    "DELETE",
    "/snapshots/{snapshot_id}",
    ok=(202,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "snapshots.list_detail",
    "GET",
    "/snapshots/detail",
    ok=(200, 203),
    response_key="snapshots",
    paging=Paging("marker", next="snapshots_links[rel=next].href"),
)
_RESET_STATUS = Operation(
    "snapshots.reset_status",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-reset_status",
    response_kind="empty",
)
_FORCE_DELETE = Operation(
    "snapshots.force_delete",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-force_delete",
    response_kind="empty",
)
_UPDATE_SNAPSHOT_STATUS = Operation(
    "snapshots.update_snapshot_status",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-update_snapshot_status",
    response_kind="empty",
)
_UNMANAGE = Operation(
    "snapshots.unmanage",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-unmanage",
    response_kind="empty",
)
_MANAGE = Operation(
    "snapshots.manage",
    "POST",
    "/manageable_snapshots",
    ok=(202,),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
    since="3.8",
)
_OS_SNAPSHOT_MANAGE = Operation(
    "snapshots.os_snapshot_manage",
    "POST",
    "/os-snapshot-manage",
    ok=(202,),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
)
_LIST_MANAGEABLE = Operation(
    "snapshots.list_manageable",
    "GET",
    "/manageable_snapshots",
    ok=(200,),
    response_kind="list",
    response_key="manageable-snapshots",
    since="3.8",
)
_LIST_MANAGEABLE_DETAIL = Operation(
    "snapshots.list_manageable_detail",
    "GET",
    "/manageable_snapshots/detail",
    ok=(200,),
    response_kind="list",
    response_key="manageable-snapshots",
    since="3.8",
)
_GET_METADATA = Operation(
    "snapshots.get_metadata",
    "GET",
    "/snapshots/{snapshot_id}/metadata",
    ok=(200,),
)
_CREATE_METADATA = Operation(
    "snapshots.create_metadata",
    "POST",
    "/snapshots/{snapshot_id}/metadata",
    ok=(200,),
    request_kind="json",
)
_REPLACE_METADATA = Operation(
    "snapshots.replace_metadata",
    "PUT",
    "/snapshots/{snapshot_id}/metadata",
    ok=(200,),
    request_kind="json",
)
_GET_METADATA_KEY = Operation(
    "snapshots.get_metadata_key",
    "GET",
    "/snapshots/{snapshot_id}/metadata/{key}",
    ok=(200,),
)
_UPDATE_METADATA_KEY = Operation(
    "snapshots.update_metadata_key",
    "PUT",
    "/snapshots/{snapshot_id}/metadata/{key}",
    ok=(200,),
    request_kind="json",
)
_DELETE_METADATA_KEY = Operation(
    "snapshots.delete_metadata_key",
    "DELETE",
    "/snapshots/{snapshot_id}/metadata/{key}",
    ok=(200,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Snapshot]:
    """List snapshots (id, status, size, volume and the main attributes; the detail listing adds
    the extended ones). Non-administrators may filter only by the keys the deployment allows."""
    return client.pager(
        _LIST, None, model=Snapshot, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Snapshot]:
    """Show a snapshot."""
    return client.call(
        _GET,
        {"snapshot_id": snapshot_id},
        model=Snapshot,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Snapshot]:
    """Snapshot a volume. An in-use volume needs force before 3.66 (since 3.66 in-use volumes are
    accepted and force=false is a 400)."""
    return client.call(
        _CREATE, None, model=Snapshot, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    snapshot_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Snapshot]:
    """Change a snapshot's name or description."""
    return client.call(
        _UPDATE,
        {"snapshot_id": snapshot_id},
        model=Snapshot,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a snapshot (asynchronous; wait_for_delete)."""
    return client.call(
        _DELETE, {"snapshot_id": snapshot_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Snapshot]:
    """List snapshots with every attribute (the filters and paging of list)."""
    return client.pager(
        _LIST_DETAIL, None, model=Snapshot, opts=opts, microversion=microversion, timeout=timeout
    )


def reset_status(
    client: ServiceClient,
    snapshot_id: str,
    opts: ResetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set the snapshot's status in the database only (administrators)."""
    return client.call(
        _RESET_STATUS,
        {"snapshot_id": snapshot_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def force_delete(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the snapshot whatever its state (administrators)."""
    return client.call(
        _FORCE_DELETE, {"snapshot_id": snapshot_id}, microversion=microversion, timeout=timeout
    )


def update_snapshot_status(
    client: ServiceClient,
    snapshot_id: str,
    opts: UpdateSnapshotStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Report a snapshot's progress (used by Nova for snapshots it takes itself, e.g. on NFS-like
    backends)."""
    return client.call(
        _UPDATE_SNAPSHOT_STATUS,
        {"snapshot_id": snapshot_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def unmanage(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove the snapshot from Cinder without deleting it on the backend (administrators)."""
    return client.call(
        _UNMANAGE, {"snapshot_id": snapshot_id}, microversion=microversion, timeout=timeout
    )


def manage(
    client: ServiceClient,
    opts: ManageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Snapshot]:
    """Bring an existing backend snapshot under Cinder (administrators; 3.8 path)."""
    return client.call(
        _MANAGE, None, model=Snapshot, opts=opts, microversion=microversion, timeout=timeout
    )


def os_snapshot_manage(
    client: ServiceClient,
    opts: OsSnapshotManageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Snapshot]:
    """Bring an existing backend snapshot under Cinder through the older os-snapshot-manage path."""
    return client.call(
        _OS_SNAPSHOT_MANAGE,
        None,
        model=Snapshot,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_manageable(
    client: ServiceClient,
    opts: ListManageableOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[ManageableSnapshot]]:
    """The snapshots on a backend Cinder could manage (3.8; administrators; host or cluster
    required)."""
    return client.call(
        _LIST_MANAGEABLE,
        None,
        model=ManageableSnapshot,
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
) -> Result[builtins.list[ManageableSnapshot]]:
    """As list_manageable, with reason_not_safe, cinder_id and extra_info."""
    return client.call(
        _LIST_MANAGEABLE_DETAIL,
        None,
        model=ManageableSnapshot,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_metadata(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotMetadata]:
    """All metadata of a snapshot."""
    return client.call(
        _GET_METADATA,
        {"snapshot_id": snapshot_id},
        model=SnapshotMetadata,
        microversion=microversion,
        timeout=timeout,
    )


def create_metadata(
    client: ServiceClient,
    snapshot_id: str,
    opts: CreateMetadataOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotMetadata]:
    """Add metadata (keys given replace their values, others are kept); returns all of it."""
    return client.call(
        _CREATE_METADATA,
        {"snapshot_id": snapshot_id},
        model=SnapshotMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def replace_metadata(
    client: ServiceClient,
    snapshot_id: str,
    opts: ReplaceMetadataOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotMetadata]:
    """Replace all metadata of a snapshot (keys not given are removed); returns it."""
    return client.call(
        _REPLACE_METADATA,
        {"snapshot_id": snapshot_id},
        model=SnapshotMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_metadata_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotMetadataItem]:
    """One metadata item (NotFound when there is no such key)."""
    return client.call(
        _GET_METADATA_KEY,
        {"snapshot_id": snapshot_id, "key": key},
        model=SnapshotMetadataItem,
        microversion=microversion,
        timeout=timeout,
    )


def update_metadata_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
    opts: UpdateMetadataKeyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotMetadataItem]:
    """Set one metadata item; meta must hold exactly the key of the path."""
    return client.call(
        _UPDATE_METADATA_KEY,
        {"snapshot_id": snapshot_id, "key": key},
        model=SnapshotMetadataItem,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_metadata_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one metadata item (NotFound when there is no such key)."""
    return client.call(
        _DELETE_METADATA_KEY,
        {"snapshot_id": snapshot_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Snapshot:
    """The one Snapshot whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Snapshot,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    snapshot_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Snapshot], None] | None = None,
) -> Snapshot:
    """Poll get until the Snapshot's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"snapshot_id": snapshot_id},
        model=Snapshot,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    snapshot_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Snapshot], None] | None = None,
) -> None:
    """Poll get until the Snapshot is gone (404, or status deleted). Raises errors.WaitTimeout
    after ``timeout`` seconds, errors.WaitFailed when it becomes error_deleting."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"snapshot_id": snapshot_id},
        model=Snapshot,
        field="status",
        deleted=("deleted",),
        failures=("error_deleting",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_snapshots(page: Page[Any]) -> builtins.list[Snapshot]:
    """The Snapshot items of a page (or of ``all_pages()``)."""
    return page.extract_as(Snapshot)
