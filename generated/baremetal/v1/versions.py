# Generated from baremetal/v1/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Ironic's API version document: the v1 API's status and the range of microversions the server
supports (min_version to version). Anyone may read it (no token is sent). list reads the
server root (GET /); get reads the version of the endpoint's own document (GET /v1/), which
get_root returns whole, with links to every top-level resource."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link, MediaType as MediaType


class Version(Model):
    """Ironic's API version document: the v1 API's status and the range of microversions the
    server supports (min_version to version). Anyone may read it (no token is sent). list
    reads the server root (GET /); get reads the version of the endpoint's own document (GET
    /v1/), which get_root returns whole, with links to every top-level resource."""

    id: str
    """The API version's name, "v1"."""

    status: str | Unset = UNSET
    """CURRENT."""

    version: str | Unset = UNSET
    """The highest microversion the server supports (e.g. "1.115")."""

    min_version: str | Unset = UNSET
    """The lowest microversion the server supports ("1.1")."""

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("version", "version", t.STRING),
        Field("min_version", "min_version", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class Root(Model):
    """The server root document (GET /)."""

    name: str | Unset = UNSET
    """The service's name."""

    description: str | Unset = UNSET

    default_version: Version | Unset = UNSET

    versions: builtins.list[Version] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("default_version", "default_version", t.model(Version)),
        Field("versions", "versions", t.list_of(t.model(Version))),
    )


class V1Root(Model):
    """The v1 document (GET /v1/), with links to every top-level resource."""

    id: str | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    media_types: builtins.list[MediaType] | Unset = UNSET

    version: Version | Unset = UNSET

    chassis: builtins.list[Link] | Unset = UNSET

    nodes: builtins.list[Link] | Unset = UNSET

    ports: builtins.list[Link] | Unset = UNSET

    portgroups: builtins.list[Link] | Unset = UNSET

    drivers: builtins.list[Link] | Unset = UNSET

    volume: builtins.list[Link] | Unset = UNSET

    lookup: builtins.list[Link] | Unset = UNSET

    heartbeat: builtins.list[Link] | Unset = UNSET

    conductors: builtins.list[Link] | Unset = UNSET

    allocations: builtins.list[Link] | Unset = UNSET

    events: builtins.list[Link] | Unset = UNSET

    deploy_templates: builtins.list[Link] | Unset = UNSET

    shards: builtins.list[Link] | Unset = UNSET

    runbooks: builtins.list[Link] | Unset = UNSET

    inspection_rules: builtins.list[Link] | Unset = UNSET

    continue_inspection: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("media_types", "media_types", t.list_of(t.model(MediaType))),
        Field("version", "version", t.model(Version)),
        Field("chassis", "chassis", t.list_of(t.model(Link))),
        Field("nodes", "nodes", t.list_of(t.model(Link))),
        Field("ports", "ports", t.list_of(t.model(Link))),
        Field("portgroups", "portgroups", t.list_of(t.model(Link))),
        Field("drivers", "drivers", t.list_of(t.model(Link))),
        Field("volume", "volume", t.list_of(t.model(Link))),
        Field("lookup", "lookup", t.list_of(t.model(Link))),
        Field("heartbeat", "heartbeat", t.list_of(t.model(Link))),
        Field("conductors", "conductors", t.list_of(t.model(Link))),
        Field("allocations", "allocations", t.list_of(t.model(Link))),
        Field("events", "events", t.list_of(t.model(Link))),
        Field("deploy_templates", "deploy_templates", t.list_of(t.model(Link))),
        Field("shards", "shards", t.list_of(t.model(Link))),
        Field("runbooks", "runbooks", t.list_of(t.model(Link))),
        Field("inspection_rules", "inspection_rules", t.list_of(t.model(Link))),
        Field("continue_inspection", "continue_inspection", t.list_of(t.model(Link))),
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
_GET = Operation(
    "versions.get",
    "GET",
    "/",
    ok=(200, 203),
    authenticated=False,
    response_key="version",
)
_GET_SERVER_ROOT = Operation(
    "versions.get_server_root",
    "GET",
    "/",
    ok=(200, 203),
    authenticated=False,
    root=True,
)
_GET_ROOT = Operation(
    "versions.get_root",
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
    """Every API version the server offers (GET / at the server's root; no token needed)."""
    return client.pager(_LIST, None, model=Version, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Version]:
    """The endpoint's version (no token needed)."""
    return client.call(_GET, None, model=Version, microversion=microversion, timeout=timeout)


def get_server_root(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Root]:
    """The whole server root document (GET /), with the service's name and default version."""
    return client.call(
        _GET_SERVER_ROOT, None, model=Root, microversion=microversion, timeout=timeout
    )


def get_root(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[V1Root]:
    """The whole v1 document (GET /v1/), with links to every top-level resource."""
    return client.call(_GET_ROOT, None, model=V1Root, microversion=microversion, timeout=timeout)


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
