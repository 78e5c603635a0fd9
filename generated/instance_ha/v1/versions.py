# Generated from instance-ha/v1/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Masakari's API versions: the list at the server's root (GET /, no token) names v1 with the
range of microversions the server supports (min_version to version); GET /v1/ shows the same
version with its links and media types."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link, MediaType as MediaType


class Version(Model):
    """Masakari's API versions: the list at the server's root (GET /, no token) names v1 with the
    range of microversions the server supports (min_version to version); GET /v1/ shows the
    same version with its links and media types."""

    id: str
    """The API version's name ("v1.0")."""

    status: Literal["CURRENT", "SUPPORTED", "DEPRECATED"] | Unset = UNSET
    """Whether the version is current, supported or deprecated."""

    version: str | Unset = UNSET
    """The highest microversion the server supports ("1.3")."""

    min_version: str | Unset = UNSET
    """The lowest microversion the server supports ("1.0")."""

    updated: datetime.datetime | Unset = UNSET
    """When the version last changed (a fixed date)."""

    links: builtins.list[Link] | Unset = UNSET
    """A self link (and, on GET /v1/, a describedby link to the documentation)."""

    media_types: builtins.list[MediaType] | Unset = UNSET
    """The media types the version speaks (GET /v1/ only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("version", "version", t.STRING),
        Field("min_version", "min_version", t.STRING),
        Field("updated", "updated", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("media_types", "media-types", t.list_of(t.model(MediaType))),
    )


_LIST = Operation(
    "versions.list",
    "GET",
    "/",
    ok=(200, 203),
    authenticated=False,
    root=True,
    response_key="versions",
    paging=Paging("single"),
)
_GET_V1 = Operation(
    "versions.get_v1",
    "GET",
    "/v1/",
    ok=(200, 203),
    root=True,
    response_key="version",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Version]:
    """Every API version the server offers (GET / at the server's root; no token needed)."""
    return client.pager(_LIST, None, model=Version, microversion=microversion, timeout=timeout)


def get_v1(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Version]:
    """The v1 version document (GET /v1/ at the server's root; needs a token)."""
    return client.call(_GET_V1, None, model=Version, microversion=microversion, timeout=timeout)


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
