# Generated from container-infrastructure-management/v1/stats.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""How many clusters and nodes a project has (added in 1.4); admins may ask for any project or,
without one, for the whole cloud."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class Stats(Model):
    """How many clusters and nodes a project has (added in 1.4); admins may ask for any project
    or, without one, for the whole cloud."""

    clusters: int | Unset = UNSET
    """The number of clusters."""

    nodes: int | Unset = UNSET
    """The number of nodes (masters and workers) of those clusters."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("clusters", "clusters", t.INTEGER),
        Field("nodes", "nodes", t.INTEGER),
    )


class GetOpts(Opts):
    """Options of get."""

    project_id: str | Unset = UNSET
    """The project to count (admins; others get their own)."""

    type: Literal["cluster"] | Unset = UNSET
    """What to count (only cluster)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query", enum=("cluster",)),
    )


_GET = Operation(
    "stats.get",
    "GET",
    "/stats",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Stats]:
    """The counts."""
    return client.call(
        _GET, None, model=Stats, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_stats(page: Page[Any]) -> builtins.list[Stats]:
    """The Stats items of a page (or of ``all_pages()``)."""
    return page.extract_as(Stats)
