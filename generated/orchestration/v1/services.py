# Generated from orchestration/v1/services.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The Heat engines of the cloud and whether they report in (admin)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset


class Service(Model):
    """The Heat engines of the cloud and whether they report in (admin)."""

    id: str

    binary: str | Unset = UNSET

    engine_id: str | Unset = UNSET

    host: str | Unset = UNSET

    hostname: str | Unset = UNSET

    topic: str | Unset = UNSET

    status: str | Unset = UNSET
    """up or down: whether it reported within its report interval."""

    report_interval: int | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    deleted_at: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("binary", "binary", t.STRING),
        Field("engine_id", "engine_id", t.STRING),
        Field("host", "host", t.STRING),
        Field("hostname", "hostname", t.STRING),
        Field("topic", "topic", t.STRING),
        Field("status", "status", t.STRING),
        Field("report_interval", "report_interval", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted_at", "deleted_at", t.DATETIME),
    )


_LIST = Operation(
    "services.list",
    "GET",
    "/services",
    ok=(200, 203),
    response_key="services",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Service]:
    """List services."""
    return client.pager(_LIST, None, model=Service, microversion=microversion, timeout=timeout)


def extract_services(page: Page[Any]) -> builtins.list[Service]:
    """The Service items of a page (or of ``all_pages()``)."""
    return page.extract_as(Service)
