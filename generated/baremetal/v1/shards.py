# Generated from baremetal/v1/shards.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A shard in use (since 1.82) and how many nodes are in it."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset


class Shard(Model):
    """A shard in use (since 1.82) and how many nodes are in it."""

    name: str
    """The shard's name (None for the nodes in no shard)."""

    count: int | Unset = UNSET
    """The number of nodes in it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("count", "count", t.INTEGER),
    )


_LIST = Operation(
    "shards.list",
    "GET",
    "/shards",
    ok=(200, 203),
    response_key="shards",
    paging=Paging("single"),
    since="1.82",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Shard]:
    """List the shards nodes are in, with their node counts."""
    return client.pager(_LIST, None, model=Shard, microversion=microversion, timeout=timeout)


def extract_shards(page: Page[Any]) -> builtins.list[Shard]:
    """The Shard items of a page (or of ``all_pages()``)."""
    return page.extract_as(Shard)
