# Generated from block-storage/v3/groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A generic volume group (since 3.13): volumes of one or more volume types, of one group type,
managed together (group snapshots, replication, consistent snapshots when the group type says
so). Creating one asks the scheduler; the group starts "creating". Deleting is an action
(delete_group), since it may delete the group's volumes too."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Group(Model):
    """A generic volume group (since 3.13): volumes of one or more volume types, of one group
    type, managed together (group snapshots, replication, consistent snapshots when the group
    type says so). Creating one asks the scheduler; the group starts "creating". Deleting is
    an action (delete_group), since it may delete the group's volumes too."""

    id: str
    """The group's UUID."""

    name: str | None | Unset = UNSET
    """The name (may be empty)."""

    description: str | None | Unset = UNSET
    """Free-form text."""

    status: (
        Literal[
            "creating",
            "available",
            "updating",
            "in-use",
            "deleting",
            "deleted",
            "error",
            "error_deleting",
        ]
        | Unset
    ) = UNSET
    """Where the group is in its life cycle."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone (None for the default)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the group was created."""

    group_type: str | Unset = UNSET
    """The group type's ID or name on create; its ID in responses."""

    volume_types: builtins.list[str] | Unset = UNSET
    """The volume types' IDs (or names on create) the group's volumes may have."""

    volumes: builtins.list[str] | Unset = UNSET
    """The group's volume IDs (since 3.25, when listed with list_volume)."""

    group_snapshot_id: str | None | Unset = UNSET
    """The group snapshot the group was created from (since 3.14)."""

    source_group_id: str | None | Unset = UNSET
    """The group the group was cloned from (since 3.14)."""

    replication_status: str | None | Unset = UNSET
    """The replication status (since 3.38)."""

    project_id: str | Unset = UNSET
    """The owning project (since 3.58, when policy allows)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("group_type", "group_type", t.STRING),
        Field("volume_types", "volume_types", t.list_of(t.STRING)),
        Field("volumes", "volumes", t.list_of(t.STRING), since="3.25"),
        Field("group_snapshot_id", "group_snapshot_id", t.STRING, since="3.14"),
        Field("source_group_id", "source_group_id", t.STRING, since="3.14"),
        Field("replication_status", "replication_status", t.STRING, since="3.38"),
        Field("project_id", "project_id", t.STRING, since="3.58"),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    all_tenants: bool | Unset = UNSET
    """Admins only: groups of every project."""

    list_volume: bool | Unset = UNSET
    """True to include each group's volume IDs (list_detail answers them)."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    sort: str | Unset = UNSET
    """key1:asc,key2:desc."""

    limit: int | Unset = UNSET
    """The most groups a page holds."""

    marker: str | Unset = UNSET
    """Start after the group with this ID."""

    offset: int | Unset = UNSET
    """Skip this many first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("list_volume", "list_volume", t.BOOLEAN, location="query", since="3.25"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("sort", "sort", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The name (may be empty)."""

    description: str | None | Unset = UNSET
    """Free-form text."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone (None for the default)."""

    group_type: str = REQUIRED
    """The group type's ID or name on create; its ID in responses."""

    volume_types: builtins.list[str] = REQUIRED
    """The volume types' IDs (or names on create) the group's volumes may have."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("group_type", "group_type", t.STRING, required=True),
        Param("volume_types", "volume_types", t.list_of(t.STRING), required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The name (may be empty)."""

    description: str | None | Unset = UNSET
    """Free-form text."""

    add_volumes: str | Unset = UNSET
    """Comma separated IDs of volumes to add."""

    remove_volumes: str | Unset = UNSET
    """Comma separated IDs of volumes to remove."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("add_volumes", "add_volumes", t.STRING),
        Param("remove_volumes", "remove_volumes", t.STRING),
    )


class CreateFromSrcOpts(Opts):
    """Options of create_from_src."""

    name: str | Unset = UNSET
    """The new group's name."""

    description: str | Unset = UNSET
    """Free-form text."""

    group_snapshot_id: str | None | Unset = UNSET
    """The group snapshot to create from."""

    source_group_id: str | None | Unset = UNSET
    """The group to clone."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("group_snapshot_id", "group_snapshot_id", t.STRING, nullable=True),
        Param("source_group_id", "source_group_id", t.STRING, nullable=True),
    )


class DeleteGroupOpts(Opts):
    """Options of delete_group."""

    delete_volumes: bool | Unset = UNSET
    """Also delete the group's volumes."""

    _params: ClassVar[tuple[Param, ...]] = (Param("delete_volumes", "delete-volumes", t.BOOLEAN),)


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: str = REQUIRED
    """The new status."""

    _params: ClassVar[tuple[Param, ...]] = (Param("status", "status", t.STRING, required=True),)


class FailoverReplicationOpts(Opts):
    """Options of failover_replication."""

    allow_attached_volume: bool | Unset = UNSET
    """Also fail over attached volumes (default false)."""

    secondary_backend_id: str | None | Unset = UNSET
    """The backend to fail over to."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("allow_attached_volume", "allow_attached_volume", t.BOOLEAN),
        Param("secondary_backend_id", "secondary_backend_id", t.STRING, nullable=True),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "groups.list",
    "GET",
    "/groups",
    ok=(200, 203),
    response_key="groups",
    paging=Paging("marker", next="group_links[rel=next].href"),
    since="3.13",
)
_GET = Operation(
    "groups.get",
    "GET",
    "/groups/{group_id}",
    ok=(200, 203),
    response_key="group",
    since="3.13",
)
_CREATE = Operation(
    "groups.create",
    "POST",
    "/groups",
    ok=(202,),
    request_kind="json",
    request_key="group",
    response_key="group",
    since="3.13",
)
_UPDATE = Operation(
    "groups.update",
    "PUT",
    "/groups/{group_id}",
    ok=(202,),
    request_kind="json",
    request_key="group",
    response_kind="empty",
    since="3.13",
)
_LIST_DETAIL = Operation(
    "groups.list_detail",
    "GET",
    "/groups/detail",
    ok=(200, 203),
    response_key="groups",
    paging=Paging("marker", next="group_links[rel=next].href"),
    since="3.13",
)
_CREATE_FROM_SRC = Operation(
    "groups.create_from_src",
    "POST",
    "/groups/action",
    ok=(202,),
    request_kind="json",
    request_key="create-from-src",
    response_key="group",
    since="3.14",
)
_DELETE_GROUP = Operation(
    "groups.delete_group",
    "POST",
    "/groups/{group_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="delete",
    response_kind="empty",
    since="3.13",
)
_RESET_STATUS = Operation(
    "groups.reset_status",
    "POST",
    "/groups/{group_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset_status",
    response_kind="empty",
    since="3.20",
)
_ENABLE_REPLICATION = Operation(
    "groups.enable_replication",
    "POST",
    "/groups/{group_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="enable_replication",
    response_kind="empty",
    since="3.38",
)
_DISABLE_REPLICATION = Operation(
    "groups.disable_replication",
    "POST",
    "/groups/{group_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="disable_replication",
    response_kind="empty",
    since="3.38",
)
_FAILOVER_REPLICATION = Operation(
    "groups.failover_replication",
    "POST",
    "/groups/{group_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="failover_replication",
    response_kind="empty",
    since="3.38",
)
_LIST_REPLICATION_TARGETS = Operation(
    "groups.list_replication_targets",
    "POST",
    "/groups/{group_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="list_replication_targets",
    since="3.38",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Group]:
    """List groups in brief (id and name)."""
    return client.pager(
        _LIST, None, model=Group, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Group]:
    """Show a group."""
    return client.call(
        _GET, {"group_id": group_id}, model=Group, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Group]:
    """Create a group (the answer carries only id and name)."""
    return client.call(
        _CREATE, None, model=Group, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    group_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Rename a group or add and remove volumes (at least one of them)."""
    return client.call(
        _UPDATE, {"group_id": group_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Group]:
    """List groups with every attribute."""
    return client.pager(
        _LIST_DETAIL, None, model=Group, opts=opts, microversion=microversion, timeout=timeout
    )


def create_from_src(
    client: ServiceClient,
    opts: CreateFromSrcOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Group]:
    """Create a group from a group snapshot or by cloning another group (exactly one of them;
    since 3.14). The answer carries id and name."""
    return client.call(
        _CREATE_FROM_SRC, None, model=Group, opts=opts, microversion=microversion, timeout=timeout
    )


def delete_group(
    client: ServiceClient,
    group_id: str,
    opts: DeleteGroupOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a group; with delete_volumes its volumes too (without it a group with volumes is a
    400)."""
    return client.call(
        _DELETE_GROUP, {"group_id": group_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def reset_status(
    client: ServiceClient,
    group_id: str,
    opts: ResetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set a group's status in the database only (admin; since 3.20)."""
    return client.call(
        _RESET_STATUS, {"group_id": group_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def enable_replication(
    client: ServiceClient,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Enable replication of a group's volumes (since 3.38)."""
    return client.call(
        _ENABLE_REPLICATION, {"group_id": group_id}, microversion=microversion, timeout=timeout
    )


def disable_replication(
    client: ServiceClient,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Disable replication of a group's volumes (since 3.38)."""
    return client.call(
        _DISABLE_REPLICATION, {"group_id": group_id}, microversion=microversion, timeout=timeout
    )


def failover_replication(
    client: ServiceClient,
    group_id: str,
    opts: FailoverReplicationOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Fail a replicated group over to a secondary backend (since 3.38)."""
    return client.call(
        _FAILOVER_REPLICATION,
        {"group_id": group_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_replication_targets(
    client: ServiceClient,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The replication targets of a group, as the driver reports them ({"replication_targets":
    [...]}; since 3.38)."""
    return client.call(
        _LIST_REPLICATION_TARGETS,
        {"group_id": group_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Group:
    """The one Group whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Group,
        name_field="name",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    group_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Group], None] | None = None,
) -> Group:
    """Poll get until the Group's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"group_id": group_id},
        model=Group,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    group_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Group], None] | None = None,
) -> None:
    """Poll get until the Group is gone (404, or status deleted). Raises errors.WaitTimeout after
    ``timeout`` seconds, errors.WaitFailed when it becomes error_deleting."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"group_id": group_id},
        model=Group,
        field="status",
        deleted=("deleted",),
        failures=("error_deleting",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_groups(page: Page[Any]) -> builtins.list[Group]:
    """The Group items of a page (or of ``all_pages()``)."""
    return page.extract_as(Group)
