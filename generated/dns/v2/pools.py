# Generated from dns/v2/pools.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A pool of DNS servers that serve zones (admins). Operators define pools with designate-manage
pool update; the create, update and delete calls still exist but Designate deprecates them,
since the pools file overwrites what they change."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zones import Links as Links


class NsRecord(Model):
    """An NS record the pool's zones carry."""

    hostname: str | Unset = UNSET
    """The nameserver's name, fully qualified."""

    priority: int | Unset = UNSET
    """Its order."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("hostname", "hostname", t.STRING),
        Field("priority", "priority", t.INTEGER),
    )


class Pool(Model):
    """A pool of DNS servers that serve zones (admins). Operators define pools with
    designate-manage pool update; the create, update and delete calls still exist but
    Designate deprecates them, since the pools file overwrites what they change."""

    id: str

    name: str | Unset = UNSET

    description: str | None | Unset = UNSET

    project_id: str | None | Unset = UNSET
    """The owning project, if any."""

    attributes: dict[str, str] | None | Unset = UNSET
    """Key/value attributes zones are scheduled by."""

    ns_records: builtins.list[NsRecord] | Unset = UNSET
    """The NS records of the pool's zones."""

    created_at: datetime.datetime | None | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("attributes", "attributes", t.map_of(t.STRING)),
        Field("ns_records", "ns_records", t.list_of(t.model(NsRecord))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET

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

    description: str | None | Unset = UNSET

    attributes: dict[str, str] | None | Unset = UNSET
    """Key/value attributes zones are scheduled by."""

    ns_records: builtins.list[NsRecord] = REQUIRED
    """The NS records of the pool's zones."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("attributes", "attributes", t.map_of(t.STRING), nullable=True),
        Param("ns_records", "ns_records", t.list_of(t.model(NsRecord)), required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET

    description: str | None | Unset = UNSET

    attributes: dict[str, str] | None | Unset = UNSET
    """Key/value attributes zones are scheduled by."""

    ns_records: builtins.list[NsRecord] | Unset = UNSET
    """The NS records of the pool's zones."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("attributes", "attributes", t.map_of(t.STRING), nullable=True),
        Param("ns_records", "ns_records", t.list_of(t.model(NsRecord))),
    )


_LIST = Operation(
    "pools.list",
    "GET",
    "/pools",
    ok=(200, 203),
    response_key="pools",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "pools.get",
    "GET",
    "/pools/{pool_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "pools.create",
    "POST",
    "/pools",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "pools.update",
    "PATCH",
    "/pools/{pool_id}",
    ok=(202,),
    request_kind="json",
)
_DELETE = Operation(
    "pools.delete",
    "DELETE",
    "/pools/{pool_id}",
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
    """List pools."""
    return client.pager(
        _LIST, None, model=Pool, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    pool_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Pool]:
    """Get a pool."""
    return client.call(
        _GET, {"pool_id": pool_id}, model=Pool, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Pool]:
    """Create a pool."""
    return client.call(
        _CREATE, None, model=Pool, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    pool_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Pool]:
    """Update a pool."""
    return client.call(
        _UPDATE,
        {"pool_id": pool_id},
        model=Pool,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    pool_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a pool."""
    return client.call(_DELETE, {"pool_id": pool_id}, microversion=microversion, timeout=timeout)


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
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_pools(page: Page[Any]) -> builtins.list[Pool]:
    """The Pool items of a page (or of ``all_pages()``)."""
    return page.extract_as(Pool)
