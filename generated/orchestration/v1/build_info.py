# Generated from orchestration/v1/build_info.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The build revisions of the API and the engine (as the operator configured them)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class Revision(Model):
    """The Revision object."""

    revision: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (Field("revision", "revision", t.STRING),)


class BuildInfo(Model):
    """The build revisions of the API and the engine (as the operator configured them)."""

    api: Revision | Unset = UNSET

    engine: Revision | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("api", "api", t.model(Revision)),
        Field("engine", "engine", t.model(Revision)),
    )


_SHOW = Operation(
    "build_info.show",
    "GET",
    "/build_info",
    ok=(200, 203),
)


def show(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BuildInfo]:
    """Show."""
    return client.call(_SHOW, None, model=BuildInfo, microversion=microversion, timeout=timeout)


def extract_build_info(page: Page[Any]) -> builtins.list[BuildInfo]:
    """The BuildInfo items of a page (or of ``all_pages()``)."""
    return page.extract_as(BuildInfo)
