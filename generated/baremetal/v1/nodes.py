# Generated from baremetal/v1/nodes.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A bare metal node: one physical (or emulated) machine that Ironic manages through its driver's
interfaces (power, management, boot, deploy, ...). A node moves through provision states
(enroll, manageable, available, active, ...) on set_provision_state; its power is driven by
set_power_state. Node paths accept the node's UUID or its name."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as IdRef, Link as Link


class Step(Model):
    """One step of cleaning, deployment or servicing: a method of a driver interface and its
    arguments."""

    interface: str | Unset = UNSET
    """The driver interface that has the step (deploy, power, management, bios, raid, firmware,
    ...)."""

    step: str | Unset = UNSET
    """The step's name."""

    args: dict[str, Any] | Unset = UNSET
    """Keyword arguments of the step."""

    priority: int | Unset = UNSET
    """Deploy steps only (required there); the order among the deployment's steps (0 disables a
    step)."""

    order: int | Unset = UNSET
    """Runbook steps only; the order of the step."""

    execute_on_child_nodes: bool | Unset = UNSET
    """Whether the step runs on the node's child nodes too."""

    limit_child_node_execution: builtins.list[str] | Unset = UNSET
    """The child nodes the step is limited to."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("interface", "interface", t.STRING),
        Field("step", "step", t.STRING),
        Field("args", "args", t.map_of(t.ANY)),
        Field("priority", "priority", t.INTEGER),
        Field("order", "order", t.INTEGER),
        Field("execute_on_child_nodes", "execute_on_child_nodes", t.BOOLEAN),
        Field("limit_child_node_execution", "limit_child_node_execution", t.list_of(t.STRING)),
    )


class NodeStates(Model):
    """The state fields of a node (GET /nodes/{id}/states)."""

    power_state: str | None | Unset = UNSET
    """"power on", "power off" or None."""

    target_power_state: str | None | Unset = UNSET

    provision_state: str | Unset = UNSET

    target_provision_state: str | None | Unset = UNSET

    provision_updated_at: datetime.datetime | None | Unset = UNSET

    last_error: str | None | Unset = UNSET

    console_enabled: bool | Unset = UNSET

    raid_config: dict[str, Any] | Unset = UNSET

    target_raid_config: dict[str, Any] | Unset = UNSET

    boot_mode: str | None | Unset = UNSET

    secure_boot: bool | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("power_state", "power_state", t.STRING),
        Field("target_power_state", "target_power_state", t.STRING),
        Field("provision_state", "provision_state", t.STRING),
        Field("target_provision_state", "target_provision_state", t.STRING),
        Field("provision_updated_at", "provision_updated_at", t.DATETIME),
        Field("last_error", "last_error", t.STRING),
        Field("console_enabled", "console_enabled", t.BOOLEAN),
        Field("raid_config", "raid_config", t.map_of(t.ANY), since="1.12"),
        Field("target_raid_config", "target_raid_config", t.map_of(t.ANY), since="1.12"),
        Field("boot_mode", "boot_mode", t.STRING, since="1.75"),
        Field("secure_boot", "secure_boot", t.BOOLEAN, since="1.75"),
    )


class InterfaceValidation(Model):
    """Whether one driver interface of the node validated, and why not."""

    result: bool | None | Unset = UNSET
    """True when valid; None when the interface is not supported."""

    reason: str | None | Unset = UNSET
    """Why the interface did not validate."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("result", "result", t.BOOLEAN),
        Field("reason", "reason", t.STRING),
    )


class Validation(Model):
    """The validation result of each driver interface of a node."""

    bios: InterfaceValidation | Unset = UNSET

    boot: InterfaceValidation | Unset = UNSET

    console: InterfaceValidation | Unset = UNSET

    deploy: InterfaceValidation | Unset = UNSET

    firmware: InterfaceValidation | Unset = UNSET

    inspect: InterfaceValidation | Unset = UNSET

    management: InterfaceValidation | Unset = UNSET

    network: InterfaceValidation | Unset = UNSET

    power: InterfaceValidation | Unset = UNSET

    raid: InterfaceValidation | Unset = UNSET

    rescue: InterfaceValidation | Unset = UNSET

    storage: InterfaceValidation | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("bios", "bios", t.model(InterfaceValidation)),
        Field("boot", "boot", t.model(InterfaceValidation)),
        Field("console", "console", t.model(InterfaceValidation)),
        Field("deploy", "deploy", t.model(InterfaceValidation)),
        Field("firmware", "firmware", t.model(InterfaceValidation)),
        Field("inspect", "inspect", t.model(InterfaceValidation)),
        Field("management", "management", t.model(InterfaceValidation)),
        Field("network", "network", t.model(InterfaceValidation)),
        Field("power", "power", t.model(InterfaceValidation)),
        Field("raid", "raid", t.model(InterfaceValidation)),
        Field("rescue", "rescue", t.model(InterfaceValidation)),
        Field("storage", "storage", t.model(InterfaceValidation)),
    )


class BootDevice(Model):
    """The device the node boots from next."""

    boot_device: str | None | Unset = UNSET
    """pxe, disk, cdrom, bios, safe, wanboot, usb, floppy; None when unknown."""

    persistent: bool | None | Unset = UNSET
    """Whether the device applies to every boot or only the next one; None when unknown."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("boot_device", "boot_device", t.STRING),
        Field("persistent", "persistent", t.BOOLEAN),
    )


class SupportedBootDevices(Model):
    """The boot devices the node's management interface can set."""

    supported_boot_devices: builtins.list[str] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("supported_boot_devices", "supported_boot_devices", t.list_of(t.STRING)),
    )


class Console(Model):
    """The node's serial console state and how to connect to it."""

    console_enabled: bool | Unset = UNSET

    console_info: dict[str, Any] | None | Unset = UNSET
    """The console type and URL when enabled, else None."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("console_enabled", "console_enabled", t.BOOLEAN),
        Field("console_info", "console_info", t.map_of(t.ANY)),
    )


class Traits(Model):
    """A node's traits."""

    traits: builtins.list[str] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (Field("traits", "traits", t.list_of(t.STRING)),)


class Vifs(Model):
    """The virtual network interfaces (Neutron port IDs) attached to a node."""

    vifs: builtins.list[IdRef] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (Field("vifs", "vifs", t.list_of(t.model(IdRef))),)


class Indicator(Model):
    """An indicator (LED) of a hardware component of the node."""

    name: str | Unset = UNSET
    """The indicator ID, "<indicator>@<component>" (what get/set_indicator_state take)."""

    component: str | Unset = UNSET
    """system, chassis, drive, nic, ..."""

    readonly: bool | Unset = UNSET
    """Whether its state can be set."""

    states: builtins.list[str] | Unset = UNSET
    """The states it can take (on, off, blinking)."""

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("component", "component", t.STRING),
        Field("readonly", "readonly", t.BOOLEAN),
        Field("states", "states", t.list_of(t.STRING)),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class Indicators(Model):
    """The node's indicators."""

    indicators: builtins.list[Indicator] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("indicators", "indicators", t.list_of(t.model(Indicator))),
    )


class IndicatorState(Model):
    """The state of one indicator."""

    state: str | Unset = UNSET
    """on, off, blinking or unknown."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("state", "state", t.STRING),)


class Inventory(Model):
    """The hardware inventory that inspection collected, and the data inspection plugins derived."""

    inventory: dict[str, Any] | Unset = UNSET

    plugin_data: dict[str, Any] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("inventory", "inventory", t.map_of(t.ANY)),
        Field("plugin_data", "plugin_data", t.map_of(t.ANY)),
    )


class VendorMethod(Model):
    """A vendor passthru method of the node's driver."""

    async_: bool | Unset = UNSET
    """Whether the call returns before the method finishes (202)."""

    attach: bool | Unset = UNSET
    """Whether the method's return value is sent back as an attachment."""

    description: str | Unset = UNSET

    http_methods: builtins.list[str] | Unset = UNSET

    require_exclusive_lock: bool | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("async_", "async", t.BOOLEAN),
        Field("attach", "attach", t.BOOLEAN),
        Field("description", "description", t.STRING),
        Field("http_methods", "http_methods", t.list_of(t.STRING)),
        Field("require_exclusive_lock", "require_exclusive_lock", t.BOOLEAN),
    )


class Node(Model):
    """A bare metal node: one physical (or emulated) machine that Ironic manages through its
    driver's interfaces (power, management, boot, deploy, ...). A node moves through provision
    states (enroll, manageable, available, active, ...) on set_provision_state; its power is
    driven by set_power_state. Node paths accept the node's UUID or its name."""

    uuid: str
    """The node's UUID; may be chosen on create, generated otherwise."""

    name: str | None | Unset = UNSET
    """A unique name (a host name or RFC 3986 unreserved characters); usable in place of the
    UUID."""

    driver: str | Unset = UNSET
    """The hardware type (driver) managing the node, e.g. ipmi, redfish, fake-hardware."""

    driver_info: dict[str, Any] | Unset = UNSET
    """What the driver needs to reach the node (BMC address, credentials, deploy kernel/ramdisk,
    ...). Ironic answers with passwords masked as "******"."""

    driver_internal_info: dict[str, Any] | Unset = UNSET
    """State the driver keeps for itself (not to be edited)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    instance_info: dict[str, Any] | Unset = UNSET
    """What to deploy on the node (image source, root size, configdrive, capabilities...)."""

    instance_uuid: str | None | Unset = UNSET
    """The ID of the instance (e.g. a Nova server) the node is associated with."""

    instance_name: str | None | Unset = UNSET
    """The name of the instance the node is associated with."""

    chassis_uuid: str | None | Unset = UNSET
    """The chassis the node belongs to."""

    properties: dict[str, Any] | Unset = UNSET
    """Physical characteristics (cpus, memory_mb, local_gb, cpu_arch, capabilities, ...)."""

    power_state: str | None | Unset = UNSET
    """"power on", "power off" or None when unknown."""

    target_power_state: str | None | Unset = UNSET
    """The power state a running power change is heading for, or None."""

    provision_state: str | Unset = UNSET
    """Where the node is in its life cycle: enroll, verifying, manageable, inspecting, inspect
    wait, cleaning, clean wait, available, deploying, wait call-back, active, deleting, error,
    rescue, servicing, ... and the "* failed" states."""

    target_provision_state: str | None | Unset = UNSET
    """The stable state a running transition is heading for, or None."""

    provision_updated_at: datetime.datetime | None | Unset = UNSET
    """When provision_state last changed."""

    last_error: str | None | Unset = UNSET
    """The error of the last failed operation, if any."""

    maintenance: bool | Unset = UNSET
    """Whether the node is in maintenance (Ironic then stops its periodic tasks on it);
    set_maintenance also records a reason."""

    maintenance_reason: str | None | Unset = UNSET
    """Why the node is in maintenance."""

    fault: str | None | Unset = UNSET
    """What Ironic found wrong when it put the node in maintenance itself (e.g. power failure)."""

    console_enabled: bool | Unset = UNSET
    """Whether the serial console is enabled (change it with set_console)."""

    reservation: str | None | Unset = UNSET
    """The conductor holding the node's lock while it works on it."""

    inspection_started_at: datetime.datetime | None | Unset = UNSET
    """When the last inspection started."""

    inspection_finished_at: datetime.datetime | None | Unset = UNSET
    """When the last inspection finished."""

    clean_step: dict[str, Any] | None | Unset = UNSET
    """The cleaning step running now (empty when none)."""

    deploy_step: dict[str, Any] | None | Unset = UNSET
    """The deploy step running now (empty when none)."""

    service_step: dict[str, Any] | None | Unset = UNSET
    """The service step running now (empty when none)."""

    raid_config: dict[str, Any] | Unset = UNSET
    """The RAID configuration applied last."""

    target_raid_config: dict[str, Any] | Unset = UNSET
    """The RAID configuration to apply at the next cleaning (set_raid_config)."""

    boot_interface: str | None | Unset = UNSET
    """The boot interface (default per hardware type when unset)."""

    console_interface: str | None | Unset = UNSET
    """The console interface."""

    deploy_interface: str | None | Unset = UNSET
    """The deploy interface."""

    inspect_interface: str | None | Unset = UNSET
    """The inspect interface."""

    management_interface: str | None | Unset = UNSET
    """The management interface."""

    power_interface: str | None | Unset = UNSET
    """The power interface."""

    raid_interface: str | None | Unset = UNSET
    """The RAID interface."""

    vendor_interface: str | None | Unset = UNSET
    """The vendor interface."""

    network_interface: str | None | Unset = UNSET
    """The network interface (flat, neutron, noop)."""

    storage_interface: str | None | Unset = UNSET
    """The storage interface (cinder, noop)."""

    rescue_interface: str | None | Unset = UNSET
    """The rescue interface."""

    bios_interface: str | None | Unset = UNSET
    """The BIOS interface."""

    firmware_interface: str | None | Unset = UNSET
    """The firmware interface."""

    resource_class: str | None | Unset = UNSET
    """The resource class the node is scheduled as (at most 80 characters)."""

    traits: builtins.list[str] | Unset = UNSET
    """The node's traits (change them with set_traits, add_trait, remove_trait)."""

    conductor_group: str | Unset = UNSET
    """The conductor group that manages the node ("" for the default group)."""

    automated_clean: bool | None | Unset = UNSET
    """Whether automated cleaning runs for this node; None follows the deployment default."""

    protected: bool | Unset = UNSET
    """An active node that is protected cannot be undeployed, rebuilt or deleted."""

    protected_reason: str | None | Unset = UNSET
    """Why the node is protected."""

    conductor: str | None | Unset = UNSET
    """The host name of the conductor managing the node."""

    owner: str | None | Unset = UNSET
    """The project that owns the node."""

    description: str | None | Unset = UNSET
    """Free text (at most 4096 characters)."""

    allocation_uuid: str | None | Unset = UNSET
    """The allocation holding the node, if any."""

    retired: bool | Unset = UNSET
    """A retired node is not made available again after it is undeployed."""

    retired_reason: str | None | Unset = UNSET
    """Why the node is retired."""

    lessee: str | None | Unset = UNSET
    """The project the node is leased to."""

    network_data: dict[str, Any] | Unset = UNSET
    """Static network configuration for the deployed instance (OpenStack network_data.json
    format)."""

    boot_mode: str | None | Unset = UNSET
    """The current boot mode (uefi, bios) as the driver last saw it."""

    secure_boot: bool | None | Unset = UNSET
    """Whether UEFI secure boot is on, as the driver last saw it."""

    shard: str | None | Unset = UNSET
    """The shard the node belongs to (for splitting nodes among consumers)."""

    parent_node: str | None | Unset = UNSET
    """The UUID of the node this one is a child of."""

    disable_power_off: bool | Unset = UNSET
    """When true Ironic never powers the node off (it reboots instead)."""

    health: str | None | Unset = UNSET
    """The hardware health the management interface reports (OK, Warning, Critical), if any."""

    created_at: datetime.datetime | Unset = UNSET
    """When the node was enrolled."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the node last changed."""

    links: builtins.list[Link] | Unset = UNSET
    """The node's self and bookmark links."""

    ports: builtins.list[Link] | Unset = UNSET
    """Links to the node's ports."""

    portgroups: builtins.list[Link] | Unset = UNSET
    """Links to the node's port groups."""

    states: builtins.list[Link] | Unset = UNSET
    """Links to the node's states."""

    volume: builtins.list[Link] | Unset = UNSET
    """Links to the node's volume connectors and targets."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING, since="1.5"),
        Field("driver", "driver", t.STRING),
        Field("driver_info", "driver_info", t.map_of(t.ANY), sensitive=True),
        Field("driver_internal_info", "driver_internal_info", t.map_of(t.ANY), since="1.3"),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("instance_info", "instance_info", t.map_of(t.ANY)),
        Field("instance_uuid", "instance_uuid", t.STRING),
        Field("instance_name", "instance_name", t.STRING, since="1.104"),
        Field("chassis_uuid", "chassis_uuid", t.STRING),
        Field("properties", "properties", t.map_of(t.ANY)),
        Field("power_state", "power_state", t.STRING),
        Field("target_power_state", "target_power_state", t.STRING),
        Field("provision_state", "provision_state", t.STRING),
        Field("target_provision_state", "target_provision_state", t.STRING),
        Field("provision_updated_at", "provision_updated_at", t.DATETIME),
        Field("last_error", "last_error", t.STRING),
        Field("maintenance", "maintenance", t.BOOLEAN),
        Field("maintenance_reason", "maintenance_reason", t.STRING),
        Field("fault", "fault", t.STRING, since="1.42"),
        Field("console_enabled", "console_enabled", t.BOOLEAN),
        Field("reservation", "reservation", t.STRING),
        Field("inspection_started_at", "inspection_started_at", t.DATETIME, since="1.6"),
        Field("inspection_finished_at", "inspection_finished_at", t.DATETIME, since="1.6"),
        Field("clean_step", "clean_step", t.map_of(t.ANY), since="1.7"),
        Field("deploy_step", "deploy_step", t.map_of(t.ANY), since="1.44"),
        Field("service_step", "service_step", t.map_of(t.ANY), since="1.87"),
        Field("raid_config", "raid_config", t.map_of(t.ANY), since="1.12"),
        Field("target_raid_config", "target_raid_config", t.map_of(t.ANY), since="1.12"),
        Field("boot_interface", "boot_interface", t.STRING, since="1.31"),
        Field("console_interface", "console_interface", t.STRING, since="1.31"),
        Field("deploy_interface", "deploy_interface", t.STRING, since="1.31"),
        Field("inspect_interface", "inspect_interface", t.STRING, since="1.31"),
        Field("management_interface", "management_interface", t.STRING, since="1.31"),
        Field("power_interface", "power_interface", t.STRING, since="1.31"),
        Field("raid_interface", "raid_interface", t.STRING, since="1.31"),
        Field("vendor_interface", "vendor_interface", t.STRING, since="1.31"),
        Field("network_interface", "network_interface", t.STRING, since="1.20"),
        Field("storage_interface", "storage_interface", t.STRING, since="1.33"),
        Field("rescue_interface", "rescue_interface", t.STRING, since="1.38"),
        Field("bios_interface", "bios_interface", t.STRING, since="1.40"),
        Field("firmware_interface", "firmware_interface", t.STRING, since="1.86"),
        Field("resource_class", "resource_class", t.STRING, since="1.21"),
        Field("traits", "traits", t.list_of(t.STRING), since="1.37"),
        Field("conductor_group", "conductor_group", t.STRING, since="1.46"),
        Field("automated_clean", "automated_clean", t.BOOLEAN, since="1.47"),
        Field("protected", "protected", t.BOOLEAN, since="1.48"),
        Field("protected_reason", "protected_reason", t.STRING, since="1.48"),
        Field("conductor", "conductor", t.STRING, since="1.49"),
        Field("owner", "owner", t.STRING, since="1.50"),
        Field("description", "description", t.STRING, since="1.51"),
        Field("allocation_uuid", "allocation_uuid", t.STRING, since="1.52"),
        Field("retired", "retired", t.BOOLEAN, since="1.61"),
        Field("retired_reason", "retired_reason", t.STRING, since="1.61"),
        Field("lessee", "lessee", t.STRING, since="1.65"),
        Field("network_data", "network_data", t.map_of(t.ANY), since="1.66"),
        Field("boot_mode", "boot_mode", t.STRING, since="1.75"),
        Field("secure_boot", "secure_boot", t.BOOLEAN, since="1.75"),
        Field("shard", "shard", t.STRING, since="1.82"),
        Field("parent_node", "parent_node", t.STRING, since="1.83"),
        Field("disable_power_off", "disable_power_off", t.BOOLEAN, since="1.95"),
        Field("health", "health", t.STRING, since="1.109"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("ports", "ports", t.list_of(t.model(Link))),
        Field("portgroups", "portgroups", t.list_of(t.model(Link)), since="1.24"),
        Field("states", "states", t.list_of(t.model(Link)), since="1.14"),
        Field("volume", "volume", t.list_of(t.model(Link)), since="1.32"),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return (uuid is always among them)."""

    detail: bool | Unset = UNSET
    """Return every field of each node."""

    chassis_uuid: str | Unset = UNSET
    """Only nodes of this chassis."""

    instance_uuid: str | Unset = UNSET
    """The node of this instance."""

    associated: bool | Unset = UNSET
    """Only nodes with (true) or without (false) an instance."""

    maintenance: bool | Unset = UNSET
    """Only nodes in (true) or out of (false) maintenance."""

    retired: bool | Unset = UNSET
    """Only retired (true) or not retired (false) nodes."""

    provision_state: str | Unset = UNSET
    """Only nodes in this provision state."""

    driver: str | Unset = UNSET
    """Only nodes of this driver."""

    resource_class: str | Unset = UNSET
    """Only nodes of this resource class."""

    fault: str | Unset = UNSET
    """Only nodes with this fault."""

    conductor_group: str | Unset = UNSET
    """Only nodes of this conductor group."""

    conductor: str | Unset = UNSET
    """Only nodes managed by this conductor."""

    owner: str | Unset = UNSET
    """Only nodes this project owns."""

    lessee: str | Unset = UNSET
    """Only nodes leased to this project."""

    project: str | Unset = UNSET
    """Only nodes this project owns or leases."""

    description_contains: str | Unset = UNSET
    """Only nodes whose description contains this text."""

    shard: builtins.list[str] | Unset = UNSET
    """Only nodes of these shards."""

    sharded: bool | Unset = UNSET
    """Only nodes with (true) or without (false) a shard."""

    include_children: bool | Unset = UNSET
    """Also list child nodes (they are left out by default)."""

    parent_node: str | Unset = UNSET
    """Only the children of this node."""

    instance_name: str | Unset = UNSET
    """Only nodes of this instance name."""

    sort_key: str | Unset = UNSET
    """The field to sort by (default id); JSON fields cannot be sorted on."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET
    """The page size (capped by the deployment's max_limit, 1000 by default)."""

    marker: str | Unset = UNSET
    """The UUID of the last node of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.8", style="comma"
        ),
        Param("detail", "detail", t.BOOLEAN, location="query", since="1.43"),
        Param("chassis_uuid", "chassis_uuid", t.STRING, location="query"),
        Param("instance_uuid", "instance_uuid", t.STRING, location="query"),
        Param("associated", "associated", t.BOOLEAN, location="query"),
        Param("maintenance", "maintenance", t.BOOLEAN, location="query"),
        Param("retired", "retired", t.BOOLEAN, location="query", since="1.61"),
        Param("provision_state", "provision_state", t.STRING, location="query", since="1.9"),
        Param("driver", "driver", t.STRING, location="query", since="1.16"),
        Param("resource_class", "resource_class", t.STRING, location="query", since="1.21"),
        Param("fault", "fault", t.STRING, location="query", since="1.42"),
        Param("conductor_group", "conductor_group", t.STRING, location="query", since="1.46"),
        Param("conductor", "conductor", t.STRING, location="query", since="1.49"),
        Param("owner", "owner", t.STRING, location="query", since="1.50"),
        Param("lessee", "lessee", t.STRING, location="query", since="1.65"),
        Param("project", "project", t.STRING, location="query", since="1.65"),
        Param(
            "description_contains", "description_contains", t.STRING, location="query", since="1.51"
        ),
        Param("shard", "shard", t.list_of(t.STRING), location="query", since="1.82", style="comma"),
        Param("sharded", "sharded", t.BOOLEAN, location="query", since="1.82"),
        Param("include_children", "include_children", t.BOOLEAN, location="query", since="1.83"),
        Param("parent_node", "parent_node", t.STRING, location="query", since="1.83"),
        Param("instance_name", "instance_name", t.STRING, location="query", since="1.104"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.8", style="comma"
        ),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The node's UUID; may be chosen on create, generated otherwise."""

    name: str | None | Unset = UNSET
    """A unique name (a host name or RFC 3986 unreserved characters); usable in place of the
    UUID."""

    driver: str = REQUIRED
    """The hardware type (driver) managing the node, e.g. ipmi, redfish, fake-hardware."""

    driver_info: dict[str, Any] | Unset = UNSET
    """What the driver needs to reach the node (BMC address, credentials, deploy kernel/ramdisk,
    ...). Ironic answers with passwords masked as "******"."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    instance_info: dict[str, Any] | Unset = UNSET
    """What to deploy on the node (image source, root size, configdrive, capabilities...)."""

    instance_uuid: str | None | Unset = UNSET
    """The ID of the instance (e.g. a Nova server) the node is associated with."""

    instance_name: str | None | Unset = UNSET
    """The name of the instance the node is associated with."""

    chassis_uuid: str | None | Unset = UNSET
    """The chassis the node belongs to."""

    properties: dict[str, Any] | Unset = UNSET
    """Physical characteristics (cpus, memory_mb, local_gb, cpu_arch, capabilities, ...)."""

    maintenance: bool | Unset = UNSET
    """Whether the node is in maintenance (Ironic then stops its periodic tasks on it);
    set_maintenance also records a reason."""

    console_enabled: bool | Unset = UNSET
    """Whether the serial console is enabled (change it with set_console)."""

    boot_interface: str | None | Unset = UNSET
    """The boot interface (default per hardware type when unset)."""

    console_interface: str | None | Unset = UNSET
    """The console interface."""

    deploy_interface: str | None | Unset = UNSET
    """The deploy interface."""

    inspect_interface: str | None | Unset = UNSET
    """The inspect interface."""

    management_interface: str | None | Unset = UNSET
    """The management interface."""

    power_interface: str | None | Unset = UNSET
    """The power interface."""

    raid_interface: str | None | Unset = UNSET
    """The RAID interface."""

    vendor_interface: str | None | Unset = UNSET
    """The vendor interface."""

    network_interface: str | None | Unset = UNSET
    """The network interface (flat, neutron, noop)."""

    storage_interface: str | None | Unset = UNSET
    """The storage interface (cinder, noop)."""

    rescue_interface: str | None | Unset = UNSET
    """The rescue interface."""

    bios_interface: str | None | Unset = UNSET
    """The BIOS interface."""

    firmware_interface: str | None | Unset = UNSET
    """The firmware interface."""

    resource_class: str | None | Unset = UNSET
    """The resource class the node is scheduled as (at most 80 characters)."""

    conductor_group: str | Unset = UNSET
    """The conductor group that manages the node ("" for the default group)."""

    automated_clean: bool | None | Unset = UNSET
    """Whether automated cleaning runs for this node; None follows the deployment default."""

    owner: str | None | Unset = UNSET
    """The project that owns the node."""

    description: str | None | Unset = UNSET
    """Free text (at most 4096 characters)."""

    retired: bool | Unset = UNSET
    """A retired node is not made available again after it is undeployed."""

    retired_reason: str | None | Unset = UNSET
    """Why the node is retired."""

    lessee: str | None | Unset = UNSET
    """The project the node is leased to."""

    network_data: dict[str, Any] | Unset = UNSET
    """Static network configuration for the deployed instance (OpenStack network_data.json
    format)."""

    shard: str | None | Unset = UNSET
    """The shard the node belongs to (for splitting nodes among consumers)."""

    parent_node: str | None | Unset = UNSET
    """The UUID of the node this one is a child of."""

    disable_power_off: bool | Unset = UNSET
    """When true Ironic never powers the node off (it reboots instead)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("name", "name", t.STRING, nullable=True, since="1.5"),
        Param("driver", "driver", t.STRING, required=True),
        Param("driver_info", "driver_info", t.map_of(t.ANY), sensitive=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
        Param("instance_info", "instance_info", t.map_of(t.ANY)),
        Param("instance_uuid", "instance_uuid", t.STRING, nullable=True),
        Param("instance_name", "instance_name", t.STRING, nullable=True, since="1.104"),
        Param("chassis_uuid", "chassis_uuid", t.STRING, nullable=True),
        Param("properties", "properties", t.map_of(t.ANY)),
        Param("maintenance", "maintenance", t.BOOLEAN),
        Param("console_enabled", "console_enabled", t.BOOLEAN),
        Param("boot_interface", "boot_interface", t.STRING, nullable=True, since="1.31"),
        Param("console_interface", "console_interface", t.STRING, nullable=True, since="1.31"),
        Param("deploy_interface", "deploy_interface", t.STRING, nullable=True, since="1.31"),
        Param("inspect_interface", "inspect_interface", t.STRING, nullable=True, since="1.31"),
        Param(
            "management_interface", "management_interface", t.STRING, nullable=True, since="1.31"
        ),
        Param("power_interface", "power_interface", t.STRING, nullable=True, since="1.31"),
        Param("raid_interface", "raid_interface", t.STRING, nullable=True, since="1.31"),
        Param("vendor_interface", "vendor_interface", t.STRING, nullable=True, since="1.31"),
        Param("network_interface", "network_interface", t.STRING, nullable=True, since="1.20"),
        Param("storage_interface", "storage_interface", t.STRING, nullable=True, since="1.33"),
        Param("rescue_interface", "rescue_interface", t.STRING, nullable=True, since="1.38"),
        Param("bios_interface", "bios_interface", t.STRING, nullable=True, since="1.40"),
        Param("firmware_interface", "firmware_interface", t.STRING, nullable=True, since="1.86"),
        Param("resource_class", "resource_class", t.STRING, nullable=True, since="1.21"),
        Param("conductor_group", "conductor_group", t.STRING, since="1.46"),
        Param("automated_clean", "automated_clean", t.BOOLEAN, nullable=True, since="1.47"),
        Param("owner", "owner", t.STRING, nullable=True, since="1.50"),
        Param("description", "description", t.STRING, nullable=True, since="1.51"),
        Param("retired", "retired", t.BOOLEAN, since="1.61"),
        Param("retired_reason", "retired_reason", t.STRING, nullable=True, since="1.61"),
        Param("lessee", "lessee", t.STRING, nullable=True, since="1.65"),
        Param("network_data", "network_data", t.map_of(t.ANY), since="1.66"),
        Param("shard", "shard", t.STRING, nullable=True, since="1.82"),
        Param("parent_node", "parent_node", t.STRING, nullable=True, since="1.83"),
        Param("disable_power_off", "disable_power_off", t.BOOLEAN, since="1.95"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """A unique name (a host name or RFC 3986 unreserved characters); usable in place of the
    UUID."""

    driver: str | Unset = UNSET
    """The hardware type (driver) managing the node, e.g. ipmi, redfish, fake-hardware."""

    driver_info: dict[str, Any] | Unset = UNSET
    """What the driver needs to reach the node (BMC address, credentials, deploy kernel/ramdisk,
    ...). Ironic answers with passwords masked as "******"."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data for the operator."""

    instance_info: dict[str, Any] | Unset = UNSET
    """What to deploy on the node (image source, root size, configdrive, capabilities...)."""

    instance_uuid: str | None | Unset = UNSET
    """The ID of the instance (e.g. a Nova server) the node is associated with."""

    instance_name: str | None | Unset = UNSET
    """The name of the instance the node is associated with."""

    chassis_uuid: str | None | Unset = UNSET
    """The chassis the node belongs to."""

    properties: dict[str, Any] | Unset = UNSET
    """Physical characteristics (cpus, memory_mb, local_gb, cpu_arch, capabilities, ...)."""

    maintenance: bool | Unset = UNSET
    """Whether the node is in maintenance (Ironic then stops its periodic tasks on it);
    set_maintenance also records a reason."""

    boot_interface: str | None | Unset = UNSET
    """The boot interface (default per hardware type when unset)."""

    console_interface: str | None | Unset = UNSET
    """The console interface."""

    deploy_interface: str | None | Unset = UNSET
    """The deploy interface."""

    inspect_interface: str | None | Unset = UNSET
    """The inspect interface."""

    management_interface: str | None | Unset = UNSET
    """The management interface."""

    power_interface: str | None | Unset = UNSET
    """The power interface."""

    raid_interface: str | None | Unset = UNSET
    """The RAID interface."""

    vendor_interface: str | None | Unset = UNSET
    """The vendor interface."""

    network_interface: str | None | Unset = UNSET
    """The network interface (flat, neutron, noop)."""

    storage_interface: str | None | Unset = UNSET
    """The storage interface (cinder, noop)."""

    rescue_interface: str | None | Unset = UNSET
    """The rescue interface."""

    bios_interface: str | None | Unset = UNSET
    """The BIOS interface."""

    firmware_interface: str | None | Unset = UNSET
    """The firmware interface."""

    resource_class: str | None | Unset = UNSET
    """The resource class the node is scheduled as (at most 80 characters)."""

    conductor_group: str | Unset = UNSET
    """The conductor group that manages the node ("" for the default group)."""

    automated_clean: bool | None | Unset = UNSET
    """Whether automated cleaning runs for this node; None follows the deployment default."""

    protected: bool | Unset = UNSET
    """An active node that is protected cannot be undeployed, rebuilt or deleted."""

    protected_reason: str | None | Unset = UNSET
    """Why the node is protected."""

    owner: str | None | Unset = UNSET
    """The project that owns the node."""

    description: str | None | Unset = UNSET
    """Free text (at most 4096 characters)."""

    retired: bool | Unset = UNSET
    """A retired node is not made available again after it is undeployed."""

    retired_reason: str | None | Unset = UNSET
    """Why the node is retired."""

    lessee: str | None | Unset = UNSET
    """The project the node is leased to."""

    network_data: dict[str, Any] | Unset = UNSET
    """Static network configuration for the deployed instance (OpenStack network_data.json
    format)."""

    shard: str | None | Unset = UNSET
    """The shard the node belongs to (for splitting nodes among consumers)."""

    parent_node: str | None | Unset = UNSET
    """The UUID of the node this one is a child of."""

    disable_power_off: bool | Unset = UNSET
    """When true Ironic never powers the node off (it reboots instead)."""

    reset_interfaces: bool | Unset = UNSET
    """With a driver change, reset every interface not set in the same patch to the new driver's
    default."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True, since="1.5"),
        Param("driver", "driver", t.STRING),
        Param("driver_info", "driver_info", t.map_of(t.ANY), sensitive=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
        Param("instance_info", "instance_info", t.map_of(t.ANY)),
        Param("instance_uuid", "instance_uuid", t.STRING, nullable=True),
        Param("instance_name", "instance_name", t.STRING, nullable=True, since="1.104"),
        Param("chassis_uuid", "chassis_uuid", t.STRING, nullable=True),
        Param("properties", "properties", t.map_of(t.ANY)),
        Param("maintenance", "maintenance", t.BOOLEAN),
        Param("boot_interface", "boot_interface", t.STRING, nullable=True, since="1.31"),
        Param("console_interface", "console_interface", t.STRING, nullable=True, since="1.31"),
        Param("deploy_interface", "deploy_interface", t.STRING, nullable=True, since="1.31"),
        Param("inspect_interface", "inspect_interface", t.STRING, nullable=True, since="1.31"),
        Param(
            "management_interface", "management_interface", t.STRING, nullable=True, since="1.31"
        ),
        Param("power_interface", "power_interface", t.STRING, nullable=True, since="1.31"),
        Param("raid_interface", "raid_interface", t.STRING, nullable=True, since="1.31"),
        Param("vendor_interface", "vendor_interface", t.STRING, nullable=True, since="1.31"),
        Param("network_interface", "network_interface", t.STRING, nullable=True, since="1.20"),
        Param("storage_interface", "storage_interface", t.STRING, nullable=True, since="1.33"),
        Param("rescue_interface", "rescue_interface", t.STRING, nullable=True, since="1.38"),
        Param("bios_interface", "bios_interface", t.STRING, nullable=True, since="1.40"),
        Param("firmware_interface", "firmware_interface", t.STRING, nullable=True, since="1.86"),
        Param("resource_class", "resource_class", t.STRING, nullable=True, since="1.21"),
        Param("conductor_group", "conductor_group", t.STRING, since="1.46"),
        Param("automated_clean", "automated_clean", t.BOOLEAN, nullable=True, since="1.47"),
        Param("protected", "protected", t.BOOLEAN, since="1.48"),
        Param("protected_reason", "protected_reason", t.STRING, nullable=True, since="1.48"),
        Param("owner", "owner", t.STRING, nullable=True, since="1.50"),
        Param("description", "description", t.STRING, nullable=True, since="1.51"),
        Param("retired", "retired", t.BOOLEAN, since="1.61"),
        Param("retired_reason", "retired_reason", t.STRING, nullable=True, since="1.61"),
        Param("lessee", "lessee", t.STRING, nullable=True, since="1.65"),
        Param("network_data", "network_data", t.map_of(t.ANY), since="1.66"),
        Param("shard", "shard", t.STRING, nullable=True, since="1.82"),
        Param("parent_node", "parent_node", t.STRING, nullable=True, since="1.83"),
        Param("disable_power_off", "disable_power_off", t.BOOLEAN, since="1.95"),
        Param("reset_interfaces", "reset_interfaces", t.BOOLEAN, location="query", since="1.45"),
    )


class ListDetailOpts(Opts):
    """Options of list_detail."""

    chassis_uuid: str | Unset = UNSET
    """Only nodes of this chassis."""

    instance_uuid: str | Unset = UNSET
    """The node of this instance."""

    associated: bool | Unset = UNSET
    """Only nodes with (true) or without (false) an instance."""

    maintenance: bool | Unset = UNSET
    """Only nodes in (true) or out of (false) maintenance."""

    retired: bool | Unset = UNSET
    """Only retired (true) or not retired (false) nodes."""

    provision_state: str | Unset = UNSET
    """Only nodes in this provision state."""

    driver: str | Unset = UNSET
    """Only nodes of this driver."""

    resource_class: str | Unset = UNSET
    """Only nodes of this resource class."""

    fault: str | Unset = UNSET
    """Only nodes with this fault."""

    conductor_group: str | Unset = UNSET
    """Only nodes of this conductor group."""

    conductor: str | Unset = UNSET
    """Only nodes managed by this conductor."""

    owner: str | Unset = UNSET
    """Only nodes this project owns."""

    lessee: str | Unset = UNSET
    """Only nodes leased to this project."""

    project: str | Unset = UNSET
    """Only nodes this project owns or leases."""

    description_contains: str | Unset = UNSET
    """Only nodes whose description contains this text."""

    shard: builtins.list[str] | Unset = UNSET
    """Only nodes of these shards."""

    sharded: bool | Unset = UNSET
    """Only nodes with (true) or without (false) a shard."""

    include_children: bool | Unset = UNSET
    """Also list child nodes."""

    parent_node: str | Unset = UNSET
    """Only the children of this node."""

    instance_name: str | Unset = UNSET
    """Only nodes of this instance name."""

    sort_key: str | Unset = UNSET
    """The field to sort by (default id)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET
    """The page size."""

    marker: str | Unset = UNSET
    """The UUID of the last node of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("chassis_uuid", "chassis_uuid", t.STRING, location="query"),
        Param("instance_uuid", "instance_uuid", t.STRING, location="query"),
        Param("associated", "associated", t.BOOLEAN, location="query"),
        Param("maintenance", "maintenance", t.BOOLEAN, location="query"),
        Param("retired", "retired", t.BOOLEAN, location="query", since="1.61"),
        Param("provision_state", "provision_state", t.STRING, location="query", since="1.9"),
        Param("driver", "driver", t.STRING, location="query", since="1.16"),
        Param("resource_class", "resource_class", t.STRING, location="query", since="1.21"),
        Param("fault", "fault", t.STRING, location="query", since="1.42"),
        Param("conductor_group", "conductor_group", t.STRING, location="query", since="1.46"),
        Param("conductor", "conductor", t.STRING, location="query", since="1.49"),
        Param("owner", "owner", t.STRING, location="query", since="1.50"),
        Param("lessee", "lessee", t.STRING, location="query", since="1.65"),
        Param("project", "project", t.STRING, location="query", since="1.65"),
        Param(
            "description_contains", "description_contains", t.STRING, location="query", since="1.51"
        ),
        Param("shard", "shard", t.list_of(t.STRING), location="query", since="1.82", style="comma"),
        Param("sharded", "sharded", t.BOOLEAN, location="query", since="1.82"),
        Param("include_children", "include_children", t.BOOLEAN, location="query", since="1.83"),
        Param("parent_node", "parent_node", t.STRING, location="query", since="1.83"),
        Param("instance_name", "instance_name", t.STRING, location="query", since="1.104"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class SetProvisionStateOpts(Opts):
    """Options of set_provision_state."""

    target: Literal[
        "active",
        "deploy",
        "rebuild",
        "deleted",
        "undeploy",
        "manage",
        "provide",
        "inspect",
        "abort",
        "clean",
        "adopt",
        "rescue",
        "unrescue",
        "service",
        "unhold",
    ] = REQUIRED
    """The verb (deploy and undeploy since 1.73, unhold since 1.85, service since 1.87; manage
    since 1.4, inspect since 1.6, clean and provide from manageable since 1.15, adopt since
    1.17, rescue since 1.38)."""

    configdrive: Any | Unset = UNSET
    """active and rebuild only: a gzipped, base64-encoded ISO image or its URL, or (since 1.56) a
    mapping of meta_data, network_data, user_data and (since 1.59) vendor_data to build one
    from."""

    clean_steps: builtins.list[Step] | Unset = UNSET
    """clean only (required unless a runbook is given); the steps to run, in order."""

    deploy_steps: builtins.list[Step] | Unset = UNSET
    """active/deploy/rebuild; deploy steps to run besides the driver's own (each with a
    priority)."""

    service_steps: builtins.list[Step] | Unset = UNSET
    """service only; the steps to run."""

    rescue_password: str | Unset = UNSET
    """rescue only (required there); the password of the rescue user."""

    disable_ramdisk: bool | Unset = UNSET
    """clean (since 1.70) or service (since 1.108); run the steps without booting the agent
    ramdisk."""

    runbook: str | Unset = UNSET
    """clean or service; the name or UUID of a runbook whose steps run."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "target",
            "target",
            t.STRING,
            required=True,
            enum=(
                "active",
                "deploy",
                "rebuild",
                "deleted",
                "undeploy",
                "manage",
                "provide",
                "inspect",
                "abort",
                "clean",
                "adopt",
                "rescue",
                "unrescue",
                "service",
                "unhold",
            ),
        ),
        Param("configdrive", "configdrive", t.ANY),
        Param("clean_steps", "clean_steps", t.list_of(t.model(Step)), since="1.15"),
        Param("deploy_steps", "deploy_steps", t.list_of(t.model(Step)), since="1.69"),
        Param("service_steps", "service_steps", t.list_of(t.model(Step)), since="1.87"),
        Param("rescue_password", "rescue_password", t.STRING, since="1.38", sensitive=True),
        Param("disable_ramdisk", "disable_ramdisk", t.BOOLEAN, since="1.70"),
        Param("runbook", "runbook", t.STRING, since="1.92"),
    )


class SetPowerStateOpts(Opts):
    """Options of set_power_state."""

    target: Literal["power on", "power off", "rebooting", "soft rebooting", "soft power off"] = (
        REQUIRED
    )

    timeout: int | Unset = UNSET
    """Seconds to wait for the power change (at least 1)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "target",
            "target",
            t.STRING,
            required=True,
            enum=("power on", "power off", "rebooting", "soft rebooting", "soft power off"),
        ),
        Param("timeout", "timeout", t.INTEGER, since="1.27"),
    )


class SetBootModeOpts(Opts):
    """Options of set_boot_mode."""

    target: Literal["uefi", "bios"] = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("target", "target", t.STRING, required=True, enum=("uefi", "bios")),
    )


class SetSecureBootOpts(Opts):
    """Options of set_secure_boot."""

    target: bool = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (Param("target", "target", t.BOOLEAN, required=True),)


class SetRaidConfigOpts(Opts):
    """Options of set_raid_config."""

    logical_disks: builtins.list[dict[str, Any]] = REQUIRED
    """Logical disks (size_gb, raid_level, is_root_volume, volume_name, physical_disks, ...)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("logical_disks", "logical_disks", t.list_of(t.map_of(t.ANY)), required=True),
    )


class SetConsoleOpts(Opts):
    """Options of set_console."""

    enabled: bool = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (Param("enabled", "enabled", t.BOOLEAN, required=True),)


class SetMaintenanceOpts(Opts):
    """Options of set_maintenance."""

    reason: str | Unset = UNSET
    """Why (shown as maintenance_reason)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("reason", "reason", t.STRING),)


class SetBootDeviceOpts(Opts):
    """Options of set_boot_device."""

    boot_device: str = REQUIRED
    """pxe, disk, cdrom, bios, safe, ... (see get_supported_boot_devices)."""

    persistent: bool | Unset = UNSET
    """Keep the device for every boot (default false)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("boot_device", "boot_device", t.STRING, required=True),
        Param("persistent", "persistent", t.BOOLEAN),
    )


class SetIndicatorStateOpts(Opts):
    """Options of set_indicator_state."""

    state: Literal["on", "off", "blinking"] = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("state", "state", t.STRING, required=True, enum=("on", "off", "blinking")),
    )


class SetTraitsOpts(Opts):
    """Options of set_traits."""

    traits: builtins.list[str] = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("traits", "traits", t.list_of(t.STRING), required=True),
    )


class AttachVifOpts(Opts):
    """Options of attach_vif."""

    id: str = REQUIRED
    """The VIF (Neutron port) ID."""

    port_uuid: str | Unset = UNSET
    """The port to attach it to."""

    portgroup_uuid: str | Unset = UNSET
    """The port group to attach it to."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, required=True),
        Param("port_uuid", "port_uuid", t.STRING, since="1.67"),
        Param("portgroup_uuid", "portgroup_uuid", t.STRING, since="1.67"),
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


class AttachVmediaOpts(Opts):
    """Options of attach_vmedia."""

    device_type: Literal["cdrom", "disk", "floppy"] = REQUIRED

    image_url: str = REQUIRED

    image_download_source: Literal["http", "local", "swift"] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "device_type", "device_type", t.STRING, required=True, enum=("cdrom", "disk", "floppy")
        ),
        Param("image_url", "image_url", t.STRING, required=True),
        Param(
            "image_download_source",
            "image_download_source",
            t.STRING,
            enum=("http", "local", "swift"),
        ),
    )


class DetachVmediaOpts(Opts):
    """Options of detach_vmedia."""

    device_types: builtins.list[str] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("device_types", "device_types", t.list_of(t.STRING), location="query", style="comma"),
    )


_LIST = Operation(
    "nodes.list",
    "GET",
    "/nodes",
    ok=(200, 203),
    response_key="nodes",
    paging=Paging("marker", marker_field="uuid", next="next"),
)
_GET = Operation(
    "nodes.get",
    "GET",
    "/nodes/{node_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "nodes.create",
    "POST",
    "/nodes",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "nodes.update",
    "PATCH",
    "/nodes/{node_id}",
    ok=(200,),
    request_kind="json-patch",
)
_DELETE = Operation(
    "nodes.delete",
    "DELETE",
    "/nodes/{node_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "nodes.list_detail",
    "GET",
    "/nodes/detail",
    ok=(200, 203),
    response_key="nodes",
    paging=Paging("marker", marker_field="uuid", next="next"),
)
_VALIDATE = Operation(
    "nodes.validate",
    "GET",
    "/nodes/{node_id}/validate",
    ok=(200, 203),
)
_GET_STATES = Operation(
    "nodes.get_states",
    "GET",
    "/nodes/{node_id}/states",
    ok=(200, 203),
)
_SET_PROVISION_STATE = Operation(
    "nodes.set_provision_state",
    "PUT",
    "/nodes/{node_id}/states/provision",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_SET_POWER_STATE = Operation(
    "nodes.set_power_state",
    "PUT",
    "/nodes/{node_id}/states/power",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_SET_BOOT_MODE = Operation(
    "nodes.set_boot_mode",
    "PUT",
    "/nodes/{node_id}/states/boot_mode",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
    since="1.76",
)
_SET_SECURE_BOOT = Operation(
    "nodes.set_secure_boot",
    "PUT",
    "/nodes/{node_id}/states/secure_boot",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
    since="1.76",
)
_SET_RAID_CONFIG = Operation(
    "nodes.set_raid_config",
    "PUT",
    "/nodes/{node_id}/states/raid",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.12",
)
_GET_CONSOLE = Operation(
    "nodes.get_console",
    "GET",
    "/nodes/{node_id}/states/console",
    ok=(200, 203),
)
_SET_CONSOLE = Operation(
    "nodes.set_console",
    "PUT",
    "/nodes/{node_id}/states/console",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_SET_MAINTENANCE = Operation(
    "nodes.set_maintenance",
    "PUT",
    "/nodes/{node_id}/maintenance",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_UNSET_MAINTENANCE = Operation(
    "nodes.unset_maintenance",
    "DELETE",
    "/nodes/{node_id}/maintenance",
    ok=(202,),
    response_kind="empty",
)
_GET_BOOT_DEVICE = Operation(
    "nodes.get_boot_device",
    "GET",
    "/nodes/{node_id}/management/boot_device",
    ok=(200, 203),
)
_SET_BOOT_DEVICE = Operation(
    "nodes.set_boot_device",
    "PUT",
    "/nodes/{node_id}/management/boot_device",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
)
_GET_SUPPORTED_BOOT_DEVICES = Operation(
    "nodes.get_supported_boot_devices",
    "GET",
    "/nodes/{node_id}/management/boot_device/supported",
    ok=(200, 203),
)
_INJECT_NMI = Operation(
    "nodes.inject_nmi",
    "PUT",
    "/nodes/{node_id}/management/inject_nmi",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.29",
)
_LIST_INDICATORS = Operation(
    "nodes.list_indicators",
    "GET",
    "/nodes/{node_id}/management/indicators",
    ok=(200, 203),
    since="1.63",
)
_GET_INDICATOR_STATE = Operation(
    "nodes.get_indicator_state",
    "GET",
    "/nodes/{node_id}/management/indicators/{indicator}",
    ok=(200, 203),
    since="1.63",
)
_SET_INDICATOR_STATE = Operation(
    "nodes.set_indicator_state",
    "PUT",
    "/nodes/{node_id}/management/indicators/{indicator}",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.63",
)
_LIST_TRAITS = Operation(
    "nodes.list_traits",
    "GET",
    "/nodes/{node_id}/traits",
    ok=(200, 203),
    since="1.37",
)
_SET_TRAITS = Operation(
    "nodes.set_traits",
    "PUT",
    "/nodes/{node_id}/traits",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.37",
)
_ADD_TRAIT = Operation(
    "nodes.add_trait",
    "PUT",
    "/nodes/{node_id}/traits/{trait}",
    ok=(204,),
    response_kind="empty",
    since="1.37",
)
_REMOVE_TRAIT = Operation(
    "nodes.remove_trait",
    "DELETE",
    "/nodes/{node_id}/traits/{trait}",
    ok=(204,),
    response_kind="empty",
    since="1.37",
)
_REMOVE_ALL_TRAITS = Operation(
    "nodes.remove_all_traits",
    "DELETE",
    "/nodes/{node_id}/traits",
    ok=(204,),
    response_kind="empty",
    since="1.37",
)
_LIST_VIFS = Operation(
    "nodes.list_vifs",
    "GET",
    "/nodes/{node_id}/vifs",
    ok=(200, 203),
    since="1.28",
)
_ATTACH_VIF = Operation(
    "nodes.attach_vif",
    "POST",
    "/nodes/{node_id}/vifs",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.28",
)
_DETACH_VIF = Operation(
    "nodes.detach_vif",
    "DELETE",
    "/nodes/{node_id}/vifs/{vif_id}",
    ok=(204,),
    response_kind="empty",
    since="1.28",
)
_GET_INVENTORY = Operation(
    "nodes.get_inventory",
    "GET",
    "/nodes/{node_id}/inventory",
    ok=(200, 203),
    since="1.81",
)
_LIST_CHILDREN = Operation(
    "nodes.list_children",
    "GET",
    "/nodes/{node_id}/children",
    ok=(200, 203),
    since="1.83",
)
_LIST_VENDOR_METHODS = Operation(
    "nodes.list_vendor_methods",
    "GET",
    "/nodes/{node_id}/vendor_passthru/methods",
    ok=(200, 203),
)
_CALL_VENDOR_METHOD = Operation(
    "nodes.call_vendor_method",
    "POST",
    "/nodes/{node_id}/vendor_passthru",
    ok=(200, 201, 202),
    request_kind="json",
)
_GET_VMEDIA = Operation(
    "nodes.get_vmedia",
    "GET",
    "/nodes/{node_id}/vmedia",
    ok=(200, 203),
    since="1.93",
)
_ATTACH_VMEDIA = Operation(
    "nodes.attach_vmedia",
    "POST",
    "/nodes/{node_id}/vmedia",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.89",
)
_DETACH_VMEDIA = Operation(
    "nodes.detach_vmedia",
    "DELETE",
    "/nodes/{node_id}/vmedia",
    ok=(204,),
    response_kind="empty",
    since="1.89",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Node]:
    """List nodes, by default their uuid, name, instance_uuid, power_state, provision_state and
    maintenance only; fields= picks others and detail=True returns every field."""
    return client.pager(
        _LIST, None, model=Node, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    node_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Node]:
    """Show a node (by UUID or name)."""
    return client.call(
        _GET,
        {"node_id": node_id},
        model=Node,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Node]:
    """Enroll a node. It starts in "enroll" (since 1.11; "available" before) and is moved on with
    set_provision_state("manage"), then "provide"."""
    return client.call(
        _CREATE, None, model=Node, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    node_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Node]:
    """Change a node with a JSON patch built from the options: each set attribute is replaced as
    a whole (None replaces it with null, which resets an interface to its default);
    driver_info, extra, properties, instance_info and network_data are replaced whole too, so
    send the complete mapping."""
    return client.call(
        _UPDATE,
        {"node_id": node_id},
        model=Node,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a node (it must not be active or protected, nor in a transient state)."""
    return client.call(_DELETE, {"node_id": node_id}, microversion=microversion, timeout=timeout)


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Node]:
    """List nodes with every field (GET /nodes/detail)."""
    return client.pager(
        _LIST_DETAIL, None, model=Node, opts=opts, microversion=microversion, timeout=timeout
    )


def validate(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Validation]:
    """Ask each driver interface of the node whether it has what it needs (e.g. driver_info for
    power, instance_info for deploy)."""
    return client.call(
        _VALIDATE,
        {"node_id": node_id},
        model=Validation,
        microversion=microversion,
        timeout=timeout,
    )


def get_states(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NodeStates]:
    """Show the node's power, provision, console, RAID and boot mode states."""
    return client.call(
        _GET_STATES,
        {"node_id": node_id},
        model=NodeStates,
        microversion=microversion,
        timeout=timeout,
    )


def set_provision_state(
    client: ServiceClient,
    node_id: str,
    opts: SetProvisionStateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Start a provision state transition (202): manage, provide, inspect, clean (with
    clean_steps or a runbook), active (with an optional configdrive) or deploy, rebuild,
    deleted or undeploy, rescue and unrescue, adopt, abort, service, unhold. Poll the node (or
    wait_for_status) for the result."""
    return client.call(
        _SET_PROVISION_STATE,
        {"node_id": node_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def set_power_state(
    client: ServiceClient,
    node_id: str,
    opts: SetPowerStateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Change the power state (202): "power on", "power off", "rebooting", and since 1.27 "soft
    power off" and "soft rebooting" with an optional timeout. Refused (409) while another
    power change runs."""
    return client.call(
        _SET_POWER_STATE,
        {"node_id": node_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def set_boot_mode(
    client: ServiceClient,
    node_id: str,
    opts: SetBootModeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Switch the node's boot mode (202, since 1.76)."""
    return client.call(
        _SET_BOOT_MODE, {"node_id": node_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def set_secure_boot(
    client: ServiceClient,
    node_id: str,
    opts: SetSecureBootOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Turn UEFI secure boot on or off (202, since 1.76)."""
    return client.call(
        _SET_SECURE_BOOT,
        {"node_id": node_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def set_raid_config(
    client: ServiceClient,
    node_id: str,
    opts: SetRaidConfigOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set the RAID configuration that the next cleaning (with the RAID interface's
    create_configuration step) applies; an empty list clears it."""
    return client.call(
        _SET_RAID_CONFIG,
        {"node_id": node_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_console(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Console]:
    """Show whether the serial console is enabled and how to reach it."""
    return client.call(
        _GET_CONSOLE,
        {"node_id": node_id},
        model=Console,
        microversion=microversion,
        timeout=timeout,
    )


def set_console(
    client: ServiceClient,
    node_id: str,
    opts: SetConsoleOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Enable or disable the serial console (202)."""
    return client.call(
        _SET_CONSOLE, {"node_id": node_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def set_maintenance(
    client: ServiceClient,
    node_id: str,
    opts: SetMaintenanceOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Put the node in maintenance, with an optional reason (202)."""
    return client.call(
        _SET_MAINTENANCE,
        {"node_id": node_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def unset_maintenance(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Take the node out of maintenance (202)."""
    return client.call(
        _UNSET_MAINTENANCE, {"node_id": node_id}, microversion=microversion, timeout=timeout
    )


def get_boot_device(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BootDevice]:
    """Show the boot device the node will use next (asks the BMC)."""
    return client.call(
        _GET_BOOT_DEVICE,
        {"node_id": node_id},
        model=BootDevice,
        microversion=microversion,
        timeout=timeout,
    )


def set_boot_device(
    client: ServiceClient,
    node_id: str,
    opts: SetBootDeviceOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set the boot device for the next boot, or every boot when persistent."""
    return client.call(
        _SET_BOOT_DEVICE,
        {"node_id": node_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_supported_boot_devices(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SupportedBootDevices]:
    """List the boot devices the node's management interface can set."""
    return client.call(
        _GET_SUPPORTED_BOOT_DEVICES,
        {"node_id": node_id},
        model=SupportedBootDevices,
        microversion=microversion,
        timeout=timeout,
    )


def inject_nmi(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Send a non-maskable interrupt to the node (since 1.29)."""
    return client.call(
        _INJECT_NMI, {"node_id": node_id}, microversion=microversion, timeout=timeout
    )


def list_indicators(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Indicators]:
    """List the node's indicators and the states each can take (since 1.63)."""
    return client.call(
        _LIST_INDICATORS,
        {"node_id": node_id},
        model=Indicators,
        microversion=microversion,
        timeout=timeout,
    )


def get_indicator_state(
    client: ServiceClient,
    node_id: str,
    indicator: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IndicatorState]:
    """Show one indicator's state; the indicator is named "<indicator>@<component>"."""
    return client.call(
        _GET_INDICATOR_STATE,
        {"node_id": node_id, "indicator": indicator},
        model=IndicatorState,
        microversion=microversion,
        timeout=timeout,
    )


def set_indicator_state(
    client: ServiceClient,
    node_id: str,
    indicator: str,
    opts: SetIndicatorStateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set one indicator's state (when its management interface can)."""
    return client.call(
        _SET_INDICATOR_STATE,
        {"node_id": node_id, "indicator": indicator},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_traits(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Traits]:
    """List the node's traits (since 1.37)."""
    return client.call(
        _LIST_TRAITS, {"node_id": node_id}, model=Traits, microversion=microversion, timeout=timeout
    )


def set_traits(
    client: ServiceClient,
    node_id: str,
    opts: SetTraitsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace all of the node's traits (standard os-traits names or CUSTOM_*)."""
    return client.call(
        _SET_TRAITS, {"node_id": node_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def add_trait(
    client: ServiceClient,
    node_id: str,
    trait: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add one trait to the node."""
    return client.call(
        _ADD_TRAIT, {"node_id": node_id, "trait": trait}, microversion=microversion, timeout=timeout
    )


def remove_trait(
    client: ServiceClient,
    node_id: str,
    trait: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one trait from the node (404 when it does not have it)."""
    return client.call(
        _REMOVE_TRAIT,
        {"node_id": node_id, "trait": trait},
        microversion=microversion,
        timeout=timeout,
    )


def remove_all_traits(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove every trait of the node."""
    return client.call(
        _REMOVE_ALL_TRAITS, {"node_id": node_id}, microversion=microversion, timeout=timeout
    )


def list_vifs(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Vifs]:
    """List the VIFs attached to the node (since 1.28)."""
    return client.call(
        _LIST_VIFS, {"node_id": node_id}, model=Vifs, microversion=microversion, timeout=timeout
    )


def attach_vif(
    client: ServiceClient,
    node_id: str,
    opts: AttachVifOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Attach a VIF (a Neutron port ID) to a free port or port group of the node, or (since 1.67)
    to the one given."""
    return client.call(
        _ATTACH_VIF, {"node_id": node_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def detach_vif(
    client: ServiceClient,
    node_id: str,
    vif_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Detach a VIF from the node."""
    return client.call(
        _DETACH_VIF,
        {"node_id": node_id, "vif_id": vif_id},
        microversion=microversion,
        timeout=timeout,
    )


def get_inventory(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Inventory]:
    """Show the inventory inspection stored for the node (404 when there is none; since 1.81)."""
    return client.call(
        _GET_INVENTORY,
        {"node_id": node_id},
        model=Inventory,
        microversion=microversion,
        timeout=timeout,
    )


def list_children(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """List the UUIDs of the node's child nodes (since 1.83): {"children": [...], "links": {...}}
    (the link lists them as nodes)."""
    return client.call(
        _LIST_CHILDREN, {"node_id": node_id}, microversion=microversion, timeout=timeout
    )


def list_vendor_methods(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The vendor passthru methods of the node's driver, by name."""
    return client.call(
        _LIST_VENDOR_METHODS, {"node_id": node_id}, microversion=microversion, timeout=timeout
    )


def call_vendor_method(
    client: ServiceClient,
    node_id: str,
    opts: CallVendorMethodOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Call a vendor passthru method of the node's driver with free-form arguments; the answer is
    whatever the method returns."""
    return client.call(
        _CALL_VENDOR_METHOD,
        {"node_id": node_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_vmedia(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Show the virtual media attached to the node (since 1.93)."""
    return client.call(
        _GET_VMEDIA, {"node_id": node_id}, microversion=microversion, timeout=timeout
    )


def attach_vmedia(
    client: ServiceClient,
    node_id: str,
    opts: AttachVmediaOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Attach a virtual media image to the node (since 1.89)."""
    return client.call(
        _ATTACH_VMEDIA, {"node_id": node_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def detach_vmedia(
    client: ServiceClient,
    node_id: str,
    opts: DetachVmediaOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Detach virtual media from the node, of the given device types or all."""
    return client.call(
        _DETACH_VMEDIA, {"node_id": node_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Node:
    """The one Node whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Node,
        name_field="name",
        id_field="uuid",
    )


def wait_for_status(
    client: ServiceClient,
    node_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Node], None] | None = None,
) -> Node:
    """Poll get until the Node's provision_state is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error or deploy failed or clean failed or inspect failed
    or rescue failed or unrescue failed or adopt failed or service failed."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"node_id": node_id},
        model=Node,
        field="provision_state",
        wanted=status,
        failures=(
            "error",
            "deploy failed",
            "clean failed",
            "inspect failed",
            "rescue failed",
            "unrescue failed",
            "adopt failed",
            "service failed",
        ),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    node_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Node], None] | None = None,
) -> None:
    """Poll get until the Node is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"node_id": node_id},
        model=Node,
        field="provision_state",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_nodes(page: Page[Any]) -> builtins.list[Node]:
    """The Node items of a page (or of ``all_pages()``)."""
    return page.extract_as(Node)
