"""Application credentials, access rules, registered limits and limits against a real Keystone.

Limits use the keystone service and region that bootstrap created.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets

import pytest

import stacksdk.identity.v3 as identity_v3
from stacksdk.identity.v3 import (
    access_rules,
    application_credentials,
    catalog,
    limits,
    projects,
    registered_limits,
    roles,
    tokens,
    users,
)
from stacksdk.runtime import AuthOptions, EndpointOpts, ServiceClient, authenticated_client, errors
from tests.integration.conftest import admin_options
from tests.integration.helpers import DOMAIN, Cleanup, Unique, present, role_id
from tests.localcloud.keystone import KeystoneInfo


@dataclasses.dataclass
class Owner:
    """A user with member+reader on its own project, and an identity client using its token."""

    user_id: str
    user_name: str
    password: str
    project_id: str
    client: ServiceClient


@pytest.fixture
def owner(
    identity: ServiceClient, keystone: KeystoneInfo, unique: Unique, cleanup: Cleanup
) -> Owner:
    project = projects.create(
        identity, projects.CreateOpts(name=unique("ac-proj"), domain_id=DOMAIN)
    ).extract()
    assert isinstance(project.id, str) and isinstance(project.name, str)
    project_id = project.id
    cleanup(lambda: projects.delete(identity, project_id))
    password = secrets.token_urlsafe(16)
    user = users.create(
        identity, users.CreateOpts(name=unique("ac-user"), domain_id=DOMAIN, password=password)
    ).extract()
    cleanup(lambda: users.delete(identity, user.id))
    for role in ("member", "reader"):
        roles.grant_project_user(identity, project.id, user.id, role_id(identity, role))
    user_name = present(user.name)
    provider = authenticated_client(
        admin_options(keystone, username=user_name, password=password, project_name=project.name)
    )
    client = identity_v3.new_client(provider, EndpointOpts(region=keystone.region))
    return Owner(user.id, user_name, password, project.id, client)


# -- application credentials ---------------------------------------------------------


def test_application_credential_lifecycle(
    identity: ServiceClient, owner: Owner, keystone: KeystoneInfo, unique: Unique
) -> None:
    name = unique("appcred")
    expires = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)).replace(microsecond=0)
    opts = application_credentials.CreateOpts(
        name=name,
        description="for the sdk tests",
        expires_at=expires,
        roles=[application_credentials.RoleRef(name="reader")],
    )
    created = application_credentials.create(owner.client, owner.user_id, opts)
    assert created.status_code == 201
    cred = created.extract()
    assert isinstance(cred.id, str) and isinstance(cred.secret, str) and len(cred.secret) > 40
    assert cred.secret not in repr(cred) and "secret=***" in repr(cred)
    try:
        assert cred.name == name and cred.description == "for the sdk tests"
        assert cred.project_id == owner.project_id
        assert cred.expires_at == expires
        assert cred.unrestricted is None  # not given: null, which keystone treats as restricted
        assert cred.roles and [r.name for r in cred.roles] == ["reader"]
        assert cred.links and cred.links.self and cred.id in cred.links.self

        got = application_credentials.get(owner.client, owner.user_id, cred.id).extract()
        assert got.id == cred.id and got.name == name and got.expires_at == expires
        assert not got.is_set("secret"), "the secret is only returned by create"
        assert got.roles and [r.name for r in got.roles] == ["reader"]
        assert got.extra == {}

        listed = list(application_credentials.list(owner.client, owner.user_id))
        assert [c.id for c in listed] == [cred.id]
        only = list(
            application_credentials.list(
                owner.client, owner.user_id, application_credentials.ListOpts(name=name)
            )
        )
        assert [c.id for c in only] == [cred.id]
        none = list(
            application_credentials.list(
                owner.client, owner.user_id, application_credentials.ListOpts(name="nope")
            )
        )
        assert none == []
        assert application_credentials.find(owner.client, owner.user_id, name).id == cred.id
        assert application_credentials.find(owner.client, owner.user_id, cred.id).name == name
        # the admin may read it too
        assert application_credentials.get(identity, owner.user_id, cred.id).extract().name == name

        # authenticate with it through the runtime's AuthOptions
        provider = authenticated_client(
            AuthOptions(
                identity_endpoint=keystone.auth_url,
                application_credential_id=cred.id,
                application_credential_secret=cred.secret,
            )
        )
        assert provider.token_info is not None
        assert provider.token_info.project_id == owner.project_id
        assert provider.token_info.user_id == owner.user_id
        token = tokens.validate(
            identity, tokens.ValidateOpts(subject_token=str(provider.token))
        ).extract()
        assert token.methods == ["application_credential"]
        assert token.roles and [r.name for r in token.roles] == ["reader"]
        assert token.application_credential and token.application_credential.id == cred.id
        # a restricted credential cannot make more credentials
        as_cred = identity_v3.new_client(provider, EndpointOpts(region=keystone.region))
        with pytest.raises(errors.Forbidden):
            application_credentials.create(
                as_cred, owner.user_id, application_credentials.CreateOpts(name=unique("nested"))
            )
        # by name + user
        by_name = authenticated_client(
            AuthOptions(
                identity_endpoint=keystone.auth_url,
                application_credential_name=name,
                user_id=owner.user_id,
                application_credential_secret=cred.secret,
            )
        )
        assert by_name.token_info is not None and by_name.token_info.project_id == owner.project_id
    finally:
        application_credentials.delete(owner.client, owner.user_id, str(cred.id))
    with pytest.raises(errors.NotFound):
        application_credentials.get(owner.client, owner.user_id, str(cred.id))
    with pytest.raises(errors.NotFound):  # keystone: 404, not 401, for a deleted credential
        authenticated_client(
            AuthOptions(
                identity_endpoint=keystone.auth_url,
                application_credential_id=cred.id,
                application_credential_secret=cred.secret,
            )
        )


def test_application_credential_given_secret_and_unrestricted(owner: Owner, unique: Unique) -> None:
    secret = secrets.token_urlsafe(24)
    cred = application_credentials.create(
        owner.client,
        owner.user_id,
        application_credentials.CreateOpts(name=unique("given"), secret=secret, unrestricted=True),
    ).extract()
    try:
        assert cred.secret == secret
        assert cred.unrestricted is True
        assert cred.expires_at is None and cred.description is None
        # no roles given: all of the creating token's roles
        assert cred.roles and {r.name for r in cred.roles} == {"member", "reader"}
        with pytest.raises(errors.Conflict):
            application_credentials.create(
                owner.client, owner.user_id, application_credentials.CreateOpts(name=str(cred.name))
            )
        with pytest.raises(errors.BadRequest):
            application_credentials.create(
                owner.client,
                owner.user_id,
                application_credentials.CreateOpts(
                    name=unique("bad"), roles=[application_credentials.RoleRef(name="admin")]
                ),
            )
    finally:
        application_credentials.delete(owner.client, owner.user_id, str(cred.id))


# -- access rules -------------------------------------------------------------------


def test_access_rules(
    identity: ServiceClient, owner: Owner, keystone: KeystoneInfo, unique: Unique
) -> None:
    rule = application_credentials.AccessRuleRef(
        service="identity", method="GET", path=f"/v3/users/{owner.user_id}"
    )
    cred = application_credentials.create(
        owner.client,
        owner.user_id,
        application_credentials.CreateOpts(name=unique("ruled"), access_rules=[rule]),
    ).extract()
    cred_deleted = False
    assert cred.access_rules and len(cred.access_rules) == 1
    made = cred.access_rules[0]
    assert isinstance(made.id, str)
    assert (made.service, made.method, made.path) == (
        "identity",
        "GET",
        f"/v3/users/{owner.user_id}",
    )
    try:
        listed = list(access_rules.list(owner.client, owner.user_id))
        assert [r.id for r in listed] == [made.id]
        assert listed[0].links and listed[0].links.self
        assert [
            r.id
            for r in access_rules.list(
                owner.client, owner.user_id, access_rules.ListOpts(method="GET")
            )
        ] == [made.id]
        assert (
            list(
                access_rules.list(
                    owner.client, owner.user_id, access_rules.ListOpts(service="compute")
                )
            )
            == []
        )
        got = access_rules.get(owner.client, owner.user_id, made.id).extract()
        assert (got.id, got.service, got.method, got.path) == (
            made.id,
            "identity",
            "GET",
            made.path,
        )
        assert got.extra == {}

        # the rule shows in the credential's tokens, which validate only for rule-aware callers
        provider = authenticated_client(
            AuthOptions(
                identity_endpoint=keystone.auth_url,
                application_credential_id=cred.id,
                application_credential_secret=cred.secret,
            )
        )
        subject = str(provider.token)
        with pytest.raises(errors.NotFound):
            tokens.validate(identity, tokens.ValidateOpts(subject_token=subject))
        token = tokens.validate(
            identity, tokens.ValidateOpts(subject_token=subject, access_rules_support="1.0")
        ).extract()
        assert token.application_credential and token.application_credential.access_rules
        assert [r.id for r in token.application_credential.access_rules] == [made.id]
        tokens.check(identity, tokens.CheckOpts(subject_token=subject, access_rules_support="1.0"))

        with pytest.raises(errors.Forbidden):
            access_rules.delete(owner.client, owner.user_id, made.id)  # still in use
        application_credentials.delete(owner.client, owner.user_id, str(cred.id))
        cred_deleted = True
        assert access_rules.delete(owner.client, owner.user_id, made.id).status_code == 204
        with pytest.raises(errors.NotFound):
            access_rules.get(owner.client, owner.user_id, made.id)
    finally:
        if not cred_deleted:
            application_credentials.delete(owner.client, owner.user_id, str(cred.id))
        try:
            access_rules.delete(owner.client, owner.user_id, str(made.id))
        except errors.NotFound:
            pass


# -- registered limits and limits ---------------------------------------------------


@pytest.fixture
def keystone_service_id(identity: ServiceClient) -> str:
    ident = [s for s in catalog.list(identity) if s.type == "identity"]
    assert ident and isinstance(ident[0].id, str)
    return ident[0].id


def test_limit_model(identity: ServiceClient) -> None:
    model = limits.get_model(identity).extract()
    assert model.name == "flat"
    assert model.description and "hierarchy" in model.description
    assert model.extra == {}


def test_registered_limits_crud(
    identity: ServiceClient, keystone: KeystoneInfo, keystone_service_id: str, unique: Unique
) -> None:
    names = [unique("rl-a"), unique("rl-b")]
    made = registered_limits.batch_create(
        identity,
        registered_limits.BatchCreateOpts(
            registered_limits=[
                registered_limits.NewRegisteredLimit(
                    service_id=keystone_service_id,
                    region_id=keystone.region,
                    resource_name=names[0],
                    default_limit=10,
                ),
                registered_limits.NewRegisteredLimit(
                    service_id=keystone_service_id,
                    resource_name=names[1],
                    default_limit=-1,
                    description="unlimited",
                ),
            ]
        ),
    )
    assert made.status_code == 201
    created = sorted(made.extract(), key=lambda r: str(r.resource_name))
    ids = [str(r.id) for r in created]
    try:
        a, b = created
        assert (a.resource_name, a.region_id, a.default_limit, a.description) == (
            names[0],
            keystone.region,
            10,
            None,
        )
        assert (b.resource_name, b.region_id, b.default_limit, b.description) == (
            names[1],
            None,
            -1,
            "unlimited",
        )
        assert a.service_id == keystone_service_id and a.links and a.links.self

        got = registered_limits.get(identity, ids[0]).extract()
        assert got == a
        mine = list(
            registered_limits.list(
                identity,
                registered_limits.ListOpts(service_id=keystone_service_id, resource_name=names[1]),
            )
        )
        assert [r.id for r in mine] == [ids[1]]
        in_region = {
            r.id
            for r in registered_limits.list(
                identity, registered_limits.ListOpts(region_id=keystone.region)
            )
        }
        assert ids[0] in in_region and ids[1] not in in_region

        updated = registered_limits.update(
            identity, ids[0], registered_limits.UpdateOpts(default_limit=20, description="twenty")
        ).extract()
        assert (updated.default_limit, updated.description) == (20, "twenty")
        updated = registered_limits.update(
            identity, ids[0], registered_limits.UpdateOpts(description=None)
        ).extract()
        assert updated.description is None and updated.default_limit == 20
        assert registered_limits.get(identity, ids[0]).extract().default_limit == 20

        with pytest.raises(errors.Conflict):
            registered_limits.batch_create(
                identity,
                registered_limits.BatchCreateOpts(
                    registered_limits=[
                        registered_limits.NewRegisteredLimit(
                            service_id=keystone_service_id,
                            region_id=keystone.region,
                            resource_name=names[0],
                            default_limit=1,
                        )
                    ]
                ),
            )
    finally:
        for rid in ids:
            try:
                registered_limits.delete(identity, rid)
            except errors.NotFound:
                pass
    with pytest.raises(errors.NotFound):
        registered_limits.get(identity, ids[0])


def test_limits_crud(
    identity: ServiceClient, keystone: KeystoneInfo, keystone_service_id: str, unique: Unique
) -> None:
    resource = unique("lim")
    reg = registered_limits.batch_create(
        identity,
        registered_limits.BatchCreateOpts(
            registered_limits=[
                registered_limits.NewRegisteredLimit(
                    service_id=keystone_service_id,
                    region_id=keystone.region,
                    resource_name=resource,
                    default_limit=5,
                )
            ]
        ),
    ).extract()[0]
    project = projects.create(
        identity, projects.CreateOpts(name=unique("lim-proj"), domain_id=DOMAIN)
    ).extract()
    assert isinstance(project.id, str) and isinstance(reg.id, str)
    limit_ids: list[str] = []
    try:
        made = limits.batch_create(
            identity,
            limits.BatchCreateOpts(
                limits=[
                    limits.NewLimit(
                        service_id=keystone_service_id,
                        region_id=keystone.region,
                        resource_name=resource,
                        resource_limit=7,
                        project_id=project.id,
                    ),
                    limits.NewLimit(
                        service_id=keystone_service_id,
                        region_id=keystone.region,
                        resource_name=resource,
                        resource_limit=50,
                        domain_id=DOMAIN,
                        description="domain-wide",
                    ),
                ]
            ),
        )
        assert made.status_code == 201
        created = made.extract()
        limit_ids = [str(x.id) for x in created]
        by_owner = {("project" if x.project_id else "domain"): x for x in created}
        p, d = by_owner["project"], by_owner["domain"]
        assert (p.project_id, p.domain_id, p.resource_limit, p.description) == (
            project.id,
            None,
            7,
            None,
        )
        assert (d.project_id, d.domain_id, d.resource_limit, d.description) == (
            None,
            DOMAIN,
            50,
            "domain-wide",
        )
        assert (
            p.service_id == keystone_service_id
            and p.region_id == keystone.region
            and p.resource_name == resource
        )
        assert p.extra == {} and p.links and p.links.self

        assert limits.get(identity, str(p.id)).extract() == p
        listed = {x.id for x in limits.list(identity, limits.ListOpts(resource_name=resource))}
        assert listed == {p.id, d.id}
        assert [x.id for x in limits.list(identity, limits.ListOpts(project_id=project.id))] == [
            p.id
        ]
        assert [
            x.id
            for x in limits.list(
                identity, limits.ListOpts(domain_id=DOMAIN, resource_name=resource)
            )
        ] == [d.id]
        both = {
            x.id
            for x in limits.list(
                identity,
                limits.ListOpts(
                    service_id=keystone_service_id,
                    region_id=keystone.region,
                    resource_name=resource,
                ),
            )
        }
        assert both == {p.id, d.id}

        upd = limits.update(
            identity, str(p.id), limits.UpdateOpts(resource_limit=9, description="nine")
        ).extract()
        assert (upd.resource_limit, upd.description, upd.project_id) == (9, "nine", project.id)
        assert limits.get(identity, str(p.id)).extract().resource_limit == 9

        # a limit without its registered default is refused
        with pytest.raises(errors.Forbidden):
            limits.batch_create(
                identity,
                limits.BatchCreateOpts(
                    limits=[
                        limits.NewLimit(
                            service_id=keystone_service_id,
                            resource_name=unique("unreg"),
                            resource_limit=1,
                            project_id=project.id,
                        )
                    ]
                ),
            )
        # the registered limit cannot change or go while limits refer to it
        with pytest.raises(errors.Forbidden):
            registered_limits.update(
                identity, reg.id, registered_limits.UpdateOpts(default_limit=6)
            )
        with pytest.raises(errors.Forbidden):
            registered_limits.delete(identity, reg.id)

        for lid in list(limit_ids):
            assert limits.delete(identity, lid).status_code == 204
            limit_ids.remove(lid)
        with pytest.raises(errors.NotFound):
            limits.get(identity, str(p.id))
        assert (
            registered_limits.update(
                identity, reg.id, registered_limits.UpdateOpts(default_limit=6)
            )
            .extract()
            .default_limit
            == 6
        )
    finally:
        for lid in limit_ids:
            try:
                limits.delete(identity, lid)
            except errors.NotFound:
                pass
        projects.delete(identity, project.id)
        registered_limits.delete(identity, reg.id)
