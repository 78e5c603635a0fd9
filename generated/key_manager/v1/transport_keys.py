# Generated from key-manager/v1/transport_keys.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A transport key: a public key of a secret store plugin that supports wrapping (the Dogtag/KRA
plugin), used to encrypt payloads in transit. The paths use an underscore (/transport_keys).
Creating and deleting them is for administrators; with a store that has no transport keys the
list is simply empty."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class TransportKeyRefs(Model):
    """A page of transport key references."""

    transport_keys: builtins.list[str] | Unset = UNSET
    """The keys' references (URLs), oldest first."""

    total: int | Unset = UNSET
    """How many keys match."""

    next: str | Unset = UNSET
    """The next page, when there is one."""

    previous: str | Unset = UNSET
    """The previous page, when there is one."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("transport_keys", "transport_keys", t.list_of(t.STRING)),
        Field("total", "total", t.INTEGER),
        Field("next", "next", t.STRING),
        Field("previous", "previous", t.STRING),
    )


class TransportKey(Model):
    """A transport key: a public key of a secret store plugin that supports wrapping (the
    Dogtag/KRA plugin), used to encrypt payloads in transit. The paths use an underscore
    (/transport_keys). Creating and deleting them is for administrators; with a store that has
    no transport keys the list is simply empty."""

    id: str
    """The transport key's UUID."""

    plugin_name: str | Unset = UNSET
    """The secret store plugin the key belongs to."""

    transport_key: str | Unset = UNSET
    """The public key (PEM)."""

    status: str | Unset = UNSET
    """ACTIVE."""

    created_at: datetime.datetime | Unset = UNSET
    """When the key was registered."""

    updated_at: datetime.datetime | Unset = UNSET
    """When the key last changed."""

    deleted: bool | Unset = UNSET
    """Whether the key is deleted (false for any key shown)."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """When the key was deleted."""

    transport_key_ref: str | Unset = UNSET
    """In the answer to a creation only, the new key's reference (URL)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("plugin_name", "plugin_name", t.STRING),
        Field("transport_key", "transport_key", t.STRING),
        Field("status", "status", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted", "deleted", t.BOOLEAN),
        Field("deleted_at", "deleted_at", t.DATETIME),
        Field("transport_key_ref", "transport_key_ref", t.STRING),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete."""

    accept: str = REQUIRED
    """The Accept header, "*/*"."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("accept", "Accept", t.STRING, location="header", required=True),
    )


class CreateOpts(Opts):
    """Options of create."""

    plugin_name: str = REQUIRED
    """The secret store plugin the key belongs to."""

    transport_key: str = REQUIRED
    """The public key (PEM)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("plugin_name", "plugin_name", t.STRING, required=True),
        Param("transport_key", "transport_key", t.STRING, required=True),
    )


class ListRefsOpts(Opts):
    """Options of list_refs."""

    plugin_name: str | Unset = UNSET
    """Only the keys of this plugin."""

    limit: int | Unset = UNSET
    """The most keys a page holds."""

    offset: int | Unset = UNSET
    """How many keys to skip."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("plugin_name", "plugin_name", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


DeleteOpts = GetOpts

_GET = Operation(
    "transport_keys.get",
    "GET",
    "/transport_keys/{transport_key_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "transport_keys.create",
    "POST",
    "/transport_keys",
    ok=(201,),
    request_kind="json",
)
_DELETE = Operation(
    "transport_keys.delete",
    "DELETE",
    "/transport_keys/{transport_key_id}",
    ok=(200, 204),
    response_kind="empty",
)
_LIST_REFS = Operation(
    "transport_keys.list_refs",
    "GET",
    "/transport_keys",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    transport_key_id: str,
    opts: GetOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TransportKey]:
    """Show a transport key with its public key. Barbican refuses (406) a request that accepts
    only application/json, the SDK's default, so accept must be given: "*/*" (the answer is
    JSON). An unknown UUID is answered with 500 (Barbican does not catch its own not-found
    error)."""
    return client.call(
        _GET,
        {"transport_key_id": transport_key_id},
        model=TransportKey,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TransportKey]:
    """Register a transport key (admin). The answer carries only transport_key_ref."""
    return client.call(
        _CREATE, None, model=TransportKey, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    transport_key_id: str,
    opts: DeleteOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a transport key (admin). As get, refused (406) unless accept allows more than
    application/json."""
    return client.call(
        _DELETE,
        {"transport_key_id": transport_key_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_refs(
    client: ServiceClient,
    opts: ListRefsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TransportKeyRefs]:
    """List transport keys, as references (URLs, not objects), optionally of one plugin; one page
    by offset and limit."""
    return client.call(
        _LIST_REFS,
        None,
        model=TransportKeyRefs,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_transport_keys(page: Page[Any]) -> builtins.list[TransportKey]:
    """The TransportKey items of a page (or of ``all_pages()``)."""
    return page.extract_as(TransportKey)
