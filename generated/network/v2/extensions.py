# Generated from network/v2/extensions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An API extension the Neutron server loaded. Neutron has no microversions: what a deployment
offers (QoS, trunks, segments, tags, ...) is the set of extensions its plugins load, each
named by its alias."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class Extension(Model):
    """An API extension the Neutron server loaded. Neutron has no microversions: what a
    deployment offers (QoS, trunks, segments, tags, ...) is the set of extensions its plugins
    load, each named by its alias."""

    alias: str
    """The extension's short name (qos, trunk, standard-attr-tag, ...)."""

    name: str | Unset = UNSET
    """The extension's display name."""

    description: str | Unset = UNSET
    """What it adds."""

    updated: str | Unset = UNSET
    """The date of the extension's last change, as the extension wrote it: mostly ISO 8601, but
    some Neutron extensions send malformed dates (such as "2014-06-1T10:00:00-00:00"), so it
    stays a string."""

    links: builtins.list[Any] | Unset = UNSET
    """Links (always empty)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("alias", "alias", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("updated", "updated", t.STRING),
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
    """Show a loaded extension by its alias (NotFound when it is not loaded)."""
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
