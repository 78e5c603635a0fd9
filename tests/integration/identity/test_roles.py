"""Roles, grants, role assignments and role inference rules against a real Keystone."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from stacksdk.identity.v3 import (
    domains,
    groups,
    implied_roles,
    projects,
    role_assignments,
    roles,
    users,
)
from stacksdk.runtime import ServiceClient, errors
from stacksdk.runtime.resources.pagination import Pager
from stacksdk.runtime.resources.result import Result
from tests.integration.helpers import Cleanup, Unique, delete_domain, present


@dataclasses.dataclass
class World:
    """A domain holding a parent project with one child, a user in a group, and a role."""

    domain_id: str
    domain_name: str
    parent_id: str
    parent_name: str
    child_id: str
    user_id: str
    user_name: str
    group_id: str
    group_name: str
    role_id: str
    role_name: str


@pytest.fixture
def world(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> World:
    domain = domains.create(identity, domains.CreateOpts(name=unique("dom"))).extract()
    cleanup(lambda: delete_domain(identity, domain.id))
    parent = projects.create(
        identity, projects.CreateOpts(name=unique("parent"), domain_id=domain.id)
    ).extract()
    assert isinstance(parent.id, str) and isinstance(parent.name, str)
    cleanup(lambda: projects.delete(identity, str(parent.id)))
    child = projects.create(
        identity,
        projects.CreateOpts(name=unique("child"), domain_id=domain.id, parent_id=parent.id),
    ).extract()
    assert isinstance(child.id, str)
    cleanup(lambda: projects.delete(identity, str(child.id)))
    user = users.create(
        identity, users.CreateOpts(name=unique("user"), domain_id=domain.id)
    ).extract()
    cleanup(lambda: users.delete(identity, user.id))
    group = groups.create(
        identity, groups.CreateOpts(name=unique("group"), domain_id=domain.id)
    ).extract()
    cleanup(lambda: groups.delete(identity, group.id))
    users.add_to_group(identity, group.id, user.id)
    role = roles.create(identity, roles.CreateOpts(name=unique("role"))).extract()
    assert isinstance(role.id, str) and isinstance(role.name, str)
    cleanup(lambda: roles.delete(identity, str(role.id)))
    return World(
        domain_id=domain.id,
        domain_name=present(domain.name),
        parent_id=parent.id,
        parent_name=parent.name,
        child_id=child.id,
        user_id=user.id,
        user_name=present(user.name),
        group_id=group.id,
        group_name=present(group.name),
        role_id=role.id,
        role_name=role.name,
    )


# -- roles --------------------------------------------------------------------


def test_role_crud(identity: ServiceClient, unique: Unique) -> None:
    name = unique("role")
    created = roles.create(identity, roles.CreateOpts(name=name, description="first")).extract()
    assert isinstance(created.id, str)
    try:
        assert created.name == name
        assert created.description == "first"
        assert created.domain_id is None
        assert created.options == {}
        assert isinstance(created.links, roles.Links) and str(created.links.self).endswith(
            created.id
        )

        got = roles.get(identity, created.id).extract()
        assert (got.id, got.name, got.description) == (created.id, name, "first")

        new_name = unique("renamed")
        updated = roles.update(
            identity, created.id, roles.UpdateOpts(name=new_name, description=None)
        ).extract()
        assert updated.name == new_name
        assert updated.description is None
        assert roles.get(identity, created.id).extract().name == new_name

        by_name = list(roles.list(identity, roles.ListOpts(name=new_name)))
        assert [r.id for r in by_name] == [created.id]
        page = roles.list(identity).all_pages()
        assert created.id in {r.id for r in roles.extract_roles(page)}
        assert roles.find(identity, new_name).id == created.id
        assert roles.find(identity, created.id).name == new_name
    finally:
        roles.delete(identity, created.id)
    with pytest.raises(errors.NotFound):
        roles.get(identity, created.id)


def test_domain_specific_role(identity: ServiceClient, unique: Unique) -> None:
    domain = domains.create(identity, domains.CreateOpts(name=unique("dom"))).extract()
    try:
        name = unique("drole")
        role = roles.create(
            identity, roles.CreateOpts(name=name, domain_id=domain.id, description="domain role")
        ).extract()
        assert isinstance(role.id, str)
        try:
            assert role.domain_id == domain.id
            assert roles.get(identity, role.id).extract().domain_id == domain.id
            in_domain = list(roles.list(identity, roles.ListOpts(domain_id=domain.id)))
            assert [r.id for r in in_domain] == [role.id]
            # Without domain_id Keystone lists global roles only.
            assert role.id not in {r.id for r in roles.list(identity)}
            assert list(roles.list(identity, roles.ListOpts(name=name))) == []
            # A global role may have the same name as a domain role.
            twin = roles.create(identity, roles.CreateOpts(name=name)).extract()
            assert isinstance(twin.id, str)
            roles.delete(identity, twin.id)
        finally:
            roles.delete(identity, role.id)
    finally:
        delete_domain(identity, domain.id)


def test_immutable_role_option(identity: ServiceClient, unique: Unique) -> None:
    role = roles.create(
        identity, roles.CreateOpts(name=unique("immutable"), options={"immutable": True})
    ).extract()
    assert isinstance(role.id, str)
    try:
        assert role.options == {"immutable": True}
        with pytest.raises(errors.Forbidden):
            roles.update(identity, role.id, roles.UpdateOpts(description="nope"))
        with pytest.raises(errors.Forbidden):
            roles.delete(identity, role.id)
        cleared = roles.update(
            identity, role.id, roles.UpdateOpts(options={"immutable": False})
        ).extract()
        assert cleared.options == {"immutable": False}
    finally:
        roles.update(identity, role.id, roles.UpdateOpts(options={"immutable": None}))
        roles.delete(identity, role.id)
    with pytest.raises(errors.NotFound):
        roles.get(identity, role.id)


# -- grants ---------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Combo:
    """One kind of grant: its functions and where its assignment lands."""

    name: str
    target: str  # project | domain | system
    actor: str  # user | group
    inherited: bool
    grant: Callable[..., Result[None]]
    check: Callable[..., Result[None]]
    revoke: Callable[..., Result[None]]
    list_roles: Callable[..., Pager[roles.Role]] | None

    def args(self, w: World) -> tuple[str, ...]:
        """Path arguments before the role id."""
        actor = w.user_id if self.actor == "user" else w.group_id
        if self.target == "system":
            return (actor,)
        target = w.domain_id if self.target == "domain" else w.parent_id
        return (target, actor)

    def assignment_path(self, w: World) -> str:
        actor = f"{self.actor}s/{w.user_id if self.actor == 'user' else w.group_id}"
        if self.target == "system":
            base = f"/system/{actor}/roles/{w.role_id}"
        elif self.target == "domain":
            base = f"/domains/{w.domain_id}/{actor}/roles/{w.role_id}"
        else:
            base = f"/projects/{w.parent_id}/{actor}/roles/{w.role_id}"
        return f"/OS-INHERIT{base}/inherited_to_projects" if self.inherited else base

    def effective_projects(self, w: World) -> set[str]:
        """The projects the user effectively gets the role on (inherited grants)."""
        if self.target == "domain":
            return {w.parent_id, w.child_id}
        return {w.child_id}


COMBOS = [
    Combo(
        "project_user",
        "project",
        "user",
        False,
        roles.grant_project_user,
        roles.check_project_user,
        roles.revoke_project_user,
        roles.list_project_user_roles,
    ),
    Combo(
        "project_group",
        "project",
        "group",
        False,
        roles.grant_project_group,
        roles.check_project_group,
        roles.revoke_project_group,
        roles.list_project_group_roles,
    ),
    Combo(
        "domain_user",
        "domain",
        "user",
        False,
        roles.grant_domain_user,
        roles.check_domain_user,
        roles.revoke_domain_user,
        roles.list_domain_user_roles,
    ),
    Combo(
        "domain_group",
        "domain",
        "group",
        False,
        roles.grant_domain_group,
        roles.check_domain_group,
        roles.revoke_domain_group,
        roles.list_domain_group_roles,
    ),
    Combo(
        "inherited_domain_user",
        "domain",
        "user",
        True,
        roles.grant_inherited_domain_user,
        roles.check_inherited_domain_user,
        roles.revoke_inherited_domain_user,
        roles.list_inherited_domain_user_roles,
    ),
    Combo(
        "inherited_domain_group",
        "domain",
        "group",
        True,
        roles.grant_inherited_domain_group,
        roles.check_inherited_domain_group,
        roles.revoke_inherited_domain_group,
        roles.list_inherited_domain_group_roles,
    ),
    Combo(
        "inherited_project_user",
        "project",
        "user",
        True,
        roles.grant_inherited_project_user,
        roles.check_inherited_project_user,
        roles.revoke_inherited_project_user,
        None,
    ),
    Combo(
        "inherited_project_group",
        "project",
        "group",
        True,
        roles.grant_inherited_project_group,
        roles.check_inherited_project_group,
        roles.revoke_inherited_project_group,
        None,
    ),
    Combo(
        "system_user",
        "system",
        "user",
        False,
        roles.grant_system_user,
        roles.check_system_user,
        roles.revoke_system_user,
        roles.list_system_user_roles,
    ),
    Combo(
        "system_group",
        "system",
        "group",
        False,
        roles.grant_system_group,
        roles.check_system_group,
        roles.revoke_system_group,
        roles.list_system_group_roles,
    ),
]


def _direct_opts(combo: Combo, w: World, **extra: Any) -> role_assignments.ListOpts:
    """ListOpts selecting exactly the assignment the combo's grant makes."""
    kw: dict[str, Any] = {"role_id": w.role_id, **extra}
    if combo.actor == "user":
        kw["user_id"] = w.user_id
    else:
        kw["group_id"] = w.group_id
    if combo.target == "system":
        kw["scope_system"] = "all"
    elif combo.target == "domain":
        kw["scope_domain_id"] = w.domain_id
    else:
        kw["scope_project_id"] = w.parent_id
    if combo.inherited:
        kw["scope_inherited_to"] = "projects"
    return role_assignments.ListOpts(**kw)


def _assert_direct(combo: Combo, w: World, found: list[role_assignments.RoleAssignment]) -> None:
    assert len(found) == 1, found
    a = found[0]
    assert isinstance(a.role, role_assignments.RoleRef) and a.role.id == w.role_id
    assert a.role.name == w.role_name  # include_names
    scope = a.scope
    assert isinstance(scope, role_assignments.Scope)
    if combo.target == "system":
        assert isinstance(scope.system, role_assignments.SystemScope) and scope.system.all is True
        assert not scope.is_set("project") and not scope.is_set("domain")
    elif combo.target == "domain":
        assert isinstance(scope.domain, role_assignments.DomainRef)
        assert (scope.domain.id, scope.domain.name) == (w.domain_id, w.domain_name)
    else:
        assert isinstance(scope.project, role_assignments.ProjectRef)
        assert (scope.project.id, scope.project.name) == (w.parent_id, w.parent_name)
        assert isinstance(scope.project.domain, role_assignments.DomainRef)
        assert scope.project.domain.id == w.domain_id
    if combo.inherited:
        assert scope.inherited_to == "projects"
    else:
        assert not scope.is_set("inherited_to")
    if combo.actor == "user":
        assert isinstance(a.user, role_assignments.ActorRef)
        assert (a.user.id, a.user.name) == (w.user_id, w.user_name)
        assert (
            isinstance(a.user.domain, role_assignments.DomainRef)
            and a.user.domain.id == w.domain_id
        )
        assert not a.is_set("group")
    else:
        assert isinstance(a.group, role_assignments.ActorRef)
        assert (a.group.id, a.group.name) == (w.group_id, w.group_name)
        assert not a.is_set("user")
    assert isinstance(a.links, role_assignments.AssignmentLinks)
    assert str(a.links.assignment).endswith(combo.assignment_path(w))


def _assert_effective(combo: Combo, w: World, identity: ServiceClient) -> None:
    """The user holds the role (through the group, or inheritance) where expected."""
    opts = role_assignments.ListOpts(
        user_id=w.user_id, role_id=w.role_id, effective=True, include_names=True
    )
    found = list(role_assignments.list(identity, opts))
    if combo.target == "system":
        # Keystone 30's effective listing covers projects and domains only.
        assert found == []
        return
    assert found, f"{combo.name}: no effective assignment"
    for a in found:
        assert isinstance(a.user, role_assignments.ActorRef) and a.user.id == w.user_id
        assert a.user.name == w.user_name
        assert not a.is_set("group")  # effective listings resolve groups into users
        assert isinstance(a.links, role_assignments.AssignmentLinks)
        if combo.actor == "group":
            assert str(a.links.membership).endswith(f"/groups/{w.group_id}/users/{w.user_id}")
        else:
            assert not a.links.is_set("membership")
    scopes = [a.scope for a in found]
    assert all(isinstance(s, role_assignments.Scope) for s in scopes)
    if combo.inherited:
        got = {s.project.id for s in scopes if s and s.project}
        assert got == combo.effective_projects(w)
        assert {s.inherited_to for s in scopes if s} == {"projects"}
    elif combo.target == "domain":
        assert [s.domain.id for s in scopes if s and s.domain] == [w.domain_id]
    else:
        assert [s.project.id for s in scopes if s and s.project] == [w.parent_id]


@pytest.mark.parametrize("combo", COMBOS, ids=[c.name for c in COMBOS])
def test_grant_check_list_revoke(identity: ServiceClient, world: World, combo: Combo) -> None:
    w = world
    args = combo.args(w)
    with pytest.raises(errors.NotFound):
        combo.check(identity, *args, w.role_id)
    combo.grant(identity, *args, w.role_id)
    try:
        assert combo.check(identity, *args, w.role_id).status_code == 204
        if combo.list_roles is not None:
            granted = list(combo.list_roles(identity, *args))
            assert [(r.id, r.name) for r in granted] == [(w.role_id, w.role_name)]
            assert isinstance(granted[0].links, roles.Links)

        direct = list(role_assignments.list(identity, _direct_opts(combo, w, include_names=True)))
        _assert_direct(combo, w, direct)
        _assert_effective(combo, w, identity)
    finally:
        combo.revoke(identity, *args, w.role_id)

    with pytest.raises(errors.NotFound):
        combo.check(identity, *args, w.role_id)
    if combo.list_roles is not None:
        assert list(combo.list_roles(identity, *args)) == []
    assert list(role_assignments.list(identity, _direct_opts(combo, w))) == []
    with pytest.raises(errors.NotFound):
        combo.revoke(identity, *args, w.role_id)


def test_direct_and_inherited_on_the_same_project(identity: ServiceClient, world: World) -> None:
    """A direct and an inherited grant of one role coexist and are told apart."""
    w = world
    roles.grant_project_user(identity, w.parent_id, w.user_id, w.role_id)
    roles.grant_inherited_project_user(identity, w.parent_id, w.user_id, w.role_id)
    try:
        both = list(role_assignments.list(identity, role_assignments.ListOpts(user_id=w.user_id)))
        assert sorted(a.scope.inherited_to or "-" for a in both if a.scope) == ["-", "projects"]
        only_inherited = list(
            role_assignments.list(
                identity,
                role_assignments.ListOpts(user_id=w.user_id, scope_inherited_to="projects"),
            )
        )
        assert [a.scope.inherited_to for a in only_inherited if a.scope] == ["projects"]
        only_direct = list(
            role_assignments.list(
                identity, role_assignments.ListOpts(user_id=w.user_id, scope_inherited_to="none")
            )
        )
        assert [a.scope.is_set("inherited_to") for a in only_direct if a.scope] == [False]
        # The direct grant does not reach the child; the inherited one does not reach the parent.
        roles.revoke_project_user(identity, w.parent_id, w.user_id, w.role_id)
        with pytest.raises(errors.NotFound):
            roles.check_project_user(identity, w.parent_id, w.user_id, w.role_id)
        roles.check_inherited_project_user(identity, w.parent_id, w.user_id, w.role_id)
        effective = list(
            role_assignments.list(
                identity, role_assignments.ListOpts(user_id=w.user_id, effective=True)
            )
        )
        assert [a.scope.project.id for a in effective if a.scope and a.scope.project] == [
            w.child_id
        ]
    finally:
        roles.revoke_inherited_project_user(identity, w.parent_id, w.user_id, w.role_id)
        with contextlib.suppress(errors.NotFound):  # revoked above unless the test failed first
            roles.revoke_project_user(identity, w.parent_id, w.user_id, w.role_id)


# -- role assignments -------------------------------------------------------------


def test_role_assignments_include_subtree(identity: ServiceClient, world: World) -> None:
    w = world
    roles.grant_project_user(identity, w.child_id, w.user_id, w.role_id)
    roles.grant_project_group(identity, w.parent_id, w.group_id, w.role_id)
    try:
        opts = role_assignments.ListOpts(scope_project_id=w.parent_id, role_id=w.role_id)
        on_parent = list(role_assignments.list(identity, opts))
        assert [(a.group.id if a.group else None) for a in on_parent] == [w.group_id]
        opts.include_subtree = True
        page = role_assignments.list(identity, opts).all_pages()
        subtree = role_assignments.extract_role_assignments(page)
        got = {
            (
                a.scope.project.id if a.scope and a.scope.project else None,
                a.user.id if a.user else None,
                a.group.id if a.group else None,
            )
            for a in subtree
        }
        assert got == {(w.child_id, w.user_id, None), (w.parent_id, None, w.group_id)}
        # Without scope.project.id Keystone refuses include_subtree.
        with pytest.raises(errors.BadRequest):
            list(role_assignments.list(identity, role_assignments.ListOpts(include_subtree=True)))
    finally:
        roles.revoke_project_user(identity, w.child_id, w.user_id, w.role_id)
        roles.revoke_project_group(identity, w.parent_id, w.group_id, w.role_id)


def test_role_assignments_filters_keystone_refuses(identity: ServiceClient, world: World) -> None:
    w = world
    for opts in (
        role_assignments.ListOpts(user_id=w.user_id, group_id=w.group_id),
        role_assignments.ListOpts(scope_project_id=w.parent_id, scope_domain_id=w.domain_id),
        role_assignments.ListOpts(scope_system="all", scope_domain_id=w.domain_id),
        role_assignments.ListOpts(group_id=w.group_id, effective=True),
    ):
        with pytest.raises(errors.BadRequest):
            list(role_assignments.list(identity, opts))


def test_role_assignments_false_flags_are_not_sent(identity: ServiceClient, world: World) -> None:
    """Keystone reads effective=false as true: a False presence flag sends nothing."""
    w = world
    plain = role_assignments.ListOpts(user_id=w.user_id)
    with_false = role_assignments.ListOpts(user_id=w.user_id, effective=False, include_names=False)
    names = lambda opts: sorted(  # noqa: E731
        (a.role.id if a.role else "", a.is_set("group"))
        for a in role_assignments.list(identity, opts)
    )
    assert names(with_false) == names(plain)
    named = list(
        role_assignments.list(
            identity, role_assignments.ListOpts(user_id=w.user_id, include_names=True)
        )
    )
    assert all(a.role and a.role.name for a in named)
    with pytest.raises(ValueError, match="scope_system"):
        role_assignments.ListOpts(scope_system="everything")  # type: ignore[arg-type]


# -- implied roles ----------------------------------------------------------------


def test_implied_roles(identity: ServiceClient, world: World, unique: Unique) -> None:
    w = world
    prior = roles.create(identity, roles.CreateOpts(name=unique("prior"))).extract()
    implied = roles.create(identity, roles.CreateOpts(name=unique("implied"))).extract()
    assert isinstance(prior.id, str) and isinstance(implied.id, str)
    try:
        with pytest.raises(errors.NotFound):
            implied_roles.check_rule(identity, prior.id, implied.id)
        rule = implied_roles.create_rule(identity, prior.id, implied.id).extract()
        try:
            assert isinstance(rule, implied_roles.RoleInference)
            assert isinstance(rule.prior_role, roles.Role) and isinstance(rule.implies, roles.Role)
            assert (rule.prior_role.id, rule.prior_role.name) == (prior.id, prior.name)
            assert (rule.implies.id, rule.implies.name) == (implied.id, implied.name)
            assert isinstance(rule.implies.links, roles.Links)
            assert str(rule.implies.links.self).endswith(f"/roles/{implied.id}")

            got = implied_roles.get(identity, prior.id, implied.id).extract()
            assert got == rule
            assert implied_roles.check_rule(identity, prior.id, implied.id).status_code == 204
            with pytest.raises(errors.NotFound):
                implied_roles.check_rule(identity, implied.id, prior.id)

            of_prior = implied_roles.list_implied_roles(identity, prior.id).extract()
            assert (
                isinstance(of_prior.prior_role, roles.Role) and of_prior.prior_role.id == prior.id
            )
            assert [r.id for r in of_prior.implies or []] == [implied.id]
            assert implied_roles.list_implied_roles(identity, implied.id).extract().implies == []

            rules = {
                r.prior_role.id: [i.id for i in r.implies or []]
                for r in implied_roles.list_role_inferences(identity)
                if r.prior_role
            }
            assert rules[prior.id] == [implied.id]
            assert implied.id not in rules

            # Holding the prior role effectively gives the implied one.
            roles.grant_project_user(identity, w.parent_id, w.user_id, prior.id)
            try:
                effective = list(
                    role_assignments.list(
                        identity,
                        role_assignments.ListOpts(
                            user_id=w.user_id, scope_project_id=w.parent_id, effective=True
                        ),
                    )
                )
                by_role = {a.role.id: a for a in effective if a.role}
                assert set(by_role) == {prior.id, implied.id}
                links = by_role[implied.id].links
                assert isinstance(links, role_assignments.AssignmentLinks)
                # The assignment link names the grant of the prior role; Keystone
                # builds the prior_role link as /prior_role/<implied>/implies/<prior>.
                assert str(links.assignment).endswith(
                    f"/projects/{w.parent_id}/users/{w.user_id}/roles/{prior.id}"
                )
                assert str(links.prior_role).endswith(
                    f"/prior_role/{implied.id}/implies/{prior.id}"
                )
            finally:
                roles.revoke_project_user(identity, w.parent_id, w.user_id, prior.id)
        finally:
            implied_roles.delete(identity, prior.id, implied.id)
        with pytest.raises(errors.NotFound):
            implied_roles.get(identity, prior.id, implied.id)
        with pytest.raises(errors.NotFound):
            implied_roles.check_rule(identity, prior.id, implied.id)
        assert implied_roles.list_implied_roles(identity, prior.id).extract().implies == []
    finally:
        roles.delete(identity, implied.id)
        roles.delete(identity, prior.id)
