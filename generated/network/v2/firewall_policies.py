# Generated from network/v2/firewall_policies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A firewall policy (FWaaS v2): an ordered list of firewall rules, applied as the ingress or
egress policy of firewall groups. Needs the fwaas_v2 extension (neutron-fwaas, the firewall_v2
service plugin)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class FirewallPolicy(Model):
    """A firewall policy (FWaaS v2): an ordered list of firewall rules, applied as the ingress or
    egress policy of firewall groups. Needs the fwaas_v2 extension (neutron-fwaas, the
    firewall_v2 service plugin)."""

    id: str
    """The policy's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a policy for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    firewall_rules: builtins.list[str] | Unset = UNSET
    """The rules' IDs, in the order they are matched (replaced whole on update; insert_rule and
    remove_rule change one)."""

    audited: bool | Unset = UNSET
    """Set by an operator once the policy was reviewed; any change to the policy or its rules
    clears it."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the policy (admin only to set)."""

    tags: builtins.list[str] | Unset = UNSET
    """The policy's tags (change them with the tags module)."""

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
        Field("firewall_rules", "firewall_rules", t.list_of(t.STRING)),
        Field("audited", "audited", t.BOOLEAN),
        Field("shared", "shared", t.BOOLEAN),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only policies whose id is this."""

    name: str | Unset = UNSET
    """Only policies whose name is this."""

    description: str | Unset = UNSET
    """Only policies whose description is this."""

    audited: bool | Unset = UNSET
    """Only policies whose audited is this."""

    shared: bool | Unset = UNSET
    """Only policies whose shared is this."""

    project_id: str | Unset = UNSET
    """Only policies whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only policies whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most policies a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("audited", "audited", t.BOOLEAN, location="query"),
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
    """The owner (admins may create a policy for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    firewall_rules: builtins.list[str] | Unset = UNSET
    """The rules' IDs, in the order they are matched (replaced whole on update; insert_rule and
    remove_rule change one)."""

    audited: bool | Unset = UNSET
    """Set by an operator once the policy was reviewed; any change to the policy or its rules
    clears it."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the policy (admin only to set)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("firewall_rules", "firewall_rules", t.list_of(t.STRING)),
        Param("audited", "audited", t.BOOLEAN),
        Param("shared", "shared", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    firewall_rules: builtins.list[str] | Unset = UNSET
    """The rules' IDs, in the order they are matched (replaced whole on update; insert_rule and
    remove_rule change one)."""

    audited: bool | Unset = UNSET
    """Set by an operator once the policy was reviewed; any change to the policy or its rules
    clears it."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the policy (admin only to set)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("firewall_rules", "firewall_rules", t.list_of(t.STRING)),
        Param("audited", "audited", t.BOOLEAN),
        Param("shared", "shared", t.BOOLEAN),
    )


class InsertRuleOpts(Opts):
    """Options of insert_rule."""

    firewall_rule_id: str = REQUIRED
    """The rule to insert."""

    insert_before: str | Unset = UNSET
    """Insert before this rule of the policy (wins over insert_after; empty: not given)."""

    insert_after: str | Unset = UNSET
    """Insert after this rule of the policy (empty: not given)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("firewall_rule_id", "firewall_rule_id", t.STRING, required=True),
        Param("insert_before", "insert_before", t.STRING),
        Param("insert_after", "insert_after", t.STRING),
    )


class RemoveRuleOpts(Opts):
    """Options of remove_rule."""

    firewall_rule_id: str = REQUIRED
    """The rule to remove."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("firewall_rule_id", "firewall_rule_id", t.STRING, required=True),
    )


_LIST = Operation(
    "firewall_policies.list",
    "GET",
    "/fwaas/firewall_policies",
    ok=(200, 203),
    response_key="firewall_policies",
    paging=Paging("marker", next="firewall_policies_links[rel=next].href"),
)
_GET = Operation(
    "firewall_policies.get",
    "GET",
    "/fwaas/firewall_policies/{firewall_policy_id}",
    ok=(200, 203),
    response_key="firewall_policy",
)
_CREATE = Operation(
    "firewall_policies.create",
    "POST",
    "/fwaas/firewall_policies",
    ok=(201,),
    request_kind="json",
    request_key="firewall_policy",
    response_key="firewall_policy",
)
_UPDATE = Operation(
    "firewall_policies.update",
    "PUT",
    "/fwaas/firewall_policies/{firewall_policy_id}",
    ok=(200,),
    request_kind="json",
    request_key="firewall_policy",
    response_key="firewall_policy",
)
_DELETE = Operation(
    "firewall_policies.delete",
    "DELETE",
    "/fwaas/firewall_policies/{firewall_policy_id}",
    ok=(204,),
    response_kind="empty",
)
_INSERT_RULE = Operation(
    "firewall_policies.insert_rule",
    "PUT",
    "/fwaas/firewall_policies/{firewall_policy_id}/insert_rule",
    ok=(200,),
    request_kind="json",
)
_REMOVE_RULE = Operation(
    "firewall_policies.remove_rule",
    "PUT",
    "/fwaas/firewall_policies/{firewall_policy_id}/remove_rule",
    ok=(200,),
    request_kind="json",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FirewallPolicy]:
    """List the firewall policies the caller may see. The plugin declares no sort keys (sort_key
    is refused)."""
    return client.pager(
        _LIST, None, model=FirewallPolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    firewall_policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallPolicy]:
    """Show a firewall policy."""
    return client.call(
        _GET,
        {"firewall_policy_id": firewall_policy_id},
        model=FirewallPolicy,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallPolicy]:
    """Create a firewall policy, optionally with its rules."""
    return client.call(
        _CREATE, None, model=FirewallPolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    firewall_policy_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallPolicy]:
    """Change a firewall policy (its firewall groups are updated)."""
    return client.call(
        _UPDATE,
        {"firewall_policy_id": firewall_policy_id},
        model=FirewallPolicy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    firewall_policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a firewall policy (409 while a firewall group uses it)."""
    return client.call(
        _DELETE,
        {"firewall_policy_id": firewall_policy_id},
        microversion=microversion,
        timeout=timeout,
    )


def insert_rule(
    client: ServiceClient,
    firewall_policy_id: str,
    opts: InsertRuleOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallPolicy]:
    """Put a rule into the policy, before or after one of its rules (or first when neither is
    given); returns the policy. A rule already in the policy is a 409."""
    return client.call(
        _INSERT_RULE,
        {"firewall_policy_id": firewall_policy_id},
        model=FirewallPolicy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_rule(
    client: ServiceClient,
    firewall_policy_id: str,
    opts: RemoveRuleOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallPolicy]:
    """Take a rule out of the policy; returns the policy. A rule the policy does not hold is a
    400."""
    return client.call(
        _REMOVE_RULE,
        {"firewall_policy_id": firewall_policy_id},
        model=FirewallPolicy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FirewallPolicy:
    """The one FirewallPolicy whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=FirewallPolicy,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_firewall_policies(page: Page[Any]) -> builtins.list[FirewallPolicy]:
    """The FirewallPolicy items of a page (or of ``all_pages()``)."""
    return page.extract_as(FirewallPolicy)
