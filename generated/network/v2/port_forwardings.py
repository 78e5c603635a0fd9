# Generated from network/v2/port_forwardings.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A port forwarding of a floating IP: traffic to one port (or port range) of the floating IP
goes to a port of an internal fixed IP. Needs the port_forwarding service plugin; a floating
IP with port forwardings cannot be associated with a port."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class PortForwarding(Model):
    """A port forwarding of a floating IP: traffic to one port (or port range) of the floating IP
    goes to a port of an internal fixed IP. Needs the port_forwarding service plugin; a
    floating IP with port forwardings cannot be associated with a port."""

    id: str
    """The port forwarding's UUID."""

    protocol: Literal["tcp", "udp", "sctp", "dccp", "icmp", "ipv6-icmp"] | Unset = UNSET
    """The IP protocol forwarded."""

    internal_ip_address: str | Unset = UNSET
    """The fixed IP (of internal_port_id) traffic goes to."""

    internal_port_id: str | Unset = UNSET
    """The Neutron port holding internal_ip_address."""

    internal_port: int | None | Unset = UNSET
    """The port traffic goes to (1-65535; or give internal_port_range)."""

    external_port: int | None | Unset = UNSET
    """The floating IP's port that is forwarded (1-65535; or external_port_range)."""

    internal_port_range: str | Unset = UNSET
    """A range of internal ports, "first:last" (fip-port-forwarding-port-ranges)."""

    external_port_range: str | Unset = UNSET
    """The matching range of floating IP ports, "first:last"."""

    description: str | Unset = UNSET
    """Free-form text (floating-ip-port-forwarding-description)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field(
            "protocol",
            "protocol",
            t.STRING,
            enum=("tcp", "udp", "sctp", "dccp", "icmp", "ipv6-icmp"),
        ),
        Field("internal_ip_address", "internal_ip_address", t.STRING),
        Field("internal_port_id", "internal_port_id", t.STRING),
        Field("internal_port", "internal_port", t.INTEGER),
        Field("external_port", "external_port", t.INTEGER),
        Field("internal_port_range", "internal_port_range", t.STRING),
        Field("external_port_range", "external_port_range", t.STRING),
        Field("description", "description", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the port forwarding with this ID."""

    internal_port_id: str | Unset = UNSET
    """Only port forwardings to this Neutron port."""

    external_port: int | Unset = UNSET
    """Only the port forwarding of this external port."""

    external_port_range: str | Unset = UNSET
    """Only the port forwarding of this external range."""

    protocol: str | Unset = UNSET
    """Only port forwardings of this protocol."""

    description: str | Unset = UNSET
    """Only port forwardings with this description."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (port forwarding attribute names, e.g. id, name); Neutron
    leaves the others out of each item. Keep id in the list when paging: the next page starts
    after the last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of external_port, id,
    internal_port_id, protocol); give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most port_forwardings one page holds; a full page carries a port_forwardings_links
    entry with rel "next"."""

    marker: str | Unset = UNSET
    """Start after the port forwarding with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("internal_port_id", "internal_port_id", t.STRING, location="query"),
        Param("external_port", "external_port", t.INTEGER, location="query"),
        Param("external_port_range", "external_port_range", t.STRING, location="query"),
        Param("protocol", "protocol", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    protocol: Literal["tcp", "udp", "sctp", "dccp", "icmp", "ipv6-icmp"] = REQUIRED
    """The IP protocol forwarded."""

    internal_ip_address: str = REQUIRED
    """The fixed IP (of internal_port_id) traffic goes to."""

    internal_port_id: str = REQUIRED
    """The Neutron port holding internal_ip_address."""

    internal_port: int | None | Unset = UNSET
    """The port traffic goes to (1-65535; or give internal_port_range)."""

    external_port: int | None | Unset = UNSET
    """The floating IP's port that is forwarded (1-65535; or external_port_range)."""

    internal_port_range: str | Unset = UNSET
    """A range of internal ports, "first:last" (fip-port-forwarding-port-ranges)."""

    external_port_range: str | Unset = UNSET
    """The matching range of floating IP ports, "first:last"."""

    description: str | Unset = UNSET
    """Free-form text (floating-ip-port-forwarding-description)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "protocol",
            "protocol",
            t.STRING,
            required=True,
            enum=("tcp", "udp", "sctp", "dccp", "icmp", "ipv6-icmp"),
        ),
        Param("internal_ip_address", "internal_ip_address", t.STRING, required=True),
        Param("internal_port_id", "internal_port_id", t.STRING, required=True),
        Param("internal_port", "internal_port", t.INTEGER, nullable=True),
        Param("external_port", "external_port", t.INTEGER, nullable=True),
        Param("internal_port_range", "internal_port_range", t.STRING),
        Param("external_port_range", "external_port_range", t.STRING),
        Param("description", "description", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    protocol: Literal["tcp", "udp", "sctp", "dccp", "icmp", "ipv6-icmp"] | Unset = UNSET
    """The IP protocol forwarded."""

    internal_ip_address: str | Unset = UNSET
    """The fixed IP (of internal_port_id) traffic goes to."""

    internal_port_id: str | Unset = UNSET
    """The Neutron port holding internal_ip_address."""

    internal_port: int | None | Unset = UNSET
    """The port traffic goes to (1-65535; or give internal_port_range)."""

    external_port: int | None | Unset = UNSET
    """The floating IP's port that is forwarded (1-65535; or external_port_range)."""

    internal_port_range: str | Unset = UNSET
    """A range of internal ports, "first:last" (fip-port-forwarding-port-ranges)."""

    external_port_range: str | Unset = UNSET
    """The matching range of floating IP ports, "first:last"."""

    description: str | Unset = UNSET
    """Free-form text (floating-ip-port-forwarding-description)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "protocol",
            "protocol",
            t.STRING,
            enum=("tcp", "udp", "sctp", "dccp", "icmp", "ipv6-icmp"),
        ),
        Param("internal_ip_address", "internal_ip_address", t.STRING),
        Param("internal_port_id", "internal_port_id", t.STRING),
        Param("internal_port", "internal_port", t.INTEGER, nullable=True),
        Param("external_port", "external_port", t.INTEGER, nullable=True),
        Param("internal_port_range", "internal_port_range", t.STRING),
        Param("external_port_range", "external_port_range", t.STRING),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "port_forwardings.list",
    "GET",
    "/floatingips/{floatingip_id}/port_forwardings",
    ok=(200, 203),
    response_key="port_forwardings",
    paging=Paging("marker", next="port_forwardings_links[rel=next].href"),
)
_GET = Operation(
    "port_forwardings.get",
    "GET",
    "/floatingips/{floatingip_id}/port_forwardings/{port_forwarding_id}",
    ok=(200, 203),
    response_key="port_forwarding",
)
_CREATE = Operation(
    "port_forwardings.create",
    "POST",
    "/floatingips/{floatingip_id}/port_forwardings",
    ok=(201,),
    request_kind="json",
    request_key="port_forwarding",
    response_key="port_forwarding",
)
_UPDATE = Operation(
    "port_forwardings.update",
    "PUT",
    "/floatingips/{floatingip_id}/port_forwardings/{port_forwarding_id}",
    ok=(200,),
    request_kind="json",
    request_key="port_forwarding",
    response_key="port_forwarding",
)
_DELETE = Operation(
    "port_forwardings.delete",
    "DELETE",
    "/floatingips/{floatingip_id}/port_forwardings/{port_forwarding_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    floatingip_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[PortForwarding]:
    """List a floating IP's port forwardings."""
    return client.pager(
        _LIST,
        {"floatingip_id": floatingip_id},
        model=PortForwarding,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    floatingip_id: str,
    port_forwarding_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortForwarding]:
    """Show a port forwarding."""
    return client.call(
        _GET,
        {"floatingip_id": floatingip_id, "port_forwarding_id": port_forwarding_id},
        model=PortForwarding,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    floatingip_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortForwarding]:
    """Create a port forwarding; an external port already forwarded on the floating IP is a 409
    (400 when the floating IP is associated with a port)."""
    return client.call(
        _CREATE,
        {"floatingip_id": floatingip_id},
        model=PortForwarding,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    floatingip_id: str,
    port_forwarding_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortForwarding]:
    """Change a port forwarding (only the attributes set are sent)."""
    return client.call(
        _UPDATE,
        {"floatingip_id": floatingip_id, "port_forwarding_id": port_forwarding_id},
        model=PortForwarding,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    floatingip_id: str,
    port_forwarding_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a port forwarding."""
    return client.call(
        _DELETE,
        {"floatingip_id": floatingip_id, "port_forwarding_id": port_forwarding_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_port_forwardings(page: Page[Any]) -> builtins.list[PortForwarding]:
    """The PortForwarding items of a page (or of ``all_pages()``)."""
    return page.extract_as(PortForwarding)
