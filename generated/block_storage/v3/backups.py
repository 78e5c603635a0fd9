# Generated from block-storage/v3/backups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A backup of a volume (or of one of its snapshots) in the backup repository (Swift, Ceph, NFS,
...), made by the backup service: without one, create is refused. Backups restore into new or
existing volumes, and their records can be exported and imported into another Cinder."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.block_storage.v3.volumes import Link


class Restore(Model):
    """What restore started."""

    backup_id: str | Unset = UNSET
    """The backup being restored."""

    volume_id: str | Unset = UNSET
    """The volume it is restored into."""

    volume_name: str | None | Unset = UNSET
    """That volume's name."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("backup_id", "backup_id", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("volume_name", "volume_name", t.STRING),
    )


class BackupRecord(Model):
    """An exported backup record (import it into another Cinder to use the backup there)."""

    backup_service: str | Unset = UNSET
    """The backup driver that made the backup."""

    backup_url: str | Unset = UNSET
    """The encoded backup record."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("backup_service", "backup_service", t.STRING),
        Field("backup_url", "backup_url", t.STRING, sensitive=True),
    )


class Backup(Model):
    """A backup of a volume (or of one of its snapshots) in the backup repository (Swift, Ceph,
    NFS, ...), made by the backup service: without one, create is refused. Backups restore
    into new or existing volumes, and their records can be exported and imported into another
    Cinder."""

    id: str
    """The backup's ID (a UUID)."""

    name: str | None | Unset = UNSET
    """The display name."""

    description: str | None | Unset = UNSET
    """Free-form text about the backup."""

    volume_id: str | Unset = UNSET
    """The volume that is (to be) backed up."""

    snapshot_id: str | None | Unset = UNSET
    """The snapshot backed up instead of the live volume, if any."""

    container: str | None | Unset = UNSET
    """The backup repository's container (bucket, directory, ...) holding it."""

    availability_zone: str | None | Unset = UNSET
    """The backup service's availability zone (create may choose it since 3.51)."""

    status: (
        Literal[
            "creating", "available", "deleting", "error", "restoring", "error_deleting", "deleted"
        ]
        | Unset
    ) = UNSET
    """Where the backup is in its life cycle (deleted only for records Cinder keeps after
    deletion)."""

    size: int | Unset = UNSET
    """The size of the backed up volume in GiB."""

    object_count: int | Unset = UNSET
    """The number of objects the backup is stored as."""

    fail_reason: str | None | Unset = UNSET
    """Why the backup failed, when it did."""

    is_incremental: bool | Unset = UNSET
    """Whether the backup holds only the changes since the previous one."""

    has_dependent_backups: bool | Unset = UNSET
    """Whether incremental backups depend on this one (it cannot be deleted then)."""

    data_timestamp: datetime.datetime | Unset = UNSET
    """When the backed up data was taken (the snapshot's time for a snapshot backup)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the backup was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings)."""

    project_id: str | Unset = UNSET
    """The project owning the backup."""

    user_id: str | Unset = UNSET
    """The user who created the backup."""

    encryption_key_id: str | Unset = UNSET
    """The encryption key of a backup of an encrypted volume."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("snapshot_id", "snapshot_id", t.STRING),
        Field("container", "container", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("status", "status", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("object_count", "object_count", t.INTEGER),
        Field("fail_reason", "fail_reason", t.STRING),
        Field("is_incremental", "is_incremental", t.BOOLEAN),
        Field("has_dependent_backups", "has_dependent_backups", t.BOOLEAN),
        Field("data_timestamp", "data_timestamp", t.DATETIME),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("metadata", "metadata", t.map_of(t.STRING), since="3.43"),
        Field("project_id", "os-backup-project-attr:project_id", t.STRING, since="3.18"),
        Field("user_id", "user_id", t.STRING, since="3.56"),
        Field("encryption_key_id", "encryption_key_id", t.STRING, since="3.64"),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    all_tenants: bool | Unset = UNSET
    """Administrators - backups of every project."""

    project_id: str | Unset = UNSET
    """Administrators, with all_tenants - only this project."""

    name: str | Unset = UNSET
    """Exact name."""

    status: str | Unset = UNSET
    """Exact status."""

    volume_id: str | Unset = UNSET
    """Backups of this volume."""

    name_like: str | Unset = UNSET
    """Names containing this text."""

    with_count: bool | Unset = UNSET
    """Ask for the total number of matches."""

    sort: str | Unset = UNSET
    """Keys with optional directions (name since 3.37)."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    limit: int | Unset = UNSET
    """The most backups a page holds."""

    marker: str | Unset = UNSET
    """Start after the backup with this ID."""

    offset: int | Unset = UNSET
    """Skip this many backups first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("volume_id", "volume_id", t.STRING, location="query"),
        Param("name_like", "name~", t.STRING, location="query", since="3.34"),
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
    """The display name."""

    description: str | None | Unset = UNSET
    """Free-form text about the backup."""

    volume_id: str = REQUIRED
    """The volume that is (to be) backed up."""

    snapshot_id: str | None | Unset = UNSET
    """The snapshot backed up instead of the live volume, if any."""

    container: str | None | Unset = UNSET
    """The backup repository's container (bucket, directory, ...) holding it."""

    availability_zone: str | None | Unset = UNSET
    """The backup service's availability zone (create may choose it since 3.51)."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings)."""

    incremental: bool | Unset = UNSET
    """Back up only the changes since the latest backup."""

    force: bool | Unset = UNSET
    """Back up an in-use volume."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("snapshot_id", "snapshot_id", t.STRING, nullable=True),
        Param("container", "container", t.STRING, nullable=True),
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("metadata", "metadata", t.map_of(t.STRING), since="3.43"),
        Param("incremental", "incremental", t.BOOLEAN),
        Param("force", "force", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The display name."""

    description: str | None | Unset = UNSET
    """Free-form text about the backup."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (key/value strings)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("metadata", "metadata", t.map_of(t.STRING), since="3.43"),
    )


class RestoreOpts(Opts):
    """Options of restore."""

    volume_id: str | None | Unset = UNSET
    """The volume to overwrite; None creates one."""

    name: str | None | Unset = UNSET
    """The new volume's name (without volume_id)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_id", "volume_id", t.STRING, nullable=True),
        Param("name", "name", t.STRING, nullable=True),
    )


class ImportRecordOpts(Opts):
    """Options of import_record."""

    backup_service: str = REQUIRED
    """The backup driver named in the record."""

    backup_url: str = REQUIRED
    """The encoded record."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("backup_service", "backup_service", t.STRING, required=True),
        Param("backup_url", "backup_url", t.STRING, required=True, sensitive=True),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: Literal["available", "error"] = REQUIRED
    """The new status."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("status", "status", t.STRING, required=True, enum=("available", "error")),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "backups.list",
    "GET",
    "/backups",
    ok=(200, 203),
    response_key="backups",
    paging=Paging("marker", next="backups_links[rel=next].href"),
)
_GET = Operation(
    "backups.get",
    "GET",
    "/backups/{backup_id}",
    ok=(200, 203),
    response_key="backup",
)
_CREATE = Operation(
    "backups.create",
    "POST",
    "/backups",
    ok=(202,),
    request_kind="json",
    request_key="backup",
    response_key="backup",
)
_UPDATE = Operation(
    "backups.update",
    "PUT",
    "/backups/{backup_id}",
    ok=(200,),
    request_kind="json",
    request_key="backup",
    response_key="backup",
    since="3.9",
)
_DELETE = Operation(
    "backups.delete",
    "DELETE",
    "/backups/{backup_id}",
    ok=(202,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "backups.list_detail",
    "GET",
    "/backups/detail",
    ok=(200, 203),
    response_key="backups",
    paging=Paging("marker", next="backups_links[rel=next].href"),
)
_RESTORE = Operation(
    "backups.restore",
    "POST",
    "/backups/{backup_id}/restore",
    ok=(202,),
    request_kind="json",
    request_key="restore",
    response_key="restore",
)
_EXPORT_RECORD = Operation(
    "backups.export_record",
    "GET",
    "/backups/{backup_id}/export_record",
    ok=(200,),
    response_key="backup-record",
)
_IMPORT_RECORD = Operation(
    "backups.import_record",
    "POST",
    "/backups/import_record",
    ok=(201,),
    request_kind="json",
    request_key="backup-record",
    response_key="backup",
)
_RESET_STATUS = Operation(
    "backups.reset_status",
    "POST",
    "/backups/{backup_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-reset_status",
    response_kind="empty",
)
_FORCE_DELETE = Operation(
    "backups.force_delete",
    "POST",
    "/backups/{backup_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-force_delete",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Backup]:
    """List backups in brief (id, name, links)."""
    return client.pager(
        _LIST, None, model=Backup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    backup_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Backup]:
    """Show a backup."""
    return client.call(
        _GET, {"backup_id": backup_id}, model=Backup, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Backup]:
    """Back up a volume (needs the backup service). The answer carries only id, name and links;
    wait_for_status(client, id, "available")."""
    return client.call(
        _CREATE, None, model=Backup, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    backup_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Backup]:
    """Change a backup's name, description or (3.43) metadata; the answer carries the backup in
    brief (id, name, links)."""
    return client.call(
        _UPDATE,
        {"backup_id": backup_id},
        model=Backup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    backup_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a backup (not while incremental backups depend on it)."""
    return client.call(
        _DELETE, {"backup_id": backup_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Backup]:
    """List backups with every attribute (the filters and paging of list)."""
    return client.pager(
        _LIST_DETAIL, None, model=Backup, opts=opts, microversion=microversion, timeout=timeout
    )


def restore(
    client: ServiceClient,
    backup_id: str,
    opts: RestoreOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Restore]:
    """Restore the backup into a volume: the one given (it must be available and large enough) or
    a new one (named name)."""
    return client.call(
        _RESTORE,
        {"backup_id": backup_id},
        model=Restore,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def export_record(
    client: ServiceClient,
    backup_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BackupRecord]:
    """Export the backup's record (administrators)."""
    return client.call(
        _EXPORT_RECORD,
        {"backup_id": backup_id},
        model=BackupRecord,
        microversion=microversion,
        timeout=timeout,
    )


def import_record(
    client: ServiceClient,
    opts: ImportRecordOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Backup]:
    """Import a backup record exported elsewhere (administrators); returns the new backup in
    brief."""
    return client.call(
        _IMPORT_RECORD, None, model=Backup, opts=opts, microversion=microversion, timeout=timeout
    )


def reset_status(
    client: ServiceClient,
    backup_id: str,
    opts: ResetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set the backup's status in the database only (administrators)."""
    return client.call(
        _RESET_STATUS,
        {"backup_id": backup_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def force_delete(
    client: ServiceClient,
    backup_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the backup whatever its state (administrators)."""
    return client.call(
        _FORCE_DELETE, {"backup_id": backup_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Backup:
    """The one Backup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Backup,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    backup_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Backup], None] | None = None,
) -> Backup:
    """Poll get until the Backup's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"backup_id": backup_id},
        model=Backup,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    backup_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Backup], None] | None = None,
) -> None:
    """Poll get until the Backup is gone (404, or status deleted). Raises errors.WaitTimeout
    after ``timeout`` seconds, errors.WaitFailed when it becomes error_deleting."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"backup_id": backup_id},
        model=Backup,
        field="status",
        deleted=("deleted",),
        failures=("error_deleting",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_backups(page: Page[Any]) -> builtins.list[Backup]:
    """The Backup items of a page (or of ``all_pages()``)."""
    return page.extract_as(Backup)
