# Generated from identity/v3/catalog.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""What the current token may see: its service catalog, and the projects, domains and system
scope it can be rescoped to (the read-only /auth/* endpoints; they describe the token the
client authenticates with)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.identity.v3.domains import Domain
from stacksdk.identity.v3.projects import Project


class CatalogEndpoint(Model):
    """One endpoint of a catalog service."""

    id: str | Unset = UNSET

    interface: str | Unset = UNSET
    """public, internal or admin."""

    region: str | None | Unset = UNSET
    """The region ID (older name of region_id)."""

    region_id: str | None | Unset = UNSET
    """The region ID."""

    url: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("interface", "interface", t.STRING),
        Field("region", "region", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("url", "url", t.STRING),
    )


class SystemScope(Model):
    """A system scope the token may use: {"all": true} is the whole deployment."""

    all: bool | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (Field("all", "all", t.BOOLEAN),)


class CatalogService(Model):
    """What the current token may see: its service catalog, and the projects, domains and system
    scope it can be rescoped to (the read-only /auth/* endpoints; they describe the token the
    client authenticates with)."""

    id: str
    """The service ID."""

    type: str | Unset = UNSET
    """The service type (identity, compute, ...)."""

    name: str | Unset = UNSET
    """The service name."""

    endpoints: builtins.list[CatalogEndpoint] | Unset = UNSET
    """The service's endpoints the token's project may use."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("type", "type", t.STRING),
        Field("name", "name", t.STRING),
        Field("endpoints", "endpoints", t.list_of(t.model(CatalogEndpoint))),
    )


_LIST = Operation(
    "catalog.list",
    "GET",
    "/auth/catalog",
    ok=(200, 203),
    response_key="catalog",
    paging=Paging("single"),
)
_LIST_PROJECTS = Operation(
    "catalog.list_projects",
    "GET",
    "/auth/projects",
    ok=(200, 203),
    response_key="projects",
    paging=Paging("linked", next="links.next"),
)
_LIST_DOMAINS = Operation(
    "catalog.list_domains",
    "GET",
    "/auth/domains",
    ok=(200, 203),
    response_key="domains",
    paging=Paging("linked", next="links.next"),
)
_LIST_SYSTEM = Operation(
    "catalog.list_system",
    "GET",
    "/auth/system",
    ok=(200, 203),
    response_kind="list",
    response_key="system",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[CatalogService]:
    """The service catalog of the current token. Needs a project-scoped token (keystone answers
    403 otherwise)."""
    return client.pager(
        _LIST, None, model=CatalogService, microversion=microversion, timeout=timeout
    )


def list_projects(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Project]:
    """The projects the current token's user can scope to (by direct or group role assignments)."""
    return client.pager(
        _LIST_PROJECTS, None, model=Project, microversion=microversion, timeout=timeout
    )


def list_domains(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Domain]:
    """The domains the current token's user can scope to."""
    return client.pager(
        _LIST_DOMAINS, None, model=Domain, microversion=microversion, timeout=timeout
    )


def list_system(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[SystemScope]]:
    """The system scopes the current token's user can use: [SystemScope(all=True)] with a system
    role assignment, else an empty list."""
    return client.call(
        _LIST_SYSTEM, None, model=SystemScope, microversion=microversion, timeout=timeout
    )


def extract_catalog(page: Page[Any]) -> builtins.list[CatalogService]:
    """The CatalogService items of a page (or of ``all_pages()``)."""
    return page.extract_as(CatalogService)
