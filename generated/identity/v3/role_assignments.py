# Generated from identity/v3/role_assignments.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""One role held by one actor (a user or a group) on one target (a project, a domain or the
system). Assignments are read-only views of the grants made with the grant_* functions of the
roles module; they can only be listed."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset
from stacksdk.identity.v3.catalog import SystemScope as SystemScope


class DomainRef(Model):
    """A domain by id (and name with include_names)."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
    )


class ProjectRef(Model):
    """A project by id (and name and domain with include_names)."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain: DomainRef | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain", "domain", t.model(DomainRef)),
    )


class Scope(Model):
    """The target of an assignment; exactly one of project, domain and system is set."""

    project: ProjectRef | Unset = UNSET

    domain: DomainRef | Unset = UNSET

    system: SystemScope | Unset = UNSET

    inherited_to: Literal["projects"] | Unset = UNSET
    """`projects` for an inherited assignment (it applies to the projects below the target, not
    to the target itself)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("project", "project", t.model(ProjectRef)),
        Field("domain", "domain", t.model(DomainRef)),
        Field("system", "system", t.model(SystemScope)),
        Field("inherited_to", "OS-INHERIT:inherited_to", t.STRING, enum=("projects",)),
    )


RoleRef = ProjectRef

ActorRef = ProjectRef


class AssignmentLinks(Model):
    """Where the assignment comes from."""

    assignment: str | Unset = UNSET
    """The URL of the grant that makes this assignment."""

    membership: str | Unset = UNSET
    """Effective listings: the group membership that gives the user this role."""

    prior_role: str | Unset = UNSET
    """Effective listings: the role inference rule that implies this role."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("assignment", "assignment", t.STRING),
        Field("membership", "membership", t.STRING),
        Field("prior_role", "prior_role", t.STRING),
    )


class RoleAssignment(Model):
    """One role held by one actor (a user or a group) on one target (a project, a domain or the
    system). Assignments are read-only views of the grants made with the grant_* functions of
    the roles module; they can only be listed."""

    role: RoleRef | Unset = UNSET
    """The role assigned."""

    scope: Scope | Unset = UNSET
    """Where the role applies."""

    user: ActorRef | Unset = UNSET
    """The user holding the role (absent for a group assignment)."""

    group: ActorRef | Unset = UNSET
    """The group holding the role (absent for a user assignment)."""

    links: AssignmentLinks | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("role", "role", t.model(RoleRef)),
        Field("scope", "scope", t.model(Scope)),
        Field("user", "user", t.model(ActorRef)),
        Field("group", "group", t.model(ActorRef)),
        Field("links", "links", t.model(AssignmentLinks)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    group_id: str | Unset = UNSET
    """Assignments of this group."""

    role_id: str | Unset = UNSET
    """Assignments of this role."""

    scope_domain_id: str | Unset = UNSET
    """Assignments on this domain."""

    scope_project_id: str | Unset = UNSET
    """Assignments on this project."""

    scope_system: Literal["all"] | Unset = UNSET
    """`all`: assignments on the system."""

    scope_inherited_to: str | Unset = UNSET
    """`projects`: only inherited assignments; any other value: only direct (non-inherited) ones;
    unset: both kinds."""

    user_id: str | Unset = UNSET
    """Assignments of this user."""

    effective: bool | Unset = UNSET
    """Resolve group memberships, inheritance and role inference into the user assignments they
    make. A presence flag: False sends nothing."""

    include_names: bool | Unset = UNSET
    """Add the names of roles, users, groups, projects and domains (a presence flag)."""

    include_subtree: bool | Unset = UNSET
    """With scope_project_id: also the assignments on the projects below it (a presence flag)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("group_id", "group.id", t.STRING, location="query"),
        Param("role_id", "role.id", t.STRING, location="query"),
        Param("scope_domain_id", "scope.domain.id", t.STRING, location="query"),
        Param("scope_project_id", "scope.project.id", t.STRING, location="query"),
        Param("scope_system", "scope.system", t.STRING, location="query", enum=("all",)),
        Param("scope_inherited_to", "scope.OS-INHERIT:inherited_to", t.STRING, location="query"),
        Param("user_id", "user.id", t.STRING, location="query"),
        Param("effective", "effective", t.BOOLEAN, location="query", style="flag"),
        Param("include_names", "include_names", t.BOOLEAN, location="query", style="flag"),
        Param("include_subtree", "include_subtree", t.BOOLEAN, location="query", style="flag"),
    )


_LIST = Operation(
    "role_assignments.list",
    "GET",
    "/role_assignments",
    ok=(200, 203),
    response_key="role_assignments",
    paging=Paging("linked", next="links.next"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[RoleAssignment]:
    """List role assignments. Keystone refuses (BadRequest) user_id with group_id, two of
    scope_project_id / scope_domain_id / scope_system, effective with group_id, effective with
    scope_domain_id plus scope_inherited_to, and include_subtree without scope_project_id."""
    return client.pager(
        _LIST, None, model=RoleAssignment, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_role_assignments(page: Page[Any]) -> builtins.list[RoleAssignment]:
    """The RoleAssignment items of a page (or of ``all_pages()``)."""
    return page.extract_as(RoleAssignment)
