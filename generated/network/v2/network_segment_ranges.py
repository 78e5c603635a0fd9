# Generated from network/v2/network_segment_ranges.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A network segment range (network-segment-range extension): a range of segmentation IDs (VLAN
IDs or VNIs) of one network type, shared or reserved for one project's tenant networks. The
ranges from the ML2 configuration show as default ranges, which cannot be changed."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class NetworkSegmentRange(Model):
    """A network segment range (network-segment-range extension): a range of segmentation IDs
    (VLAN IDs or VNIs) of one network type, shared or reserved for one project's tenant
    networks. The ranges from the ML2 configuration show as default ranges, which cannot be
    changed."""

    id: str
    """The range's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text."""

    default: bool | Unset = UNSET
    """Whether the range comes from the ML2 configuration (then it is read-only)."""

    shared: bool | Unset = UNSET
    """Whether every project may use it (else only project_id)."""

    project_id: str | None | Unset = UNSET
    """The project the range is reserved for (None when shared)."""

    tenant_id: str | None | Unset = UNSET
    """The project (the older name of project_id)."""

    network_type: Literal["vlan", "vxlan", "gre", "geneve"] | Unset = UNSET
    """The network type whose segmentation IDs the range holds."""

    physical_network: str | None | Unset = UNSET
    """The physical network of a vlan range (at most 64 characters)."""

    minimum: int | Unset = UNSET
    """The first segmentation ID."""

    maximum: int | Unset = UNSET
    """The last segmentation ID."""

    available: builtins.list[int] | Unset = UNSET
    """The IDs no network uses yet."""

    used: dict[str, str] | Unset = UNSET
    """The IDs in use, each (as text) to the project of its network."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags (set them with the tags API)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("default", "default", t.BOOLEAN),
        Field("shared", "shared", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("network_type", "network_type", t.STRING, enum=("vlan", "vxlan", "gre", "geneve")),
        Field("physical_network", "physical_network", t.STRING),
        Field("minimum", "minimum", t.INTEGER),
        Field("maximum", "maximum", t.INTEGER),
        Field("available", "available", t.list_of(t.INTEGER)),
        Field("used", "used", t.map_of(t.STRING)),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the range with this ID."""

    name: str | Unset = UNSET
    """Only ranges with this name."""

    description: str | Unset = UNSET
    """Only ranges with this description."""

    revision_number: int | Unset = UNSET
    """Only ranges at this revision."""

    project_id: str | Unset = UNSET
    """Only ranges of this project."""

    network_type: Literal["vlan", "vxlan", "gre", "geneve"] | Unset = UNSET
    """Only ranges of this type."""

    physical_network: str | Unset = UNSET
    """Only ranges of this physical network."""

    tags: builtins.list[str] | Unset = UNSET
    """Only ranges with all these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only ranges with any of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Only ranges without all of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Only ranges with none of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most ranges a page holds."""

    marker: str | Unset = UNSET
    """Start after the range with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param(
            "network_type",
            "network_type",
            t.STRING,
            location="query",
            enum=("vlan", "vxlan", "gre", "geneve"),
        ),
        Param("physical_network", "physical_network", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text."""

    shared: bool | Unset = UNSET
    """Whether every project may use it (else only project_id)."""

    project_id: str | None | Unset = UNSET
    """The project the range is reserved for (None when shared)."""

    tenant_id: str | None | Unset = UNSET
    """The project (the older name of project_id)."""

    network_type: Literal["vlan", "vxlan", "gre", "geneve"] = REQUIRED
    """The network type whose segmentation IDs the range holds."""

    physical_network: str | None | Unset = UNSET
    """The physical network of a vlan range (at most 64 characters)."""

    minimum: int = REQUIRED
    """The first segmentation ID."""

    maximum: int = REQUIRED
    """The last segmentation ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("shared", "shared", t.BOOLEAN),
        Param("project_id", "project_id", t.STRING, nullable=True),
        Param("tenant_id", "tenant_id", t.STRING, nullable=True),
        Param(
            "network_type",
            "network_type",
            t.STRING,
            required=True,
            enum=("vlan", "vxlan", "gre", "geneve"),
        ),
        Param("physical_network", "physical_network", t.STRING, nullable=True),
        Param("minimum", "minimum", t.INTEGER, required=True),
        Param("maximum", "maximum", t.INTEGER, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text."""

    minimum: int | Unset = UNSET
    """The first segmentation ID."""

    maximum: int | Unset = UNSET
    """The last segmentation ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("minimum", "minimum", t.INTEGER),
        Param("maximum", "maximum", t.INTEGER),
    )


_LIST = Operation(
    "network_segment_ranges.list",
    "GET",
    "/network-segment-ranges",
    ok=(200, 203),
    response_key="network_segment_ranges",
    paging=Paging("marker", next="network_segment_ranges_links[rel=next].href"),
)
_GET = Operation(
    "network_segment_ranges.get",
    "GET",
    "/network-segment-ranges/{network_segment_range_id}",
    ok=(200, 203),
    response_key="network_segment_range",
)
_CREATE = Operation(
    "network_segment_ranges.create",
    "POST",
    "/network-segment-ranges",
    ok=(201,),
    request_kind="json",
    request_key="network_segment_range",
    response_key="network_segment_range",
)
_UPDATE = Operation(
    "network_segment_ranges.update",
    "PUT",
    "/network-segment-ranges/{network_segment_range_id}",
    ok=(200,),
    request_kind="json",
    request_key="network_segment_range",
    response_key="network_segment_range",
)
_DELETE = Operation(
    "network_segment_ranges.delete",
    "DELETE",
    "/network-segment-ranges/{network_segment_range_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[NetworkSegmentRange]:
    """List network segment ranges (admin only by default)."""
    return client.pager(
        _LIST,
        None,
        model=NetworkSegmentRange,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    network_segment_range_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NetworkSegmentRange]:
    """Show a network segment range."""
    return client.call(
        _GET,
        {"network_segment_range_id": network_segment_range_id},
        model=NetworkSegmentRange,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NetworkSegmentRange]:
    """Create a network segment range (admin only)."""
    return client.call(
        _CREATE,
        None,
        model=NetworkSegmentRange,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    network_segment_range_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NetworkSegmentRange]:
    """Change a range's name, description, minimum or maximum (not a default range's)."""
    return client.call(
        _UPDATE,
        {"network_segment_range_id": network_segment_range_id},
        model=NetworkSegmentRange,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    network_segment_range_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a range (409 while networks use its IDs; default ranges cannot be deleted)."""
    return client.call(
        _DELETE,
        {"network_segment_range_id": network_segment_range_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> NetworkSegmentRange:
    """The one NetworkSegmentRange whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=NetworkSegmentRange,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_network_segment_ranges(page: Page[Any]) -> builtins.list[NetworkSegmentRange]:
    """The NetworkSegmentRange items of a page (or of ``all_pages()``)."""
    return page.extract_as(NetworkSegmentRange)
