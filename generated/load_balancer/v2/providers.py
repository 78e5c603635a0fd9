# Generated from load-balancer/v2/providers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A provider driver enabled in this cloud, by name."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class Provider(Model):
    """A provider driver enabled in this cloud, by name."""

    description: str | Unset = UNSET

    name: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("description", "description", t.STRING),
        Field("name", "name", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
    )


_LIST = Operation(
    "providers.list",
    "GET",
    "/lbaas/providers",
    ok=(200, 203),
    response_key="providers",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Provider]:
    """List providers."""
    return client.pager(
        _LIST, None, model=Provider, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_providers(page: Page[Any]) -> builtins.list[Provider]:
    """The Provider items of a page (or of ``all_pages()``)."""
    return page.extract_as(Provider)
