# Generated from shared-file-system/v2/snapshots_metadata.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The user metadata of a snapshot (2.73 and later): key/value strings. Snapshot.metadata carries
the same map. The map can be read and changed as a whole or key by key; keys that the service
itself uses may be refused for non-administrators."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class SnapshotMetadata(Model):
    """The user metadata of a snapshot (2.73 and later): key/value strings. Snapshot.metadata
    carries the same map. The map can be read and changed as a whole or key by key; keys that
    the service itself uses may be refused for non-administrators."""

    metadata: dict[str, str] | Unset = UNSET
    """The metadata, key to value."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("metadata", "metadata", t.map_of(t.STRING)),)


class CreateOpts(Opts):
    """Options of create. Also the options of update and set_key."""

    metadata: dict[str, str] = REQUIRED
    """The metadata, key to value."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "metadata", t.map_of(t.STRING), required=True),
    )


UpdateOpts = CreateOpts
SetKeyOpts = CreateOpts

_GET = Operation(
    "snapshots_metadata.get",
    "GET",
    "/snapshots/{snapshot_id}/metadata",
    ok=(200, 203),
    since="2.73",
)
_CREATE = Operation(
    "snapshots_metadata.create",
    "POST",
    "/snapshots/{snapshot_id}/metadata",
    ok=(200,),
    request_kind="json",
    since="2.73",
)
_UPDATE = Operation(
    "snapshots_metadata.update",
    "PUT",
    "/snapshots/{snapshot_id}/metadata",
    ok=(200,),
    request_kind="json",
    since="2.73",
)
_GET_KEY = Operation(
    "snapshots_metadata.get_key",
    "GET",
    "/snapshots/{snapshot_id}/metadata/{key}",
    ok=(200, 203),
    since="2.73",
)
_SET_KEY = Operation(
    "snapshots_metadata.set_key",
    "POST",
    "/snapshots/{snapshot_id}/metadata/{key}",
    ok=(200, 201, 202),
    request_kind="json",
    since="2.73",
)
_DELETE_KEY = Operation(
    "snapshots_metadata.delete_key",
    "DELETE",
    "/snapshots/{snapshot_id}/metadata/{key}",
    ok=(200,),
    response_kind="empty",
    since="2.73",
)


def get(
    client: ServiceClient,
    snapshot_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotMetadata]:
    """All metadata."""
    return client.call(
        _GET,
        {"snapshot_id": snapshot_id},
        model=SnapshotMetadata,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    snapshot_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotMetadata]:
    """Add keys or overwrite their values (other keys are kept); returns the whole map."""
    return client.call(
        _CREATE,
        {"snapshot_id": snapshot_id},
        model=SnapshotMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    snapshot_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotMetadata]:
    """Replace the whole map (keys not given are removed); returns it."""
    return client.call(
        _UPDATE,
        {"snapshot_id": snapshot_id},
        model=SnapshotMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """One key, as {"meta": {key: value}} (NotFound when there is no such key)."""
    return client.call(
        _GET_KEY,
        {"snapshot_id": snapshot_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def set_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
    opts: SetKeyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Set one key (metadata holds exactly the key of the path); answers {"metadata": {...}}."""
    return client.call(
        _SET_KEY,
        {"snapshot_id": snapshot_id, "key": key},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete key."""
    return client.call(
        _DELETE_KEY,
        {"snapshot_id": snapshot_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def extract_snapshots_metadata(page: Page[Any]) -> builtins.list[SnapshotMetadata]:
    """The SnapshotMetadata items of a page (or of ``all_pages()``)."""
    return page.extract_as(SnapshotMetadata)
