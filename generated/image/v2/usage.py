# Generated from image/v2/usage.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The caller's project usage against its Keystone unified limits (Image API 2.13 and later).
Empty (every field unset) when the deployment does not use Keystone limits."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class QuotaUsage(Model):
    """One limit and the current usage."""

    limit: int | Unset = UNSET
    """The limit; -1 is unlimited."""

    usage: int | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("limit", "limit", t.INTEGER),
        Field("usage", "usage", t.INTEGER),
    )


class Usage(Model):
    """The caller's project usage against its Keystone unified limits (Image API 2.13 and later).
    Empty (every field unset) when the deployment does not use Keystone limits."""

    image_size_total: QuotaUsage | Unset = UNSET
    """Image data stored, in MiB."""

    image_stage_total: QuotaUsage | Unset = UNSET
    """Data in the staging area, in MiB."""

    image_count_total: QuotaUsage | Unset = UNSET
    """Images."""

    image_count_uploading: QuotaUsage | Unset = UNSET
    """Images with an upload or import in progress."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("image_size_total", "image_size_total", t.model(QuotaUsage)),
        Field("image_stage_total", "image_stage_total", t.model(QuotaUsage)),
        Field("image_count_total", "image_count_total", t.model(QuotaUsage)),
        Field("image_count_uploading", "image_count_uploading", t.model(QuotaUsage)),
    )


_GET = Operation(
    "usage.get",
    "GET",
    "/info/usage",
    ok=(200, 203),
    response_key="usage",
)


def get(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Usage]:
    """Show the project's usage and limits."""
    return client.call(_GET, None, model=Usage, microversion=microversion, timeout=timeout)


def extract_usage(page: Page[Any]) -> builtins.list[Usage]:
    """The Usage items of a page (or of ``all_pages()``)."""
    return page.extract_as(Usage)
