# Generated from dns/v2/tlds.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A top-level domain zones may be created under (admins). While no TLD exists any name is
allowed; once one does, a zone's name must end in one of them."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zones import Links as Links


class Tld(Model):
    """A top-level domain zones may be created under (admins). While no TLD exists any name is
    allowed; once one does, a zone's name must end in one of them."""

    id: str

    name: str | Unset = UNSET
    """The TLD ("org", "co.uk"), without the leading or trailing dot."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """"*" is a wildcard."""

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    sort_key: Literal["created_at", "id", "updated_at", "name"] | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("created_at", "id", "updated_at", "name"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The TLD ("org", "co.uk"), without the leading or trailing dot."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The TLD ("org", "co.uk"), without the leading or trailing dot."""

    description: str | None | Unset = UNSET
    """Free text (at most 160 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
    )


_LIST = Operation(
    "tlds.list",
    "GET",
    "/tlds",
    ok=(200, 203),
    response_key="tlds",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "tlds.get",
    "GET",
    "/tlds/{tld_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "tlds.create",
    "POST",
    "/tlds",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "tlds.update",
    "PATCH",
    "/tlds/{tld_id}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "tlds.delete",
    "DELETE",
    "/tlds/{tld_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Tld]:
    """List tlds."""
    return client.pager(
        _LIST, None, model=Tld, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    tld_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tld]:
    """Get a tld."""
    return client.call(
        _GET, {"tld_id": tld_id}, model=Tld, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tld]:
    """Create a tld."""
    return client.call(
        _CREATE, None, model=Tld, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    tld_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tld]:
    """Update a tld."""
    return client.call(
        _UPDATE,
        {"tld_id": tld_id},
        model=Tld,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    tld_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a tld."""
    return client.call(_DELETE, {"tld_id": tld_id}, microversion=microversion, timeout=timeout)


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Tld:
    """The one Tld whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Tld,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_tlds(page: Page[Any]) -> builtins.list[Tld]:
    """The Tld items of a page (or of ``all_pages()``)."""
    return page.extract_as(Tld)
