# Generated from block-storage/v3/availability_zones.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The availability zones of Block Storage and whether each is usable."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset
from stacksdk.shared import ZoneState as ZoneState


class AvailabilityZone(Model):
    """The availability zones of Block Storage and whether each is usable."""

    zone_name: str
    """The zone's name."""

    zone_state: ZoneState | Unset = UNSET
    """The zone's state."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("zone_name", "zoneName", t.STRING),
        Field("zone_state", "zoneState", t.model(ZoneState)),
    )


_LIST = Operation(
    "availability_zones.list",
    "GET",
    "/os-availability-zone",
    ok=(200, 203),
    response_key="availabilityZoneInfo",
    paging=Paging("single"),
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
