# Generated from huaweicloud/evs/v2/snapshots.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A snapshot of an EVS disk: its data at one moment, kept beside the disk (it takes no separate
quota of capacity) and usable to create new disks (volumes.CreateOpts.snapshot_id) or to roll
the disk back. A snapshot goes from creating to available; error and error_deleting mark
failures and rollbacking a rollback in progress. Snapshots whose name starts with
autobk_snapshot_ belong to backups and are better left alone."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Rollback(Model):
    """The disk a rollback writes to."""

    volume_id: str | Unset = UNSET
    """The disk being rolled back."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("volume_id", "volume_id", t.STRING),)


class Snapshot(Model):
    """A snapshot of an EVS disk: its data at one moment, kept beside the disk (it takes no
    separate quota of capacity) and usable to create new disks
    (volumes.CreateOpts.snapshot_id) or to roll the disk back. A snapshot goes from creating
    to available; error and error_deleting mark failures and rollbacking a rollback in
    progress. Snapshots whose name starts with autobk_snapshot_ belong to backups and are
    better left alone."""

    id: str
    """The snapshot's ID."""

    name: str | None | Unset = UNSET
    """The snapshot's name, at most 255 bytes (avoid the autobk_snapshot_ prefix)."""

    description: str | None | Unset = UNSET
    """Free text about the snapshot, at most 255 bytes."""

    volume_id: str | Unset = UNSET
    """The disk the snapshot is (create - is to be) taken of."""

    status: str | Unset = UNSET
    """creating, available, error, deleting, error_deleting, rollbacking or backing-up."""

    size: int | Unset = UNSET
    """The size in GiB (the disk's)."""

    metadata: dict[str, Any] | Unset = UNSET
    """Key/value metadata (create: strings). __system__enableActive marks a snapshot taken
    automatically while backing up a server."""

    created_at: datetime.datetime | Unset = UNSET
    """When the snapshot was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the snapshot last changed."""

    project_id: str | Unset = UNSET
    """The project that owns the snapshot."""

    progress: str | None | Unset = UNSET
    """Reserved (how far creation is)."""

    service_type: str | Unset = UNSET
    """The service the source disk belongs to - EVS, DSS or DESS."""

    dedicated_storage_id: str | None | Unset = UNSET
    """The dedicated storage pool holding the snapshot."""

    dedicated_storage_name: str | None | Unset = UNSET
    """That pool's name."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("metadata", "metadata", t.map_of(t.ANY)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("project_id", "os-extended-snapshot-attributes:project_id", t.STRING),
        Field("progress", "os-extended-snapshot-attributes:progress", t.STRING),
        Field("service_type", "service_type", t.STRING),
        Field("dedicated_storage_id", "dedicated_storage_id", t.STRING),
        Field("dedicated_storage_name", "dedicated_storage_name", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """The snapshot name."""

    status: str | Unset = UNSET
    """One status (as Snapshot.status)."""

    volume_id: str | Unset = UNSET
    """Snapshots of this disk."""

    availability_zone: str | Unset = UNSET
    """Snapshots in this availability zone."""

    id: str | Unset = UNSET
    """This snapshot."""

    service_type: str | Unset = UNSET
    """The service - EVS, DSS or DESS."""

    dedicated_storage_id: str | Unset = UNSET
    """Snapshots in this dedicated storage pool (exact)."""

    dedicated_storage_name: str | Unset = UNSET
    """Snapshots in dedicated storage pools with names containing this."""

    enterprise_project_id: str | Unset = UNSET
    """One enterprise project's snapshots ("all_granted_eps" - every project you may see)."""

    limit: int | Unset = UNSET
    """Snapshots per page (default and most 1000)."""

    offset: int | Unset = UNSET
    """Skip this many snapshots."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("volume_id", "volume_id", t.STRING, location="query"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("service_type", "service_type", t.STRING, location="query"),
        Param("dedicated_storage_id", "dedicated_storage_id", t.STRING, location="query"),
        Param("dedicated_storage_name", "dedicated_storage_name", t.STRING, location="query"),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The snapshot's name, at most 255 bytes (avoid the autobk_snapshot_ prefix)."""

    description: str | None | Unset = UNSET
    """Free text about the snapshot, at most 255 bytes."""

    volume_id: str = REQUIRED
    """The disk the snapshot is (create - is to be) taken of."""

    metadata: dict[str, Any] | Unset = UNSET
    """Key/value metadata (create: strings). __system__enableActive marks a snapshot taken
    automatically while backing up a server."""

    force: bool | Unset = UNSET
    """Snapshot a disk even while it is attached (default false - refused)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("metadata", "metadata", t.map_of(t.ANY)),
        Param("force", "force", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The snapshot's name, at most 255 bytes (avoid the autobk_snapshot_ prefix)."""

    description: str | None | Unset = UNSET
    """Free text about the snapshot, at most 255 bytes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
    )


class RollbackOpts(Opts):
    """Options of rollback."""

    volume_id: str = REQUIRED
    """The disk to roll back (the snapshot's own disk)."""

    name: str | Unset = UNSET
    """A new name for the disk."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("name", "name", t.STRING),
    )


_LIST = Operation(
    "snapshots.list",
    "GET",
    "/cloudsnapshots/detail",
    ok=(200, 203),
    response_key="snapshots",
    paging=Paging("offset", count="count"),
)
_GET = Operation(
    "snapshots.get",
    "GET",
    "/cloudsnapshots/{snapshot_id}",
    ok=(200, 203),
    response_key="snapshot",
)
_CREATE = Operation(
    "snapshots.create",
    "POST",
    "/cloudsnapshots",
    ok=(200, 202),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
)
_UPDATE = Operation(
    "snapshots.update",
    "PUT",
    "/cloudsnapshots/{snapshot_id}",
    ok=(200,),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
)
_DELETE = Operation(
    "snapshots.delete",
    "DELETE",
    "/cloudsnapshots/{snapshot_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_ROLLBACK = Operation(
    "snapshots.rollback",
    "POST",
    "/cloudsnapshots/{snapshot_id}/rollback",
    ok=(200, 202),
    request_kind="json",
    request_key="rollback",
    response_key="rollback",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Snapshot]:
    """List snapshots with their details, paged by offset; count in each page's body is the total
    number of matches (page.total)."""
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
    """Take a snapshot of a disk. The answer is the new snapshot (status creating);
    wait_for_status(client, id, "available") waits for it. An attached disk needs force=True."""
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
    """Delete a snapshot (available or error ones only); wait_for_delete waits for it."""
    return client.call(
        _DELETE, {"snapshot_id": snapshot_id}, microversion=microversion, timeout=timeout
    )


def rollback(
    client: ServiceClient,
    snapshot_id: str,
    opts: RollbackOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Rollback]:
    """Write the snapshot's data back to its disk (which must be available, not attached); the
    snapshot shows rollbacking meanwhile."""
    return client.call(
        _ROLLBACK,
        {"snapshot_id": snapshot_id},
        model=Rollback,
        opts=opts,
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
    """Poll get until the Snapshot is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds, errors.WaitFailed when it becomes error_deleting."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"snapshot_id": snapshot_id},
        model=Snapshot,
        field="status",
        deleted=(),
        failures=("error_deleting",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_snapshots(page: Page[Any]) -> builtins.list[Snapshot]:
    """The Snapshot items of a page (or of ``all_pages()``)."""
    return page.extract_as(Snapshot)
