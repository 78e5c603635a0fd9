# Generated from image/v2/locations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A location of an image's data: a store URL with its metadata. The locations API (Image API
2.17, Glance 2024.2, and later) lets a service (or, for http URLs, the owner) add the first
location of a queued image, and lets services list them."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ValidationData(Model):
    """The secure hash of the data at a new location."""

    os_hash_algo: Literal["sha1", "sha256", "sha512", "md5"] | Unset = UNSET
    """The hash algorithm (given together with os_hash_value)."""

    os_hash_value: str | Unset = UNSET
    """The hex digest."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("os_hash_algo", "os_hash_algo", t.STRING, enum=("sha1", "sha256", "sha512", "md5")),
        Field("os_hash_value", "os_hash_value", t.STRING),
    )


class Location(Model):
    """A location of an image's data: a store URL with its metadata. The locations API (Image API
    2.17, Glance 2024.2, and later) lets a service (or, for http URLs, the owner) add the
    first location of a queued image, and lets services list them."""

    url: str | Unset = UNSET
    """The data's URL in its store (rbd://, cinder://, http(s)://, ...)."""

    metadata: dict[str, Any] | Unset = UNSET
    """Store metadata; "store" names the store ID with multiple stores."""

    validation_data: ValidationData | Unset = UNSET
    """Hashes of the data Glance records on the image; never returned."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", t.STRING),
        Field("metadata", "metadata", t.map_of(t.ANY)),
        Field("validation_data", "validation_data", t.model(ValidationData)),
    )


class CreateOpts(Opts):
    """Options of create."""

    url: str = REQUIRED
    """The data's URL in its store (rbd://, cinder://, http(s)://, ...)."""

    validation_data: ValidationData | Unset = UNSET
    """Hashes of the data Glance records on the image; never returned."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("url", "url", t.STRING, required=True),
        Param("validation_data", "validation_data", t.model(ValidationData)),
    )


_LIST = Operation(
    "locations.list",
    "GET",
    "/images/{image_id}/locations",
    ok=(200, 203),
    paging=Paging("single"),
)
_CREATE = Operation(
    "locations.create",
    "POST",
    "/images/{image_id}/locations",
    ok=(200, 202),
    request_kind="json",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Location]:
    """The locations of an image (a bare JSON list). By default only a user with the service role
    may list them (others get 403)."""
    return client.pager(
        _LIST, {"image_id": image_id}, model=Location, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    image_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add a location to a queued image; Glance verifies and activates the image asynchronously
    (a location_import task). Without the service role only http(s) URLs are accepted, and
    only when the http store is enabled."""
    return client.call(
        _CREATE, {"image_id": image_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_locations(page: Page[Any]) -> builtins.list[Location]:
    """The Location items of a page (or of ``all_pages()``)."""
    return page.extract_as(Location)
