# Generated from key-manager/v1/secret_metadata_items.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""One key of a secret's user metadata, with its value."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class SecretMetadatum(Model):
    """One key of a secret's user metadata, with its value."""

    key: str
    """The key (at most 255 characters; Barbican lower-cases it). On update it must be the key of
    the path."""

    value: str | Unset = UNSET
    """The value (at most 255 characters)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key", "key", t.STRING),
        Field("value", "value", t.STRING),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    key: str = REQUIRED
    """The key (at most 255 characters; Barbican lower-cases it). On update it must be the key of
    the path."""

    value: str = REQUIRED
    """The value (at most 255 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key", "key", t.STRING, required=True),
        Param("value", "value", t.STRING, required=True),
    )


UpdateOpts = CreateOpts

_GET = Operation(
    "secret_metadata_items.get",
    "GET",
    "/secrets/{secret_id}/metadata/{metadata_key}",
    ok=(200, 203),
)
_CREATE = Operation(
    "secret_metadata_items.create",
    "POST",
    "/secrets/{secret_id}/metadata",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "secret_metadata_items.update",
    "PUT",
    "/secrets/{secret_id}/metadata/{metadata_key}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "secret_metadata_items.delete",
    "DELETE",
    "/secrets/{secret_id}/metadata/{metadata_key}",
    ok=(204,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    secret_id: str,
    metadata_key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretMetadatum]:
    """Show one key of a secret's metadata (404 when it is not there)."""
    return client.call(
        _GET,
        {"secret_id": secret_id, "metadata_key": metadata_key},
        model=SecretMetadatum,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    secret_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretMetadatum]:
    """Add a key to a secret's metadata (409 when the key is already there)."""
    return client.call(
        _CREATE,
        {"secret_id": secret_id},
        model=SecretMetadatum,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    secret_id: str,
    metadata_key: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretMetadatum]:
    """Change the value of a key (404 when the key is not there; 409 when the body names another
    key)."""
    return client.call(
        _UPDATE,
        {"secret_id": secret_id, "metadata_key": metadata_key},
        model=SecretMetadatum,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    secret_id: str,
    metadata_key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a key from a secret's metadata."""
    return client.call(
        _DELETE,
        {"secret_id": secret_id, "metadata_key": metadata_key},
        microversion=microversion,
        timeout=timeout,
    )


def extract_secret_metadata_items(page: Page[Any]) -> builtins.list[SecretMetadatum]:
    """The SecretMetadatum items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecretMetadatum)
