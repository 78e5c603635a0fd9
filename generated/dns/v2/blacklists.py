# Generated from dns/v2/blacklists.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A regular expression that zone names must not match (admins); only admins may create zones it
matches."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zones import Links as Links


class Blacklist(Model):
    """A regular expression that zone names must not match (admins); only admins may create zones
    it matches."""

    id: str

    pattern: str | Unset = UNSET
    """The regular expression (Python syntax, e.g. "^example\\\\.com\\\\.$")."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("pattern", "pattern", t.STRING),
        Field("description", "description", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    pattern: str | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    sort_key: Literal["created_at", "id", "updated_at", "pattern"] | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("pattern", "pattern", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("created_at", "id", "updated_at", "pattern"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


class CreateOpts(Opts):
    """Options of create."""

    pattern: str = REQUIRED
    """The regular expression (Python syntax, e.g. "^example\\\\.com\\\\.$")."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("pattern", "pattern", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    pattern: str | Unset = UNSET
    """The regular expression (Python syntax, e.g. "^example\\\\.com\\\\.$")."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("pattern", "pattern", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
    )


_LIST = Operation(
    "blacklists.list",
    "GET",
    "/blacklists",
    ok=(200, 203),
    response_key="blacklists",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "blacklists.get",
    "GET",
    "/blacklists/{blacklist_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "blacklists.create",
    "POST",
    "/blacklists",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "blacklists.update",
    "PATCH",
    "/blacklists/{blacklist_id}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "blacklists.delete",
    "DELETE",
    "/blacklists/{blacklist_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Blacklist]:
    """List blacklists."""
    return client.pager(
        _LIST, None, model=Blacklist, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    blacklist_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Blacklist]:
    """Get a blacklist."""
    return client.call(
        _GET,
        {"blacklist_id": blacklist_id},
        model=Blacklist,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Blacklist]:
    """Create a blacklist."""
    return client.call(
        _CREATE, None, model=Blacklist, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    blacklist_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Blacklist]:
    """Update a blacklist."""
    return client.call(
        _UPDATE,
        {"blacklist_id": blacklist_id},
        model=Blacklist,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    blacklist_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a blacklist."""
    return client.call(
        _DELETE, {"blacklist_id": blacklist_id}, microversion=microversion, timeout=timeout
    )


def extract_blacklists(page: Page[Any]) -> builtins.list[Blacklist]:
    """The Blacklist items of a page (or of ``all_pages()``)."""
    return page.extract_as(Blacklist)
