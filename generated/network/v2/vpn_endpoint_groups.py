# Generated from network/v2/vpn_endpoint_groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A VPN endpoint group: a set of local subnets or of peer CIDRs that an IPsec site connection
joins. Needs the vpn-endpoint-groups extension (neutron-vpnaas)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class EndpointGroup(Model):
    """A VPN endpoint group: a set of local subnets or of peer CIDRs that an IPsec site
    connection joins. Needs the vpn-endpoint-groups extension (neutron-vpnaas)."""

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

    type: Literal["subnet", "cidr", "network", "router", "vlan"] | Unset = UNSET
    """What the endpoints are: subnet (local subnets) or cidr (peer CIDRs); network, router and
    vlan are reserved."""

    endpoints: builtins.list[str] | Unset = UNSET
    """The subnet IDs or CIDRs, all of the group's type."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("type", "type", t.STRING, enum=("subnet", "cidr", "network", "router", "vlan")),
        Field("endpoints", "endpoints", t.list_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only groups whose id is this."""

    name: str | Unset = UNSET
    """Only groups whose name is this."""

    description: str | Unset = UNSET
    """Only groups whose description is this."""

    type: Literal["subnet", "cidr", "network", "router", "vlan"] | Unset = UNSET
    """Only groups whose type is this."""

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
        Param(
            "type",
            "type",
            t.STRING,
            location="query",
            enum=("subnet", "cidr", "network", "router", "vlan"),
        ),
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

    type: Literal["subnet", "cidr", "network", "router", "vlan"] = REQUIRED
    """What the endpoints are: subnet (local subnets) or cidr (peer CIDRs); network, router and
    vlan are reserved."""

    endpoints: builtins.list[str] | Unset = UNSET
    """The subnet IDs or CIDRs, all of the group's type."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param(
            "type",
            "type",
            t.STRING,
            required=True,
            enum=("subnet", "cidr", "network", "router", "vlan"),
        ),
        Param("endpoints", "endpoints", t.list_of(t.STRING)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "vpn_endpoint_groups.list",
    "GET",
    "/vpn/endpoint-groups",
    ok=(200, 203),
    response_key="endpoint_groups",
    paging=Paging("marker", next="endpoint_groups_links[rel=next].href"),
)
_GET = Operation(
    "vpn_endpoint_groups.get",
    "GET",
    "/vpn/endpoint-groups/{endpoint_group_id}",
    ok=(200, 203),
    response_key="endpoint_group",
)
_CREATE = Operation(
    "vpn_endpoint_groups.create",
    "POST",
    "/vpn/endpoint-groups",
    ok=(201,),
    request_kind="json",
    request_key="endpoint_group",
    response_key="endpoint_group",
)
_UPDATE = Operation(
    "vpn_endpoint_groups.update",
    "PUT",
    "/vpn/endpoint-groups/{endpoint_group_id}",
    ok=(200,),
    request_kind="json",
    request_key="endpoint_group",
    response_key="endpoint_group",
)
_DELETE = Operation(
    "vpn_endpoint_groups.delete",
    "DELETE",
    "/vpn/endpoint-groups/{endpoint_group_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[EndpointGroup]:
    """List the endpoint groups the caller may see. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST, None, model=EndpointGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    endpoint_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EndpointGroup]:
    """Show an endpoint group."""
    return client.call(
        _GET,
        {"endpoint_group_id": endpoint_group_id},
        model=EndpointGroup,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EndpointGroup]:
    """Create an endpoint group."""
    return client.call(
        _CREATE, None, model=EndpointGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    endpoint_group_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EndpointGroup]:
    """Change an endpoint group's name or description."""
    return client.call(
        _UPDATE,
        {"endpoint_group_id": endpoint_group_id},
        model=EndpointGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    endpoint_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an endpoint group (409 while a connection uses it)."""
    return client.call(
        _DELETE,
        {"endpoint_group_id": endpoint_group_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> EndpointGroup:
    """The one EndpointGroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=EndpointGroup,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_vpn_endpoint_groups(page: Page[Any]) -> builtins.list[EndpointGroup]:
    """The EndpointGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(EndpointGroup)
