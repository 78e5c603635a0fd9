# Generated from huaweicloud/vpc/v1/security_group_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A security group rule: lets one direction of traffic of one IP version through the ports of
its security group, optionally only for a protocol, a port range and one remote side (an
address range, another security group or an IP address group). Rules are created and deleted,
never changed."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class SecurityGroupRule(Model):
    """A security group rule: lets one direction of traffic of one IP version through the ports
    of its security group, optionally only for a protocol, a port range and one remote side
    (an address range, another security group or an IP address group). Rules are created and
    deleted, never changed."""

    id: str
    """The rule's ID (a UUID)."""

    security_group_id: str | Unset = UNSET
    """The security group the rule belongs to."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """Traffic into (ingress) or out of (egress) the group's members."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """The IP version matched."""

    protocol: str | None | Unset = UNSET
    """tcp, udp, icmp, icmpv6 or an IP protocol number from 0 to 255 as text; empty or None
    matches every protocol."""

    port_range_min: int | None | Unset = UNSET
    """The first port matched (1 to 65535, at most port_range_max), or the ICMP type for icmp;
    None matches every port."""

    port_range_max: int | None | Unset = UNSET
    """The last port matched (1 to 65535), or the ICMP code for icmp; None matches every port."""

    remote_ip_prefix: str | None | Unset = UNSET
    """The address or CIDR range of the other side (the source of ingress traffic, the
    destination of egress traffic). At most one of remote_ip_prefix, remote_group_id and
    remote_address_group_id."""

    remote_group_id: str | None | Unset = UNSET
    """Match traffic from or to members of this security group instead of an address range."""

    remote_address_group_id: str | None | Unset = UNSET
    """Match traffic from or to the addresses of this IP address group."""

    tenant_id: str | Unset = UNSET
    """The project that owns the rule."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("security_group_id", "security_group_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("direction", "direction", t.STRING, enum=("ingress", "egress")),
        Field("ethertype", "ethertype", t.STRING, enum=("IPv4", "IPv6")),
        Field("protocol", "protocol", t.STRING),
        Field("port_range_min", "port_range_min", t.INTEGER),
        Field("port_range_max", "port_range_max", t.INTEGER),
        Field("remote_ip_prefix", "remote_ip_prefix", t.STRING),
        Field("remote_group_id", "remote_group_id", t.STRING),
        Field("remote_address_group_id", "remote_address_group_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    security_group_id: str | Unset = UNSET
    """Only rules of this security group."""

    remote_ip_prefix: str | Unset = UNSET
    """Only rules with this remote range (CIDR)."""

    limit: int | Unset = UNSET
    """The most rules one page holds (0 to 2000; default 2000)."""

    marker: str | Unset = UNSET
    """Start after the rule with this ID (the previous page's last one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("security_group_id", "security_group_id", t.STRING, location="query"),
        Param("remote_ip_prefix", "remote_ip_prefix", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    security_group_id: str = REQUIRED
    """The security group the rule belongs to."""

    description: str | Unset = UNSET
    """Free-form text of up to 255 characters, without angle brackets."""

    direction: Literal["ingress", "egress"] = REQUIRED
    """Traffic into (ingress) or out of (egress) the group's members."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """The IP version matched."""

    protocol: str | None | Unset = UNSET
    """tcp, udp, icmp, icmpv6 or an IP protocol number from 0 to 255 as text; empty or None
    matches every protocol."""

    port_range_min: int | None | Unset = UNSET
    """The first port matched (1 to 65535, at most port_range_max), or the ICMP type for icmp;
    None matches every port."""

    port_range_max: int | None | Unset = UNSET
    """The last port matched (1 to 65535), or the ICMP code for icmp; None matches every port."""

    remote_ip_prefix: str | None | Unset = UNSET
    """The address or CIDR range of the other side (the source of ingress traffic, the
    destination of egress traffic). At most one of remote_ip_prefix, remote_group_id and
    remote_address_group_id."""

    remote_group_id: str | None | Unset = UNSET
    """Match traffic from or to members of this security group instead of an address range."""

    remote_address_group_id: str | None | Unset = UNSET
    """Match traffic from or to the addresses of this IP address group."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("security_group_id", "security_group_id", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("direction", "direction", t.STRING, required=True, enum=("ingress", "egress")),
        Param("ethertype", "ethertype", t.STRING, enum=("IPv4", "IPv6")),
        Param("protocol", "protocol", t.STRING, nullable=True),
        Param("port_range_min", "port_range_min", t.INTEGER, nullable=True),
        Param("port_range_max", "port_range_max", t.INTEGER, nullable=True),
        Param("remote_ip_prefix", "remote_ip_prefix", t.STRING, nullable=True),
        Param("remote_group_id", "remote_group_id", t.STRING, nullable=True),
        Param("remote_address_group_id", "remote_address_group_id", t.STRING, nullable=True),
    )


_LIST = Operation(
    "security_group_rules.list",
    "GET",
    "/security-group-rules",
    ok=(200, 203),
    response_key="security_group_rules",
    paging=Paging("marker"),
)
_GET = Operation(
    "security_group_rules.get",
    "GET",
    "/security-group-rules/{security_group_rule_id}",
    ok=(200, 203),
    response_key="security_group_rule",
)
_CREATE = Operation(
    "security_group_rules.create",
    "POST",
    "/security-group-rules",
    ok=(200,),
    request_kind="json",
    request_key="security_group_rule",
    response_key="security_group_rule",
)
_DELETE = Operation(
    "security_group_rules.delete",
    "DELETE",
    "/security-group-rules/{security_group_rule_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SecurityGroupRule]:
    """List the project's security group rules, a page at a time (limit and marker); without a
    limit the server returns up to 2000."""
    return client.pager(
        _LIST, None, model=SecurityGroupRule, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    security_group_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroupRule]:
    """Show a security group rule."""
    return client.call(
        _GET,
        {"security_group_rule_id": security_group_rule_id},
        model=SecurityGroupRule,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroupRule]:
    """Add a rule to a security group; an identical rule already in the group is refused."""
    return client.call(
        _CREATE,
        None,
        model=SecurityGroupRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    security_group_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a security group rule."""
    return client.call(
        _DELETE,
        {"security_group_rule_id": security_group_rule_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_security_group_rules(page: Page[Any]) -> builtins.list[SecurityGroupRule]:
    """The SecurityGroupRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecurityGroupRule)
