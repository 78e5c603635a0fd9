# Generated from block-storage/v3/quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project's Block Storage quotas: how many volumes, snapshots, backups and groups it may have
and how many GiB they may take (-1: unlimited). Besides the fields below Cinder sends one
volumes_<type>, snapshots_<type> and gigabytes_<type> entry per volume type; those keys depend
on the types and are kept in extra. Reading another project's quotas and changing any is
admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class QuotaUsage(Model):
    """One limit with its usage."""

    limit: int | Unset = UNSET
    """The limit (-1 unlimited)."""

    in_use: int | Unset = UNSET
    """How much is used."""

    reserved: int | Unset = UNSET
    """How much is reserved by operations under way."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("limit", "limit", t.INTEGER),
        Field("in_use", "in_use", t.INTEGER),
        Field("reserved", "reserved", t.INTEGER),
    )


class QuotaUsageSet(Model):
    """A project's limits with their usage (per volume type entries are kept in extra)."""

    id: str | Unset = UNSET
    """The project's ID."""

    volumes: QuotaUsage | Unset = UNSET
    """Volumes."""

    snapshots: QuotaUsage | Unset = UNSET
    """Snapshots."""

    gigabytes: QuotaUsage | Unset = UNSET
    """GiB of volumes and snapshots."""

    backups: QuotaUsage | Unset = UNSET
    """Backups."""

    backup_gigabytes: QuotaUsage | Unset = UNSET
    """GiB of backups."""

    groups: QuotaUsage | Unset = UNSET
    """Groups."""

    per_volume_gigabytes: QuotaUsage | Unset = UNSET
    """GiB of one volume."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("volumes", "volumes", t.model(QuotaUsage)),
        Field("snapshots", "snapshots", t.model(QuotaUsage)),
        Field("gigabytes", "gigabytes", t.model(QuotaUsage)),
        Field("backups", "backups", t.model(QuotaUsage)),
        Field("backup_gigabytes", "backup_gigabytes", t.model(QuotaUsage)),
        Field("groups", "groups", t.model(QuotaUsage)),
        Field("per_volume_gigabytes", "per_volume_gigabytes", t.model(QuotaUsage)),
    )


class QuotaSet(Model):
    """A project's Block Storage quotas: how many volumes, snapshots, backups and groups it may
    have and how many GiB they may take (-1: unlimited). Besides the fields below Cinder sends
    one volumes_<type>, snapshots_<type> and gigabytes_<type> entry per volume type; those
    keys depend on the types and are kept in extra. Reading another project's quotas and
    changing any is admin-only by default."""

    id: str | Unset = UNSET
    """The project's ID (absent from update responses)."""

    volumes: int | Unset = UNSET
    """The most volumes."""

    snapshots: int | Unset = UNSET
    """The most snapshots."""

    gigabytes: int | Unset = UNSET
    """The most GiB volumes and snapshots may take together."""

    backups: int | Unset = UNSET
    """The most backups."""

    backup_gigabytes: int | Unset = UNSET
    """The most GiB backups may take."""

    groups: int | Unset = UNSET
    """The most groups."""

    per_volume_gigabytes: int | Unset = UNSET
    """The largest size in GiB one volume may have."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("volumes", "volumes", t.INTEGER),
        Field("snapshots", "snapshots", t.INTEGER),
        Field("gigabytes", "gigabytes", t.INTEGER),
        Field("backups", "backups", t.INTEGER),
        Field("backup_gigabytes", "backup_gigabytes", t.INTEGER),
        Field("groups", "groups", t.INTEGER),
        Field("per_volume_gigabytes", "per_volume_gigabytes", t.INTEGER),
    )


class UpdateOpts(Opts):
    """Options of update."""

    volumes: int | Unset = UNSET
    """The most volumes."""

    snapshots: int | Unset = UNSET
    """The most snapshots."""

    gigabytes: int | Unset = UNSET
    """The most GiB volumes and snapshots may take together."""

    backups: int | Unset = UNSET
    """The most backups."""

    backup_gigabytes: int | Unset = UNSET
    """The most GiB backups may take."""

    groups: int | Unset = UNSET
    """The most groups."""

    per_volume_gigabytes: int | Unset = UNSET
    """The largest size in GiB one volume may have."""

    skip_validation: bool | Unset = UNSET
    """False to refuse limits below what the project already uses (400); by default Cinder does
    not check that."""

    per_type: dict[str, int] | Unset = UNSET
    """Per volume type limits such as {"volumes_lvmdriver-1": 5} (keys volumes_, snapshots_ or
    gigabytes_ plus the type's name)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volumes", "volumes", t.INTEGER),
        Param("snapshots", "snapshots", t.INTEGER),
        Param("gigabytes", "gigabytes", t.INTEGER),
        Param("backups", "backups", t.INTEGER),
        Param("backup_gigabytes", "backup_gigabytes", t.INTEGER),
        Param("groups", "groups", t.INTEGER),
        Param("per_volume_gigabytes", "per_volume_gigabytes", t.INTEGER),
        Param("skip_validation", "skip_validation", t.BOOLEAN),
        Param("per_type", "per_type", t.map_of(t.INTEGER), style="members"),
    )


class UsageOpts(Opts):
    """Options of usage."""

    usage: bool = REQUIRED
    """Must be true."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("usage", "usage", t.BOOLEAN, location="query", required=True),
    )


_GET = Operation(
    "quotas.get",
    "GET",
    "/os-quota-sets/{project_id}",
    ok=(200, 203),
    response_key="quota_set",
)
_UPDATE = Operation(
    "quotas.update",
    "PUT",
    "/os-quota-sets/{project_id}",
    ok=(200,),
    request_kind="json",
    request_key="quota_set",
    response_key="quota_set",
)
_DELETE = Operation(
    "quotas.delete",
    "DELETE",
    "/os-quota-sets/{project_id}",
    ok=(200,),
    response_kind="empty",
)
_DEFAULTS = Operation(
    "quotas.defaults",
    "GET",
    "/os-quota-sets/{project_id}/defaults",
    ok=(200, 203),
    response_key="quota_set",
)
_USAGE = Operation(
    "quotas.usage",
    "GET",
    "/os-quota-sets/{project_id}",
    ok=(200, 203),
    response_key="quota_set",
)


def get(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """A project's quota limits."""
    return client.call(
        _GET, {"project_id": project_id}, model=QuotaSet, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """Change some of a project's limits (admin); returns every limit of the project afterwards
    (without id)."""
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
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset a project's limits to the defaults (admin)."""
    return client.call(
        _DELETE, {"project_id": project_id}, microversion=microversion, timeout=timeout
    )


def defaults(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """The default limits that projects without their own get."""
    return client.call(
        _DEFAULTS,
        {"project_id": project_id},
        model=QuotaSet,
        microversion=microversion,
        timeout=timeout,
    )


def usage(
    client: ServiceClient,
    project_id: str,
    opts: UsageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaUsageSet]:
    """A project's limits with what it uses and has reserved of each."""
    return client.call(
        _USAGE,
        {"project_id": project_id},
        model=QuotaUsageSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_quotas(page: Page[Any]) -> builtins.list[QuotaSet]:
    """The QuotaSet items of a page (or of ``all_pages()``)."""
    return page.extract_as(QuotaSet)
