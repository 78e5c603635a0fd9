# Generated from network/v2/sfc_flow_classifiers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A flow classifier: picks the traffic that enters a port chain (ethertype, protocol, addresses,
ports, and the Neutron source or destination port). Needs the flow_classifier extension
(networking-sfc)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class FlowClassifier(Model):
    """A flow classifier: picks the traffic that enters a port chain (ethertype, protocol,
    addresses, ports, and the Neutron source or destination port). Needs the flow_classifier
    extension (networking-sfc)."""

    id: str
    """The classifier's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a classifier for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """IPv4 or IPv6 (IPv4 by default)."""

    protocol: str | None | Unset = UNSET
    """The IP protocol (tcp, udp, icmp or a number); null matches any."""

    source_port_range_min: int | None | Unset = UNSET
    """The lowest source port."""

    source_port_range_max: int | None | Unset = UNSET
    """The highest source port."""

    destination_port_range_min: int | None | Unset = UNSET
    """The lowest destination port."""

    destination_port_range_max: int | None | Unset = UNSET
    """The highest destination port."""

    source_ip_prefix: str | None | Unset = UNSET
    """The source CIDR."""

    destination_ip_prefix: str | None | Unset = UNSET
    """The destination CIDR."""

    logical_source_port: str | None | Unset = UNSET
    """The Neutron port the traffic comes from (most backends need it)."""

    logical_destination_port: str | None | Unset = UNSET
    """The Neutron port the traffic goes to."""

    l7_parameters: dict[str, Any] | Unset = UNSET
    """Layer 7 match fields (none are supported by the reference backends)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("ethertype", "ethertype", t.STRING, enum=("IPv4", "IPv6")),
        Field("protocol", "protocol", t.STRING),
        Field("source_port_range_min", "source_port_range_min", t.INTEGER),
        Field("source_port_range_max", "source_port_range_max", t.INTEGER),
        Field("destination_port_range_min", "destination_port_range_min", t.INTEGER),
        Field("destination_port_range_max", "destination_port_range_max", t.INTEGER),
        Field("source_ip_prefix", "source_ip_prefix", t.STRING),
        Field("destination_ip_prefix", "destination_ip_prefix", t.STRING),
        Field("logical_source_port", "logical_source_port", t.STRING),
        Field("logical_destination_port", "logical_destination_port", t.STRING),
        Field("l7_parameters", "l7_parameters", t.map_of(t.ANY)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only classifiers whose id is this."""

    name: str | Unset = UNSET
    """Only classifiers whose name is this."""

    description: str | Unset = UNSET
    """Only classifiers whose description is this."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """Only classifiers whose ethertype is this."""

    protocol: str | Unset = UNSET
    """Only classifiers whose protocol is this."""

    logical_source_port: str | Unset = UNSET
    """Only classifiers whose logical_source_port is this."""

    logical_destination_port: str | Unset = UNSET
    """Only classifiers whose logical_destination_port is this."""

    project_id: str | Unset = UNSET
    """Only classifiers whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only classifiers whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most classifiers a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("ethertype", "ethertype", t.STRING, location="query", enum=("IPv4", "IPv6")),
        Param("protocol", "protocol", t.STRING, location="query"),
        Param("logical_source_port", "logical_source_port", t.STRING, location="query"),
        Param("logical_destination_port", "logical_destination_port", t.STRING, location="query"),
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
    """The owner (admins may create a classifier for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """IPv4 or IPv6 (IPv4 by default)."""

    protocol: str | None | Unset = UNSET
    """The IP protocol (tcp, udp, icmp or a number); null matches any."""

    source_port_range_min: int | None | Unset = UNSET
    """The lowest source port."""

    source_port_range_max: int | None | Unset = UNSET
    """The highest source port."""

    destination_port_range_min: int | None | Unset = UNSET
    """The lowest destination port."""

    destination_port_range_max: int | None | Unset = UNSET
    """The highest destination port."""

    source_ip_prefix: str | None | Unset = UNSET
    """The source CIDR."""

    destination_ip_prefix: str | None | Unset = UNSET
    """The destination CIDR."""

    logical_source_port: str | None | Unset = UNSET
    """The Neutron port the traffic comes from (most backends need it)."""

    logical_destination_port: str | None | Unset = UNSET
    """The Neutron port the traffic goes to."""

    l7_parameters: dict[str, Any] | Unset = UNSET
    """Layer 7 match fields (none are supported by the reference backends)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("ethertype", "ethertype", t.STRING, enum=("IPv4", "IPv6")),
        Param("protocol", "protocol", t.STRING, nullable=True),
        Param("source_port_range_min", "source_port_range_min", t.INTEGER, nullable=True),
        Param("source_port_range_max", "source_port_range_max", t.INTEGER, nullable=True),
        Param("destination_port_range_min", "destination_port_range_min", t.INTEGER, nullable=True),
        Param("destination_port_range_max", "destination_port_range_max", t.INTEGER, nullable=True),
        Param("source_ip_prefix", "source_ip_prefix", t.STRING, nullable=True),
        Param("destination_ip_prefix", "destination_ip_prefix", t.STRING, nullable=True),
        Param("logical_source_port", "logical_source_port", t.STRING, nullable=True),
        Param("logical_destination_port", "logical_destination_port", t.STRING, nullable=True),
        Param("l7_parameters", "l7_parameters", t.map_of(t.ANY)),
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
    "sfc_flow_classifiers.list",
    "GET",
    "/sfc/flow_classifiers",
    ok=(200, 203),
    response_key="flow_classifiers",
    paging=Paging("marker", next="flow_classifiers_links[rel=next].href"),
)
_GET = Operation(
    "sfc_flow_classifiers.get",
    "GET",
    "/sfc/flow_classifiers/{flow_classifier_id}",
    ok=(200, 203),
    response_key="flow_classifier",
)
_CREATE = Operation(
    "sfc_flow_classifiers.create",
    "POST",
    "/sfc/flow_classifiers",
    ok=(201,),
    request_kind="json",
    request_key="flow_classifier",
    response_key="flow_classifier",
)
_UPDATE = Operation(
    "sfc_flow_classifiers.update",
    "PUT",
    "/sfc/flow_classifiers/{flow_classifier_id}",
    ok=(200,),
    request_kind="json",
    request_key="flow_classifier",
    response_key="flow_classifier",
)
_DELETE = Operation(
    "sfc_flow_classifiers.delete",
    "DELETE",
    "/sfc/flow_classifiers/{flow_classifier_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FlowClassifier]:
    """List the flow classifiers the caller may see. The plugin declares no sort keys (sort_key
    is refused)."""
    return client.pager(
        _LIST, None, model=FlowClassifier, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    flow_classifier_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FlowClassifier]:
    """Show a flow classifier."""
    return client.call(
        _GET,
        {"flow_classifier_id": flow_classifier_id},
        model=FlowClassifier,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FlowClassifier]:
    """Create a flow classifier."""
    return client.call(
        _CREATE, None, model=FlowClassifier, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    flow_classifier_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FlowClassifier]:
    """Change a classifier's name or description."""
    return client.call(
        _UPDATE,
        {"flow_classifier_id": flow_classifier_id},
        model=FlowClassifier,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    flow_classifier_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a flow classifier (409 while a port chain uses it)."""
    return client.call(
        _DELETE,
        {"flow_classifier_id": flow_classifier_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FlowClassifier:
    """The one FlowClassifier whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=FlowClassifier,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_sfc_flow_classifiers(page: Page[Any]) -> builtins.list[FlowClassifier]:
    """The FlowClassifier items of a page (or of ``all_pages()``)."""
    return page.extract_as(FlowClassifier)
