# Generated from shared-file-system/v2/pools.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The storage pools the scheduler knows of (host@backend#pool), with their capabilities and free
space in list_detail. Administrators only."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class Pool(Model):
    """The storage pools the scheduler knows of (host@backend#pool), with their capabilities and
    free space in list_detail. Administrators only."""

    name: str
    """host@backend#pool."""

    host: str | Unset = UNSET

    backend: str | Unset = UNSET

    pool: str | Unset = UNSET

    capabilities: dict[str, Any] | Unset = UNSET
    """What the backend reports (list_detail only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("host", "host", t.STRING),
        Field("backend", "backend", t.STRING),
        Field("pool", "pool", t.STRING),
        Field("capabilities", "capabilities", t.map_of(t.ANY)),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    host: str | Unset = UNSET
    """A regular expression the host must match."""

    backend: str | Unset = UNSET
    """A regular expression the backend must match."""

    pool: str | Unset = UNSET
    """A regular expression the pool must match."""

    share_type: str | Unset = UNSET
    """Only pools that can hold shares of this type (name or ID)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, location="query"),
        Param("backend", "backend", t.STRING, location="query"),
        Param("pool", "pool", t.STRING, location="query"),
        Param("share_type", "share_type", t.STRING, location="query", since="2.23"),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "pools.list",
    "GET",
    "/scheduler-stats/pools",
    ok=(200, 203),
    response_key="pools",
    paging=Paging("single"),
)
_LIST_DETAIL = Operation(
    "pools.list_detail",
    "GET",
    "/scheduler-stats/pools/detail",
    ok=(200, 203),
    response_key="pools",
    paging=Paging("single"),
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


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Pool]:
    """List detail."""
    return client.pager(
        _LIST_DETAIL, None, model=Pool, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_pools(page: Page[Any]) -> builtins.list[Pool]:
    """The Pool items of a page (or of ``all_pages()``)."""
    return page.extract_as(Pool)
