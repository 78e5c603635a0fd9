# Generated from load-balancer/v2/members.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A member: one back-end server (address and port) of a pool, with its weight; the whole member
list of a pool can also be replaced in one call."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class MemberSpec(Model):
    """A member to create: in a batch update of a pool's members, or inside a pool of a
    single-call create (leave project_id unset there)."""

    address: str | Unset = UNSET

    admin_state_up: bool | Unset = UNSET

    backup: bool | Unset = UNSET

    monitor_address: str | Unset = UNSET

    monitor_port: int | Unset = UNSET

    name: str | Unset = UNSET

    project_id: str | Unset = UNSET

    protocol_port: int | Unset = UNSET

    request_sriov: bool | Unset = UNSET

    subnet_id: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tenant_id: str | Unset = UNSET

    weight: int | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("address", "address", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("backup", "backup", t.BOOLEAN),
        Field("monitor_address", "monitor_address", t.STRING),
        Field("monitor_port", "monitor_port", t.INTEGER),
        Field("name", "name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("request_sriov", "request_sriov", t.BOOLEAN),
        Field("subnet_id", "subnet_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("weight", "weight", t.INTEGER),
    )


class Member(Model):
    """A member: one back-end server (address and port) of a pool, with its weight; the whole
    member list of a pool can also be replaced in one call."""

    address: str | Unset = UNSET

    admin_state_up: bool | Unset = UNSET

    backup: bool | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    id: str

    monitor_address: str | Unset = UNSET

    monitor_port: int | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    project_id: str | Unset = UNSET

    protocol_port: int | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    subnet_id: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tenant_id: str | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    vnic_type: str | Unset = UNSET

    weight: int | Unset = UNSET

    request_sriov: bool | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("address", "address", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("backup", "backup", t.BOOLEAN),
        Field("created_at", "created_at", t.DATETIME),
        Field("id", "id", t.STRING),
        Field("monitor_address", "monitor_address", t.STRING),
        Field("monitor_port", "monitor_port", t.INTEGER),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("subnet_id", "subnet_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("vnic_type", "vnic_type", t.STRING),
        Field("weight", "weight", t.INTEGER),
        Field("request_sriov", "request_sriov", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    address: str | Unset = UNSET

    admin_state_up: bool | Unset = UNSET

    backup: bool | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    description: str | Unset = UNSET

    id: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    monitor_address: str | Unset = UNSET

    monitor_port: str | Unset = UNSET

    name: str | Unset = UNSET

    not_tags: builtins.list[str] | Unset = UNSET

    not_tags_any: builtins.list[str] | Unset = UNSET

    operating_status: (
        Literal["DEGRADED", "DRAINING", "ERROR", "NO_MONITOR", "OFFLINE", "ONLINE"] | Unset
    ) = UNSET

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    project_id: str | Unset = UNSET

    protocol_port: int | Unset = UNSET

    provisioning_status: (
        Literal["ACTIVE", "DELETED", "ERROR", "PENDING_CREATE", "PENDING_DELETE", "PENDING_UPDATE"]
        | Unset
    ) = UNSET

    subnet_id: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tags_any: builtins.list[str] | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    weight: int | Unset = UNSET

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("address", "address", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("backup", "backup", t.BOOLEAN, location="query"),
        Param("created_at", "created_at", t.DATETIME, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("monitor_address", "monitor_address", t.STRING, location="query"),
        Param("monitor_port", "monitor_port", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param(
            "operating_status",
            "operating_status",
            t.STRING,
            location="query",
            enum=("DEGRADED", "DRAINING", "ERROR", "NO_MONITOR", "OFFLINE", "ONLINE"),
        ),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("protocol_port", "protocol_port", t.INTEGER, location="query"),
        Param(
            "provisioning_status",
            "provisioning_status",
            t.STRING,
            location="query",
            enum=(
                "ACTIVE",
                "DELETED",
                "ERROR",
                "PENDING_CREATE",
                "PENDING_DELETE",
                "PENDING_UPDATE",
            ),
        ),
        Param("subnet_id", "subnet_id", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("updated_at", "updated_at", t.DATETIME, location="query"),
        Param("weight", "weight", t.INTEGER, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    address: str = REQUIRED

    admin_state_up: bool | Unset = UNSET

    backup: bool | Unset = UNSET

    monitor_address: str | Unset = UNSET

    monitor_port: int | Unset = UNSET

    name: str | Unset = UNSET

    project_id: str | Unset = UNSET

    protocol_port: int = REQUIRED

    subnet_id: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    weight: int | Unset = UNSET

    request_sriov: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("address", "address", t.STRING, required=True),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("backup", "backup", t.BOOLEAN),
        Param("monitor_address", "monitor_address", t.STRING),
        Param("monitor_port", "monitor_port", t.INTEGER),
        Param("name", "name", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("protocol_port", "protocol_port", t.INTEGER, required=True),
        Param("subnet_id", "subnet_id", t.STRING),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("weight", "weight", t.INTEGER),
        Param("request_sriov", "request_sriov", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET

    backup: bool | Unset = UNSET

    monitor_address: str | Unset = UNSET

    monitor_port: int | Unset = UNSET

    name: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    weight: int | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("backup", "backup", t.BOOLEAN),
        Param("monitor_address", "monitor_address", t.STRING),
        Param("monitor_port", "monitor_port", t.INTEGER),
        Param("name", "name", t.STRING),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("weight", "weight", t.INTEGER),
    )


class BatchUpdateOpts(Opts):
    """Options of batch_update."""

    members: builtins.list[MemberSpec] = REQUIRED

    additive_only: bool | Unset = UNSET
    """Only add and update the members listed; leave the others (default: members not listed are
    deleted)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("members", "members", t.list_of(t.model(MemberSpec)), required=True),
        Param("additive_only", "additive_only", t.BOOLEAN, location="query"),
    )


_LIST = Operation(
    "members.list",
    "GET",
    "/lbaas/pools/{pool_id}/members",
    ok=(200, 203),
    response_key="members",
    paging=Paging("marker", next="members_links[rel=next].href"),
)
_GET = Operation(
    "members.get",
    "GET",
    "/lbaas/pools/{pool_id}/members/{member_id}",
    ok=(200, 203),
    response_key="member",
)
_CREATE = Operation(
    "members.create",
    "POST",
    "/lbaas/pools/{pool_id}/members",
    ok=(201,),
    request_kind="json",
    request_key="member",
    response_key="member",
)
_UPDATE = Operation(
    "members.update",
    "PUT",
    "/lbaas/pools/{pool_id}/members/{member_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="member",
    response_key="member",
)
_DELETE = Operation(
    "members.delete",
    "DELETE",
    "/lbaas/pools/{pool_id}/members/{member_id}",
    ok=(204,),
    response_kind="empty",
)
_BATCH_UPDATE = Operation(
    "members.batch_update",
    "PUT",
    "/lbaas/pools/{pool_id}/members",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    pool_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Member]:
    """List members."""
    return client.pager(
        _LIST,
        {"pool_id": pool_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Get a member."""
    return client.call(
        _GET,
        {"pool_id": pool_id, "member_id": member_id},
        model=Member,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    pool_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Create a member."""
    return client.call(
        _CREATE,
        {"pool_id": pool_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Update a member."""
    return client.call(
        _UPDATE,
        {"pool_id": pool_id, "member_id": member_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a member."""
    return client.call(
        _DELETE,
        {"pool_id": pool_id, "member_id": member_id},
        microversion=microversion,
        timeout=timeout,
    )


def batch_update(
    client: ServiceClient,
    pool_id: str,
    opts: BatchUpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace the pool's member list in one call: members are matched by address and port (and
    subnet), new ones are created, listed ones updated, and the others deleted (unless
    additive_only)."""
    return client.call(
        _BATCH_UPDATE, {"pool_id": pool_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    pool_id: str,
    name_or_id: str,
) -> Member:
    """The one Member whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Member,
        path_params={"pool_id": pool_id},
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Member], None] | None = None,
) -> Member:
    """Poll get until the Member's provisioning_status is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"pool_id": pool_id, "member_id": member_id},
        model=Member,
        field="provisioning_status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    pool_id: str,
    member_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Member], None] | None = None,
) -> None:
    """Poll get until the Member is gone (404, or provisioning_status DELETED). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes ERROR."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"pool_id": pool_id, "member_id": member_id},
        model=Member,
        field="provisioning_status",
        deleted=("DELETED",),
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_members(page: Page[Any]) -> builtins.list[Member]:
    """The Member items of a page (or of ``all_pages()``)."""
    return page.extract_as(Member)
