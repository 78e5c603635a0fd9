# Generated from huaweicloud/vpc/v1/vpcs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A virtual private cloud: an isolated private network whose IPv4 address range (cidr) its
subnets are carved from. A new VPC is CREATING for a moment and then OK. A VPC that still has
subnets, security groups in use or other resources in it cannot be deleted."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Route as Route


class Vpc(Model):
    """A virtual private cloud: an isolated private network whose IPv4 address range (cidr) its
    subnets are carved from. A new VPC is CREATING for a moment and then OK. A VPC that still
    has subnets, security groups in use or other resources in it cannot be deleted."""

    id: str
    """The VPC's ID (a UUID)."""

    name: str | Unset = UNSET
    """The VPC's name: up to 64 letters, digits, underscores, hyphens and periods. A name that is
    not empty must be unique within the project."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    cidr: str | Unset = UNSET
    """The IPv4 range the VPC's subnets come from, in CIDR notation, inside 10.0.0.0/8,
    172.16.0.0/12 or 192.168.0.0/16 (prefix length up to /28, some regions up to /24). Without
    one the VPC has no range yet."""

    routes: builtins.list[Route] | Unset = UNSET
    """The VPC's static routes. Update replaces the whole list; an empty list removes every
    route."""

    status: Literal["CREATING", "OK"] | Unset = UNSET
    """CREATING right after create, then OK."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the VPC belongs to: a UUID, or "0" for the default enterprise
    project (the default on create)."""

    tenant_id: str | Unset = UNSET
    """The project that owns the VPC."""

    block_service_endpoint_states: Literal["on", "off"] | Unset = UNSET
    """"on" stops the VPC's resources from reaching cloud service endpoints (OBS, SWR, LTS and
    others) over the private network; the default is "off"."""

    enable_network_address_usage_metrics: bool | Unset = UNSET
    """Whether IPv4 address usage of every subnet in the VPC is monitored."""

    created_at: datetime.datetime | Unset = UNSET
    """When the VPC was created (UTC)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When the VPC last changed (UTC)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("cidr", "cidr", t.STRING),
        Field("routes", "routes", t.list_of(t.model(Route))),
        Field("status", "status", t.STRING),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field(
            "block_service_endpoint_states",
            "block_service_endpoint_states",
            t.STRING,
            enum=("on", "off"),
        ),
        Field(
            "enable_network_address_usage_metrics",
            "enable_network_address_usage_metrics",
            t.BOOLEAN,
        ),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the VPC with this ID."""

    enterprise_project_id: str | Unset = UNSET
    """Only VPCs of this enterprise project ("0" is the default one; all_granted_eps lists every
    enterprise project the caller may see)."""

    limit: int | Unset = UNSET
    """The most VPCs one page holds (0 to 2000; default 2000)."""

    marker: str | Unset = UNSET
    """Start after the VPC with this ID (the previous page's last one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The VPC's name: up to 64 letters, digits, underscores, hyphens and periods. A name that is
    not empty must be unique within the project."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    cidr: str | Unset = UNSET
    """The IPv4 range the VPC's subnets come from, in CIDR notation, inside 10.0.0.0/8,
    172.16.0.0/12 or 192.168.0.0/16 (prefix length up to /28, some regions up to /24). Without
    one the VPC has no range yet."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the VPC belongs to: a UUID, or "0" for the default enterprise
    project (the default on create)."""

    block_service_endpoint_states: Literal["on", "off"] | Unset = UNSET
    """"on" stops the VPC's resources from reaching cloud service endpoints (OBS, SWR, LTS and
    others) over the private network; the default is "off"."""

    enable_network_address_usage_metrics: bool | Unset = UNSET
    """Whether IPv4 address usage of every subnet in the VPC is monitored."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags to attach when the VPC is created, each as "key*value" (at most 10)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("cidr", "cidr", t.STRING),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING),
        Param(
            "block_service_endpoint_states",
            "block_service_endpoint_states",
            t.STRING,
            enum=("on", "off"),
        ),
        Param(
            "enable_network_address_usage_metrics",
            "enable_network_address_usage_metrics",
            t.BOOLEAN,
        ),
        Param("tags", "tags", t.list_of(t.STRING)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The VPC's name: up to 64 letters, digits, underscores, hyphens and periods. A name that is
    not empty must be unique within the project."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    cidr: str | Unset = UNSET
    """The IPv4 range the VPC's subnets come from, in CIDR notation, inside 10.0.0.0/8,
    172.16.0.0/12 or 192.168.0.0/16 (prefix length up to /28, some regions up to /24). Without
    one the VPC has no range yet."""

    routes: builtins.list[Route] | Unset = UNSET
    """The VPC's static routes. Update replaces the whole list; an empty list removes every
    route."""

    enable_network_address_usage_metrics: bool | Unset = UNSET
    """Whether IPv4 address usage of every subnet in the VPC is monitored."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("cidr", "cidr", t.STRING),
        Param("routes", "routes", t.list_of(t.model(Route))),
        Param(
            "enable_network_address_usage_metrics",
            "enable_network_address_usage_metrics",
            t.BOOLEAN,
        ),
    )


_LIST = Operation(
    "vpcs.list",
    "GET",
    "/vpcs",
    ok=(200, 203),
    response_key="vpcs",
    paging=Paging("marker"),
)
_GET = Operation(
    "vpcs.get",
    "GET",
    "/vpcs/{vpc_id}",
    ok=(200, 203),
    response_key="vpc",
)
_CREATE = Operation(
    "vpcs.create",
    "POST",
    "/vpcs",
    ok=(200,),
    request_kind="json",
    request_key="vpc",
    response_key="vpc",
)
_UPDATE = Operation(
    "vpcs.update",
    "PUT",
    "/vpcs/{vpc_id}",
    ok=(200,),
    request_kind="json",
    request_key="vpc",
    response_key="vpc",
)
_DELETE = Operation(
    "vpcs.delete",
    "DELETE",
    "/vpcs/{vpc_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Vpc]:
    """List the project's VPCs, a page at a time (limit and marker); without a limit the server
    returns up to 2000."""
    return client.pager(
        _LIST, None, model=Vpc, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    vpc_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Vpc]:
    """Show a VPC."""
    return client.call(
        _GET, {"vpc_id": vpc_id}, model=Vpc, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Vpc]:
    """Create a VPC. It starts CREATING; wait_for_status(client, id, "OK") waits until it is
    ready."""
    return client.call(
        _CREATE, None, model=Vpc, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    vpc_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Vpc]:
    """Change a VPC's name, description, range or routes; only the options set are sent. A new
    range must still hold every existing subnet."""
    return client.call(
        _UPDATE,
        {"vpc_id": vpc_id},
        model=Vpc,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    vpc_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a VPC; refused (409) while subnets or other resources remain in it."""
    return client.call(_DELETE, {"vpc_id": vpc_id}, microversion=microversion, timeout=timeout)


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Vpc:
    """The one Vpc whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Vpc,
        name_field="name",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    vpc_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Vpc], None] | None = None,
) -> Vpc:
    """Poll get until the Vpc's status is ``status`` (one of several, if a list; compared without
    case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"vpc_id": vpc_id},
        model=Vpc,
        field="status",
        wanted=status,
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    vpc_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Vpc], None] | None = None,
) -> None:
    """Poll get until the Vpc is gone (404). Raises errors.WaitTimeout after ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"vpc_id": vpc_id},
        model=Vpc,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_vpcs(page: Page[Any]) -> builtins.list[Vpc]:
    """The Vpc items of a page (or of ``all_pages()``)."""
    return page.extract_as(Vpc)
