# Generated from block-storage/v3/volume_type_extra_specs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A volume type's extra specs: key/value strings that select a backend and its capabilities
(volume_backend_name, capabilities:*, replication_enabled, multiattach, ...). Keys are 1-255
characters without spaces; values at most 255 characters. Reading the non user-visible ones
and writing are admin-only by default, and a type in use by volumes may change only some of
them."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class VolumeTypeExtraSpecs(Model):
    """A volume type's extra specs: key/value strings that select a backend and its capabilities
    (volume_backend_name, capabilities:*, replication_enabled, multiattach, ...). Keys are
    1-255 characters without spaces; values at most 255 characters. Reading the non
    user-visible ones and writing are admin-only by default, and a type in use by volumes may
    change only some of them."""

    extra_specs: dict[str, str] | Unset = UNSET
    """The extra specs, key to value."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("extra_specs", "extra_specs", t.map_of(t.STRING)),
    )


class CreateOpts(Opts):
    """Options of create."""

    extra_specs: dict[str, str] = REQUIRED
    """The extra specs, key to value."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("extra_specs", "extra_specs", t.map_of(t.STRING), required=True),
    )


class UpdateKeyOpts(Opts):
    """Options of update_key."""

    extra_specs: dict[str, str] = REQUIRED
    """{key: value} for the key in the path."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("extra_specs", "extra_specs", t.map_of(t.STRING), required=True, style="members"),
    )


_GET = Operation(
    "volume_type_extra_specs.get",
    "GET",
    "/types/{volume_type_id}/extra_specs",
    ok=(200, 203),
)
_CREATE = Operation(
    "volume_type_extra_specs.create",
    "POST",
    "/types/{volume_type_id}/extra_specs",
    ok=(200,),
    request_kind="json",
)
_GET_KEY = Operation(
    "volume_type_extra_specs.get_key",
    "GET",
    "/types/{volume_type_id}/extra_specs/{key}",
    ok=(200, 203),
)
_UPDATE_KEY = Operation(
    "volume_type_extra_specs.update_key",
    "PUT",
    "/types/{volume_type_id}/extra_specs/{key}",
    ok=(200,),
    request_kind="json",
)
_DELETE_KEY = Operation(
    "volume_type_extra_specs.delete_key",
    "DELETE",
    "/types/{volume_type_id}/extra_specs/{key}",
    ok=(202,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    volume_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTypeExtraSpecs]:
    """All extra specs of a volume type."""
    return client.call(
        _GET,
        {"volume_type_id": volume_type_id},
        model=VolumeTypeExtraSpecs,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    volume_type_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTypeExtraSpecs]:
    """Add extra specs to a type, replacing the values of keys it already has (keys not given are
    kept); returns what was sent."""
    return client.call(
        _CREATE,
        {"volume_type_id": volume_type_id},
        model=VolumeTypeExtraSpecs,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_key(
    client: ServiceClient,
    volume_type_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """One extra spec of a type, as a one-entry dict {key: value} (NotFound when the type has no
    such key)."""
    return client.call(
        _GET_KEY,
        {"volume_type_id": volume_type_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def update_key(
    client: ServiceClient,
    volume_type_id: str,
    key: str,
    opts: UpdateKeyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Set one extra spec. extra_specs must hold exactly one entry, the key in the path (Cinder
    answers 400 for a different key or more than one). Returns the one-entry dict that was
    set."""
    return client.call(
        _UPDATE_KEY,
        {"volume_type_id": volume_type_id, "key": key},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_key(
    client: ServiceClient,
    volume_type_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one extra spec (NotFound when the type has no such key)."""
    return client.call(
        _DELETE_KEY,
        {"volume_type_id": volume_type_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def extract_volume_type_extra_specs(page: Page[Any]) -> builtins.list[VolumeTypeExtraSpecs]:
    """The VolumeTypeExtraSpecs items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeTypeExtraSpecs)
