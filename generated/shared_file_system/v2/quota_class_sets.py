# Generated from shared-file-system/v2/quota_class_sets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The quotas of a quota class (2.7 and later; before, under /os-quota-class-sets): "default"
holds the defaults every project starts with. Administrators only."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class QuotaClassSet(Model):
    """The quotas of a quota class (2.7 and later; before, under /os-quota-class-sets): "default"
    holds the defaults every project starts with. Administrators only."""

    id: str
    """The class name."""

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
    )


_GET = Operation(
    "quota_class_sets.get",
    "GET",
    "/quota-class-sets/{class_name}",
    ok=(200, 203),
    response_key="quota_class_set",
    since="2.7",
)
_UPDATE = Operation(
    "quota_class_sets.update",
    "PUT",
    "/quota-class-sets/{class_name}",
    ok=(200,),
    request_kind="json",
    request_key="quota_class_set",
    response_key="quota_class_set",
    since="2.7",
)


def get(
    client: ServiceClient,
    class_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaClassSet]:
    """Get a quota class set."""
    return client.call(
        _GET,
        {"class_name": class_name},
        model=QuotaClassSet,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    class_name: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaClassSet]:
    """Update a quota class set."""
    return client.call(
        _UPDATE,
        {"class_name": class_name},
        model=QuotaClassSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_quota_class_sets(page: Page[Any]) -> builtins.list[QuotaClassSet]:
    """The QuotaClassSet items of a page (or of ``all_pages()``)."""
    return page.extract_as(QuotaClassSet)
