# Generated from shared-file-system/v2/snapshot_instances_export_locations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A path one snapshot instance is mounted by (2.32 and later; administrators)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class SnapshotInstanceExportLocation(Model):
    """A path one snapshot instance is mounted by (2.32 and later; administrators)."""

    id: str

    path: str | Unset = UNSET

    share_snapshot_instance_id: str | Unset = UNSET

    is_admin_only: bool | Unset = UNSET

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
    "snapshot_instances_export_locations.list",
    "GET",
    "/snapshot-instances/{snapshot_instance_id}/export-locations",
    ok=(200, 203),
    response_key="share_snapshot_export_locations",
    paging=Paging("single"),
    since="2.32",
)
_GET = Operation(
    "snapshot_instances_export_locations.get",
    "GET",
    "/snapshot-instances/{snapshot_instance_id}/export-locations/{export_location_id}",
    ok=(200, 203),
    response_key="share_snapshot_export_location",
    since="2.32",
)


def list(
    client: ServiceClient,
    snapshot_instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SnapshotInstanceExportLocation]:
    """List snapshot instances export locations."""
    return client.pager(
        _LIST,
        {"snapshot_instance_id": snapshot_instance_id},
        model=SnapshotInstanceExportLocation,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    snapshot_instance_id: str,
    export_location_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotInstanceExportLocation]:
    """Get a snapshot instance export location."""
    return client.call(
        _GET,
        {"snapshot_instance_id": snapshot_instance_id, "export_location_id": export_location_id},
        model=SnapshotInstanceExportLocation,
        microversion=microversion,
        timeout=timeout,
    )


def extract_snapshot_instances_export_locations(
    page: Page[Any],
) -> builtins.list[SnapshotInstanceExportLocation]:
    """The SnapshotInstanceExportLocation items of a page (or of ``all_pages()``)."""
    return page.extract_as(SnapshotInstanceExportLocation)
