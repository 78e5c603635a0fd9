# Generated from messaging/v2/pools.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A storage pool (admin only, with pooling on): a message store (its URI) that queues are placed
on, weighted against other pools and optionally part of a flavor. Registering a pool checks
that the store answers."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Pool(Model):
    """A storage pool (admin only, with pooling on): a message store (its URI) that queues are
    placed on, weighted against other pools and optionally part of a flavor. Registering a
    pool checks that the store answers."""

    name: str
    """The pool's name (its id)."""

    href: str | Unset = UNSET
    """The pool's path."""

    uri: str | Unset = UNSET
    """The store's URI (mongodb://, redis://, swift://user:password@/project...): it may hold
    credentials."""

    weight: int | Unset = UNSET
    """How likely new queues are placed on this pool, against the other pools (0 or more)."""

    flavor: str | None | Unset = UNSET
    """The flavor the pool belongs to."""

    options: dict[str, Any] | Unset = UNSET
    """Options of the store's driver (shown with detailed=true)."""

    group: str | None | Unset = UNSET
    """The pool group (gone in newer releases; answered empty)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("href", "href", t.STRING),
        Field("uri", "uri", t.STRING, sensitive=True),
        Field("weight", "weight", t.INTEGER),
        Field("flavor", "flavor", t.STRING),
        Field("options", "options", t.map_of(t.ANY)),
        Field("group", "group", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    limit: int | Unset = UNSET
    """The most pools a page holds (default 10)."""

    marker: str | Unset = UNSET
    """Start after the pool of this name."""

    detailed: bool | Unset = UNSET
    """Include each pool's options."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("detailed", "detailed", t.BOOLEAN, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    detailed: bool | Unset = UNSET
    """Include the pool's options."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("detailed", "detailed", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    uri: str = REQUIRED
    """The store's URI (mongodb://, redis://, swift://user:password@/project...): it may hold
    credentials."""

    weight: int = REQUIRED
    """How likely new queues are placed on this pool, against the other pools (0 or more)."""

    flavor: str | None | Unset = UNSET
    """The flavor the pool belongs to."""

    options: dict[str, Any] | Unset = UNSET
    """Options of the store's driver (shown with detailed=true)."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uri", "uri", t.STRING, required=True, sensitive=True),
        Param("weight", "weight", t.INTEGER, required=True),
        Param("flavor", "flavor", t.STRING, nullable=True),
        Param("options", "options", t.map_of(t.ANY)),
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    uri: str | Unset = UNSET
    """The store's URI (mongodb://, redis://, swift://user:password@/project...): it may hold
    credentials."""

    weight: int | Unset = UNSET
    """How likely new queues are placed on this pool, against the other pools (0 or more)."""

    flavor: str | None | Unset = UNSET
    """The flavor the pool belongs to."""

    options: dict[str, Any] | Unset = UNSET
    """Options of the store's driver (shown with detailed=true)."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uri", "uri", t.STRING, sensitive=True),
        Param("weight", "weight", t.INTEGER),
        Param("flavor", "flavor", t.STRING, nullable=True),
        Param("options", "options", t.map_of(t.ANY)),
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


_LIST = Operation(
    "pools.list",
    "GET",
    "/pools",
    ok=(200, 203),
    response_key="pools",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "pools.get",
    "GET",
    "/pools/{pool_name}",
    ok=(200, 203),
)
_CREATE = Operation(
    "pools.create",
    "PUT",
    "/pools/{pool_name}",
    ok=(201,),
    request_kind="json",
    response_kind="empty",
)
_UPDATE = Operation(
    "pools.update",
    "PATCH",
    "/pools/{pool_name}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "pools.delete",
    "DELETE",
    "/pools/{pool_name}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Pool]:
    """Every pool, a page at a time."""
    return client.pager(
        _LIST, None, model=Pool, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    pool_name: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Pool]:
    """Show a pool."""
    return client.call(
        _GET,
        {"pool_name": pool_name},
        model=Pool,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    pool_name: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Register a pool (400 when its store does not answer, 409 when the flavor is unknown)."""
    return client.call(
        _CREATE, {"pool_name": pool_name}, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    pool_name: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Pool]:
    """Change a pool's URI, weight, flavor or options; answers the pool."""
    return client.call(
        _UPDATE,
        {"pool_name": pool_name},
        model=Pool,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    pool_name: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a pool (403 while it holds queues)."""
    return client.call(
        _DELETE, {"pool_name": pool_name}, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Pool:
    """The one Pool whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Pool,
        name_field="name",
        id_field="name",
    )


def extract_pools(page: Page[Any]) -> builtins.list[Pool]:
    """The Pool items of a page (or of ``all_pages()``)."""
    return page.extract_as(Pool)
