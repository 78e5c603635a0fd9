# Generated from huaweicloud/vpc/v1/security_groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A security group: a named set of rules (security_group_rules) deciding which traffic may reach
and leave the servers and ports it is applied to. A new group comes with default rules that
allow all outbound traffic and inbound traffic from members of the same group. The v1 API
creates, shows, lists and deletes groups; it has no update."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.huaweicloud.vpc.v1.security_group_rules import SecurityGroupRule


class SecurityGroup(Model):
    """A security group: a named set of rules (security_group_rules) deciding which traffic may
    reach and leave the servers and ports it is applied to. A new group comes with default
    rules that allow all outbound traffic and inbound traffic from members of the same group.
    The v1 API creates, shows, lists and deletes groups; it has no update."""

    id: str
    """The group's ID (a UUID)."""

    name: str | Unset = UNSET
    """The group's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    description: str | Unset = UNSET
    """Free-form text about the group."""

    vpc_id: str | Unset = UNSET
    """A VPC to note on the group. Deprecated: it is only informational and does not confine the
    group to that VPC."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the group belongs to: a UUID, or "0" for the default enterprise
    project (the default on create)."""

    security_group_rules: builtins.list[SecurityGroupRule] | Unset = UNSET
    """The group's rules."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("vpc_id", "vpc_id", t.STRING),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field(
            "security_group_rules", "security_group_rules", t.list_of(t.model(SecurityGroupRule))
        ),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    vpc_id: str | Unset = UNSET
    """Only groups of this VPC."""

    enterprise_project_id: str | Unset = UNSET
    """Only groups of this enterprise project ("0" is the default one; all_granted_eps lists
    every enterprise project the caller may see)."""

    limit: int | Unset = UNSET
    """The most groups one page holds (0 to 2000; default 2000)."""

    marker: str | Unset = UNSET
    """Start after the group with this ID (the previous page's last one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("vpc_id", "vpc_id", t.STRING, location="query"),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The group's name: 1 to 64 letters, digits, underscores, hyphens and periods."""

    vpc_id: str | Unset = UNSET
    """A VPC to note on the group. Deprecated: it is only informational and does not confine the
    group to that VPC."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project the group belongs to: a UUID, or "0" for the default enterprise
    project (the default on create)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("vpc_id", "vpc_id", t.STRING),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING),
    )


_LIST = Operation(
    "security_groups.list",
    "GET",
    "/security-groups",
    ok=(200, 203),
    response_key="security_groups",
    paging=Paging("marker"),
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
    """List the project's security groups, a page at a time (limit and marker); without a limit
    the server returns up to 2000."""
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
    """Show a security group and its rules."""
    return client.call(
        _GET,
        {"security_group_id": security_group_id},
        model=SecurityGroup,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroup]:
    """Create a security group (with the default rules)."""
    return client.call(
        _CREATE, None, model=SecurityGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    security_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a security group; refused while servers or ports still use it."""
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
        id_field="id",
    )


def extract_security_groups(page: Page[Any]) -> builtins.list[SecurityGroup]:
    """The SecurityGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecurityGroup)
