# Generated from compute/v2/server_groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A server group: servers that Nova schedules together (affinity) or apart (anti-affinity),
strictly or, since 2.15, as a preference (soft-). Up to 2.63 the policy is a one-item list
(policies) and groups carry an empty metadata object; since 2.64 it is one string (policy)
with optional rules (max_server_per_host for anti-affinity). Groups cannot be changed; servers
join one at boot through the scheduler hint "group"."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Rules(Model):
    """Rules of a server group's policy (since 2.64)."""

    max_server_per_host: int | Unset = UNSET
    """Anti-affinity only: how many of the group's servers one host may run (positive; default
    1). Above 1 is a 409 until every nova-compute service is new enough (Nova checks their
    versions)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("max_server_per_host", "max_server_per_host", t.INTEGER),
    )


class ServerGroup(Model):
    """A server group: servers that Nova schedules together (affinity) or apart (anti-affinity),
    strictly or, since 2.15, as a preference (soft-). Up to 2.63 the policy is a one-item list
    (policies) and groups carry an empty metadata object; since 2.64 it is one string (policy)
    with optional rules (max_server_per_host for anti-affinity). Groups cannot be changed;
    servers join one at boot through the scheduler hint "group"."""

    id: str
    """The group's UUID."""

    name: str | Unset = UNSET
    """The group's name (1-255 characters, need not be unique)."""

    policies: builtins.list[str] | Unset = UNSET
    """Up to 2.63: the policy as a one-item list (affinity, anti-affinity, soft-affinity,
    soft-anti-affinity; required on create then); the soft- policies since 2.15."""

    policy: Literal["affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"] | Unset = (
        UNSET
    )
    """Since 2.64 the policy (required on create then)."""

    rules: Rules | Unset = UNSET
    """Since 2.64: the policy's rules; only anti-affinity takes max_server_per_host (a 400 for
    any other policy)."""

    members: builtins.list[str] | Unset = UNSET
    """The UUIDs of the servers in the group."""

    metadata: dict[str, Any] | Unset = UNSET
    """Always empty; gone from responses since 2.64."""

    project_id: str | Unset = UNSET
    """The owning project (since 2.13)."""

    user_id: str | Unset = UNSET
    """The user who created the group (since 2.13)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("policies", "policies", t.list_of(t.STRING), until="2.63"),
        Field(
            "policy",
            "policy",
            t.STRING,
            since="2.64",
            enum=("affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"),
        ),
        Field("rules", "rules", t.model(Rules), since="2.64"),
        Field("members", "members", t.list_of(t.STRING)),
        Field("metadata", "metadata", t.map_of(t.ANY), until="2.63"),
        Field("project_id", "project_id", t.STRING, since="2.13"),
        Field("user_id", "user_id", t.STRING, since="2.13"),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    all_projects: bool | Unset = UNSET
    """Admins only: list the groups of all projects."""

    limit: int | Unset = UNSET
    """The most groups a page holds (capped at Nova's max_limit)."""

    offset: int | Unset = UNSET
    """How many groups to skip."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "all_projects", t.BOOLEAN, location="query", style="flag"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The group's name (1-255 characters, need not be unique)."""

    policies: builtins.list[str] | Unset = UNSET
    """Up to 2.63: the policy as a one-item list (affinity, anti-affinity, soft-affinity,
    soft-anti-affinity; required on create then); the soft- policies since 2.15."""

    policy: Literal["affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"] | Unset = (
        UNSET
    )
    """Since 2.64 the policy (required on create then)."""

    rules: Rules | Unset = UNSET
    """Since 2.64: the policy's rules; only anti-affinity takes max_server_per_host (a 400 for
    any other policy)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("policies", "policies", t.list_of(t.STRING), until="2.63"),
        Param(
            "policy",
            "policy",
            t.STRING,
            enum=("affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"),
            since="2.64",
        ),
        Param("rules", "rules", t.model(Rules), since="2.64"),
    )


_LIST = Operation(
    "server_groups.list",
    "GET",
    "/os-server-groups",
    ok=(200, 203),
    response_key="server_groups",
    paging=Paging("offset"),
)
_GET = Operation(
    "server_groups.get",
    "GET",
    "/os-server-groups/{server_group_id}",
    ok=(200, 203),
    response_key="server_group",
)
_CREATE = Operation(
    "server_groups.create",
    "POST",
    "/os-server-groups",
    ok=(200,),
    request_kind="json",
    request_key="server_group",
    response_key="server_group",
)
_DELETE = Operation(
    "server_groups.delete",
    "DELETE",
    "/os-server-groups/{server_group_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ServerGroup]:
    """List the caller's project's server groups, or every project's with all_projects (admin).
    Pages by offset and limit."""
    return client.pager(
        _LIST, None, model=ServerGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    server_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerGroup]:
    """Show a server group."""
    return client.call(
        _GET,
        {"server_group_id": server_group_id},
        model=ServerGroup,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerGroup]:
    """Create a server group. Give policies before 2.64 and policy (with optional rules) since.
    Exceeding the server-group quota is a 403."""
    return client.call(
        _CREATE, None, model=ServerGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    server_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a server group (its servers are not touched)."""
    return client.call(
        _DELETE, {"server_group_id": server_group_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> ServerGroup:
    """The one ServerGroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=ServerGroup,
        name_field="name",
        id_field="id",
    )


def extract_server_groups(page: Page[Any]) -> builtins.list[ServerGroup]:
    """The ServerGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerGroup)
