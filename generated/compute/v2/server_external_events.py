# Generated from compute/v2/server_external_events.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An event another service reports about a server (POST /os-server-external-events): Neutron
tells Nova a port changed or was plugged, Cinder that a volume grew or was reimaged, Ironic
that a node's power changed, Cyborg that an accelerator is bound. Admin-only by default. Each
event in the answer carries its own HTTP code; the request answers 200 when every event was
accepted and 207 when any was not (even when none was)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ServerExternalEvent(Model):
    """An event another service reports about a server (POST /os-server-external-events): Neutron
    tells Nova a port changed or was plugged, Cinder that a volume grew or was reimaged,
    Ironic that a node's power changed, Cyborg that an accelerator is bound. Admin-only by
    default. Each event in the answer carries its own HTTP code; the request answers 200 when
    every event was accepted and 207 when any was not (even when none was)."""

    server_uuid: str
    """The server the event is about."""

    name: (
        Literal[
            "network-changed",
            "network-vif-plugged",
            "network-vif-unplugged",
            "network-vif-deleted",
            "volume-extended",
            "power-update",
            "accelerator-request-bound",
            "volume-reimaged",
        ]
        | Unset
    ) = UNSET
    """The event: network-changed, network-vif-plugged, network-vif-unplugged,
    network-vif-deleted; volume-extended since 2.51, power-update since 2.76,
    accelerator-request-bound since 2.82, volume-reimaged since 2.93 (Nova answers 400 to a
    name newer than the request's microversion)."""

    status: Literal["failed", "completed", "in-progress"] | Unset = UNSET
    """The event's state."""

    tag: str | Unset = UNSET
    """What the event is about (a port ID for the network-vif events, a volume ID for
    volume-extended, POWER_ON or POWER_OFF for power-update, a device profile for
    accelerator-request-bound). Required by Nova for every name but network-changed (the event
    then fails with code 400)."""

    code: int | Unset = UNSET
    """How Nova took the event: 200 accepted, 400 a tag is missing, 404 no such server, 422 the
    server has no host yet (only in the answer)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("server_uuid", "server_uuid", t.STRING),
        Field(
            "name",
            "name",
            t.STRING,
            enum=(
                "network-changed",
                "network-vif-plugged",
                "network-vif-unplugged",
                "network-vif-deleted",
                "volume-extended",
                "power-update",
                "accelerator-request-bound",
                "volume-reimaged",
            ),
        ),
        Field("status", "status", t.STRING, enum=("failed", "completed", "in-progress")),
        Field("tag", "tag", t.STRING),
        Field("code", "code", t.INTEGER),
    )


class SendOpts(Opts):
    """Options of send."""

    events: builtins.list[ServerExternalEvent] = REQUIRED
    """The events (at least one); code is not sent. Each needs name and server_uuid."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("events", "events", t.list_of(t.model(ServerExternalEvent)), required=True),
    )


_SEND = Operation(
    "server_external_events.send",
    "POST",
    "/os-server-external-events",
    ok=(200, 207),
    request_kind="json",
    response_kind="list",
    response_key="events",
)


def send(
    client: ServiceClient,
    opts: SendOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[ServerExternalEvent]]:
    """Report events about one or more servers; returns each event with its code (and status
    failed when it was not accepted)."""
    return client.call(
        _SEND,
        None,
        model=ServerExternalEvent,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_external_events(page: Page[Any]) -> builtins.list[ServerExternalEvent]:
    """The ServerExternalEvent items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerExternalEvent)
