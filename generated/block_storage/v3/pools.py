# Generated from block-storage/v3/pools.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The storage pools the scheduler knows, with their capacities (admin). Cinder asks the
scheduler over RPC."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class PoolCapabilities(Model):
    """A pool's capabilities and capacity, as its driver reports them."""

    updated: datetime.datetime | None | Unset = UNSET
    """When the driver last reported."""

    total_capacity_gb: Any | Unset = UNSET
    """Total capacity in GiB: a number, or infinite or unknown."""

    free_capacity_gb: Any | Unset = UNSET
    """Free capacity in GiB: a number, or infinite or unknown."""

    volume_backend_name: str | Unset = UNSET
    """The backend's name."""

    reserved_percentage: int | Unset = UNSET
    """The percentage kept free."""

    driver_version: str | Unset = UNSET
    """The driver's version."""

    storage_protocol: str | Unset = UNSET
    """The storage protocol."""

    qos_support: bool | Unset = UNSET
    """Whether the backend supports QoS."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("updated", "updated", t.DATETIME),
        Field("total_capacity_gb", "total_capacity_gb", t.ANY),
        Field("free_capacity_gb", "free_capacity_gb", t.ANY),
        Field("volume_backend_name", "volume_backend_name", t.STRING),
        Field("reserved_percentage", "reserved_percentage", t.INTEGER),
        Field("driver_version", "driver_version", t.STRING),
        Field("storage_protocol", "storage_protocol", t.STRING),
        Field("qos_support", "QoS_support", t.BOOLEAN),
    )


class Pool(Model):
    """The storage pools the scheduler knows, with their capacities (admin). Cinder asks the
    scheduler over RPC."""

    name: str
    """The pool's name (host@backend#pool)."""

    capabilities: PoolCapabilities | Unset = UNSET
    """Present with detail=true."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("capabilities", "capabilities", t.model(PoolCapabilities)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    detail: bool | Unset = UNSET
    """True to include each pool's capabilities."""

    name: str | Unset = UNSET
    """Only the pool with this name (since 3.28, as other filters)."""

    volume_type: str | Unset = UNSET
    """Only pools that can hold volumes of this type (since 3.35)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("detail", "detail", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query", since="3.28"),
        Param("volume_type", "volume_type", t.STRING, location="query", since="3.35"),
    )


_LIST = Operation(
    "pools.list",
    "GET",
    "/scheduler-stats/get_pools",
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
    """List the scheduler's pools."""
    return client.pager(
        _LIST, None, model=Pool, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_pools(page: Page[Any]) -> builtins.list[Pool]:
    """The Pool items of a page (or of ``all_pages()``)."""
    return page.extract_as(Pool)
