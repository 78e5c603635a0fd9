# Generated from network/v2/sfc_port_pair_groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A port pair group: port pairs of equivalent service functions that share a hop of a port chain
(load balanced). Needs the sfc extension (networking-sfc)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class PortPairGroupParameters(Model):
    """How traffic is spread over a group's port pairs."""

    lb_fields: builtins.list[str] | Unset = UNSET
    """The packet fields hashed to pick a port pair (eth_src, ip_dst, tcp_src...)."""

    ppg_n_tuple_mapping: dict[str, Any] | Unset = UNSET
    """Header rewrites of the flow at this hop (ingress_n_tuple, egress_n_tuple)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("lb_fields", "lb_fields", t.list_of(t.STRING)),
        Field("ppg_n_tuple_mapping", "ppg_n_tuple_mapping", t.ANY),
    )


class PortPairGroup(Model):
    """A port pair group: port pairs of equivalent service functions that share a hop of a port
    chain (load balanced). Needs the sfc extension (networking-sfc)."""

    id: str
    """The group's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a group for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_pairs: builtins.list[str] | Unset = UNSET
    """The port pairs (replaced whole on update; a pair belongs to one group)."""

    port_pair_group_parameters: PortPairGroupParameters | Unset = UNSET
    """Load balancing fields, service function path and ppg_n_tuple_mapping."""

    tap_enabled: bool | Unset = UNSET
    """Whether the group's functions get a copy of the traffic (a tap, networking-sfc-tap
    extension) instead of being in its path."""

    group_id: int | Unset = UNSET
    """The group's number in the data path."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("port_pairs", "port_pairs", t.list_of(t.STRING)),
        Field(
            "port_pair_group_parameters",
            "port_pair_group_parameters",
            t.model(PortPairGroupParameters),
        ),
        Field("tap_enabled", "tap_enabled", t.BOOLEAN),
        Field("group_id", "group_id", t.INTEGER),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only groups whose id is this."""

    name: str | Unset = UNSET
    """Only groups whose name is this."""

    description: str | Unset = UNSET
    """Only groups whose description is this."""

    tap_enabled: bool | Unset = UNSET
    """Only groups whose tap_enabled is this."""

    project_id: str | Unset = UNSET
    """Only groups whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only groups whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most groups a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("tap_enabled", "tap_enabled", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a group for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_pairs: builtins.list[str] | Unset = UNSET
    """The port pairs (replaced whole on update; a pair belongs to one group)."""

    port_pair_group_parameters: PortPairGroupParameters | Unset = UNSET
    """Load balancing fields, service function path and ppg_n_tuple_mapping."""

    tap_enabled: bool | Unset = UNSET
    """Whether the group's functions get a copy of the traffic (a tap, networking-sfc-tap
    extension) instead of being in its path."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("port_pairs", "port_pairs", t.list_of(t.STRING)),
        Param(
            "port_pair_group_parameters",
            "port_pair_group_parameters",
            t.model(PortPairGroupParameters),
        ),
        Param("tap_enabled", "tap_enabled", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    port_pairs: builtins.list[str] | Unset = UNSET
    """The port pairs (replaced whole on update; a pair belongs to one group)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("port_pairs", "port_pairs", t.list_of(t.STRING)),
    )


_LIST = Operation(
    "sfc_port_pair_groups.list",
    "GET",
    "/sfc/port_pair_groups",
    ok=(200, 203),
    response_key="port_pair_groups",
    paging=Paging("marker", next="port_pair_groups_links[rel=next].href"),
)
_GET = Operation(
    "sfc_port_pair_groups.get",
    "GET",
    "/sfc/port_pair_groups/{port_pair_group_id}",
    ok=(200, 203),
    response_key="port_pair_group",
)
_CREATE = Operation(
    "sfc_port_pair_groups.create",
    "POST",
    "/sfc/port_pair_groups",
    ok=(201,),
    request_kind="json",
    request_key="port_pair_group",
    response_key="port_pair_group",
)
_UPDATE = Operation(
    "sfc_port_pair_groups.update",
    "PUT",
    "/sfc/port_pair_groups/{port_pair_group_id}",
    ok=(200,),
    request_kind="json",
    request_key="port_pair_group",
    response_key="port_pair_group",
)
_DELETE = Operation(
    "sfc_port_pair_groups.delete",
    "DELETE",
    "/sfc/port_pair_groups/{port_pair_group_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[PortPairGroup]:
    """List the port pair groups the caller may see. The plugin declares no sort keys (sort_key
    is refused)."""
    return client.pager(
        _LIST, None, model=PortPairGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    port_pair_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortPairGroup]:
    """Show a port pair group."""
    return client.call(
        _GET,
        {"port_pair_group_id": port_pair_group_id},
        model=PortPairGroup,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortPairGroup]:
    """Create a port pair group."""
    return client.call(
        _CREATE, None, model=PortPairGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    port_pair_group_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortPairGroup]:
    """Change a group's name, description or port pairs."""
    return client.call(
        _UPDATE,
        {"port_pair_group_id": port_pair_group_id},
        model=PortPairGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    port_pair_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a port pair group (409 while a port chain uses it)."""
    return client.call(
        _DELETE,
        {"port_pair_group_id": port_pair_group_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> PortPairGroup:
    """The one PortPairGroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=PortPairGroup,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_sfc_port_pair_groups(page: Page[Any]) -> builtins.list[PortPairGroup]:
    """The PortPairGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(PortPairGroup)
