# Generated from messaging/v2/health.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The server's health: ping (any user: whether the storage answers) and the detailed health
report (admin: each pool's or store's reachability and a timed run of every queue operation)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class Health(Model):
    """The server's health: ping (any user: whether the storage answers) and the detailed health
    report (admin: each pool's or store's reachability and a timed run of every queue
    operation)."""

    catalog_reachable: bool
    """Whether the management store answers."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("catalog_reachable", "catalog_reachable", t.BOOLEAN),
    )


class PingOpts(Opts):
    """Options of ping. Also the options of ping_head and get_health and home."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


PingHeadOpts = PingOpts
GetHealthOpts = PingOpts
HomeOpts = PingOpts

_PING = Operation(
    "health.ping",
    "GET",
    "/ping",
    ok=(204,),
    response_kind="empty",
)
_PING_HEAD = Operation(
    "health.ping_head",
    "HEAD",
    "/ping",
    ok=(204,),
    response_kind="empty",
)
_GET_HEALTH = Operation(
    "health.get_health",
    "GET",
    "/health",
    ok=(200,),
)
_HOME = Operation(
    "health.home",
    "GET",
    "/",
    ok=(200,),
)


def ping(
    client: ServiceClient,
    opts: PingOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Whether the server and its storage answer (204; 503 when not)."""
    return client.call(_PING, None, opts=opts, microversion=microversion, timeout=timeout)


def ping_head(
    client: ServiceClient,
    opts: PingHeadOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """The same as ping, with HEAD."""
    return client.call(_PING_HEAD, None, opts=opts, microversion=microversion, timeout=timeout)


def get_health(
    client: ServiceClient,
    opts: GetHealthOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The detailed health report (admin only): catalog_reachable, and per pool (or store)
    storage_reachable with the time each queue operation took; the shape varies with the
    stores, so it is answered as decoded JSON. Stores without health checks (Swift) make it
    answer 503."""
    return client.call(_GET_HEALTH, None, opts=opts, microversion=microversion, timeout=timeout)


def home(
    client: ServiceClient,
    opts: HomeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The v2 home document (JSON Home) listing the API's resources and their URL templates."""
    return client.call(_HOME, None, opts=opts, microversion=microversion, timeout=timeout)


def extract_health(page: Page[Any]) -> builtins.list[Health]:
    """The Health items of a page (or of ``all_pages()``)."""
    return page.extract_as(Health)
