# Generated from load-balancer/v2/flavor_capabilities.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An option a provider accepts in a flavor profile's flavor data."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class FlavorCapability(Model):
    """An option a provider accepts in a flavor profile's flavor data."""

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

    name: str | Unset = UNSET
    """Only the option with this name."""

    description: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
    )


_LIST = Operation(
    "flavor_capabilities.list",
    "GET",
    "/lbaas/providers/{provider}/flavor_capabilities",
    ok=(200, 203),
    response_key="flavor_capabilities",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    provider: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FlavorCapability]:
    """List flavor capabilities."""
    return client.pager(
        _LIST,
        {"provider": provider},
        model=FlavorCapability,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_flavor_capabilities(page: Page[Any]) -> builtins.list[FlavorCapability]:
    """The FlavorCapability items of a page (or of ``all_pages()``)."""
    return page.extract_as(FlavorCapability)
