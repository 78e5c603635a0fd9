# Generated from identity/v3/mappings.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A federation mapping (OS-FEDERATION): rules that turn the attributes of an assertion into a
local user, groups and projects."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Mapping(Model):
    """A federation mapping (OS-FEDERATION): rules that turn the attributes of an assertion into
    a local user, groups and projects."""

    id: str
    """The mapping ID, chosen by the caller on create."""

    rules: builtins.list[dict[str, Any]] | Unset = UNSET
    """The rules; each has "local" (what to produce) and "remote" (which assertion attributes to
    match) lists, passed through as JSON objects."""

    schema_version: str | Unset = UNSET
    """The version of the rules schema; the server's default when not sent."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("rules", "rules", t.list_of(t.ANY)),
        Field("schema_version", "schema_version", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    rules: builtins.list[dict[str, Any]] = REQUIRED
    """The rules; each has "local" (what to produce) and "remote" (which assertion attributes to
    match) lists, passed through as JSON objects."""

    schema_version: str | Unset = UNSET
    """The version of the rules schema; the server's default when not sent."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("rules", "rules", t.list_of(t.ANY), required=True),
        Param("schema_version", "schema_version", t.STRING),
    )


UpdateOpts = CreateOpts

_LIST = Operation(
    "mappings.list",
    "GET",
    "/OS-FEDERATION/mappings",
    ok=(200, 203),
    response_key="mappings",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "mappings.get",
    "GET",
    "/OS-FEDERATION/mappings/{mapping_id}",
    ok=(200, 203),
    response_key="mapping",
)
_CREATE = Operation(
    "mappings.create",
    "PUT",
    "/OS-FEDERATION/mappings/{mapping_id}",
    ok=(201,),
    request_kind="json",
    request_key="mapping",
    response_key="mapping",
)
_UPDATE = Operation(
    "mappings.update",
    "PATCH",
    "/OS-FEDERATION/mappings/{mapping_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="mapping",
    response_key="mapping",
)
_DELETE = Operation(
    "mappings.delete",
    "DELETE",
    "/OS-FEDERATION/mappings/{mapping_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Mapping]:
    """List mappings."""
    return client.pager(_LIST, None, model=Mapping, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    mapping_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Mapping]:
    """Get a mapping."""
    return client.call(
        _GET, {"mapping_id": mapping_id}, model=Mapping, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    mapping_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Mapping]:
    """Create a mapping under the given ID."""
    return client.call(
        _CREATE,
        {"mapping_id": mapping_id},
        model=Mapping,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    mapping_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Mapping]:
    """Update a mapping."""
    return client.call(
        _UPDATE,
        {"mapping_id": mapping_id},
        model=Mapping,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    mapping_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a mapping."""
    return client.call(
        _DELETE, {"mapping_id": mapping_id}, microversion=microversion, timeout=timeout
    )


def extract_mappings(page: Page[Any]) -> builtins.list[Mapping]:
    """The Mapping items of a page (or of ``all_pages()``)."""
    return page.extract_as(Mapping)
