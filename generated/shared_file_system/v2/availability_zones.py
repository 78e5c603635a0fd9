# Generated from shared-file-system/v2/availability_zones.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The availability zones of the share services (2.7 and later; before, under
/os-availability-zone). A zone exists once a service of it has started."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset


class AvailabilityZone(Model):
    """The availability zones of the share services (2.7 and later; before, under
    /os-availability-zone). A zone exists once a service of it has started."""

    id: str

    name: str | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


_LIST = Operation(
    "availability_zones.list",
    "GET",
    "/availability-zones",
    ok=(200, 203),
    response_key="availability_zones",
    paging=Paging("single"),
    since="2.7",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AvailabilityZone]:
    """List availability zones."""
    return client.pager(
        _LIST, None, model=AvailabilityZone, microversion=microversion, timeout=timeout
    )


def extract_availability_zones(page: Page[Any]) -> builtins.list[AvailabilityZone]:
    """The AvailabilityZone items of a page (or of ``all_pages()``)."""
    return page.extract_as(AvailabilityZone)
