# Generated from network/v2/loggable_resources.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A resource type the loaded log drivers can log (logging extension), the values a log's
resource_type accepts."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient


class LoggableResource(Model):
    """A resource type the loaded log drivers can log (logging extension), the values a log's
    resource_type accepts."""

    type: str
    """The resource type, e.g. security_group."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("type", "type", t.STRING),)


_LIST = Operation(
    "loggable_resources.list",
    "GET",
    "/log/loggable-resources",
    ok=(200, 203),
    response_key="loggable_resources",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[LoggableResource]:
    """List the resource types that can be logged."""
    return client.pager(
        _LIST, None, model=LoggableResource, microversion=microversion, timeout=timeout
    )


def extract_loggable_resources(page: Page[Any]) -> builtins.list[LoggableResource]:
    """The LoggableResource items of a page (or of ``all_pages()``)."""
    return page.extract_as(LoggableResource)
