# Generated from block-storage/v3/volume_image_metadata.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The image metadata of a volume: what Cinder copied from the image the volume was made from
(image_id, image_name, disk_format, min_ram, ...) and what was set since; it goes with the
volume into images made from it. Volume.volume_image_metadata carries the same map. Changes
are actions on the volume."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class VolumeImageMetadata(Model):
    """The image metadata of a volume: what Cinder copied from the image the volume was made from
    (image_id, image_name, disk_format, min_ram, ...) and what was set since; it goes with the
    volume into images made from it. Volume.volume_image_metadata carries the same map.
    Changes are actions on the volume."""

    metadata: dict[str, str] | Unset = UNSET
    """The image metadata, key to value (values are strings)."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("metadata", "metadata", t.map_of(t.STRING)),)


class SetImageMetadataOpts(Opts):
    """Options of set_image_metadata."""

    metadata: dict[str, str] = REQUIRED
    """The items to set."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "metadata", t.map_of(t.STRING), required=True),
    )


class UnsetImageMetadataOpts(Opts):
    """Options of unset_image_metadata."""

    key: str = REQUIRED
    """The key to remove."""

    _params: ClassVar[tuple[Param, ...]] = (Param("key", "key", t.STRING, required=True),)


_SHOW_IMAGE_METADATA = Operation(
    "volume_image_metadata.show_image_metadata",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(200,),
    request_kind="json-null",
    request_key="os-show_image_metadata",
)
_SET_IMAGE_METADATA = Operation(
    "volume_image_metadata.set_image_metadata",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-set_image_metadata",
)
_UNSET_IMAGE_METADATA = Operation(
    "volume_image_metadata.unset_image_metadata",
    "POST",
    "/volumes/{volume_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-unset_image_metadata",
    response_kind="empty",
)


def show_image_metadata(
    client: ServiceClient,
    volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeImageMetadata]:
    """All image metadata of a volume."""
    return client.call(
        _SHOW_IMAGE_METADATA,
        {"volume_id": volume_id},
        model=VolumeImageMetadata,
        microversion=microversion,
        timeout=timeout,
    )


def set_image_metadata(
    client: ServiceClient,
    volume_id: str,
    opts: SetImageMetadataOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeImageMetadata]:
    """Add image metadata items (keys given replace their values); returns the whole image
    metadata afterwards."""
    return client.call(
        _SET_IMAGE_METADATA,
        {"volume_id": volume_id},
        model=VolumeImageMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def unset_image_metadata(
    client: ServiceClient,
    volume_id: str,
    opts: UnsetImageMetadataOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one image metadata item (NotFound when there is no such key)."""
    return client.call(
        _UNSET_IMAGE_METADATA,
        {"volume_id": volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_volume_image_metadata(page: Page[Any]) -> builtins.list[VolumeImageMetadata]:
    """The VolumeImageMetadata items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeImageMetadata)
