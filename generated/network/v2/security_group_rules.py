# Generated from network/v2/security_group_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A security group rule: lets one direction of traffic of one ethertype (and optionally
protocol, port range and remote prefix, group or address group) through the ports of its
security group. Rules cannot be changed, only created and deleted."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class SecurityGroupRule(Model):
    """A security group rule: lets one direction of traffic of one ethertype (and optionally
    protocol, port range and remote prefix, group or address group) through the ports of its
    security group. Rules cannot be changed, only created and deleted."""

    id: str
    """The rule's UUID."""

    security_group_id: str | Unset = UNSET
    """The security group the rule belongs to."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """Traffic into (ingress) or out of (egress) the ports."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """The IP version matched."""

    protocol: str | None | Unset = UNSET
    """The IP protocol: a name (tcp, udp, icmp, ipv6-icmp, ...) or a number 0-255 as text; None
    matches every protocol."""

    port_range_min: int | None | Unset = UNSET
    """The first port matched (tcp, udp, sctp, dccp) or the ICMP type."""

    port_range_max: int | None | Unset = UNSET
    """The last port matched, or the ICMP code."""

    remote_ip_prefix: str | None | Unset = UNSET
    """The CIDR the traffic's other end must be in."""

    remote_group_id: str | None | Unset = UNSET
    """The security group whose ports the other end must be."""

    remote_address_group_id: str | None | Unset = UNSET
    """The address group the other end must be in (security-groups-remote-address-group)."""

    normalized_cidr: str | None | Unset = UNSET
    """remote_ip_prefix with the host bits cleared (security-groups-normalized-cidr)."""

    belongs_to_default_sg: bool | None | Unset = UNSET
    """Whether the rule belongs to a project's default group
    (security-groups-rules-belongs-to-default-sg)."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    tags: builtins.list[str] | Unset = UNSET
    """Tags, as some responses carry them."""

    created_at: datetime.datetime | Unset = UNSET
    """When the rule was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("security_group_id", "security_group_id", t.STRING),
        Field("direction", "direction", t.STRING, enum=("ingress", "egress")),
        Field("ethertype", "ethertype", t.STRING, enum=("IPv4", "IPv6")),
        Field("protocol", "protocol", t.STRING),
        Field("port_range_min", "port_range_min", t.INTEGER),
        Field("port_range_max", "port_range_max", t.INTEGER),
        Field("remote_ip_prefix", "remote_ip_prefix", t.STRING),
        Field("remote_group_id", "remote_group_id", t.STRING),
        Field("remote_address_group_id", "remote_address_group_id", t.STRING),
        Field("normalized_cidr", "normalized_cidr", t.STRING),
        Field("belongs_to_default_sg", "belongs_to_default_sg", t.BOOLEAN),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the rule with this ID."""

    security_group_id: str | Unset = UNSET
    """Only rules of this group."""

    direction: str | Unset = UNSET
    """Only ingress or egress rules."""

    ethertype: str | Unset = UNSET
    """Only IPv4 or IPv6 rules."""

    protocol: str | Unset = UNSET
    """Only rules of this protocol."""

    port_range_min: int | Unset = UNSET
    """Only rules starting at this port."""

    port_range_max: int | Unset = UNSET
    """Only rules ending at this port."""

    remote_ip_prefix: str | Unset = UNSET
    """Only rules with this remote prefix."""

    remote_group_id: str | Unset = UNSET
    """Only rules with this remote group."""

    remote_address_group_id: str | Unset = UNSET
    """Only rules with this remote address group."""

    normalized_cidr: str | Unset = UNSET
    """Only rules with this normalized CIDR."""

    belongs_to_default_sg: bool | Unset = UNSET
    """Only rules of default groups (or of the others)."""

    description: str | Unset = UNSET
    """Only rules with this description."""

    project_id: str | Unset = UNSET
    """Only rules of this project."""

    tenant_id: str | Unset = UNSET
    """Only rules of this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only rules at this revision."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (security group rule attribute names, e.g. id, name); Neutron
    leaves the others out of each item. Keep id in the list when paging: the next page starts
    after the last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of direction, ethertype, id,
    port_range_max, port_range_min, protocol, remote_group_id, remote_ip_prefix,
    security_group_id, project_id, tenant_id); give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most security_group_rules one page holds; a full page carries a
    security_group_rules_links entry with rel "next"."""

    marker: str | Unset = UNSET
    """Start after the security group rule with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("security_group_id", "security_group_id", t.STRING, location="query"),
        Param("direction", "direction", t.STRING, location="query"),
        Param("ethertype", "ethertype", t.STRING, location="query"),
        Param("protocol", "protocol", t.STRING, location="query"),
        Param("port_range_min", "port_range_min", t.INTEGER, location="query"),
        Param("port_range_max", "port_range_max", t.INTEGER, location="query"),
        Param("remote_ip_prefix", "remote_ip_prefix", t.STRING, location="query"),
        Param("remote_group_id", "remote_group_id", t.STRING, location="query"),
        Param("remote_address_group_id", "remote_address_group_id", t.STRING, location="query"),
        Param("normalized_cidr", "normalized_cidr", t.STRING, location="query"),
        Param("belongs_to_default_sg", "belongs_to_default_sg", t.BOOLEAN, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    security_group_id: str = REQUIRED
    """The security group the rule belongs to."""

    direction: Literal["ingress", "egress"] = REQUIRED
    """Traffic into (ingress) or out of (egress) the ports."""

    ethertype: Literal["IPv4", "IPv6"] | Unset = UNSET
    """The IP version matched."""

    protocol: str | None | Unset = UNSET
    """The IP protocol: a name (tcp, udp, icmp, ipv6-icmp, ...) or a number 0-255 as text; None
    matches every protocol."""

    port_range_min: int | None | Unset = UNSET
    """The first port matched (tcp, udp, sctp, dccp) or the ICMP type."""

    port_range_max: int | None | Unset = UNSET
    """The last port matched, or the ICMP code."""

    remote_ip_prefix: str | None | Unset = UNSET
    """The CIDR the traffic's other end must be in."""

    remote_group_id: str | None | Unset = UNSET
    """The security group whose ports the other end must be."""

    remote_address_group_id: str | None | Unset = UNSET
    """The address group the other end must be in (security-groups-remote-address-group)."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("security_group_id", "security_group_id", t.STRING, required=True),
        Param("direction", "direction", t.STRING, required=True, enum=("ingress", "egress")),
        Param("ethertype", "ethertype", t.STRING, enum=("IPv4", "IPv6")),
        Param("protocol", "protocol", t.STRING, nullable=True),
        Param("port_range_min", "port_range_min", t.INTEGER, nullable=True),
        Param("port_range_max", "port_range_max", t.INTEGER, nullable=True),
        Param("remote_ip_prefix", "remote_ip_prefix", t.STRING, nullable=True),
        Param("remote_group_id", "remote_group_id", t.STRING, nullable=True),
        Param("remote_address_group_id", "remote_address_group_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class CreateBulkOpts(Opts):
    """Options of create_bulk."""

    security_group_rules: builtins.list[dict[str, Any]] = REQUIRED
    """The rules to create, as dicts of create attributes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "security_group_rules",
            "security_group_rules",
            t.list_of(t.map_of(t.ANY)),
            required=True,
        ),
    )


_LIST = Operation(
    "security_group_rules.list",
    "GET",
    "/security-group-rules",
    ok=(200, 203),
    response_key="security_group_rules",
    paging=Paging("marker", next="security_group_rules_links[rel=next].href"),
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
    ok=(201,),
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
_CREATE_BULK = Operation(
    "security_group_rules.create_bulk",
    "POST",
    "/security-group-rules",
    ok=(201,),
    request_kind="json",
    response_kind="list",
    response_key="security_group_rules",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SecurityGroupRule]:
    """List the security group rules the caller may see; every filter matches exactly."""
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
    """Create a rule; an identical rule in the group is a 409."""
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
    """Delete a rule."""
    return client.call(
        _DELETE,
        {"security_group_rule_id": security_group_rule_id},
        microversion=microversion,
        timeout=timeout,
    )


def create_bulk(
    client: ServiceClient,
    opts: CreateBulkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[SecurityGroupRule]]:
    """Create several rules in one request (all or none); each item is a dict of create
    attributes."""
    return client.call(
        _CREATE_BULK,
        None,
        model=SecurityGroupRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_security_group_rules(page: Page[Any]) -> builtins.list[SecurityGroupRule]:
    """The SecurityGroupRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecurityGroupRule)
