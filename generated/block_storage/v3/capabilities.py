# Generated from block-storage/v3/capabilities.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""What a volume backend offers: its driver, protocol and the volume type extra specs it
understands (as JSON-schema-like properties). Cinder asks the backend's volume service over
RPC. Admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class CapabilityProperty(Model):
    """One capability a backend offers."""

    title: str | Unset = UNSET
    """A title."""

    description: str | Unset = UNSET
    """What it does."""

    type: str | Unset = UNSET
    """Its value type (boolean, string, ...)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", t.STRING),
        Field("description", "description", t.STRING),
        Field("type", "type", t.STRING),
    )


class Capabilities(Model):
    """What a volume backend offers: its driver, protocol and the volume type extra specs it
    understands (as JSON-schema-like properties). Cinder asks the backend's volume service
    over RPC. Admin-only by default."""

    namespace: str | Unset = UNSET
    """The metadata namespace, "OS::Storage::Capabilities::<backend>"."""

    vendor_name: str | Unset = UNSET
    """The driver's vendor."""

    volume_backend_name: str
    """The backend's name."""

    pool_name: str | None | Unset = UNSET
    """The pool's name."""

    driver_version: str | Unset = UNSET
    """The driver's version."""

    storage_protocol: str | Unset = UNSET
    """The storage protocol (iSCSI, FC, NFS, ceph, ...)."""

    display_name: str | None | Unset = UNSET
    """A display name."""

    description: str | None | Unset = UNSET
    """A description."""

    visibility: str | None | Unset = UNSET
    """public or private."""

    replication_targets: builtins.list[Any] | Unset = UNSET
    """The replication targets."""

    properties: dict[str, CapabilityProperty] | Unset = UNSET
    """The extra specs the backend understands, by name."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("namespace", "namespace", t.STRING),
        Field("vendor_name", "vendor_name", t.STRING),
        Field("volume_backend_name", "volume_backend_name", t.STRING),
        Field("pool_name", "pool_name", t.STRING),
        Field("driver_version", "driver_version", t.STRING),
        Field("storage_protocol", "storage_protocol", t.STRING),
        Field("display_name", "display_name", t.STRING),
        Field("description", "description", t.STRING),
        Field("visibility", "visibility", t.STRING),
        Field("replication_targets", "replication_targets", t.list_of(t.ANY)),
        Field("properties", "properties", t.map_of(t.model(CapabilityProperty))),
    )


_GET = Operation(
    "capabilities.get",
    "GET",
    "/capabilities/{host}",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    host: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Capabilities]:
    """The capabilities of the backend with this host (host@backend). NotFound when no volume
    service has that host."""
    return client.call(
        _GET, {"host": host}, model=Capabilities, microversion=microversion, timeout=timeout
    )


def extract_capabilities(page: Page[Any]) -> builtins.list[Capabilities]:
    """The Capabilities items of a page (or of ``all_pages()``)."""
    return page.extract_as(Capabilities)
