# Generated from placement/v1/aggregates.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The aggregates a resource provider is associated with (aggregate UUIDs; placement keeps no
other aggregate data). Needs microversion 1.1. Since 1.19 the provider's generation is
returned, and a replacement must send it (409 Conflict when stale)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ProviderAggregates(Model):
    """The aggregates a resource provider is associated with (aggregate UUIDs; placement keeps no
    other aggregate data). Needs microversion 1.1. Since 1.19 the provider's generation is
    returned, and a replacement must send it (409 Conflict when stale)."""

    aggregates: builtins.list[str] | Unset = UNSET
    """The aggregate UUIDs (no duplicates)."""

    resource_provider_generation: int | Unset = UNSET
    """The provider's generation (since 1.19): in responses the current one, on update the one
    the change is based on."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("aggregates", "aggregates", t.list_of(t.STRING)),
        Field(
            "resource_provider_generation", "resource_provider_generation", t.INTEGER, since="1.19"
        ),
    )


class UpdateOpts(Opts):
    """Options of update."""

    aggregates: builtins.list[str] = REQUIRED
    """The aggregate UUIDs (no duplicates)."""

    resource_provider_generation: int = REQUIRED
    """The provider's generation (since 1.19): in responses the current one, on update the one
    the change is based on."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("aggregates", "aggregates", t.list_of(t.STRING), required=True),
        Param(
            "resource_provider_generation",
            "resource_provider_generation",
            t.INTEGER,
            required=True,
            since="1.19",
        ),
    )


_GET = Operation(
    "aggregates.get",
    "GET",
    "/resource_providers/{resource_provider_uuid}/aggregates",
    ok=(200, 203),
    since="1.1",
)
_UPDATE = Operation(
    "aggregates.update",
    "PUT",
    "/resource_providers/{resource_provider_uuid}/aggregates",
    ok=(200,),
    request_kind="json",
    since="1.19",
)


def get(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProviderAggregates]:
    """Show the aggregates of a provider."""
    return client.call(
        _GET,
        {"resource_provider_uuid": resource_provider_uuid},
        model=ProviderAggregates,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    resource_provider_uuid: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProviderAggregates]:
    """Replace all of a provider's aggregate associations (an empty list removes them); since
    1.19, with the generation check. 409 on a stale generation."""
    return client.call(
        _UPDATE,
        {"resource_provider_uuid": resource_provider_uuid},
        model=ProviderAggregates,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_aggregates(page: Page[Any]) -> builtins.list[ProviderAggregates]:
    """The ProviderAggregates items of a page (or of ``all_pages()``)."""
    return page.extract_as(ProviderAggregates)
