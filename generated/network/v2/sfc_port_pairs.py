# Generated from network/v2/sfc_port_pairs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A port pair (service function chaining): the ingress and egress ports of one service function
instance (a VM that inspects or changes traffic). Needs the sfc extension (networking-sfc)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ServiceFunctionParameters(Model):
    """How the service function receives chained traffic."""

    correlation: str | None | Unset = UNSET
    """The chain encapsulation the function understands: null (none), mpls or nsh."""

    weight: int | Unset = UNSET
    """Its share of the group's traffic (1 by default)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("correlation", "correlation", t.STRING),
        Field("weight", "weight", t.INTEGER),
    )


class PortPair(Model):
    """A port pair (service function chaining): the ingress and egress ports of one service
    function instance (a VM that inspects or changes traffic). Needs the sfc extension
    (networking-sfc)."""

    id: str
    """The port pair's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a port pair for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    ingress: str | Unset = UNSET
    """The port where chained traffic enters the service function (it needs a device_id: the
    function's VM)."""

    egress: str | Unset = UNSET
    """The port where it leaves (may be the ingress port; on the same device)."""

    service_function_parameters: ServiceFunctionParameters | Unset = UNSET
    """How traffic is handed over: correlation (null, mpls or nsh) and weight (for load balancing
    in a group)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("ingress", "ingress", t.STRING),
        Field("egress", "egress", t.STRING),
        Field(
            "service_function_parameters",
            "service_function_parameters",
            t.model(ServiceFunctionParameters),
        ),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only port pairs whose id is this."""

    name: str | Unset = UNSET
    """Only port pairs whose name is this."""

    description: str | Unset = UNSET
    """Only port pairs whose description is this."""

    ingress: str | Unset = UNSET
    """Only port pairs whose ingress is this."""

    egress: str | Unset = UNSET
    """Only port pairs whose egress is this."""

    project_id: str | Unset = UNSET
    """Only port pairs whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only port pairs whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most port pairs a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("ingress", "ingress", t.STRING, location="query"),
        Param("egress", "egress", t.STRING, location="query"),
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
    """The owner (admins may create a port pair for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    ingress: str = REQUIRED
    """The port where chained traffic enters the service function (it needs a device_id: the
    function's VM)."""

    egress: str = REQUIRED
    """The port where it leaves (may be the ingress port; on the same device)."""

    service_function_parameters: ServiceFunctionParameters | Unset = UNSET
    """How traffic is handed over: correlation (null, mpls or nsh) and weight (for load balancing
    in a group)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("ingress", "ingress", t.STRING, required=True),
        Param("egress", "egress", t.STRING, required=True),
        Param(
            "service_function_parameters",
            "service_function_parameters",
            t.model(ServiceFunctionParameters),
        ),
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
    "sfc_port_pairs.list",
    "GET",
    "/sfc/port_pairs",
    ok=(200, 203),
    response_key="port_pairs",
    paging=Paging("marker", next="port_pairs_links[rel=next].href"),
)
_GET = Operation(
    "sfc_port_pairs.get",
    "GET",
    "/sfc/port_pairs/{port_pair_id}",
    ok=(200, 203),
    response_key="port_pair",
)
_CREATE = Operation(
    "sfc_port_pairs.create",
    "POST",
    "/sfc/port_pairs",
    ok=(201,),
    request_kind="json",
    request_key="port_pair",
    response_key="port_pair",
)
_UPDATE = Operation(
    "sfc_port_pairs.update",
    "PUT",
    "/sfc/port_pairs/{port_pair_id}",
    ok=(200,),
    request_kind="json",
    request_key="port_pair",
    response_key="port_pair",
)
_DELETE = Operation(
    "sfc_port_pairs.delete",
    "DELETE",
    "/sfc/port_pairs/{port_pair_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[PortPair]:
    """List the port pairs the caller may see. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST, None, model=PortPair, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    port_pair_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortPair]:
    """Show a port pair."""
    return client.call(
        _GET,
        {"port_pair_id": port_pair_id},
        model=PortPair,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortPair]:
    """Create a port pair (400 when its ports already are a pair, or are not on one device)."""
    return client.call(
        _CREATE, None, model=PortPair, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    port_pair_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortPair]:
    """Change a port pair's name or description."""
    return client.call(
        _UPDATE,
        {"port_pair_id": port_pair_id},
        model=PortPair,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    port_pair_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a port pair (409 while a port pair group holds it)."""
    return client.call(
        _DELETE, {"port_pair_id": port_pair_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> PortPair:
    """The one PortPair whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=PortPair,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_sfc_port_pairs(page: Page[Any]) -> builtins.list[PortPair]:
    """The PortPair items of a page (or of ``all_pages()``)."""
    return page.extract_as(PortPair)
