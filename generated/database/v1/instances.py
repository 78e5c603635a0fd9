# Generated from database/v1/instances.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A database instance: a Nova server running one datastore (MySQL, MariaDB, PostgreSQL, ...)
with a Cinder volume for its data, managed by Trove's guest agent. Creation and every action
are asynchronous; status tells the progress (BUILD, ACTIVE, RESIZE, REBOOT, BACKUP, ERROR,
...) and operating_status the health of the database service itself."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.database.v1.backups import Backup
from stacksdk.database.v1.databases import Database as _Database
from stacksdk.database.v1.users import User as _User
from stacksdk.shared import IdRef as _IdRef, Link as Link


class Ref(Model):
    """A reference to a flavor or an instance, with links."""

    id: str | Unset = UNSET
    """The id."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ConfigurationRef(Model):
    """The configuration group attached to an instance."""

    id: str | Unset = UNSET
    """The group's id."""

    name: str | Unset = UNSET
    """The group's name."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class DatastoreInfo(Model):
    """A datastore and its version."""

    type: str | None | Unset = UNSET
    """The datastore's name (mysql) or id."""

    version: str | None | Unset = UNSET
    """The version's name or id."""

    version_number: str | Unset = UNSET
    """The version's number (5.7.29), which tells apart versions of one name."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("type", "type", t.STRING),
        Field("version", "version", t.STRING),
        Field("version_number", "version_number", t.STRING),
    )


class Volume(Model):
    """An instance's data volume."""

    size: int | Unset = UNSET
    """The size in GB."""

    type: str | None | Unset = UNSET
    """The Cinder volume type (create only)."""

    used: float | Unset = UNSET
    """GB used."""

    used_percent: float | Unset = UNSET
    """The share used in percent."""

    total: float | Unset = UNSET
    """GB the file system holds (mgmt show)."""

    id: str | Unset = UNSET
    """The Cinder volume (mgmt show)."""

    status: str | Unset = UNSET
    """The Cinder volume's status (mgmt show)."""

    availability_zone: str | Unset = UNSET
    """The volume's zone (mgmt show)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the volume was created (mgmt show)."""

    attachments: builtins.list[dict[str, Any]] | Unset = UNSET
    """The volume's attachments as Cinder lists them (mgmt show)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("size", "size", t.INTEGER),
        Field("type", "type", t.STRING),
        Field("used", "used", t.NUMBER),
        Field("used_percent", "used_percent", t.NUMBER),
        Field("total", "total", t.NUMBER),
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("attachments", "attachments", t.list_of(t.map_of(t.ANY))),
    )


class Address(Model):
    """An address of an instance."""

    address: str | Unset = UNSET
    """The IP address."""

    type: str | Unset = UNSET
    """private or public."""

    network: str | Unset = UNSET
    """The network's id."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("address", "address", t.STRING),
        Field("type", "type", t.STRING),
        Field("network", "network", t.STRING),
    )


class Access(Model):
    """How an instance can be reached."""

    is_public: bool | Unset = UNSET
    """Whether it gets a public (floating) address."""

    allowed_cidrs: builtins.list[str] | Unset = UNSET
    """The networks allowed to connect (default any)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("is_public", "is_public", t.BOOLEAN),
        Field("allowed_cidrs", "allowed_cidrs", t.list_of(t.STRING)),
    )


class Fault(Model):
    """The last error of an instance."""

    message: str | Unset = UNSET
    """What went wrong."""

    created: datetime.datetime | Unset = UNSET
    """When."""

    details: str | None | Unset = UNSET
    """The details (admins)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("message", "message", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("details", "details", t.STRING),
    )


class LocalStorage(Model):
    """Disk use of an instance without volume."""

    used: float | Unset = UNSET
    """GB used."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("used", "used", t.NUMBER),)


class Nic(Model):
    """The network to put an instance on (one at most)."""

    net_id: str | Unset = UNSET
    """The Neutron network (older name)."""

    network_id: str | Unset = UNSET
    """The Neutron network."""

    subnet_id: str | Unset = UNSET
    """The subnet."""

    ip_address: str | Unset = UNSET
    """A fixed IPv4 address."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("net_id", "net-id", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("subnet_id", "subnet_id", t.STRING),
        Field("ip_address", "ip_address", t.STRING),
    )


class RestorePoint(Model):
    """The backup to restore a new instance from."""

    backup_ref: str | Unset = UNSET
    """The backup's id."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("backup_ref", "backupRef", t.STRING),)


ModuleRef = _IdRef

NewDatabase = _Database

NewUser = _User


class GuestLog(Model):
    """A log of the datastore that the guest agent can publish to Swift."""

    name: str | Unset = UNSET
    """The log's name (general, slow_query, ...)."""

    type: str | Unset = UNSET
    """SYS or USER (USER logs can be enabled and disabled)."""

    status: str | Unset = UNSET
    """The log's state: Disabled, Enabled, Published, Partial, Ready, Unavailable, ..."""

    published: str | Unset = UNSET
    """Bytes published."""

    pending: str | Unset = UNSET
    """Bytes not published yet."""

    container: str | Unset = UNSET
    """The Swift container (None when not published)."""

    prefix: str | Unset = UNSET
    """The prefix of the log's objects."""

    metafile: str | Unset = UNSET
    """The object holding the log's metadata."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("status", "status", t.STRING),
        Field("published", "published", t.STRING),
        Field("pending", "pending", t.STRING),
        Field("container", "container", t.STRING),
        Field("prefix", "prefix", t.STRING),
        Field("metafile", "metafile", t.STRING),
    )


class SslCertificate(Model):
    """The instance's TLS certificate."""

    cn: str | Unset = UNSET
    """Its common name."""

    expire_at: datetime.datetime | Unset = UNSET
    """When it expires."""

    san: builtins.list[str] | None | Unset = UNSET
    """Its subject alternative names."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("cn", "cn", t.STRING),
        Field("expire_at", "expire_at", t.DATETIME),
        Field("san", "san", t.list_of(t.STRING)),
    )


class SslInfo(Model):
    """The TLS state of an instance's database."""

    status: str | Unset = UNSET
    """on or off."""

    mode: str | Unset = UNSET
    """builtin, basic, enforced or mtls."""

    certificate: SslCertificate | Unset = UNSET
    """The certificate in use (show)."""

    restart_required: bool | Unset = UNSET
    """Whether the database must restart for the change (actions)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", t.STRING),
        Field("mode", "mode", t.STRING),
        Field("certificate", "certificate", t.model(SslCertificate)),
        Field("restart_required", "restart_required", t.BOOLEAN),
    )


class InstanceModule(Model):
    """A module applied to an instance."""

    id: str | Unset = UNSET
    """The module's id."""

    name: str | Unset = UNSET
    """Its name."""

    type: str | Unset = UNSET
    """Its type."""

    datastore: str | Unset = UNSET
    """The datastore it is for."""

    datastore_version: str | Unset = UNSET
    """The datastore version it is for."""

    auto_apply: bool | Unset = UNSET
    """Whether it is applied to new instances."""

    priority_apply: bool | Unset = UNSET
    """Whether it is applied first."""

    apply_order: int | Unset = UNSET
    """The order it is applied in."""

    is_admin: bool | Unset = UNSET
    """Whether only admins may change it."""

    md5: str | Unset = UNSET
    """The MD5 of its contents."""

    visible: bool | Unset = UNSET
    """Whether the project sees it."""

    contents: str | Unset = UNSET
    """Its contents (with include_contents)."""

    status: str | Unset = UNSET
    """The state of the module on the instance."""

    message: str | Unset = UNSET
    """What applying it said."""

    created: datetime.datetime | Unset = UNSET
    """When it was applied."""

    updated: datetime.datetime | Unset = UNSET
    """When it was last applied."""

    removed: datetime.datetime | None | Unset = UNSET
    """When it was removed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("datastore", "datastore", t.STRING),
        Field("datastore_version", "datastore_version", t.STRING),
        Field("auto_apply", "auto_apply", t.BOOLEAN),
        Field("priority_apply", "priority_apply", t.BOOLEAN),
        Field("apply_order", "apply_order", t.INTEGER),
        Field("is_admin", "is_admin", t.BOOLEAN),
        Field("md5", "md5", t.STRING),
        Field("visible", "visible", t.BOOLEAN),
        Field("contents", "contents", t.STRING, sensitive=True),
        Field("status", "status", t.STRING),
        Field("message", "message", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
        Field("removed", "removed", t.DATETIME),
    )


class RootUser(Model):
    """The root user of an instance's database, with the password Trove set."""

    name: str | Unset = UNSET
    """root (or the datastore's own superuser)."""

    password: str | Unset = UNSET
    """Its new password."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("password", "password", t.STRING, sensitive=True),
    )


class RootStatus(Model):
    """Whether the root user was ever enabled on the instance."""

    root_enabled: bool | Unset = UNSET
    """True once root was enabled."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("root_enabled", "rootEnabled", t.BOOLEAN),)


class RootHistory(Model):
    """When root was first enabled on an instance, and by whom (admins)."""

    id: str | Unset = UNSET
    """The instance."""

    enabled: datetime.datetime | Unset = UNSET
    """When root was enabled."""

    user: str | Unset = UNSET
    """The user who enabled it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("enabled", "enabled", t.DATETIME),
        Field("user", "user", t.STRING),
    )


class InstanceConfiguration(Model):
    """The configuration values the instance's datastore runs with."""

    configuration: dict[str, Any] | Unset = UNSET
    """Each setting and its value."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("configuration", "configuration", t.map_of(t.ANY)),
    )


class Instance(Model):
    """A database instance: a Nova server running one datastore (MySQL, MariaDB, PostgreSQL, ...)
    with a Cinder volume for its data, managed by Trove's guest agent. Creation and every
    action are asynchronous; status tells the progress (BUILD, ACTIVE, RESIZE, REBOOT, BACKUP,
    ERROR, ...) and operating_status the health of the database service itself."""

    id: str
    """The instance's UUID."""

    name: str | Unset = UNSET
    """The instance's name."""

    status: str | Unset = UNSET
    """The instance's state (BUILD, ACTIVE, RESIZE, REBOOT, BACKUP, PROMOTE, EJECT, UPGRADE,
    DETACH, SHUTDOWN, ERROR, ...)."""

    operating_status: str | Unset = UNSET
    """The health of the database service (HEALTHY, ...; empty while building)."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    flavor: Ref | Unset = UNSET
    """The instance's flavor (give flavor_ref on create)."""

    datastore: DatastoreInfo | Unset = UNSET
    """The datastore and its version (on create, by default the default datastore's default
    version)."""

    region: str | Unset = UNSET
    """The region the instance is in."""

    access: Access | Unset = UNSET
    """Whether the database is reachable from outside and from which networks."""

    tenant_id: str | Unset = UNSET
    """The owner project (admins only)."""

    volume: Volume | Unset = UNSET
    """The data volume (its size in GB on create; used space in answers)."""

    hostname: str | Unset = UNSET
    """The instance's host name, when Trove is configured with a DNS driver (instead of
    addresses)."""

    ip: builtins.list[str] | Unset = UNSET
    """The visible IP addresses (deprecated; see addresses)."""

    addresses: builtins.list[Address] | Unset = UNSET
    """The visible addresses, each with its type (private, public) and network."""

    replica_of: Ref | Unset = UNSET
    """The primary this instance replicates (replicas only)."""

    replicas: builtins.list[Ref] | Unset = UNSET
    """The replicas of this primary."""

    created: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated: datetime.datetime | Unset = UNSET
    """When it last changed."""

    service_status_updated: datetime.datetime | Unset = UNSET
    """When the guest agent last reported the database's state."""

    fault: Fault | Unset = UNSET
    """The last error, for instances in ERROR."""

    configuration: ConfigurationRef | Unset = UNSET
    """The configuration group attached (attach with update's configuration_id)."""

    locality: str | Unset = UNSET
    """The server-group policy of the replica set (affinity, anti-affinity)."""

    local_storage: LocalStorage | Unset = UNSET
    """Space used on the server's own disk, for instances without volume."""

    password: str | Unset = UNSET
    """The root password, when Trove made one on create (shown once)."""

    cluster_id: str | Unset = UNSET
    """The cluster the instance belongs to."""

    shard_id: str | Unset = UNSET
    """The shard of the cluster."""

    server_id: str | None | Unset = UNSET
    """The Nova server (admins only)."""

    volume_id: str | None | Unset = UNSET
    """The Cinder volume (admins only)."""

    encrypted_rpc_messaging: bool | Unset = UNSET
    """Whether the guest agent's messages are encrypted (admins only)."""

    deleted: bool | Unset = UNSET
    """Whether the instance is deleted (mgmt views)."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """When it was deleted (mgmt views)."""

    server: dict[str, Any] | None | Unset = UNSET
    """The Nova server as Nova describes it (mgmt views)."""

    service_status: str | Unset = UNSET
    """The guest agent's state (mgmt views)."""

    task_description: str | Unset = UNSET
    """What Trove is doing with the instance (mgmt views)."""

    guest_status: dict[str, Any] | Unset = UNSET
    """The guest agent's own status report (mgmt show)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("status", "status", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("flavor", "flavor", t.model(Ref)),
        Field("datastore", "datastore", t.model(DatastoreInfo)),
        Field("region", "region", t.STRING),
        Field("access", "access", t.model(Access)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("volume", "volume", t.model(Volume)),
        Field("hostname", "hostname", t.STRING),
        Field("ip", "ip", t.list_of(t.STRING)),
        Field("addresses", "addresses", t.list_of(t.model(Address))),
        Field("replica_of", "replica_of", t.model(Ref)),
        Field("replicas", "replicas", t.list_of(t.model(Ref))),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
        Field("service_status_updated", "service_status_updated", t.DATETIME),
        Field("fault", "fault", t.model(Fault)),
        Field("configuration", "configuration", t.model(ConfigurationRef)),
        Field("locality", "locality", t.STRING),
        Field("local_storage", "local_storage", t.model(LocalStorage)),
        Field("password", "password", t.STRING, sensitive=True),
        Field("cluster_id", "cluster_id", t.STRING),
        Field("shard_id", "shard_id", t.STRING),
        Field("server_id", "server_id", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("encrypted_rpc_messaging", "encrypted_rpc_messaging", t.BOOLEAN),
        Field("deleted", "deleted", t.BOOLEAN),
        Field("deleted_at", "deleted_at", t.DATETIME),
        Field("server", "server", t.map_of(t.ANY)),
        Field("service_status", "service_status", t.STRING),
        Field("task_description", "task_description", t.STRING),
        Field("guest_status", "guest_status", t.map_of(t.ANY)),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    limit: int | Unset = UNSET
    """The most instances per page."""

    marker: str | Unset = UNSET
    """The id of the last instance of the previous page."""

    include_clustered: bool | Unset = UNSET
    """Also the instances of clusters."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("include_clustered", "include_clustered", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The instance's name."""

    datastore: DatastoreInfo | Unset = UNSET
    """The datastore and its version (on create, by default the default datastore's default
    version)."""

    access: Access | Unset = UNSET
    """Whether the database is reachable from outside and from which networks."""

    volume: Volume | Unset = UNSET
    """The data volume (its size in GB on create; used space in answers)."""

    flavor_ref: Any | Unset = UNSET
    """The flavor's id, a string or an integer (required unless the datastore version says
    otherwise)."""

    nics: builtins.list[Nic] | Unset = UNSET
    """The network to put the instance on."""

    databases: builtins.list[NewDatabase] | Unset = UNSET
    """Databases to create in it."""

    users: builtins.list[NewUser] | Unset = UNSET
    """Users to create in it."""

    restore_point: RestorePoint | Unset = UNSET
    """The backup to restore from."""

    replica_of_id: str | Unset = UNSET
    """The primary to make this instance a replica of."""

    replica_count: int | Unset = UNSET
    """How many replicas to make at once (1-3, with replica_of_id)."""

    availability_zone: str | Unset = UNSET
    """The Nova availability zone."""

    modules: builtins.list[ModuleRef] | Unset = UNSET
    """Modules to apply."""

    region_name: str | Unset = UNSET
    """The region to create in."""

    locality: Literal["affinity", "anti-affinity"] | Unset = UNSET
    """The server-group policy of the replica set."""

    configuration_id: str | Unset = UNSET
    """The configuration group to attach."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("datastore", "datastore", t.model(DatastoreInfo)),
        Param("access", "access", t.model(Access)),
        Param("volume", "volume", t.model(Volume)),
        Param("flavor_ref", "flavorRef", t.ANY),
        Param("nics", "nics", t.list_of(t.model(Nic))),
        Param("databases", "databases", t.list_of(t.model(NewDatabase))),
        Param("users", "users", t.list_of(t.model(NewUser))),
        Param("restore_point", "restorePoint", t.model(RestorePoint)),
        Param("replica_of_id", "replica_of", t.STRING),
        Param("replica_count", "replica_count", t.INTEGER),
        Param("availability_zone", "availability_zone", t.STRING),
        Param("modules", "modules", t.list_of(t.model(ModuleRef))),
        Param("region_name", "region_name", t.STRING),
        Param("locality", "locality", t.STRING, enum=("affinity", "anti-affinity")),
        Param("configuration_id", "configuration", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The instance's name."""

    access: Access | Unset = UNSET
    """Whether the database is reachable from outside and from which networks."""

    configuration_id: str | None | Unset = UNSET
    """A configuration group to attach, or null to detach it (an empty update detaches it too)."""

    datastore_version: str | Unset = UNSET
    """A datastore version to upgrade to."""

    replica_of_id: str | None | Unset = UNSET
    """null to detach the replica from its primary."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("access", "access", t.model(Access)),
        Param("configuration_id", "configuration", t.STRING, nullable=True),
        Param("datastore_version", "datastore_version", t.STRING),
        Param("replica_of_id", "replica_of", t.STRING, nullable=True),
    )


class EditOpts(Opts):
    """Options of edit."""

    name: str | Unset = UNSET
    """A new name."""

    configuration_id: str | None | Unset = UNSET
    """A configuration group to attach (null detaches)."""

    datastore_version: str | Unset = UNSET
    """A datastore version to upgrade to."""

    replica_of_id: str | None | Unset = UNSET
    """null to detach the replica from its primary."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("configuration_id", "configuration", t.STRING, nullable=True),
        Param("datastore_version", "datastore_version", t.STRING),
        Param("replica_of_id", "replica_of", t.STRING, nullable=True),
    )


class ResizeFlavorOpts(Opts):
    """Options of resize_flavor."""

    flavor_ref: Any = REQUIRED
    """The new flavor's id, a string or an integer."""

    _params: ClassVar[tuple[Param, ...]] = (Param("flavor_ref", "flavorRef", t.ANY, required=True),)


class ResizeVolumeOpts(Opts):
    """Options of resize_volume."""

    volume: Volume = REQUIRED
    """The new size in GB (only growing)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume", "volume", t.model(Volume), required=True),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    force_delete: bool | Unset = UNSET
    """Also force-delete the instance (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("force_delete", "force_delete", t.BOOLEAN),)


class ListBackupsOpts(Opts):
    """Options of list_backups."""

    limit: int | Unset = UNSET
    """The most backups per page."""

    marker: str | Unset = UNSET
    """The id of the last backup of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class LogActionOpts(Opts):
    """Options of log_action."""

    name: str = REQUIRED
    """The log's name."""

    enable: int | Unset = UNSET
    """1 to enable a USER log (restarts the database for some datastores)."""

    disable: int | Unset = UNSET
    """1 to disable a USER log."""

    publish: int | Unset = UNSET
    """1 to publish the log to Swift."""

    discard: int | Unset = UNSET
    """1 to delete what was published."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("enable", "enable", t.INTEGER, enum=(0, 1)),
        Param("disable", "disable", t.INTEGER, enum=(0, 1)),
        Param("publish", "publish", t.INTEGER, enum=(0, 1)),
        Param("discard", "discard", t.INTEGER, enum=(0, 1)),
    )


class SslActionOpts(Opts):
    """Options of ssl_action."""

    enable: bool | Unset = UNSET
    """True to turn TLS on."""

    disable: bool | Unset = UNSET
    """True to turn TLS off."""

    rollback: bool | Unset = UNSET
    """True to go back to the previous certificate."""

    mode: Literal["builtin", "basic", "enforced", "mtls"] | Unset = UNSET
    """How strictly clients must use TLS (default basic)."""

    container_ref: str | Unset = UNSET
    """The Barbican certificate container to use."""

    password_ref: str | Unset = UNSET
    """The Barbican secret holding the key's password."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("enable", "enable", t.BOOLEAN),
        Param("disable", "disable", t.BOOLEAN),
        Param("rollback", "rollback", t.BOOLEAN),
        Param("mode", "mode", t.STRING, enum=("builtin", "basic", "enforced", "mtls")),
        Param("container_ref", "container_ref", t.STRING),
        Param("password_ref", "password_ref", t.STRING),
    )


class ListModulesOpts(Opts):
    """Options of list_modules."""

    include_contents: bool | Unset = UNSET
    """Also each module's contents."""

    from_guest: bool | Unset = UNSET
    """Ask the guest agent rather than the database."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("include_contents", "include_contents", t.BOOLEAN, location="query"),
        Param("from_guest", "from_guest", t.BOOLEAN, location="query"),
    )


class ApplyModulesOpts(Opts):
    """Options of apply_modules."""

    modules: builtins.list[ModuleRef] = REQUIRED
    """The modules to apply."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("modules", "modules", t.list_of(t.model(ModuleRef)), required=True),
    )


class EnableRootOpts(Opts):
    """Options of enable_root."""

    password: str | Unset = UNSET
    """The password to set (default a generated one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("password", "password", t.STRING, sensitive=True),
    )


class MgmtListOpts(Opts):
    """Options of mgmt_list."""

    deleted: bool | Unset = UNSET
    """Deleted instances instead."""

    include_clustered: bool | Unset = UNSET
    """Also the instances of clusters."""

    project_id: str | Unset = UNSET
    """Only this project's."""

    limit: int | Unset = UNSET
    """The most instances per page."""

    marker: str | Unset = UNSET
    """The id of the last instance of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("deleted", "deleted", t.BOOLEAN, location="query"),
        Param("include_clustered", "include_clustered", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class MgmtMigrateOpts(Opts):
    """Options of mgmt_migrate."""

    host: str | Unset = UNSET
    """The compute host to move to (default the scheduler's choice)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("host", "host", t.STRING),)


class MgmtRebuildOpts(Opts):
    """Options of mgmt_rebuild."""

    image_id: str = REQUIRED
    """The guest image to rebuild with."""

    _params: ClassVar[tuple[Param, ...]] = (Param("image_id", "image_id", t.STRING, required=True),)


ListDetailOpts = ListOpts

_LIST = Operation(
    "instances.list",
    "GET",
    "/instances",
    ok=(200, 203),
    response_key="instances",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "instances.get",
    "GET",
    "/instances/{instance_id}",
    ok=(200, 203),
    response_key="instance",
)
_CREATE = Operation(
    "instances.create",
    "POST",
    "/instances",
    ok=(200,),
    request_kind="json",
    request_key="instance",
    response_key="instance",
)
_UPDATE = Operation(
    "instances.update",
    "PUT",
    "/instances/{instance_id}",
    ok=(202,),
    request_kind="json",
    request_key="instance",
    response_kind="empty",
)
_DELETE = Operation(
    "instances.delete",
    "DELETE",
    "/instances/{instance_id}",
    ok=(202,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "instances.list_detail",
    "GET",
    "/instances/detail",
    ok=(200, 203),
    response_key="instances",
    paging=Paging("linked", next="links[rel=next].href"),
)
_EDIT = Operation(
    "instances.edit",
    "PATCH",
    "/instances/{instance_id}",
    ok=(202,),
    request_kind="json",
    request_key="instance",
    response_kind="empty",
)
_RESTART = Operation(
    "instances.restart",
    "POST",
    "/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="restart",
    response_kind="empty",
)
_RESIZE_FLAVOR = Operation(
    "instances.resize_flavor",
    "POST",
    "/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="resize",
    response_kind="empty",
)
_RESIZE_VOLUME = Operation(
    "instances.resize_volume",
    "POST",
    "/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="resize",
    response_kind="empty",
)
_PROMOTE_TO_REPLICA_SOURCE = Operation(
    "instances.promote_to_replica_source",
    "POST",
    "/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="promote_to_replica_source",
    response_kind="empty",
)
_EJECT_REPLICA_SOURCE = Operation(
    "instances.eject_replica_source",
    "POST",
    "/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="eject_replica_source",
    response_kind="empty",
)
_RESET_STATUS = Operation(
    "instances.reset_status",
    "POST",
    "/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset_status",
    response_kind="empty",
)
_LIST_BACKUPS = Operation(
    "instances.list_backups",
    "GET",
    "/instances/{instance_id}/backups",
    ok=(200, 203),
    response_key="backups",
    paging=Paging("linked", next="links[rel=next].href"),
)
_SHOW_CONFIGURATION = Operation(
    "instances.show_configuration",
    "GET",
    "/instances/{instance_id}/configuration",
    ok=(200, 203),
    response_key="instance",
)
_LIST_LOGS = Operation(
    "instances.list_logs",
    "GET",
    "/instances/{instance_id}/log",
    ok=(200, 203),
    response_kind="list",
    response_key="logs",
)
_LOG_ACTION = Operation(
    "instances.log_action",
    "POST",
    "/instances/{instance_id}/log",
    ok=(200,),
    request_kind="json",
    response_key="log",
)
_SHOW_SSL = Operation(
    "instances.show_ssl",
    "GET",
    "/instances/{instance_id}/ssl",
    ok=(200, 203),
    response_key="ssl",
)
_SSL_ACTION = Operation(
    "instances.ssl_action",
    "POST",
    "/instances/{instance_id}/ssl",
    ok=(200,),
    request_kind="json",
    request_key="ssl",
    response_key="ssl",
)
_LIST_MODULES = Operation(
    "instances.list_modules",
    "GET",
    "/instances/{instance_id}/modules",
    ok=(200, 203),
    response_kind="list",
    response_key="modules",
)
_APPLY_MODULES = Operation(
    "instances.apply_modules",
    "POST",
    "/instances/{instance_id}/modules",
    ok=(200,),
    request_kind="json",
    response_kind="list",
    response_key="modules",
)
_REMOVE_MODULE = Operation(
    "instances.remove_module",
    "DELETE",
    "/instances/{instance_id}/modules/{module_id}",
    ok=(200, 204),
    response_kind="empty",
)
_ENABLE_ROOT = Operation(
    "instances.enable_root",
    "POST",
    "/instances/{instance_id}/root",
    ok=(200,),
    request_kind="json",
    response_key="user",
)
_SHOW_ROOT = Operation(
    "instances.show_root",
    "GET",
    "/instances/{instance_id}/root",
    ok=(200, 203),
)
_DISABLE_ROOT = Operation(
    "instances.disable_root",
    "DELETE",
    "/instances/{instance_id}/root",
    ok=(200, 204),
    response_kind="empty",
)
_MGMT_LIST = Operation(
    "instances.mgmt_list",
    "GET",
    "/mgmt/instances",
    ok=(200, 203),
    response_key="instances",
    paging=Paging("linked", next="links[rel=next].href"),
)
_MGMT_GET = Operation(
    "instances.mgmt_get",
    "GET",
    "/mgmt/instances/{instance_id}",
    ok=(200, 203),
    response_key="instance",
)
_MGMT_ROOT_HISTORY = Operation(
    "instances.mgmt_root_history",
    "GET",
    "/mgmt/instances/{instance_id}/root",
    ok=(200, 203),
    response_key="root_history",
)
_MGMT_REBOOT = Operation(
    "instances.mgmt_reboot",
    "POST",
    "/mgmt/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reboot",
    response_kind="empty",
)
_MGMT_STOP = Operation(
    "instances.mgmt_stop",
    "POST",
    "/mgmt/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="stop",
    response_kind="empty",
)
_MGMT_RESET_TASK_STATUS = Operation(
    "instances.mgmt_reset_task_status",
    "POST",
    "/mgmt/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset-task-status",
    response_kind="empty",
)
_MGMT_MIGRATE = Operation(
    "instances.mgmt_migrate",
    "POST",
    "/mgmt/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="migrate",
    response_kind="empty",
)
_MGMT_REBUILD = Operation(
    "instances.mgmt_rebuild",
    "POST",
    "/mgmt/instances/{instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="rebuild",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Instance]:
    """The project's instances (a short view each)."""
    return client.pager(
        _LIST, None, model=Instance, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Instance]:
    """One instance, with every detail."""
    return client.call(
        _GET,
        {"instance_id": instance_id},
        model=Instance,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Instance]:
    """Starts building an instance; wait for ACTIVE with wait_for_status."""
    return client.call(
        _CREATE, None, model=Instance, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    instance_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Renames the instance, changes its access, attaches or detaches a configuration group,
    upgrades its datastore version or detaches a replica (one change at a time, besides the
    name)."""
    return client.call(
        _UPDATE, {"instance_id": instance_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Starts deleting the instance."""
    return client.call(
        _DELETE, {"instance_id": instance_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Instance]:
    """The project's instances with every detail."""
    return client.pager(
        _LIST_DETAIL, None, model=Instance, opts=opts, microversion=microversion, timeout=timeout
    )


def edit(
    client: ServiceClient,
    instance_id: str,
    opts: EditOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """The same changes as update, sent as PATCH (one at a time)."""
    return client.call(
        _EDIT, {"instance_id": instance_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def restart(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Restarts the database service (status goes REBOOT, then ACTIVE)."""
    return client.call(
        _RESTART, {"instance_id": instance_id}, microversion=microversion, timeout=timeout
    )


def resize_flavor(
    client: ServiceClient,
    instance_id: str,
    opts: ResizeFlavorOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Moves the instance to another flavor (status RESIZE)."""
    return client.call(
        _RESIZE_FLAVOR,
        {"instance_id": instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def resize_volume(
    client: ServiceClient,
    instance_id: str,
    opts: ResizeVolumeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grows the data volume (status RESIZE)."""
    return client.call(
        _RESIZE_VOLUME,
        {"instance_id": instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def promote_to_replica_source(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Makes this replica the primary of its set (the old primary becomes a replica)."""
    return client.call(
        _PROMOTE_TO_REPLICA_SOURCE,
        {"instance_id": instance_id},
        microversion=microversion,
        timeout=timeout,
    )


def eject_replica_source(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Removes a failed primary from its replica set and promotes a replica."""
    return client.call(
        _EJECT_REPLICA_SOURCE,
        {"instance_id": instance_id},
        microversion=microversion,
        timeout=timeout,
    )


def reset_status(
    client: ServiceClient,
    instance_id: str,
    opts: ResetStatusOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Puts an instance stuck in a task back to a usable state (ERROR) so it can be deleted."""
    return client.call(
        _RESET_STATUS,
        {"instance_id": instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_backups(
    client: ServiceClient,
    instance_id: str,
    opts: ListBackupsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Backup]:
    """The backups of the instance."""
    return client.pager(
        _LIST_BACKUPS,
        {"instance_id": instance_id},
        model=Backup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def show_configuration(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InstanceConfiguration]:
    """The configuration values the datastore runs with."""
    return client.call(
        _SHOW_CONFIGURATION,
        {"instance_id": instance_id},
        model=InstanceConfiguration,
        microversion=microversion,
        timeout=timeout,
    )


def list_logs(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[GuestLog]]:
    """The datastore's logs and their state."""
    return client.call(
        _LIST_LOGS,
        {"instance_id": instance_id},
        model=GuestLog,
        microversion=microversion,
        timeout=timeout,
    )


def log_action(
    client: ServiceClient,
    instance_id: str,
    opts: LogActionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GuestLog]:
    """Shows a log (name only), or enables, disables, publishes or discards it."""
    return client.call(
        _LOG_ACTION,
        {"instance_id": instance_id},
        model=GuestLog,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def show_ssl(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SslInfo]:
    """The TLS state of the database."""
    return client.call(
        _SHOW_SSL,
        {"instance_id": instance_id},
        model=SslInfo,
        microversion=microversion,
        timeout=timeout,
    )


def ssl_action(
    client: ServiceClient,
    instance_id: str,
    opts: SslActionOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SslInfo]:
    """Turns TLS on or off, or rolls back its certificate."""
    return client.call(
        _SSL_ACTION,
        {"instance_id": instance_id},
        model=SslInfo,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_modules(
    client: ServiceClient,
    instance_id: str,
    opts: ListModulesOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[InstanceModule]]:
    """The modules applied to the instance."""
    return client.call(
        _LIST_MODULES,
        {"instance_id": instance_id},
        model=InstanceModule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def apply_modules(
    client: ServiceClient,
    instance_id: str,
    opts: ApplyModulesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[InstanceModule]]:
    """Applies modules to the instance."""
    return client.call(
        _APPLY_MODULES,
        {"instance_id": instance_id},
        model=InstanceModule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_module(
    client: ServiceClient,
    instance_id: str,
    module_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Removes a module from the instance."""
    return client.call(
        _REMOVE_MODULE,
        {"instance_id": instance_id, "module_id": module_id},
        microversion=microversion,
        timeout=timeout,
    )


def enable_root(
    client: ServiceClient,
    instance_id: str,
    opts: EnableRootOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RootUser]:
    """Enables the datastore's root user and sets its password."""
    return client.call(
        _ENABLE_ROOT,
        {"instance_id": instance_id},
        model=RootUser,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def show_root(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RootStatus]:
    """Whether root was ever enabled."""
    return client.call(
        _SHOW_ROOT,
        {"instance_id": instance_id},
        model=RootStatus,
        microversion=microversion,
        timeout=timeout,
    )


def disable_root(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Disables the root user."""
    return client.call(
        _DISABLE_ROOT, {"instance_id": instance_id}, microversion=microversion, timeout=timeout
    )


def mgmt_list(
    client: ServiceClient,
    opts: MgmtListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Instance]:
    """Every project's instances, with server and task details (admins)."""
    return client.pager(
        _MGMT_LIST, None, model=Instance, opts=opts, microversion=microversion, timeout=timeout
    )


def mgmt_get(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Instance]:
    """One instance with its server, volume and guest details (admins)."""
    return client.call(
        _MGMT_GET,
        {"instance_id": instance_id},
        model=Instance,
        microversion=microversion,
        timeout=timeout,
    )


def mgmt_root_history(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RootHistory]:
    """When root was first enabled, and by whom (admins)."""
    return client.call(
        _MGMT_ROOT_HISTORY,
        {"instance_id": instance_id},
        model=RootHistory,
        microversion=microversion,
        timeout=timeout,
    )


def mgmt_reboot(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reboots the instance's server (admins)."""
    return client.call(
        _MGMT_REBOOT, {"instance_id": instance_id}, microversion=microversion, timeout=timeout
    )


def mgmt_stop(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Stops the database service (admins)."""
    return client.call(
        _MGMT_STOP, {"instance_id": instance_id}, microversion=microversion, timeout=timeout
    )


def mgmt_reset_task_status(
    client: ServiceClient,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Clears the instance's task (admins)."""
    return client.call(
        _MGMT_RESET_TASK_STATUS,
        {"instance_id": instance_id},
        microversion=microversion,
        timeout=timeout,
    )


def mgmt_migrate(
    client: ServiceClient,
    instance_id: str,
    opts: MgmtMigrateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Moves the instance's server to another host (admins)."""
    return client.call(
        _MGMT_MIGRATE,
        {"instance_id": instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def mgmt_rebuild(
    client: ServiceClient,
    instance_id: str,
    opts: MgmtRebuildOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Rebuilds the instance's server from a new guest image, keeping its data (admins)."""
    return client.call(
        _MGMT_REBUILD,
        {"instance_id": instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Instance:
    """The one Instance whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Instance,
        name_field="name",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    instance_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Instance], None] | None = None,
) -> Instance:
    """Poll get until the Instance's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR or FAILED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"instance_id": instance_id},
        model=Instance,
        field="status",
        wanted=status,
        failures=("ERROR", "FAILED"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    instance_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Instance], None] | None = None,
) -> None:
    """Poll get until the Instance is gone (404, or status DELETED). Raises errors.WaitTimeout
    after ``timeout`` seconds, errors.WaitFailed when it becomes ERROR."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"instance_id": instance_id},
        model=Instance,
        field="status",
        deleted=("DELETED",),
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_instances(page: Page[Any]) -> builtins.list[Instance]:
    """The Instance items of a page (or of ``all_pages()``)."""
    return page.extract_as(Instance)
