# Generated from block-storage/v3/quota_classes.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The limits of a quota class. Only the class "default" is used: its limits are the defaults of
every project without its own. Per volume type entries (volumes_<type>, ...) are kept in
extra. Admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class QuotaClassSet(Model):
    """The limits of a quota class. Only the class "default" is used: its limits are the defaults
    of every project without its own. Per volume type entries (volumes_<type>, ...) are kept
    in extra. Admin-only by default."""

    id: str | Unset = UNSET
    """The class name (absent from update responses)."""

    volumes: int | Unset = UNSET
    """The most volumes."""

    snapshots: int | Unset = UNSET
    """The most snapshots."""

    gigabytes: int | Unset = UNSET
    """The most GiB of volumes and snapshots."""

    backups: int | Unset = UNSET
    """The most backups."""

    backup_gigabytes: int | Unset = UNSET
    """The most GiB of backups."""

    groups: int | Unset = UNSET
    """The most groups."""

    per_volume_gigabytes: int | Unset = UNSET
    """The largest size in GiB of one volume."""

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
    """The most GiB of volumes and snapshots."""

    backups: int | Unset = UNSET
    """The most backups."""

    backup_gigabytes: int | Unset = UNSET
    """The most GiB of backups."""

    groups: int | Unset = UNSET
    """The most groups."""

    per_volume_gigabytes: int | Unset = UNSET
    """The largest size in GiB of one volume."""

    per_type: dict[str, int] | Unset = UNSET
    """Per volume type limits such as {"gigabytes_lvmdriver-1": 100}."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volumes", "volumes", t.INTEGER),
        Param("snapshots", "snapshots", t.INTEGER),
        Param("gigabytes", "gigabytes", t.INTEGER),
        Param("backups", "backups", t.INTEGER),
        Param("backup_gigabytes", "backup_gigabytes", t.INTEGER),
        Param("groups", "groups", t.INTEGER),
        Param("per_volume_gigabytes", "per_volume_gigabytes", t.INTEGER),
        Param("per_type", "per_type", t.map_of(t.INTEGER), style="members"),
    )


_GET = Operation(
    "quota_classes.get",
    "GET",
    "/os-quota-class-sets/{quota_class_name}",
    ok=(200, 203),
    response_key="quota_class_set",
)
_UPDATE = Operation(
    "quota_classes.update",
    "PUT",
    "/os-quota-class-sets/{quota_class_name}",
    ok=(200,),
    request_kind="json",
    request_key="quota_class_set",
    response_key="quota_class_set",
)


def get(
    client: ServiceClient,
    quota_class_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaClassSet]:
    """A quota class's limits."""
    return client.call(
        _GET,
        {"quota_class_name": quota_class_name},
        model=QuotaClassSet,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    quota_class_name: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaClassSet]:
    """Change a quota class's limits; returns every limit afterwards (without id)."""
    return client.call(
        _UPDATE,
        {"quota_class_name": quota_class_name},
        model=QuotaClassSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_quota_classes(page: Page[Any]) -> builtins.list[QuotaClassSet]:
    """The QuotaClassSet items of a page (or of ``all_pages()``)."""
    return page.extract_as(QuotaClassSet)
