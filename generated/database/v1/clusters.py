# Generated from database/v1/clusters.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A cluster of instances of one datastore (MongoDB, Redis, Cassandra, ...), built and grown as a
whole. Its state is its task (NONE when idle, BUILDING, GROWING_CLUSTER, ...), not a status
field."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.database.v1.instances import (
    DatastoreInfo as DatastoreInfo,
    Instance,
    Nic as Nic,
    Ref as Ref,
    Volume as Volume,
)
from stacksdk.shared import IdRef, IdRef as _IdRef, Link as Link

ModuleRef = _IdRef


class Task(Model):
    """A cluster's task."""

    id: int | Unset = UNSET
    """The task's id."""

    name: str | Unset = UNSET
    """Its name (NONE, BUILDING, DELETING, ...)."""

    description: str | Unset = UNSET
    """What it means."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
    )


class ClusterInstance(Model):
    """A member of a cluster (in answers), or one to create."""

    id: str | Unset = UNSET
    """The instance's id."""

    name: str | Unset = UNSET
    """Its name."""

    type: str | Unset = UNSET
    """Its role in the cluster (member, query_router, ...)."""

    shard_id: str | Unset = UNSET
    """Its shard."""

    status: str | Unset = UNSET
    """Its status."""

    ip: builtins.list[str] | Unset = UNSET
    """Its addresses."""

    links: builtins.list[Link] | Unset = UNSET
    """Its links."""

    flavor: Ref | Unset = UNSET
    """Its flavor."""

    flavor_ref: Any | Unset = UNSET
    """The flavor's id, a string or an integer (create)."""

    volume: Volume | Unset = UNSET
    """Its volume."""

    nics: builtins.list[Nic] | Unset = UNSET
    """Its network (create)."""

    availability_zone: str | Unset = UNSET
    """Its availability zone (create)."""

    modules: builtins.list[ModuleRef] | Unset = UNSET
    """Modules to apply (create)."""

    region_name: str | Unset = UNSET
    """Its region (create)."""

    related_to: str | Unset = UNSET
    """Placement hint (create)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("shard_id", "shard_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("ip", "ip", t.list_of(t.STRING)),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("flavor", "flavor", t.model(Ref)),
        Field("flavor_ref", "flavorRef", t.ANY),
        Field("volume", "volume", t.model(Volume)),
        Field("nics", "nics", t.list_of(t.model(Nic))),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("modules", "modules", t.list_of(t.model(ModuleRef))),
        Field("region_name", "region_name", t.STRING),
        Field("related_to", "related_to", t.STRING),
    )


class Cluster(Model):
    """A cluster of instances of one datastore (MongoDB, Redis, Cassandra, ...), built and grown
    as a whole. Its state is its task (NONE when idle, BUILDING, GROWING_CLUSTER, ...), not a
    status field."""

    id: str
    """The cluster's id."""

    name: str | Unset = UNSET
    """Its name."""

    task: Task | Unset = UNSET
    """What Trove is doing with the cluster."""

    datastore: DatastoreInfo | Unset = UNSET
    """The datastore and version."""

    instances: builtins.list[ClusterInstance] | Unset = UNSET
    """The members (flavor_ref and volume each on create)."""

    ip: builtins.list[str] | Unset = UNSET
    """The addresses clients connect to."""

    extended_properties: dict[str, Any] | Unset = UNSET
    """Datastore-specific settings (MongoDB's num_configsvr, num_mongos, ...)."""

    locality: Literal["affinity", "anti-affinity"] | Unset = UNSET
    """The server-group policy of the members."""

    configuration: str | Unset = UNSET
    """The configuration group of the members."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    created: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("task", "task", t.model(Task)),
        Field("datastore", "datastore", t.model(DatastoreInfo)),
        Field("instances", "instances", t.list_of(t.model(ClusterInstance))),
        Field("ip", "ip", t.list_of(t.STRING)),
        Field("extended_properties", "extended_properties", t.map_of(t.ANY)),
        Field("locality", "locality", t.STRING, enum=("affinity", "anti-affinity")),
        Field("configuration", "configuration", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The most clusters per page."""

    marker: str | Unset = UNSET
    """The id of the last cluster of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """Its name."""

    datastore: DatastoreInfo = REQUIRED
    """The datastore and version."""

    instances: builtins.list[ClusterInstance] = REQUIRED
    """The members (flavor_ref and volume each on create)."""

    extended_properties: dict[str, Any] | Unset = UNSET
    """Datastore-specific settings (MongoDB's num_configsvr, num_mongos, ...)."""

    locality: Literal["affinity", "anti-affinity"] | Unset = UNSET
    """The server-group policy of the members."""

    configuration: str | Unset = UNSET
    """The configuration group of the members."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("datastore", "datastore", t.model(DatastoreInfo), required=True),
        Param("instances", "instances", t.list_of(t.model(ClusterInstance)), required=True),
        Param("extended_properties", "extended_properties", t.map_of(t.ANY)),
        Param("locality", "locality", t.STRING, enum=("affinity", "anti-affinity")),
        Param("configuration", "configuration", t.STRING),
    )


class GrowOpts(Opts):
    """Options of grow."""

    grow: builtins.list[ClusterInstance] = REQUIRED
    """The instances to add."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("grow", "grow", t.list_of(t.model(ClusterInstance)), required=True),
    )


class ShrinkOpts(Opts):
    """Options of shrink."""

    shrink: builtins.list[IdRef] = REQUIRED
    """The instances to remove."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("shrink", "shrink", t.list_of(t.model(IdRef)), required=True),
    )


class UpgradeOpts(Opts):
    """Options of upgrade."""

    datastore_version: str = REQUIRED
    """The version to upgrade to."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("datastore_version", "datastore_version", t.STRING, required=True),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    force_delete: bool | Unset = UNSET
    """Also force-delete the cluster (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("force_delete", "force_delete", t.BOOLEAN),)


_LIST = Operation(
    "clusters.list",
    "GET",
    "/clusters",
    ok=(200, 203),
    response_key="clusters",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "clusters.get",
    "GET",
    "/clusters/{cluster_id}",
    ok=(200, 203),
    response_key="cluster",
)
_CREATE = Operation(
    "clusters.create",
    "POST",
    "/clusters",
    ok=(200,),
    request_kind="json",
    request_key="cluster",
    response_key="cluster",
)
_DELETE = Operation(
    "clusters.delete",
    "DELETE",
    "/clusters/{cluster_id}",
    ok=(202,),
    response_kind="empty",
)
_GROW = Operation(
    "clusters.grow",
    "POST",
    "/clusters/{cluster_id}",
    ok=(202,),
    request_kind="json",
    response_key="cluster",
)
_SHRINK = Operation(
    "clusters.shrink",
    "POST",
    "/clusters/{cluster_id}",
    ok=(202,),
    request_kind="json",
    response_key="cluster",
)
_UPGRADE = Operation(
    "clusters.upgrade",
    "POST",
    "/clusters/{cluster_id}",
    ok=(202,),
    request_kind="json",
    request_key="upgrade",
    response_key="cluster",
)
_RESET_STATUS = Operation(
    "clusters.reset_status",
    "POST",
    "/clusters/{cluster_id}",
    ok=(202,),
    request_kind="json",
    request_key="reset-status",
    response_key="cluster",
)
_SHOW_INSTANCE = Operation(
    "clusters.show_instance",
    "GET",
    "/clusters/{cluster_id}/instances/{instance_id}",
    ok=(200, 203),
    response_key="instance",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Cluster]:
    """The project's clusters."""
    return client.pager(
        _LIST, None, model=Cluster, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    cluster_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """One cluster."""
    return client.call(
        _GET, {"cluster_id": cluster_id}, model=Cluster, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Starts building a cluster."""
    return client.call(
        _CREATE, None, model=Cluster, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    cluster_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Starts deleting a cluster and its instances."""
    return client.call(
        _DELETE, {"cluster_id": cluster_id}, microversion=microversion, timeout=timeout
    )


def grow(
    client: ServiceClient,
    cluster_id: str,
    opts: GrowOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Adds instances to the cluster."""
    return client.call(
        _GROW,
        {"cluster_id": cluster_id},
        model=Cluster,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def shrink(
    client: ServiceClient,
    cluster_id: str,
    opts: ShrinkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Removes instances from the cluster."""
    return client.call(
        _SHRINK,
        {"cluster_id": cluster_id},
        model=Cluster,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def upgrade(
    client: ServiceClient,
    cluster_id: str,
    opts: UpgradeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Upgrades the cluster's datastore version."""
    return client.call(
        _UPGRADE,
        {"cluster_id": cluster_id},
        model=Cluster,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def reset_status(
    client: ServiceClient,
    cluster_id: str,
    opts: ResetStatusOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Puts a cluster stuck in a task back to a usable state."""
    return client.call(
        _RESET_STATUS,
        {"cluster_id": cluster_id},
        model=Cluster,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def show_instance(
    client: ServiceClient,
    cluster_id: str,
    instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Instance]:
    """One member instance of the cluster."""
    return client.call(
        _SHOW_INSTANCE,
        {"cluster_id": cluster_id, "instance_id": instance_id},
        model=Instance,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Cluster:
    """The one Cluster whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Cluster,
        name_field="name",
        id_field="id",
    )


def extract_clusters(page: Page[Any]) -> builtins.list[Cluster]:
    """The Cluster items of a page (or of ``all_pages()``)."""
    return page.extract_as(Cluster)
