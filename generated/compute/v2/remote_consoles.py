# Generated from compute/v2/remote_consoles.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A URL that opens a server's console (2.6 and later; before that the os-get*Console server
actions, below). Which protocols work depends on the deployment's console proxies and the virt
driver (400 for one that is disabled, 501 when the driver has none); the server must run on a
host (409 while it is still building)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class Console(Model):
    """The Console object."""

    type: str | Unset = UNSET
    """The console type that was asked for."""

    url: str | Unset = UNSET
    """The URL that opens the console."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("type", "type", t.STRING),
        Field("url", "url", t.STRING),
    )


class ConsoleConnectInfo(Model):
    """The ConsoleConnectInfo object."""

    instance_uuid: str | Unset = UNSET
    """The server the token is for."""

    host: str | None | Unset = UNSET
    """The host the console proxy connects to."""

    port: int | None | Unset = UNSET
    """The port the console proxy connects to."""

    tls_port: int | None | Unset = UNSET
    """The TLS port (spice-direct consoles)."""

    internal_access_path: str | None | Unset = UNSET
    """The path the proxy uses on the host (null for most types)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("instance_uuid", "instance_uuid", t.STRING),
        Field("host", "host", t.STRING),
        Field("port", "port", t.INTEGER),
        Field("tls_port", "tls_port", t.INTEGER, since="2.99"),
        Field("internal_access_path", "internal_access_path", t.STRING),
    )


class RemoteConsole(Model):
    """A URL that opens a server's console (2.6 and later; before that the os-get*Console server
    actions, below). Which protocols work depends on the deployment's console proxies and the
    virt driver (400 for one that is disabled, 501 when the driver has none); the server must
    run on a host (409 while it is still building)."""

    protocol: Literal["vnc", "spice", "serial", "rdp", "mks"] | Unset = UNSET
    """The console protocol: vnc, spice, serial, mks (2.8+). rdp is still in the schema but Nova
    rejects it (400)."""

    type: (
        Literal["novnc", "xvpvnc", "spice-html5", "spice-direct", "serial", "rdp-html5", "webmks"]
        | Unset
    ) = UNSET
    """The console type, matching the protocol: novnc or xvpvnc (vnc), spice-html5 or
    spice-direct (spice; 2.99+), serial, webmks (mks; 2.8+)."""

    url: str | Unset = UNSET
    """The URL that opens the console (it carries a one-time token)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("protocol", "protocol", t.STRING, enum=("vnc", "spice", "serial", "rdp", "mks")),
        Field(
            "type",
            "type",
            t.STRING,
            enum=(
                "novnc",
                "xvpvnc",
                "spice-html5",
                "spice-direct",
                "serial",
                "rdp-html5",
                "webmks",
            ),
        ),
        Field("url", "url", t.STRING),
    )


class CreateOpts(Opts):
    """Options of create."""

    protocol: Literal["vnc", "spice", "serial", "rdp", "mks"] = REQUIRED
    """The console protocol: vnc, spice, serial, mks (2.8+). rdp is still in the schema but Nova
    rejects it (400)."""

    type: Literal[
        "novnc", "xvpvnc", "spice-html5", "spice-direct", "serial", "rdp-html5", "webmks"
    ] = REQUIRED
    """The console type, matching the protocol: novnc or xvpvnc (vnc), spice-html5 or
    spice-direct (spice; 2.99+), serial, webmks (mks; 2.8+)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "protocol",
            "protocol",
            t.STRING,
            required=True,
            enum=("vnc", "spice", "serial", "rdp", "mks"),
        ),
        Param(
            "type",
            "type",
            t.STRING,
            required=True,
            enum=(
                "novnc",
                "xvpvnc",
                "spice-html5",
                "spice-direct",
                "serial",
                "rdp-html5",
                "webmks",
            ),
        ),
    )


class GetVncConsoleOpts(Opts):
    """Options of get_vnc_console."""

    type: Literal["novnc", "xvpvnc"] = REQUIRED
    """The console type."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True, enum=("novnc", "xvpvnc")),
    )


class GetSpiceConsoleOpts(Opts):
    """Options of get_spice_console."""

    type: Literal["spice-html5"] = REQUIRED
    """The console type."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True, enum=("spice-html5",)),
    )


class GetRdpConsoleOpts(Opts):
    """Options of get_rdp_console."""

    type: Literal["rdp-html5"] = REQUIRED
    """The console type."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True, enum=("rdp-html5",)),
    )


class GetSerialConsoleOpts(Opts):
    """Options of get_serial_console."""

    type: Literal["serial"] = REQUIRED
    """The console type."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True, enum=("serial",)),
    )


_CREATE = Operation(
    "remote_consoles.create",
    "POST",
    "/servers/{server_id}/remote-consoles",
    ok=(200,),
    request_kind="json",
    request_key="remote_console",
    response_key="remote_console",
    since="2.6",
)
_GET_VNC_CONSOLE = Operation(
    "remote_consoles.get_vnc_console",
    "POST",
    "/servers/{server_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-getVNCConsole",
    response_key="console",
    until="2.5",
)
_GET_SPICE_CONSOLE = Operation(
    "remote_consoles.get_spice_console",
    "POST",
    "/servers/{server_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-getSPICEConsole",
    response_key="console",
    until="2.5",
)
_GET_RDP_CONSOLE = Operation(
    "remote_consoles.get_rdp_console",
    "POST",
    "/servers/{server_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-getRDPConsole",
    response_key="console",
    until="2.5",
)
_GET_SERIAL_CONSOLE = Operation(
    "remote_consoles.get_serial_console",
    "POST",
    "/servers/{server_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="os-getSerialConsole",
    response_key="console",
    until="2.5",
)
_GET_CONSOLE_CONNECT_INFO = Operation(
    "remote_consoles.get_console_connect_info",
    "GET",
    "/os-console-auth-tokens/{console_token}",
    ok=(200, 203),
    response_key="console",
)


def create(
    client: ServiceClient,
    server_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RemoteConsole]:
    """Get a console URL for the server."""
    return client.call(
        _CREATE,
        {"server_id": server_id},
        model=RemoteConsole,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_vnc_console(
    client: ServiceClient,
    server_id: str,
    opts: GetVncConsoleOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Console]:
    """A VNC console URL (type novnc or xvpvnc); replaced by create in 2.6."""
    return client.call(
        _GET_VNC_CONSOLE,
        {"server_id": server_id},
        model=Console,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_spice_console(
    client: ServiceClient,
    server_id: str,
    opts: GetSpiceConsoleOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Console]:
    """A SPICE console URL (type spice-html5); replaced by create in 2.6."""
    return client.call(
        _GET_SPICE_CONSOLE,
        {"server_id": server_id},
        model=Console,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_rdp_console(
    client: ServiceClient,
    server_id: str,
    opts: GetRdpConsoleOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Console]:
    """An RDP console URL (type rdp-html5); Nova no longer has RDP consoles and answers 400.
    Replaced by create in 2.6."""
    return client.call(
        _GET_RDP_CONSOLE,
        {"server_id": server_id},
        model=Console,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_serial_console(
    client: ServiceClient,
    server_id: str,
    opts: GetSerialConsoleOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Console]:
    """A serial console URL (type serial); replaced by create in 2.6."""
    return client.call(
        _GET_SERIAL_CONSOLE,
        {"server_id": server_id},
        model=Console,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_console_connect_info(
    client: ServiceClient,
    console_token: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConsoleConnectInfo]:
    """What a console token connects to (os-console-auth-tokens; admins only by default). Before
    2.31 only rdp-html5 tokens can be looked up (400 for others); NotFound for an unknown or
    expired token."""
    return client.call(
        _GET_CONSOLE_CONNECT_INFO,
        {"console_token": console_token},
        model=ConsoleConnectInfo,
        microversion=microversion,
        timeout=timeout,
    )


def extract_remote_consoles(page: Page[Any]) -> builtins.list[RemoteConsole]:
    """The RemoteConsole items of a page (or of ``all_pages()``)."""
    return page.extract_as(RemoteConsole)
