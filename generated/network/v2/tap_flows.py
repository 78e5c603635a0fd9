# Generated from network/v2/tap_flows.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A tap flow: mirrors the traffic of a source port (in one or both directions, optionally only
some VLANs) to a tap service. Needs the taas extension (tap-as-a-service)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class TapFlow(Model):
    """A tap flow: mirrors the traffic of a source port (in one or both directions, optionally
    only some VLANs) to a tap service. Needs the taas extension (tap-as-a-service)."""

    id: str
    """The tap flow's UUID."""

    name: str | Unset = UNSET
    """The display name."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a tap flow for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    tap_service_id: str | Unset = UNSET
    """The tap service that receives the copies."""

    source_port: str | Unset = UNSET
    """The port whose traffic is mirrored."""

    direction: Literal["IN", "OUT", "BOTH"] | Unset = UNSET
    """Which traffic of the source port (seen from the VM): IN, OUT or BOTH."""

    vlan_filter: str | None | Unset = UNSET
    """Only these VLANs, as ranges (e.g. 9,18-27; taas-vlan-filter extension)."""

    status: str | Unset = UNSET
    """ACTIVE, DOWN, BUILD or ERROR."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("tap_service_id", "tap_service_id", t.STRING),
        Field("source_port", "source_port", t.STRING),
        Field("direction", "direction", t.STRING, enum=("IN", "OUT", "BOTH")),
        Field("vlan_filter", "vlan_filter", t.STRING),
        Field("status", "status", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only tap flows whose id is this."""

    name: str | Unset = UNSET
    """Only tap flows whose name is this."""

    description: str | Unset = UNSET
    """Only tap flows whose description is this."""

    tap_service_id: str | Unset = UNSET
    """Only tap flows whose tap_service_id is this."""

    source_port: str | Unset = UNSET
    """Only tap flows whose source_port is this."""

    direction: Literal["IN", "OUT", "BOTH"] | Unset = UNSET
    """Only tap flows whose direction is this."""

    status: str | Unset = UNSET
    """Only tap flows whose status is this."""

    project_id: str | Unset = UNSET
    """Only tap flows whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only tap flows whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most tap flows a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("tap_service_id", "tap_service_id", t.STRING, location="query"),
        Param("source_port", "source_port", t.STRING, location="query"),
        Param("direction", "direction", t.STRING, location="query", enum=("IN", "OUT", "BOTH")),
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
    """The owner (admins may create a tap flow for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    tap_service_id: str = REQUIRED
    """The tap service that receives the copies."""

    source_port: str = REQUIRED
    """The port whose traffic is mirrored."""

    direction: Literal["IN", "OUT", "BOTH"] = REQUIRED
    """Which traffic of the source port (seen from the VM): IN, OUT or BOTH."""

    vlan_filter: str | None | Unset = UNSET
    """Only these VLANs, as ranges (e.g. 9,18-27; taas-vlan-filter extension)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("tap_service_id", "tap_service_id", t.STRING, required=True),
        Param("source_port", "source_port", t.STRING, required=True),
        Param("direction", "direction", t.STRING, required=True, enum=("IN", "OUT", "BOTH")),
        Param("vlan_filter", "vlan_filter", t.STRING, nullable=True),
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
    "tap_flows.list",
    "GET",
    "/taas/tap_flows",
    ok=(200, 203),
    response_key="tap_flows",
    paging=Paging("marker", next="tap_flows_links[rel=next].href"),
)
_GET = Operation(
    "tap_flows.get",
    "GET",
    "/taas/tap_flows/{tap_flow_id}",
    ok=(200, 203),
    response_key="tap_flow",
)
_CREATE = Operation(
    "tap_flows.create",
    "POST",
    "/taas/tap_flows",
    ok=(201,),
    request_kind="json",
    request_key="tap_flow",
    response_key="tap_flow",
)
_UPDATE = Operation(
    "tap_flows.update",
    "PUT",
    "/taas/tap_flows/{tap_flow_id}",
    ok=(200,),
    request_kind="json",
    request_key="tap_flow",
    response_key="tap_flow",
)
_DELETE = Operation(
    "tap_flows.delete",
    "DELETE",
    "/taas/tap_flows/{tap_flow_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[TapFlow]:
    """List the tap flows the caller may see. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST, None, model=TapFlow, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    tap_flow_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapFlow]:
    """Show a tap flow."""
    return client.call(
        _GET,
        {"tap_flow_id": tap_flow_id},
        model=TapFlow,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapFlow]:
    """Create a tap flow (the source port and the tap service must be on the same host, when
    bound)."""
    return client.call(
        _CREATE, None, model=TapFlow, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    tap_flow_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapFlow]:
    """Change a tap flow's name or description."""
    return client.call(
        _UPDATE,
        {"tap_flow_id": tap_flow_id},
        model=TapFlow,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    tap_flow_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a tap flow."""
    return client.call(
        _DELETE, {"tap_flow_id": tap_flow_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> TapFlow:
    """The one TapFlow whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=TapFlow,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    tap_flow_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[TapFlow], None] | None = None,
) -> TapFlow:
    """Poll get until the TapFlow's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"tap_flow_id": tap_flow_id},
        model=TapFlow,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    tap_flow_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[TapFlow], None] | None = None,
) -> None:
    """Poll get until the TapFlow is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"tap_flow_id": tap_flow_id},
        model=TapFlow,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_tap_flows(page: Page[Any]) -> builtins.list[TapFlow]:
    """The TapFlow items of a page (or of ``all_pages()``)."""
    return page.extract_as(TapFlow)
