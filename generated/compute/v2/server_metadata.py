# Generated from compute/v2/server_metadata.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A server's metadata: string keys (1-255 characters) mapped to string values (at most 255
characters), at most as many items as the project's metadata_items quota allows. Reading works
in any state; changing needs an ACTIVE, PAUSED, SUSPENDED or STOPPED server without a task in
progress (409 otherwise, e.g. while it builds; metadata can also be given when the server is
created)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import MetadataItem as MetadataItem


class ServerMetadata(Model):
    """A server's metadata: string keys (1-255 characters) mapped to string values (at most 255
    characters), at most as many items as the project's metadata_items quota allows. Reading
    works in any state; changing needs an ACTIVE, PAUSED, SUSPENDED or STOPPED server without
    a task in progress (409 otherwise, e.g. while it builds; metadata can also be given when
    the server is created)."""

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


class SetItemOpts(Opts):
    """Options of set_item."""

    meta: dict[str, str] = REQUIRED
    """{key: value} for the key in the path."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("meta", "meta", t.map_of(t.STRING), required=True),
    )


UpdateOpts = CreateOpts

_GET = Operation(
    "server_metadata.get",
    "GET",
    "/servers/{server_id}/metadata",
    ok=(200, 203),
)
_CREATE = Operation(
    "server_metadata.create",
    "POST",
    "/servers/{server_id}/metadata",
    ok=(200,),
    request_kind="json",
)
_UPDATE = Operation(
    "server_metadata.update",
    "PUT",
    "/servers/{server_id}/metadata",
    ok=(200,),
    request_kind="json",
)
_GET_ITEM = Operation(
    "server_metadata.get_item",
    "GET",
    "/servers/{server_id}/metadata/{key}",
    ok=(200, 203),
)
_SET_ITEM = Operation(
    "server_metadata.set_item",
    "PUT",
    "/servers/{server_id}/metadata/{key}",
    ok=(200,),
    request_kind="json",
)
_DELETE_ITEM = Operation(
    "server_metadata.delete_item",
    "DELETE",
    "/servers/{server_id}/metadata/{key}",
    ok=(204,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerMetadata]:
    """All metadata of a server."""
    return client.call(
        _GET,
        {"server_id": server_id},
        model=ServerMetadata,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    server_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerMetadata]:
    """Merge items into the server's metadata: the keys given are added or overwritten, the
    others are kept. Returns the server's whole metadata afterwards."""
    return client.call(
        _CREATE,
        {"server_id": server_id},
        model=ServerMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    server_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerMetadata]:
    """Replace the server's metadata with exactly the items given (keys not given are removed).
    Returns the new metadata."""
    return client.call(
        _UPDATE,
        {"server_id": server_id},
        model=ServerMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_item(
    client: ServiceClient,
    server_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadataItem]:
    """One metadata item of a server (NotFound when the key is not set)."""
    return client.call(
        _GET_ITEM,
        {"server_id": server_id, "key": key},
        model=MetadataItem,
        microversion=microversion,
        timeout=timeout,
    )


def set_item(
    client: ServiceClient,
    server_id: str,
    key: str,
    opts: SetItemOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadataItem]:
    """Create or overwrite one metadata item. meta must hold exactly one entry whose key is the
    one in the path (Nova answers 400 otherwise). Returns the item that was set."""
    return client.call(
        _SET_ITEM,
        {"server_id": server_id, "key": key},
        model=MetadataItem,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_item(
    client: ServiceClient,
    server_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one metadata item (NotFound when the key is not set)."""
    return client.call(
        _DELETE_ITEM,
        {"server_id": server_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_metadata(page: Page[Any]) -> builtins.list[ServerMetadata]:
    """The ServerMetadata items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerMetadata)
