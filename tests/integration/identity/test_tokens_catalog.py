"""Tokens (issue with every method, validate, check, revoke) and the /auth/* listings
against a real Keystone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import secrets

import pytest

import stacksdk.identity.v3 as identity_v3
from stacksdk.identity.v3 import application_credentials, catalog, projects, roles, tokens, users
from stacksdk.identity.v3.catalog import SystemScope
from stacksdk.runtime import (
    UNSET,
    EndpointOpts,
    ProviderClient,
    ServiceClient,
    authenticated_client,
    errors,
)
from stacksdk.runtime.auth import AuthOptions
from tests.integration.conftest import admin_options
from tests.integration.helpers import DOMAIN, Cleanup, Unique, present, role_id
from tests.localcloud.keystone import KeystoneInfo


@dataclasses.dataclass
class Member:
    """A user with a password and the member role on its own project (and optionally the domain)."""

    user_id: str
    user_name: str
    password: str
    project_id: str
    project_name: str


def _make_member(
    identity: ServiceClient,
    unique: Unique,
    cleanup: Cleanup,
    *,
    domain_role: bool = False,
    default_project: bool = False,
) -> Member:
    """A new Member; its user and project are deleted after the test."""
    project = projects.create(
        identity, projects.CreateOpts(name=unique("tok-proj"), domain_id=DOMAIN)
    ).extract()
    assert isinstance(project.id, str) and isinstance(project.name, str)
    project_id = project.id
    cleanup(lambda: projects.delete(identity, project_id))
    password = secrets.token_urlsafe(16)
    opts = users.CreateOpts(
        name=unique("tok-user"),
        domain_id=DOMAIN,
        password=password,
        default_project_id=project.id if default_project else UNSET,
    )
    user = users.create(identity, opts).extract()
    cleanup(lambda: users.delete(identity, user.id))
    member = role_id(identity, "member")
    roles.grant_project_user(identity, project.id, user.id, member)
    if domain_role:
        roles.grant_domain_user(identity, DOMAIN, user.id, member)
    return Member(user.id, present(user.name), password, project.id, project.name)


@pytest.fixture
def member(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> Member:
    return _make_member(identity, unique, cleanup, domain_role=True)


def _password(m: Member, *, by_name: bool = True) -> tokens.AuthIdentity:
    user = (
        tokens.AuthUser(name=m.user_name, domain=tokens.AuthDomain(id=DOMAIN), password=m.password)
        if by_name
        else tokens.AuthUser(id=m.user_id, password=m.password)
    )
    return tokens.AuthIdentity(methods=["password"], password=tokens.PasswordMethod(user=user))


def _token_method(token_id: str) -> tokens.AuthIdentity:
    return tokens.AuthIdentity(methods=["token"], token=tokens.TokenMethod(id=token_id))


def _issue(
    identity: ServiceClient, auth: tokens.AuthIdentity, scope: tokens.AuthScope | None = None
) -> tokens.Token:
    opts = (
        tokens.CreateOpts(identity=auth)
        if scope is None
        else tokens.CreateOpts(identity=auth, scope=scope)
    )
    token = tokens.create(identity, opts).extract()
    assert isinstance(token.id, str) and len(token.id) > 20
    return token


def _project_scope(m: Member) -> tokens.AuthScope:
    return tokens.AuthScope(project=tokens.AuthProject(id=m.project_id))


def _client_for(provider: ProviderClient, keystone: KeystoneInfo) -> ServiceClient:
    return identity_v3.new_client(provider, EndpointOpts(region=keystone.region))


# -- issue ---------------------------------------------------------------------


def test_issue_password_project_scoped(
    identity: ServiceClient, member: Member, keystone: KeystoneInfo
) -> None:
    scope = tokens.AuthScope(
        project=tokens.AuthProject(name=member.project_name, domain=tokens.AuthDomain(id=DOMAIN))
    )
    result = tokens.create(identity, tokens.CreateOpts(identity=_password(member), scope=scope))
    assert result.status_code == 201
    token = result.extract()
    assert token.id == result.headers["X-Subject-Token"]
    assert token.id not in repr(token) and "id=***" in repr(token)
    assert token.methods == ["password"]
    assert token.user and token.user.id == member.user_id and token.user.name == member.user_name
    assert token.user.domain and token.user.domain.id == DOMAIN
    assert token.user.is_set("password_expires_at") and token.user.password_expires_at is None
    assert token.project and token.project.id == member.project_id
    assert token.project.domain and token.project.domain.id == DOMAIN
    assert token.is_domain is False
    assert token.roles and "member" in {r.name for r in token.roles}
    assert isinstance(token.expires_at, dt.datetime) and isinstance(token.issued_at, dt.datetime)
    assert token.expires_at > token.issued_at
    assert token.audit_ids and len(token.audit_ids) == 1
    assert not token.domain and not token.system
    assert token.catalog
    ids = [s for s in token.catalog if s.type == "identity"]
    assert ids and ids[0].endpoints
    assert {e.url for e in ids[0].endpoints} == {keystone.auth_url}
    assert token.extra == {}


def test_issue_password_by_user_id_nocatalog(identity: ServiceClient, member: Member) -> None:
    token = tokens.create(
        identity,
        tokens.CreateOpts(
            identity=_password(member, by_name=False), scope=_project_scope(member), nocatalog=True
        ),
    ).extract()
    assert token.project and token.project.id == member.project_id
    assert token.roles and not token.is_set("catalog")
    # nocatalog is a presence flag: False sends nothing, so the catalog comes back
    full = tokens.create(
        identity,
        tokens.CreateOpts(
            identity=_password(member), scope=_project_scope(member), nocatalog=False
        ),
    ).extract()
    assert full.catalog


def test_issue_domain_scoped(identity: ServiceClient, member: Member) -> None:
    scope = tokens.AuthScope(domain=tokens.AuthDomain(id=DOMAIN))
    token = _issue(identity, _password(member), scope)
    assert token.domain and token.domain.id == DOMAIN and token.domain.name == "Default"
    assert not token.project and not token.is_set("is_domain")
    assert token.roles and "member" in {r.name for r in token.roles}
    by_name = _issue(
        identity, _password(member), tokens.AuthScope(domain=tokens.AuthDomain(name="Default"))
    )
    assert by_name.domain and by_name.domain.id == DOMAIN


def test_issue_unscoped(identity: ServiceClient, member: Member) -> None:
    token = _issue(identity, _password(member))
    assert token.methods == ["password"]
    assert token.user and token.user.id == member.user_id
    for attr in ("project", "domain", "system", "roles", "catalog"):
        assert not token.is_set(attr), attr


def test_default_project_and_explicit_unscoped(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    m = _make_member(identity, unique, cleanup, default_project=True)
    implicit = _issue(identity, _password(m))
    assert implicit.project and implicit.project.id == m.project_id
    explicit = _issue(identity, _password(m), tokens.AuthScope(unscoped={}))
    assert not explicit.is_set("project") and not explicit.is_set("roles")


def test_issue_system_scoped(identity: ServiceClient, keystone: KeystoneInfo) -> None:
    admin = tokens.AuthIdentity(
        methods=["password"],
        password=tokens.PasswordMethod(
            user=tokens.AuthUser(
                name=keystone.admin_username,
                domain=tokens.AuthDomain(id=DOMAIN),
                password=keystone.admin_password,
            )
        ),
    )
    token = _issue(identity, admin, tokens.AuthScope(system=SystemScope(all=True)))
    assert token.system == SystemScope(all=True)
    assert token.roles and "admin" in {r.name for r in token.roles}
    assert not token.project and not token.domain
    tokens.revoke(identity, tokens.RevokeOpts(subject_token=str(token.id)))


def test_issue_token_method_rescopes(identity: ServiceClient, member: Member) -> None:
    unscoped = _issue(identity, _password(member))
    scoped = _issue(identity, _token_method(str(unscoped.id)), _project_scope(member))
    assert scoped.id != unscoped.id
    assert sorted(scoped.methods or []) == ["password", "token"]
    assert scoped.project and scoped.project.id == member.project_id
    # the new token's audit chain ends with the original token's audit id
    assert scoped.audit_ids and unscoped.audit_ids
    assert len(scoped.audit_ids) == 2 and scoped.audit_ids[1] == unscoped.audit_ids[0]


def test_issue_application_credential_by_id_and_by_name(
    identity: ServiceClient, member: Member, keystone: KeystoneInfo, unique: Unique
) -> None:
    user_provider = authenticated_client(
        admin_options(
            keystone,
            username=member.user_name,
            password=member.password,
            project_name=member.project_name,
        )
    )
    own = _client_for(user_provider, keystone)
    name = unique("tok-appcred")
    cred = application_credentials.create(
        own, member.user_id, application_credentials.CreateOpts(name=name)
    ).extract()
    try:
        assert isinstance(cred.id, str) and isinstance(cred.secret, str)
        by_id = tokens.AuthIdentity(
            methods=["application_credential"],
            application_credential=tokens.ApplicationCredentialMethod(
                id=cred.id, secret=cred.secret
            ),
        )
        token = _issue(identity, by_id)
        assert token.methods == ["application_credential"]
        assert token.project and token.project.id == member.project_id
        assert token.application_credential
        assert (
            token.application_credential.id == cred.id and token.application_credential.name == name
        )
        assert token.application_credential.restricted is True
        assert "secret=***" in repr(by_id.application_credential)

        by_name = tokens.AuthIdentity(
            methods=["application_credential"],
            application_credential=tokens.ApplicationCredentialMethod(
                name=name, secret=cred.secret, user=tokens.AuthUser(id=member.user_id)
            ),
        )
        token2 = _issue(identity, by_name)
        assert token2.application_credential and token2.application_credential.id == cred.id
        assert token2.user and token2.user.id == member.user_id

        # an application credential fixes its scope: asking for one is refused
        with pytest.raises(errors.HTTPError) as err:
            tokens.create(identity, tokens.CreateOpts(identity=by_id, scope=_project_scope(member)))
        assert err.value.status in (400, 401)
    finally:
        application_credentials.delete(own, member.user_id, str(cred.id))


def test_multi_factor_receipt(
    identity: ServiceClient, member: Member, keystone: KeystoneInfo, unique: Unique
) -> None:
    """password alone yields a 401 with a receipt; the receipt plus the second method yields the token."""
    user_provider = authenticated_client(
        admin_options(
            keystone,
            username=member.user_name,
            password=member.password,
            project_name=member.project_name,
        )
    )
    own = _client_for(user_provider, keystone)
    cred = application_credentials.create(
        own, member.user_id, application_credentials.CreateOpts(name=unique("mfa"))
    ).extract()
    rules = [["password", "application_credential"]]
    mfa = users.UserOptions(multi_factor_auth_rules=rules, multi_factor_auth_enabled=True)
    users.update(identity, member.user_id, users.UpdateOpts(options=mfa))
    try:
        with pytest.raises(errors.Unauthorized) as err:
            tokens.create(
                identity,
                tokens.CreateOpts(identity=_password(member), scope=_project_scope(member)),
            )
        receipt_id = err.value.sensitive_header(
            "Openstack-Auth-Receipt"
        )  # .headers shows it as ***
        assert receipt_id
        body = tokens.AuthReceipt.from_dict(json.loads(err.value.body))
        assert body.extra == {}
        assert body.receipt and body.receipt.methods == ["password"]
        assert body.receipt.user and body.receipt.user.id == member.user_id
        assert isinstance(body.receipt.expires_at, dt.datetime)
        assert body.required_auth_methods and sorted(body.required_auth_methods[0]) == sorted(
            rules[0]
        )

        second = tokens.AuthIdentity(
            methods=["application_credential"],
            application_credential=tokens.ApplicationCredentialMethod(
                id=str(cred.id), secret=str(cred.secret)
            ),
        )
        opts = tokens.CreateOpts(identity=second, receipt=receipt_id)
        assert receipt_id not in repr(opts)
        token = tokens.create(identity, opts).extract()
        assert sorted(token.methods or []) == ["application_credential", "password"]
        assert token.project and token.project.id == member.project_id
    finally:
        no_mfa = users.UserOptions(multi_factor_auth_rules=None, multi_factor_auth_enabled=None)
        users.update(identity, member.user_id, users.UpdateOpts(options=no_mfa))
        application_credentials.delete(identity, member.user_id, str(cred.id))


# -- validate, check, revoke ---------------------------------------------------------


def test_validate_check_revoke(identity: ServiceClient, member: Member) -> None:
    issued = _issue(identity, _password(member), _project_scope(member))
    subject = str(issued.id)
    result = tokens.validate(identity, tokens.ValidateOpts(subject_token=subject))
    token = result.extract()
    assert token.id == subject
    assert token.user and token.user.id == member.user_id
    assert token.project and token.project.id == member.project_id
    assert token.audit_ids == issued.audit_ids and token.expires_at == issued.expires_at
    assert token.catalog
    bare = tokens.validate(
        identity, tokens.ValidateOpts(subject_token=subject, nocatalog=True)
    ).extract()
    assert not bare.is_set("catalog") and bare.roles
    assert subject not in repr(tokens.ValidateOpts(subject_token=subject))

    assert tokens.check(identity, tokens.CheckOpts(subject_token=subject)).status_code == 200

    revoked = tokens.revoke(identity, tokens.RevokeOpts(subject_token=subject))
    assert revoked.status_code == 204 and revoked.extract() is None
    with pytest.raises(errors.NotFound):
        tokens.validate(identity, tokens.ValidateOpts(subject_token=subject))
    with pytest.raises(errors.NotFound):
        tokens.check(identity, tokens.CheckOpts(subject_token=subject))
    with pytest.raises(errors.NotFound):
        tokens.validate(identity, tokens.ValidateOpts(subject_token=subject, allow_expired=True))
    # a revoked token no longer authenticates
    with pytest.raises(errors.HTTPError) as err:
        tokens.create(
            identity,
            tokens.CreateOpts(identity=_token_method(subject), scope=_project_scope(member)),
        )
    assert err.value.status in (401, 404)
    with pytest.raises(errors.NotFound):
        tokens.validate(identity, tokens.ValidateOpts(subject_token="not-a-token"))


def test_revoke_cascade(identity: ServiceClient, member: Member) -> None:
    # cascade=False: only the token itself
    root = _issue(identity, _password(member))
    child = _issue(identity, _token_method(str(root.id)), _project_scope(member))
    tokens.revoke(identity, tokens.RevokeOpts(subject_token=str(root.id), cascade=False))
    with pytest.raises(errors.NotFound):
        tokens.check(identity, tokens.CheckOpts(subject_token=str(root.id)))
    assert (
        tokens.validate(identity, tokens.ValidateOpts(subject_token=str(child.id))).extract().id
        == child.id
    )

    # default: the tokens obtained from it go too
    root2 = _issue(identity, _password(member))
    child2 = _issue(identity, _token_method(str(root2.id)), _project_scope(member))
    tokens.revoke(identity, tokens.RevokeOpts(subject_token=str(root2.id)))
    with pytest.raises(errors.NotFound):
        tokens.validate(identity, tokens.ValidateOpts(subject_token=str(child2.id)))


def test_revoke_for_user(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    m = _make_member(identity, unique, cleanup)
    one = _issue(identity, _password(m), _project_scope(m))
    two = _issue(identity, _password(m))
    assert tokens.revoke_for_user(identity, m.user_id).status_code == 204
    for t in (one, two):
        with pytest.raises(errors.NotFound):
            tokens.check(identity, tokens.CheckOpts(subject_token=str(t.id)))
    with pytest.raises(errors.NotFound):
        tokens.revoke_for_user(identity, "no-such-user")


# -- the /auth/* listings ---------------------------------------------------------


def test_catalog_of_current_token(identity: ServiceClient, keystone: KeystoneInfo) -> None:
    services = list(catalog.list(identity))
    assert services and all(isinstance(s, catalog.CatalogService) for s in services)
    ident = [s for s in services if s.type == "identity"]
    assert len(ident) == 1 and ident[0].name == "keystone" and ident[0].id
    eps = ident[0].endpoints or []
    assert {e.interface for e in eps} == {"public", "internal", "admin"}
    assert all(e.region_id == keystone.region and e.region == keystone.region and e.id for e in eps)
    assert all(s.extra == {} and all(e.extra == {} for e in s.endpoints or []) for s in services)
    page = catalog.list(identity).all_pages()
    assert [s.id for s in catalog.extract_catalog(page)] == [s.id for s in services]


def test_auth_projects_domains_system(
    identity: ServiceClient, member: Member, keystone: KeystoneInfo
) -> None:
    user_provider = authenticated_client(
        admin_options(
            keystone,
            username=member.user_name,
            password=member.password,
            project_name=member.project_name,
        )
    )
    own = _client_for(user_provider, keystone)
    mine = list(catalog.list_projects(own))
    assert [p.id for p in mine] == [member.project_id]
    assert mine[0].name == member.project_name and mine[0].domain_id == DOMAIN
    domains = list(catalog.list_domains(own))
    assert [d.id for d in domains] == [DOMAIN]
    assert catalog.list_system(own).extract() == []

    admin_projects = [p.name for p in catalog.list_projects(identity)]
    assert keystone.admin_project in admin_projects
    assert catalog.list_system(identity).extract() == [SystemScope(all=True)]


def test_catalog_needs_project_scope(
    identity: ServiceClient, member: Member, keystone: KeystoneInfo
) -> None:
    opts: AuthOptions = admin_options(
        keystone,
        username=member.user_name,
        password=member.password,
        project_name=None,
        domain_id=DOMAIN,
    )
    domain_provider = authenticated_client(opts)
    assert domain_provider.token_info is not None and domain_provider.token_info.project_id is None
    own = _client_for(domain_provider, keystone)
    with pytest.raises(errors.Forbidden):
        list(catalog.list(own))
    assert [d.id for d in catalog.list_domains(own)] == [DOMAIN]
