# Generated from block-storage/v3/services.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The Block Storage services (cinder-scheduler, cinder-volume, cinder-backup) registered with
Cinder, and the admin operations on them: enable, disable, freeze, thaw, fail over replicated
backends, and read or set log levels. Admin-only by default. A service is known by its host
and binary; there is no ID."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ServiceStatus(Model):
    """A service's status after enable or disable."""

    host: str | Unset = UNSET
    """The host."""

    binary: str | Unset = UNSET
    """The binary."""

    service: str | Unset = UNSET
    """The deprecated service key as sent (usually empty)."""

    status: str | Unset = UNSET
    """enabled or disabled."""

    disabled: bool | Unset = UNSET
    """True when disabled."""

    disabled_reason: str | None | Unset = UNSET
    """Why it was disabled."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("host", "host", t.STRING),
        Field("binary", "binary", t.STRING),
        Field("service", "service", t.STRING),
        Field("status", "status", t.STRING),
        Field("disabled", "disabled", t.BOOLEAN),
        Field("disabled_reason", "disabled_reason", t.STRING),
    )


class LogLevels(Model):
    """The log levels of one service."""

    binary: str | Unset = UNSET
    """The binary."""

    host: str | Unset = UNSET
    """The host."""

    levels: dict[str, str] | Unset = UNSET
    """Logger name to level."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("binary", "binary", t.STRING),
        Field("host", "host", t.STRING),
        Field("levels", "levels", t.map_of(t.STRING)),
    )


class Service(Model):
    """The Block Storage services (cinder-scheduler, cinder-volume, cinder-backup) registered
    with Cinder, and the admin operations on them: enable, disable, freeze, thaw, fail over
    replicated backends, and read or set log levels. Admin-only by default. A service is known
    by its host and binary; there is no ID."""

    host: str
    """The host (host@backend for volume services)."""

    binary: str | Unset = UNSET
    """The binary, e.g. cinder-volume."""

    zone: str | Unset = UNSET
    """The availability zone."""

    status: Literal["enabled", "disabled"] | Unset = UNSET
    """Whether the service is enabled (takes new work)."""

    state: Literal["up", "down"] | Unset = UNSET
    """Whether the service reported recently."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last reported."""

    disabled_reason: str | None | Unset = UNSET
    """Why it was disabled."""

    cluster: str | None | Unset = UNSET
    """The cluster it belongs to (since 3.7)."""

    backend_state: str | None | Unset = UNSET
    """Volume services only: the backend's state as the scheduler reports it ("up" or "down";
    since 3.49)."""

    replication_status: str | None | Unset = UNSET
    """Volume services only, the replication status."""

    active_backend_id: str | None | Unset = UNSET
    """Volume services only, the backend it failed over to."""

    frozen: bool | Unset = UNSET
    """Volume services only, whether management operations are frozen."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("host", "host", t.STRING),
        Field("binary", "binary", t.STRING),
        Field("zone", "zone", t.STRING),
        Field("status", "status", t.STRING),
        Field("state", "state", t.STRING),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("disabled_reason", "disabled_reason", t.STRING),
        Field("cluster", "cluster", t.STRING, since="3.7"),
        Field("backend_state", "backend_state", t.STRING, since="3.49"),
        Field("replication_status", "replication_status", t.STRING),
        Field("active_backend_id", "active_backend_id", t.STRING),
        Field("frozen", "frozen", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    host: str | Unset = UNSET
    """Only services on this host."""

    binary: str | Unset = UNSET
    """Only services with this binary."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, location="query"),
        Param("binary", "binary", t.STRING, location="query"),
    )


class EnableOpts(Opts):
    """Options of enable. Also the options of disable."""

    host: str = REQUIRED
    """The service's host."""

    binary: str = REQUIRED
    """The service's binary."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("binary", "binary", t.STRING, required=True),
    )


class DisableLogReasonOpts(Opts):
    """Options of disable_log_reason."""

    host: str = REQUIRED
    """The service's host."""

    binary: str = REQUIRED
    """The service's binary."""

    disabled_reason: str = REQUIRED
    """Why (1-255 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("binary", "binary", t.STRING, required=True),
        Param("disabled_reason", "disabled_reason", t.STRING, required=True),
    )


class FreezeOpts(Opts):
    """Options of freeze. Also the options of thaw."""

    host: str | Unset = UNSET
    """The backend's host (host@backend)."""

    cluster: str | None | Unset = UNSET
    """A cluster instead of a host (since 3.26)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING),
        Param("cluster", "cluster", t.STRING, nullable=True, since="3.26"),
    )


class FailoverHostOpts(Opts):
    """Options of failover_host."""

    host: str = REQUIRED
    """The backend's host."""

    backend_id: str | None | Unset = UNSET
    """The target to fail over to (None the driver's choice)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("backend_id", "backend_id", t.STRING, nullable=True),
    )


class FailoverOpts(Opts):
    """Options of failover."""

    host: str | Unset = UNSET
    """The backend's host."""

    backend_id: str | None | Unset = UNSET
    """The target to fail over to."""

    cluster: str | None | Unset = UNSET
    """A cluster instead of a host."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING),
        Param("backend_id", "backend_id", t.STRING, nullable=True),
        Param("cluster", "cluster", t.STRING, nullable=True),
    )


class SetLogOpts(Opts):
    """Options of set_log."""

    binary: str | Unset = UNSET
    """cinder-api, cinder-scheduler, cinder-volume, cinder-backup or * (every one; default)."""

    server: str | None | Unset = UNSET
    """Only services on this host."""

    prefix: str | None | Unset = UNSET
    """Only loggers whose name starts with this."""

    level: Literal["INFO", "WARNING", "ERROR", "DEBUG"] | None | Unset = UNSET
    """The new level."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("binary", "binary", t.STRING),
        Param("server", "server", t.STRING, nullable=True),
        Param("prefix", "prefix", t.STRING, nullable=True),
        Param(
            "level", "level", t.STRING, nullable=True, enum=("INFO", "WARNING", "ERROR", "DEBUG")
        ),
    )


class GetLogOpts(Opts):
    """Options of get_log."""

    binary: str | Unset = UNSET
    """cinder-api, cinder-scheduler, cinder-volume, cinder-backup or * (default)."""

    server: str | None | Unset = UNSET
    """Only services on this host."""

    prefix: str | None | Unset = UNSET
    """Only loggers whose name starts with this."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("binary", "binary", t.STRING),
        Param("server", "server", t.STRING, nullable=True),
        Param("prefix", "prefix", t.STRING, nullable=True),
    )


DisableOpts = EnableOpts
ThawOpts = FreezeOpts

_LIST = Operation(
    "services.list",
    "GET",
    "/os-services",
    ok=(200, 203),
    response_key="services",
    paging=Paging("single"),
)
_ENABLE = Operation(
    "services.enable",
    "PUT",
    "/os-services/enable",
    ok=(200,),
    request_kind="json",
)
_DISABLE = Operation(
    "services.disable",
    "PUT",
    "/os-services/disable",
    ok=(200,),
    request_kind="json",
)
_DISABLE_LOG_REASON = Operation(
    "services.disable_log_reason",
    "PUT",
    "/os-services/disable-log-reason",
    ok=(200,),
    request_kind="json",
)
_FREEZE = Operation(
    "services.freeze",
    "PUT",
    "/os-services/freeze",
    ok=(200,),
    request_kind="json",
    response_kind="empty",
)
_THAW = Operation(
    "services.thaw",
    "PUT",
    "/os-services/thaw",
    ok=(200,),
    request_kind="json",
    response_kind="empty",
)
_FAILOVER_HOST = Operation(
    "services.failover_host",
    "PUT",
    "/os-services/failover_host",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_FAILOVER = Operation(
    "services.failover",
    "PUT",
    "/os-services/failover",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
    since="3.26",
)
_SET_LOG = Operation(
    "services.set_log",
    "PUT",
    "/os-services/set-log",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
    since="3.32",
)
_GET_LOG = Operation(
    "services.get_log",
    "PUT",
    "/os-services/get-log",
    ok=(200,),
    request_kind="json",
    response_kind="list",
    response_key="log_levels",
    since="3.32",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Service]:
    """List services. From 3.49 Cinder asks the scheduler for backend states (over RPC: without a
    scheduler the call waits for the RPC timeout)."""
    return client.pager(
        _LIST, None, model=Service, opts=opts, microversion=microversion, timeout=timeout
    )


def enable(
    client: ServiceClient,
    opts: EnableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceStatus]:
    """Enable a service; returns its new status."""
    return client.call(
        _ENABLE, None, model=ServiceStatus, opts=opts, microversion=microversion, timeout=timeout
    )


def disable(
    client: ServiceClient,
    opts: DisableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceStatus]:
    """Disable a service; returns its new status."""
    return client.call(
        _DISABLE, None, model=ServiceStatus, opts=opts, microversion=microversion, timeout=timeout
    )


def disable_log_reason(
    client: ServiceClient,
    opts: DisableLogReasonOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceStatus]:
    """Disable a service and record why; returns its new status."""
    return client.call(
        _DISABLE_LOG_REASON,
        None,
        model=ServiceStatus,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def freeze(
    client: ServiceClient,
    opts: FreezeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Freeze a volume backend (no management operations on its volumes)."""
    return client.call(_FREEZE, None, opts=opts, microversion=microversion, timeout=timeout)


def thaw(
    client: ServiceClient,
    opts: ThawOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Thaw a frozen volume backend."""
    return client.call(_THAW, None, opts=opts, microversion=microversion, timeout=timeout)


def failover_host(
    client: ServiceClient,
    opts: FailoverHostOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Fail a replicated volume backend over to a replication target, named by its host
    (failover, since 3.26, may name a cluster instead)."""
    return client.call(_FAILOVER_HOST, None, opts=opts, microversion=microversion, timeout=timeout)


def failover(
    client: ServiceClient,
    opts: FailoverOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Fail a replicated backend, or all of a cluster, over to a replication target (since 3.26)."""
    return client.call(_FAILOVER, None, opts=opts, microversion=microversion, timeout=timeout)


def set_log(
    client: ServiceClient,
    opts: SetLogOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set the log level of services' loggers (since 3.32)."""
    return client.call(_SET_LOG, None, opts=opts, microversion=microversion, timeout=timeout)


def get_log(
    client: ServiceClient,
    opts: GetLogOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[LogLevels]]:
    """The log levels of services' loggers (since 3.32)."""
    return client.call(
        _GET_LOG, None, model=LogLevels, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_services(page: Page[Any]) -> builtins.list[Service]:
    """The Service items of a page (or of ``all_pages()``)."""
    return page.extract_as(Service)
