# Generated from messaging/v2/flavors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A flavor (admin only, with pooling on): a named set of pools that queues created with the
flavor are placed on, with the capabilities of their stores."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Flavor(Model):
    """A flavor (admin only, with pooling on): a named set of pools that queues created with the
    flavor are placed on, with the capabilities of their stores."""

    name: str
    """The flavor's name (its id)."""

    href: str | Unset = UNSET
    """The flavor's path."""

    pool_list: builtins.list[str] | Unset = UNSET
    """The pools of the flavor (each must exist)."""

    capabilities: builtins.list[str] | Unset = UNSET
    """What the flavor's stores can do (FIFO, CLAIMS, DURABILITY, AOD, HIGH_THROUGHPUT)."""

    pool_group: str | None | Unset = UNSET
    """The pool group (gone in newer releases)."""

    pool: str | None | Unset = UNSET
    """The pool group under its older name (older releases)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("href", "href", t.STRING),
        Field("pool_list", "pool_list", t.list_of(t.STRING)),
        Field("capabilities", "capabilities", t.list_of(t.STRING)),
        Field("pool_group", "pool_group", t.STRING),
        Field("pool", "pool", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    limit: int | Unset = UNSET
    """The most flavors a page holds (default 10)."""

    marker: str | Unset = UNSET
    """Start after the flavor of this name."""

    detailed: bool | Unset = UNSET
    """Include each flavor's capabilities."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("detailed", "detailed", t.BOOLEAN, location="query"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class CreateOpts(Opts):
    """Options of create."""

    pool_list: builtins.list[str] = REQUIRED
    """The pools of the flavor (each must exist)."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("pool_list", "pool_list", t.list_of(t.STRING), required=True),
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    pool_list: builtins.list[str] | Unset = UNSET
    """The pools of the flavor (each must exist)."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("pool_list", "pool_list", t.list_of(t.STRING)),
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


DeleteOpts = GetOpts

_LIST = Operation(
    "flavors.list",
    "GET",
    "/flavors",
    ok=(200, 203),
    response_key="flavors",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "flavors.get",
    "GET",
    "/flavors/{flavor_name}",
    ok=(200, 203),
)
_CREATE = Operation(
    "flavors.create",
    "PUT",
    "/flavors/{flavor_name}",
    ok=(201,),
    request_kind="json",
    response_kind="empty",
)
_UPDATE = Operation(
    "flavors.update",
    "PATCH",
    "/flavors/{flavor_name}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "flavors.delete",
    "DELETE",
    "/flavors/{flavor_name}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Flavor]:
    """Every flavor, a page at a time."""
    return client.pager(
        _LIST, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    flavor_name: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Show a flavor."""
    return client.call(
        _GET,
        {"flavor_name": flavor_name},
        model=Flavor,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    flavor_name: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Create a flavor of existing pools (400 when a pool does not exist)."""
    return client.call(
        _CREATE, {"flavor_name": flavor_name}, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    flavor_name: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Change a flavor's pools; answers the flavor."""
    return client.call(
        _UPDATE,
        {"flavor_name": flavor_name},
        model=Flavor,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    flavor_name: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a flavor."""
    return client.call(
        _DELETE, {"flavor_name": flavor_name}, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Flavor:
    """The one Flavor whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Flavor,
        name_field="name",
        id_field="name",
    )


def extract_flavors(page: Page[Any]) -> builtins.list[Flavor]:
    """The Flavor items of a page (or of ``all_pages()``)."""
    return page.extract_as(Flavor)
