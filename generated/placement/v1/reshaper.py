# Generated from placement/v1/reshaper.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The reshaper (since 1.30): atomically replace the inventories of some providers and the
allocations of some consumers, for when inventory moves between providers while it is
allocated (e.g. from a compute node to a new child provider). A rare operator/service
operation."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.placement.v1.allocations import ConsumerAllocations
from stacksdk.placement.v1.inventories import ProviderInventories


class Reshape(Model):
    """The reshaper (since 1.30): atomically replace the inventories of some providers and the
    allocations of some consumers, for when inventory moves between providers while it is
    allocated (e.g. from a compute node to a new child provider). A rare operator/service
    operation."""

    inventories: dict[str, ProviderInventories] | Unset = UNSET
    """Provider UUID -> the provider's complete new inventories and the generation they are based
    on (checked)."""

    allocations: dict[str, ConsumerAllocations] | Unset = UNSET
    """Consumer UUID -> the consumer's complete new allocations, as for allocations.set_many
    (with consumer_generation; consumer_type since 1.38)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("inventories", "inventories", t.map_of(t.model(ProviderInventories))),
        Field("allocations", "allocations", t.map_of(t.model(ConsumerAllocations))),
    )


class ReshapeOpts(Opts):
    """Options of reshape."""

    inventories: dict[str, ProviderInventories] = REQUIRED
    """Provider UUID -> its complete new inventories and current generation (at least one
    provider)."""

    allocations: dict[str, ConsumerAllocations] = REQUIRED
    """Consumer UUID -> its complete new allocations (may be empty), each with project_id,
    user_id, consumer_generation and, since 1.38, consumer_type."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("inventories", "inventories", t.map_of(t.model(ProviderInventories)), required=True),
        Param("allocations", "allocations", t.map_of(t.model(ConsumerAllocations)), required=True),
    )


_RESHAPE = Operation(
    "reshaper.reshape",
    "POST",
    "/reshaper",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.30",
)


def reshape(
    client: ServiceClient,
    opts: ReshapeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace the given inventories and allocations in one transaction. 409 on a stale provider
    or consumer generation, when an inventory to remove is still allocated or capacity is
    exceeded; 400 for an unknown provider."""
    return client.call(_RESHAPE, None, opts=opts, microversion=microversion, timeout=timeout)


def extract_reshaper(page: Page[Any]) -> builtins.list[Reshape]:
    """The Reshape items of a page (or of ``all_pages()``)."""
    return page.extract_as(Reshape)
