# Generated from key-manager/v1/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Barbican's API versions. The server's root (GET /, no token, answered with 300 Multiple
Choices) lists v1; GET /v1 (with a token) shows it alone. Requests that name microversion 1.1
or later get each version's range of microversions (min_version, max_version) and status
CURRENT; others the older form, with status "stable" and media types."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset
from stacksdk.shared import Link as Link, MediaType as MediaType


class Version(Model):
    """Barbican's API versions. The server's root (GET /, no token, answered with 300 Multiple
    Choices) lists v1; GET /v1 (with a token) shows it alone. Requests that name microversion
    1.1 or later get each version's range of microversions (min_version, max_version) and
    status CURRENT; others the older form, with status "stable" and media types."""

    id: str
    """The API version's name, "v1"."""

    status: str | Unset = UNSET
    """CURRENT (microversion 1.1 and later) or "stable" (the older form)."""

    min_version: str | Unset = UNSET
    """The lowest microversion the server supports (1.1 and later form only)."""

    max_version: str | Unset = UNSET
    """The highest microversion the server supports (1.1 and later form only)."""

    links: builtins.list[Link] | Unset = UNSET
    """A self link to the version and a describedby link to the documentation."""

    media_types: builtins.list[MediaType] | Unset = UNSET
    """The media types the version speaks (older form only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("min_version", "min_version", t.STRING),
        Field("max_version", "max_version", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("media_types", "media-types", t.list_of(t.model(MediaType))),
    )


_LIST_VERSIONS = Operation(
    "versions.list_versions",
    "GET",
    "/",
    ok=(300, 200),
    authenticated=False,
    root=True,
)
_GET_CURRENT = Operation(
    "versions.get_current",
    "GET",
    "",
    ok=(200,),
    response_key="version",
)


def list_versions(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The server's versions document (GET / at the server's root; no token needed): {"versions":
    {"values": [...]}} in the older form, {"versions": [...]} for microversion 1.1 and later.
    Raw JSON, as its shape depends on the microversion."""
    return client.call(_LIST_VERSIONS, None, microversion=microversion, timeout=timeout)


def get_current(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Version]:
    """The version this endpoint serves (GET /v1, with a token)."""
    return client.call(
        _GET_CURRENT, None, model=Version, microversion=microversion, timeout=timeout
    )


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
