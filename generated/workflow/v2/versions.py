# Generated from workflow/v2/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Mistral's API versions: the document at the server's root (GET /, no token needed) lists each
version with its status and a link to it."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class ApiRoot(Model):
    """The v2 root document."""

    uri: str | Unset = UNSET
    """The API's URL."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("uri", "uri", t.STRING),)


class Version(Model):
    """Mistral's API versions: the document at the server's root (GET /, no token needed) lists
    each version with its status and a link to it."""

    id: str
    """The version's name, "v2.0"."""

    status: str | Unset = UNSET
    """CURRENT for the version in use."""

    links: builtins.list[Link] | Unset = UNSET
    """A self link to the version's root (its "target" is kept in extra)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
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
_GET_API_ROOT = Operation(
    "versions.get_api_root",
    "GET",
    "/",
    ok=(200, 203),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Version]:
    """Every API version the server offers (GET / at the server's root)."""
    return client.pager(_LIST, None, model=Version, microversion=microversion, timeout=timeout)


def get_api_root(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ApiRoot]:
    """The v2 API's own root document (GET on the endpoint itself), which names its URL."""
    return client.call(
        _GET_API_ROOT, None, model=ApiRoot, microversion=microversion, timeout=timeout
    )


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
