# Generated from network/v2/segments.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A segment of a network: one L2 domain (its network type, physical network and segmentation
ID). Routed provider networks have several; subnets and hosts may be bound to one. Needs the
segment extension (the segments service plugin). Admin-only by default."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Segment(Model):
    """A segment of a network: one L2 domain (its network type, physical network and segmentation
    ID). Routed provider networks have several; subnets and hosts may be bound to one. Needs
    the segment extension (the segments service plugin). Admin-only by default."""

    id: str
    """The segment's UUID."""

    name: str | None | Unset = UNSET
    """The display name (None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text (None when unset)."""

    network_id: str | Unset = UNSET
    """The network the segment belongs to."""

    network_type: str | Unset = UNSET
    """The network type: flat, vlan, vxlan, geneve, gre or local (as the type drivers allow)."""

    physical_network: str | None | Unset = UNSET
    """The physical network (flat and vlan segments)."""

    segmentation_id: int | None | Unset = UNSET
    """The VLAN ID or tunnel ID; Neutron picks a free one from its ranges when create gets none."""

    revision_number: int | Unset = UNSET
    """Incremented on every change (for If-Match revision checks)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it was last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("network_type", "network_type", t.STRING),
        Field("physical_network", "physical_network", t.STRING),
        Field("segmentation_id", "segmentation_id", t.INTEGER),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the segment with this ID."""

    name: str | Unset = UNSET
    """Only segments with this name."""

    description: str | Unset = UNSET
    """Only segments with this description."""

    network_id: str | Unset = UNSET
    """Only the segments of this network."""

    network_type: str | Unset = UNSET
    """Only segments of this type."""

    physical_network: str | Unset = UNSET
    """Only segments on this physical network."""

    revision_number: int | Unset = UNSET
    """Only segments at this revision."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most segments a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("network_id", "network_id", t.STRING, location="query"),
        Param("network_type", "network_type", t.STRING, location="query"),
        Param("physical_network", "physical_network", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The display name (None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text (None when unset)."""

    network_id: str = REQUIRED
    """The network the segment belongs to."""

    network_type: str = REQUIRED
    """The network type: flat, vlan, vxlan, geneve, gre or local (as the type drivers allow)."""

    physical_network: str | None | Unset = UNSET
    """The physical network (flat and vlan segments)."""

    segmentation_id: int | None | Unset = UNSET
    """The VLAN ID or tunnel ID; Neutron picks a free one from its ranges when create gets none."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("network_id", "network_id", t.STRING, required=True),
        Param("network_type", "network_type", t.STRING, required=True),
        Param("physical_network", "physical_network", t.STRING, nullable=True),
        Param("segmentation_id", "segmentation_id", t.INTEGER, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The display name (None when unset)."""

    description: str | None | Unset = UNSET
    """Free-form text (None when unset)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
    )


_LIST = Operation(
    "segments.list",
    "GET",
    "/segments",
    ok=(200, 203),
    response_key="segments",
    paging=Paging("marker", next="segments_links[rel=next].href"),
)
_GET = Operation(
    "segments.get",
    "GET",
    "/segments/{segment_id}",
    ok=(200, 203),
    response_key="segment",
)
_CREATE = Operation(
    "segments.create",
    "POST",
    "/segments",
    ok=(201,),
    request_kind="json",
    request_key="segment",
    response_key="segment",
)
_UPDATE = Operation(
    "segments.update",
    "PUT",
    "/segments/{segment_id}",
    ok=(200,),
    request_kind="json",
    request_key="segment",
    response_key="segment",
)
_DELETE = Operation(
    "segments.delete",
    "DELETE",
    "/segments/{segment_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Segment]:
    """List segments."""
    return client.pager(
        _LIST, None, model=Segment, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    segment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Segment]:
    """Show a segment."""
    return client.call(
        _GET, {"segment_id": segment_id}, model=Segment, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Segment]:
    """Add a segment to a network (admin)."""
    return client.call(
        _CREATE, None, model=Segment, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    segment_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Segment]:
    """Change a segment's name or description."""
    return client.call(
        _UPDATE,
        {"segment_id": segment_id},
        model=Segment,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    segment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a segment (409 while a subnet or port uses it)."""
    return client.call(
        _DELETE, {"segment_id": segment_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Segment:
    """The one Segment whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Segment,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_segments(page: Page[Any]) -> builtins.list[Segment]:
    """The Segment items of a page (or of ``all_pages()``)."""
    return page.extract_as(Segment)
