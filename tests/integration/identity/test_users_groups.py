"""Users, groups, group membership and the user_federation extension against a real Keystone.

Projects come from the projects module, and the one role needed to list a user's
projects from the roles module.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from stacksdk.identity.v3 import groups, projects, roles, user_federation, users
from stacksdk.runtime import UNSET, ServiceClient, authenticated_client, errors
from tests.contract.upstream import samples_dir
from tests.integration.conftest import admin_options
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.keystone import KeystoneInfo


def _admin_sample(name: str) -> Any:
    """A Keystone admin API sample of the pinned release (tests/contract/upstream.py)."""
    return json.loads((samples_dir() / "identity/v3/samples/admin" / name).read_text())


@pytest.fixture
def user(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> users.User:
    """A plain enabled user with a password in the default domain."""
    created = users.create(
        identity, users.CreateOpts(name=unique("u"), domain_id="default", password=unique("pw"))
    ).extract()
    assert isinstance(created.id, str)
    uid = created.id
    cleanup(lambda: users.delete(identity, uid))
    return created


@pytest.fixture
def group(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> groups.Group:
    created = groups.create(
        identity, groups.CreateOpts(name=unique("g"), domain_id="default")
    ).extract()
    assert isinstance(created.id, str)
    gid = created.id
    cleanup(lambda: groups.delete(identity, gid))
    return created


# -- users ---------------------------------------------------------------------


def test_user_crud(identity: ServiceClient, unique: Unique) -> None:
    name = unique("user")
    opts = users.CreateOpts(
        name=name,
        domain_id="default",
        password="s3cret-initial",
        description="made by stacksdk",
        email="someone@example.com",
        enabled=True,
        options=users.UserOptions(
            ignore_password_expiry=True, ignore_lockout_failure_attempts=False
        ),
    )
    assert "s3cret-initial" not in repr(opts) and "password=***" in repr(opts)
    result = users.create(identity, opts)
    assert result.status_code == 201
    assert "password" not in result.body["user"]
    created = result.extract()
    uid = str(created.id)
    try:
        assert created.name == name and created.domain_id == "default" and created.enabled is True
        assert created.description == "made by stacksdk" and created.email == "someone@example.com"
        assert isinstance(created.options, users.UserOptions)
        assert created.options.ignore_password_expiry is True
        assert created.options.ignore_lockout_failure_attempts is False
        assert created.password_expires_at is None
        assert isinstance(created.links, users.Links) and str(created.links.self).endswith(uid)
        assert created.extra == {}

        got = users.get(identity, uid).extract()
        assert got.id == uid and got.name == name and got.email == "someone@example.com"
        assert users.find(identity, name).id == uid
        assert users.find(identity, uid).name == name

        project = projects.create(
            identity, projects.CreateOpts(name=unique("p"), domain_id="default")
        ).extract()
        try:
            updated = users.update(
                identity,
                uid,
                users.UpdateOpts(
                    name=name + "-x",
                    enabled=False,
                    description=None,
                    default_project_id=project.id,
                    options=users.UserOptions(ignore_password_expiry=None, lock_password=True),
                ),
            ).extract()
            assert updated.name == name + "-x" and updated.enabled is False
            assert updated.description is None
            assert updated.default_project_id == project.id
            assert isinstance(updated.options, users.UserOptions)
            assert updated.options.lock_password is True
            assert not updated.options.is_set("ignore_password_expiry")  # None removed it
            again = users.get(identity, uid).extract()
            assert again.enabled is False and again.default_project_id == project.id
        finally:
            projects.delete(identity, str(project.id))
    finally:
        users.delete(identity, uid)
    with pytest.raises(errors.NotFound):
        users.get(identity, uid)
    with pytest.raises(errors.NotFound):
        users.delete(identity, uid)


def test_user_create_requires_name() -> None:
    with pytest.raises(ValueError, match="name"):
        users.CreateOpts()


def test_user_list_filters(identity: ServiceClient, user: users.User, unique: Unique) -> None:
    uid, name = str(user.id), str(user.name)
    disabled = users.create(
        identity, users.CreateOpts(name=unique("off"), domain_id="default", enabled=False)
    ).extract()
    try:
        by_name = users.list(identity, users.ListOpts(name=name)).all_pages()
        assert [u.id for u in users.extract_users(by_name)] == [uid]

        in_default = {u.id for u in users.list(identity, users.ListOpts(domain_id="default"))}
        assert {uid, disabled.id} <= in_default
        assert {u.domain_id for u in users.list(identity, users.ListOpts(domain_id="default"))} == {
            "default"
        }

        on = {u.id for u in users.list(identity, users.ListOpts(enabled=True))}
        off = {u.id for u in users.list(identity, users.ListOpts(enabled=False))}
        assert uid in on and uid not in off
        assert disabled.id in off and disabled.id not in on

        # federated filters: this Keystone has no IdP, so no local user matches
        for fed in (
            users.ListOpts(idp_id="no-such-idp"),
            users.ListOpts(protocol_id="mapped"),
            users.ListOpts(unique_id=name),
        ):
            assert uid not in {u.id for u in users.list(identity, fed)}

        # password_expires_at: no expiry is configured, so no password matches a
        # comparison; a bad operator proves the server parses the filter.
        expiring = users.list(
            identity, users.ListOpts(password_expires_at="lt:2999-01-01T00:00:00Z")
        )
        assert uid not in {u.id for u in expiring}
        with pytest.raises(errors.BadRequest):
            users.list(
                identity, users.ListOpts(password_expires_at="xx:2999-01-01T00:00:00Z")
            ).all_pages()
    finally:
        users.delete(identity, str(disabled.id))


def test_user_list_pages(identity: ServiceClient, unique: Unique) -> None:
    made = [
        users.create(identity, users.CreateOpts(name=unique("pg"), domain_id="default")).extract()
        for _ in range(3)
    ]
    try:
        pager = users.list(identity, users.ListOpts(limit=2))
        pages = list(pager.pages())
        assert len(pages) >= 2 and all(len(p) <= 2 for p in pages)
        seen = [u.id for p in pages for u in users.extract_users(p)]
        assert len(seen) == len(set(seen))
        assert {u.id for u in made} <= set(seen)
        # marker by hand: the page after the first user
        first = pages[0].extract()[0]
        got: list[users.User] = []

        def one_page(page: Any) -> bool:
            got.extend(users.extract_users(page))
            return False  # stop after the first page

        users.list(identity, users.ListOpts(limit=1, marker=str(first.id))).each_page(one_page)
        assert len(got) == 1 and got[0].id not in (first.id, None)
    finally:
        for u in made:
            users.delete(identity, str(u.id))


def test_change_password_then_authenticate(
    identity: ServiceClient, keystone: KeystoneInfo, unique: Unique
) -> None:
    name, old, new = unique("pwuser"), unique("old"), unique("new")
    uid = str(
        users.create(identity, users.CreateOpts(name=name, domain_id="default", password=old))
        .extract()
        .id
    )
    try:
        first = authenticated_client(
            admin_options(keystone, username=name, password=old, project_name=None)
        )
        assert first.token_info is not None and first.token_info.user_id == uid

        opts = users.ChangePasswordOpts(original_password=old, password=new)
        assert old not in repr(opts) and new not in repr(opts)
        with pytest.raises(ValueError, match="original_password"):
            users.ChangePasswordOpts(password=new)
        with pytest.raises(errors.Unauthorized):
            users.change_password(
                identity, uid, users.ChangePasswordOpts(original_password="wrong", password=new)
            )

        result = users.change_password(identity, uid, opts)
        assert result.status_code == 204 and result.extract() is None

        fresh = authenticated_client(
            admin_options(
                keystone, username=None, user_id=uid, password=new, project_name=None, unscoped=True
            )
        )
        assert fresh.token_info is not None and fresh.token_info.user_id == uid
        with pytest.raises(errors.Unauthorized):
            authenticated_client(
                admin_options(keystone, username=name, password=old, project_name=None)
            )

        # an administrator resets it with update
        reset = unique("reset")
        users.update(identity, uid, users.UpdateOpts(password=reset))
        again = authenticated_client(
            admin_options(keystone, username=name, password=reset, project_name=None)
        )
        assert again.token_info is not None and again.token_info.user_id == uid
    finally:
        users.delete(identity, uid)


def test_list_user_projects(
    identity: ServiceClient, user: users.User, unique: Unique, cleanup: Cleanup
) -> None:
    uid = str(user.id)
    project = projects.create(
        identity, projects.CreateOpts(name=unique("up"), domain_id="default")
    ).extract()
    pid = str(project.id)
    cleanup(lambda: projects.delete(identity, pid))
    rid = roles.create(identity, roles.CreateOpts(name=unique("r"))).extract().id
    cleanup(lambda: roles.delete(identity, rid))
    cleanup(lambda: roles.revoke_project_user(identity, pid, uid, rid))

    assert users.list_projects(identity, uid).all_pages().extract() == []
    roles.grant_project_user(identity, pid, uid, rid)
    mine = users.list_projects(identity, uid).all_pages().extract()
    assert [p.id for p in mine] == [pid]
    assert isinstance(mine[0], projects.Project) and mine[0].name == project.name
    assert mine[0].domain_id == "default"
    named = users.list_projects(identity, uid, users.ListProjectsOpts(name=str(project.name)))
    assert [p.id for p in named] == [pid]
    assert (
        list(users.list_projects(identity, uid, users.ListProjectsOpts(name="nope-" + pid))) == []
    )
    assert [
        p.id for p in users.list_projects(identity, uid, users.ListProjectsOpts(enabled=True))
    ] == [pid]
    assert [
        p.id
        for p in users.list_projects(identity, uid, users.ListProjectsOpts(domain_id="default"))
    ] == [pid]


# -- groups --------------------------------------------------------------------


def test_group_crud(identity: ServiceClient, unique: Unique) -> None:
    name = unique("grp")
    result = groups.create(
        identity, groups.CreateOpts(name=name, domain_id="default", description="first")
    )
    assert result.status_code == 201
    created = result.extract()
    gid = str(created.id)
    try:
        assert (
            created.name == name
            and created.domain_id == "default"
            and created.description == "first"
        )
        assert isinstance(created.links, groups.Links) and str(created.links.self).endswith(gid)
        assert created.extra == {}
        assert groups.get(identity, gid).extract().name == name
        assert groups.find(identity, name).id == gid

        updated = groups.update(
            identity, gid, groups.UpdateOpts(name=name + "-2", description=None)
        ).extract()
        assert updated.name == name + "-2" and updated.description is None
        assert groups.get(identity, gid).extract().name == name + "-2"

        by_name = groups.list(identity, groups.ListOpts(name=name + "-2")).all_pages()
        assert [g.id for g in groups.extract_groups(by_name)] == [gid]
        assert gid in {g.id for g in groups.list(identity, groups.ListOpts(domain_id="default"))}
        assert list(groups.list(identity, groups.ListOpts(name=name))) == []
    finally:
        groups.delete(identity, gid)
    with pytest.raises(errors.NotFound):
        groups.get(identity, gid)


def test_group_list_pages(identity: ServiceClient, unique: Unique) -> None:
    made = [
        groups.create(identity, groups.CreateOpts(name=unique("gp"))).extract() for _ in range(3)
    ]
    try:
        pages = list(groups.list(identity, groups.ListOpts(limit=2)).pages())
        assert len(pages) >= 2 and all(len(p) <= 2 for p in pages)
        seen = [g.id for p in pages for g in p.extract()]
        assert len(seen) == len(set(seen)) and {g.id for g in made} <= set(seen)
        assert all(g.domain_id == "default" for g in made)  # the scope's domain by default
    finally:
        for g in made:
            groups.delete(identity, str(g.id))


def test_group_membership(
    identity: ServiceClient, user: users.User, group: groups.Group, unique: Unique
) -> None:
    uid, gid = str(user.id), str(group.id)
    other = users.create(identity, users.CreateOpts(name=unique("o"), enabled=False)).extract()
    oid = str(other.id)
    try:
        with pytest.raises(errors.NotFound):
            users.check_in_group(identity, gid, uid)
        assert users.list_in_group(identity, gid).all_pages().extract() == []
        assert users.list_groups(identity, uid).all_pages().extract() == []

        assert users.add_to_group(identity, gid, uid).status_code == 204
        users.add_to_group(identity, gid, uid)  # idempotent
        users.add_to_group(identity, gid, oid)
        assert users.check_in_group(identity, gid, uid).status_code == 204

        members = users.list_in_group(identity, gid).all_pages()
        assert {u.id for u in users.extract_users(members)} == {uid, oid}
        assert [
            u.id
            for u in users.list_in_group(identity, gid, users.ListInGroupOpts(name=str(user.name)))
        ] == [uid]
        assert [
            u.id for u in users.list_in_group(identity, gid, users.ListInGroupOpts(enabled=False))
        ] == [oid]
        assert {
            u.id
            for u in users.list_in_group(identity, gid, users.ListInGroupOpts(domain_id="default"))
        } == {uid, oid}
        expiring = users.ListInGroupOpts(password_expires_at="lt:2999-01-01T00:00:00Z")
        assert list(users.list_in_group(identity, gid, expiring)) == []  # no password expires here

        mine = users.list_groups(identity, uid).all_pages().extract()
        assert [g.id for g in mine] == [gid]
        assert isinstance(mine[0], groups.Group) and mine[0].name == group.name
        assert mine[0].membership_expires_at is None  # a lasting (non-federated) membership
        assert [
            g.id
            for g in users.list_groups(identity, uid, users.ListGroupsOpts(name=str(group.name)))
        ] == [gid]
        assert (
            list(users.list_groups(identity, uid, users.ListGroupsOpts(name="nope-" + gid))) == []
        )

        assert users.remove_from_group(identity, gid, uid).status_code == 204
        with pytest.raises(errors.NotFound):
            users.check_in_group(identity, gid, uid)
        with pytest.raises(errors.NotFound):
            users.remove_from_group(identity, gid, uid)
        assert [u.id for u in users.list_in_group(identity, gid)] == [oid]
        assert list(users.list_groups(identity, uid)) == []
        with pytest.raises(errors.NotFound):
            users.add_to_group(identity, gid, "no-such-user")
    finally:
        users.delete(identity, oid)


# -- user_federation extension -----------------------------------------------


def test_user_federation_on_a_local_user(identity: ServiceClient, user: users.User) -> None:
    uid = str(user.id)
    fed = user_federation.extract_get(users.get(identity, uid))
    assert isinstance(fed, user_federation.UserFederation)
    assert fed.federated is UNSET or fed.federated == []
    # the extension's model keeps the base fields aside, untouched
    assert fed.extra["id"] == uid

    page = users.list(identity, users.ListOpts(name=str(user.name))).all_pages()
    feds = user_federation.extract_users(page)
    assert len(feds) == 1 and (feds[0].federated is UNSET or feds[0].federated == [])
    # the same page still gives the base models
    assert [u.id for u in users.extract_users(page)] == [uid]

    # create and update results work as well
    upd = users.update(identity, uid, users.UpdateOpts(description="fed?"))
    assert user_federation.extract_get(upd).federated in (UNSET, [])
    assert upd.extract().description == "fed?"


def test_user_federation_decodes_federated_identities() -> None:
    raw = {
        "id": "u1",
        "federated": [
            {"idp_id": "idp", "protocols": [{"protocol_id": "mapped", "unique_id": "x@y"}]}
        ],
    }
    fed = user_federation.UserFederation.from_dict(raw)
    assert isinstance(fed.federated, list) and len(fed.federated) == 1
    ident = fed.federated[0]
    assert isinstance(ident, user_federation.FederatedIdentity) and ident.idp_id == "idp"
    assert isinstance(ident.protocols, list)
    assert ident.protocols[0].protocol_id == "mapped" and ident.protocols[0].unique_id == "x@y"
    assert fed.to_dict() == raw


@pytest.mark.parametrize(
    "sample",
    ["user-create-response.json", "user-show-response.json", "user-update-response.json"],
)
def test_federated_user_samples_split_into_base_and_extension(sample: str) -> None:
    """The user samples that carry `federated`: users.User holds every other key,
    user_federation.UserFederation holds `federated`, and nothing is left over."""
    raw = _admin_sample(sample)["user"]
    assert "federated" in raw
    base = users.User.from_dict(raw)
    ext = user_federation.UserFederation.from_dict(raw)
    assert set(base.extra) == {"federated"}
    assert set(ext.extra) == set(raw) - {"federated"}
    assert ext.federated == [
        user_federation.FederatedIdentity.from_dict(f) for f in raw["federated"]
    ]
    assert isinstance(ext.federated, list)
    for ident in ext.federated:
        assert ident.extra == {} and isinstance(ident.protocols, list)
        assert all(p.extra == {} for p in ident.protocols)
    assert isinstance(base.links, users.Links) and base.links.extra == {}
    assert not isinstance(base.options, users.UserOptions) or base.options.extra == {}
    declared = {f.wire for f in users.User._fields if base.is_set(f.attr)}
    assert declared | {"federated"} == set(raw) and "federated" not in declared
    assert users.User.from_dict(base.to_dict()) == base
    assert user_federation.UserFederation.from_dict(ext.to_dict()) == ext


def test_user_create_request_sample_minus_federated() -> None:
    """user-create-request.json: all but `federated` is users.CreateOpts, byte for byte."""
    body = _admin_sample("user-create-request.json")["user"]
    federated = body.pop("federated")
    by_wire = {p.wire: p.attr for p in users.CreateOpts._params}
    assert set(body) <= set(by_wire)
    opts = users.CreateOpts(**{by_wire[k]: v for k, v in body.items()})
    assert opts.to_dict() == body
    assert user_federation.UserFederation.from_dict({"federated": federated}).extra == {}
