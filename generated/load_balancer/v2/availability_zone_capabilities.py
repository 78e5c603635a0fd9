# Generated from load-balancer/v2/availability_zone_capabilities.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An option a provider accepts in an availability zone profile's data."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class AvailabilityZoneCapability(Model):
    """An option a provider accepts in an availability zone profile's data."""

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
    "availability_zone_capabilities.list",
    "GET",
    "/lbaas/providers/{provider}/availability_zone_capabilities",
    ok=(200, 203),
    response_key="availability_zone_capabilities",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    provider: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AvailabilityZoneCapability]:
    """List availability zone capabilities."""
    return client.pager(
        _LIST,
        {"provider": provider},
        model=AvailabilityZoneCapability,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_availability_zone_capabilities(
    page: Page[Any],
) -> builtins.list[AvailabilityZoneCapability]:
    """The AvailabilityZoneCapability items of a page (or of ``all_pages()``)."""
    return page.extract_as(AvailabilityZoneCapability)
