# Generated from network/v2/security_groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A security group: a named set of rules (security_group_rules) that decide which traffic
reaches and leaves the ports it is applied to. Every project has a "default" group, created on
first use, that new ports get."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.network.v2.security_group_rules import SecurityGroupRule


class SecurityGroup(Model):
    """A security group: a named set of rules (security_group_rules) that decide which traffic
    reaches and leaves the ports it is applied to. Every project has a "default" group,
    created on first use, that new ports get."""

    id: str
    """The group's UUID."""

    name: str | Unset = UNSET
    """The name ("default" is reserved)."""

    description: str | Unset = UNSET
    """Free-form text."""

    stateful: bool | Unset = UNSET
    """Whether connection tracking applies (stateful-security-group)."""

    shared: bool | Unset = UNSET
    """Whether the group is shared with the caller through RBAC."""

    security_group_rules: builtins.list[SecurityGroupRule] | Unset = UNSET
    """The group's rules; a new group starts with egress rules allowing everything for IPv4 and
    IPv6."""

    belongs_to_default_sg: bool | None | Unset = UNSET
    """Carried by some responses alongside the rules' own flag."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    tags: builtins.list[str] | Unset = UNSET
    """The group's tags (changed through the tags API)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the group was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("stateful", "stateful", t.BOOLEAN),
        Field("shared", "shared", t.BOOLEAN),
        Field(
            "security_group_rules", "security_group_rules", t.list_of(t.model(SecurityGroupRule))
        ),
        Field("belongs_to_default_sg", "belongs_to_default_sg", t.BOOLEAN),
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
    """Only the group with this ID."""

    name: str | Unset = UNSET
    """Only groups with this name."""

    description: str | Unset = UNSET
    """Only groups with this description."""

    stateful: bool | Unset = UNSET
    """Only stateful groups (or stateless ones)."""

    shared: bool | Unset = UNSET
    """Only groups shared with the caller (or not)."""

    project_id: str | Unset = UNSET
    """Only groups of this project."""

    tenant_id: str | Unset = UNSET
    """Only groups of this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only groups at this revision."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items that have every one of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items that have at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items that have every one of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items that have any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (security group attribute names, e.g. id, name); Neutron
    leaves the others out of each item. Keep id in the list when paging: the next page starts
    after the last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of id, name, project_id, tenant_id);
    give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most security_groups one page holds; a full page carries a security_groups_links entry
    with rel "next"."""

    marker: str | Unset = UNSET
    """Start after the security group with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("stateful", "stateful", t.BOOLEAN, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The name ("default" is reserved)."""

    description: str | Unset = UNSET
    """Free-form text."""

    stateful: bool | Unset = UNSET
    """Whether connection tracking applies (stateful-security-group)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("stateful", "stateful", t.BOOLEAN),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The name ("default" is reserved)."""

    description: str | Unset = UNSET
    """Free-form text."""

    stateful: bool | Unset = UNSET
    """Whether connection tracking applies (stateful-security-group)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("stateful", "stateful", t.BOOLEAN),
    )


_LIST = Operation(
    "security_groups.list",
    "GET",
    "/security-groups",
    ok=(200, 203),
    response_key="security_groups",
    paging=Paging("marker", next="security_groups_links[rel=next].href"),
)
_GET = Operation(
    "security_groups.get",
    "GET",
    "/security-groups/{security_group_id}",
    ok=(200, 203),
    response_key="security_group",
)
_CREATE = Operation(
    "security_groups.create",
    "POST",
    "/security-groups",
    ok=(201,),
    request_kind="json",
    request_key="security_group",
    response_key="security_group",
)
_UPDATE = Operation(
    "security_groups.update",
    "PUT",
    "/security-groups/{security_group_id}",
    ok=(200,),
    request_kind="json",
    request_key="security_group",
    response_key="security_group",
)
_DELETE = Operation(
    "security_groups.delete",
    "DELETE",
    "/security-groups/{security_group_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SecurityGroup]:
    """List the security groups the caller may see; every filter matches exactly."""
    return client.pager(
        _LIST, None, model=SecurityGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    security_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroup]:
    """Show a security group with its rules."""
    return client.call(
        _GET,
        {"security_group_id": security_group_id},
        model=SecurityGroup,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroup]:
    """Create a security group (with its default egress rules)."""
    return client.call(
        _CREATE, None, model=SecurityGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    security_group_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroup]:
    """Change a group's name, description or statefulness."""
    return client.call(
        _UPDATE,
        {"security_group_id": security_group_id},
        model=SecurityGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    security_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a security group; a 409 while ports use it."""
    return client.call(
        _DELETE,
        {"security_group_id": security_group_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> SecurityGroup:
    """The one SecurityGroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=SecurityGroup,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_security_groups(page: Page[Any]) -> builtins.list[SecurityGroup]:
    """The SecurityGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecurityGroup)
