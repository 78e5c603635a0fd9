"""Projects, domains and domain configuration against a real Keystone.

Covers stacksdk.identity.v3.projects, .domains and .domain_configs: CRUD,
every list filter, paging, the project hierarchy, project tags, and the
domain configuration API (per domain, group and option, and the defaults).
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from stacksdk.identity.v3 import domain_configs, domains, projects, roles
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, delete_domain, present, role_id


@pytest.fixture
def domain(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> domains.Domain:
    """A fresh, enabled domain, deleted after the test."""
    d = domains.create(identity, domains.CreateOpts(name=unique("dom"))).extract()
    did = str(d.id)
    cleanup(lambda: delete_domain(identity, did))
    return d


def _project(
    identity: ServiceClient, cleanup: Cleanup, opts: projects.CreateOpts
) -> projects.Project:
    p = projects.create(identity, opts).extract()
    assert isinstance(p.id, str)
    pid = p.id
    cleanup(lambda: projects.delete(identity, pid))
    return p


def _names(pager: Any) -> set[str]:
    return {p.name for p in pager}


# -- projects ------------------------------------------------------------------


def test_project_crud_and_find(
    identity: ServiceClient, domain: domains.Domain, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("proj")
    created = projects.create(
        identity,
        projects.CreateOpts(
            name=name,
            domain_id=domain.id,
            description="first",
            tags=["blue"],
            options=projects.ResourceOptions(immutable=False),
        ),
    )
    assert created.status_code == 201
    p = created.extract()
    assert isinstance(p.id, str)
    pid = p.id
    cleanup(lambda: projects.delete(identity, pid))
    assert (p.name, p.domain_id, p.description, p.enabled) == (name, domain.id, "first", True)
    assert p.is_domain is False
    assert p.parent_id == domain.id  # a top-level project's parent is its domain
    assert p.tags == ["blue"]
    assert isinstance(p.options, projects.ResourceOptions)
    assert present(present(p.links).self).endswith(f"/projects/{pid}")
    assert p.extra == {}

    got = projects.get(identity, pid).extract()
    assert got == p
    assert projects.find(identity, name).id == pid
    assert projects.find(identity, pid).name == name
    with pytest.raises(errors.ResourceNotFound):
        projects.find(identity, unique("nothing"))

    new_name = unique("renamed")
    updated = projects.update(
        identity, pid, projects.UpdateOpts(name=new_name, description=None, enabled=False)
    ).extract()
    assert (updated.name, updated.description, updated.enabled) == (new_name, None, False)
    again = projects.get(identity, pid).extract()
    assert (again.name, again.description, again.enabled) == (new_name, None, False)

    projects.delete(identity, pid)
    with pytest.raises(errors.NotFound) as exc:
        projects.get(identity, pid)
    assert exc.value.status == 404 and pid in str(exc.value)


def test_project_list_filters(
    identity: ServiceClient, domain: domains.Domain, unique: Unique, cleanup: Cleanup
) -> None:
    did = domain.id
    assert isinstance(did, str)
    a = _project(
        identity,
        cleanup,
        projects.CreateOpts(name=unique("a"), domain_id=did, tags=["red", "round"]),
    )
    b = _project(
        identity, cleanup, projects.CreateOpts(name=unique("b"), domain_id=did, tags=["red"])
    )
    c = _project(
        identity,
        cleanup,
        projects.CreateOpts(name=unique("c"), domain_id=did, tags=["green"], enabled=False),
    )
    child = _project(
        identity, cleanup, projects.CreateOpts(name=unique("kid"), domain_id=did, parent_id=a.id)
    )

    def names(**query: Any) -> set[str]:
        return _names(projects.list(identity, projects.ListOpts(domain_id=did, **query)))

    everyone = {a.name, b.name, c.name, child.name}
    assert names() == everyone
    assert names(name=b.name) == {b.name}
    assert names(enabled=False) == {c.name}
    assert names(enabled=True) == everyone - {c.name}
    assert names(parent_id=a.id) == {child.name}
    assert names(parent_id=did) == {a.name, b.name, c.name}
    assert names(tags=["red"]) == {a.name, b.name}
    assert names(tags=["red", "round"]) == {a.name}
    assert names(tags_any=["round", "green"]) == {a.name, c.name}
    assert names(not_tags=["red", "round"]) == everyone - {a.name}
    assert names(not_tags_any=["red", "green"]) == {child.name}
    assert names(is_domain=False) == everyone

    # is_domain=true lists domains (as projects); they are left out otherwise
    as_project = projects.list(
        identity, projects.ListOpts(is_domain=True, name=domain.name)
    ).all_pages()
    [dp] = projects.extract_projects(as_project)
    assert (dp.id, dp.is_domain, dp.domain_id, dp.parent_id) == (did, True, None, None)


def test_project_list_pages(
    identity: ServiceClient, domain: domains.Domain, unique: Unique, cleanup: Cleanup
) -> None:
    did = domain.id
    assert isinstance(did, str)
    made = {
        _project(identity, cleanup, projects.CreateOpts(name=unique("pg"), domain_id=did)).name
        for _ in range(5)
    }
    sizes: list[int] = []

    def handler(page: Any) -> None:
        sizes.append(len(projects.extract_projects(page)))

    projects.list(identity, projects.ListOpts(domain_id=did, limit=2)).each_page(handler)
    assert sizes[:3] == [2, 2, 1]  # marker paging: the third page is short, so it is the last
    assert len(sizes) == 3
    everything = projects.list(identity, projects.ListOpts(domain_id=did, limit=2)).all_pages()
    assert {p.name for p in projects.extract_projects(everything)} == made
    assert _names(projects.list(identity, projects.ListOpts(domain_id=did, limit=2))) == made


def _grant_admin_role(identity: ServiceClient, project_id: str) -> None:
    """Give the test's admin user the admin role on a project.

    parents_as_list/subtree_as_list only show projects the caller has a role on.
    """
    info = identity.provider.token_info
    assert info is not None and info.user_id
    roles.grant_project_user(identity, project_id, info.user_id, role_id(identity, "admin"))


def test_project_hierarchy(
    identity: ServiceClient, domain: domains.Domain, unique: Unique, cleanup: Cleanup
) -> None:
    did = domain.id
    assert isinstance(did, str)
    top = _project(identity, cleanup, projects.CreateOpts(name=unique("top"), domain_id=did))
    mid = _project(
        identity, cleanup, projects.CreateOpts(name=unique("mid"), domain_id=did, parent_id=top.id)
    )
    low = _project(
        identity, cleanup, projects.CreateOpts(name=unique("low"), domain_id=did, parent_id=mid.id)
    )
    assert (mid.parent_id, low.parent_id) == (top.id, mid.id)
    top_id, mid_id, low_id = str(top.id), str(mid.id), str(low.id)

    # a project with children cannot be deleted
    with pytest.raises(errors.Forbidden):
        projects.delete(identity, top_id)

    # IDs: no role needed
    ids = projects.get_hierarchy_ids(
        identity, low_id, projects.GetHierarchyIdsOpts(parents_as_ids=True)
    ).extract()
    assert ids["id"] == low_id
    assert ids["parents"] == {mid_id: {top_id: {did: None}}}
    assert "subtree" not in ids
    ids = projects.get_hierarchy_ids(
        identity, top_id, projects.GetHierarchyIdsOpts(subtree_as_ids=True, parents_as_ids=True)
    ).extract()
    assert ids["subtree"] == {mid_id: {low_id: None}}
    assert ids["parents"] == {did: None}

    # lists: only projects the caller has a role on
    plain = projects.get_with_hierarchy(
        identity, low_id, projects.GetWithHierarchyOpts(parents_as_list=True)
    ).extract()
    assert plain.parents == []
    for pid in (top_id, mid_id, low_id):
        _grant_admin_role(identity, pid)
    low_full = projects.get_with_hierarchy(
        identity, low_id, projects.GetWithHierarchyOpts(parents_as_list=True)
    ).extract()
    assert low_full.id == low_id and low_full.extra == {}
    assert not low_full.is_set("subtree")
    assert isinstance(low_full.parents, list)
    parents = {str(present(e.project).id): present(e.project) for e in present(low_full.parents)}
    assert set(parents) == {top_id, mid_id}
    assert parents[mid_id].parent_id == top_id and parents[mid_id].name == mid.name

    top_full = projects.get_with_hierarchy(
        identity, top_id, projects.GetWithHierarchyOpts(subtree_as_list=True, include_limits=True)
    ).extract()
    assert not top_full.is_set("parents")
    assert isinstance(top_full.subtree, list)
    subtree = {str(present(e.project).id): present(e.project) for e in present(top_full.subtree)}
    assert set(subtree) == {mid_id, low_id}
    assert subtree[low_id].parent_id == mid_id
    assert all(p.limits == [] for p in subtree.values())  # include_limits: no limits set here

    # Keystone reads parents_as_list=false as yes: a False presence flag is not sent at all
    without = projects.get_with_hierarchy(
        identity,
        low_id,
        projects.GetWithHierarchyOpts(parents_as_list=False, subtree_as_list=False),
    ).extract()
    assert not without.is_set("parents") and not without.is_set("subtree")

    # children of one project, by filter
    assert _names(projects.list(identity, projects.ListOpts(parent_id=mid_id))) == {low.name}


def test_project_tags(
    identity: ServiceClient, domain: domains.Domain, unique: Unique, cleanup: Cleanup
) -> None:
    p = _project(identity, cleanup, projects.CreateOpts(name=unique("tags"), domain_id=domain.id))
    pid = str(p.id)
    assert projects.list_tags(identity, pid).extract().tags == []

    assert projects.add_tag(identity, pid, "alpha").status_code == 201
    projects.add_tag(identity, pid, "beta")
    listed = projects.list_tags(identity, pid).extract()
    assert sorted(present(listed.tags)) == ["alpha", "beta"]
    assert present(present(listed.links).self)

    projects.check_tag(identity, pid, "alpha")  # 204: present
    with pytest.raises(errors.NotFound):
        projects.check_tag(identity, pid, "gamma")
    with pytest.raises(errors.BadRequest):  # a tag the project already has
        projects.add_tag(identity, pid, "alpha")

    replaced = projects.replace_tags(
        identity, pid, projects.ReplaceTagsOpts(tags=["x", "y", "z"])
    ).extract()
    assert sorted(present(replaced.tags)) == ["x", "y", "z"]
    assert sorted(present(projects.get(identity, pid).extract().tags)) == ["x", "y", "z"]
    with pytest.raises(errors.BadRequest):  # ',' and '/' are not allowed in tags
        projects.replace_tags(identity, pid, projects.ReplaceTagsOpts(tags=["a,b"]))

    projects.delete_tag(identity, pid, "y")
    assert sorted(present(projects.list_tags(identity, pid).extract().tags)) == ["x", "z"]
    with pytest.raises(errors.NotFound):
        projects.delete_tag(identity, pid, "y")

    projects.delete_all_tags(identity, pid)
    assert projects.list_tags(identity, pid).extract().tags == []
    assert projects.get(identity, pid).extract().tags == []


def test_project_acting_as_domain(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("pdom")
    p = projects.create(
        identity, projects.CreateOpts(name=name, is_domain=True, description="via projects")
    ).extract()
    assert isinstance(p.id, str)
    pid = p.id
    cleanup(lambda: delete_domain(identity, pid))
    assert (p.is_domain, p.domain_id, p.parent_id) == (True, None, None)
    d = domains.get(identity, pid).extract()
    assert (d.name, d.description, d.enabled) == (name, "via projects", True)
    assert projects.find(identity, pid).is_domain is True
    # a project nested in it lands in that domain
    inner = _project(identity, cleanup, projects.CreateOpts(name=unique("in"), domain_id=pid))
    assert inner.domain_id == pid and inner.parent_id == pid


# -- domains -------------------------------------------------------------------


def test_domain_crud(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    name = unique("dom")
    result = domains.create(
        identity, domains.CreateOpts(name=name, description="made by a test", tags=["t1"])
    )
    assert result.status_code == 201
    d = result.extract()
    assert isinstance(d.id, str)
    did = d.id
    cleanup(lambda: delete_domain(identity, did))
    assert (d.name, d.description, d.enabled, d.tags) == (name, "made by a test", True, ["t1"])
    assert present(present(d.links).self).endswith(f"/domains/{did}")
    assert d.extra == {}

    assert domains.get(identity, did).extract() == d
    assert domains.find(identity, name).id == did
    assert domains.find(identity, did).name == name
    assert _names(domains.list(identity, domains.ListOpts(name=name))) == {name}
    default = domains.get(identity, "default").extract()
    assert default.id == "default" and default.enabled is True

    # an enabled domain cannot be deleted: a typed 403
    with pytest.raises(errors.Forbidden) as exc:
        domains.delete(identity, did)
    assert exc.value.status == 403 and "disable" in exc.value.message
    assert domains.get(identity, did).extract().enabled is True

    updated = domains.update(
        identity, did, domains.UpdateOpts(description="changed", enabled=False)
    ).extract()
    assert (updated.description, updated.enabled) == ("changed", False)
    assert name in _names(domains.list(identity, domains.ListOpts(enabled=False)))
    assert name not in _names(domains.list(identity, domains.ListOpts(enabled=True)))

    domains.delete(identity, did)
    with pytest.raises(errors.NotFound):
        domains.get(identity, did)


def test_domain_explicit_id_and_paging(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    wanted = uuid.uuid4().hex
    d = domains.create(
        identity, domains.CreateOpts(name=unique("fixed"), explicit_domain_id=wanted)
    ).extract()
    cleanup(lambda: delete_domain(identity, wanted))
    assert d.id == wanted
    assert "explicit_domain_id" not in d.extra
    with pytest.raises(errors.Conflict):
        domains.create(identity, domains.CreateOpts(name=unique("dup"), explicit_domain_id=wanted))

    everything = {x.id for x in domains.list(identity)}
    assert {wanted, "default"} <= everything
    sizes: list[int] = []
    domains.list(identity, domains.ListOpts(limit=1)).each_page(
        lambda page: sizes.append(len(page))
    )
    assert sizes == [1] * len(everything) + [0]  # full pages, then the empty one that ends the walk
    assert {x.id for x in domains.list(identity, domains.ListOpts(limit=1))} == everything


# -- domain configuration ----------------------------------------------------------


def test_domain_config_lifecycle(
    identity: ServiceClient, domain: domains.Domain, cleanup: Cleanup
) -> None:
    did = str(domain.id)
    # registered after the domain: runs before the domain's deletion, which
    # would otherwise try to reach the (fake) LDAP server to remove its users
    cleanup(lambda: domain_configs.delete(identity, did))
    with pytest.raises(errors.NotFound):
        domain_configs.get(identity, did)

    opts = domain_configs.CreateOpts(
        identity=domain_configs.IdentityOptions(driver="ldap"),
        ldap=domain_configs.LdapOptions(
            url="ldap://ldap.invalid",
            user_tree_dn="ou=Users,dc=example,dc=org",
            password="s3cret",
            page_size=50,
        ),
    )
    assert "s3cret" not in repr(opts)
    first = domain_configs.create(identity, did, opts)
    assert first.status_code == 201
    cfg = first.extract()
    assert cfg.identity == domain_configs.IdentityOptions(driver="ldap")
    ldap = present(cfg.ldap)
    assert (ldap.url, ldap.page_size) == ("ldap://ldap.invalid", 50)
    assert not ldap.is_set("password")  # sensitive options are never returned

    # PUT again replaces the whole configuration (200 this time)
    second = domain_configs.create(
        identity,
        did,
        domain_configs.CreateOpts(
            identity=domain_configs.IdentityOptions(driver="ldap"),
            ldap=domain_configs.LdapOptions(
                url="ldap://one.invalid", user_tree_dn="ou=People,dc=example,dc=org"
            ),
        ),
    )
    assert second.status_code == 200
    assert second.extract().ldap == domain_configs.LdapOptions(
        url="ldap://one.invalid", user_tree_dn="ou=People,dc=example,dc=org"
    )
    assert domain_configs.get(identity, did).extract() == second.extract()

    group = domain_configs.get_group(identity, did, "ldap").extract()
    assert not group.is_set("identity")
    assert present(group.ldap).url == "ldap://one.invalid"
    assert domain_configs.get_option(identity, did, "ldap", "url").extract() == {
        "url": "ldap://one.invalid"
    }
    assert (
        domain_configs.LdapOptions.from_dict(
            domain_configs.get_option(identity, did, "ldap", "user_tree_dn").extract()
        ).user_tree_dn
        == "ou=People,dc=example,dc=org"
    )

    merged = domain_configs.update_group(
        identity,
        did,
        "ldap",
        domain_configs.UpdateGroupOpts(ldap=domain_configs.LdapOptions(use_tls=False)),
    ).extract()
    assert present(merged.identity).driver == "ldap"
    assert (present(merged.ldap).url, present(merged.ldap).use_tls) == ("ldap://one.invalid", False)

    after_option = domain_configs.update_option(
        identity,
        did,
        "ldap",
        "url",
        domain_configs.UpdateOptionOpts(config={"url": "ldap://two.invalid"}),
    ).extract()
    assert present(after_option.ldap).url == "ldap://two.invalid"
    with pytest.raises(errors.NotFound):  # update_option only changes an option that exists
        domain_configs.update_option(
            identity,
            did,
            "ldap",
            "group_tree_dn",
            domain_configs.UpdateOptionOpts(config={"group_tree_dn": "x"}),
        )

    whole = domain_configs.update(
        identity,
        did,
        domain_configs.UpdateOpts(ldap=domain_configs.LdapOptions(group_tree_dn="ou=Groups")),
    ).extract()
    assert (present(whole.ldap).group_tree_dn, present(whole.ldap).url) == (
        "ou=Groups",
        "ldap://two.invalid",
    )

    domain_configs.delete_option(identity, did, "ldap", "group_tree_dn")
    with pytest.raises(errors.NotFound):
        domain_configs.get_option(identity, did, "ldap", "group_tree_dn")

    # only the identity and ldap groups exist: a typed 403 for anything else
    with pytest.raises(errors.Forbidden):
        domain_configs.get_group(identity, did, "token")
    with pytest.raises(errors.Forbidden):
        domain_configs.update(
            identity,
            did,
            domain_configs.UpdateOpts(ldap=domain_configs.LdapOptions(extra={"no_such_option": 1})),
        )

    domain_configs.delete_group(identity, did, "ldap")
    with pytest.raises(errors.NotFound):
        domain_configs.get_group(identity, did, "ldap")
    assert domain_configs.get(identity, did).extract() == domain_configs.DomainConfig(
        identity=domain_configs.IdentityOptions(driver="ldap")
    )

    domain_configs.delete(identity, did)
    with pytest.raises(errors.NotFound):
        domain_configs.get(identity, did)


def test_domain_config_defaults(identity: ServiceClient) -> None:
    default = domain_configs.get_default(identity).extract()
    assert default.extra == {}
    identity_group, ldap = present(default.identity), present(default.ldap)
    assert identity_group.driver == "sql" and identity_group.extra == {}
    assert ldap.url == "ldap://localhost" and ldap.extra == {}  # every option is a typed field
    assert (ldap.query_scope, ldap.pool_retry_delay, ldap.user_attribute_ignore) == (
        "one",
        0.1,
        ["default_project_id"],
    )
    assert not ldap.is_set("password")

    ldap_only = domain_configs.get_default_group(identity, "ldap").extract()
    assert not ldap_only.is_set("identity") and ldap_only.ldap == default.ldap
    assert domain_configs.get_default_option(identity, "identity", "driver").extract() == {
        "driver": "sql"
    }
    with pytest.raises(errors.Forbidden):
        domain_configs.get_default_group(identity, "token")

    # the password rules are readable for the default domain only
    rules = domain_configs.get_group(identity, "default", "security_compliance").extract()
    compliance = present(rules.security_compliance)
    assert compliance.is_set("password_regex") and compliance.extra == {}
