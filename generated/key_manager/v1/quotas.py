# Generated from key-manager/v1/quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The effective quotas of the caller's project: the project's own where set (project_quotas),
else the deployment's defaults. -1 means unlimited, 0 forbids creating any."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class Quotas(Model):
    """The effective quotas of the caller's project: the project's own where set
    (project_quotas), else the deployment's defaults. -1 means unlimited, 0 forbids creating
    any."""

    secrets: int | Unset = UNSET
    """The most secrets the project may have."""

    orders: int | Unset = UNSET
    """The most orders the project may have."""

    containers: int | Unset = UNSET
    """The most containers the project may have."""

    consumers: int | Unset = UNSET
    """The most consumers the project may register."""

    cas: int | Unset = UNSET
    """The most certificate authorities (unused since certificate orders were removed)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("secrets", "secrets", t.INTEGER),
        Field("orders", "orders", t.INTEGER),
        Field("containers", "containers", t.INTEGER),
        Field("consumers", "consumers", t.INTEGER),
        Field("cas", "cas", t.INTEGER),
    )


_GET = Operation(
    "quotas.get",
    "GET",
    "/quotas",
    ok=(200, 203),
    response_key="quotas",
)


def get(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quotas]:
    """Show the caller's project's effective quotas."""
    return client.call(_GET, None, model=Quotas, microversion=microversion, timeout=timeout)


def extract_quotas(page: Page[Any]) -> builtins.list[Quotas]:
    """The Quotas items of a page (or of ``all_pages()``)."""
    return page.extract_as(Quotas)
