# Generated from baremetal/v1/events.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""External events (since 1.54): what Neutron tells Ironic about ports it bound or unbound for a
node ("network.bind_port", "network.unbind_port", "network.delete_port"). Ironic only logs
them today; send is for services, not for people."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class Event(Model):
    """External events (since 1.54): what Neutron tells Ironic about ports it bound or unbound
    for a node ("network.bind_port", "network.unbind_port", "network.delete_port"). Ironic
    only logs them today; send is for services, not for people."""

    event: Literal["network.bind_port", "network.unbind_port", "network.delete_port"] | Unset = (
        UNSET
    )
    """The kind of event."""

    port_id: str
    """The Neutron port's UUID."""

    mac_address: str | Unset = UNSET
    """The port's MAC address."""

    status: str | Unset = UNSET
    """The port's status in Neutron."""

    device_id: str | None | Unset = UNSET
    """The device (node or instance) the port is bound to."""

    binding_host_id: str | None | Unset = UNSET
    """The host the port is bound on."""

    binding_vnic_type: str | None | Unset = UNSET
    """The port's VNIC type (baremetal)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "event",
            "event",
            t.STRING,
            enum=("network.bind_port", "network.unbind_port", "network.delete_port"),
        ),
        Field("port_id", "port_id", t.STRING),
        Field("mac_address", "mac_address", t.STRING),
        Field("status", "status", t.STRING),
        Field("device_id", "device_id", t.STRING),
        Field("binding_host_id", "binding:host_id", t.STRING),
        Field("binding_vnic_type", "binding:vnic_type", t.STRING),
    )


class SendOpts(Opts):
    """Options of send."""

    events: builtins.list[Event] = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("events", "events", t.list_of(t.model(Event)), required=True),
    )


_SEND = Operation(
    "events.send",
    "POST",
    "/events",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.54",
)


def send(
    client: ServiceClient,
    opts: SendOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Report events to Ironic (204)."""
    return client.call(_SEND, None, opts=opts, microversion=microversion, timeout=timeout)


def extract_events(page: Page[Any]) -> builtins.list[Event]:
    """The Event items of a page (or of ``all_pages()``)."""
    return page.extract_as(Event)
