# Generated from container-infrastructure-management/v1/mservices.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A Magnum service process (magnum-conductor) and its heartbeat state, as admins see it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset


class MagnumService(Model):
    """A Magnum service process (magnum-conductor) and its heartbeat state, as admins see it."""

    id: int
    """The service's id."""

    host: str | Unset = UNSET
    """The host it runs on."""

    binary: str | Unset = UNSET
    """The program (magnum-conductor)."""

    state: str | Unset = UNSET
    """up or down, from its last heartbeat."""

    report_count: int | Unset = UNSET
    """How many heartbeats it sent."""

    disabled: bool | Unset = UNSET
    """Whether it is disabled."""

    disabled_reason: str | None | Unset = UNSET
    """Why it is disabled."""

    created_at: datetime.datetime | Unset = UNSET
    """When it first reported."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """Its last heartbeat."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("host", "host", t.STRING),
        Field("binary", "binary", t.STRING),
        Field("state", "state", t.STRING),
        Field("report_count", "report_count", t.INTEGER),
        Field("disabled", "disabled", t.BOOLEAN),
        Field("disabled_reason", "disabled_reason", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


_LIST = Operation(
    "mservices.list",
    "GET",
    "/mservices",
    ok=(200, 203),
    response_key="mservices",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[MagnumService]:
    """Every Magnum service."""
    return client.pager(
        _LIST, None, model=MagnumService, microversion=microversion, timeout=timeout
    )


def extract_mservices(page: Page[Any]) -> builtins.list[MagnumService]:
    """The MagnumService items of a page (or of ``all_pages()``)."""
    return page.extract_as(MagnumService)
