# Generated from baremetal/v1/node_firmware.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A firmware component of a node (since 1.86) and its versions, as the firmware interface last
read them."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset


class FirmwareComponent(Model):
    """A firmware component of a node (since 1.86) and its versions, as the firmware interface
    last read them."""

    component: str
    """The component: bios, bmc, or NIC:<id> and the like."""

    initial_version: str | Unset = UNSET
    """The version when Ironic first saw it."""

    current_version: str | None | Unset = UNSET
    """The version now."""

    last_version_flashed: str | None | Unset = UNSET
    """The version Ironic last flashed."""

    vendor: str | None | Unset = UNSET
    """The component's vendor."""

    model: str | None | Unset = UNSET
    """The component's model."""

    serial_number: str | None | Unset = UNSET
    """The component's serial number."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("component", "component", t.STRING),
        Field("initial_version", "initial_version", t.STRING),
        Field("current_version", "current_version", t.STRING),
        Field("last_version_flashed", "last_version_flashed", t.STRING),
        Field("vendor", "vendor", t.STRING, since="1.114"),
        Field("model", "model", t.STRING, since="1.114"),
        Field("serial_number", "serial_number", t.STRING, since="1.114"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


_LIST = Operation(
    "node_firmware.list",
    "GET",
    "/nodes/{node_id}/firmware",
    ok=(200, 203),
    response_key="firmware",
    paging=Paging("single"),
    since="1.86",
)


def list(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FirmwareComponent]:
    """List a node's firmware components."""
    return client.pager(
        _LIST,
        {"node_id": node_id},
        model=FirmwareComponent,
        microversion=microversion,
        timeout=timeout,
    )


def extract_node_firmware(page: Page[Any]) -> builtins.list[FirmwareComponent]:
    """The FirmwareComponent items of a page (or of ``all_pages()``)."""
    return page.extract_as(FirmwareComponent)
