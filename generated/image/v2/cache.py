# Generated from image/v2/cache.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The image cache of the Glance API node that answers (Image API 2.14 and later). Administrators
only by default; answers 404 when the deployment runs without an image cache."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class CachedImage(Model):
    """One image in the cache."""

    image_id: str | Unset = UNSET

    hits: int | Unset = UNSET
    """How often the cached copy was served."""

    last_accessed: float | Unset = UNSET
    """When it was last served (Unix time)."""

    last_modified: float | Unset = UNSET
    """When it was cached (Unix time)."""

    size: int | Unset = UNSET
    """Bytes."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("image_id", "image_id", t.STRING),
        Field("hits", "hits", t.INTEGER),
        Field("last_accessed", "last_accessed", t.NUMBER),
        Field("last_modified", "last_modified", t.NUMBER),
        Field("size", "size", t.INTEGER),
    )


class PruneResult(Model):
    """What prune removed."""

    total_files_pruned: int | Unset = UNSET

    total_bytes_pruned: int | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("total_files_pruned", "total_files_pruned", t.INTEGER),
        Field("total_bytes_pruned", "total_bytes_pruned", t.INTEGER),
    )


class CacheState(Model):
    """The image cache of the Glance API node that answers (Image API 2.14 and later).
    Administrators only by default; answers 404 when the deployment runs without an image
    cache."""

    cached_images: builtins.list[CachedImage] | Unset = UNSET

    queued_images: builtins.list[str] | Unset = UNSET
    """IDs of images waiting to be cached, in processing order."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("cached_images", "cached_images", t.list_of(t.model(CachedImage))),
        Field("queued_images", "queued_images", t.list_of(t.STRING)),
    )


class ClearOpts(Opts):
    """Options of clear."""

    target: Literal["cache", "queue"] | Unset = UNSET
    """Clear only the cache or only the queue."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "target",
            "x-image-cache-clear-target",
            t.STRING,
            location="header",
            enum=("cache", "queue"),
        ),
    )


_GET = Operation(
    "cache.get",
    "GET",
    "/cache",
    ok=(200, 203),
)
_QUEUE_IMAGE = Operation(
    "cache.queue_image",
    "PUT",
    "/cache/{image_id}",
    ok=(202,),
    response_kind="empty",
)
_DELETE_IMAGE = Operation(
    "cache.delete_image",
    "DELETE",
    "/cache/{image_id}",
    ok=(204,),
    response_kind="empty",
)
_CLEAR = Operation(
    "cache.clear",
    "DELETE",
    "/cache",
    ok=(204,),
    response_kind="empty",
)
_CLEAN = Operation(
    "cache.clean",
    "POST",
    "/cache/clean",
    ok=(200,),
    response_kind="empty",
)
_PRUNE = Operation(
    "cache.prune",
    "POST",
    "/cache/prune",
    ok=(200,),
)
_LIST_NODES = Operation(
    "cache.list_nodes",
    "GET",
    "/cache/nodes/{image_id}",
    ok=(200,),
)


def get(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[CacheState]:
    """List the cached and queued images."""
    return client.call(_GET, None, model=CacheState, microversion=microversion, timeout=timeout)


def queue_image(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Queue an active image for caching; the cache fills it in the background."""
    return client.call(
        _QUEUE_IMAGE, {"image_id": image_id}, microversion=microversion, timeout=timeout
    )


def delete_image(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove an image from the cache and from the queue."""
    return client.call(
        _DELETE_IMAGE, {"image_id": image_id}, microversion=microversion, timeout=timeout
    )


def clear(
    client: ServiceClient,
    opts: ClearOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Empty the cache, the queue, or (by default) both."""
    return client.call(_CLEAR, None, opts=opts, microversion=microversion, timeout=timeout)


def clean(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove invalid entries and stalled partial images (Image API 2.18 and later)."""
    return client.call(_CLEAN, None, microversion=microversion, timeout=timeout)


def prune(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PruneResult]:
    """Remove the least recently used images until the cache fits its configured size (Image API
    2.18 and later)."""
    return client.call(_PRUNE, None, model=PruneResult, microversion=microversion, timeout=timeout)


def list_nodes(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The URLs of the API nodes that cache an image (a JSON list of strings). Not in the
    api-ref; served only with the centralized_db cache driver (Conflict otherwise)."""
    return client.call(
        _LIST_NODES, {"image_id": image_id}, microversion=microversion, timeout=timeout
    )


def extract_cache(page: Page[Any]) -> builtins.list[CacheState]:
    """The CacheState items of a page (or of ``all_pages()``)."""
    return page.extract_as(CacheState)
