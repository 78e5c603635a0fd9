# Generated from block-storage/v3/resource_filters.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The list filters Cinder accepts, per resource (since 3.33): which query parameters volumes,
snapshots, backups, ... may be filtered by."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class ResourceFilter(Model):
    """The list filters Cinder accepts, per resource (since 3.33): which query parameters
    volumes, snapshots, backups, ... may be filtered by."""

    resource: str
    """The resource (volume, snapshot, backup, group, ...)."""

    filters: builtins.list[str] | Unset = UNSET
    """The filter names it accepts."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resource", "resource", t.STRING),
        Field("filters", "filters", t.list_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    resource: str | Unset = UNSET
    """Only this resource's filters."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource", "resource", t.STRING, location="query"),
    )


_LIST = Operation(
    "resource_filters.list",
    "GET",
    "/resource_filters",
    ok=(200, 203),
    response_key="resource_filters",
    paging=Paging("single"),
    since="3.33",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ResourceFilter]:
    """List the filters of every resource, or of one."""
    return client.pager(
        _LIST, None, model=ResourceFilter, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_resource_filters(page: Page[Any]) -> builtins.list[ResourceFilter]:
    """The ResourceFilter items of a page (or of ``all_pages()``)."""
    return page.extract_as(ResourceFilter)
