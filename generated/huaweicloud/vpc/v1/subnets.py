# Generated from huaweicloud/vpc/v1/subnets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A subnet of a VPC: an IPv4 range inside the VPC's range (optionally with an IPv6 range as
well) that servers and other ports take addresses from, with its gateway, DHCP and DNS
settings. Huawei backs each subnet with an OpenStack Neutron network and subnet
(neutron_network_id, neutron_subnet_id). Create, get and list address a subnet by its own ID;
update and delete also need the ID of its VPC, as the URL names both."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ExtraDhcpOpt(Model):
    """One DHCP option of a subnet."""

    opt_name: Literal["ntp", "addresstime"] | Unset = UNSET
    """ntp (NTP servers) or addresstime (the lease time)."""

    opt_value: str | None | Unset = UNSET
    """For ntp, up to 4 distinct IPv4 addresses separated by commas (None clears the setting; an
    empty string is refused). For addresstime, "-1" for an unlimited lease or a number of
    hours from 1 to 30000 followed by h, e.g. "5h"."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("opt_name", "opt_name", t.STRING, enum=("ntp", "addresstime")),
        Field("opt_value", "opt_value", t.STRING),
    )


class Subnet(Model):
    """A subnet of a VPC: an IPv4 range inside the VPC's range (optionally with an IPv6 range as
    well) that servers and other ports take addresses from, with its gateway, DHCP and DNS
    settings. Huawei backs each subnet with an OpenStack Neutron network and subnet
    (neutron_network_id, neutron_subnet_id). Create, get and list address a subnet by its own
    ID; update and delete also need the ID of its VPC, as the URL names both."""

    id: str
    """The subnet's ID (a UUID; the same as neutron_network_id)."""

    name: str | Unset = UNSET
    """The subnet's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    cidr: str | Unset = UNSET
    """The subnet's IPv4 range in CIDR notation: inside the VPC's range, with a prefix length of
    at most /28."""

    gateway_ip: str | Unset = UNSET
    """The gateway's IPv4 address, inside the subnet's range."""

    vpc_id: str | Unset = UNSET
    """The VPC the subnet belongs to."""

    ipv6_enable: bool | Unset = UNSET
    """Whether the subnet also has an IPv6 range (cidr_v6), assigned by the service; where the
    region supports IPv6."""

    cidr_v6: str | Unset = UNSET
    """The IPv6 range; absent for an IPv4-only subnet."""

    gateway_ip_v6: str | Unset = UNSET
    """The IPv6 gateway; absent for an IPv4-only subnet."""

    dhcp_enable: bool | Unset = UNSET
    """Whether DHCP hands out addresses. Without DHCP new servers get no address and cloud-init
    cannot inject credentials."""

    primary_dns: str | Unset = UNSET
    """The first DNS server's IPv4 address (empty by default)."""

    secondary_dns: str | Unset = UNSET
    """The second DNS server's IPv4 address (empty by default)."""

    dns_list: builtins.list[str] | Unset = UNSET
    """Every DNS server's IPv4 address, for more than two; it must include primary_dns and
    secondary_dns."""

    availability_zone: str | Unset = UNSET
    """The availability zone the subnet is in (an existing zone's name)."""

    status: Literal["ACTIVE", "UNKNOWN", "ERROR"] | Unset = UNSET
    """ACTIVE once attached to the VPC's router, UNKNOWN before that, ERROR on failure."""

    neutron_network_id: str | Unset = UNSET
    """The Neutron network behind the subnet."""

    neutron_subnet_id: str | Unset = UNSET
    """The Neutron IPv4 subnet behind it."""

    neutron_subnet_id_v6: str | Unset = UNSET
    """The Neutron IPv6 subnet behind it, if any."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | Unset = UNSET
    """DHCP options the subnet hands out (NTP servers, lease time)."""

    scope: str | Unset = UNSET
    """Where the subnet applies - "center", or an availability zone's ID for an edge subnet."""

    tenant_id: str | Unset = UNSET
    """The project that owns the subnet."""

    enable_network_address_usage_metrics: bool | Unset = UNSET
    """Whether the subnet's IPv4 address usage is monitored."""

    available_ip_address_count: int | Unset = UNSET
    """How many IPv4 addresses of the subnet are still free."""

    created_at: datetime.datetime | Unset = UNSET
    """When the subnet was created (UTC)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("cidr", "cidr", t.STRING),
        Field("gateway_ip", "gateway_ip", t.STRING),
        Field("vpc_id", "vpc_id", t.STRING),
        Field("ipv6_enable", "ipv6_enable", t.BOOLEAN),
        Field("cidr_v6", "cidr_v6", t.STRING),
        Field("gateway_ip_v6", "gateway_ip_v6", t.STRING),
        Field("dhcp_enable", "dhcp_enable", t.BOOLEAN),
        Field("primary_dns", "primary_dns", t.STRING),
        Field("secondary_dns", "secondary_dns", t.STRING),
        Field("dns_list", "dnsList", t.list_of(t.STRING)),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("status", "status", t.STRING),
        Field("neutron_network_id", "neutron_network_id", t.STRING),
        Field("neutron_subnet_id", "neutron_subnet_id", t.STRING),
        Field("neutron_subnet_id_v6", "neutron_subnet_id_v6", t.STRING),
        Field("extra_dhcp_opts", "extra_dhcp_opts", t.list_of(t.model(ExtraDhcpOpt))),
        Field("scope", "scope", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field(
            "enable_network_address_usage_metrics",
            "enable_network_address_usage_metrics",
            t.BOOLEAN,
        ),
        Field("available_ip_address_count", "available_ip_address_count", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    vpc_id: str | Unset = UNSET
    """Only subnets of this VPC (required when the caller is authorized per enterprise project)."""

    limit: int | Unset = UNSET
    """The most subnets one page holds (0 to 2000; default 2000)."""

    marker: str | Unset = UNSET
    """Start after the subnet with this ID (the previous page's last one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("vpc_id", "vpc_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The subnet's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    cidr: str = REQUIRED
    """The subnet's IPv4 range in CIDR notation: inside the VPC's range, with a prefix length of
    at most /28."""

    gateway_ip: str = REQUIRED
    """The gateway's IPv4 address, inside the subnet's range."""

    vpc_id: str = REQUIRED
    """The VPC the subnet belongs to."""

    ipv6_enable: bool | Unset = UNSET
    """Whether the subnet also has an IPv6 range (cidr_v6), assigned by the service; where the
    region supports IPv6."""

    dhcp_enable: bool | Unset = UNSET
    """Whether DHCP hands out addresses. Without DHCP new servers get no address and cloud-init
    cannot inject credentials."""

    primary_dns: str | Unset = UNSET
    """The first DNS server's IPv4 address (empty by default)."""

    secondary_dns: str | Unset = UNSET
    """The second DNS server's IPv4 address (empty by default)."""

    dns_list: builtins.list[str] | Unset = UNSET
    """Every DNS server's IPv4 address, for more than two; it must include primary_dns and
    secondary_dns."""

    availability_zone: str | Unset = UNSET
    """The availability zone the subnet is in (an existing zone's name)."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | Unset = UNSET
    """DHCP options the subnet hands out (NTP servers, lease time)."""

    enable_network_address_usage_metrics: bool | Unset = UNSET
    """Whether the subnet's IPv4 address usage is monitored."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags to attach when the subnet is created, each as "key*value" (at most 10)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("cidr", "cidr", t.STRING, required=True),
        Param("gateway_ip", "gateway_ip", t.STRING, required=True),
        Param("vpc_id", "vpc_id", t.STRING, required=True),
        Param("ipv6_enable", "ipv6_enable", t.BOOLEAN),
        Param("dhcp_enable", "dhcp_enable", t.BOOLEAN),
        Param("primary_dns", "primary_dns", t.STRING),
        Param("secondary_dns", "secondary_dns", t.STRING),
        Param("dns_list", "dnsList", t.list_of(t.STRING)),
        Param("availability_zone", "availability_zone", t.STRING),
        Param("extra_dhcp_opts", "extra_dhcp_opts", t.list_of(t.model(ExtraDhcpOpt))),
        Param(
            "enable_network_address_usage_metrics",
            "enable_network_address_usage_metrics",
            t.BOOLEAN,
        ),
        Param("tags", "tags", t.list_of(t.STRING)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str = REQUIRED
    """The subnet's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    ipv6_enable: bool | Unset = UNSET
    """Whether the subnet also has an IPv6 range (cidr_v6), assigned by the service; where the
    region supports IPv6."""

    dhcp_enable: bool | Unset = UNSET
    """Whether DHCP hands out addresses. Without DHCP new servers get no address and cloud-init
    cannot inject credentials."""

    primary_dns: str | Unset = UNSET
    """The first DNS server's IPv4 address (empty by default)."""

    secondary_dns: str | Unset = UNSET
    """The second DNS server's IPv4 address (empty by default)."""

    dns_list: builtins.list[str] | Unset = UNSET
    """Every DNS server's IPv4 address, for more than two; it must include primary_dns and
    secondary_dns."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | Unset = UNSET
    """DHCP options the subnet hands out (NTP servers, lease time)."""

    enable_network_address_usage_metrics: bool | Unset = UNSET
    """Whether the subnet's IPv4 address usage is monitored."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("ipv6_enable", "ipv6_enable", t.BOOLEAN),
        Param("dhcp_enable", "dhcp_enable", t.BOOLEAN),
        Param("primary_dns", "primary_dns", t.STRING),
        Param("secondary_dns", "secondary_dns", t.STRING),
        Param("dns_list", "dnsList", t.list_of(t.STRING)),
        Param("extra_dhcp_opts", "extra_dhcp_opts", t.list_of(t.model(ExtraDhcpOpt))),
        Param(
            "enable_network_address_usage_metrics",
            "enable_network_address_usage_metrics",
            t.BOOLEAN,
        ),
    )


_LIST = Operation(
    "subnets.list",
    "GET",
    "/subnets",
    ok=(200, 203),
    response_key="subnets",
    paging=Paging("marker"),
)
_GET = Operation(
    "subnets.get",
    "GET",
    "/subnets/{subnet_id}",
    ok=(200, 203),
    response_key="subnet",
)
_CREATE = Operation(
    "subnets.create",
    "POST",
    "/subnets",
    ok=(200,),
    request_kind="json",
    request_key="subnet",
    response_key="subnet",
)
_UPDATE = Operation(
    "subnets.update",
    "PUT",
    "/vpcs/{vpc_id}/subnets/{subnet_id}",
    ok=(200,),
    request_kind="json",
    request_key="subnet",
    response_key="subnet",
)
_DELETE = Operation(
    "subnets.delete",
    "DELETE",
    "/vpcs/{vpc_id}/subnets/{subnet_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Subnet]:
    """List the project's subnets, a page at a time (limit and marker); without a limit the
    server returns up to 2000."""
    return client.pager(
        _LIST, None, model=Subnet, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    subnet_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Subnet]:
    """Show a subnet."""
    return client.call(
        _GET, {"subnet_id": subnet_id}, model=Subnet, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Subnet]:
    """Create a subnet in a VPC. It starts UNKNOWN and becomes ACTIVE once attached:
    wait_for_status(client, id, "ACTIVE")."""
    return client.call(
        _CREATE, None, model=Subnet, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    vpc_id: str,
    subnet_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Subnet]:
    """Change a subnet (its name is required on every update). The answer carries only the
    subnet's id and status."""
    return client.call(
        _UPDATE,
        {"vpc_id": vpc_id, "subnet_id": subnet_id},
        model=Subnet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    vpc_id: str,
    subnet_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a subnet of a VPC; refused while ports still use its addresses."""
    return client.call(
        _DELETE,
        {"vpc_id": vpc_id, "subnet_id": subnet_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Subnet:
    """The one Subnet whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Subnet,
        name_field="name",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    subnet_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Subnet], None] | None = None,
) -> Subnet:
    """Poll get until the Subnet's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"subnet_id": subnet_id},
        model=Subnet,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    subnet_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Subnet], None] | None = None,
) -> None:
    """Poll get until the Subnet is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"subnet_id": subnet_id},
        model=Subnet,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_subnets(page: Page[Any]) -> builtins.list[Subnet]:
    """The Subnet items of a page (or of ``all_pages()``)."""
    return page.extract_as(Subnet)
