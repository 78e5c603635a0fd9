# Generated from compute/v2/server_interfaces.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A port attached to a server (os-interface). Attaching needs a network (net_id, optionally with
fixed_ips) or an existing port (port_id), not both; attaching and detaching need a server on a
compute host (409 for a server that is still building). Listing reads the server's ports from
Neutron."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class FixedIp(Model):
    """The FixedIp object."""

    ip_address: str | Unset = UNSET
    """The IP address."""

    subnet_id: str | Unset = UNSET
    """The subnet's ID (in responses; attach takes only ip_address)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ip_address", "ip_address", t.STRING),
        Field("subnet_id", "subnet_id", t.STRING),
    )


class InterfaceAttachment(Model):
    """A port attached to a server (os-interface). Attaching needs a network (net_id, optionally
    with fixed_ips) or an existing port (port_id), not both; attaching and detaching need a
    server on a compute host (409 for a server that is still building). Listing reads the
    server's ports from Neutron."""

    port_id: str
    """The port's ID (to attach an existing port)."""

    net_id: str | Unset = UNSET
    """The network's ID (to attach a new port on that network)."""

    fixed_ips: builtins.list[FixedIp] | Unset = UNSET
    """The port's fixed IPs. On attach with net_id: at most one entry with the ip_address wanted."""

    mac_addr: str | Unset = UNSET
    """The port's MAC address."""

    port_state: str | Unset = UNSET
    """The port's status in Neutron (ACTIVE, DOWN, ...)."""

    tag: str | None | Unset = UNSET
    """A device role tag exposed to the guest through the metadata service (sent since 2.49;
    returned since 2.70)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("port_id", "port_id", t.STRING),
        Field("net_id", "net_id", t.STRING),
        Field("fixed_ips", "fixed_ips", t.list_of(t.model(FixedIp))),
        Field("mac_addr", "mac_addr", t.STRING),
        Field("port_state", "port_state", t.STRING),
        Field("tag", "tag", t.STRING, since="2.49"),
    )


class CreateOpts(Opts):
    """Options of create."""

    port_id: str | Unset = UNSET
    """The port's ID (to attach an existing port)."""

    net_id: str | Unset = UNSET
    """The network's ID (to attach a new port on that network)."""

    fixed_ips: builtins.list[FixedIp] | Unset = UNSET
    """The port's fixed IPs. On attach with net_id: at most one entry with the ip_address wanted."""

    tag: str | None | Unset = UNSET
    """A device role tag exposed to the guest through the metadata service (sent since 2.49;
    returned since 2.70)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("port_id", "port_id", t.STRING),
        Param("net_id", "net_id", t.STRING),
        Param("fixed_ips", "fixed_ips", t.list_of(t.model(FixedIp))),
        Param("tag", "tag", t.STRING, nullable=True, since="2.49"),
    )


_LIST = Operation(
    "server_interfaces.list",
    "GET",
    "/servers/{server_id}/os-interface",
    ok=(200, 203),
    response_key="interfaceAttachments",
    paging=Paging("single"),
)
_GET = Operation(
    "server_interfaces.get",
    "GET",
    "/servers/{server_id}/os-interface/{port_id}",
    ok=(200, 203),
    response_key="interfaceAttachment",
)
_CREATE = Operation(
    "server_interfaces.create",
    "POST",
    "/servers/{server_id}/os-interface",
    ok=(200,),
    request_kind="json",
    request_key="interfaceAttachment",
    response_key="interfaceAttachment",
)
_DELETE = Operation(
    "server_interfaces.delete",
    "DELETE",
    "/servers/{server_id}/os-interface/{port_id}",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[InterfaceAttachment]:
    """The ports attached to a server."""
    return client.pager(
        _LIST,
        {"server_id": server_id},
        model=InterfaceAttachment,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    server_id: str,
    port_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InterfaceAttachment]:
    """One attached port, by port ID."""
    return client.call(
        _GET,
        {"server_id": server_id, "port_id": port_id},
        model=InterfaceAttachment,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    server_id: str,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InterfaceAttachment]:
    """Attach a port: a new one on net_id, or the existing port_id. Returns the attached
    interface."""
    return client.call(
        _CREATE,
        {"server_id": server_id},
        model=InterfaceAttachment,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    server_id: str,
    port_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Detach a port from the server (asynchronous)."""
    return client.call(
        _DELETE,
        {"server_id": server_id, "port_id": port_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_interfaces(page: Page[Any]) -> builtins.list[InterfaceAttachment]:
    """The InterfaceAttachment items of a page (or of ``all_pages()``)."""
    return page.extract_as(InterfaceAttachment)
