# Generated from database/v1/limits.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The project's limits: one ABSOLUTE entry with the most instances, backups and volumes
(max_<resource>), then one entry per HTTP rate limit with the requests remaining and when the
next one is allowed."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset


class Limit(Model):
    """The project's limits: one ABSOLUTE entry with the most instances, backups and volumes
    (max_<resource>), then one entry per HTTP rate limit with the requests remaining and when
    the next one is allowed."""

    verb: str
    """ABSOLUTE for the quota entry; the HTTP method a rate limit counts."""

    max_instances: int | Unset = UNSET
    """The most instances (ABSOLUTE entry)."""

    max_backups: int | Unset = UNSET
    """The most backups (ABSOLUTE entry)."""

    max_volumes: int | Unset = UNSET
    """The most GB of volumes (ABSOLUTE entry)."""

    max_ram: int | Unset = UNSET
    """The most MB of memory (ABSOLUTE entry, where limited)."""

    next_available: datetime.datetime | Unset = UNSET
    """When the next request is allowed."""

    remaining: int | Unset = UNSET
    """Requests left in the current period."""

    unit: str | Unset = UNSET
    """The period (SECOND, MINUTE, HOUR, DAY)."""

    value: int | Unset = UNSET
    """Requests allowed per period."""

    uri: str | Unset = UNSET
    """The URIs counted."""

    regex: str | Unset = UNSET
    """The regular expression that selects the URIs."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("verb", "verb", t.STRING),
        Field("max_instances", "max_instances", t.INTEGER),
        Field("max_backups", "max_backups", t.INTEGER),
        Field("max_volumes", "max_volumes", t.INTEGER),
        Field("max_ram", "max_ram", t.INTEGER),
        Field("next_available", "nextAvailable", t.DATETIME),
        Field("remaining", "remaining", t.INTEGER),
        Field("unit", "unit", t.STRING),
        Field("value", "value", t.INTEGER),
        Field("uri", "uri", t.STRING),
        Field("regex", "regex", t.STRING),
    )


_LIST = Operation(
    "limits.list",
    "GET",
    "/limits",
    ok=(200, 203),
    response_key="limits",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Limit]:
    """The project's absolute and rate limits."""
    return client.pager(_LIST, None, model=Limit, microversion=microversion, timeout=timeout)


def extract_limits(page: Page[Any]) -> builtins.list[Limit]:
    """The Limit items of a page (or of ``all_pages()``)."""
    return page.extract_as(Limit)
