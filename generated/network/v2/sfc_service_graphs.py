# Generated from network/v2/sfc_service_graphs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A service graph: links port chains into a graph, so traffic at the end of one chain goes on to
the next ones. Needs the service_graph extension (networking-sfc)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ServiceGraph(Model):
    """A service graph: links port chains into a graph, so traffic at the end of one chain goes
    on to the next ones. Needs the service_graph extension (networking-sfc)."""

    id: str
    """The graph's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a graph for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_chains: dict[str, builtins.list[str]] | Unset = UNSET
    """Each source chain's ID mapped to the chains that follow it (their port pairs need a
    correlation; a chain belongs to one graph)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("port_chains", "port_chains", t.map_of(t.list_of(t.STRING))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only graphs whose id is this."""

    name: str | Unset = UNSET
    """Only graphs whose name is this."""

    description: str | Unset = UNSET
    """Only graphs whose description is this."""

    project_id: str | Unset = UNSET
    """Only graphs whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only graphs whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most graphs a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
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
    """The owner (admins may create a graph for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_chains: dict[str, builtins.list[str]] = REQUIRED
    """Each source chain's ID mapped to the chains that follow it (their port pairs need a
    correlation; a chain belongs to one graph)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("port_chains", "port_chains", t.map_of(t.list_of(t.STRING)), required=True),
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
    "sfc_service_graphs.list",
    "GET",
    "/sfc/service_graphs",
    ok=(200, 203),
    response_key="service_graphs",
    paging=Paging("marker", next="service_graphs_links[rel=next].href"),
)
_GET = Operation(
    "sfc_service_graphs.get",
    "GET",
    "/sfc/service_graphs/{service_graph_id}",
    ok=(200, 203),
    response_key="service_graph",
)
_CREATE = Operation(
    "sfc_service_graphs.create",
    "POST",
    "/sfc/service_graphs",
    ok=(201,),
    request_kind="json",
    request_key="service_graph",
    response_key="service_graph",
)
_UPDATE = Operation(
    "sfc_service_graphs.update",
    "PUT",
    "/sfc/service_graphs/{service_graph_id}",
    ok=(200,),
    request_kind="json",
    request_key="service_graph",
    response_key="service_graph",
)
_DELETE = Operation(
    "sfc_service_graphs.delete",
    "DELETE",
    "/sfc/service_graphs/{service_graph_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ServiceGraph]:
    """List the service graphs the caller may see. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST, None, model=ServiceGraph, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    service_graph_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceGraph]:
    """Show a service graph."""
    return client.call(
        _GET,
        {"service_graph_id": service_graph_id},
        model=ServiceGraph,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceGraph]:
    """Create a service graph."""
    return client.call(
        _CREATE, None, model=ServiceGraph, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    service_graph_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceGraph]:
    """Change a graph's name or description."""
    return client.call(
        _UPDATE,
        {"service_graph_id": service_graph_id},
        model=ServiceGraph,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    service_graph_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a service graph."""
    return client.call(
        _DELETE, {"service_graph_id": service_graph_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> ServiceGraph:
    """The one ServiceGraph whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=ServiceGraph,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_sfc_service_graphs(page: Page[Any]) -> builtins.list[ServiceGraph]:
    """The ServiceGraph items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServiceGraph)
