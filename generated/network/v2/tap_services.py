# Generated from network/v2/tap_services.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A tap service (Tap-as-a-Service): a destination port (a monitoring VM's) that receives the
copies of traffic that its tap flows mirror. The TaaS agent sets it up: without one it stays
in its first status. Needs the taas extension (tap-as-a-service)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class TapService(Model):
    """A tap service (Tap-as-a-Service): a destination port (a monitoring VM's) that receives the
    copies of traffic that its tap flows mirror. The TaaS agent sets it up: without one it
    stays in its first status. Needs the taas extension (tap-as-a-service)."""

    id: str
    """The tap service's UUID."""

    name: str | Unset = UNSET
    """The display name."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a tap service for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_id: str | Unset = UNSET
    """The port that receives the mirrored traffic."""

    status: str | Unset = UNSET
    """ACTIVE, DOWN, BUILD or ERROR."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("status", "status", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only tap services whose id is this."""

    name: str | Unset = UNSET
    """Only tap services whose name is this."""

    description: str | Unset = UNSET
    """Only tap services whose description is this."""

    port_id: str | Unset = UNSET
    """Only tap services whose port_id is this."""

    status: str | Unset = UNSET
    """Only tap services whose status is this."""

    project_id: str | Unset = UNSET
    """Only tap services whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only tap services whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most tap services a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("port_id", "port_id", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a tap service for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_id: str = REQUIRED
    """The port that receives the mirrored traffic."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("port_id", "port_id", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name."""

    description: str | Unset = UNSET
    """Free-form text."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "tap_services.list",
    "GET",
    "/taas/tap_services",
    ok=(200, 203),
    response_key="tap_services",
    paging=Paging("marker", next="tap_services_links[rel=next].href"),
)
_GET = Operation(
    "tap_services.get",
    "GET",
    "/taas/tap_services/{tap_service_id}",
    ok=(200, 203),
    response_key="tap_service",
)
_CREATE = Operation(
    "tap_services.create",
    "POST",
    "/taas/tap_services",
    ok=(201,),
    request_kind="json",
    request_key="tap_service",
    response_key="tap_service",
)
_UPDATE = Operation(
    "tap_services.update",
    "PUT",
    "/taas/tap_services/{tap_service_id}",
    ok=(200,),
    request_kind="json",
    request_key="tap_service",
    response_key="tap_service",
)
_DELETE = Operation(
    "tap_services.delete",
    "DELETE",
    "/taas/tap_services/{tap_service_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[TapService]:
    """List the tap services the caller may see. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST, None, model=TapService, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    tap_service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapService]:
    """Show a tap service."""
    return client.call(
        _GET,
        {"tap_service_id": tap_service_id},
        model=TapService,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapService]:
    """Create a tap service on a port."""
    return client.call(
        _CREATE, None, model=TapService, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    tap_service_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapService]:
    """Change a tap service's name or description."""
    return client.call(
        _UPDATE,
        {"tap_service_id": tap_service_id},
        model=TapService,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    tap_service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a tap service and its tap flows."""
    return client.call(
        _DELETE, {"tap_service_id": tap_service_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> TapService:
    """The one TapService whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=TapService,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    tap_service_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[TapService], None] | None = None,
) -> TapService:
    """Poll get until the TapService's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"tap_service_id": tap_service_id},
        model=TapService,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    tap_service_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[TapService], None] | None = None,
) -> None:
    """Poll get until the TapService is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"tap_service_id": tap_service_id},
        model=TapService,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_tap_services(page: Page[Any]) -> builtins.list[TapService]:
    """The TapService items of a page (or of ``all_pages()``)."""
    return page.extract_as(TapService)
