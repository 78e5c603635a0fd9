# Generated from container-infrastructure-management/v1/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Magnum's API versions: the list at the server's root (no token needed) gives each version's
range of microversions; GET /v1 describes version 1 and links each collection."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link, MediaType as MediaType


class ApiV1(Model):
    """The description of API version 1, with links to each collection."""

    id: str | Unset = UNSET
    """"v1"."""

    media_types: builtins.list[MediaType] | Unset = UNSET
    """The media types it speaks."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and documentation links."""

    clustertemplates: builtins.list[Link] | Unset = UNSET
    """Links to the cluster templates."""

    clusters: builtins.list[Link] | Unset = UNSET
    """Links to the clusters."""

    quotas: builtins.list[Link] | Unset = UNSET
    """Links to the quotas."""

    certificates: builtins.list[Link] | Unset = UNSET
    """Links to the certificates."""

    mservices: builtins.list[Link] | Unset = UNSET
    """Links to the Magnum services."""

    stats: builtins.list[Link] | Unset = UNSET
    """Links to the statistics."""

    federations: builtins.list[Link] | Unset = UNSET
    """Links to the federations."""

    nodegroups: builtins.list[Link] | Unset = UNSET
    """Links to the node groups."""

    credentials: builtins.list[Link] | Unset = UNSET
    """Links to the credentials."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("media_types", "media_types", t.list_of(t.model(MediaType))),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("clustertemplates", "clustertemplates", t.list_of(t.model(Link))),
        Field("clusters", "clusters", t.list_of(t.model(Link))),
        Field("quotas", "quotas", t.list_of(t.model(Link))),
        Field("certificates", "certificates", t.list_of(t.model(Link))),
        Field("mservices", "mservices", t.list_of(t.model(Link))),
        Field("stats", "stats", t.list_of(t.model(Link))),
        Field("federations", "federations", t.list_of(t.model(Link))),
        Field("nodegroups", "nodegroups", t.list_of(t.model(Link))),
        Field("credentials", "credentials", t.list_of(t.model(Link))),
    )


class Version(Model):
    """Magnum's API versions: the list at the server's root (no token needed) gives each
    version's range of microversions; GET /v1 describes version 1 and links each collection."""

    id: str
    """The version's name, "v1"."""

    status: str | Unset = UNSET
    """CURRENT, SUPPORTED or DEPRECATED."""

    min_version: str | Unset = UNSET
    """The lowest microversion ("1.1")."""

    max_version: str | Unset = UNSET
    """The highest microversion the server speaks."""

    links: builtins.list[Link] | Unset = UNSET
    """A self link."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("min_version", "min_version", t.STRING),
        Field("max_version", "max_version", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
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
_SHOW_V1 = Operation(
    "versions.show_v1",
    "GET",
    "/",
    ok=(200, 203),
    authenticated=False,
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Version]:
    """Every API version the server offers (GET / at the server's root)."""
    return client.pager(_LIST, None, model=Version, microversion=microversion, timeout=timeout)


def show_v1(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ApiV1]:
    """The description of version 1 (GET /v1/), with links to its collections."""
    return client.call(_SHOW_V1, None, model=ApiV1, microversion=microversion, timeout=timeout)


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
