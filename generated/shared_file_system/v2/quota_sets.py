# Generated from shared-file-system/v2/quota_sets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The quotas of a project (2.7 and later; before, under /os-quota-sets): of the project as a
whole, of one user in it, or (2.39) of one share type. -1 means unlimited. Reading another
project's quotas, updating and deleting them are for administrators."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class QuotaSet(Model):
    """The quotas of a project (2.7 and later; before, under /os-quota-sets): of the project as a
    whole, of one user in it, or (2.39) of one share type. -1 means unlimited. Reading another
    project's quotas, updating and deleting them are for administrators."""

    id: str
    """The project's ID."""

    shares: int | Unset = UNSET
    """Shares."""

    gigabytes: int | Unset = UNSET
    """GiB of all shares."""

    snapshots: int | Unset = UNSET
    """Snapshots."""

    snapshot_gigabytes: int | Unset = UNSET
    """GiB of all snapshots."""

    share_networks: int | Unset = UNSET
    """Share networks (not per share type)."""

    share_groups: int | Unset = UNSET
    """Share groups (not per share type)."""

    share_group_snapshots: int | Unset = UNSET
    """Share group snapshots (not per share type)."""

    share_replicas: int | Unset = UNSET

    replica_gigabytes: int | Unset = UNSET

    per_share_gigabytes: int | Unset = UNSET
    """The largest size one share may have."""

    backups: int | Unset = UNSET

    backup_gigabytes: int | Unset = UNSET

    encryption_keys: int | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("shares", "shares", t.INTEGER),
        Field("gigabytes", "gigabytes", t.INTEGER),
        Field("snapshots", "snapshots", t.INTEGER),
        Field("snapshot_gigabytes", "snapshot_gigabytes", t.INTEGER),
        Field("share_networks", "share_networks", t.INTEGER),
        Field("share_groups", "share_groups", t.INTEGER, since="2.40"),
        Field("share_group_snapshots", "share_group_snapshots", t.INTEGER, since="2.40"),
        Field("share_replicas", "share_replicas", t.INTEGER, since="2.53"),
        Field("replica_gigabytes", "replica_gigabytes", t.INTEGER, since="2.53"),
        Field("per_share_gigabytes", "per_share_gigabytes", t.INTEGER, since="2.62"),
        Field("backups", "backups", t.INTEGER, since="2.80"),
        Field("backup_gigabytes", "backup_gigabytes", t.INTEGER, since="2.80"),
        Field("encryption_keys", "encryption_keys", t.INTEGER, since="2.90"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete and get_detail."""

    user_id: str | Unset = UNSET
    """One user's quotas in the project."""

    share_type: str | Unset = UNSET
    """One share type's quotas (not with user_id)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("user_id", "user_id", t.STRING, location="query"),
        Param("share_type", "share_type", t.STRING, location="query", since="2.39"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    shares: int | Unset = UNSET
    """Shares."""

    gigabytes: int | Unset = UNSET
    """GiB of all shares."""

    snapshots: int | Unset = UNSET
    """Snapshots."""

    snapshot_gigabytes: int | Unset = UNSET
    """GiB of all snapshots."""

    share_networks: int | Unset = UNSET
    """Share networks (not per share type)."""

    share_groups: int | Unset = UNSET
    """Share groups (not per share type)."""

    share_group_snapshots: int | Unset = UNSET
    """Share group snapshots (not per share type)."""

    share_replicas: int | Unset = UNSET

    replica_gigabytes: int | Unset = UNSET

    per_share_gigabytes: int | Unset = UNSET
    """The largest size one share may have."""

    backups: int | Unset = UNSET

    backup_gigabytes: int | Unset = UNSET

    encryption_keys: int | Unset = UNSET

    force: bool | Unset = UNSET
    """Allow limits below the current usage."""

    user_id: str | Unset = UNSET
    """Set one user's quotas in the project."""

    share_type: str | Unset = UNSET
    """Set one share type's quotas."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("shares", "shares", t.INTEGER),
        Param("gigabytes", "gigabytes", t.INTEGER),
        Param("snapshots", "snapshots", t.INTEGER),
        Param("snapshot_gigabytes", "snapshot_gigabytes", t.INTEGER),
        Param("share_networks", "share_networks", t.INTEGER),
        Param("share_groups", "share_groups", t.INTEGER, since="2.40"),
        Param("share_group_snapshots", "share_group_snapshots", t.INTEGER, since="2.40"),
        Param("share_replicas", "share_replicas", t.INTEGER, since="2.53"),
        Param("replica_gigabytes", "replica_gigabytes", t.INTEGER, since="2.53"),
        Param("per_share_gigabytes", "per_share_gigabytes", t.INTEGER, since="2.62"),
        Param("backups", "backups", t.INTEGER, since="2.80"),
        Param("backup_gigabytes", "backup_gigabytes", t.INTEGER, since="2.80"),
        Param("encryption_keys", "encryption_keys", t.INTEGER, since="2.90"),
        Param("force", "force", t.BOOLEAN),
        Param("user_id", "user_id", t.STRING, location="query"),
        Param("share_type", "share_type", t.STRING, location="query", since="2.39"),
    )


DeleteOpts = GetOpts
GetDetailOpts = GetOpts

_GET = Operation(
    "quota_sets.get",
    "GET",
    "/quota-sets/{project_id}",
    ok=(200, 203),
    response_key="quota_set",
    since="2.7",
)
_UPDATE = Operation(
    "quota_sets.update",
    "PUT",
    "/quota-sets/{project_id}",
    ok=(200,),
    request_kind="json",
    request_key="quota_set",
    response_key="quota_set",
    since="2.7",
)
_DELETE = Operation(
    "quota_sets.delete",
    "DELETE",
    "/quota-sets/{project_id}",
    ok=(202,),
    response_kind="empty",
    since="2.7",
)
_GET_DEFAULTS = Operation(
    "quota_sets.get_defaults",
    "GET",
    "/quota-sets/{project_id}/defaults",
    ok=(200, 203),
    response_key="quota_set",
    since="2.7",
)
_GET_DETAIL = Operation(
    "quota_sets.get_detail",
    "GET",
    "/quota-sets/{project_id}/detail",
    ok=(200, 203),
    since="2.25",
)


def get(
    client: ServiceClient,
    project_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """Get a quota set."""
    return client.call(
        _GET,
        {"project_id": project_id},
        model=QuotaSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """Update a quota set."""
    return client.call(
        _UPDATE,
        {"project_id": project_id},
        model=QuotaSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    project_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset the quotas to the defaults."""
    return client.call(
        _DELETE, {"project_id": project_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def get_defaults(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """Get defaults."""
    return client.call(
        _GET_DEFAULTS,
        {"project_id": project_id},
        model=QuotaSet,
        microversion=microversion,
        timeout=timeout,
    )


def get_detail(
    client: ServiceClient,
    project_id: str,
    opts: GetDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Usage too - {"quota_set": {"id": ..., "<resource>": {"limit", "in_use", "reserved"}}}."""
    return client.call(
        _GET_DETAIL,
        {"project_id": project_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_quota_sets(page: Page[Any]) -> builtins.list[QuotaSet]:
    """The QuotaSet items of a page (or of ``all_pages()``)."""
    return page.extract_as(QuotaSet)
