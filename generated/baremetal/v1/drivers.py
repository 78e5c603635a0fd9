# Generated from baremetal/v1/drivers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A driver (hardware type) enabled on at least one conductor, with the interfaces it can use and
its defaults (shown with detail, since 1.30)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Driver(Model):
    """A driver (hardware type) enabled on at least one conductor, with the interfaces it can use
    and its defaults (shown with detail, since 1.30)."""

    name: str
    """The hardware type's name (ipmi, redfish, fake-hardware, ...)."""

    hosts: builtins.list[str] | Unset = UNSET
    """The conductors that have it enabled."""

    type: str | Unset = UNSET
    """"dynamic" (hardware types; "classic" drivers are gone)."""

    links: builtins.list[Link] | Unset = UNSET

    properties: builtins.list[Link] | Unset = UNSET
    """Links to the driver's properties."""

    default_bios_interface: str | None | Unset = UNSET
    """The bios interface nodes get when they name none (detail only)."""

    enabled_bios_interfaces: builtins.list[str] | None | Unset = UNSET
    """The bios interfaces enabled for this driver (detail only)."""

    default_boot_interface: str | None | Unset = UNSET
    """The boot interface nodes get when they name none (detail only)."""

    enabled_boot_interfaces: builtins.list[str] | None | Unset = UNSET
    """The boot interfaces enabled for this driver (detail only)."""

    default_console_interface: str | None | Unset = UNSET
    """The console interface nodes get when they name none (detail only)."""

    enabled_console_interfaces: builtins.list[str] | None | Unset = UNSET
    """The console interfaces enabled for this driver (detail only)."""

    default_deploy_interface: str | None | Unset = UNSET
    """The deploy interface nodes get when they name none (detail only)."""

    enabled_deploy_interfaces: builtins.list[str] | None | Unset = UNSET
    """The deploy interfaces enabled for this driver (detail only)."""

    default_firmware_interface: str | None | Unset = UNSET
    """The firmware interface nodes get when they name none (detail only)."""

    enabled_firmware_interfaces: builtins.list[str] | None | Unset = UNSET
    """The firmware interfaces enabled for this driver (detail only)."""

    default_inspect_interface: str | None | Unset = UNSET
    """The inspect interface nodes get when they name none (detail only)."""

    enabled_inspect_interfaces: builtins.list[str] | None | Unset = UNSET
    """The inspect interfaces enabled for this driver (detail only)."""

    default_management_interface: str | None | Unset = UNSET
    """The management interface nodes get when they name none (detail only)."""

    enabled_management_interfaces: builtins.list[str] | None | Unset = UNSET
    """The management interfaces enabled for this driver (detail only)."""

    default_network_interface: str | None | Unset = UNSET
    """The network interface nodes get when they name none (detail only)."""

    enabled_network_interfaces: builtins.list[str] | None | Unset = UNSET
    """The network interfaces enabled for this driver (detail only)."""

    default_power_interface: str | None | Unset = UNSET
    """The power interface nodes get when they name none (detail only)."""

    enabled_power_interfaces: builtins.list[str] | None | Unset = UNSET
    """The power interfaces enabled for this driver (detail only)."""

    default_raid_interface: str | None | Unset = UNSET
    """The raid interface nodes get when they name none (detail only)."""

    enabled_raid_interfaces: builtins.list[str] | None | Unset = UNSET
    """The raid interfaces enabled for this driver (detail only)."""

    default_rescue_interface: str | None | Unset = UNSET
    """The rescue interface nodes get when they name none (detail only)."""

    enabled_rescue_interfaces: builtins.list[str] | None | Unset = UNSET
    """The rescue interfaces enabled for this driver (detail only)."""

    default_storage_interface: str | None | Unset = UNSET
    """The storage interface nodes get when they name none (detail only)."""

    enabled_storage_interfaces: builtins.list[str] | None | Unset = UNSET
    """The storage interfaces enabled for this driver (detail only)."""

    default_vendor_interface: str | None | Unset = UNSET
    """The vendor interface nodes get when they name none (detail only)."""

    enabled_vendor_interfaces: builtins.list[str] | None | Unset = UNSET
    """The vendor interfaces enabled for this driver (detail only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("hosts", "hosts", t.list_of(t.STRING)),
        Field("type", "type", t.STRING, since="1.30"),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("properties", "properties", t.list_of(t.model(Link)), since="1.14"),
        Field("default_bios_interface", "default_bios_interface", t.STRING, since="1.40"),
        Field(
            "enabled_bios_interfaces", "enabled_bios_interfaces", t.list_of(t.STRING), since="1.40"
        ),
        Field("default_boot_interface", "default_boot_interface", t.STRING, since="1.30"),
        Field(
            "enabled_boot_interfaces", "enabled_boot_interfaces", t.list_of(t.STRING), since="1.30"
        ),
        Field("default_console_interface", "default_console_interface", t.STRING, since="1.30"),
        Field(
            "enabled_console_interfaces",
            "enabled_console_interfaces",
            t.list_of(t.STRING),
            since="1.30",
        ),
        Field("default_deploy_interface", "default_deploy_interface", t.STRING, since="1.30"),
        Field(
            "enabled_deploy_interfaces",
            "enabled_deploy_interfaces",
            t.list_of(t.STRING),
            since="1.30",
        ),
        Field("default_firmware_interface", "default_firmware_interface", t.STRING, since="1.86"),
        Field(
            "enabled_firmware_interfaces",
            "enabled_firmware_interfaces",
            t.list_of(t.STRING),
            since="1.86",
        ),
        Field("default_inspect_interface", "default_inspect_interface", t.STRING, since="1.30"),
        Field(
            "enabled_inspect_interfaces",
            "enabled_inspect_interfaces",
            t.list_of(t.STRING),
            since="1.30",
        ),
        Field(
            "default_management_interface", "default_management_interface", t.STRING, since="1.30"
        ),
        Field(
            "enabled_management_interfaces",
            "enabled_management_interfaces",
            t.list_of(t.STRING),
            since="1.30",
        ),
        Field("default_network_interface", "default_network_interface", t.STRING, since="1.30"),
        Field(
            "enabled_network_interfaces",
            "enabled_network_interfaces",
            t.list_of(t.STRING),
            since="1.30",
        ),
        Field("default_power_interface", "default_power_interface", t.STRING, since="1.30"),
        Field(
            "enabled_power_interfaces",
            "enabled_power_interfaces",
            t.list_of(t.STRING),
            since="1.30",
        ),
        Field("default_raid_interface", "default_raid_interface", t.STRING, since="1.30"),
        Field(
            "enabled_raid_interfaces", "enabled_raid_interfaces", t.list_of(t.STRING), since="1.30"
        ),
        Field("default_rescue_interface", "default_rescue_interface", t.STRING, since="1.38"),
        Field(
            "enabled_rescue_interfaces",
            "enabled_rescue_interfaces",
            t.list_of(t.STRING),
            since="1.38",
        ),
        Field("default_storage_interface", "default_storage_interface", t.STRING, since="1.33"),
        Field(
            "enabled_storage_interfaces",
            "enabled_storage_interfaces",
            t.list_of(t.STRING),
            since="1.33",
        ),
        Field("default_vendor_interface", "default_vendor_interface", t.STRING, since="1.30"),
        Field(
            "enabled_vendor_interfaces",
            "enabled_vendor_interfaces",
            t.list_of(t.STRING),
            since="1.30",
        ),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    type: Literal["classic", "dynamic"] | Unset = UNSET
    """Only drivers of this type."""

    detail: bool | Unset = UNSET
    """Include the default and enabled interfaces."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "type", "type", t.STRING, location="query", enum=("classic", "dynamic"), since="1.30"
        ),
        Param("detail", "detail", t.BOOLEAN, location="query", since="1.30"),
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.77", style="comma"
        ),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.77", style="comma"
        ),
    )


class CallVendorMethodOpts(Opts):
    """Options of call_vendor_method."""

    method: str = REQUIRED
    """The method name."""

    args: dict[str, Any] | Unset = UNSET
    """The method's arguments (the request body)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("method", "method", t.STRING, location="query", required=True),
        Param("args", "args", t.map_of(t.ANY), style="members"),
    )


_LIST = Operation(
    "drivers.list",
    "GET",
    "/drivers",
    ok=(200, 203),
    response_key="drivers",
    paging=Paging("single"),
)
_GET = Operation(
    "drivers.get",
    "GET",
    "/drivers/{driver_name}",
    ok=(200, 203),
)
_GET_PROPERTIES = Operation(
    "drivers.get_properties",
    "GET",
    "/drivers/{driver_name}/properties",
    ok=(200, 203),
)
_GET_RAID_LOGICAL_DISK_PROPERTIES = Operation(
    "drivers.get_raid_logical_disk_properties",
    "GET",
    "/drivers/{driver_name}/raid/logical_disk_properties",
    ok=(200, 203),
    since="1.12",
)
_LIST_VENDOR_METHODS = Operation(
    "drivers.list_vendor_methods",
    "GET",
    "/drivers/{driver_name}/vendor_passthru/methods",
    ok=(200, 203),
)
_CALL_VENDOR_METHOD = Operation(
    "drivers.call_vendor_method",
    "POST",
    "/drivers/{driver_name}/vendor_passthru",
    ok=(200, 201, 202),
    request_kind="json",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Driver]:
    """List the enabled drivers."""
    return client.pager(
        _LIST, None, model=Driver, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    driver_name: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Driver]:
    """Show a driver with its default and enabled interfaces."""
    return client.call(
        _GET,
        {"driver_name": driver_name},
        model=Driver,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_properties(
    client: ServiceClient,
    driver_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The driver_info keys the driver reads, each with its description (mapping of name to
    text)."""
    return client.call(
        _GET_PROPERTIES, {"driver_name": driver_name}, microversion=microversion, timeout=timeout
    )


def get_raid_logical_disk_properties(
    client: ServiceClient,
    driver_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The keys a logical disk of a target RAID configuration may have for this driver, each with
    its description (since 1.12)."""
    return client.call(
        _GET_RAID_LOGICAL_DISK_PROPERTIES,
        {"driver_name": driver_name},
        microversion=microversion,
        timeout=timeout,
    )


def list_vendor_methods(
    client: ServiceClient,
    driver_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The driver-level vendor passthru methods, by name."""
    return client.call(
        _LIST_VENDOR_METHODS,
        {"driver_name": driver_name},
        microversion=microversion,
        timeout=timeout,
    )


def call_vendor_method(
    client: ServiceClient,
    driver_name: str,
    opts: CallVendorMethodOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Call a driver-level vendor passthru method with free-form arguments."""
    return client.call(
        _CALL_VENDOR_METHOD,
        {"driver_name": driver_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Driver:
    """The one Driver whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Driver,
        name_field="name",
        id_field="name",
    )


def extract_drivers(page: Page[Any]) -> builtins.list[Driver]:
    """The Driver items of a page (or of ``all_pages()``)."""
    return page.extract_as(Driver)
