# Generated from database/v1/backups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A backup of an instance's data, stored in Swift (or restored from another cloud's backup).
Creating is asynchronous: status goes NEW, BUILDING, then COMPLETED or FAILED. Incremental
backups name their parent."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class BackupDatastore(Model):
    """The datastore version a backup was taken from."""

    type: str | Unset = UNSET
    """The datastore's name."""

    version: str | Unset = UNSET
    """The version's name."""

    version_id: str | Unset = UNSET
    """The version's id."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("type", "type", t.STRING),
        Field("version", "version", t.STRING),
        Field("version_id", "version_id", t.STRING),
    )


class RestoreFrom(Model):
    """A backup of another cloud to register here."""

    remote_location: str | Unset = UNSET
    """The URL of the backup's data."""

    local_datastore_version_id: str | Unset = UNSET
    """The datastore version here."""

    size: float | Unset = UNSET
    """Its size in GB."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("remote_location", "remote_location", t.STRING),
        Field("local_datastore_version_id", "local_datastore_version_id", t.STRING),
        Field("size", "size", t.NUMBER),
    )


class Backup(Model):
    """A backup of an instance's data, stored in Swift (or restored from another cloud's backup).
    Creating is asynchronous: status goes NEW, BUILDING, then COMPLETED or FAILED. Incremental
    backups name their parent."""

    id: str
    """The backup's id."""

    name: str | Unset = UNSET
    """Its name."""

    description: str | None | Unset = UNSET
    """Its description."""

    instance_id: str | None | Unset = UNSET
    """The instance backed up."""

    parent_id: str | None | Unset = UNSET
    """The backup this incremental one builds on."""

    location_ref: str | None | Unset = UNSET
    """The URL of the backup's data."""

    size: float | None | Unset = UNSET
    """Its size in GB."""

    status: str | Unset = UNSET
    """NEW, BUILDING, SAVING, COMPLETED, FAILED, DELETE_FAILED, ..."""

    datastore: BackupDatastore | Unset = UNSET
    """The datastore version of the data."""

    project_id: str | Unset = UNSET
    """The owner project."""

    storage_driver: str | Unset = UNSET
    """Where the data is stored (swift, cinder)."""

    created: datetime.datetime | Unset = UNSET
    """When it was started."""

    updated: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("instance_id", "instance_id", t.STRING),
        Field("parent_id", "parent_id", t.STRING),
        Field("location_ref", "locationRef", t.STRING),
        Field("size", "size", t.NUMBER),
        Field("status", "status", t.STRING),
        Field("datastore", "datastore", t.model(BackupDatastore)),
        Field("project_id", "project_id", t.STRING),
        Field("storage_driver", "storage_driver", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The most backups per page."""

    marker: str | Unset = UNSET
    """The id of the last backup of the previous page."""

    datastore: str | Unset = UNSET
    """Only backups of this datastore."""

    instance_id: str | Unset = UNSET
    """Only backups of this instance."""

    project_id: str | Unset = UNSET
    """Only this project's (admins)."""

    all_projects: bool | Unset = UNSET
    """Every project's (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("datastore", "datastore", t.STRING, location="query"),
        Param("instance_id", "instance_id", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("all_projects", "all_projects", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """Its name."""

    description: str | None | Unset = UNSET
    """Its description."""

    parent_id: str | None | Unset = UNSET
    """The backup this incremental one builds on."""

    instance: str | Unset = UNSET
    """The instance to back up."""

    incremental: int | Unset = UNSET
    """1 for an incremental backup of the instance's last backup."""

    swift_container: str | Unset = UNSET
    """The Swift container to store it in."""

    storage_driver: str | Unset = UNSET
    """Where to store it (a sample names cinder)."""

    restore_from: RestoreFrom | Unset = UNSET
    """Register another cloud's backup instead of taking one."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("parent_id", "parent_id", t.STRING, nullable=True),
        Param("instance", "instance", t.STRING),
        Param("incremental", "incremental", t.INTEGER, enum=(0, 1)),
        Param("swift_container", "swift_container", t.STRING),
        Param("storage_driver", "storage_driver", t.STRING),
        Param("restore_from", "restore_from", t.model(RestoreFrom)),
    )


_LIST = Operation(
    "backups.list",
    "GET",
    "/backups",
    ok=(200, 203),
    response_key="backups",
    paging=Paging("linked", next="links[rel=next].href"),
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
_DELETE = Operation(
    "backups.delete",
    "DELETE",
    "/backups/{backup_id}",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Backup]:
    """The project's backups."""
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
    """One backup."""
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
    """Starts a backup of an instance (or registers a remote one)."""
    return client.call(
        _CREATE, None, model=Backup, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    backup_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deletes a backup and its data."""
    return client.call(
        _DELETE, {"backup_id": backup_id}, microversion=microversion, timeout=timeout
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
    errors.WaitFailed when it becomes FAILED or DELETE_FAILED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"backup_id": backup_id},
        model=Backup,
        field="status",
        wanted=status,
        failures=("FAILED", "DELETE_FAILED"),
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
    """Poll get until the Backup is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds, errors.WaitFailed when it becomes DELETE_FAILED."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"backup_id": backup_id},
        model=Backup,
        field="status",
        deleted=(),
        failures=("DELETE_FAILED",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_backups(page: Page[Any]) -> builtins.list[Backup]:
    """The Backup items of a page (or of ``all_pages()``)."""
    return page.extract_as(Backup)
