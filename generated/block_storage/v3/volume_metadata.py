# Generated from block-storage/v3/volume_metadata.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A volume's user metadata: key/value strings (keys 1-255 characters, values at most 255).
Volume.metadata carries the same map; this API changes it as a whole or key by key."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import MetadataItem as MetadataItem


class VolumeMetadata(Model):
    """A volume's user metadata: key/value strings (keys 1-255 characters, values at most 255).
    Volume.metadata carries the same map; this API changes it as a whole or key by key."""

    metadata: dict[str, str] | Unset = UNSET
    """The metadata, key to value."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("metadata", "metadata", t.map_of(t.STRING)),)


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    metadata: dict[str, str] = REQUIRED
    """The metadata, key to value."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "metadata", t.map_of(t.STRING), required=True),
    )


class UpdateKeyOpts(Opts):
    """Options of update_key."""

    meta: dict[str, str] = REQUIRED
    """{key: value} for the key in the path."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("meta", "meta", t.map_of(t.STRING), required=True),
    )


UpdateOpts = CreateOpts

_GET = Operation(
    "volume_metadata.get",
    "GET",
    "/volumes/{volume_id}/metadata",
    ok=(200, 203),
)
_CREATE = Operation(
    "volume_metadata.create",
    "POST",
    "/volumes/{volume_id}/metadata",
    ok=(200,),
    request_kind="json",
)
_UPDATE = Operation(
    "volume_metadata.update",
    "PUT",
    "/volumes/{volume_id}/metadata",
    ok=(200,),
    request_kind="json",
)
_GET_KEY = Operation(
    "volume_metadata.get_key",
    "GET",
    "/volumes/{volume_id}/metadata/{key}",
    ok=(200,),
)
_UPDATE_KEY = Operation(
    "volume_metadata.update_key",
    "PUT",
    "/volumes/{volume_id}/metadata/{key}",
    ok=(200,),
    request_kind="json",
)
_DELETE_KEY = Operation(
    "volume_metadata.delete_key",
    "DELETE",
    "/volumes/{volume_id}/metadata/{key}",
    ok=(200,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeMetadata]:
    """All metadata of a volume."""
    return client.call(
        _GET,
        {"volume_id": volume_id},
        model=VolumeMetadata,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    volume_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeMetadata]:
    """Add metadata to a volume, replacing the values of keys it already has (keys not given are
    kept); returns the whole metadata afterwards."""
    return client.call(
        _CREATE,
        {"volume_id": volume_id},
        model=VolumeMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    volume_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeMetadata]:
    """Replace all metadata of a volume (keys not given are removed); returns it."""
    return client.call(
        _UPDATE,
        {"volume_id": volume_id},
        model=VolumeMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_key(
    client: ServiceClient,
    volume_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadataItem]:
    """One metadata item (NotFound when the volume has no such key)."""
    return client.call(
        _GET_KEY,
        {"volume_id": volume_id, "key": key},
        model=MetadataItem,
        microversion=microversion,
        timeout=timeout,
    )


def update_key(
    client: ServiceClient,
    volume_id: str,
    key: str,
    opts: UpdateKeyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadataItem]:
    """Set one metadata item; meta must hold exactly the key of the path (400 otherwise). Returns
    the item."""
    return client.call(
        _UPDATE_KEY,
        {"volume_id": volume_id, "key": key},
        model=MetadataItem,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_key(
    client: ServiceClient,
    volume_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one metadata item (NotFound when the volume has no such key)."""
    return client.call(
        _DELETE_KEY,
        {"volume_id": volume_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def extract_volume_metadata(page: Page[Any]) -> builtins.list[VolumeMetadata]:
    """The VolumeMetadata items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeMetadata)
