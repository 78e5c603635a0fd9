# Generated from network/v2/network_ip_availabilities.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""How many IP addresses a network and each of its subnets have and use (network-ip-availability
extension; the counts for each subnet's whole CIDR and its allocation pools come with
network-ip-availability-details). Admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class IpAvailabilityDetails(Model):
    """Address counts over the whole CIDR(s) and over the allocation pools."""

    total_ips_in_subnet: int | Unset = UNSET
    """The addresses in the CIDR(s)."""

    total_ips_in_allocation_pool: int | Unset = UNSET
    """The addresses in the allocation pools."""

    used_ips_in_subnet: int | Unset = UNSET
    """The addresses in use anywhere in the CIDR(s)."""

    used_ips_in_allocation_pool: int | Unset = UNSET
    """The addresses in use inside the allocation pools."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("total_ips_in_subnet", "total_ips_in_subnet", t.INTEGER),
        Field("total_ips_in_allocation_pool", "total_ips_in_allocation_pool", t.INTEGER),
        Field("used_ips_in_subnet", "used_ips_in_subnet", t.INTEGER),
        Field("used_ips_in_allocation_pool", "used_ips_in_allocation_pool", t.INTEGER),
    )


class SubnetIpAvailability(Model):
    """One subnet's address counts."""

    subnet_id: str | Unset = UNSET
    """The subnet."""

    subnet_name: str | Unset = UNSET
    """The subnet's name."""

    cidr: str | Unset = UNSET
    """The subnet's CIDR."""

    ip_version: int | Unset = UNSET
    """4 or 6."""

    total_ips: int | Unset = UNSET
    """The addresses in its allocation pools."""

    used_ips: int | Unset = UNSET
    """The addresses in use."""

    ip_availability_details: IpAvailabilityDetails | Unset = UNSET
    """Counts for the whole CIDR and for the allocation pools."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("subnet_id", "subnet_id", t.STRING),
        Field("subnet_name", "subnet_name", t.STRING),
        Field("cidr", "cidr", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER),
        Field("total_ips", "total_ips", t.INTEGER),
        Field("used_ips", "used_ips", t.INTEGER),
        Field("ip_availability_details", "ip_availability_details", t.model(IpAvailabilityDetails)),
    )


class NetworkIpAvailability(Model):
    """How many IP addresses a network and each of its subnets have and use
    (network-ip-availability extension; the counts for each subnet's whole CIDR and its
    allocation pools come with network-ip-availability-details). Admin-only by default."""

    network_id: str
    """The network."""

    network_name: str | Unset = UNSET
    """The network's name."""

    project_id: str | Unset = UNSET
    """The network's owner."""

    tenant_id: str | Unset = UNSET
    """The same as project_id (older name)."""

    total_ips: int | Unset = UNSET
    """The addresses in the allocation pools of all its subnets (IPv6 counts are huge)."""

    used_ips: int | Unset = UNSET
    """The addresses in use."""

    subnet_ip_availability: builtins.list[SubnetIpAvailability] | Unset = UNSET
    """The same counts per subnet."""

    ip_availability_details: IpAvailabilityDetails | Unset = UNSET
    """Counts for the whole CIDRs and for the allocation pools (network-ip-availability-details)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("network_id", "network_id", t.STRING),
        Field("network_name", "network_name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("total_ips", "total_ips", t.INTEGER),
        Field("used_ips", "used_ips", t.INTEGER),
        Field(
            "subnet_ip_availability",
            "subnet_ip_availability",
            t.list_of(t.model(SubnetIpAvailability)),
        ),
        Field("ip_availability_details", "ip_availability_details", t.model(IpAvailabilityDetails)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    network_id: str | Unset = UNSET
    """Only this network."""

    network_name: str | Unset = UNSET
    """Only networks with this name."""

    project_id: str | Unset = UNSET
    """Only networks of this project."""

    tenant_id: str | Unset = UNSET
    """Only networks of this project (older name)."""

    ip_version: int | Unset = UNSET
    """Count only subnets of this IP version."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most networks a page holds."""

    marker: str | Unset = UNSET
    """Start after the network with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("network_id", "network_id", t.STRING, location="query"),
        Param("network_name", "network_name", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("ip_version", "ip_version", t.INTEGER, location="query", enum=(4, 6)),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


_LIST = Operation(
    "network_ip_availabilities.list",
    "GET",
    "/network-ip-availabilities",
    ok=(200, 203),
    response_key="network_ip_availabilities",
    paging=Paging(
        "marker", marker_field="network_id", next="network_ip_availabilities_links[rel=next].href"
    ),
)
_GET = Operation(
    "network_ip_availabilities.get",
    "GET",
    "/network-ip-availabilities/{network_id}",
    ok=(200, 203),
    response_key="network_ip_availability",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[NetworkIpAvailability]:
    """The address counts of every network (admin)."""
    return client.pager(
        _LIST,
        None,
        model=NetworkIpAvailability,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    network_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NetworkIpAvailability]:
    """The address counts of one network."""
    return client.call(
        _GET,
        {"network_id": network_id},
        model=NetworkIpAvailability,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> NetworkIpAvailability:
    """The one NetworkIpAvailability whose id or network_name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=NetworkIpAvailability,
        name_field="network_name",
        list_opts=ListOpts,
        name_param="network_name",
        name_match="exact",
        id_field="network_id",
    )


def extract_network_ip_availabilities(page: Page[Any]) -> builtins.list[NetworkIpAvailability]:
    """The NetworkIpAvailability items of a page (or of ``all_pages()``)."""
    return page.extract_as(NetworkIpAvailability)
