# Generated from compute/v2/server_ips.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The IP addresses of a server, grouped by the label of the network they belong to (the same
addresses as Server.addresses, without the MAC and fixed/floating type). A server that has no
port yet (a BUILD server) has no addresses."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class Address(Model):
    """The Address object."""

    addr: str | Unset = UNSET
    """The IP address."""

    version: int | Unset = UNSET
    """The IP version."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("addr", "addr", t.STRING),
        Field("version", "version", t.INTEGER, enum=(4, 6)),
    )


class ServerAddresses(Model):
    """The IP addresses of a server, grouped by the label of the network they belong to (the same
    addresses as Server.addresses, without the MAC and fixed/floating type). A server that has
    no port yet (a BUILD server) has no addresses."""

    addresses: dict[str, builtins.list[Address]] | Unset = UNSET
    """Network label to the server's addresses on that network."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("addresses", "addresses", t.map_of(t.list_of(t.model(Address)))),
    )


_GET = Operation(
    "server_ips.get",
    "GET",
    "/servers/{server_id}/ips",
    ok=(200, 203),
)
_LIST_NETWORK = Operation(
    "server_ips.list_network",
    "GET",
    "/servers/{server_id}/ips/{network_label}",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerAddresses]:
    """All addresses of a server, by network label."""
    return client.call(
        _GET,
        {"server_id": server_id},
        model=ServerAddresses,
        microversion=microversion,
        timeout=timeout,
    )


def list_network(
    client: ServiceClient,
    server_id: str,
    network_label: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The server's addresses on one network, given by its label. Nova answers {"<label>":
    [...]}, a one-entry dict that is returned as received (NotFound when the server has no
    address on that network)."""
    return client.call(
        _LIST_NETWORK,
        {"server_id": server_id, "network_label": network_label},
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_ips(page: Page[Any]) -> builtins.list[ServerAddresses]:
    """The ServerAddresses items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerAddresses)
