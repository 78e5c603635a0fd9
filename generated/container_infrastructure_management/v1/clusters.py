# Generated from container-infrastructure-management/v1/clusters.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A container orchestration cluster (Kubernetes) that Magnum builds from a cluster template:
master and worker nodes on Nova servers. Creating, updating, resizing, upgrading and deleting
are asynchronous: the request answers 202 with only the cluster's uuid, and status tells the
progress (CREATE_IN_PROGRESS, CREATE_COMPLETE, UPDATE_FAILED, ...). Clusters are addressed by
uuid or by name."""

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


class Cluster(Model):
    """A container orchestration cluster (Kubernetes) that Magnum builds from a cluster template:
    master and worker nodes on Nova servers. Creating, updating, resizing, upgrading and
    deleting are asynchronous: the request answers 202 with only the cluster's uuid, and
    status tells the progress (CREATE_IN_PROGRESS, CREATE_COMPLETE, UPDATE_FAILED, ...).
    Clusters are addressed by uuid or by name."""

    uuid: str
    """The cluster's UUID (the only member of create, update and action answers)."""

    name: str | None | Unset = UNSET
    """The cluster's name (1-242 characters, starting with a letter); Magnum makes one up when
    none is given."""

    cluster_template_id: str | Unset = UNSET
    """The cluster template (uuid or name on create; the uuid in answers)."""

    keypair: str | None | Unset = UNSET
    """The Nova keypair for the nodes; by default the template's."""

    node_count: int | Unset = UNSET
    """The number of worker nodes (the whole cluster's in answers). 0 is allowed only since 1.10.
    The one field besides the health status an update may change."""

    master_count: int | Unset = UNSET
    """The number of master nodes."""

    docker_volume_size: int | None | Unset = UNSET
    """The size in GB of the Docker volume of each node; by default the template's."""

    labels: dict[str, Any] | Unset = UNSET
    """Key/value settings of the cluster's driver; by default the template's."""

    master_flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the masters; by default the template's."""

    flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the workers; by default the template's."""

    create_timeout: int | Unset = UNSET
    """Minutes the creation may take before it fails (0 means no limit)."""

    discovery_url: str | None | Unset = UNSET
    """The etcd discovery URL; Magnum gets one when none is given."""

    fixed_network: str | None | Unset = UNSET
    """The private network of the nodes; by default the template's."""

    fixed_subnet: str | None | Unset = UNSET
    """The private subnet of the nodes; by default the template's."""

    floating_ip_enabled: bool | None | Unset = UNSET
    """Whether the nodes get floating IPs; by default the template's setting."""

    master_lb_enabled: bool | None | Unset = UNSET
    """Whether a load balancer fronts the masters; by default the template's setting."""

    merge_labels: bool | Unset = UNSET
    """True to merge the given labels into the template's instead of replacing them."""

    status: str | Unset = UNSET
    """The state of the cluster (CREATE_IN_PROGRESS, CREATE_COMPLETE, UPDATE_FAILED, ...)."""

    status_reason: str | None | Unset = UNSET
    """Why the cluster is in its state."""

    health_status: Literal["HEALTHY", "UNHEALTHY", "UNKNOWN"] | None | Unset = UNSET
    """The health Magnum last saw; an update may set it."""

    health_status_reason: dict[str, Any] | None | Unset = UNSET
    """The health of each part (api, each node)."""

    stack_id: str | None | Unset = UNSET
    """The id of the cluster's Heat stack or driver resource (replaced by cluster_id in 1.13)."""

    cluster_id: str | None | Unset = UNSET
    """The id of the cluster in its driver (what stack_id was before 1.13)."""

    api_address: str | None | Unset = UNSET
    """The URL of the orchestration engine's API (Kubernetes API server)."""

    coe_version: str | None | Unset = UNSET
    """The version of the orchestration engine."""

    container_version: str | None | Unset = UNSET
    """The version of the container runtime."""

    project_id: str | Unset = UNSET
    """The owner project."""

    user_id: str | Unset = UNSET
    """The user who created the cluster."""

    node_addresses: builtins.list[str] | None | Unset = UNSET
    """The addresses of the workers."""

    master_addresses: builtins.list[str] | None | Unset = UNSET
    """The addresses of the masters."""

    faults: dict[str, Any] | None | Unset = UNSET
    """For a failed cluster, the failure reason of each failed node group."""

    labels_overridden: dict[str, Any] | Unset = UNSET
    """Labels whose value differs from the template's (get and detail list only)."""

    labels_added: dict[str, Any] | Unset = UNSET
    """Labels the template does not have."""

    labels_skipped: dict[str, Any] | Unset = UNSET
    """Template labels the cluster did not take."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    created_at: datetime.datetime | Unset = UNSET
    """When the cluster was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the cluster last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("cluster_template_id", "cluster_template_id", t.STRING),
        Field("keypair", "keypair", t.STRING),
        Field("node_count", "node_count", t.INTEGER),
        Field("master_count", "master_count", t.INTEGER),
        Field("docker_volume_size", "docker_volume_size", t.INTEGER),
        Field("labels", "labels", t.map_of(t.ANY)),
        Field("master_flavor_id", "master_flavor_id", t.STRING),
        Field("flavor_id", "flavor_id", t.STRING),
        Field("create_timeout", "create_timeout", t.INTEGER),
        Field("discovery_url", "discovery_url", t.STRING),
        Field("fixed_network", "fixed_network", t.STRING),
        Field("fixed_subnet", "fixed_subnet", t.STRING),
        Field("floating_ip_enabled", "floating_ip_enabled", t.BOOLEAN),
        Field("master_lb_enabled", "master_lb_enabled", t.BOOLEAN),
        Field("merge_labels", "merge_labels", t.BOOLEAN),
        Field("status", "status", t.STRING),
        Field("status_reason", "status_reason", t.STRING),
        Field("health_status", "health_status", t.STRING, enum=("HEALTHY", "UNHEALTHY", "UNKNOWN")),
        Field("health_status_reason", "health_status_reason", t.map_of(t.ANY)),
        Field("stack_id", "stack_id", t.STRING, until="1.12"),
        Field("cluster_id", "cluster_id", t.STRING, since="1.13"),
        Field("api_address", "api_address", t.STRING),
        Field("coe_version", "coe_version", t.STRING),
        Field("container_version", "container_version", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("node_addresses", "node_addresses", t.list_of(t.STRING)),
        Field("master_addresses", "master_addresses", t.list_of(t.STRING)),
        Field("faults", "faults", t.map_of(t.ANY)),
        Field("labels_overridden", "labels_overridden", t.map_of(t.ANY)),
        Field("labels_added", "labels_added", t.map_of(t.ANY)),
        Field("labels_skipped", "labels_skipped", t.map_of(t.ANY)),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    limit: int | Unset = UNSET
    """The most clusters per page."""

    marker: str | Unset = UNSET
    """The uuid of the last cluster of the previous page."""

    sort_key: str | Unset = UNSET
    """The field to sort by (default id)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The cluster's name (1-242 characters, starting with a letter); Magnum makes one up when
    none is given."""

    cluster_template_id: str = REQUIRED
    """The cluster template (uuid or name on create; the uuid in answers)."""

    keypair: str | None | Unset = UNSET
    """The Nova keypair for the nodes; by default the template's."""

    node_count: int | Unset = UNSET
    """The number of worker nodes (the whole cluster's in answers). 0 is allowed only since 1.10.
    The one field besides the health status an update may change."""

    master_count: int | Unset = UNSET
    """The number of master nodes."""

    docker_volume_size: int | None | Unset = UNSET
    """The size in GB of the Docker volume of each node; by default the template's."""

    labels: dict[str, Any] | Unset = UNSET
    """Key/value settings of the cluster's driver; by default the template's."""

    master_flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the masters; by default the template's."""

    flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the workers; by default the template's."""

    create_timeout: int | Unset = UNSET
    """Minutes the creation may take before it fails (0 means no limit)."""

    discovery_url: str | None | Unset = UNSET
    """The etcd discovery URL; Magnum gets one when none is given."""

    fixed_network: str | None | Unset = UNSET
    """The private network of the nodes; by default the template's."""

    fixed_subnet: str | None | Unset = UNSET
    """The private subnet of the nodes; by default the template's."""

    floating_ip_enabled: bool | None | Unset = UNSET
    """Whether the nodes get floating IPs; by default the template's setting."""

    master_lb_enabled: bool | None | Unset = UNSET
    """Whether a load balancer fronts the masters; by default the template's setting."""

    merge_labels: bool | Unset = UNSET
    """True to merge the given labels into the template's instead of replacing them."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("cluster_template_id", "cluster_template_id", t.STRING, required=True),
        Param("keypair", "keypair", t.STRING, nullable=True),
        Param("node_count", "node_count", t.INTEGER),
        Param("master_count", "master_count", t.INTEGER),
        Param("docker_volume_size", "docker_volume_size", t.INTEGER, nullable=True),
        Param("labels", "labels", t.map_of(t.ANY)),
        Param("master_flavor_id", "master_flavor_id", t.STRING, nullable=True),
        Param("flavor_id", "flavor_id", t.STRING, nullable=True),
        Param("create_timeout", "create_timeout", t.INTEGER),
        Param("discovery_url", "discovery_url", t.STRING, nullable=True),
        Param("fixed_network", "fixed_network", t.STRING, nullable=True),
        Param("fixed_subnet", "fixed_subnet", t.STRING, nullable=True),
        Param("floating_ip_enabled", "floating_ip_enabled", t.BOOLEAN, nullable=True),
        Param("master_lb_enabled", "master_lb_enabled", t.BOOLEAN, nullable=True),
        Param("merge_labels", "merge_labels", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    node_count: int | Unset = UNSET
    """The number of worker nodes (the whole cluster's in answers). 0 is allowed only since 1.10.
    The one field besides the health status an update may change."""

    health_status: Literal["HEALTHY", "UNHEALTHY", "UNKNOWN"] | None | Unset = UNSET
    """The health Magnum last saw; an update may set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("node_count", "node_count", t.INTEGER),
        Param(
            "health_status",
            "health_status",
            t.STRING,
            nullable=True,
            enum=("HEALTHY", "UNHEALTHY", "UNKNOWN"),
        ),
    )


class ResizeOpts(Opts):
    """Options of resize."""

    node_count: int = REQUIRED
    """The node count wanted (0 only since 1.10)."""

    nodes_to_remove: builtins.list[str] | Unset = UNSET
    """Servers (Nova ids) to remove first when shrinking."""

    nodegroup: str | Unset = UNSET
    """The node group to resize (default the default worker group)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("node_count", "node_count", t.INTEGER, required=True),
        Param("nodes_to_remove", "nodes_to_remove", t.list_of(t.STRING)),
        Param("nodegroup", "nodegroup", t.STRING),
    )


class UpgradeOpts(Opts):
    """Options of upgrade."""

    cluster_template: str = REQUIRED
    """The template (uuid or name) to upgrade to."""

    max_batch_size: int | Unset = UNSET
    """How many nodes to upgrade at a time (default 1)."""

    nodegroup: str | Unset = UNSET
    """The node group to upgrade (default the default worker group)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("cluster_template", "cluster_template", t.STRING, required=True),
        Param("max_batch_size", "max_batch_size", t.INTEGER),
        Param("nodegroup", "nodegroup", t.STRING),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "clusters.list",
    "GET",
    "/clusters",
    ok=(200, 203),
    response_key="clusters",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "clusters.get",
    "GET",
    "/clusters/{cluster_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "clusters.create",
    "POST",
    "/clusters",
    ok=(202,),
    request_kind="json",
)
_UPDATE = Operation(
    "clusters.update",
    "PATCH",
    "/clusters/{cluster_id}",
    ok=(202,),
    request_kind="json-patch",
)
_DELETE = Operation(
    "clusters.delete",
    "DELETE",
    "/clusters/{cluster_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "clusters.list_detail",
    "GET",
    "/clusters/detail",
    ok=(200, 203),
    response_key="clusters",
    paging=Paging("linked", next="next"),
)
_RESIZE = Operation(
    "clusters.resize",
    "POST",
    "/clusters/{cluster_id}/actions/resize",
    ok=(202,),
    request_kind="json",
    since="1.7",
)
_UPGRADE = Operation(
    "clusters.upgrade",
    "POST",
    "/clusters/{cluster_id}/actions/upgrade",
    ok=(202,),
    request_kind="json",
    since="1.8",
)
_ROTATE_CREDENTIALS = Operation(
    "clusters.rotate_credentials",
    "PATCH",
    "/credentials/{cluster_id}",
    ok=(202,),
    since="1.12",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Cluster]:
    """The clusters of the project (of every project for an admin), with a short set of fields
    each."""
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
    """One cluster, by uuid or name, with every field."""
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
    """Starts building a cluster; the answer holds only its uuid (wait for CREATE_COMPLETE with
    wait_for_status)."""
    return client.call(
        _CREATE, None, model=Cluster, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    cluster_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Changes node_count or health_status (a JSON Patch of replace operations); the answer holds
    only the uuid. Magnum's rollback query option (since 1.3) is not offered: the runtime
    would also write it into the patch."""
    return client.call(
        _UPDATE,
        {"cluster_id": cluster_id},
        model=Cluster,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    cluster_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Starts deleting the cluster (it goes DELETE_IN_PROGRESS, then disappears)."""
    return client.call(
        _DELETE, {"cluster_id": cluster_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Cluster]:
    """The clusters with every field."""
    return client.pager(
        _LIST_DETAIL, None, model=Cluster, opts=opts, microversion=microversion, timeout=timeout
    )


def resize(
    client: ServiceClient,
    cluster_id: str,
    opts: ResizeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Starts resizing a node group; the answer holds only the cluster's uuid."""
    return client.call(
        _RESIZE,
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
    """Starts upgrading the cluster to another template's versions; the answer holds only its
    uuid."""
    return client.call(
        _UPGRADE,
        {"cluster_id": cluster_id},
        model=Cluster,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def rotate_credentials(
    client: ServiceClient,
    cluster_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Renews the cluster's OpenStack credentials (its trust); the answer holds only the
    cluster's uuid."""
    return client.call(
        _ROTATE_CREDENTIALS,
        {"cluster_id": cluster_id},
        model=Cluster,
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
        id_field="uuid",
    )


def wait_for_status(
    client: ServiceClient,
    cluster_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Cluster], None] | None = None,
) -> Cluster:
    """Poll get until the Cluster's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes CREATE_FAILED or UPDATE_FAILED or DELETE_FAILED or
    RESUME_FAILED or ROLLBACK_FAILED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"cluster_id": cluster_id},
        model=Cluster,
        field="status",
        wanted=status,
        failures=(
            "CREATE_FAILED",
            "UPDATE_FAILED",
            "DELETE_FAILED",
            "RESUME_FAILED",
            "ROLLBACK_FAILED",
        ),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    cluster_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Cluster], None] | None = None,
) -> None:
    """Poll get until the Cluster is gone (404, or status DELETE_COMPLETE). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes
    DELETE_FAILED."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"cluster_id": cluster_id},
        model=Cluster,
        field="status",
        deleted=("DELETE_COMPLETE",),
        failures=("DELETE_FAILED",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_clusters(page: Page[Any]) -> builtins.list[Cluster]:
    """The Cluster items of a page (or of ``all_pages()``)."""
    return page.extract_as(Cluster)
