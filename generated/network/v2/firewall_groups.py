# Generated from network/v2/firewall_groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A firewall group (FWaaS v2): applies an ingress and an egress firewall policy to a set of
ports (router or VM ports). Every project gets a group named default, applied to new VM ports.
Needs the fwaas_v2 extension (neutron-fwaas, the firewall_v2 service plugin)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class FirewallGroup(Model):
    """A firewall group (FWaaS v2): applies an ingress and an egress firewall policy to a set of
    ports (router or VM ports). Every project gets a group named default, applied to new VM
    ports. Needs the fwaas_v2 extension (neutron-fwaas, the firewall_v2 service plugin)."""

    id: str
    """The group's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a group for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    ingress_firewall_policy_id: str | None | Unset = UNSET
    """The policy for traffic entering the ports (null: none)."""

    egress_firewall_policy_id: str | None | Unset = UNSET
    """The policy for traffic leaving the ports (null: none)."""

    ports: builtins.list[str] | Unset = UNSET
    """The ports the group applies to (replaced whole on update)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the group (admin only to set)."""

    status: str | Unset = UNSET
    """ACTIVE, INACTIVE (no ports or no policy), DOWN, ERROR or PENDING_CREATE/UPDATE/DELETE
    while an agent applies it."""

    tags: builtins.list[str] | Unset = UNSET
    """The group's tags (change them with the tags module)."""

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
        Field("ingress_firewall_policy_id", "ingress_firewall_policy_id", t.STRING),
        Field("egress_firewall_policy_id", "egress_firewall_policy_id", t.STRING),
        Field("ports", "ports", t.list_of(t.STRING)),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("shared", "shared", t.BOOLEAN),
        Field("status", "status", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only groups whose id is this."""

    name: str | Unset = UNSET
    """Only groups whose name is this."""

    description: str | Unset = UNSET
    """Only groups whose description is this."""

    ingress_firewall_policy_id: str | Unset = UNSET
    """Only groups whose ingress_firewall_policy_id is this."""

    egress_firewall_policy_id: str | Unset = UNSET
    """Only groups whose egress_firewall_policy_id is this."""

    admin_state_up: bool | Unset = UNSET
    """Only groups whose admin_state_up is this."""

    shared: bool | Unset = UNSET
    """Only groups whose shared is this."""

    status: str | Unset = UNSET
    """Only groups whose status is this."""

    project_id: str | Unset = UNSET
    """Only groups whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only groups whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most groups a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param(
            "ingress_firewall_policy_id", "ingress_firewall_policy_id", t.STRING, location="query"
        ),
        Param("egress_firewall_policy_id", "egress_firewall_policy_id", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
        Param("status", "status", t.STRING, location="query"),
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
    """The owner (admins may create a group for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    ingress_firewall_policy_id: str | None | Unset = UNSET
    """The policy for traffic entering the ports (null: none)."""

    egress_firewall_policy_id: str | None | Unset = UNSET
    """The policy for traffic leaving the ports (null: none)."""

    ports: builtins.list[str] | Unset = UNSET
    """The ports the group applies to (replaced whole on update)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the group (admin only to set)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("ingress_firewall_policy_id", "ingress_firewall_policy_id", t.STRING, nullable=True),
        Param("egress_firewall_policy_id", "egress_firewall_policy_id", t.STRING, nullable=True),
        Param("ports", "ports", t.list_of(t.STRING)),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("shared", "shared", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    ingress_firewall_policy_id: str | None | Unset = UNSET
    """The policy for traffic entering the ports (null: none)."""

    egress_firewall_policy_id: str | None | Unset = UNSET
    """The policy for traffic leaving the ports (null: none)."""

    ports: builtins.list[str] | Unset = UNSET
    """The ports the group applies to (replaced whole on update)."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state."""

    shared: bool | Unset = UNSET
    """Whether other projects may use the group (admin only to set)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("ingress_firewall_policy_id", "ingress_firewall_policy_id", t.STRING, nullable=True),
        Param("egress_firewall_policy_id", "egress_firewall_policy_id", t.STRING, nullable=True),
        Param("ports", "ports", t.list_of(t.STRING)),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("shared", "shared", t.BOOLEAN),
    )


_LIST = Operation(
    "firewall_groups.list",
    "GET",
    "/fwaas/firewall_groups",
    ok=(200, 203),
    response_key="firewall_groups",
    paging=Paging("marker", next="firewall_groups_links[rel=next].href"),
)
_GET = Operation(
    "firewall_groups.get",
    "GET",
    "/fwaas/firewall_groups/{firewall_group_id}",
    ok=(200, 203),
    response_key="firewall_group",
)
_CREATE = Operation(
    "firewall_groups.create",
    "POST",
    "/fwaas/firewall_groups",
    ok=(201,),
    request_kind="json",
    request_key="firewall_group",
    response_key="firewall_group",
)
_UPDATE = Operation(
    "firewall_groups.update",
    "PUT",
    "/fwaas/firewall_groups/{firewall_group_id}",
    ok=(200,),
    request_kind="json",
    request_key="firewall_group",
    response_key="firewall_group",
)
_DELETE = Operation(
    "firewall_groups.delete",
    "DELETE",
    "/fwaas/firewall_groups/{firewall_group_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FirewallGroup]:
    """List the firewall groups the caller may see (the first listing of a project also creates
    its default group). The plugin declares no sort keys (sort_key is refused)."""
    return client.pager(
        _LIST, None, model=FirewallGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    firewall_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallGroup]:
    """Show a firewall group."""
    return client.call(
        _GET,
        {"firewall_group_id": firewall_group_id},
        model=FirewallGroup,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallGroup]:
    """Create a firewall group."""
    return client.call(
        _CREATE, None, model=FirewallGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    firewall_group_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FirewallGroup]:
    """Change a firewall group's policies, ports or state (409 while it is PENDING_*)."""
    return client.call(
        _UPDATE,
        {"firewall_group_id": firewall_group_id},
        model=FirewallGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    firewall_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a firewall group (409 while it has ports or is in use)."""
    return client.call(
        _DELETE,
        {"firewall_group_id": firewall_group_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FirewallGroup:
    """The one FirewallGroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=FirewallGroup,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    firewall_group_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[FirewallGroup], None] | None = None,
) -> FirewallGroup:
    """Poll get until the FirewallGroup's status is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"firewall_group_id": firewall_group_id},
        model=FirewallGroup,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    firewall_group_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[FirewallGroup], None] | None = None,
) -> None:
    """Poll get until the FirewallGroup is gone (404). Raises errors.WaitTimeout after
    ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"firewall_group_id": firewall_group_id},
        model=FirewallGroup,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_firewall_groups(page: Page[Any]) -> builtins.list[FirewallGroup]:
    """The FirewallGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(FirewallGroup)
