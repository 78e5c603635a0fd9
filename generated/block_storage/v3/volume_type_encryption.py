# Generated from block-storage/v3/volume_type_encryption.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The encryption specs of a volume type: the provider that encrypts volumes of that type, where
it runs (front-end: the compute host; back-end: the storage), the cipher and the key size. A
type has at most one set; none of it may change while volumes of the type exist. Admin-only by
default."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class VolumeTypeEncryption(Model):
    """The encryption specs of a volume type: the provider that encrypts volumes of that type,
    where it runs (front-end: the compute host; back-end: the storage), the cipher and the key
    size. A type has at most one set; none of it may change while volumes of the type exist.
    Admin-only by default."""

    encryption_id: str | Unset = UNSET
    """The encryption specs' UUID (absent from update responses, which echo what was sent)."""

    volume_type_id: str | Unset = UNSET
    """The volume type's ID."""

    provider: str | Unset = UNSET
    """The encryption provider: "luks" or "plain" (or a class path, deprecated)."""

    control_location: Literal["front-end", "back-end"] | Unset = UNSET
    """Where encryption happens (front-end is the compute host)."""

    cipher: str | None | Unset = UNSET
    """The cipher, e.g. aes-xts-plain64 (None for the provider's default)."""

    key_size: int | None | Unset = UNSET
    """The key size in bits (None for the provider's default)."""

    deleted: bool | Unset = UNSET
    """Always false for encryption specs that are shown."""

    created_at: datetime.datetime | Unset = UNSET
    """When the specs were created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the specs last changed."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """Always None for encryption specs that are shown."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("encryption_id", "encryption_id", t.STRING),
        Field("volume_type_id", "volume_type_id", t.STRING),
        Field("provider", "provider", t.STRING),
        Field("control_location", "control_location", t.STRING, enum=("front-end", "back-end")),
        Field("cipher", "cipher", t.STRING),
        Field("key_size", "key_size", t.INTEGER),
        Field("deleted", "deleted", t.BOOLEAN),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted_at", "deleted_at", t.DATETIME),
    )


class CreateOpts(Opts):
    """Options of create."""

    provider: str = REQUIRED
    """The encryption provider: "luks" or "plain" (or a class path, deprecated)."""

    control_location: Literal["front-end", "back-end"] = REQUIRED
    """Where encryption happens (front-end is the compute host)."""

    cipher: str | None | Unset = UNSET
    """The cipher, e.g. aes-xts-plain64 (None for the provider's default)."""

    key_size: int | None | Unset = UNSET
    """The key size in bits (None for the provider's default)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("provider", "provider", t.STRING, required=True),
        Param(
            "control_location",
            "control_location",
            t.STRING,
            required=True,
            enum=("front-end", "back-end"),
        ),
        Param("cipher", "cipher", t.STRING, nullable=True),
        Param("key_size", "key_size", t.INTEGER, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    provider: str | Unset = UNSET
    """The encryption provider: "luks" or "plain" (or a class path, deprecated)."""

    control_location: Literal["front-end", "back-end"] | Unset = UNSET
    """Where encryption happens (front-end is the compute host)."""

    cipher: str | None | Unset = UNSET
    """The cipher, e.g. aes-xts-plain64 (None for the provider's default)."""

    key_size: int | None | Unset = UNSET
    """The key size in bits (None for the provider's default)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("provider", "provider", t.STRING),
        Param("control_location", "control_location", t.STRING, enum=("front-end", "back-end")),
        Param("cipher", "cipher", t.STRING, nullable=True),
        Param("key_size", "key_size", t.INTEGER, nullable=True),
    )


_GET = Operation(
    "volume_type_encryption.get",
    "GET",
    "/types/{volume_type_id}/encryption",
    ok=(200, 203),
)
_CREATE = Operation(
    "volume_type_encryption.create",
    "POST",
    "/types/{volume_type_id}/encryption",
    ok=(200,),
    request_kind="json",
    request_key="encryption",
    response_key="encryption",
)
_UPDATE = Operation(
    "volume_type_encryption.update",
    "PUT",
    "/types/{volume_type_id}/encryption/{encryption_id}",
    ok=(200,),
    request_kind="json",
    request_key="encryption",
    response_key="encryption",
)
_DELETE = Operation(
    "volume_type_encryption.delete",
    "DELETE",
    "/types/{volume_type_id}/encryption/{encryption_id}",
    ok=(202,),
    response_kind="empty",
)
_GET_KEY = Operation(
    "volume_type_encryption.get_key",
    "GET",
    "/types/{volume_type_id}/encryption/{key}",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    volume_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTypeEncryption]:
    """The type's encryption specs, unwrapped. A type without encryption answers with an empty
    object (every field UNSET), not a 404."""
    return client.call(
        _GET,
        {"volume_type_id": volume_type_id},
        model=VolumeTypeEncryption,
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
) -> Result[VolumeTypeEncryption]:
    """Give a type encryption specs (400 when it has some already or when volumes of the type
    exist). Returns what was sent."""
    return client.call(
        _CREATE,
        {"volume_type_id": volume_type_id},
        model=VolumeTypeEncryption,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    volume_type_id: str,
    encryption_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTypeEncryption]:
    """Change a type's encryption specs (400 when volumes of the type exist). Returns what was
    sent."""
    return client.call(
        _UPDATE,
        {"volume_type_id": volume_type_id, "encryption_id": encryption_id},
        model=VolumeTypeEncryption,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    volume_type_id: str,
    encryption_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a type's encryption specs (400 when volumes of the type exist)."""
    return client.call(
        _DELETE,
        {"volume_type_id": volume_type_id, "encryption_id": encryption_id},
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
    """One encryption spec of a type, as a one-entry dict such as {"cipher": "aes-xts-plain64"}
    (NotFound when it has no such spec)."""
    return client.call(
        _GET_KEY,
        {"volume_type_id": volume_type_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def extract_volume_type_encryption(page: Page[Any]) -> builtins.list[VolumeTypeEncryption]:
    """The VolumeTypeEncryption items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeTypeEncryption)
