# Generated from baremetal/v1/volume_targets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A volume target (since 1.32): a remote (e.g. Cinder) volume a node boots from or uses, with
its connection properties."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class VolumeTarget(Model):
    """A volume target (since 1.32): a remote (e.g. Cinder) volume a node boots from or uses,
    with its connection properties."""

    uuid: str
    """The target's UUID; may be chosen on create."""

    node_uuid: str | Unset = UNSET
    """The node the target belongs to."""

    volume_type: str | Unset = UNSET
    """The storage type: iscsi, fibre_channel, ..."""

    volume_id: str | Unset = UNSET
    """The volume's ID in the storage service."""

    boot_index: int | Unset = UNSET
    """The boot order; 0 is the boot volume, unique per node."""

    properties: dict[str, Any] | Unset = UNSET
    """Connection properties (may hold CHAP credentials)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("node_uuid", "node_uuid", t.STRING),
        Field("volume_type", "volume_type", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("boot_index", "boot_index", t.INTEGER),
        Field("properties", "properties", t.map_of(t.ANY), sensitive=True),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    node: str | Unset = UNSET
    """Only targets of this node (UUID or name)."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    project: str | Unset = UNSET
    """Only targets of nodes this project owns or leases."""

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
    """The target's UUID; may be chosen on create."""

    node_uuid: str = REQUIRED
    """The node the target belongs to."""

    volume_type: str = REQUIRED
    """The storage type: iscsi, fibre_channel, ..."""

    volume_id: str = REQUIRED
    """The volume's ID in the storage service."""

    boot_index: int = REQUIRED
    """The boot order; 0 is the boot volume, unique per node."""

    properties: dict[str, Any] | Unset = UNSET
    """Connection properties (may hold CHAP credentials)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("node_uuid", "node_uuid", t.STRING, required=True),
        Param("volume_type", "volume_type", t.STRING, required=True),
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("boot_index", "boot_index", t.INTEGER, required=True),
        Param("properties", "properties", t.map_of(t.ANY), sensitive=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    node_uuid: str | Unset = UNSET
    """The node the target belongs to."""

    volume_type: str | Unset = UNSET
    """The storage type: iscsi, fibre_channel, ..."""

    volume_id: str | Unset = UNSET
    """The volume's ID in the storage service."""

    boot_index: int | Unset = UNSET
    """The boot order; 0 is the boot volume, unique per node."""

    properties: dict[str, Any] | Unset = UNSET
    """Connection properties (may hold CHAP credentials)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("node_uuid", "node_uuid", t.STRING),
        Param("volume_type", "volume_type", t.STRING),
        Param("volume_id", "volume_id", t.STRING),
        Param("boot_index", "boot_index", t.INTEGER),
        Param("properties", "properties", t.map_of(t.ANY), sensitive=True),
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
    "volume_targets.list",
    "GET",
    "/volume/targets",
    ok=(200, 203),
    response_key="targets",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.32",
)
_GET = Operation(
    "volume_targets.get",
    "GET",
    "/volume/targets/{volume_target_id}",
    ok=(200, 203),
    since="1.32",
)
_CREATE = Operation(
    "volume_targets.create",
    "POST",
    "/volume/targets",
    ok=(201,),
    request_kind="json",
    since="1.32",
)
_UPDATE = Operation(
    "volume_targets.update",
    "PATCH",
    "/volume/targets/{volume_target_id}",
    ok=(200,),
    request_kind="json-patch",
    since="1.32",
)
_DELETE = Operation(
    "volume_targets.delete",
    "DELETE",
    "/volume/targets/{volume_target_id}",
    ok=(204,),
    response_kind="empty",
    since="1.32",
)
_LIST_FOR_NODE = Operation(
    "volume_targets.list_for_node",
    "GET",
    "/nodes/{node_id}/volume/targets",
    ok=(200, 203),
    response_key="targets",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.32",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeTarget]:
    """List volume targets, by default their uuid, node, type, boot index and volume."""
    return client.pager(
        _LIST, None, model=VolumeTarget, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    volume_target_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTarget]:
    """Get a volume target."""
    return client.call(
        _GET,
        {"volume_target_id": volume_target_id},
        model=VolumeTarget,
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
) -> Result[VolumeTarget]:
    """Create a volume target."""
    return client.call(
        _CREATE, None, model=VolumeTarget, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    volume_target_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTarget]:
    """Change a volume target (JSON patch; the node must be powered off or in maintenance)."""
    return client.call(
        _UPDATE,
        {"volume_target_id": volume_target_id},
        model=VolumeTarget,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    volume_target_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a volume target (the node must be powered off or in maintenance)."""
    return client.call(
        _DELETE, {"volume_target_id": volume_target_id}, microversion=microversion, timeout=timeout
    )


def list_for_node(
    client: ServiceClient,
    node_id: str,
    opts: ListForNodeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeTarget]:
    """List the volume targets of a node."""
    return client.pager(
        _LIST_FOR_NODE,
        {"node_id": node_id},
        model=VolumeTarget,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_volume_targets(page: Page[Any]) -> builtins.list[VolumeTarget]:
    """The VolumeTarget items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeTarget)
