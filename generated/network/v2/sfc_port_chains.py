# Generated from network/v2/sfc_port_chains.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A port chain: the ordered port pair groups that the traffic its flow classifiers pick goes
through. Needs the sfc extension (networking-sfc)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ChainParameters(Model):
    """How a chain is carried."""

    correlation: str | Unset = UNSET
    """The chain encapsulation: mpls (default) or nsh."""

    symmetric: bool | Unset = UNSET
    """Whether reverse traffic goes back through the chain."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("correlation", "correlation", t.STRING),
        Field("symmetric", "symmetric", t.BOOLEAN),
    )


class PortChain(Model):
    """A port chain: the ordered port pair groups that the traffic its flow classifiers pick goes
    through. Needs the sfc extension (networking-sfc)."""

    id: str
    """The chain's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a chain for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_pair_groups: builtins.list[str] | Unset = UNSET
    """The port pair groups, in the order traffic goes through them."""

    flow_classifiers: builtins.list[str] | Unset = UNSET
    """The flow classifiers that pick the chain's traffic (one classifier per chain)."""

    chain_parameters: ChainParameters | Unset = UNSET
    """correlation (mpls or nsh) and symmetric (whether the reverse traffic goes back through the
    chain)."""

    chain_id: int | Unset = UNSET
    """The chain's number in the data path (0: let the server pick)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("port_pair_groups", "port_pair_groups", t.list_of(t.STRING)),
        Field("flow_classifiers", "flow_classifiers", t.list_of(t.STRING)),
        Field("chain_parameters", "chain_parameters", t.model(ChainParameters)),
        Field("chain_id", "chain_id", t.INTEGER),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only chains whose id is this."""

    name: str | Unset = UNSET
    """Only chains whose name is this."""

    description: str | Unset = UNSET
    """Only chains whose description is this."""

    chain_id: int | Unset = UNSET
    """Only chains whose chain_id is this."""

    project_id: str | Unset = UNSET
    """Only chains whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only chains whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most chains a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("chain_id", "chain_id", t.INTEGER, location="query"),
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
    """The owner (admins may create a chain for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_pair_groups: builtins.list[str] = REQUIRED
    """The port pair groups, in the order traffic goes through them."""

    flow_classifiers: builtins.list[str] | Unset = UNSET
    """The flow classifiers that pick the chain's traffic (one classifier per chain)."""

    chain_parameters: ChainParameters | Unset = UNSET
    """correlation (mpls or nsh) and symmetric (whether the reverse traffic goes back through the
    chain)."""

    chain_id: int | Unset = UNSET
    """The chain's number in the data path (0: let the server pick)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("port_pair_groups", "port_pair_groups", t.list_of(t.STRING), required=True),
        Param("flow_classifiers", "flow_classifiers", t.list_of(t.STRING)),
        Param("chain_parameters", "chain_parameters", t.model(ChainParameters)),
        Param("chain_id", "chain_id", t.INTEGER),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    port_pair_groups: builtins.list[str] | Unset = UNSET
    """The port pair groups, in the order traffic goes through them."""

    flow_classifiers: builtins.list[str] | Unset = UNSET
    """The flow classifiers that pick the chain's traffic (one classifier per chain)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("port_pair_groups", "port_pair_groups", t.list_of(t.STRING)),
        Param("flow_classifiers", "flow_classifiers", t.list_of(t.STRING)),
    )


_LIST = Operation(
    "sfc_port_chains.list",
    "GET",
    "/sfc/port_chains",
    ok=(200, 203),
    response_key="port_chains",
    paging=Paging("marker", next="port_chains_links[rel=next].href"),
)
_GET = Operation(
    "sfc_port_chains.get",
    "GET",
    "/sfc/port_chains/{port_chain_id}",
    ok=(200, 203),
    response_key="port_chain",
)
_CREATE = Operation(
    "sfc_port_chains.create",
    "POST",
    "/sfc/port_chains",
    ok=(201,),
    request_kind="json",
    request_key="port_chain",
    response_key="port_chain",
)
_UPDATE = Operation(
    "sfc_port_chains.update",
    "PUT",
    "/sfc/port_chains/{port_chain_id}",
    ok=(200,),
    request_kind="json",
    request_key="port_chain",
    response_key="port_chain",
)
_DELETE = Operation(
    "sfc_port_chains.delete",
    "DELETE",
    "/sfc/port_chains/{port_chain_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[PortChain]:
    """List the port chains the caller may see. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST, None, model=PortChain, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    port_chain_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortChain]:
    """Show a port chain."""
    return client.call(
        _GET,
        {"port_chain_id": port_chain_id},
        model=PortChain,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortChain]:
    """Create a port chain."""
    return client.call(
        _CREATE, None, model=PortChain, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    port_chain_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortChain]:
    """Change a chain's name, description, port pair groups or flow classifiers."""
    return client.call(
        _UPDATE,
        {"port_chain_id": port_chain_id},
        model=PortChain,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    port_chain_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a port chain (409 while a service graph uses it)."""
    return client.call(
        _DELETE, {"port_chain_id": port_chain_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> PortChain:
    """The one PortChain whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=PortChain,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_sfc_port_chains(page: Page[Any]) -> builtins.list[PortChain]:
    """The PortChain items of a page (or of ``all_pages()``)."""
    return page.extract_as(PortChain)
