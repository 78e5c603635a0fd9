# Generated from network/v2/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The API versions a Neutron server offers (only v2.0 today), and what the v2.0 endpoint itself
answers: the list of its core resources. list reads the server root (GET /, no token needed);
list_resources reads the endpoint."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class ApiResource(Model):
    """A core resource collection the v2.0 endpoint serves."""

    name: str | Unset = UNSET
    """The resource, in the singular ("network")."""

    collection: str | Unset = UNSET
    """Its collection ("networks"), the path below the endpoint."""

    links: builtins.list[Link] | Unset = UNSET
    """A self link to the collection."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("collection", "collection", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class Version(Model):
    """The API versions a Neutron server offers (only v2.0 today), and what the v2.0 endpoint
    itself answers: the list of its core resources. list reads the server root (GET /, no
    token needed); list_resources reads the endpoint."""

    id: str
    """The API version's name, "v2.0"."""

    status: Literal["CURRENT", "SUPPORTED", "DEPRECATED"] | Unset = UNSET
    """Whether the version is current, supported or deprecated."""

    links: builtins.list[Link] | Unset = UNSET
    """A self link to the version's endpoint."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
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
_LIST_RESOURCES = Operation(
    "versions.list_resources",
    "GET",
    "/",
    ok=(200,),
    response_kind="list",
    response_key="resources",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Version]:
    """Every API version the server offers (GET / at the server's root; no token needed)."""
    return client.pager(_LIST, None, model=Version, microversion=microversion, timeout=timeout)


def list_resources(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[ApiResource]]:
    """The core resource collections the v2.0 endpoint serves (networks, subnets, ports, ...)."""
    return client.call(
        _LIST_RESOURCES, None, model=ApiResource, microversion=microversion, timeout=timeout
    )


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
