# Generated from shared-file-system/v2/services.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The scheduler, share and data services Manila runs, their hosts, zones and whether each is
enabled and up (2.7 and later; before, under /os-services). Administrators only."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ServiceState(Model):
    """What enable and disable answer (unwrapped, unlike the listing)."""

    host: str | Unset = UNSET

    binary: str | Unset = UNSET

    status: str | Unset = UNSET

    disabled_reason: str | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("host", "host", t.STRING),
        Field("binary", "binary", t.STRING),
        Field("status", "status", t.STRING),
        Field("disabled_reason", "disabled_reason", t.STRING, since="2.83"),
    )


class Service(Model):
    """The scheduler, share and data services Manila runs, their hosts, zones and whether each is
    enabled and up (2.7 and later; before, under /os-services). Administrators only."""

    id: int

    binary: str | Unset = UNSET
    """manila-scheduler, manila-share or manila-data."""

    host: str | Unset = UNSET
    """The host (host@backend for share services)."""

    zone: str | Unset = UNSET
    """The availability zone."""

    status: Literal["enabled", "disabled"] | Unset = UNSET

    state: Literal["up", "down", "stopped"] | Unset = UNSET
    """Whether the service reported in time."""

    disabled_reason: str | None | Unset = UNSET

    ensuring: bool | Unset = UNSET
    """Whether the share service is re-ensuring its shares."""

    updated_at: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("binary", "binary", t.STRING),
        Field("host", "host", t.STRING),
        Field("zone", "zone", t.STRING),
        Field("status", "status", t.STRING),
        Field("state", "state", t.STRING),
        Field("disabled_reason", "disabled_reason", t.STRING, since="2.83"),
        Field("ensuring", "ensuring", t.BOOLEAN, since="2.86"),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    host: str | Unset = UNSET

    binary: str | Unset = UNSET

    zone: str | Unset = UNSET

    state: Literal["up", "down"] | Unset = UNSET

    status: Literal["enabled", "disabled"] | Unset = UNSET

    ensuring: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, location="query"),
        Param("binary", "binary", t.STRING, location="query"),
        Param("zone", "zone", t.STRING, location="query"),
        Param("state", "state", t.STRING, location="query", enum=("up", "down")),
        Param("status", "status", t.STRING, location="query", enum=("enabled", "disabled")),
        Param("ensuring", "ensuring", t.BOOLEAN, location="query", since="2.93"),
    )


class EnableOpts(Opts):
    """Options of enable."""

    host: str = REQUIRED

    binary: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("binary", "binary", t.STRING, required=True),
    )


class DisableOpts(Opts):
    """Options of disable."""

    host: str = REQUIRED

    binary: str = REQUIRED

    disabled_reason: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("binary", "binary", t.STRING, required=True),
        Param("disabled_reason", "disabled_reason", t.STRING, since="2.83"),
    )


class EnsureSharesOpts(Opts):
    """Options of ensure_shares."""

    host: str = REQUIRED
    """The share service's host@backend."""

    _params: ClassVar[tuple[Param, ...]] = (Param("host", "host", t.STRING, required=True),)


_LIST = Operation(
    "services.list",
    "GET",
    "/services",
    ok=(200, 203),
    response_key="services",
    paging=Paging("single"),
    since="2.7",
)
_ENABLE = Operation(
    "services.enable",
    "PUT",
    "/services/enable",
    ok=(200, 201, 202, 204),
    request_kind="json",
    since="2.7",
)
_DISABLE = Operation(
    "services.disable",
    "PUT",
    "/services/disable",
    ok=(200, 201, 202, 204),
    request_kind="json",
    since="2.7",
)
_ENSURE_SHARES = Operation(
    "services.ensure_shares",
    "POST",
    "/services/ensure-shares",
    ok=(202,),
    request_kind="json",
    request_key="ensure_shares",
    response_kind="empty",
    since="2.86",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Service]:
    """List services."""
    return client.pager(
        _LIST, None, model=Service, opts=opts, microversion=microversion, timeout=timeout
    )


def enable(
    client: ServiceClient,
    opts: EnableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceState]:
    """Enable."""
    return client.call(
        _ENABLE, None, model=ServiceState, opts=opts, microversion=microversion, timeout=timeout
    )


def disable(
    client: ServiceClient,
    opts: DisableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceState]:
    """Disable."""
    return client.call(
        _DISABLE, None, model=ServiceState, opts=opts, microversion=microversion, timeout=timeout
    )


def ensure_shares(
    client: ServiceClient,
    opts: EnsureSharesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Ask a share service to re-check (ensure) all its shares."""
    return client.call(_ENSURE_SHARES, None, opts=opts, microversion=microversion, timeout=timeout)


def extract_services(page: Page[Any]) -> builtins.list[Service]:
    """The Service items of a page (or of ``all_pages()``)."""
    return page.extract_as(Service)
