# Generated from compute/v2/compute_services.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A Nova service (nova-compute, nova-scheduler, nova-conductor) on one host, as os-services
reports it. Admin-only by default. Only nova-compute services can be changed: since 2.53 by
update on the service's UUID (status, disabled_reason, forced_down); before, by the enable,
disable, disable_log_reason and (2.11-2.52) force_down actions naming host and binary. IDs are
integers before 2.53 and UUIDs since. Since 2.69, services in a cell Nova cannot reach are
listed with only binary, host and status "UNKNOWN"."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ComputeService(Model):
    """A Nova service (nova-compute, nova-scheduler, nova-conductor) on one host, as os-services
    reports it. Admin-only by default. Only nova-compute services can be changed: since 2.53
    by update on the service's UUID (status, disabled_reason, forced_down); before, by the
    enable, disable, disable_log_reason and (2.11-2.52) force_down actions naming host and
    binary. IDs are integers before 2.53 and UUIDs since. Since 2.69, services in a cell Nova
    cannot reach are listed with only binary, host and status "UNKNOWN"."""

    id: Any | Unset = UNSET
    """An integer before 2.53, the service's UUID (a string) since. Absent from the answers of
    the actions before 2.53 and from services of an unreachable cell (2.69)."""

    binary: str | Unset = UNSET
    """The service's binary, e.g. nova-compute."""

    host: str | Unset = UNSET
    """The host the service runs on."""

    zone: str | Unset = UNSET
    """The availability zone of the host ("internal" for control services)."""

    state: Literal["up", "down"] | Unset = UNSET
    """Whether the service reports in (or is forced down)."""

    status: Literal["enabled", "disabled", "UNKNOWN"] | Unset = UNSET
    """Whether the scheduler may use the service's host; "UNKNOWN" (since 2.69) for a service of
    an unreachable cell. update takes enabled or disabled (enabling clears disabled_reason)."""

    disabled_reason: str | None | Unset = UNSET
    """Why the service was disabled (1-255 characters; only with status disabled on update)."""

    forced_down: bool | Unset = UNSET
    """Since 2.11: whether an operator marked the service down (so that its servers can be
    evacuated before it stops reporting in)."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the service last reported in."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.ANY),
        Field("binary", "binary", t.STRING),
        Field("host", "host", t.STRING),
        Field("zone", "zone", t.STRING),
        Field("state", "state", t.STRING),
        Field("status", "status", t.STRING, enum=("enabled", "disabled", "UNKNOWN")),
        Field("disabled_reason", "disabled_reason", t.STRING),
        Field("forced_down", "forced_down", t.BOOLEAN, since="2.11"),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    host: str | Unset = UNSET
    """Only the services on this host."""

    binary: str | Unset = UNSET
    """Only the services with this binary."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, location="query"),
        Param("binary", "binary", t.STRING, location="query"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    status: Literal["enabled", "disabled", "UNKNOWN"] | Unset = UNSET
    """Whether the scheduler may use the service's host; "UNKNOWN" (since 2.69) for a service of
    an unreachable cell. update takes enabled or disabled (enabling clears disabled_reason)."""

    disabled_reason: str | None | Unset = UNSET
    """Why the service was disabled (1-255 characters; only with status disabled on update)."""

    forced_down: bool | Unset = UNSET
    """Since 2.11: whether an operator marked the service down (so that its servers can be
    evacuated before it stops reporting in)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("status", "status", t.STRING, enum=("enabled", "disabled", "UNKNOWN")),
        Param("disabled_reason", "disabled_reason", t.STRING, nullable=True),
        Param("forced_down", "forced_down", t.BOOLEAN, since="2.11"),
    )


class EnableOpts(Opts):
    """Options of enable. Also the options of disable."""

    host: str = REQUIRED
    """The service's host."""

    binary: str = REQUIRED
    """The service's binary (only nova-compute)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("binary", "binary", t.STRING, required=True),
    )


class DisableLogReasonOpts(Opts):
    """Options of disable_log_reason."""

    host: str = REQUIRED
    """The service's host."""

    binary: str = REQUIRED
    """The service's binary (only nova-compute)."""

    disabled_reason: str = REQUIRED
    """Why (1-255 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("binary", "binary", t.STRING, required=True),
        Param("disabled_reason", "disabled_reason", t.STRING, required=True),
    )


class ForceDownOpts(Opts):
    """Options of force_down."""

    host: str = REQUIRED
    """The service's host."""

    binary: str = REQUIRED
    """The service's binary (only nova-compute)."""

    forced_down: bool = REQUIRED
    """True to force it down, false to lift that."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("binary", "binary", t.STRING, required=True),
        Param("forced_down", "forced_down", t.BOOLEAN, required=True),
    )


DisableOpts = EnableOpts

_LIST = Operation(
    "compute_services.list",
    "GET",
    "/os-services",
    ok=(200, 203),
    response_key="services",
    paging=Paging("single"),
)
_UPDATE = Operation(
    "compute_services.update",
    "PUT",
    "/os-services/{service_id}",
    ok=(200,),
    request_kind="json",
    response_key="service",
    since="2.53",
)
_DELETE = Operation(
    "compute_services.delete",
    "DELETE",
    "/os-services/{service_id}",
    ok=(204,),
    response_kind="empty",
)
_ENABLE = Operation(
    "compute_services.enable",
    "PUT",
    "/os-services/enable",
    ok=(200,),
    request_kind="json",
    response_key="service",
    until="2.52",
)
_DISABLE = Operation(
    "compute_services.disable",
    "PUT",
    "/os-services/disable",
    ok=(200,),
    request_kind="json",
    response_key="service",
    until="2.52",
)
_DISABLE_LOG_REASON = Operation(
    "compute_services.disable_log_reason",
    "PUT",
    "/os-services/disable-log-reason",
    ok=(200,),
    request_kind="json",
    response_key="service",
    until="2.52",
)
_FORCE_DOWN = Operation(
    "compute_services.force_down",
    "PUT",
    "/os-services/force-down",
    ok=(200,),
    request_kind="json",
    response_key="service",
    since="2.11",
    until="2.52",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ComputeService]:
    """List the services, optionally only one host's or binary's (not paged)."""
    return client.pager(
        _LIST, None, model=ComputeService, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    service_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ComputeService]:
    """Change a nova-compute service (since 2.53; by UUID): enable or disable it (with a reason),
    or force it down/up. The options are the body itself (not wrapped in "service"); the
    answer is wrapped. Other binaries are a 400; an unknown UUID a 404."""
    return client.call(
        _UPDATE,
        {"service_id": service_id},
        model=ComputeService,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a service record (and, for nova-compute, its compute nodes and resource provider).
    A 409 while a compute service hosts servers or migrations; 400 for an ID of the wrong kind
    for the microversion."""
    return client.call(
        _DELETE, {"service_id": service_id}, microversion=microversion, timeout=timeout
    )


def enable(
    client: ServiceClient,
    opts: EnableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ComputeService]:
    """Enable the nova-compute service on host (until 2.52; returns host, binary, status)."""
    return client.call(
        _ENABLE, None, model=ComputeService, opts=opts, microversion=microversion, timeout=timeout
    )


def disable(
    client: ServiceClient,
    opts: DisableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ComputeService]:
    """Disable the nova-compute service on host (until 2.52)."""
    return client.call(
        _DISABLE, None, model=ComputeService, opts=opts, microversion=microversion, timeout=timeout
    )


def disable_log_reason(
    client: ServiceClient,
    opts: DisableLogReasonOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ComputeService]:
    """Disable the nova-compute service on host, recording why (until 2.52)."""
    return client.call(
        _DISABLE_LOG_REASON,
        None,
        model=ComputeService,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def force_down(
    client: ServiceClient,
    opts: ForceDownOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ComputeService]:
    """Mark the nova-compute service on host forced down or up (2.11 to 2.52)."""
    return client.call(
        _FORCE_DOWN,
        None,
        model=ComputeService,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_compute_services(page: Page[Any]) -> builtins.list[ComputeService]:
    """The ComputeService items of a page (or of ``all_pages()``)."""
    return page.extract_as(ComputeService)
