# Generated from shared-file-system/v2/shares_metadata.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The user metadata of a share: key/value strings. Share.metadata carries the same map. The map
can be read and changed as a whole or key by key; keys that the service itself uses may be
refused for non-administrators."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ShareMetadata(Model):
    """The user metadata of a share: key/value strings. Share.metadata carries the same map. The
    map can be read and changed as a whole or key by key; keys that the service itself uses
    may be refused for non-administrators."""

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
    "shares_metadata.get",
    "GET",
    "/shares/{share_id}/metadata",
    ok=(200, 203),
)
_CREATE = Operation(
    "shares_metadata.create",
    "POST",
    "/shares/{share_id}/metadata",
    ok=(200,),
    request_kind="json",
)
_UPDATE = Operation(
    "shares_metadata.update",
    "PUT",
    "/shares/{share_id}/metadata",
    ok=(200,),
    request_kind="json",
)
_GET_KEY = Operation(
    "shares_metadata.get_key",
    "GET",
    "/shares/{share_id}/metadata/{key}",
    ok=(200, 203),
)
_SET_KEY = Operation(
    "shares_metadata.set_key",
    "POST",
    "/shares/{share_id}/metadata/{key}",
    ok=(200, 201, 202),
    request_kind="json",
)
_DELETE_KEY = Operation(
    "shares_metadata.delete_key",
    "DELETE",
    "/shares/{share_id}/metadata/{key}",
    ok=(200,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareMetadata]:
    """All metadata."""
    return client.call(
        _GET,
        {"share_id": share_id},
        model=ShareMetadata,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    share_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareMetadata]:
    """Add keys or overwrite their values (other keys are kept); returns the whole map."""
    return client.call(
        _CREATE,
        {"share_id": share_id},
        model=ShareMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    share_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareMetadata]:
    """Replace the whole map (keys not given are removed); returns it."""
    return client.call(
        _UPDATE,
        {"share_id": share_id},
        model=ShareMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_key(
    client: ServiceClient,
    share_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """One key, as {"meta": {key: value}} (NotFound when there is no such key)."""
    return client.call(
        _GET_KEY, {"share_id": share_id, "key": key}, microversion=microversion, timeout=timeout
    )


def set_key(
    client: ServiceClient,
    share_id: str,
    key: str,
    opts: SetKeyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Set one key (metadata holds exactly the key of the path); answers {"metadata": {...}}."""
    return client.call(
        _SET_KEY,
        {"share_id": share_id, "key": key},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_key(
    client: ServiceClient,
    share_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete key."""
    return client.call(
        _DELETE_KEY, {"share_id": share_id, "key": key}, microversion=microversion, timeout=timeout
    )


def extract_shares_metadata(page: Page[Any]) -> builtins.list[ShareMetadata]:
    """The ShareMetadata items of a page (or of ``all_pages()``)."""
    return page.extract_as(ShareMetadata)
