# Generated from image/v2/import_info.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The interoperable import methods this deployment enables (Image API 2.6 and later)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class ImportMethods(Model):
    """A small self-describing value wrapper around the list of method names."""

    description: str | Unset = UNSET

    type: str | Unset = UNSET
    """Always "array"."""

    value: builtins.list[str] | Unset = UNSET
    """The enabled methods (glance-direct, web-download, copy-image, glance-download)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("description", "description", t.STRING),
        Field("type", "type", t.STRING),
        Field("value", "value", t.list_of(t.STRING)),
    )


class ImportInfo(Model):
    """The interoperable import methods this deployment enables (Image API 2.6 and later)."""

    import_methods: ImportMethods | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("import_methods", "import-methods", t.model(ImportMethods)),
    )


_GET = Operation(
    "import_info.get",
    "GET",
    "/info/import",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ImportInfo]:
    """Show the enabled import methods."""
    return client.call(_GET, None, model=ImportInfo, microversion=microversion, timeout=timeout)


def extract_import_info(page: Page[Any]) -> builtins.list[ImportInfo]:
    """The ImportInfo items of a page (or of ``all_pages()``)."""
    return page.extract_as(ImportInfo)
