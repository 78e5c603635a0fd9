# Generated from huaweicloud/vpc/v2_0/peerings.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A VPC peering connection: a private route between two VPCs of the same region, of one project
or of two. A peering between the caller's own VPCs is ACTIVE at once; one to another project's
VPC waits in PENDING_ACCEPTANCE until that project accepts (accept) or refuses (reject) it,
and expires if it does neither. Traffic flows once both sides add routes to the peering
(route_tables or the VPC's routes)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class VpcInfo(Model):
    """One side of a peering connection."""

    vpc_id: str | Unset = UNSET
    """The VPC's ID."""

    tenant_id: str | Unset = UNSET
    """The project that owns the VPC; required when it is not the caller's project."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("vpc_id", "vpc_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class Peering(Model):
    """A VPC peering connection: a private route between two VPCs of the same region, of one
    project or of two. A peering between the caller's own VPCs is ACTIVE at once; one to
    another project's VPC waits in PENDING_ACCEPTANCE until that project accepts (accept) or
    refuses (reject) it, and expires if it does neither. Traffic flows once both sides add
    routes to the peering (route_tables or the VPC's routes)."""

    id: str
    """The peering connection's ID (a UUID)."""

    name: str | Unset = UNSET
    """The connection's name (1 to 64 characters)."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    status: Literal["PENDING_ACCEPTANCE", "REJECTED", "EXPIRED", "DELETED", "ACTIVE"] | Unset = (
        UNSET
    )
    """PENDING_ACCEPTANCE (waiting for the peer project), ACTIVE, REJECTED, EXPIRED (not accepted
    in time) or DELETED."""

    request_vpc_info: VpcInfo | Unset = UNSET
    """The requesting side (the caller's VPC)."""

    accept_vpc_info: VpcInfo | Unset = UNSET
    """The accepting side (the peer VPC, and its project when that is another one)."""

    tenant_id: str | Unset = UNSET
    """The project that owns the connection (some answers carry it)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the connection was created (UTC)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("request_vpc_info", "request_vpc_info", t.model(VpcInfo)),
        Field("accept_vpc_info", "accept_vpc_info", t.model(VpcInfo)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the connection with this ID."""

    name: str | Unset = UNSET
    """Only connections with this name (up to 64 characters)."""

    status: Literal["PENDING_ACCEPTANCE", "REJECTED", "EXPIRED", "DELETED", "ACTIVE"] | Unset = (
        UNSET
    )
    """Only connections in this state."""

    tenant_id: str | Unset = UNSET
    """Only connections of this project."""

    vpc_id: str | Unset = UNSET
    """Only connections with this VPC on either side."""

    limit: int | Unset = UNSET
    """The most connections one page holds."""

    marker: str | Unset = UNSET
    """Start after the connection with this ID (the previous page's last one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param(
            "status",
            "status",
            t.STRING,
            location="query",
            enum=("PENDING_ACCEPTANCE", "REJECTED", "EXPIRED", "DELETED", "ACTIVE"),
        ),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("vpc_id", "vpc_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The connection's name (1 to 64 characters)."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    request_vpc_info: VpcInfo = REQUIRED
    """The requesting side (the caller's VPC)."""

    accept_vpc_info: VpcInfo = REQUIRED
    """The accepting side (the peer VPC, and its project when that is another one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("request_vpc_info", "request_vpc_info", t.model(VpcInfo), required=True),
        Param("accept_vpc_info", "accept_vpc_info", t.model(VpcInfo), required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The connection's name (1 to 64 characters)."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "peerings.list",
    "GET",
    "/vpc/peerings",
    ok=(200, 203),
    response_key="peerings",
    paging=Paging("marker", next="peerings_links[rel=next].href"),
)
_GET = Operation(
    "peerings.get",
    "GET",
    "/vpc/peerings/{peering_id}",
    ok=(200, 203),
    response_key="peering",
)
_CREATE = Operation(
    "peerings.create",
    "POST",
    "/vpc/peerings",
    ok=(201,),
    request_kind="json",
    request_key="peering",
    response_key="peering",
)
_UPDATE = Operation(
    "peerings.update",
    "PUT",
    "/vpc/peerings/{peering_id}",
    ok=(200,),
    request_kind="json",
    request_key="peering",
    response_key="peering",
)
_DELETE = Operation(
    "peerings.delete",
    "DELETE",
    "/vpc/peerings/{peering_id}",
    ok=(204,),
    response_kind="empty",
)
_ACCEPT = Operation(
    "peerings.accept",
    "PUT",
    "/vpc/peerings/{peering_id}/accept",
    ok=(200,),
)
_REJECT = Operation(
    "peerings.reject",
    "PUT",
    "/vpc/peerings/{peering_id}/reject",
    ok=(200,),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Peering]:
    """List the peering connections of the caller's projects, a page at a time (limit and marker;
    a full page links to the next)."""
    return client.pager(
        _LIST, None, model=Peering, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    peering_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Peering]:
    """Show a peering connection."""
    return client.call(
        _GET, {"peering_id": peering_id}, model=Peering, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Peering]:
    """Request a peering connection between two VPCs. Between the caller's own VPCs it is ACTIVE
    at once; towards another project's VPC (give that project in accept_vpc_info.tenant_id) it
    waits for the peer's accept."""
    return client.call(
        _CREATE, None, model=Peering, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    peering_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Peering]:
    """Rename a peering connection or change its description."""
    return client.call(
        _UPDATE,
        {"peering_id": peering_id},
        model=Peering,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    peering_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a peering connection; either side may. Routes through it stop working."""
    return client.call(
        _DELETE, {"peering_id": peering_id}, microversion=microversion, timeout=timeout
    )


def accept(
    client: ServiceClient,
    peering_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Peering]:
    """Accept a peering connection another project requested to one of the caller's VPCs
    (PENDING_ACCEPTANCE -> ACTIVE). Returns the connection."""
    return client.call(
        _ACCEPT,
        {"peering_id": peering_id},
        model=Peering,
        microversion=microversion,
        timeout=timeout,
    )


def reject(
    client: ServiceClient,
    peering_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Peering]:
    """Refuse a peering connection another project requested to one of the caller's VPCs
    (PENDING_ACCEPTANCE -> REJECTED). Returns the connection."""
    return client.call(
        _REJECT,
        {"peering_id": peering_id},
        model=Peering,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Peering:
    """The one Peering whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Peering,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    peering_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Peering], None] | None = None,
) -> Peering:
    """Poll get until the Peering's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes REJECTED or EXPIRED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"peering_id": peering_id},
        model=Peering,
        field="status",
        wanted=status,
        failures=("REJECTED", "EXPIRED"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    peering_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Peering], None] | None = None,
) -> None:
    """Poll get until the Peering is gone (404, or status DELETED). Raises errors.WaitTimeout
    after ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"peering_id": peering_id},
        model=Peering,
        field="status",
        deleted=("DELETED",),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_peerings(page: Page[Any]) -> builtins.list[Peering]:
    """The Peering items of a page (or of ``all_pages()``)."""
    return page.extract_as(Peering)
