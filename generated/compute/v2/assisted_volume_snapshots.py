# Generated from compute/v2/assisted_volume_snapshots.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Snapshots of a volume attached to a server, taken by Nova for a Cinder driver that keeps
volumes as files (NFS, GlusterFS, ...): Cinder asks Nova to create or delete a qcow2 overlay
in the guest's disk chain. Admin-only by default; the volume must be attached (400 otherwise)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class SnapshotCreateInfo(Model):
    """The SnapshotCreateInfo object."""

    snapshot_id: str | Unset = UNSET
    """The Cinder snapshot's ID (required)."""

    type: Literal["qcow2"] | Unset = UNSET
    """The overlay's format (required)."""

    new_file: str | Unset = UNSET
    """The new overlay file's name (required)."""

    id: str | Unset = UNSET
    """An ID Nova returns as the snapshot's id."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("snapshot_id", "snapshot_id", t.STRING),
        Field("type", "type", t.STRING, enum=("qcow2",)),
        Field("new_file", "new_file", t.STRING),
        Field("id", "id", t.STRING),
    )


class AssistedVolumeSnapshot(Model):
    """Snapshots of a volume attached to a server, taken by Nova for a Cinder driver that keeps
    volumes as files (NFS, GlusterFS, ...): Cinder asks Nova to create or delete a qcow2
    overlay in the guest's disk chain. Admin-only by default; the volume must be attached (400
    otherwise)."""

    id: str | None
    """The snapshot's ID (create_info.id as sent, null when it was not)."""

    volume_id: str | Unset = UNSET
    """The volume's ID."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("volume_id", "volumeId", t.STRING),
    )


class CreateOpts(Opts):
    """Options of create."""

    volume_id: str = REQUIRED
    """The attached volume's ID."""

    create_info: SnapshotCreateInfo = REQUIRED
    """What to create."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("create_info", "create_info", t.model(SnapshotCreateInfo), required=True),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    delete_info: str = REQUIRED
    """JSON, e.g. {"volume_id": "..."}."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("delete_info", "delete_info", t.STRING, location="query", required=True),
    )


_CREATE = Operation(
    "assisted_volume_snapshots.create",
    "POST",
    "/os-assisted-volume-snapshots",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="snapshot",
    response_key="snapshot",
)
_DELETE = Operation(
    "assisted_volume_snapshots.delete",
    "DELETE",
    "/os-assisted-volume-snapshots/{snapshot_id}",
    ok=(204,),
    response_kind="empty",
)


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AssistedVolumeSnapshot]:
    """Have Nova snapshot an attached volume."""
    return client.call(
        _CREATE,
        None,
        model=AssistedVolumeSnapshot,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    snapshot_id: str,
    opts: DeleteOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Have Nova merge a snapshot out of an attached volume's disk chain (204). delete_info is a
    JSON object as a string with at least volume_id (also type, merge_target_file,
    file_to_merge for the driver); 400 when it is missing or not JSON."""
    return client.call(
        _DELETE, {"snapshot_id": snapshot_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_assisted_volume_snapshots(page: Page[Any]) -> builtins.list[AssistedVolumeSnapshot]:
    """The AssistedVolumeSnapshot items of a page (or of ``all_pages()``)."""
    return page.extract_as(AssistedVolumeSnapshot)
