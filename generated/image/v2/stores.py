# Generated from image/v2/stores.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A backing store of a deployment with multiple stores enabled (enabled_backends), Image API 2.8
and later; without multiple stores the store calls answer 404."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class Store(Model):
    """A backing store of a deployment with multiple stores enabled (enabled_backends), Image API
    2.8 and later; without multiple stores the store calls answer 404."""

    id: str
    """The store ID, as named in the store, stores and prefer options."""

    description: str | Unset = UNSET

    is_default: str | Unset = UNSET
    """"true" (a string) on the default store; absent on the others."""

    is_read_only: str | Unset = UNSET
    """"true" (a string) on stores that cannot take data (http); absent otherwise."""

    type: str | Unset = UNSET
    """The driver (file, rbd, cinder, swift, s3, http); list_detail only."""

    weight: int | Unset = UNSET
    """The store's weight when choosing among locations; list_detail only."""

    properties: dict[str, Any] | Unset = UNSET
    """Driver settings (pool, chunk_size, container, ...); list_detail only."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("description", "description", t.STRING),
        Field("is_default", "default", t.STRING),
        Field("is_read_only", "read-only", t.STRING),
        Field("type", "type", t.STRING),
        Field("weight", "weight", t.INTEGER),
        Field("properties", "properties", t.map_of(t.ANY)),
    )


_LIST = Operation(
    "stores.list",
    "GET",
    "/info/stores",
    ok=(200, 203),
    response_key="stores",
    paging=Paging("single"),
)
_LIST_DETAIL = Operation(
    "stores.list_detail",
    "GET",
    "/info/stores/detail",
    ok=(200, 203),
    response_key="stores",
    paging=Paging("single"),
)
_DELETE_IMAGE = Operation(
    "stores.delete_image",
    "DELETE",
    "/stores/{store_id}/{image_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Store]:
    """List the stores (IDs and descriptions)."""
    return client.pager(_LIST, None, model=Store, microversion=microversion, timeout=timeout)


def list_detail(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Store]:
    """List the stores with their driver type, weight and properties (Image API 2.15 and later;
    administrators or the service role)."""
    return client.pager(_LIST_DETAIL, None, model=Store, microversion=microversion, timeout=timeout)


def delete_image(
    client: ServiceClient,
    store_id: str,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an active image's data from one store, keeping the image and its other locations
    (Image API 2.10 and later; admin by default). Forbidden when it is the only location."""
    return client.call(
        _DELETE_IMAGE,
        {"store_id": store_id, "image_id": image_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_stores(page: Page[Any]) -> builtins.list[Store]:
    """The Store items of a page (or of ``all_pages()``)."""
    return page.extract_as(Store)
