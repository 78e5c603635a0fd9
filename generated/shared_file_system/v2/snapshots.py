# Generated from shared-file-system/v2/snapshots.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A point-in-time copy of a share (when its type has snapshot_support). Created asynchronously:
"creating", then "available". New shares can be made from it (Share.snapshot_id) and the share
reverted to its latest snapshot (shares.revert). Mountable snapshots (2.32) have access rules
and export locations of their own."""

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


class SnapshotAccessRule(Model):
    """The SnapshotAccessRule object."""

    id: str | Unset = UNSET

    access_type: str | Unset = UNSET

    access_to: str | Unset = UNSET

    state: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("access_type", "access_type", t.STRING),
        Field("access_to", "access_to", t.STRING),
        Field("state", "state", t.STRING),
    )


class Snapshot(Model):
    """A point-in-time copy of a share (when its type has snapshot_support). Created
    asynchronously: "creating", then "available". New shares can be made from it
    (Share.snapshot_id) and the share reverted to its latest snapshot (shares.revert).
    Mountable snapshots (2.32) have access rules and export locations of their own."""

    id: str

    share_id: str | Unset = UNSET
    """The share to snapshot."""

    name: str | None | Unset = UNSET
    """The display name (update takes display_name)."""

    description: str | None | Unset = UNSET
    """Free-form text (update takes display_description)."""

    status: str | Unset = UNSET
    """creating, available, deleting, error, error_deleting, manage_starting, manage_error,
    unmanage_starting, unmanage_error, restoring."""

    size: int | Unset = UNSET
    """The snapshot's size in GiB."""

    share_size: int | Unset = UNSET
    """The size of the share it was taken from."""

    share_proto: str | Unset = UNSET

    provider_location: str | None | Unset = UNSET
    """The backend's own reference (administrators)."""

    user_id: str | Unset = UNSET

    project_id: str | Unset = UNSET

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (change it with snapshots_metadata)."""

    created_at: datetime.datetime | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("share_id", "share_id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("share_size", "share_size", t.INTEGER),
        Field("share_proto", "share_proto", t.STRING),
        Field("provider_location", "provider_location", t.STRING, since="2.12"),
        Field("user_id", "user_id", t.STRING, since="2.17"),
        Field("project_id", "project_id", t.STRING, since="2.17"),
        Field("metadata", "metadata", t.map_of(t.STRING), since="2.73"),
        Field("created_at", "created_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    name: str | Unset = UNSET

    name_like: str | Unset = UNSET

    description: str | Unset = UNSET

    description_like: str | Unset = UNSET

    status: str | Unset = UNSET

    share_id: str | Unset = UNSET

    size: int | Unset = UNSET

    metadata: str | Unset = UNSET
    """A Python dict literal of metadata to match."""

    project_id: str | Unset = UNSET

    all_tenants: bool | Unset = UNSET

    with_count: bool | Unset = UNSET

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("name_like", "name~", t.STRING, location="query", since="2.36"),
        Param("description", "description", t.STRING, location="query"),
        Param("description_like", "description~", t.STRING, location="query", since="2.36"),
        Param("status", "status", t.STRING, location="query"),
        Param("share_id", "share_id", t.STRING, location="query"),
        Param("size", "size", t.INTEGER, location="query"),
        Param("metadata", "metadata", t.STRING, location="query", since="2.73"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("with_count", "with_count", t.BOOLEAN, location="query", since="2.79"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    share_id: str = REQUIRED
    """The share to snapshot."""

    name: str | None | Unset = UNSET
    """The display name (update takes display_name)."""

    description: str | None | Unset = UNSET
    """Free-form text (update takes display_description)."""

    metadata: dict[str, str] | Unset = UNSET
    """User metadata (change it with snapshots_metadata)."""

    force: bool | Unset = UNSET
    """Snapshot a share that is not available (administrators)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("share_id", "share_id", t.STRING, required=True),
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("metadata", "metadata", t.map_of(t.STRING), since="2.73"),
        Param("force", "force", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    display_name: str | None | Unset = UNSET

    display_description: str | None | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("display_name", "display_name", t.STRING, nullable=True),
        Param("display_description", "display_description", t.STRING, nullable=True),
    )


class ManageOpts(Opts):
    """Options of manage."""

    share_id: str = REQUIRED

    provider_location: str = REQUIRED
    """The backend's reference of the existing snapshot."""

    name: str | Unset = UNSET

    description: str | Unset = UNSET

    driver_options: dict[str, Any] | Unset = UNSET

    metadata: dict[str, str] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("share_id", "share_id", t.STRING, required=True),
        Param("provider_location", "provider_location", t.STRING, required=True),
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("driver_options", "driver_options", t.map_of(t.ANY)),
        Param("metadata", "metadata", t.map_of(t.STRING), since="2.73"),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (Param("status", "status", t.STRING, required=True),)


class AllowAccessOpts(Opts):
    """Options of allow_access."""

    access_type: Literal["ip", "user", "cert", "cephx"] = REQUIRED

    access_to: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "access_type",
            "access_type",
            t.STRING,
            required=True,
            enum=("ip", "user", "cert", "cephx"),
        ),
        Param("access_to", "access_to", t.STRING, required=True),
    )


class DenyAccessOpts(Opts):
    """Options of deny_access."""

    access_id: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("access_id", "access_id", t.STRING, required=True),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "snapshots.list",
    "GET",
    "/snapshots",
    ok=(200, 203),
    response_key="snapshots",
    paging=Paging("offset", complete_without_limit=True, count="count"),
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
    ok=(200, 201, 202),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
)
_UPDATE = Operation(
    "snapshots.update",
    "PUT",
    "/snapshots/{snapshot_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
)
_DELETE = Operation(
    "snapshots.delete",
    "DELETE",
    "/snapshots/{snapshot_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "snapshots.list_detail",
    "GET",
    "/snapshots/detail",
    ok=(200, 203),
    response_key="snapshots",
    paging=Paging("offset", complete_without_limit=True, count="count"),
)
_MANAGE = Operation(
    "snapshots.manage",
    "POST",
    "/snapshots/manage",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
    since="2.12",
)
_UNMANAGE = Operation(
    "snapshots.unmanage",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="unmanage",
    response_kind="empty",
    since="2.12",
)
_RESET_STATUS = Operation(
    "snapshots.reset_status",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset_status",
    response_kind="empty",
    since="2.7",
)
_FORCE_DELETE = Operation(
    "snapshots.force_delete",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="force_delete",
    response_kind="empty",
    since="2.7",
)
_ALLOW_ACCESS = Operation(
    "snapshots.allow_access",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="allow_access",
    response_key="snapshot_access",
    since="2.32",
)
_DENY_ACCESS = Operation(
    "snapshots.deny_access",
    "POST",
    "/snapshots/{snapshot_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="deny_access",
    response_kind="empty",
    since="2.32",
)
_ACCESS_LIST = Operation(
    "snapshots.access_list",
    "GET",
    "/snapshots/{snapshot_id}/access-list",
    ok=(200, 203),
    response_kind="list",
    response_key="snapshot_access_list",
    since="2.32",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Snapshot]:
    """List snapshots."""
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
    """Get a snapshot."""
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
    """Create a snapshot."""
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
    """Update a snapshot."""
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
    """Delete a snapshot."""
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
    """List detail."""
    return client.pager(
        _LIST_DETAIL, None, model=Snapshot, opts=opts, microversion=microversion, timeout=timeout
    )


def manage(
    client: ServiceClient,
    opts: ManageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Snapshot]:
    """Bring a snapshot that exists on a backend under Manila's management (administrators)."""
    return client.call(
        _MANAGE, None, model=Snapshot, opts=opts, microversion=microversion, timeout=timeout
    )


def unmanage(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Unmanage."""
    return client.call(
        _UNMANAGE, {"snapshot_id": snapshot_id}, microversion=microversion, timeout=timeout
    )


def reset_status(
    client: ServiceClient,
    snapshot_id: str,
    opts: ResetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset status."""
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
    """Force delete."""
    return client.call(
        _FORCE_DELETE, {"snapshot_id": snapshot_id}, microversion=microversion, timeout=timeout
    )


def allow_access(
    client: ServiceClient,
    snapshot_id: str,
    opts: AllowAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotAccessRule]:
    """Let a client mount a mountable snapshot (read-only)."""
    return client.call(
        _ALLOW_ACCESS,
        {"snapshot_id": snapshot_id},
        model=SnapshotAccessRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def deny_access(
    client: ServiceClient,
    snapshot_id: str,
    opts: DenyAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deny access."""
    return client.call(
        _DENY_ACCESS,
        {"snapshot_id": snapshot_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def access_list(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[SnapshotAccessRule]]:
    """Access list."""
    return client.call(
        _ACCESS_LIST,
        {"snapshot_id": snapshot_id},
        model=SnapshotAccessRule,
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
    errors.WaitFailed when it becomes error or manage_error or unmanage_error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"snapshot_id": snapshot_id},
        model=Snapshot,
        field="status",
        wanted=status,
        failures=("error", "manage_error", "unmanage_error"),
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
