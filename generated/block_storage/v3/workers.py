# Generated from block-storage/v3/workers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Cleanup of the work that crashed services left behind (since 3.24): the scheduler asks the
matching services to clean up resources stuck in transitional states. Cinder asks the
scheduler over RPC. Admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class CleanupService(Model):
    """A service taking part in a cleanup."""

    id: int | Unset = UNSET
    """The service's ID."""

    host: str | Unset = UNSET
    """Its host."""

    binary: str | Unset = UNSET
    """Its binary."""

    cluster_name: str | None | Unset = UNSET
    """Its cluster."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("host", "host", t.STRING),
        Field("binary", "binary", t.STRING),
        Field("cluster_name", "cluster_name", t.STRING),
    )


class WorkerCleanup(Model):
    """Cleanup of the work that crashed services left behind (since 3.24): the scheduler asks the
    matching services to clean up resources stuck in transitional states. Cinder asks the
    scheduler over RPC. Admin-only by default."""

    cleaning: builtins.list[CleanupService] | Unset = UNSET
    """The services asked to clean up."""

    unavailable: builtins.list[CleanupService] | Unset = UNSET
    """The matching services that could not be asked (down)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("cleaning", "cleaning", t.list_of(t.model(CleanupService))),
        Field("unavailable", "unavailable", t.list_of(t.model(CleanupService))),
    )


class CleanupOpts(Opts):
    """Options of cleanup."""

    cluster_name: str | Unset = UNSET
    """Only services of this cluster."""

    host: str | Unset = UNSET
    """Only services on this host."""

    binary: Literal["cinder-volume", "cinder-scheduler"] | Unset = UNSET
    """Only services with this binary."""

    is_up: bool | Unset = UNSET
    """Also services that are up (default false)."""

    disabled: bool | Unset = UNSET
    """Only disabled (or enabled) services."""

    service_id: int | Unset = UNSET
    """Only this service."""

    resource_id: str | None | Unset = UNSET
    """Only work on this resource."""

    resource_type: str | Unset = UNSET
    """Only work on this kind of resource: Volume or Snapshot."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("cluster_name", "cluster_name", t.STRING),
        Param("host", "host", t.STRING),
        Param("binary", "binary", t.STRING, enum=("cinder-volume", "cinder-scheduler")),
        Param("is_up", "is_up", t.BOOLEAN),
        Param("disabled", "disabled", t.BOOLEAN),
        Param("service_id", "service_id", t.INTEGER),
        Param("resource_id", "resource_id", t.STRING, nullable=True),
        Param("resource_type", "resource_type", t.STRING),
    )


_CLEANUP = Operation(
    "workers.cleanup",
    "POST",
    "/workers/cleanup",
    ok=(202,),
    request_kind="json",
    since="3.24",
)


def cleanup(
    client: ServiceClient,
    opts: CleanupOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[WorkerCleanup]:
    """Ask the services that match the filters to clean up."""
    return client.call(
        _CLEANUP, None, model=WorkerCleanup, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_workers(page: Page[Any]) -> builtins.list[WorkerCleanup]:
    """The WorkerCleanup items of a page (or of ``all_pages()``)."""
    return page.extract_as(WorkerCleanup)
