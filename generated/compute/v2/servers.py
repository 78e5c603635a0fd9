# Generated from compute/v2/servers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A server: a virtual machine (or bare-metal instance) built from a flavor and an image or
volume. Creating one answers at once with its ID (and a generated admin password); the build
goes on in the background while the status moves from BUILD to ACTIVE (or ERROR). Everything
else a server can do is an action (POST /servers/{id}/action with one key naming it): reboot,
rebuild, resize, start/stop, pause, suspend, lock, shelve, rescue, snapshots, migrations and
more. Actions a server's state does not allow answer 409 (errors.Conflict). The summary
listing (list) carries only id, name and links; list_detail and get carry everything. The disk
config (OS-DCF), extended status (OS-EXT-STS), availability zone (OS-EXT-AZ) and scheduler
hints of a server are read with the diskconfig, server_extended_status,
server_availability_zone and server_scheduler_hints modules."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Address(Model):
    """One IP address of a server on one network."""

    addr: str | Unset = UNSET
    """The IPv4 or IPv6 address."""

    version: int | Unset = UNSET
    """4 or 6."""

    type: Literal["fixed", "floating"] | Unset = UNSET
    """"fixed" or "floating"."""

    mac_addr: str | Unset = UNSET
    """The MAC address of the port that holds it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("addr", "addr", t.STRING),
        Field("version", "version", t.INTEGER),
        Field("type", "OS-EXT-IPS:type", t.STRING, enum=("fixed", "floating")),
        Field("mac_addr", "OS-EXT-IPS-MAC:mac_addr", t.STRING),
    )


class ServerFlavor(Model):
    """The flavor of a server: before 2.47 a reference (id, links), since 2.47 a copy of the
    flavor as the server was built or resized with it."""

    id: str | Unset = UNSET
    """The flavor's ID (before 2.47)."""

    links: builtins.list[Link] | Unset = UNSET
    """Links to the flavor (before 2.47)."""

    original_name: str | Unset = UNSET
    """The flavor's name when the server got it."""

    vcpus: int | Unset = UNSET
    """Virtual CPUs."""

    ram: int | Unset = UNSET
    """Memory in MiB."""

    disk: int | Unset = UNSET
    """Root disk size in GiB."""

    ephemeral: int | Unset = UNSET
    """Ephemeral disk size in GiB."""

    swap: int | Unset = UNSET
    """Swap size in MiB."""

    extra_specs: dict[str, str] | Unset = UNSET
    """The flavor's extra specs (when policy lets the caller see them)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING, until="2.46"),
        Field("links", "links", t.list_of(t.model(Link)), until="2.46"),
        Field("original_name", "original_name", t.STRING, since="2.47"),
        Field("vcpus", "vcpus", t.INTEGER, since="2.47"),
        Field("ram", "ram", t.INTEGER, since="2.47"),
        Field("disk", "disk", t.INTEGER, since="2.47"),
        Field("ephemeral", "ephemeral", t.INTEGER, since="2.47"),
        Field("swap", "swap", t.INTEGER, since="2.47"),
        Field("extra_specs", "extra_specs", t.map_of(t.STRING), since="2.47"),
    )


class Fault(Model):
    """The error that put a server in ERROR."""

    code: int | Unset = UNSET
    """The HTTP status of the fault, e.g. 500."""

    created: datetime.datetime | Unset = UNSET
    """When it happened."""

    message: str | Unset = UNSET
    """The error message."""

    details: str | Unset = UNSET
    """The stack trace (admins, or any user for non-500 faults)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", t.INTEGER),
        Field("created", "created", t.DATETIME),
        Field("message", "message", t.STRING),
        Field("details", "details", t.STRING),
    )


class SecurityGroupRef(Model):
    """A security group by name."""

    name: str | Unset = UNSET
    """The security group's name (create also takes its ID)."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("name", "name", t.STRING),)


class AttachedVolume(Model):
    """A volume attached to a server."""

    id: str | Unset = UNSET
    """The volume's ID."""

    delete_on_termination: bool | Unset = UNSET
    """Whether deleting the server deletes the volume."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("delete_on_termination", "delete_on_termination", t.BOOLEAN, since="2.3"),
    )


class AdminPass(Model):
    """The administrative password an action set."""

    admin_password: str | Unset = UNSET
    """The password."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_password", "adminPass", t.STRING, sensitive=True),
    )


class ConsoleOutput(Model):
    """The tail of a server's console log."""

    output: str | Unset = UNSET
    """The console text."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("output", "output", t.STRING),)


class Server(Model):
    """A server: a virtual machine (or bare-metal instance) built from a flavor and an image or
    volume. Creating one answers at once with its ID (and a generated admin password); the
    build goes on in the background while the status moves from BUILD to ACTIVE (or ERROR).
    Everything else a server can do is an action (POST /servers/{id}/action with one key
    naming it): reboot, rebuild, resize, start/stop, pause, suspend, lock, shelve, rescue,
    snapshots, migrations and more. Actions a server's state does not allow answer 409
    (errors.Conflict). The summary listing (list) carries only id, name and links; list_detail
    and get carry everything. The disk config (OS-DCF), extended status (OS-EXT-STS),
    availability zone (OS-EXT-AZ) and scheduler hints of a server are read with the
    diskconfig, server_extended_status, server_availability_zone and server_scheduler_hints
    modules."""

    id: str
    """The server's UUID."""

    name: str | None | Unset = UNSET
    """The display name (at most 255 characters; not unique). A server in a cell Nova cannot
    reach (2.69 and later) comes without one."""

    status: str | Unset = UNSET
    """The state users see: ACTIVE, BUILD, DELETED, ERROR, HARD_REBOOT, MIGRATING, PASSWORD,
    PAUSED, REBOOT, REBUILD, RESCUE, RESIZE, REVERT_RESIZE, SHELVED, SHELVED_OFFLOADED,
    SHUTOFF, SOFT_DELETED, SUSPENDED, VERIFY_RESIZE or UNKNOWN."""

    tenant_id: str | Unset = UNSET
    """The ID of the project that owns the server."""

    user_id: str | Unset = UNSET
    """The ID of the user who created the server."""

    created: datetime.datetime | Unset = UNSET
    """When the server was created."""

    updated: datetime.datetime | Unset = UNSET
    """When the server was last changed."""

    host_id: str | Unset = UNSET
    """An opaque hash of the compute host and the project: two servers of a project with the same
    value run on the same host (empty while none is chosen)."""

    addresses: dict[str, builtins.list[Address]] | Unset = UNSET
    """The server's IP addresses, by network name."""

    access_ipv4: str | Unset = UNSET
    """An IPv4 address the user declares for reaching the server (empty when unset)."""

    access_ipv6: str | Unset = UNSET
    """An IPv6 address the user declares for reaching the server (empty when unset)."""

    flavor: ServerFlavor | Unset = UNSET
    """The flavor the server runs with: before 2.47 a reference (id, links); since 2.47 a copy of
    its sizes, original name and extra specs."""

    image: Any | Unset = UNSET
    """The image the server was built from: an object with id and links (and, since 2.98, the
    image properties) or an empty string for a server booted from a volume."""

    key_name: str | None | Unset = UNSET
    """The name of the keypair injected into the server (None for none)."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links to the server."""

    metadata: dict[str, str] | Unset = UNSET
    """Free-form key/value strings (keys and values at most 255 characters). Change them
    afterwards through the server metadata API."""

    progress: int | None | Unset = UNSET
    """Build, resize or snapshot progress in percent, where the driver reports one."""

    fault: Fault | Unset = UNSET
    """Why the server is in ERROR (only then present)."""

    config_drive: str | None | Unset = UNSET
    """"True" when the server has a config drive, else "" or "False" (text in responses; create
    takes a boolean, CreateOpts.config_drive)."""

    admin_password: str | Unset = UNSET
    """The administrative password. Create answers with the one it set (its own random one unless
    given, and unless Nova is configured not to), other responses never carry it."""

    security_groups: builtins.list[SecurityGroupRef] | Unset = UNSET
    """The security groups of the server's ports, by name (create: the groups for the ports Nova
    makes; default "default")."""

    volumes_attached: builtins.list[AttachedVolume] | Unset = UNSET
    """The volumes attached to the server."""

    host: str | None | Unset = UNSET
    """The compute host that runs the server (admins only by default)."""

    hypervisor_hostname: str | None | Unset = UNSET
    """The hypervisor node's host name (admins only by default)."""

    instance_name: str | Unset = UNSET
    """The name the hypervisor knows the server by (admins only by default)."""

    hostname: str | Unset = UNSET
    """The guest's host name as the metadata service gives it (admins only by default before
    2.90; every user since). Set it with CreateOpts, UpdateOpts or RebuildOpts hostname (2.90
    and later)."""

    kernel_id: str | None | Unset = UNSET
    """The kernel image's ID for an AMI-style image (admins only by default)."""

    launch_index: int | None | Unset = UNSET
    """The server's position among those one create request made (admins only by default)."""

    ramdisk_id: str | None | Unset = UNSET
    """The ramdisk image's ID for an AMI-style image (admins only by default)."""

    reservation_id: str | None | Unset = UNSET
    """The ID shared by the servers of one create request (admins only by default)."""

    root_device_name: str | None | Unset = UNSET
    """The root device's name, e.g. /dev/vda (admins only by default)."""

    user_data: str | None | Unset = UNSET
    """The base64 user data the server was given (admins only by default)."""

    rebuild_user_data: str | None | Unset = UNSET
    """The base64 user data the server now has, only in rebuild's answer (2.57 and later; None
    when it has none)."""

    launched_at: datetime.datetime | None | Unset = UNSET
    """When the server was last started on a host (None before that)."""

    terminated_at: datetime.datetime | None | Unset = UNSET
    """When the server was deleted (None while it exists)."""

    locked: bool | Unset = UNSET
    """Whether the server is locked (see lock)."""

    host_status: str | Unset = UNSET
    """The state of the compute host's service: UP, DOWN, MAINTENANCE, UNKNOWN or "" (shown as
    the policy allows; admins by default)."""

    description: str | None | Unset = UNSET
    """Free-form text about the server (at most 255 characters; None when unset)."""

    tags: builtins.list[str] | Unset = UNSET
    """The server's tags (at most 50). Create takes them since 2.52 (CreateOpts.tags); change
    them through the server tags API."""

    trusted_image_certificates: builtins.list[str] | None | Unset = UNSET
    """IDs of the certificates that validate the image's signature (at most 50; None when there
    are none)."""

    server_groups: builtins.list[str] | Unset = UNSET
    """The ID of the server group the server belongs to (at most one), by get only."""

    locked_reason: str | None | Unset = UNSET
    """Why the server was locked (None when unlocked or locked without a reason)."""

    pinned_availability_zone: str | None | Unset = UNSET
    """The availability zone the server is pinned to (asked for at create or unshelve, or the
    default schedule zone), None when it may move freely. Change it with
    UpdateOpts.pinned_availability_zone (2.104 and later)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("status", "status", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
        Field("host_id", "hostId", t.STRING),
        Field("addresses", "addresses", t.map_of(t.list_of(t.model(Address)))),
        Field("access_ipv4", "accessIPv4", t.STRING),
        Field("access_ipv6", "accessIPv6", t.STRING),
        Field("flavor", "flavor", t.model(ServerFlavor)),
        Field("image", "image", t.ANY),
        Field("key_name", "key_name", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("metadata", "metadata", t.map_of(t.STRING)),
        Field("progress", "progress", t.INTEGER),
        Field("fault", "fault", t.model(Fault)),
        Field("config_drive", "config_drive", t.STRING),
        Field("admin_password", "adminPass", t.STRING, sensitive=True),
        Field("security_groups", "security_groups", t.list_of(t.model(SecurityGroupRef))),
        Field(
            "volumes_attached",
            "os-extended-volumes:volumes_attached",
            t.list_of(t.model(AttachedVolume)),
        ),
        Field("host", "OS-EXT-SRV-ATTR:host", t.STRING),
        Field("hypervisor_hostname", "OS-EXT-SRV-ATTR:hypervisor_hostname", t.STRING),
        Field("instance_name", "OS-EXT-SRV-ATTR:instance_name", t.STRING),
        Field("hostname", "OS-EXT-SRV-ATTR:hostname", t.STRING, since="2.3"),
        Field("kernel_id", "OS-EXT-SRV-ATTR:kernel_id", t.STRING, since="2.3"),
        Field("launch_index", "OS-EXT-SRV-ATTR:launch_index", t.INTEGER, since="2.3"),
        Field("ramdisk_id", "OS-EXT-SRV-ATTR:ramdisk_id", t.STRING, since="2.3"),
        Field("reservation_id", "OS-EXT-SRV-ATTR:reservation_id", t.STRING, since="2.3"),
        Field("root_device_name", "OS-EXT-SRV-ATTR:root_device_name", t.STRING, since="2.3"),
        Field("user_data", "OS-EXT-SRV-ATTR:user_data", t.STRING, since="2.3"),
        Field("rebuild_user_data", "user_data", t.STRING, since="2.57"),
        Field("launched_at", "OS-SRV-USG:launched_at", t.DATETIME),
        Field("terminated_at", "OS-SRV-USG:terminated_at", t.DATETIME),
        Field("locked", "locked", t.BOOLEAN, since="2.9"),
        Field("host_status", "host_status", t.STRING, since="2.16"),
        Field("description", "description", t.STRING, since="2.19"),
        Field("tags", "tags", t.list_of(t.STRING), since="2.26"),
        Field(
            "trusted_image_certificates",
            "trusted_image_certificates",
            t.list_of(t.STRING),
            since="2.63",
        ),
        Field("server_groups", "server_groups", t.list_of(t.STRING), since="2.71"),
        Field("locked_reason", "locked_reason", t.STRING, since="2.73"),
        Field("pinned_availability_zone", "pinned_availability_zone", t.STRING, since="2.96"),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    name: str | Unset = UNSET
    """A regular expression the name must match."""

    status: str | Unset = UNSET
    """Only servers with this status (ACTIVE, BUILD, ERROR, SHUTOFF, ...; DELETED lists deleted
    servers for admins)."""

    image: str | Unset = UNSET
    """Only servers built from this image ID."""

    flavor: str | Unset = UNSET
    """Only servers with this flavor ID."""

    reservation_id: str | Unset = UNSET
    """Only the servers of one multiple-create request."""

    ip: str | Unset = UNSET
    """A regular expression an IPv4 address must match."""

    ip6: str | Unset = UNSET
    """A regular expression an IPv6 address must match (non-admins since 2.5)."""

    changes_since: datetime.datetime | Unset = UNSET
    """Only servers changed at or after this time (deleted ones included)."""

    changes_before: datetime.datetime | Unset = UNSET
    """Only servers changed at or before this time (deleted ones included)."""

    tags: builtins.list[str] | Unset = UNSET
    """Only servers that have every one of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only servers that have at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Only servers that lack at least one of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Only servers that have none of these tags."""

    locked: bool | Unset = UNSET
    """Only locked (true) or unlocked (false) servers."""

    availability_zone: str | Unset = UNSET
    """A regular expression the availability zone must match (non-admins since 2.83)."""

    config_drive: str | Unset = UNSET
    """Filter by config drive ("True"/"False"; non-admins since 2.83)."""

    key_name: str | Unset = UNSET
    """A regular expression the keypair name must match (non-admins since 2.83)."""

    created_at: str | Unset = UNSET
    """Only servers created at or after this ISO 8601 time (non-admins since 2.83)."""

    launched_at: str | Unset = UNSET
    """Only servers launched at or after this ISO 8601 time (non-admins since 2.83)."""

    terminated_at: str | Unset = UNSET
    """Only servers terminated at or after this ISO 8601 time (non-admins since 2.83)."""

    power_state: int | Unset = UNSET
    """Only servers in this power state (0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 6 CRASHED, 7
    SUSPENDED; non-admins since 2.83)."""

    task_state: str | Unset = UNSET
    """Only servers with this task state (non-admins since 2.83)."""

    vm_state: str | Unset = UNSET
    """Only servers with this VM state, e.g. active (non-admins since 2.83)."""

    progress: int | Unset = UNSET
    """Only servers with this progress percentage (non-admins since 2.83)."""

    user_id: str | Unset = UNSET
    """Only the servers of this user (non-admins since 2.83)."""

    hostname: str | Unset = UNSET
    """A regular expression the host name must match (non-admins since 2.90)."""

    all_tenants: bool | Unset = UNSET
    """Admins only: list the servers of every project, not only the caller's."""

    project_id: str | Unset = UNSET
    """Admins only (with all_tenants): only this project's servers."""

    tenant_id: str | Unset = UNSET
    """Admins only (with all_tenants): the older name of project_id."""

    host: str | Unset = UNSET
    """Admins only: only the servers on this compute host."""

    node: str | Unset = UNSET
    """Admins only: a regular expression the hypervisor node must match."""

    deleted: bool | Unset = UNSET
    """Admins only: list deleted servers (with changes-since or status DELETED)."""

    soft_deleted: bool | Unset = UNSET
    """Admins only: include soft-deleted servers."""

    uuid: str | Unset = UNSET
    """Admins only: only the server with this ID."""

    launch_index: int | Unset = UNSET
    """Admins only: only servers with this launch index."""

    image_ref: str | Unset = UNSET
    """Admins only: only servers built from this image ID."""

    kernel_id: str | Unset = UNSET
    """Admins only: a regular expression the kernel image ID must match."""

    ramdisk_id: str | Unset = UNSET
    """Admins only: a regular expression the ramdisk image ID must match."""

    display_name: str | Unset = UNSET
    """Admins only: the older name of name."""

    description: str | Unset = UNSET
    """Admins only: a regular expression the description must match."""

    display_description: str | Unset = UNSET
    """Admins only: the older name of description."""

    locked_by: Literal["admin", "owner"] | Unset = UNSET
    """Admins only: only servers locked by an admin or by their owner."""

    root_device_name: str | Unset = UNSET
    """Admins only: a regular expression the root device name must match."""

    access_ip_v4: str | Unset = UNSET
    """Admins only: a regular expression accessIPv4 must match."""

    access_ip_v6: str | Unset = UNSET
    """Admins only: a regular expression accessIPv6 must match."""

    auto_disk_config: str | Unset = UNSET
    """Admins only: filter by the automatic disk config flag ("True"/"False")."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (repeatable, paired with sort_dir), e.g. created_at,
    display_name, uuid, vm_state, task_state, power_state, host, node, availability_zone,
    key_name, project_id, user_id, launched_at, terminated_at, updated_at, locked (2.73 and
    later). Default created_at."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction of each sort_key, "asc" or "desc" (default desc)."""

    limit: int | Unset = UNSET
    """The most servers a page holds (capped at Nova's max_limit, 1000 by default)."""

    marker: str | Unset = UNSET
    """Start after the server with this ID (a 400 when none has it)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("image", "image", t.STRING, location="query"),
        Param("flavor", "flavor", t.STRING, location="query"),
        Param("reservation_id", "reservation_id", t.STRING, location="query"),
        Param("ip", "ip", t.STRING, location="query"),
        Param("ip6", "ip6", t.STRING, location="query"),
        Param("changes_since", "changes-since", t.DATETIME, location="query"),
        Param("changes_before", "changes-before", t.DATETIME, location="query", since="2.66"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", since="2.26", style="comma"),
        Param(
            "tags_any",
            "tags-any",
            t.list_of(t.STRING),
            location="query",
            since="2.26",
            style="comma",
        ),
        Param(
            "not_tags",
            "not-tags",
            t.list_of(t.STRING),
            location="query",
            since="2.26",
            style="comma",
        ),
        Param(
            "not_tags_any",
            "not-tags-any",
            t.list_of(t.STRING),
            location="query",
            since="2.26",
            style="comma",
        ),
        Param("locked", "locked", t.BOOLEAN, location="query", since="2.73"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("config_drive", "config_drive", t.STRING, location="query"),
        Param("key_name", "key_name", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("launched_at", "launched_at", t.STRING, location="query"),
        Param("terminated_at", "terminated_at", t.STRING, location="query"),
        Param("power_state", "power_state", t.INTEGER, location="query"),
        Param("task_state", "task_state", t.STRING, location="query"),
        Param("vm_state", "vm_state", t.STRING, location="query"),
        Param("progress", "progress", t.INTEGER, location="query"),
        Param("user_id", "user_id", t.STRING, location="query"),
        Param("hostname", "hostname", t.STRING, location="query"),
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("host", "host", t.STRING, location="query"),
        Param("node", "node", t.STRING, location="query"),
        Param("deleted", "deleted", t.BOOLEAN, location="query"),
        Param("soft_deleted", "soft_deleted", t.BOOLEAN, location="query"),
        Param("uuid", "uuid", t.STRING, location="query"),
        Param("launch_index", "launch_index", t.INTEGER, location="query"),
        Param("image_ref", "image_ref", t.STRING, location="query"),
        Param("kernel_id", "kernel_id", t.STRING, location="query"),
        Param("ramdisk_id", "ramdisk_id", t.STRING, location="query"),
        Param("display_name", "display_name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("display_description", "display_description", t.STRING, location="query"),
        Param("locked_by", "locked_by", t.STRING, location="query", enum=("admin", "owner")),
        Param("root_device_name", "root_device_name", t.STRING, location="query"),
        Param("access_ip_v4", "access_ip_v4", t.STRING, location="query"),
        Param("access_ip_v6", "access_ip_v6", t.STRING, location="query"),
        Param("auto_disk_config", "auto_disk_config", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None = REQUIRED
    """The display name (at most 255 characters; not unique). A server in a cell Nova cannot
    reach (2.69 and later) comes without one."""

    access_ipv4: str | Unset = UNSET
    """An IPv4 address the user declares for reaching the server (empty when unset)."""

    access_ipv6: str | Unset = UNSET
    """An IPv6 address the user declares for reaching the server (empty when unset)."""

    key_name: str | None | Unset = UNSET
    """The name of the keypair injected into the server (None for none)."""

    metadata: dict[str, str] | Unset = UNSET
    """Free-form key/value strings (keys and values at most 255 characters). Change them
    afterwards through the server metadata API."""

    admin_password: str | Unset = UNSET
    """The administrative password. Create answers with the one it set (its own random one unless
    given, and unless Nova is configured not to), other responses never carry it."""

    security_groups: builtins.list[SecurityGroupRef] | Unset = UNSET
    """The security groups of the server's ports, by name (create: the groups for the ports Nova
    makes; default "default")."""

    description: str | None | Unset = UNSET
    """Free-form text about the server (at most 255 characters; None when unset)."""

    trusted_image_certificates: builtins.list[str] | None | Unset = UNSET
    """IDs of the certificates that validate the image's signature (at most 50; None when there
    are none)."""

    image_ref: str | Unset = UNSET
    """The image to boot from (UUID or image URL); empty or left out for a server booted from a
    volume (block_device_mapping_v2)."""

    flavor_ref: str = REQUIRED
    """The flavor's ID (or URL)."""

    networks: Any | Unset = UNSET
    """The networks to attach: a list of {"uuid": network, "port": port, "fixed_ip": address,
    "tag": tag (2.32, 2.42 and later)} objects; since 2.37 also "auto" (a network Nova finds
    or makes) or "none". Required since 2.37."""

    availability_zone: str | Unset = UNSET
    """The availability zone (optionally "zone:host:node" for admins) to build in."""

    block_device_mapping: builtins.list[dict[str, Any]] | Unset = UNSET
    """Legacy block device mappings (volume_id, snapshot_id, device_name, ...)."""

    block_device_mapping_v2: builtins.list[dict[str, Any]] | Unset = UNSET
    """Block devices: objects with source_type (blank, image, snapshot, volume), uuid,
    destination_type (local, volume), boot_index, volume_size, delete_on_termination,
    device_name, device_type, disk_bus, guest_format, tag (2.32, 2.42 and later), volume_type
    (2.67 and later)."""

    config_drive: bool | Unset = UNSET
    """Give the server a config drive with its metadata."""

    min_count: int | Unset = UNSET
    """Build at least this many servers (default 1)."""

    max_count: int | Unset = UNSET
    """Build at most this many servers (default min_count)."""

    return_reservation_id: bool | Unset = UNSET
    """Answer with the request's reservation ID instead of one server."""

    user_data: str | Unset = UNSET
    """Base64-encoded data for the guest (at most 65535 bytes of base64)."""

    personality: builtins.list[dict[str, Any]] | Unset = UNSET
    """Files to inject, objects with path and base64 contents; removed in 2.57."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags for the new server (at most 50)."""

    host: str | Unset = UNSET
    """Admins only: the compute host to build on (checked by the scheduler)."""

    hypervisor_hostname: str | Unset = UNSET
    """Admins only: the hypervisor node to build on."""

    hostname: str | Unset = UNSET
    """The guest's host name (a FQDN since 2.94)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True, nullable=True),
        Param("access_ipv4", "accessIPv4", t.STRING),
        Param("access_ipv6", "accessIPv6", t.STRING),
        Param("key_name", "key_name", t.STRING, nullable=True),
        Param("metadata", "metadata", t.map_of(t.STRING)),
        Param("admin_password", "adminPass", t.STRING, sensitive=True),
        Param("security_groups", "security_groups", t.list_of(t.model(SecurityGroupRef))),
        Param("description", "description", t.STRING, nullable=True, since="2.19"),
        Param(
            "trusted_image_certificates",
            "trusted_image_certificates",
            t.list_of(t.STRING),
            nullable=True,
            since="2.63",
        ),
        Param("image_ref", "imageRef", t.STRING),
        Param("flavor_ref", "flavorRef", t.STRING, required=True),
        Param("networks", "networks", t.ANY),
        Param("availability_zone", "availability_zone", t.STRING),
        Param("block_device_mapping", "block_device_mapping", t.list_of(t.ANY)),
        Param("block_device_mapping_v2", "block_device_mapping_v2", t.list_of(t.ANY)),
        Param("config_drive", "config_drive", t.BOOLEAN),
        Param("min_count", "min_count", t.INTEGER),
        Param("max_count", "max_count", t.INTEGER),
        Param("return_reservation_id", "return_reservation_id", t.BOOLEAN),
        Param("user_data", "user_data", t.STRING),
        Param("personality", "personality", t.list_of(t.ANY), until="2.56"),
        Param("tags", "tags", t.list_of(t.STRING), since="2.52"),
        Param("host", "host", t.STRING, since="2.74"),
        Param("hypervisor_hostname", "hypervisor_hostname", t.STRING, since="2.74"),
        Param("hostname", "hostname", t.STRING, since="2.90"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The display name (at most 255 characters; not unique). A server in a cell Nova cannot
    reach (2.69 and later) comes without one."""

    access_ipv4: str | Unset = UNSET
    """An IPv4 address the user declares for reaching the server (empty when unset)."""

    access_ipv6: str | Unset = UNSET
    """An IPv6 address the user declares for reaching the server (empty when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text about the server (at most 255 characters; None when unset)."""

    hostname: str | Unset = UNSET
    """The guest's host name (a FQDN since 2.94)."""

    pinned_availability_zone: str | None | Unset = UNSET
    """Pin the server to this availability zone, or None to unpin it (allowed for a shelved
    offloaded server, or on unpinning)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("access_ipv4", "accessIPv4", t.STRING),
        Param("access_ipv6", "accessIPv6", t.STRING),
        Param("description", "description", t.STRING, nullable=True, since="2.19"),
        Param("hostname", "hostname", t.STRING, since="2.90"),
        Param(
            "pinned_availability_zone",
            "pinned_availability_zone",
            t.STRING,
            nullable=True,
            since="2.104",
        ),
    )


class RebootOpts(Opts):
    """Options of reboot."""

    type: Literal["SOFT", "HARD"] = REQUIRED
    """SOFT asks the guest to restart; HARD power-cycles the server."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True, enum=("SOFT", "HARD")),
    )


class RebuildOpts(Opts):
    """Options of rebuild."""

    image_ref: str = REQUIRED
    """The image to rebuild from."""

    name: str | Unset = UNSET
    """A new name."""

    admin_password: str | Unset = UNSET
    """The new admin password."""

    metadata: dict[str, str] | Unset = UNSET
    """Replace the server's metadata."""

    preserve_ephemeral: bool | Unset = UNSET
    """Keep the ephemeral disk (bare metal)."""

    disk_config: Literal["AUTO", "MANUAL"] | Unset = UNSET
    """How the root disk is partitioned (see diskconfig)."""

    access_ipv4: str | Unset = UNSET
    """A new accessIPv4."""

    access_ipv6: str | Unset = UNSET
    """A new accessIPv6."""

    personality: builtins.list[dict[str, Any]] | Unset = UNSET
    """Files to inject; removed in 2.57."""

    description: str | None | Unset = UNSET
    """A new description."""

    key_name: str | None | Unset = UNSET
    """A new keypair (None removes it)."""

    user_data: str | None | Unset = UNSET
    """New base64 user data (None removes it)."""

    trusted_image_certificates: builtins.list[str] | None | Unset = UNSET
    """Certificate IDs that validate the image (None clears them)."""

    hostname: str | Unset = UNSET
    """A new guest host name."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("image_ref", "imageRef", t.STRING, required=True),
        Param("name", "name", t.STRING),
        Param("admin_password", "adminPass", t.STRING, sensitive=True),
        Param("metadata", "metadata", t.map_of(t.STRING)),
        Param("preserve_ephemeral", "preserve_ephemeral", t.BOOLEAN),
        Param("disk_config", "OS-DCF:diskConfig", t.STRING, enum=("AUTO", "MANUAL")),
        Param("access_ipv4", "accessIPv4", t.STRING),
        Param("access_ipv6", "accessIPv6", t.STRING),
        Param("personality", "personality", t.list_of(t.ANY), until="2.56"),
        Param("description", "description", t.STRING, nullable=True, since="2.19"),
        Param("key_name", "key_name", t.STRING, nullable=True, since="2.54"),
        Param("user_data", "user_data", t.STRING, nullable=True, since="2.57"),
        Param(
            "trusted_image_certificates",
            "trusted_image_certificates",
            t.list_of(t.STRING),
            nullable=True,
            since="2.63",
        ),
        Param("hostname", "hostname", t.STRING, since="2.90"),
    )


class ResizeOpts(Opts):
    """Options of resize."""

    flavor_ref: str = REQUIRED
    """The new flavor's ID."""

    disk_config: Literal["AUTO", "MANUAL"] | Unset = UNSET
    """How the root disk is partitioned after the resize."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("flavor_ref", "flavorRef", t.STRING, required=True),
        Param("disk_config", "OS-DCF:diskConfig", t.STRING, enum=("AUTO", "MANUAL")),
    )


class LockOpts(Opts):
    """Options of lock."""

    locked_reason: str | Unset = UNSET
    """Why it is locked (1 to 255 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("locked_reason", "locked_reason", t.STRING, since="2.73"),
    )


class UnshelveToOpts(Opts):
    """Options of unshelve_to."""

    availability_zone: str | None | Unset = UNSET
    """The zone to unshelve into; None (2.91 and later) unpins the server."""

    host: str | Unset = UNSET
    """Admins only: the compute host to unshelve onto (SHELVED_OFFLOADED only)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("host", "host", t.STRING, since="2.91"),
    )


class RescueOpts(Opts):
    """Options of rescue."""

    admin_password: str | Unset = UNSET
    """The rescue password (generated when not given)."""

    rescue_image_ref: str | Unset = UNSET
    """The image to boot the rescue from."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_password", "adminPass", t.STRING, sensitive=True),
        Param("rescue_image_ref", "rescue_image_ref", t.STRING),
    )


class CreateImageOpts(Opts):
    """Options of create_image."""

    name: str = REQUIRED
    """The image's name."""

    metadata: dict[str, str] | Unset = UNSET
    """Properties for the image."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("metadata", "metadata", t.map_of(t.STRING)),
    )


class CreateBackupOpts(Opts):
    """Options of create_backup."""

    name: str = REQUIRED
    """The backup image's name."""

    backup_type: str = REQUIRED
    """A label, e.g. "daily" or "weekly"."""

    rotation: int = REQUIRED
    """How many backups of this type to keep."""

    metadata: dict[str, str] | Unset = UNSET
    """Properties for the image."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("backup_type", "backup_type", t.STRING, required=True),
        Param("rotation", "rotation", t.INTEGER, required=True),
        Param("metadata", "metadata", t.map_of(t.STRING)),
    )


class ChangePasswordOpts(Opts):
    """Options of change_password."""

    admin_password: str = REQUIRED
    """The new password."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_password", "adminPass", t.STRING, required=True, sensitive=True),
    )


class MigrateOpts(Opts):
    """Options of migrate."""

    host: str | None | Unset = UNSET
    """The target host (the scheduler checks it); None lets it choose."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, nullable=True, since="2.56"),
    )


class LiveMigrateOpts(Opts):
    """Options of live_migrate."""

    host: str | None = REQUIRED
    """The target host, or None to let the scheduler choose."""

    block_migration: Any = REQUIRED
    """true, false, or since 2.25 "auto" (block migration unless the storage is shared)."""

    disk_over_commit: bool | Unset = UNSET
    """Allow disk over-commit on the target (removed in 2.25; required before)."""

    force: bool | Unset = UNSET
    """Skip the scheduler's checks of the given host (2.30 to 2.67)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True, nullable=True),
        Param("block_migration", "block_migration", t.ANY, required=True),
        Param("disk_over_commit", "disk_over_commit", t.BOOLEAN, until="2.24"),
        Param("force", "force", t.BOOLEAN, since="2.30", until="2.67"),
    )


class EvacuateOpts(Opts):
    """Options of evacuate."""

    host: str | Unset = UNSET
    """The target host (the scheduler chooses when not given)."""

    admin_password: str | Unset = UNSET
    """The new admin password."""

    on_shared_storage: bool | Unset = UNSET
    """Whether the server's disks are on shared storage (required before 2.14)."""

    force: bool | Unset = UNSET
    """Skip the scheduler's checks of the given host (2.29 to 2.67)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING),
        Param("admin_password", "adminPass", t.STRING, sensitive=True),
        Param("on_shared_storage", "onSharedStorage", t.BOOLEAN, until="2.13"),
        Param("force", "force", t.BOOLEAN, since="2.29", until="2.67"),
    )


class ResetStateOpts(Opts):
    """Options of reset_state."""

    state: Literal["active", "error"] = REQUIRED
    """The VM state to set (the task state is cleared)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("state", "state", t.STRING, required=True, enum=("active", "error")),
    )


class AddSecurityGroupOpts(Opts):
    """Options of add_security_group. Also the options of remove_security_group."""

    name: str = REQUIRED
    """The security group's name or ID."""

    _params: ClassVar[tuple[Param, ...]] = (Param("name", "name", t.STRING, required=True),)


class GetConsoleOutputOpts(Opts):
    """Options of get_console_output."""

    length: int | None | Unset = UNSET
    """The number of lines from the end (-1 or None for everything)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("length", "length", t.INTEGER, nullable=True),)


class AddFloatingIpOpts(Opts):
    """Options of add_floating_ip."""

    address: str = REQUIRED
    """The floating IP address."""

    fixed_address: str | Unset = UNSET
    """The fixed IP of the server to map it to."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("address", "address", t.STRING, required=True),
        Param("fixed_address", "fixed_address", t.STRING),
    )


class RemoveFloatingIpOpts(Opts):
    """Options of remove_floating_ip."""

    address: str = REQUIRED
    """The floating IP address."""

    _params: ClassVar[tuple[Param, ...]] = (Param("address", "address", t.STRING, required=True),)


ListDetailOpts = ListOpts
RemoveSecurityGroupOpts = AddSecurityGroupOpts

_LIST = Operation(
    "servers.list",
    "GET",
    "/servers",
    ok=(200, 203),
    response_key="servers",
    paging=Paging("marker", next="servers_links[rel=next].href"),
)
_GET = Operation(
    "servers.get",
    "GET",
    "/servers/{server_id}",
    ok=(200, 203),
    response_key="server",
)
_CREATE = Operation(
    "servers.create",
    "POST",
    "/servers",
    ok=(202,),
    request_kind="json",
    request_key="server",
    response_key="server",
)
_UPDATE = Operation(
    "servers.update",
    "PUT",
    "/servers/{server_id}",
    ok=(200,),
    request_kind="json",
    request_key="server",
    response_key="server",
)
_DELETE = Operation(
    "servers.delete",
    "DELETE",
    "/servers/{server_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "servers.list_detail",
    "GET",
    "/servers/detail",
    ok=(200, 203),
    response_key="servers",
    paging=Paging("marker", next="servers_links[rel=next].href"),
)
_REBOOT = Operation(
    "servers.reboot",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reboot",
    response_kind="empty",
)
_REBUILD = Operation(
    "servers.rebuild",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="rebuild",
    response_key="server",
)
_RESIZE = Operation(
    "servers.resize",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="resize",
    response_kind="empty",
)
_CONFIRM_RESIZE = Operation(
    "servers.confirm_resize",
    "POST",
    "/servers/{server_id}/action",
    ok=(204,),
    request_kind="json-null",
    request_key="confirmResize",
    response_kind="empty",
)
_REVERT_RESIZE = Operation(
    "servers.revert_resize",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="revertResize",
    response_kind="empty",
)
_START = Operation(
    "servers.start",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-start",
    response_kind="empty",
)
_STOP = Operation(
    "servers.stop",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="os-stop",
    response_kind="empty",
)
_PAUSE = Operation(
    "servers.pause",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="pause",
    response_kind="empty",
)
_UNPAUSE = Operation(
    "servers.unpause",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="unpause",
    response_kind="empty",
)
_SUSPEND = Operation(
    "servers.suspend",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="suspend",
    response_kind="empty",
)
_RESUME = Operation(
    "servers.resume",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="resume",
    response_kind="empty",
)
_LOCK = Operation(
    "servers.lock",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="lock",
    response_kind="empty",
)
_UNLOCK = Operation(
    "servers.unlock",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="unlock",
    response_kind="empty",
)
_SHELVE = Operation(
    "servers.shelve",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="shelve",
    response_kind="empty",
)
_SHELVE_OFFLOAD = Operation(
    "servers.shelve_offload",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="shelveOffload",
    response_kind="empty",
)
_UNSHELVE = Operation(
    "servers.unshelve",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="unshelve",
    response_kind="empty",
)
_UNSHELVE_TO = Operation(
    "servers.unshelve_to",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="unshelve",
    response_kind="empty",
    since="2.77",
)
_RESCUE = Operation(
    "servers.rescue",
    "POST",
    "/servers/{server_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="rescue",
)
_UNRESCUE = Operation(
    "servers.unrescue",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="unrescue",
    response_kind="empty",
)
_CREATE_IMAGE = Operation(
    "servers.create_image",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="createImage",
)
_CREATE_BACKUP = Operation(
    "servers.create_backup",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="createBackup",
)
_CHANGE_PASSWORD = Operation(
    "servers.change_password",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="changePassword",
    response_kind="empty",
)
_MIGRATE = Operation(
    "servers.migrate",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="migrate",
    response_kind="empty",
)
_LIVE_MIGRATE = Operation(
    "servers.live_migrate",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-migrateLive",
    response_kind="empty",
)
_EVACUATE = Operation(
    "servers.evacuate",
    "POST",
    "/servers/{server_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="evacuate",
)
_RESET_STATE = Operation(
    "servers.reset_state",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="os-resetState",
    response_kind="empty",
)
_INJECT_NETWORK_INFO = Operation(
    "servers.inject_network_info",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="injectNetworkInfo",
    response_kind="empty",
)
_ADD_SECURITY_GROUP = Operation(
    "servers.add_security_group",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="addSecurityGroup",
    response_kind="empty",
)
_REMOVE_SECURITY_GROUP = Operation(
    "servers.remove_security_group",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="removeSecurityGroup",
    response_kind="empty",
)
_GET_CONSOLE_OUTPUT = Operation(
    "servers.get_console_output",
    "POST",
    "/servers/{server_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-getConsoleOutput",
    idempotent=True,
)
_TRIGGER_CRASH_DUMP = Operation(
    "servers.trigger_crash_dump",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="trigger_crash_dump",
    response_kind="empty",
    since="2.17",
)
_FORCE_DELETE = Operation(
    "servers.force_delete",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="forceDelete",
    response_kind="empty",
)
_RESTORE = Operation(
    "servers.restore",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="restore",
    response_kind="empty",
)
_ADD_FLOATING_IP = Operation(
    "servers.add_floating_ip",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="addFloatingIp",
    response_kind="empty",
    until="2.43",
)
_REMOVE_FLOATING_IP = Operation(
    "servers.remove_floating_ip",
    "POST",
    "/servers/{server_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="removeFloatingIp",
    response_kind="empty",
    until="2.43",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Server]:
    """List servers in brief: id, name and links, newest first by default. Non-admins see their
    project's servers and may filter only by the options marked as open to them; Nova ignores
    (before 2.75) or refuses with 400 (since 2.75) the admin filters for them."""
    return client.pager(
        _LIST, None, model=Server, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Server]:
    """Show a server with every attribute the microversion and policy include."""
    return client.call(
        _GET, {"server_id": server_id}, model=Server, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Server]:
    """Create (boot) a server. The answer holds its id, links, the admin password, the disk
    config and security groups; the build goes on in the background (wait_for_status(client,
    id, "ACTIVE")). With return_reservation_id the body is {"reservation_id": ...} instead
    (read result.body). Scheduler hints: server_scheduler_hints.CreateOpts (these options plus
    os:scheduler_hints, sent beside "server")."""
    return client.call(
        _CREATE, None, model=Server, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    server_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Server]:
    """Change a server's name, access addresses, description and (2.90) hostname."""
    return client.call(
        _UPDATE,
        {"server_id": server_id},
        model=Server,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a server. Deletion goes on in the background: use wait_for_delete. A locked server
    is a 409 for its non-admin owner."""
    return client.call(
        _DELETE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Server]:
    """List servers with every attribute (the same filters, visibility and paging as list)."""
    return client.pager(
        _LIST_DETAIL, None, model=Server, opts=opts, microversion=microversion, timeout=timeout
    )


def reboot(
    client: ServiceClient,
    server_id: str,
    opts: RebootOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reboot a server (ACTIVE, SHUTOFF, PAUSED, SUSPENDED, ... else 409)."""
    return client.call(
        _REBOOT, {"server_id": server_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def rebuild(
    client: ServiceClient,
    server_id: str,
    opts: RebuildOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Server]:
    """Rebuild a server from an image (keeps its ID, flavor, ports and volumes); answers with the
    server, whose status turns REBUILD."""
    return client.call(
        _REBUILD,
        {"server_id": server_id},
        model=Server,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def resize(
    client: ServiceClient,
    server_id: str,
    opts: ResizeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Resize a server to another flavor; it ends in VERIFY_RESIZE, to be confirmed
    (confirm_resize) or reverted (revert_resize)."""
    return client.call(
        _RESIZE, {"server_id": server_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def confirm_resize(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Confirm a resize (VERIFY_RESIZE only, else 409); the old copy is removed."""
    return client.call(
        _CONFIRM_RESIZE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def revert_resize(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revert a resize (VERIFY_RESIZE only, else 409); the server returns to its old flavor."""
    return client.call(
        _REVERT_RESIZE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def start(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Power on a SHUTOFF server (os-start; other states are a 409)."""
    return client.call(_START, {"server_id": server_id}, microversion=microversion, timeout=timeout)


def stop(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Power off an ACTIVE or ERROR server (os-stop); it ends SHUTOFF."""
    return client.call(_STOP, {"server_id": server_id}, microversion=microversion, timeout=timeout)


def pause(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Pause an ACTIVE server (its state stays in memory)."""
    return client.call(_PAUSE, {"server_id": server_id}, microversion=microversion, timeout=timeout)


def unpause(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Unpause a PAUSED server."""
    return client.call(
        _UNPAUSE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def suspend(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Suspend an ACTIVE or SHUTOFF server (its state is saved to disk)."""
    return client.call(
        _SUSPEND, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def resume(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Resume a SUSPENDED server."""
    return client.call(
        _RESUME, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def lock(
    client: ServiceClient,
    server_id: str,
    opts: LockOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Lock a server: non-admin users (other than an admin who locked it) cannot act on it until
    it is unlocked. Any state."""
    return client.call(
        _LOCK, {"server_id": server_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def unlock(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Unlock a server (only an admin may unlock what an admin locked)."""
    return client.call(
        _UNLOCK, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def shelve(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Shelve a server (ACTIVE, SHUTOFF, PAUSED, SUSPENDED): a snapshot is kept and, after a
    while or at once, the server leaves its host."""
    return client.call(
        _SHELVE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def shelve_offload(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Free the host of a SHELVED server at once (shelveOffload)."""
    return client.call(
        _SHELVE_OFFLOAD, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def unshelve(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Unshelve a SHELVED or SHELVED_OFFLOADED server wherever the scheduler chooses."""
    return client.call(
        _UNSHELVE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def unshelve_to(
    client: ServiceClient,
    server_id: str,
    opts: UnshelveToOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Unshelve a server into an availability zone (2.77) and/or onto a host (2.91, admins). From
    2.77 to 2.90 availability_zone is required."""
    return client.call(
        _UNSHELVE_TO,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def rescue(
    client: ServiceClient,
    server_id: str,
    opts: RescueOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AdminPass]:
    """Boot a server from a rescue image (its own image by default) with its disk attached;
    answers with the rescue password. Volume-backed servers since 2.87."""
    return client.call(
        _RESCUE,
        {"server_id": server_id},
        model=AdminPass,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def unrescue(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Return a RESCUE server to normal."""
    return client.call(
        _UNRESCUE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def create_image(
    client: ServiceClient,
    server_id: str,
    opts: CreateImageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Snapshot a server into a new image (createImage). Since 2.45 the answer's body is
    {"image_id": ...}; before, the body is empty and the image's URL is result.location."""
    return client.call(
        _CREATE_IMAGE,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create_backup(
    client: ServiceClient,
    server_id: str,
    opts: CreateBackupOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Snapshot a server as a rotated backup (createBackup): only the newest `rotation` backups
    of this type are kept. Body as create_image."""
    return client.call(
        _CREATE_BACKUP,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def change_password(
    client: ServiceClient,
    server_id: str,
    opts: ChangePasswordOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set the guest's administrative password (ACTIVE only; the driver must support it)."""
    return client.call(
        _CHANGE_PASSWORD,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def migrate(
    client: ServiceClient,
    server_id: str,
    opts: MigrateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Cold-migrate a server to another host (admins; ACTIVE or SHUTOFF)."""
    return client.call(
        _MIGRATE, {"server_id": server_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def live_migrate(
    client: ServiceClient,
    server_id: str,
    opts: LiveMigrateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Live-migrate an ACTIVE or PAUSED server (os-migrateLive; admins)."""
    return client.call(
        _LIVE_MIGRATE,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def evacuate(
    client: ServiceClient,
    server_id: str,
    opts: EvacuateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Rebuild a server of a failed (down) compute host on another host (admins). Before 2.14 the
    answer is {"adminPass": ...}; since, it is empty."""
    return client.call(
        _EVACUATE, {"server_id": server_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def reset_state(
    client: ServiceClient,
    server_id: str,
    opts: ResetStateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Force a server's state to active or error (os-resetState; admins). Any state."""
    return client.call(
        _RESET_STATE,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def inject_network_info(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Inject the network configuration into the guest again (injectNetworkInfo; admins)."""
    return client.call(
        _INJECT_NETWORK_INFO, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def add_security_group(
    client: ServiceClient,
    server_id: str,
    opts: AddSecurityGroupOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add a security group to every port of a server (addSecurityGroup)."""
    return client.call(
        _ADD_SECURITY_GROUP,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_security_group(
    client: ServiceClient,
    server_id: str,
    opts: RemoveSecurityGroupOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a security group from every port of a server (removeSecurityGroup)."""
    return client.call(
        _REMOVE_SECURITY_GROUP,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_console_output(
    client: ServiceClient,
    server_id: str,
    opts: GetConsoleOutputOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConsoleOutput]:
    """Read the tail of a server's console log (os-getConsoleOutput; 409 while it is not
    running)."""
    return client.call(
        _GET_CONSOLE_OUTPUT,
        {"server_id": server_id},
        model=ConsoleOutput,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def trigger_crash_dump(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Make the guest dump its kernel (an NMI) and usually restart (2.17; ACTIVE only)."""
    return client.call(
        _TRIGGER_CRASH_DUMP, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def force_delete(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a SOFT_DELETED server at once (forceDelete; deferred delete must be enabled)."""
    return client.call(
        _FORCE_DELETE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def restore(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Restore a SOFT_DELETED server (deferred delete must be enabled)."""
    return client.call(
        _RESTORE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def add_floating_ip(
    client: ServiceClient,
    server_id: str,
    opts: AddFloatingIpOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Associate a floating IP with a server (addFloatingIp; removed in 2.44: use the Networking
    API's floating IPs)."""
    return client.call(
        _ADD_FLOATING_IP,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_floating_ip(
    client: ServiceClient,
    server_id: str,
    opts: RemoveFloatingIpOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Disassociate a floating IP from a server (removeFloatingIp; removed in 2.44)."""
    return client.call(
        _REMOVE_FLOATING_IP,
        {"server_id": server_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Server:
    """The one Server whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Server,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="regex",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    server_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Server], None] | None = None,
) -> Server:
    """Poll get until the Server's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"server_id": server_id},
        model=Server,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    server_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Server], None] | None = None,
) -> None:
    """Poll get until the Server is gone (404, or status DELETED). Raises errors.WaitTimeout
    after ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"server_id": server_id},
        model=Server,
        field="status",
        deleted=("DELETED",),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_servers(page: Page[Any]) -> builtins.list[Server]:
    """The Server items of a page (or of ``all_pages()``)."""
    return page.extract_as(Server)
