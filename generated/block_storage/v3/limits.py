# Generated from block-storage/v3/limits.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The caller's project's absolute limits and what it uses of them (rate limits are no longer
enforced by Cinder: rate is always empty)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class AbsoluteLimits(Model):
    """Quota limits (max*) and usage (total*Used) of a project."""

    max_total_volumes: int | Unset = UNSET
    """The most volumes."""

    max_total_snapshots: int | Unset = UNSET
    """The most snapshots."""

    max_total_volume_gigabytes: int | Unset = UNSET
    """The most GiB of volumes and snapshots."""

    max_total_backups: int | Unset = UNSET
    """The most backups."""

    max_total_backup_gigabytes: int | Unset = UNSET
    """The most GiB of backups."""

    total_volumes_used: int | Unset = UNSET
    """Volumes in use."""

    total_snapshots_used: int | Unset = UNSET
    """Snapshots in use."""

    total_gigabytes_used: int | Unset = UNSET
    """GiB of volumes and snapshots in use."""

    total_backups_used: int | Unset = UNSET
    """Backups in use."""

    total_backup_gigabytes_used: int | Unset = UNSET
    """GiB of backups in use."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("max_total_volumes", "maxTotalVolumes", t.INTEGER),
        Field("max_total_snapshots", "maxTotalSnapshots", t.INTEGER),
        Field("max_total_volume_gigabytes", "maxTotalVolumeGigabytes", t.INTEGER),
        Field("max_total_backups", "maxTotalBackups", t.INTEGER),
        Field("max_total_backup_gigabytes", "maxTotalBackupGigabytes", t.INTEGER),
        Field("total_volumes_used", "totalVolumesUsed", t.INTEGER),
        Field("total_snapshots_used", "totalSnapshotsUsed", t.INTEGER),
        Field("total_gigabytes_used", "totalGigabytesUsed", t.INTEGER),
        Field("total_backups_used", "totalBackupsUsed", t.INTEGER),
        Field("total_backup_gigabytes_used", "totalBackupGigabytesUsed", t.INTEGER),
    )


class Limits(Model):
    """The caller's project's absolute limits and what it uses of them (rate limits are no longer
    enforced by Cinder: rate is always empty)."""

    rate: builtins.list[Any] | Unset = UNSET
    """Rate limits (always empty)."""

    absolute: AbsoluteLimits | Unset = UNSET
    """The quota limits and their usage."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("rate", "rate", t.list_of(t.ANY)),
        Field("absolute", "absolute", t.model(AbsoluteLimits)),
    )


class GetOpts(Opts):
    """Options of get."""

    project_id: str | Unset = UNSET
    """Another project's ID (admin)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("project_id", "project_id", t.STRING, location="query", since="3.39"),
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
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Limits]:
    """The caller's project's limits, or with project_id (admin; since 3.39) another project's."""
    return client.call(
        _GET, None, model=Limits, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_limits(page: Page[Any]) -> builtins.list[Limits]:
    """The Limits items of a page (or of ``all_pages()``)."""
    return page.extract_as(Limits)
