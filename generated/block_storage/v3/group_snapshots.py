# Generated from block-storage/v3/group_snapshots.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A snapshot of every volume of a group at once (since 3.14). Creating one asks the volume
service; it starts "creating"."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class GroupSnapshot(Model):
    """A snapshot of every volume of a group at once (since 3.14). Creating one asks the volume
    service; it starts "creating"."""

    id: str
    """The group snapshot's UUID."""

    group_id: str | Unset = UNSET
    """The group to snapshot."""

    name: str | None | Unset = UNSET
    """The name."""

    description: str | None | Unset = UNSET
    """Free-form text."""

    status: (
        Literal[
            "creating", "available", "updating", "deleting", "deleted", "error", "error_deleting"
        ]
        | Unset
    ) = UNSET
    """Where the group snapshot is in its life cycle."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    group_type_id: str | Unset = UNSET
    """The group type of the group."""

    project_id: str | Unset = UNSET
    """The owning project (since 3.58, when policy allows)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("group_id", "group_id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("group_type_id", "group_type_id", t.STRING),
        Field("project_id", "project_id", t.STRING, since="3.58"),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    all_tenants: bool | Unset = UNSET
    """Admins only: those of every project."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by (since 3.29)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction (since 3.29)."""

    sort: str | Unset = UNSET
    """key1:asc,key2:desc (since 3.29)."""

    limit: int | Unset = UNSET
    """The most a page holds (since 3.29)."""

    marker: str | Unset = UNSET
    """Start after this ID (since 3.29)."""

    offset: int | Unset = UNSET
    """Skip this many first (since 3.29)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query", since="3.29"),
        Param(
            "sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc"), since="3.29"
        ),
        Param("sort", "sort", t.STRING, location="query", since="3.29"),
        Param("limit", "limit", t.INTEGER, location="query", since="3.29"),
        Param("marker", "marker", t.STRING, location="query", since="3.29"),
        Param("offset", "offset", t.INTEGER, location="query", since="3.29"),
    )


class CreateOpts(Opts):
    """Options of create."""

    group_id: str = REQUIRED
    """The group to snapshot."""

    name: str | None | Unset = UNSET
    """The name."""

    description: str | None | Unset = UNSET
    """Free-form text."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("group_id", "group_id", t.STRING, required=True),
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: str = REQUIRED
    """The new status."""

    _params: ClassVar[tuple[Param, ...]] = (Param("status", "status", t.STRING, required=True),)


ListDetailOpts = ListOpts

_LIST = Operation(
    "group_snapshots.list",
    "GET",
    "/group_snapshots",
    ok=(200, 203),
    response_key="group_snapshots",
    paging=Paging("marker", next="group_snapshot_links[rel=next].href"),
    since="3.14",
)
_GET = Operation(
    "group_snapshots.get",
    "GET",
    "/group_snapshots/{group_snapshot_id}",
    ok=(200, 203),
    response_key="group_snapshot",
    since="3.14",
)
_CREATE = Operation(
    "group_snapshots.create",
    "POST",
    "/group_snapshots",
    ok=(202,),
    request_kind="json",
    request_key="group_snapshot",
    response_key="group_snapshot",
    since="3.14",
)
_DELETE = Operation(
    "group_snapshots.delete",
    "DELETE",
    "/group_snapshots/{group_snapshot_id}",
    ok=(202,),
    response_kind="empty",
    since="3.14",
)
_LIST_DETAIL = Operation(
    "group_snapshots.list_detail",
    "GET",
    "/group_snapshots/detail",
    ok=(200, 203),
    response_key="group_snapshots",
    paging=Paging("marker", next="group_snapshot_links[rel=next].href"),
    since="3.14",
)
_RESET_STATUS = Operation(
    "group_snapshots.reset_status",
    "POST",
    "/group_snapshots/{group_snapshot_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset_status",
    response_kind="empty",
    since="3.19",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[GroupSnapshot]:
    """List group snapshots in brief (id and name)."""
    return client.pager(
        _LIST, None, model=GroupSnapshot, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    group_snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GroupSnapshot]:
    """Show a group snapshot."""
    return client.call(
        _GET,
        {"group_snapshot_id": group_snapshot_id},
        model=GroupSnapshot,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GroupSnapshot]:
    """Snapshot a group (the answer carries id, name and group_type_id)."""
    return client.call(
        _CREATE, None, model=GroupSnapshot, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    group_snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a group snapshot."""
    return client.call(
        _DELETE,
        {"group_snapshot_id": group_snapshot_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[GroupSnapshot]:
    """List group snapshots with every attribute."""
    return client.pager(
        _LIST_DETAIL,
        None,
        model=GroupSnapshot,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def reset_status(
    client: ServiceClient,
    group_snapshot_id: str,
    opts: ResetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set a group snapshot's status in the database only (admin; since 3.19)."""
    return client.call(
        _RESET_STATUS,
        {"group_snapshot_id": group_snapshot_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> GroupSnapshot:
    """The one GroupSnapshot whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=GroupSnapshot,
        name_field="name",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    group_snapshot_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[GroupSnapshot], None] | None = None,
) -> GroupSnapshot:
    """Poll get until the GroupSnapshot's status is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"group_snapshot_id": group_snapshot_id},
        model=GroupSnapshot,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    group_snapshot_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[GroupSnapshot], None] | None = None,
) -> None:
    """Poll get until the GroupSnapshot is gone (404, or status deleted). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes
    error_deleting."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"group_snapshot_id": group_snapshot_id},
        model=GroupSnapshot,
        field="status",
        deleted=("deleted",),
        failures=("error_deleting",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_group_snapshots(page: Page[Any]) -> builtins.list[GroupSnapshot]:
    """The GroupSnapshot items of a page (or of ``all_pages()``)."""
    return page.extract_as(GroupSnapshot)
