# Generated from huaweicloud/vpc/v1/bandwidths.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A bandwidth: the Internet capacity (in Mbit/s) that one EIP (a dedicated bandwidth, share_type
PER, created with the EIP) or several EIPs (a shared bandwidth, WHOLE) use. This v1 API shows,
lists and changes bandwidths; shared bandwidths are created and deleted, and EIPs added to and
removed from them, through the v2.0 API."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class PublicIPInfo(Model):
    """An EIP (or IPv6 port) using a bandwidth."""

    publicip_id: str | Unset = UNSET
    """The EIP's ID."""

    publicip_address: str | Unset = UNSET
    """Its address."""

    publicipv6_address: str | Unset = UNSET
    """Its IPv6 address (IPv6 only)."""

    publicip_type: str | Unset = UNSET
    """Its line type: 5_bgp, 5_sbgp, 5_telcom, 5_union or 5_ipv6."""

    ip_version: int | Unset = UNSET
    """4 or 6."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("publicip_id", "publicip_id", t.STRING),
        Field("publicip_address", "publicip_address", t.STRING),
        Field("publicipv6_address", "publicipv6_address", t.STRING),
        Field("publicip_type", "publicip_type", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER, enum=(4, 6)),
    )


class BandwidthRule(Model):
    """An enterprise QoS rule of a shared bandwidth."""

    id: str | Unset = UNSET
    """The rule's ID."""

    name: str | Unset = UNSET
    """Its name."""

    admin_state_up: bool | Unset = UNSET
    """Whether the rule is in effect."""

    egress_size: int | Unset = UNSET
    """The most outbound Mbit/s (0 means the bandwidth's size)."""

    egress_guarented_size: int | Unset = UNSET
    """The guaranteed outbound Mbit/s."""

    publicip_info: builtins.list[PublicIPInfo] | Unset = UNSET
    """The EIPs the rule applies to."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("egress_size", "egress_size", t.INTEGER),
        Field("egress_guarented_size", "egress_guarented_size", t.INTEGER),
        Field("publicip_info", "publicip_info", t.list_of(t.model(PublicIPInfo))),
    )


class Bandwidth(Model):
    """A bandwidth: the Internet capacity (in Mbit/s) that one EIP (a dedicated bandwidth,
    share_type PER, created with the EIP) or several EIPs (a shared bandwidth, WHOLE) use.
    This v1 API shows, lists and changes bandwidths; shared bandwidths are created and
    deleted, and EIPs added to and removed from them, through the v2.0 API."""

    id: str
    """The bandwidth's ID (a UUID)."""

    name: str | Unset = UNSET
    """The bandwidth's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    size: int | Unset = UNSET
    """The size in Mbit/s (1 to 2000 in most regions). Sizes change in steps of 1 up to 300, of
    50 up to 1000 and of 500 above; decimals and numeric strings are rounded down to an
    integer."""

    charge_mode: Literal["bandwidth", "traffic", "95peak_plus"] | Unset = UNSET
    """Billed by size (bandwidth; also when absent), by traffic, or by enhanced 95th percentile
    (95peak_plus, shared bandwidths only)."""

    share_type: Literal["PER", "WHOLE"] | Unset = UNSET
    """PER for a dedicated bandwidth, WHOLE for a shared one."""

    bandwidth_type: str | Unset = UNSET
    """The line type (share for a shared bandwidth; bgp, sbgp, telcom, ... for a dedicated one)."""

    publicip_info: builtins.list[PublicIPInfo] | Unset = UNSET
    """The EIPs using the bandwidth (one for PER, any number for WHOLE)."""

    billing_info: str | Unset = UNSET
    """Billing details; set only for a yearly/monthly bandwidth."""

    tenant_id: str | Unset = UNSET
    """The project that owns the bandwidth."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project it belongs to (a UUID, or "0" for the default one)."""

    status: Literal["NORMAL", "FREEZED"] | Unset = UNSET
    """NORMAL, or FREEZED (frozen, e.g. for arrears)."""

    enable_bandwidth_rules: bool | Unset = UNSET
    """Whether enterprise QoS rules are on (shared bandwidths; a few regions only)."""

    rule_quota: int | Unset = UNSET
    """How many QoS rules the bandwidth may have (a few regions only)."""

    bandwidth_rules: builtins.list[BandwidthRule] | Unset = UNSET
    """The bandwidth's QoS rules (a few regions only)."""

    public_border_group: str | Unset = UNSET
    """"center" for the central region, else the edge site's name; only EIPs of the same site
    join it."""

    created_at: datetime.datetime | Unset = UNSET
    """When the bandwidth was created (UTC)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("charge_mode", "charge_mode", t.STRING, enum=("bandwidth", "traffic", "95peak_plus")),
        Field("share_type", "share_type", t.STRING),
        Field("bandwidth_type", "bandwidth_type", t.STRING),
        Field("publicip_info", "publicip_info", t.list_of(t.model(PublicIPInfo))),
        Field("billing_info", "billing_info", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("enable_bandwidth_rules", "enable_bandwidth_rules", t.BOOLEAN),
        Field("rule_quota", "rule_quota", t.INTEGER),
        Field("bandwidth_rules", "bandwidth_rules", t.list_of(t.model(BandwidthRule))),
        Field("public_border_group", "public_border_group", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    share_type: Literal["PER", "WHOLE"] | Unset = UNSET
    """Only dedicated (PER) or shared (WHOLE) bandwidths."""

    enterprise_project_id: str | Unset = UNSET
    """Only bandwidths of this enterprise project ("0" is the default one; all_granted_eps lists
    every enterprise project the caller may see)."""

    limit: int | Unset = UNSET
    """The most bandwidths one page holds (default 2000)."""

    marker: str | Unset = UNSET
    """Start after the bandwidth with this ID (the previous page's last one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("share_type", "share_type", t.STRING, location="query", enum=("PER", "WHOLE")),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The bandwidth's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    size: int | Unset = UNSET
    """The size in Mbit/s (1 to 2000 in most regions). Sizes change in steps of 1 up to 300, of
    50 up to 1000 and of 500 above; decimals and numeric strings are rounded down to an
    integer."""

    charge_mode: Literal["bandwidth", "traffic", "95peak_plus"] | Unset = UNSET
    """Billed by size (bandwidth; also when absent), by traffic, or by enhanced 95th percentile
    (95peak_plus, shared bandwidths only)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("size", "size", t.INTEGER),
        Param("charge_mode", "charge_mode", t.STRING, enum=("bandwidth", "traffic", "95peak_plus")),
    )


_LIST = Operation(
    "bandwidths.list",
    "GET",
    "/bandwidths",
    ok=(200, 203),
    response_key="bandwidths",
    paging=Paging("marker"),
)
_GET = Operation(
    "bandwidths.get",
    "GET",
    "/bandwidths/{bandwidth_id}",
    ok=(200, 203),
    response_key="bandwidth",
)
_UPDATE = Operation(
    "bandwidths.update",
    "PUT",
    "/bandwidths/{bandwidth_id}",
    ok=(200,),
    request_kind="json",
    request_key="bandwidth",
    response_key="bandwidth",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Bandwidth]:
    """List the project's bandwidths, a page at a time (limit and marker); without a limit the
    server returns up to 2000."""
    return client.pager(
        _LIST, None, model=Bandwidth, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    bandwidth_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Bandwidth]:
    """Show a bandwidth."""
    return client.call(
        _GET,
        {"bandwidth_id": bandwidth_id},
        model=Bandwidth,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    bandwidth_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Bandwidth]:
    """Rename a pay-per-use bandwidth, resize it or change how it is billed; name or size must be
    set. A yearly/monthly bandwidth is changed through the v2.0 API."""
    return client.call(
        _UPDATE,
        {"bandwidth_id": bandwidth_id},
        model=Bandwidth,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Bandwidth:
    """The one Bandwidth whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Bandwidth,
        name_field="name",
        id_field="id",
    )


def extract_bandwidths(page: Page[Any]) -> builtins.list[Bandwidth]:
    """The Bandwidth items of a page (or of ``all_pages()``)."""
    return page.extract_as(Bandwidth)
