# Generated from network/v2/firewall_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A firewall rule (FWaaS v2): a match on protocol, addresses and ports with an action (allow,
deny or reject); policies hold rules in order. Needs the fwaas_v2 extension (neutron-fwaas,
the firewall_v2 service plugin)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class FirewallRule(Model):
    """A firewall rule (FWaaS v2): a match on protocol, addresses and ports with an action
    (allow, deny or reject); policies hold rules in order. Needs the fwaas_v2 extension
    (neutron-fwaas, the firewall_v2 service plugin)."""

    id: str
    """The rule's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a rule for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    protocol: str | None | Unset = UNSET
    """The IP protocol to match (dccp, icmp, ipv6-icmp, sctp, tcp, udp or a number 0-255); null
    matches any."""

    ip_version: int | Unset = UNSET
    """The IP version, 4 or 6."""

    source_ip_address: str | None | Unset = UNSET
    """The source address or CIDR to match; null matches any."""

    destination_ip_address: str | None | Unset = UNSET
    """The destination address or CIDR to match; null matches any."""

    source_port: str | None | Unset = UNSET
    """The source port or port range (a:b) to match; null matches any."""

    destination_port: str | None | Unset = UNSET
    """The destination port or port range (a:b) to match; null matches any."""

    action: Literal["allow", "deny", "reject"] | Unset = UNSET
    """What a match does."""

    enabled: bool | Unset = UNSET
    """Whether the rule takes part in the policies that hold it."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the rule (admin only to set)."""

    firewall_policy_id: Any | Unset = UNSET
    """The policies that hold this rule (a list of IDs, or null when none does)."""

    position: int | None | Unset = UNSET
    """Unused by FWaaS v2 (always null)."""

    tags: builtins.list[str] | Unset = UNSET
    """The rule's tags (change them with the tags module)."""

    revision_number: int | Unset = UNSET
    """Incremented on every change (for If-Match revision checks)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it was last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("protocol", "protocol", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER),
        Field("source_ip_address", "source_ip_address", t.STRING),
        Field("destination_ip_address", "destination_ip_address", t.STRING),
        Field("source_port", "source_port", t.STRING),
        Field("destination_port", "destination_port", t.STRING),
        Field("action", "action", t.STRING, enum=("allow", "deny", "reject")),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("shared", "shared", t.BOOLEAN),
        Field("firewall_policy_id", "firewall_policy_id", t.ANY),
        Field("position", "position", t.INTEGER),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only rules whose id is this."""

    name: str | Unset = UNSET
    """Only rules whose name is this."""

    description: str | Unset = UNSET
    """Only rules whose description is this."""

    protocol: str | Unset = UNSET
    """Only rules whose protocol is this."""

    ip_version: int | Unset = UNSET
    """Only rules whose ip_version is this."""

    source_ip_address: str | Unset = UNSET
    """Only rules whose source_ip_address is this."""

    destination_ip_address: str | Unset = UNSET
    """Only rules whose destination_ip_address is this."""

    source_port: str | Unset = UNSET
    """Only rules whose source_port is this."""

    destination_port: str | Unset = UNSET
    """Only rules whose destination_port is this."""

    action: Literal["allow", "deny", "reject"] | Unset = UNSET
    """Only rules whose action is this."""

    enabled: bool | Unset = UNSET
    """Only rules whose enabled is this."""

    shared: bool | Unset = UNSET
    """Only rules whose shared is this."""

    project_id: str | Unset = UNSET
    """Only rules whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only rules whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most rules a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("protocol", "protocol", t.STRING, location="query"),
        Param("ip_version", "ip_version", t.INTEGER, location="query"),
        Param("source_ip_address", "source_ip_address", t.STRING, location="query"),
        Param("destination_ip_address", "destination_ip_address", t.STRING, location="query"),
        Param("source_port", "source_port", t.STRING, location="query"),
        Param("destination_port", "destination_port", t.STRING, location="query"),
        Param("action", "action", t.STRING, location="query", enum=("allow", "deny", "reject")),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
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
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a rule for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    protocol: str | None | Unset = UNSET
    """The IP protocol to match (dccp, icmp, ipv6-icmp, sctp, tcp, udp or a number 0-255); null
    matches any."""

    ip_version: int | Unset = UNSET
    """The IP version, 4 or 6."""

    source_ip_address: str | None | Unset = UNSET
    """The source address or CIDR to match; null matches any."""

    destination_ip_address: str | None | Unset = UNSET
    """The destination address or CIDR to match; null matches any."""

    source_port: str | None | Unset = UNSET
    """The source port or port range (a:b) to match; null matches any."""

    destination_port: str | None | Unset = UNSET
    """The destination port or port range (a:b) to match; null matches any."""

    action: Literal["allow", "deny", "reject"] | Unset = UNSET
    """What a match does."""

    enabled: bool | Unset = UNSET
    """Whether the rule takes part in the policies that hold it."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the rule (admin only to set)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("protocol", "protocol", t.STRING, nullable=True),
        Param("ip_version", "ip_version", t.INTEGER),
        Param("source_ip_address", "source_ip_address", t.STRING, nullable=True),
        Param("destination_ip_address", "destination_ip_address", t.STRING, nullable=True),
        Param("source_port", "source_port", t.STRING, nullable=True),
        Param("destination_port", "destination_port", t.STRING, nullable=True),
        Param("action", "action", t.STRING, enum=("allow", "deny", "reject")),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("shared", "shared", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    protocol: str | None | Unset = UNSET
    """The IP protocol to match (dccp, icmp, ipv6-icmp, sctp, tcp, udp or a number 0-255); null
    matches any."""

    ip_version: int | Unset = UNSET
    """The IP version, 4 or 6."""

    source_ip_address: str | None | Unset = UNSET
    """The source address or CIDR to match; null matches any."""

    destination_ip_address: str | None | Unset = UNSET
    """The destination address or CIDR to match; null matches any."""

    source_port: str | None | Unset = UNSET
    """The source port or port range (a:b) to match; null matches any."""

    destination_port: str | None | Unset = UNSET
    """The destination port or port range (a:b) to match; null matches any."""

    action: Literal["allow", "deny", "reject"] | Unset = UNSET
    """What a match does."""

    enabled: bool | Unset = UNSET
    """Whether the rule takes part in the policies that hold it."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the rule (admin only to set)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("protocol", "protocol", t.STRING, nullable=True),
        Param("ip_version", "ip_version", t.INTEGER),
        Param("source_ip_address", "source_ip_address", t.STRING, nullable=True),
        Param("destination_ip_address", "destination_ip_address", t.STRING, nullable=True),
        Param("source_port", "source_port", t.STRING, nullable=True),
        Param("destination_port", "destination_port", t.STRING, nullable=True),
        Param("action", "action", t.STRING, enum=("allow", "deny", "reject")),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("shared", "shared", t.BOOLEAN),
    )


_LIST = Operation(
    "firewall_rules.list",
    "GET",
    "/fwaas/firewall_rules",
    ok=(200, 203),
    response_key="firewall_rules",
    paging=Paging("marker", next="firewall_rules_links[rel=next].href"),
)
_GET = Operation(
    "firewall_rules.get",
    "GET",
    "/fwaas/firewall_rules/{firewall_rule_id}",
    ok=(200, 203),
    response_key="firewall_rule",
)
_CREATE = Operation(
    "firewall_rules.create",
    "POST",
    "/fwaas/firewall_rules",
    ok=(201,),
    request_kind="json",
    request_key="firewall_rule",
    response_key="firewall_rule",
)
_UPDATE = Operation(
    "firewall_rules.update",
    "PUT",
    "/fwaas/firewall_rules/{firewall_rule_id}",
    ok=(200,),
    request_kind="json",
    request_key="firewall_rule",
    response_key="firewall_rule",
)
_DELETE = Operation(
    "firewall_rules.delete",
    "DELETE",
    "/fwaas/firewall_rules/{firewall_rule_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FirewallRule]:
    """List the firewall rules the caller may see (the first listing of a project also creates
    its default firewall group, with its rules). The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST, None, model=FirewallRule, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    firewall_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallRule]:
    """Show a firewall rule."""
    return client.call(
        _GET,
        {"firewall_rule_id": firewall_rule_id},
        model=FirewallRule,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallRule]:
    """Create a firewall rule."""
    return client.call(
        _CREATE, None, model=FirewallRule, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    firewall_rule_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallRule]:
    """Change a firewall rule (its policies' firewall groups are updated)."""
    return client.call(
        _UPDATE,
        {"firewall_rule_id": firewall_rule_id},
        model=FirewallRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    firewall_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a firewall rule (409 while a policy holds it)."""
    return client.call(
        _DELETE, {"firewall_rule_id": firewall_rule_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FirewallRule:
    """The one FirewallRule whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=FirewallRule,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_firewall_rules(page: Page[Any]) -> builtins.list[FirewallRule]:
    """The FirewallRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(FirewallRule)
