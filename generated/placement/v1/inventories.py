# Generated from placement/v1/inventories.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A resource provider's inventory of one resource class (VCPU, MEMORY_MB, CUSTOM_*): how much
there is and how it may be allocated. Capacity is (total - reserved) * allocation_ratio. Every
write must send the provider's current generation (resource_provider_generation); a stale one
is answered with 409 Conflict."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class InventoryRecord(Model):
    """One resource class's inventory inside a map keyed by resource class (total is required
    when sent; the others default as on Inventory)."""

    total: int | Unset = UNSET
    """The actual amount of the resource."""

    reserved: int | Unset = UNSET
    """The amount not available for allocation."""

    min_unit: int | Unset = UNSET
    """The smallest amount one allocation may take."""

    max_unit: int | Unset = UNSET
    """The largest amount one allocation may take."""

    step_size: int | Unset = UNSET
    """Allocations must be a multiple of this amount."""

    allocation_ratio: float | Unset = UNSET
    """Overcommit ratio applied to (total - reserved)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("total", "total", t.INTEGER),
        Field("reserved", "reserved", t.INTEGER),
        Field("min_unit", "min_unit", t.INTEGER),
        Field("max_unit", "max_unit", t.INTEGER),
        Field("step_size", "step_size", t.INTEGER),
        Field("allocation_ratio", "allocation_ratio", t.NUMBER),
    )


class ProviderInventories(Model):
    """All of one provider's inventories, keyed by resource class, with the provider's
    generation."""

    inventories: dict[str, InventoryRecord] | Unset = UNSET
    """Resource class name -> its inventory."""

    resource_provider_generation: int | Unset = UNSET
    """The provider's generation (in requests: the one the change is based on, checked)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("inventories", "inventories", t.map_of(t.model(InventoryRecord))),
        Field("resource_provider_generation", "resource_provider_generation", t.INTEGER),
    )


class Inventory(Model):
    """A resource provider's inventory of one resource class (VCPU, MEMORY_MB, CUSTOM_*): how
    much there is and how it may be allocated. Capacity is (total - reserved) *
    allocation_ratio. Every write must send the provider's current generation
    (resource_provider_generation); a stale one is answered with 409 Conflict."""

    resource_class: str | Unset = UNSET
    """The resource class (create only; it is the path's last segment otherwise, and never
    returned)."""

    total: int | Unset = UNSET
    """The actual amount of the resource the provider has (1 to 2147483647)."""

    reserved: int | Unset = UNSET
    """The amount not available for allocation. It may equal total since 1.26 (it must be less
    before)."""

    min_unit: int | Unset = UNSET
    """The smallest amount one allocation may take."""

    max_unit: int | Unset = UNSET
    """The largest amount one allocation may take."""

    step_size: int | Unset = UNSET
    """Allocations must be a multiple of this amount."""

    allocation_ratio: float | Unset = UNSET
    """Overcommit ratio applied to (total - reserved)."""

    resource_provider_generation: int | Unset = UNSET
    """The provider's generation. In responses, the generation after the call; on update, the
    generation the change is based on (checked; 409 when stale). Accepted but not checked on
    create."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resource_class", "resource_class", t.STRING),
        Field("total", "total", t.INTEGER),
        Field("reserved", "reserved", t.INTEGER),
        Field("min_unit", "min_unit", t.INTEGER),
        Field("max_unit", "max_unit", t.INTEGER),
        Field("step_size", "step_size", t.INTEGER),
        Field("allocation_ratio", "allocation_ratio", t.NUMBER),
        Field("resource_provider_generation", "resource_provider_generation", t.INTEGER),
    )


class CreateOpts(Opts):
    """Options of create."""

    resource_class: str = REQUIRED
    """The resource class (create only; it is the path's last segment otherwise, and never
    returned)."""

    total: int = REQUIRED
    """The actual amount of the resource the provider has (1 to 2147483647)."""

    reserved: int | Unset = UNSET
    """The amount not available for allocation. It may equal total since 1.26 (it must be less
    before)."""

    min_unit: int | Unset = UNSET
    """The smallest amount one allocation may take."""

    max_unit: int | Unset = UNSET
    """The largest amount one allocation may take."""

    step_size: int | Unset = UNSET
    """Allocations must be a multiple of this amount."""

    allocation_ratio: float | Unset = UNSET
    """Overcommit ratio applied to (total - reserved)."""

    resource_provider_generation: int | Unset = UNSET
    """The provider's generation. In responses, the generation after the call; on update, the
    generation the change is based on (checked; 409 when stale). Accepted but not checked on
    create."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource_class", "resource_class", t.STRING, required=True),
        Param("total", "total", t.INTEGER, required=True),
        Param("reserved", "reserved", t.INTEGER),
        Param("min_unit", "min_unit", t.INTEGER),
        Param("max_unit", "max_unit", t.INTEGER),
        Param("step_size", "step_size", t.INTEGER),
        Param("allocation_ratio", "allocation_ratio", t.NUMBER),
        Param("resource_provider_generation", "resource_provider_generation", t.INTEGER),
    )


class UpdateOpts(Opts):
    """Options of update."""

    total: int = REQUIRED
    """The actual amount of the resource the provider has (1 to 2147483647)."""

    reserved: int | Unset = UNSET
    """The amount not available for allocation. It may equal total since 1.26 (it must be less
    before)."""

    min_unit: int | Unset = UNSET
    """The smallest amount one allocation may take."""

    max_unit: int | Unset = UNSET
    """The largest amount one allocation may take."""

    step_size: int | Unset = UNSET
    """Allocations must be a multiple of this amount."""

    allocation_ratio: float | Unset = UNSET
    """Overcommit ratio applied to (total - reserved)."""

    resource_provider_generation: int = REQUIRED
    """The provider's generation. In responses, the generation after the call; on update, the
    generation the change is based on (checked; 409 when stale). Accepted but not checked on
    create."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("total", "total", t.INTEGER, required=True),
        Param("reserved", "reserved", t.INTEGER),
        Param("min_unit", "min_unit", t.INTEGER),
        Param("max_unit", "max_unit", t.INTEGER),
        Param("step_size", "step_size", t.INTEGER),
        Param("allocation_ratio", "allocation_ratio", t.NUMBER),
        Param(
            "resource_provider_generation", "resource_provider_generation", t.INTEGER, required=True
        ),
    )


class SetAllOpts(Opts):
    """Options of set_all."""

    inventories: dict[str, InventoryRecord] = REQUIRED
    """Resource class name -> its new inventory (an empty map removes every inventory)."""

    resource_provider_generation: int = REQUIRED
    """The provider generation the change is based on."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("inventories", "inventories", t.map_of(t.model(InventoryRecord)), required=True),
        Param(
            "resource_provider_generation", "resource_provider_generation", t.INTEGER, required=True
        ),
    )


_GET = Operation(
    "inventories.get",
    "GET",
    "/resource_providers/{resource_provider_uuid}/inventories/{resource_class}",
    ok=(200, 203),
)
_CREATE = Operation(
    "inventories.create",
    "POST",
    "/resource_providers/{resource_provider_uuid}/inventories",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "inventories.update",
    "PUT",
    "/resource_providers/{resource_provider_uuid}/inventories/{resource_class}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "inventories.delete",
    "DELETE",
    "/resource_providers/{resource_provider_uuid}/inventories/{resource_class}",
    ok=(204,),
    response_kind="empty",
)
_GET_ALL = Operation(
    "inventories.get_all",
    "GET",
    "/resource_providers/{resource_provider_uuid}/inventories",
    ok=(200, 203),
)
_SET_ALL = Operation(
    "inventories.set_all",
    "PUT",
    "/resource_providers/{resource_provider_uuid}/inventories",
    ok=(200,),
    request_kind="json",
)
_DELETE_ALL = Operation(
    "inventories.delete_all",
    "DELETE",
    "/resource_providers/{resource_provider_uuid}/inventories",
    ok=(204,),
    response_kind="empty",
    since="1.5",
)


def get(
    client: ServiceClient,
    resource_provider_uuid: str,
    resource_class: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Inventory]:
    """Show the provider's inventory of one resource class (404 when it has none)."""
    return client.call(
        _GET,
        {"resource_provider_uuid": resource_provider_uuid, "resource_class": resource_class},
        model=Inventory,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    resource_provider_uuid: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Inventory]:
    """Add the inventory of one resource class to a provider (409 if it already has one, or on a
    concurrent update)."""
    return client.call(
        _CREATE,
        {"resource_provider_uuid": resource_provider_uuid},
        model=Inventory,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    resource_provider_uuid: str,
    resource_class: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Inventory]:
    """Replace the inventory of one resource class (a PUT: unset values go back to their
    defaults). 409 on a stale generation; 400 if the provider has no inventory of that class
    or the values are invalid."""
    return client.call(
        _UPDATE,
        {"resource_provider_uuid": resource_provider_uuid, "resource_class": resource_class},
        model=Inventory,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    resource_provider_uuid: str,
    resource_class: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove the inventory of one resource class (409 if it is allocated)."""
    return client.call(
        _DELETE,
        {"resource_provider_uuid": resource_provider_uuid, "resource_class": resource_class},
        microversion=microversion,
        timeout=timeout,
    )


def get_all(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProviderInventories]:
    """Show all of a provider's inventories, keyed by resource class."""
    return client.call(
        _GET_ALL,
        {"resource_provider_uuid": resource_provider_uuid},
        model=ProviderInventories,
        microversion=microversion,
        timeout=timeout,
    )


def set_all(
    client: ServiceClient,
    resource_provider_uuid: str,
    opts: SetAllOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProviderInventories]:
    """Replace all of a provider's inventories: resource classes not named are removed, the
    others created or replaced. 409 on a stale generation or when an inventory to remove is
    allocated."""
    return client.call(
        _SET_ALL,
        {"resource_provider_uuid": resource_provider_uuid},
        model=ProviderInventories,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_all(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove all of a provider's inventories (since 1.5). 409 if any of them is allocated."""
    return client.call(
        _DELETE_ALL,
        {"resource_provider_uuid": resource_provider_uuid},
        microversion=microversion,
        timeout=timeout,
    )


def extract_inventories(page: Page[Any]) -> builtins.list[Inventory]:
    """The Inventory items of a page (or of ``all_pages()``)."""
    return page.extract_as(Inventory)
