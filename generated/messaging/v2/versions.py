# Generated from messaging/v2/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Zaqar's API versions: the list at the server's root (GET /, no token and no Client-ID needed)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset
from stacksdk.shared import Link as Link, MediaType as MediaType


class Version(Model):
    """Zaqar's API versions: the list at the server's root (GET /, no token and no Client-ID
    needed)."""

    id: str
    """The version's name ("2")."""

    status: str | Unset = UNSET
    """CURRENT, SUPPORTED or DEPRECATED."""

    updated: str | Unset = UNSET
    """When the version last changed (Zaqar writes it without zero padding, 2014-9-24T04:06:47Z,
    so it is kept as text)."""

    links: builtins.list[Link] | Unset = UNSET
    """A self link (/v2/)."""

    media_types: builtins.list[MediaType] | Unset = UNSET
    """The media types the version speaks."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("updated", "updated", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("media_types", "media-types", t.list_of(t.model(MediaType))),
    )


_LIST = Operation(
    "versions.list",
    "GET",
    "/",
    ok=(200, 300),
    authenticated=False,
    root=True,
    response_key="versions",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Version]:
    """Every API version the server offers (GET / at the server's root; no token needed)."""
    return client.pager(_LIST, None, model=Version, microversion=microversion, timeout=timeout)


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
