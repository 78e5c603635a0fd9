# Generated from baremetal/v1/volume_connectors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A volume connector (since 1.32): how a node attaches to remote storage (an iSCSI initiator
IQN, a Fibre Channel WWPN/WWNN, an IP or MAC)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class VolumeLinks(Model):
    """The volume resources of the API or of a node, as links."""

    links: builtins.list[Link] | Unset = UNSET

    connectors: builtins.list[Link] | Unset = UNSET

    targets: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("links", "links", t.list_of(t.model(Link))),
        Field("connectors", "connectors", t.list_of(t.model(Link))),
        Field("targets", "targets", t.list_of(t.model(Link))),
    )


class VolumeConnector(Model):
    """A volume connector (since 1.32): how a node attaches to remote storage (an iSCSI initiator
    IQN, a Fibre Channel WWPN/WWNN, an IP or MAC)."""

    uuid: str
    """The connector's UUID; may be chosen on create."""

    node_uuid: str | Unset = UNSET
    """The node the connector belongs to."""

    type: Literal["iqn", "ip", "mac", "wwnn", "wwpn", "port", "portgroup"] | Unset = UNSET
    """The kind of connector_id."""

    connector_id: str | Unset = UNSET
    """The identifier of that kind (unique per type)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("node_uuid", "node_uuid", t.STRING),
        Field(
            "type", "type", t.STRING, enum=("iqn", "ip", "mac", "wwnn", "wwpn", "port", "portgroup")
        ),
        Field("connector_id", "connector_id", t.STRING),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    node: str | Unset = UNSET
    """Only connectors of this node (UUID or name)."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    project: str | Unset = UNSET
    """Only connectors of nodes this project owns or leases."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("node", "node", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("detail", "detail", t.BOOLEAN, location="query"),
        Param("project", "project", t.STRING, location="query", since="1.80"),
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
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The connector's UUID; may be chosen on create."""

    node_uuid: str = REQUIRED
    """The node the connector belongs to."""

    type: Literal["iqn", "ip", "mac", "wwnn", "wwpn", "port", "portgroup"] = REQUIRED
    """The kind of connector_id."""

    connector_id: str = REQUIRED
    """The identifier of that kind (unique per type)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("node_uuid", "node_uuid", t.STRING, required=True),
        Param(
            "type",
            "type",
            t.STRING,
            required=True,
            enum=("iqn", "ip", "mac", "wwnn", "wwpn", "port", "portgroup"),
        ),
        Param("connector_id", "connector_id", t.STRING, required=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    node_uuid: str | Unset = UNSET
    """The node the connector belongs to."""

    type: Literal["iqn", "ip", "mac", "wwnn", "wwpn", "port", "portgroup"] | Unset = UNSET
    """The kind of connector_id."""

    connector_id: str | Unset = UNSET
    """The identifier of that kind (unique per type)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("node_uuid", "node_uuid", t.STRING),
        Param(
            "type", "type", t.STRING, enum=("iqn", "ip", "mac", "wwnn", "wwpn", "port", "portgroup")
        ),
        Param("connector_id", "connector_id", t.STRING),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


class ListForNodeOpts(Opts):
    """Options of list_for_node."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("detail", "detail", t.BOOLEAN, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


_LIST = Operation(
    "volume_connectors.list",
    "GET",
    "/volume/connectors",
    ok=(200, 203),
    response_key="connectors",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.32",
)
_GET = Operation(
    "volume_connectors.get",
    "GET",
    "/volume/connectors/{volume_connector_id}",
    ok=(200, 203),
    since="1.32",
)
_CREATE = Operation(
    "volume_connectors.create",
    "POST",
    "/volume/connectors",
    ok=(201,),
    request_kind="json",
    since="1.32",
)
_UPDATE = Operation(
    "volume_connectors.update",
    "PATCH",
    "/volume/connectors/{volume_connector_id}",
    ok=(200,),
    request_kind="json-patch",
    since="1.32",
)
_DELETE = Operation(
    "volume_connectors.delete",
    "DELETE",
    "/volume/connectors/{volume_connector_id}",
    ok=(204,),
    response_kind="empty",
    since="1.32",
)
_LIST_FOR_NODE = Operation(
    "volume_connectors.list_for_node",
    "GET",
    "/nodes/{node_id}/volume/connectors",
    ok=(200, 203),
    response_key="connectors",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.32",
)
_GET_VOLUME_ROOT = Operation(
    "volume_connectors.get_volume_root",
    "GET",
    "/volume",
    ok=(200, 203),
    since="1.32",
)
_GET_NODE_VOLUME = Operation(
    "volume_connectors.get_node_volume",
    "GET",
    "/nodes/{node_id}/volume",
    ok=(200, 203),
    since="1.32",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeConnector]:
    """List volume connectors, by default their uuid, node, type and connector_id."""
    return client.pager(
        _LIST, None, model=VolumeConnector, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    volume_connector_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeConnector]:
    """Get a volume connector."""
    return client.call(
        _GET,
        {"volume_connector_id": volume_connector_id},
        model=VolumeConnector,
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
) -> Result[VolumeConnector]:
    """Create a volume connector."""
    return client.call(
        _CREATE, None, model=VolumeConnector, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    volume_connector_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeConnector]:
    """Change a volume connector (JSON patch; the node must be powered off or in maintenance)."""
    return client.call(
        _UPDATE,
        {"volume_connector_id": volume_connector_id},
        model=VolumeConnector,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    volume_connector_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a volume connector (the node must be powered off or in maintenance)."""
    return client.call(
        _DELETE,
        {"volume_connector_id": volume_connector_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_for_node(
    client: ServiceClient,
    node_id: str,
    opts: ListForNodeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeConnector]:
    """List the volume connectors of a node."""
    return client.pager(
        _LIST_FOR_NODE,
        {"node_id": node_id},
        model=VolumeConnector,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_volume_root(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeLinks]:
    """Links to the volume connectors and targets (GET /volume)."""
    return client.call(
        _GET_VOLUME_ROOT, None, model=VolumeLinks, microversion=microversion, timeout=timeout
    )


def get_node_volume(
    client: ServiceClient,
    node_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeLinks]:
    """Links to a node's volume connectors and targets."""
    return client.call(
        _GET_NODE_VOLUME,
        {"node_id": node_id},
        model=VolumeLinks,
        microversion=microversion,
        timeout=timeout,
    )


def extract_volume_connectors(page: Page[Any]) -> builtins.list[VolumeConnector]:
    """The VolumeConnector items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeConnector)
