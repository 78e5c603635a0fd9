# Generated from compute/v2/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Nova's version document for the v2.1 API: its status and the range of microversions the server
supports (min_version to version). Anyone may read it (no token is sent). get reads the
endpoint's own document; list reads the server root's list of every API version (v2.0 and
v2.1)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link, MediaType as MediaType


class Version(Model):
    """Nova's version document for the v2.1 API: its status and the range of microversions the
    server supports (min_version to version). Anyone may read it (no token is sent). get reads
    the endpoint's own document; list reads the server root's list of every API version (v2.0
    and v2.1)."""

    id: str
    """The API version's name, "v2.1"."""

    status: Literal["CURRENT", "SUPPORTED", "DEPRECATED"] | Unset = UNSET
    """Whether the version is current, supported or deprecated."""

    version: str | Unset = UNSET
    """The highest microversion the server supports (e.g. "2.104")."""

    min_version: str | Unset = UNSET
    """The lowest microversion the server supports ("2.1")."""

    updated: datetime.datetime | Unset = UNSET
    """When the version last changed (a fixed date)."""

    links: builtins.list[Link] | Unset = UNSET
    """A self link and a describedby link to the documentation."""

    media_types: builtins.list[MediaType] | Unset = UNSET
    """The media types the version speaks."""

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
    ok=(200, 300),
    authenticated=False,
    root=True,
    response_key="versions",
    paging=Paging("single"),
)
_GET = Operation(
    "versions.get",
    "GET",
    "/",
    ok=(200, 203),
    authenticated=False,
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


def get(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Version]:
    """The endpoint's version document (no token needed)."""
    return client.call(_GET, None, model=Version, microversion=microversion, timeout=timeout)


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
