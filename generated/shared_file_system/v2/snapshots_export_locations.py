# Generated from shared-file-system/v2/snapshots_export_locations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A path a mountable snapshot is mounted by (2.32 and later)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class SnapshotExportLocation(Model):
    """A path a mountable snapshot is mounted by (2.32 and later)."""

    id: str

    path: str | Unset = UNSET

    share_snapshot_instance_id: str | Unset = UNSET
    """(administrators)"""

    is_admin_only: bool | Unset = UNSET
    """(administrators)"""

    links: builtins.list[Link] | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET
    """(get only)"""

    updated_at: datetime.datetime | None | Unset = UNSET
    """(get only)"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("path", "path", t.STRING),
        Field("share_snapshot_instance_id", "share_snapshot_instance_id", t.STRING),
        Field("is_admin_only", "is_admin_only", t.BOOLEAN),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


_LIST = Operation(
    "snapshots_export_locations.list",
    "GET",
    "/snapshots/{snapshot_id}/export-locations",
    ok=(200, 203),
    response_key="share_snapshot_export_locations",
    paging=Paging("single"),
    since="2.32",
)
_GET = Operation(
    "snapshots_export_locations.get",
    "GET",
    "/snapshots/{snapshot_id}/export-locations/{export_location_id}",
    ok=(200, 203),
    response_key="share_snapshot_export_location",
    since="2.32",
)


def list(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SnapshotExportLocation]:
    """List snapshots export locations."""
    return client.pager(
        _LIST,
        {"snapshot_id": snapshot_id},
        model=SnapshotExportLocation,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    snapshot_id: str,
    export_location_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotExportLocation]:
    """Get a snapshot export location."""
    return client.call(
        _GET,
        {"snapshot_id": snapshot_id, "export_location_id": export_location_id},
        model=SnapshotExportLocation,
        microversion=microversion,
        timeout=timeout,
    )


def extract_snapshots_export_locations(page: Page[Any]) -> builtins.list[SnapshotExportLocation]:
    """The SnapshotExportLocation items of a page (or of ``all_pages()``)."""
    return page.extract_as(SnapshotExportLocation)
