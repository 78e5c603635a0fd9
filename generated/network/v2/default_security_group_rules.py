# Generated from network/v2/default_security_group_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A default security group rule (security-groups-default-rules extension): a template that
Neutron copies into every new project default group (used_in_default_sg) and/or every other
new group (used_in_non_default_sg). Admins manage them; templates cannot be changed, only
created and deleted."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class DefaultSecurityGroupRule(Model):
    """A default security group rule (security-groups-default-rules extension): a template that
    Neutron copies into every new project default group (used_in_default_sg) and/or every
    other new group (used_in_non_default_sg). Admins manage them; templates cannot be changed,
    only created and deleted."""

    id: str
    """The template's UUID."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """Traffic into (ingress) or out of (egress) the ports."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """The IP version matched."""

    protocol: str | None | Unset = UNSET
    """The IP protocol (a name or a number 0-255 as text); None matches every protocol."""

    port_range_min: int | None | Unset = UNSET
    """The first port matched (tcp, udp, sctp, dccp) or the ICMP type."""

    port_range_max: int | None | Unset = UNSET
    """The last port matched, or the ICMP code."""

    remote_ip_prefix: str | None | Unset = UNSET
    """The CIDR the traffic's other end must be in."""

    remote_group_id: str | None | Unset = UNSET
    """The group whose ports the other end must be; the text PARENT stands for the group the rule
    is copied into."""

    remote_address_group_id: str | None | Unset = UNSET
    """The address group the other end must be in."""

    used_in_default_sg: bool | Unset = UNSET
    """Whether the rule is copied into each project's default group."""

    used_in_non_default_sg: bool | Unset = UNSET
    """Whether the rule is copied into every other new group."""

    description: str | Unset = UNSET
    """Free-form text."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("direction", "direction", t.STRING, enum=("ingress", "egress")),
        Field("ethertype", "ethertype", t.STRING, enum=("IPv4", "IPv6")),
        Field("protocol", "protocol", t.STRING),
        Field("port_range_min", "port_range_min", t.INTEGER),
        Field("port_range_max", "port_range_max", t.INTEGER),
        Field("remote_ip_prefix", "remote_ip_prefix", t.STRING),
        Field("remote_group_id", "remote_group_id", t.STRING),
        Field("remote_address_group_id", "remote_address_group_id", t.STRING),
        Field("used_in_default_sg", "used_in_default_sg", t.BOOLEAN),
        Field("used_in_non_default_sg", "used_in_non_default_sg", t.BOOLEAN),
        Field("description", "description", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the template with this ID."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """Only ingress or egress templates."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """Only IPv4 or IPv6 templates."""

    protocol: str | Unset = UNSET
    """Only templates of this protocol."""

    port_range_min: int | Unset = UNSET
    """Only templates starting at this port."""

    port_range_max: int | Unset = UNSET
    """Only templates ending at this port."""

    remote_ip_prefix: str | Unset = UNSET
    """Only templates with this remote prefix."""

    remote_group_id: str | Unset = UNSET
    """Only templates with this remote group (or PARENT)."""

    remote_address_group_id: str | Unset = UNSET
    """Only templates with this remote address group."""

    used_in_default_sg: bool | Unset = UNSET
    """Only templates used (or not) in default groups."""

    used_in_non_default_sg: bool | Unset = UNSET
    """Only templates used (or not) in other groups."""

    description: str | Unset = UNSET
    """Only templates with this description."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most templates a page holds."""

    marker: str | Unset = UNSET
    """Start after the template with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("direction", "direction", t.STRING, location="query", enum=("ingress", "egress")),
        Param("ethertype", "ethertype", t.STRING, location="query", enum=("IPv4", "IPv6")),
        Param("protocol", "protocol", t.STRING, location="query"),
        Param("port_range_min", "port_range_min", t.INTEGER, location="query"),
        Param("port_range_max", "port_range_max", t.INTEGER, location="query"),
        Param("remote_ip_prefix", "remote_ip_prefix", t.STRING, location="query"),
        Param("remote_group_id", "remote_group_id", t.STRING, location="query"),
        Param("remote_address_group_id", "remote_address_group_id", t.STRING, location="query"),
        Param("used_in_default_sg", "used_in_default_sg", t.BOOLEAN, location="query"),
        Param("used_in_non_default_sg", "used_in_non_default_sg", t.BOOLEAN, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    direction: Literal["ingress", "egress"] = REQUIRED
    """Traffic into (ingress) or out of (egress) the ports."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """The IP version matched."""

    protocol: str | None | Unset = UNSET
    """The IP protocol (a name or a number 0-255 as text); None matches every protocol."""

    port_range_min: int | None | Unset = UNSET
    """The first port matched (tcp, udp, sctp, dccp) or the ICMP type."""

    port_range_max: int | None | Unset = UNSET
    """The last port matched, or the ICMP code."""

    remote_ip_prefix: str | None | Unset = UNSET
    """The CIDR the traffic's other end must be in."""

    remote_group_id: str | None | Unset = UNSET
    """The group whose ports the other end must be; the text PARENT stands for the group the rule
    is copied into."""

    remote_address_group_id: str | None | Unset = UNSET
    """The address group the other end must be in."""

    used_in_default_sg: bool = REQUIRED
    """Whether the rule is copied into each project's default group."""

    used_in_non_default_sg: bool = REQUIRED
    """Whether the rule is copied into every other new group."""

    description: str | Unset = UNSET
    """Free-form text."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("direction", "direction", t.STRING, required=True, enum=("ingress", "egress")),
        Param("ethertype", "ethertype", t.STRING, enum=("IPv4", "IPv6")),
        Param("protocol", "protocol", t.STRING, nullable=True),
        Param("port_range_min", "port_range_min", t.INTEGER, nullable=True),
        Param("port_range_max", "port_range_max", t.INTEGER, nullable=True),
        Param("remote_ip_prefix", "remote_ip_prefix", t.STRING, nullable=True),
        Param("remote_group_id", "remote_group_id", t.STRING, nullable=True),
        Param("remote_address_group_id", "remote_address_group_id", t.STRING, nullable=True),
        Param("used_in_default_sg", "used_in_default_sg", t.BOOLEAN, required=True),
        Param("used_in_non_default_sg", "used_in_non_default_sg", t.BOOLEAN, required=True),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "default_security_group_rules.list",
    "GET",
    "/default-security-group-rules",
    ok=(200, 203),
    response_key="default_security_group_rules",
    paging=Paging("marker", next="default_security_group_rules_links[rel=next].href"),
)
_GET = Operation(
    "default_security_group_rules.get",
    "GET",
    "/default-security-group-rules/{default_security_group_rule_id}",
    ok=(200, 203),
    response_key="default_security_group_rule",
)
_CREATE = Operation(
    "default_security_group_rules.create",
    "POST",
    "/default-security-group-rules",
    ok=(201,),
    request_kind="json",
    request_key="default_security_group_rule",
    response_key="default_security_group_rule",
)
_DELETE = Operation(
    "default_security_group_rules.delete",
    "DELETE",
    "/default-security-group-rules/{default_security_group_rule_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[DefaultSecurityGroupRule]:
    """List the default security group rules; every filter matches exactly."""
    return client.pager(
        _LIST,
        None,
        model=DefaultSecurityGroupRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    default_security_group_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DefaultSecurityGroupRule]:
    """Show a default security group rule."""
    return client.call(
        _GET,
        {"default_security_group_rule_id": default_security_group_rule_id},
        model=DefaultSecurityGroupRule,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DefaultSecurityGroupRule]:
    """Create a default security group rule (admin only; 409 for a duplicate)."""
    return client.call(
        _CREATE,
        None,
        model=DefaultSecurityGroupRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    default_security_group_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a default security group rule (groups made before keep their copies)."""
    return client.call(
        _DELETE,
        {"default_security_group_rule_id": default_security_group_rule_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_default_security_group_rules(
    page: Page[Any],
) -> builtins.list[DefaultSecurityGroupRule]:
    """The DefaultSecurityGroupRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(DefaultSecurityGroupRule)
