# Generated from compute/v2/extensions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The API extensions Nova reports (GET /extensions). Deprecated: since the v2.1 API every
"extension" is part of the API and microversions say what a cloud serves, so the list is a
fixed one kept for old clients (the v2.0-compatible endpoint adds OS-EXT-VIF-NET). Any user
may read it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class ExtensionLink(Model):
    """The ExtensionLink object."""

    href: str | Unset = UNSET
    """The link's URL."""

    rel: str | Unset = UNSET
    """The relation (self, bookmark, ...)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("href", "href", t.STRING),
        Field("rel", "rel", t.STRING),
    )


class Extension(Model):
    """The API extensions Nova reports (GET /extensions). Deprecated: since the v2.1 API every
    "extension" is part of the API and microversions say what a cloud serves, so the list is a
    fixed one kept for old clients (the v2.0-compatible endpoint adds OS-EXT-VIF-NET). Any
    user may read it."""

    alias: str
    """The extension's short name (OS-DCF, os-keypairs, ...); its ID."""

    name: str | Unset = UNSET
    """The extension's long name (DiskConfig, Keypairs, ...)."""

    description: str | Unset = UNSET
    """What the extension does."""

    namespace: str | Unset = UNSET
    """A historical XML namespace URL (the same placeholder for all)."""

    updated: datetime.datetime | Unset = UNSET
    """When the extension last changed (a fixed date)."""

    links: builtins.list[ExtensionLink] | Unset = UNSET
    """Links (always empty)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("alias", "alias", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("namespace", "namespace", t.STRING),
        Field("updated", "updated", t.DATETIME),
        Field("links", "links", t.list_of(t.model(ExtensionLink))),
    )


_LIST = Operation(
    "extensions.list",
    "GET",
    "/extensions",
    ok=(200, 203),
    response_key="extensions",
    paging=Paging("single"),
)
_GET = Operation(
    "extensions.get",
    "GET",
    "/extensions/{alias}",
    ok=(200, 203),
    response_key="extension",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Extension]:
    """Every extension, sorted by alias (one page)."""
    return client.pager(_LIST, None, model=Extension, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    alias: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Extension]:
    """One extension by alias (404 for an alias not in the list)."""
    return client.call(
        _GET, {"alias": alias}, model=Extension, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Extension:
    """The one Extension whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Extension,
        name_field="name",
        id_field="alias",
    )


def extract_extensions(page: Page[Any]) -> builtins.list[Extension]:
    """The Extension items of a page (or of ``all_pages()``)."""
    return page.extract_as(Extension)
