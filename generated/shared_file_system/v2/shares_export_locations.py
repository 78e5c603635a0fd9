# Generated from shared-file-system/v2/shares_export_locations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A path clients mount a share by (2.9 and later; before, Share.export_locations). A share has
one or more; administrators also see the share instance each belongs to and the paths reserved
for administrators."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class ShareExportLocation(Model):
    """A path clients mount a share by (2.9 and later; before, Share.export_locations). A share
    has one or more; administrators also see the share instance each belongs to and the paths
    reserved for administrators."""

    id: str
    """The export location's ID."""

    path: str | Unset = UNSET
    """What a client mounts."""

    preferred: bool | Unset = UNSET
    """Whether the driver recommends this path."""

    share_instance_id: str | Unset = UNSET
    """The share instance it belongs to (administrators)."""

    is_admin_only: bool | Unset = UNSET
    """Whether only administrators can see it (administrators)."""

    metadata: dict[str, str] | Unset = UNSET
    """The export location's metadata."""

    replica_state: str | None | Unset = UNSET
    """The replica state of its instance (when it belongs to a replica)."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone of its instance."""

    created_at: datetime.datetime | Unset = UNSET
    """(get only)"""

    updated_at: datetime.datetime | None | Unset = UNSET
    """(get only)"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("path", "path", t.STRING),
        Field("preferred", "preferred", t.BOOLEAN, since="2.14"),
        Field("share_instance_id", "share_instance_id", t.STRING),
        Field("is_admin_only", "is_admin_only", t.BOOLEAN),
        Field("metadata", "metadata", t.map_of(t.STRING), since="2.87"),
        Field("replica_state", "replica_state", t.STRING, since="2.47"),
        Field("availability_zone", "availability_zone", t.STRING, since="2.47"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


_LIST = Operation(
    "shares_export_locations.list",
    "GET",
    "/shares/{share_id}/export_locations",
    ok=(200, 203),
    response_key="export_locations",
    paging=Paging("single"),
    since="2.9",
)
_GET = Operation(
    "shares_export_locations.get",
    "GET",
    "/shares/{share_id}/export_locations/{export_location_id}",
    ok=(200, 203),
    response_key="export_location",
    since="2.9",
)


def list(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ShareExportLocation]:
    """List shares export locations."""
    return client.pager(
        _LIST,
        {"share_id": share_id},
        model=ShareExportLocation,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    share_id: str,
    export_location_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareExportLocation]:
    """Get a share export location."""
    return client.call(
        _GET,
        {"share_id": share_id, "export_location_id": export_location_id},
        model=ShareExportLocation,
        microversion=microversion,
        timeout=timeout,
    )


def extract_shares_export_locations(page: Page[Any]) -> builtins.list[ShareExportLocation]:
    """The ShareExportLocation items of a page (or of ``all_pages()``)."""
    return page.extract_as(ShareExportLocation)
