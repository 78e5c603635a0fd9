# Generated from shared-file-system/v2/limits.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The caller's project's absolute limits (its quotas) and what it uses of them. Rate limits are
no longer enforced by Manila: rate is always empty."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class AbsoluteLimits(Model):
    """Quota limits (max*) and usage (total*Used) of a project."""

    max_total_shares: int | Unset = UNSET

    max_total_share_snapshots: int | Unset = UNSET

    max_total_share_gigabytes: int | Unset = UNSET

    max_total_snapshot_gigabytes: int | Unset = UNSET

    max_total_share_networks: int | Unset = UNSET

    max_total_share_groups: int | Unset = UNSET

    max_total_share_group_snapshots: int | Unset = UNSET

    max_total_share_replicas: int | Unset = UNSET

    max_total_replica_gigabytes: int | Unset = UNSET

    max_total_share_backups: int | Unset = UNSET

    max_total_backup_gigabytes: int | Unset = UNSET

    total_shares_used: int | Unset = UNSET

    total_share_snapshots_used: int | Unset = UNSET

    total_share_gigabytes_used: int | Unset = UNSET

    total_snapshot_gigabytes_used: int | Unset = UNSET

    total_share_networks_used: int | Unset = UNSET

    total_share_groups_used: int | Unset = UNSET

    total_share_group_snapshots_used: int | Unset = UNSET

    total_share_replicas_used: int | Unset = UNSET

    total_replica_gigabytes_used: int | Unset = UNSET

    total_share_backups_used: int | Unset = UNSET

    total_backup_gigabytes_used: int | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("max_total_shares", "maxTotalShares", t.INTEGER),
        Field("max_total_share_snapshots", "maxTotalShareSnapshots", t.INTEGER),
        Field("max_total_share_gigabytes", "maxTotalShareGigabytes", t.INTEGER),
        Field("max_total_snapshot_gigabytes", "maxTotalSnapshotGigabytes", t.INTEGER),
        Field("max_total_share_networks", "maxTotalShareNetworks", t.INTEGER),
        Field("max_total_share_groups", "maxTotalShareGroups", t.INTEGER, since="2.58"),
        Field(
            "max_total_share_group_snapshots",
            "maxTotalShareGroupSnapshots",
            t.INTEGER,
            since="2.58",
        ),
        Field("max_total_share_replicas", "maxTotalShareReplicas", t.INTEGER, since="2.53"),
        Field("max_total_replica_gigabytes", "maxTotalReplicaGigabytes", t.INTEGER, since="2.53"),
        Field("max_total_share_backups", "maxTotalShareBackups", t.INTEGER, since="2.80"),
        Field("max_total_backup_gigabytes", "maxTotalBackupGigabytes", t.INTEGER, since="2.80"),
        Field("total_shares_used", "totalSharesUsed", t.INTEGER),
        Field("total_share_snapshots_used", "totalShareSnapshotsUsed", t.INTEGER),
        Field("total_share_gigabytes_used", "totalShareGigabytesUsed", t.INTEGER),
        Field("total_snapshot_gigabytes_used", "totalSnapshotGigabytesUsed", t.INTEGER),
        Field("total_share_networks_used", "totalShareNetworksUsed", t.INTEGER),
        Field("total_share_groups_used", "totalShareGroupsUsed", t.INTEGER, since="2.58"),
        Field(
            "total_share_group_snapshots_used",
            "totalShareGroupSnapshotsUsed",
            t.INTEGER,
            since="2.58",
        ),
        Field("total_share_replicas_used", "totalShareReplicasUsed", t.INTEGER, since="2.53"),
        Field("total_replica_gigabytes_used", "totalReplicaGigabytesUsed", t.INTEGER, since="2.53"),
        Field("total_share_backups_used", "totalShareBackupsUsed", t.INTEGER, since="2.80"),
        Field("total_backup_gigabytes_used", "totalBackupGigabytesUsed", t.INTEGER, since="2.80"),
    )


class Limits(Model):
    """The caller's project's absolute limits (its quotas) and what it uses of them. Rate limits
    are no longer enforced by Manila: rate is always empty."""

    rate: builtins.list[Any] | Unset = UNSET
    """Rate limits (always empty)."""

    absolute: AbsoluteLimits | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("rate", "rate", t.list_of(t.ANY)),
        Field("absolute", "absolute", t.model(AbsoluteLimits)),
    )


_GET = Operation(
    "limits.get",
    "GET",
    "/limits",
    ok=(200, 203),
    response_key="limits",
)


def get(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Limits]:
    """Get a limits."""
    return client.call(_GET, None, model=Limits, microversion=microversion, timeout=timeout)


def extract_limits(page: Page[Any]) -> builtins.list[Limits]:
    """The Limits items of a page (or of ``all_pages()``)."""
    return page.extract_as(Limits)
