# Generated from container-infrastructure-management/v1/nodegroups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A group of a cluster's nodes that share a flavor, image and role (since 1.9). Every cluster
has a default master and a default worker group; more worker groups can be added and removed.
Changes are asynchronous and the group's status tells their progress."""

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


class NodeTaint(Model):
    """A Kubernetes taint."""

    key: str | Unset = UNSET
    """The taint's key."""

    value: str | Unset = UNSET
    """The taint's value (optional)."""

    effect: Literal["NoSchedule", "PreferNoSchedule", "NoExecute"] | Unset = UNSET
    """What the taint does."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key", "key", t.STRING),
        Field("value", "value", t.STRING),
        Field("effect", "effect", t.STRING, enum=("NoSchedule", "PreferNoSchedule", "NoExecute")),
    )


class NodeGroup(Model):
    """A group of a cluster's nodes that share a flavor, image and role (since 1.9). Every
    cluster has a default master and a default worker group; more worker groups can be added
    and removed. Changes are asynchronous and the group's status tells their progress."""

    id: int | Unset = UNSET
    """The group's database id."""

    uuid: str
    """The group's UUID."""

    name: str | Unset = UNSET
    """The group's name, unique in the cluster."""

    cluster_id: str | Unset = UNSET
    """The cluster's UUID."""

    project_id: str | Unset = UNSET
    """The owner project."""

    docker_volume_size: int | None | Unset = UNSET
    """The size in GB of each node's Docker volume."""

    labels: dict[str, Any] | Unset = UNSET
    """Driver labels; by default the cluster's."""

    merge_labels: bool | Unset = UNSET
    """True to merge the given labels into the cluster's."""

    labels_overridden: dict[str, Any] | Unset = UNSET
    """Labels whose value differs from the cluster's."""

    labels_added: dict[str, Any] | Unset = UNSET
    """Labels the cluster does not have."""

    labels_skipped: dict[str, Any] | Unset = UNSET
    """Cluster labels the group did not take."""

    flavor_id: str | None | Unset = UNSET
    """The nodes' flavor; by default the cluster's."""

    image_id: str | None | Unset = UNSET
    """The nodes' image; by default the template's."""

    node_addresses: builtins.list[str] | Unset = UNSET
    """The addresses of the nodes."""

    node_count: int | Unset = UNSET
    """The number of nodes (change it with the cluster's resize action)."""

    role: str | Unset = UNSET
    """The nodes' role (worker; master only for the default master group)."""

    min_node_count: int | Unset = UNSET
    """The least nodes a resize may leave."""

    max_node_count: int | None | Unset = UNSET
    """The most nodes a resize may make (null for no limit)."""

    is_default: bool | Unset = UNSET
    """Whether this is one of the cluster's default groups."""

    stack_id: str | None | Unset = UNSET
    """The group's Heat stack or driver resource."""

    status: str | Unset = UNSET
    """The state of the group (CREATE_IN_PROGRESS, CREATE_COMPLETE, ...)."""

    status_reason: str | None | Unset = UNSET
    """Why the group is in its state."""

    version: str | None | Unset = UNSET
    """The version of the group's software."""

    node_labels: dict[str, str] | None | Unset = UNSET
    """Kubernetes labels put on every node of the group."""

    node_taints: builtins.list[NodeTaint] | None | Unset = UNSET
    """Kubernetes taints put on every node of the group."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("cluster_id", "cluster_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("docker_volume_size", "docker_volume_size", t.INTEGER),
        Field("labels", "labels", t.map_of(t.ANY)),
        Field("merge_labels", "merge_labels", t.BOOLEAN),
        Field("labels_overridden", "labels_overridden", t.map_of(t.ANY)),
        Field("labels_added", "labels_added", t.map_of(t.ANY)),
        Field("labels_skipped", "labels_skipped", t.map_of(t.ANY)),
        Field("flavor_id", "flavor_id", t.STRING),
        Field("image_id", "image_id", t.STRING),
        Field("node_addresses", "node_addresses", t.list_of(t.STRING)),
        Field("node_count", "node_count", t.INTEGER),
        Field("role", "role", t.STRING),
        Field("min_node_count", "min_node_count", t.INTEGER),
        Field("max_node_count", "max_node_count", t.INTEGER),
        Field("is_default", "is_default", t.BOOLEAN),
        Field("stack_id", "stack_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("status_reason", "status_reason", t.STRING),
        Field("version", "version", t.STRING),
        Field("node_labels", "node_labels", t.map_of(t.STRING), since="1.14"),
        Field("node_taints", "node_taints", t.list_of(t.model(NodeTaint)), since="1.14"),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The most groups per page."""

    marker: str | Unset = UNSET
    """The uuid of the last group of the previous page."""

    sort_key: str | Unset = UNSET
    """The field to sort by (default id)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    role: str | Unset = UNSET
    """Only the groups of this role."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("role", "role", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The group's name, unique in the cluster."""

    docker_volume_size: int | None | Unset = UNSET
    """The size in GB of each node's Docker volume."""

    labels: dict[str, Any] | Unset = UNSET
    """Driver labels; by default the cluster's."""

    merge_labels: bool | Unset = UNSET
    """True to merge the given labels into the cluster's."""

    flavor_id: str | None | Unset = UNSET
    """The nodes' flavor; by default the cluster's."""

    image_id: str | None | Unset = UNSET
    """The nodes' image; by default the template's."""

    node_count: int | Unset = UNSET
    """The number of nodes (change it with the cluster's resize action)."""

    role: str | Unset = UNSET
    """The nodes' role (worker; master only for the default master group)."""

    min_node_count: int | Unset = UNSET
    """The least nodes a resize may leave."""

    max_node_count: int | None | Unset = UNSET
    """The most nodes a resize may make (null for no limit)."""

    node_labels: dict[str, str] | None | Unset = UNSET
    """Kubernetes labels put on every node of the group."""

    node_taints: builtins.list[NodeTaint] | None | Unset = UNSET
    """Kubernetes taints put on every node of the group."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("docker_volume_size", "docker_volume_size", t.INTEGER, nullable=True),
        Param("labels", "labels", t.map_of(t.ANY)),
        Param("merge_labels", "merge_labels", t.BOOLEAN),
        Param("flavor_id", "flavor_id", t.STRING, nullable=True),
        Param("image_id", "image_id", t.STRING, nullable=True),
        Param("node_count", "node_count", t.INTEGER),
        Param("role", "role", t.STRING),
        Param("min_node_count", "min_node_count", t.INTEGER),
        Param("max_node_count", "max_node_count", t.INTEGER, nullable=True),
        Param("node_labels", "node_labels", t.map_of(t.STRING), nullable=True, since="1.14"),
        Param(
            "node_taints", "node_taints", t.list_of(t.model(NodeTaint)), nullable=True, since="1.14"
        ),
    )


class UpdateOpts(Opts):
    """Options of update."""

    min_node_count: int | Unset = UNSET
    """The least nodes a resize may leave."""

    max_node_count: int | None | Unset = UNSET
    """The most nodes a resize may make (null for no limit)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("min_node_count", "min_node_count", t.INTEGER),
        Param("max_node_count", "max_node_count", t.INTEGER, nullable=True),
    )


_LIST = Operation(
    "nodegroups.list",
    "GET",
    "/clusters/{cluster_id}/nodegroups",
    ok=(200, 203),
    response_key="nodegroups",
    paging=Paging("linked", next="next"),
    since="1.9",
)
_GET = Operation(
    "nodegroups.get",
    "GET",
    "/clusters/{cluster_id}/nodegroups/{nodegroup_id}",
    ok=(200, 203),
    since="1.9",
)
_CREATE = Operation(
    "nodegroups.create",
    "POST",
    "/clusters/{cluster_id}/nodegroups",
    ok=(202,),
    request_kind="json",
    since="1.9",
)
_UPDATE = Operation(
    "nodegroups.update",
    "PATCH",
    "/clusters/{cluster_id}/nodegroups/{nodegroup_id}",
    ok=(202,),
    request_kind="json-patch",
    since="1.9",
)
_DELETE = Operation(
    "nodegroups.delete",
    "DELETE",
    "/clusters/{cluster_id}/nodegroups/{nodegroup_id}",
    ok=(204,),
    response_kind="empty",
    since="1.9",
)


def list(
    client: ServiceClient,
    cluster_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[NodeGroup]:
    """The cluster's node groups (a short set of fields each)."""
    return client.pager(
        _LIST,
        {"cluster_id": cluster_id},
        model=NodeGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    cluster_id: str,
    nodegroup_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NodeGroup]:
    """One node group, by uuid or name."""
    return client.call(
        _GET,
        {"cluster_id": cluster_id, "nodegroup_id": nodegroup_id},
        model=NodeGroup,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    cluster_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NodeGroup]:
    """Starts adding a worker group (the cluster must have an API address); the answer is the new
    group."""
    return client.call(
        _CREATE,
        {"cluster_id": cluster_id},
        model=NodeGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    cluster_id: str,
    nodegroup_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NodeGroup]:
    """Changes the group's min_node_count and max_node_count (a JSON Patch)."""
    return client.call(
        _UPDATE,
        {"cluster_id": cluster_id, "nodegroup_id": nodegroup_id},
        model=NodeGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    cluster_id: str,
    nodegroup_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Starts removing a group other than the defaults."""
    return client.call(
        _DELETE,
        {"cluster_id": cluster_id, "nodegroup_id": nodegroup_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    cluster_id: str,
    name_or_id: str,
) -> NodeGroup:
    """The one NodeGroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=NodeGroup,
        path_params={"cluster_id": cluster_id},
        name_field="name",
        id_field="uuid",
    )


def wait_for_status(
    client: ServiceClient,
    cluster_id: str,
    nodegroup_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[NodeGroup], None] | None = None,
) -> NodeGroup:
    """Poll get until the NodeGroup's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes CREATE_FAILED or UPDATE_FAILED or DELETE_FAILED or
    ROLLBACK_FAILED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"cluster_id": cluster_id, "nodegroup_id": nodegroup_id},
        model=NodeGroup,
        field="status",
        wanted=status,
        failures=("CREATE_FAILED", "UPDATE_FAILED", "DELETE_FAILED", "ROLLBACK_FAILED"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    cluster_id: str,
    nodegroup_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[NodeGroup], None] | None = None,
) -> None:
    """Poll get until the NodeGroup is gone (404, or status DELETE_COMPLETE). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes
    DELETE_FAILED."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"cluster_id": cluster_id, "nodegroup_id": nodegroup_id},
        model=NodeGroup,
        field="status",
        deleted=("DELETE_COMPLETE",),
        failures=("DELETE_FAILED",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_nodegroups(page: Page[Any]) -> builtins.list[NodeGroup]:
    """The NodeGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(NodeGroup)
