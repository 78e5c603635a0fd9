# Generated from orchestration/v1/versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The API versions this Heat serves (the document at the server's root)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset
from stacksdk.shared import Link as Link


class Version(Model):
    """The API versions this Heat serves (the document at the server's root)."""

    id: str

    status: str | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


_LIST = Operation(
    "versions.list",
    "GET",
    "/",
    ok=(300,),
    authenticated=False,
    root=True,
    response_key="versions",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Version]:
    """List versions."""
    return client.pager(_LIST, None, model=Version, microversion=microversion, timeout=timeout)


def extract_versions(page: Page[Any]) -> builtins.list[Version]:
    """The Version items of a page (or of ``all_pages()``)."""
    return page.extract_as(Version)
