# Generated from block-storage/v3/extensions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An API extension loaded by the Cinder API server (os-hosts, os-quota-sets, backups, ...). The
set is mostly fixed in Cinder; new behaviour comes with microversions instead."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class Extension(Model):
    """An API extension loaded by the Cinder API server (os-hosts, os-quota-sets, backups, ...).
    The set is mostly fixed in Cinder; new behaviour comes with microversions instead."""

    alias: str
    """The extension's short name, which get takes."""

    name: str | Unset = UNSET
    """Its display name (CamelCase)."""

    description: str | None | Unset = UNSET
    """What it adds (the extension class's docstring; null without one)."""

    updated: datetime.datetime | Unset = UNSET
    """When the extension last changed."""

    links: builtins.list[Any] | Unset = UNSET
    """Links (Cinder always sends an empty list)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("alias", "alias", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("updated", "updated", t.DATETIME),
        Field("links", "links", t.list_of(t.ANY)),
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
    """List the loaded extensions."""
    return client.pager(_LIST, None, model=Extension, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    alias: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Extension]:
    """Show one loaded extension by its alias (NotFound when it is not loaded)."""
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
