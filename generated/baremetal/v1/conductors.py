# Generated from baremetal/v1/conductors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A conductor service (since 1.49), with its group, liveness and the drivers it runs."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Conductor(Model):
    """A conductor service (since 1.49), with its group, liveness and the drivers it runs."""

    hostname: str
    """The conductor's host name."""

    conductor_group: str | Unset = UNSET
    """Its conductor group ("" for the default)."""

    alive: bool | Unset = UNSET
    """Whether it sent a heartbeat recently."""

    drivers: builtins.list[str] | Unset = UNSET
    """The hardware types it has enabled."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET
    """Its last heartbeat."""

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("hostname", "hostname", t.STRING),
        Field("conductor_group", "conductor_group", t.STRING),
        Field("alive", "alive", t.BOOLEAN),
        Field("drivers", "drivers", t.list_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The host name of the last conductor of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("detail", "detail", t.BOOLEAN, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


_LIST = Operation(
    "conductors.list",
    "GET",
    "/conductors",
    ok=(200, 203),
    response_key="conductors",
    paging=Paging("marker", marker_field="hostname", next="next"),
    since="1.49",
)
_GET = Operation(
    "conductors.get",
    "GET",
    "/conductors/{hostname}",
    ok=(200, 203),
    since="1.49",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Conductor]:
    """List conductors, by default their hostname, group and liveness."""
    return client.pager(
        _LIST, None, model=Conductor, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    hostname: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Conductor]:
    """Get a conductor."""
    return client.call(
        _GET,
        {"hostname": hostname},
        model=Conductor,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_conductors(page: Page[Any]) -> builtins.list[Conductor]:
    """The Conductor items of a page (or of ``all_pages()``)."""
    return page.extract_as(Conductor)
