# Generated from key-manager/v1/secret_metadata.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The user metadata of a secret: string keys and values the owner attaches (keys are lower-cased
by Barbican; at most 255 characters each). Read and replaced as a whole here;
secret_metadata_items reads and changes one key."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class SecretMetadata(Model):
    """The user metadata of a secret: string keys and values the owner attaches (keys are
    lower-cased by Barbican; at most 255 characters each). Read and replaced as a whole here;
    secret_metadata_items reads and changes one key."""

    metadata: dict[str, str] | Unset = UNSET
    """Key -> value."""

    metadata_ref: str | Unset = UNSET
    """In the answer to a replacement only, the metadata's reference (URL)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("metadata", "metadata", t.map_of(t.STRING)),
        Field("metadata_ref", "metadata_ref", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    metadata: dict[str, str] = REQUIRED
    """Key -> value."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "metadata", t.map_of(t.STRING), required=True),
    )


_GET = Operation(
    "secret_metadata.get",
    "GET",
    "/secrets/{secret_id}/metadata",
    ok=(200, 203),
)
_UPDATE = Operation(
    "secret_metadata.update",
    "PUT",
    "/secrets/{secret_id}/metadata",
    ok=(201,),
    request_kind="json",
)


def get(
    client: ServiceClient,
    secret_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretMetadata]:
    """Show a secret's metadata (an empty map when it has none)."""
    return client.call(
        _GET,
        {"secret_id": secret_id},
        model=SecretMetadata,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    secret_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretMetadata]:
    """Replace a secret's metadata with the given map (keys not given are removed). The answer
    carries only metadata_ref."""
    return client.call(
        _UPDATE,
        {"secret_id": secret_id},
        model=SecretMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_secret_metadata(page: Page[Any]) -> builtins.list[SecretMetadata]:
    """The SecretMetadata items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecretMetadata)
