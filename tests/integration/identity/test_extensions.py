"""Keystone's v3 extension APIs against a real Keystone.

Covers stacksdk.identity.v3.trusts and .token_trust (OS-TRUST), .endpoint_groups and
.project_endpoints (OS-EP-FILTER), .endpoint_policies (OS-ENDPOINT-POLICY),
.revoke_events (OS-REVOKE), .identity_providers, .federation_protocols, .mappings and
.service_providers (OS-FEDERATION), .consumers and .oauth1_access_tokens (OS-OAUTH1).

The OAuth1 request-token and access-token steps are form-encoded, OAuth-signed requests
the SDK does not make; a small HMAC-SHA1 signer below does them so that the access token
API can be tested on a real token. What needs an external IdP or SAML signing setup
(federated authentication, SAML assertions, IdP metadata) is not tested here.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import time
import uuid
from typing import Any
from urllib.parse import parse_qsl, quote

import pytest

from stacksdk.identity.v3 import (
    consumers,
    endpoint_groups,
    endpoint_policies,
    endpoints,
    federation_protocols,
    identity_providers,
    mappings,
    oauth1_access_tokens,
    policies,
    project_endpoints,
    projects,
    revoke_events,
    roles,
    service_providers,
    services,
    token_trust,
    tokens,
    trusts,
    users,
)
from stacksdk.runtime import AuthOptions, ServiceClient, authenticated_client, errors
from tests.integration.helpers import DOMAIN, Cleanup, Unique, present, role_id
from tests.localcloud.keystone import KeystoneInfo


@pytest.fixture
def admin_user_id(identity: ServiceClient) -> str:
    info = identity.provider.token_info
    assert info is not None and info.user_id
    return info.user_id


@pytest.fixture
def admin_project_id(identity: ServiceClient) -> str:
    info = identity.provider.token_info
    assert info is not None and info.project_id
    return info.project_id


@pytest.fixture
def project(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> projects.Project:
    p = projects.create(
        identity, projects.CreateOpts(name=unique("ext-proj"), domain_id="default")
    ).extract()
    pid = str(p.id)
    cleanup(lambda: projects.delete(identity, pid))
    return p


@pytest.fixture
def user(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> dict[str, Any]:
    """A fresh user of the default domain: its "id", "name" and "password"."""
    password = uuid.uuid4().hex
    u = users.create(
        identity, users.CreateOpts(name=unique("ext-user"), domain_id=DOMAIN, password=password)
    ).extract()
    cleanup(lambda: users.delete(identity, u.id))
    return {"id": u.id, "name": u.name, "password": password}


def _password_auth(user: dict[str, Any]) -> tokens.AuthIdentity:
    """Password authentication as a `user` fixture's user, by id."""
    return tokens.AuthIdentity(
        methods=["password"],
        password=tokens.PasswordMethod(
            user=tokens.AuthUser(id=user["id"], password=user["password"])
        ),
    )


@pytest.fixture
def endpoint(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup, keystone: KeystoneInfo
) -> endpoints.Endpoint:
    """A fresh service with one public endpoint in the test region (the endpoint is returned)."""
    svc = services.create(
        identity, services.CreateOpts(type=unique("ext-type"), name=unique("ext-svc"))
    ).extract()
    cleanup(lambda: services.delete(identity, svc.id))
    ep = endpoints.create(
        identity,
        endpoints.CreateOpts(
            service_id=svc.id,
            interface="public",
            url=f"http://{unique('ext')}.example/v1",
            region_id=keystone.region,
        ),
    ).extract()
    cleanup(lambda: endpoints.delete(identity, ep.id))
    return ep


# -- OS-TRUST -------------------------------------------------------------------


@pytest.fixture
def trustee(user: dict[str, Any]) -> dict[str, Any]:
    return user


@pytest.fixture
def trust(
    identity: ServiceClient,
    admin_user_id: str,
    admin_project_id: str,
    trustee: dict[str, Any],
    cleanup: Cleanup,
) -> trusts.Trust:
    expires = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(hours=2)
    t = trusts.create(
        identity,
        trusts.CreateOpts(
            trustor_user_id=admin_user_id,
            trustee_user_id=trustee["id"],
            impersonation=False,
            project_id=admin_project_id,
            roles=[trusts.TrustRole(name="member")],
            expires_at=expires,
            allow_redelegation=False,
        ),
    ).extract()
    tid = str(t.id)
    cleanup(lambda: trusts.delete(identity, tid))
    return t


def test_trust_create_get_list_delete(
    identity: ServiceClient,
    trust: trusts.Trust,
    admin_user_id: str,
    admin_project_id: str,
    trustee: dict[str, Any],
) -> None:
    assert trust.trustor_user_id == admin_user_id
    assert trust.trustee_user_id == trustee["id"]
    assert trust.impersonation is False
    assert trust.project_id == admin_project_id
    assert isinstance(trust.expires_at, dt.datetime) and trust.expires_at > dt.datetime.now(
        dt.timezone.utc
    )
    assert trust.remaining_uses is None
    assert trust.redelegation_count == 0
    assert isinstance(trust.roles, list) and [r.name for r in trust.roles] == ["member"]
    assert isinstance(trust.roles_links, trusts.CollectionLinks) and str(
        trust.roles_links.self
    ).endswith(f"/{trust.id}/roles")

    got = trusts.get(identity, str(trust.id)).extract()
    assert (got.id, got.trustee_user_id, got.expires_at) == (
        trust.id,
        trust.trustee_user_id,
        trust.expires_at,
    )
    assert got.extra == {}

    mine = trusts.list(identity, trusts.ListOpts(trustor_user_id=admin_user_id)).all_pages()
    assert trust.id in {t.id for t in trusts.extract_trusts(mine)}
    theirs = list(trusts.list(identity, trusts.ListOpts(trustee_user_id=trustee["id"])))
    assert [t.id for t in theirs] == [trust.id]
    assert not theirs[0].is_set("roles")  # listings leave roles out
    everyone = {t.id for t in trusts.list(identity)}  # unfiltered: admin only
    assert trust.id in everyone

    trusts.delete(identity, str(trust.id))
    with pytest.raises(errors.NotFound):
        trusts.get(identity, str(trust.id))


def test_trust_roles(identity: ServiceClient, trust: trusts.Trust) -> None:
    tid = str(trust.id)
    roles = list(trusts.list_roles(identity, tid))
    assert [r.name for r in roles] == ["member"]
    member_id = str(roles[0].id)
    role = trusts.get_role(identity, tid, member_id).extract()
    assert (role.id, role.name) == (member_id, "member")
    assert isinstance(role.links, trusts.Links) and str(role.links.self).endswith(
        f"/roles/{member_id}"
    )
    trusts.check_role(identity, tid, member_id)

    admin_role = role_id(identity, "admin")
    with pytest.raises(errors.NotFound):
        trusts.get_role(identity, tid, admin_role)
    with pytest.raises(errors.NotFound):
        trusts.check_role(identity, tid, admin_role)


def test_trust_create_rejects_another_trustor(
    identity: ServiceClient, trustee: dict[str, Any], admin_project_id: str
) -> None:
    with pytest.raises(errors.Forbidden):
        trusts.create(
            identity,
            trusts.CreateOpts(
                trustor_user_id=trustee["id"],
                trustee_user_id=trustee["id"],
                impersonation=False,
                project_id=admin_project_id,
                roles=[trusts.TrustRole(name="member")],
            ),
        )


def test_trust_scoped_token(
    identity: ServiceClient,
    trust: trusts.Trust,
    trustee: dict[str, Any],
    admin_user_id: str,
    admin_project_id: str,
) -> None:
    result = tokens.create(
        identity,
        tokens.CreateOpts(
            identity=_password_auth(trustee),
            scope=tokens.AuthScope(trust=tokens.IdRef(id=str(trust.id))),
        ),
    )
    token = result.extract()
    assert isinstance(token.project, tokens.TokenProject) and token.project.id == admin_project_id
    assert (
        isinstance(token.user, tokens.TokenUser) and token.user.id == trustee["id"]
    )  # no impersonation

    scope = token_trust.extract_get(result).trust
    assert isinstance(scope, token_trust.TrustScope)
    assert scope.id == trust.id
    assert scope.impersonation is False
    assert isinstance(scope.trustor_user, token_trust.TrustUser)
    assert scope.trustor_user.id == admin_user_id
    assert isinstance(scope.trustee_user, token_trust.TrustUser)
    assert scope.trustee_user.id == trustee["id"]

    plain = tokens.create(identity, tokens.CreateOpts(identity=_password_auth(trustee)))
    assert not token_trust.extract_get(plain).is_set("trust")


# -- OS-EP-FILTER -------------------------------------------------------------


def test_endpoint_group_crud(
    identity: ServiceClient,
    endpoint: endpoints.Endpoint,
    unique: Unique,
    cleanup: Cleanup,
) -> None:
    name = unique("ext-eg")
    eg = endpoint_groups.create(
        identity,
        endpoint_groups.CreateOpts(
            name=name,
            description="first",
            filters=endpoint_groups.EndpointGroupFilters(
                service_id=endpoint.service_id, interface="public"
            ),
        ),
    ).extract()
    egid = str(eg.id)
    cleanup(lambda: endpoint_groups.delete(identity, egid))
    assert eg.name == name and eg.description == "first"
    assert isinstance(eg.filters, endpoint_groups.EndpointGroupFilters)
    assert eg.filters.service_id == endpoint.service_id
    assert eg.filters.interface == "public" and eg.filters.extra == {}

    got = endpoint_groups.get(identity, egid).extract()
    assert got == eg
    assert endpoint_groups.find(identity, name).id == egid
    named = list(endpoint_groups.list(identity, endpoint_groups.ListOpts(name=name)))
    assert [g.id for g in named] == [egid]
    assert egid in {
        g.id
        for g in endpoint_groups.extract_endpoint_groups(endpoint_groups.list(identity).all_pages())
    }

    updated = endpoint_groups.update(
        identity,
        egid,
        endpoint_groups.UpdateOpts(
            description=None,
            filters=endpoint_groups.EndpointGroupFilters(service_id=endpoint.service_id),
        ),
    ).extract()
    assert updated.description is None
    assert isinstance(updated.filters, endpoint_groups.EndpointGroupFilters)
    assert updated.filters.to_dict() == {"service_id": endpoint.service_id}

    eps = list(endpoint_groups.list_endpoints(identity, egid))
    assert [e.id for e in eps] == [endpoint.id]
    assert eps[0].url == endpoint.url and eps[0].region == eps[0].region_id and eps[0].extra == {}

    with pytest.raises(ValueError):  # filters are required, checked before sending
        endpoint_groups.CreateOpts(name=name)

    endpoint_groups.delete(identity, egid)
    with pytest.raises(errors.NotFound):
        endpoint_groups.get(identity, egid)


def test_endpoint_group_projects(
    identity: ServiceClient,
    endpoint: endpoints.Endpoint,
    project: projects.Project,
    unique: Unique,
    cleanup: Cleanup,
) -> None:
    pid = str(project.id)
    eg = endpoint_groups.create(
        identity,
        endpoint_groups.CreateOpts(
            name=unique("ext-eg"),
            filters=endpoint_groups.EndpointGroupFilters(service_id=endpoint.service_id),
        ),
    ).extract()
    egid = str(eg.id)
    cleanup(lambda: endpoint_groups.delete(identity, egid))

    with pytest.raises(errors.NotFound):
        endpoint_groups.get_project_association(identity, egid, pid)
    endpoint_groups.add_project(identity, egid, pid)
    cleanup(lambda: endpoint_groups.remove_project(identity, egid, pid))

    assoc = endpoint_groups.get_project_association(identity, egid, pid).extract()
    assert (assoc.endpoint_group_id, assoc.project_id) == (egid, pid)
    linked = list(endpoint_groups.list_projects(identity, egid))
    assert [p.id for p in linked] == [pid] and linked[0].name == project.name
    assert [g.id for g in endpoint_groups.list_for_project(identity, pid)] == [egid]
    # The group's endpoints are in the project's filtered catalog.
    assert endpoint.id in {e.id for e in project_endpoints.list(identity, pid)}

    endpoint_groups.remove_project(identity, egid, pid)
    assert list(endpoint_groups.list_projects(identity, egid)) == []
    assert list(endpoint_groups.list_for_project(identity, pid)) == []
    with pytest.raises(errors.NotFound):
        endpoint_groups.get_project_association(identity, egid, pid)


def test_project_endpoints(
    identity: ServiceClient,
    endpoint: endpoints.Endpoint,
    project: projects.Project,
    cleanup: Cleanup,
) -> None:
    pid, eid = str(project.id), endpoint.id
    assert list(project_endpoints.list(identity, pid)) == []
    with pytest.raises(errors.NotFound):
        project_endpoints.check_endpoint(identity, pid, eid)

    project_endpoints.add_endpoint(identity, pid, eid)
    cleanup(lambda: project_endpoints.remove_endpoint(identity, pid, eid))
    project_endpoints.check_endpoint(identity, pid, eid)
    listed = project_endpoints.extract_project_endpoints(
        project_endpoints.list(identity, pid).all_pages()
    )
    assert [e.id for e in listed] == [eid]
    assert listed[0].service_id == endpoint.service_id and listed[0].interface == "public"
    assert listed[0].extra == {}
    on_endpoint = list(project_endpoints.list_projects_for_endpoint(identity, eid))
    assert [p.id for p in on_endpoint] == [pid] and on_endpoint[0].extra == {}

    project_endpoints.remove_endpoint(identity, pid, eid)
    with pytest.raises(errors.NotFound):
        project_endpoints.check_endpoint(identity, pid, eid)
    assert list(project_endpoints.list_projects_for_endpoint(identity, eid)) == []


# -- OS-ENDPOINT-POLICY -------------------------------------------------------


def test_endpoint_policy_associations(
    identity: ServiceClient, endpoint: endpoints.Endpoint, keystone: KeystoneInfo, cleanup: Cleanup
) -> None:
    policy = policies.create(
        identity, policies.CreateOpts(blob='{"a": "rule:b"}', type="application/json")
    ).extract()
    pol, eid, sid, region = policy.id, endpoint.id, endpoint.service_id, keystone.region
    cleanup(lambda: policies.delete(identity, pol))

    assert list(endpoint_policies.list(identity, pol)) == []
    with pytest.raises(errors.NotFound):
        endpoint_policies.get_policy_for_endpoint(identity, eid)

    # directly
    endpoint_policies.associate_endpoint(identity, pol, eid)
    cleanup(lambda: endpoint_policies.dissociate_endpoint(identity, pol, eid))
    endpoint_policies.check_endpoint(identity, pol, eid)
    listed = list(endpoint_policies.list(identity, pol))
    assert (
        [e.id for e in listed] == [eid] and listed[0].url == endpoint.url and listed[0].extra == {}
    )
    effective = endpoint_policies.get_policy_for_endpoint(identity, eid).extract()
    assert effective.id == pol and effective.type == "application/json"
    assert effective.blob == '{"a": "rule:b"}'
    endpoint_policies.dissociate_endpoint(identity, pol, eid)
    with pytest.raises(errors.NotFound):
        endpoint_policies.check_endpoint(identity, pol, eid)

    # through the service
    endpoint_policies.associate_service(identity, pol, sid)
    cleanup(lambda: endpoint_policies.dissociate_service(identity, pol, sid))
    endpoint_policies.check_service(identity, pol, sid)
    assert [e.id for e in endpoint_policies.list(identity, pol)] == [eid]
    assert endpoint_policies.get_policy_for_endpoint(identity, eid).extract().id == pol
    endpoint_policies.dissociate_service(identity, pol, sid)
    with pytest.raises(errors.NotFound):
        endpoint_policies.check_service(identity, pol, sid)

    # through the service in a region
    endpoint_policies.associate_service_region(identity, pol, sid, region)
    cleanup(lambda: endpoint_policies.dissociate_service_region(identity, pol, sid, region))
    endpoint_policies.check_service_region(identity, pol, sid, region)
    assert [e.id for e in endpoint_policies.list(identity, pol)] == [eid]
    endpoint_policies.dissociate_service_region(identity, pol, sid, region)
    with pytest.raises(errors.NotFound):
        endpoint_policies.check_service_region(identity, pol, sid, region)
    assert list(endpoint_policies.list(identity, pol)) == []


# -- OS-REVOKE ------------------------------------------------------------------


def test_revoke_events(
    identity: ServiceClient, user: dict[str, Any], admin_project_id: str, cleanup: Cleanup
) -> None:
    # A role on a project, so that the user can get a scoped token.
    role = role_id(identity, "reader")
    roles.grant_project_user(identity, admin_project_id, user["id"], role)
    cleanup(lambda: roles.revoke_project_user(identity, admin_project_id, user["id"], role))

    before = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    token = tokens.create(
        identity,
        tokens.CreateOpts(
            identity=_password_auth(user),
            scope=tokens.AuthScope(project=tokens.AuthProject(id=admin_project_id)),
        ),
    ).extract()
    audit_id = present(token.audit_ids)[0]
    tokens.revoke(identity, tokens.RevokeOpts(subject_token=str(token.id)))

    events = [e for e in revoke_events.list(identity) if e.audit_id == audit_id]
    assert len(events) == 1
    event = events[0]
    assert event.extra == {}
    assert isinstance(event.issued_before, dt.datetime) and isinstance(
        event.revoked_at, dt.datetime
    )
    assert event.revoked_at >= before

    recent = revoke_events.list(identity, revoke_events.ListOpts(since=before)).all_pages()
    assert audit_id in {e.audit_id for e in revoke_events.extract_revoke_events(recent)}
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    assert audit_id not in {
        e.audit_id for e in revoke_events.list(identity, revoke_events.ListOpts(since=later))
    }


# -- OS-FEDERATION --------------------------------------------------------------


def test_identity_provider_crud(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    idp_id = unique("ext-idp")
    remote = [unique("remote"), unique("remote")]
    idp = identity_providers.create(
        identity,
        idp_id,
        identity_providers.CreateOpts(
            domain_id="default", description="an IdP", remote_ids=remote, enabled=True
        ),
    ).extract()
    cleanup(lambda: identity_providers.delete(identity, idp_id))
    assert idp.id == idp_id and idp.domain_id == "default" and idp.enabled is True
    assert isinstance(idp.remote_ids, list) and sorted(idp.remote_ids) == sorted(remote)
    assert idp.authorization_ttl is None and idp.extra == {}

    got = identity_providers.get(identity, idp_id).extract()
    assert isinstance(got.remote_ids, list) and sorted(got.remote_ids) == sorted(remote)
    assert (got.id, got.description) == (idp_id, "an IdP")
    assert isinstance(got.links, identity_providers.Links)
    assert str(got.links.self).endswith(f"/identity_providers/{idp_id}")

    by_id = list(identity_providers.list(identity, identity_providers.ListOpts(id=idp_id)))
    assert [i.id for i in by_id] == [idp_id] and by_id[0].extra == {}
    # (Keystone 30 adds the protocols link to listed IdPs only.)
    assert isinstance(by_id[0].links, identity_providers.Links)
    assert str(by_id[0].links.protocols).endswith(f"/identity_providers/{idp_id}/protocols")
    assert idp_id in {
        i.id for i in identity_providers.list(identity, identity_providers.ListOpts(enabled=True))
    }
    assert idp_id not in {
        i.id for i in identity_providers.list(identity, identity_providers.ListOpts(enabled=False))
    }

    updated = identity_providers.update(
        identity,
        idp_id,
        identity_providers.UpdateOpts(
            enabled=False, remote_ids=[remote[0]], description=None, authorization_ttl=30
        ),
    ).extract()
    assert (
        updated.enabled,
        updated.remote_ids,
        updated.description,
        updated.authorization_ttl,
    ) == (
        False,
        [remote[0]],
        None,
        30,
    )

    # remote IDs are unique across identity providers
    with pytest.raises(errors.Conflict):
        identity_providers.create(
            identity,
            unique("ext-idp"),
            identity_providers.CreateOpts(domain_id="default", remote_ids=[remote[0]]),
        )

    identity_providers.delete(identity, idp_id)
    with pytest.raises(errors.NotFound):
        identity_providers.get(identity, idp_id)


RULES: list[dict[str, Any]] = [
    {
        "local": [{"user": {"name": "{0}"}}, {"group": {"id": "0cd5e9"}}],
        "remote": [
            {"type": "UserName"},
            {"type": "orgPersonType", "not_any_of": ["Contractor", "Guest"]},
        ],
    }
]


def test_mapping_crud(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    mid = unique("ext-map")
    m = mappings.create(identity, mid, mappings.CreateOpts(rules=RULES)).extract()
    cleanup(lambda: mappings.delete(identity, mid))
    assert m.id == mid and m.rules == RULES and m.schema_version and m.extra == {}

    assert mappings.get(identity, mid).extract() == m
    assert mid in {x.id for x in mappings.list(identity)}

    new_rules = [{"local": [{"user": {"name": "{0}"}}], "remote": [{"type": "REMOTE_USER"}]}]
    updated = mappings.update(identity, mid, mappings.UpdateOpts(rules=new_rules)).extract()
    assert updated.rules == new_rules
    assert mappings.get(identity, mid).extract().rules == new_rules

    with pytest.raises(errors.BadRequest):
        mappings.update(identity, mid, mappings.UpdateOpts(rules=[{"local": []}]))

    mappings.delete(identity, mid)
    with pytest.raises(errors.NotFound):
        mappings.get(identity, mid)


def test_federation_protocol_crud(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    idp_id, m1, m2 = unique("ext-idp"), unique("ext-map"), unique("ext-map")
    identity_providers.create(identity, idp_id, identity_providers.CreateOpts(domain_id="default"))
    cleanup(lambda: identity_providers.delete(identity, idp_id))
    mappings.create(identity, m1, mappings.CreateOpts(rules=RULES))
    cleanup(lambda: mappings.delete(identity, m1))
    mappings.create(identity, m2, mappings.CreateOpts(rules=RULES))
    cleanup(lambda: mappings.delete(identity, m2))

    proto = federation_protocols.create(
        identity, idp_id, "mapped", federation_protocols.CreateOpts(mapping_id=m1)
    ).extract()
    cleanup(lambda: federation_protocols.delete(identity, idp_id, "mapped"))
    assert (proto.id, proto.mapping_id) == ("mapped", m1)
    assert proto.extra == {}

    got = federation_protocols.get(identity, idp_id, "mapped").extract()
    assert (got.id, got.mapping_id) == ("mapped", m1)
    listed = list(federation_protocols.list(identity, idp_id))
    assert [(p.id, p.idp_id, p.mapping_id) for p in listed] == [("mapped", idp_id, m1)]
    assert listed[0].remote_id_attribute is None and listed[0].extra == {}

    updated = federation_protocols.update(
        identity,
        idp_id,
        "mapped",
        federation_protocols.UpdateOpts(
            mapping_id=m2, remote_id_attribute="Shib-Identity-Provider"
        ),
    ).extract()
    assert updated.mapping_id == m2
    (after,) = federation_protocols.list(identity, idp_id)
    assert (after.mapping_id, after.remote_id_attribute) == (m2, "Shib-Identity-Provider")

    # The route answers, but Keystone refuses: the IdP is disabled (the default), and no web
    # server module asserts an identity here. The call goes without the admin's token.
    with pytest.raises(errors.Forbidden):
        federation_protocols.authenticate(
            identity,
            idp_id,
            "mapped",
            federation_protocols.AuthenticateOpts(authorization="Bearer x"),
        )

    federation_protocols.delete(identity, idp_id, "mapped")
    with pytest.raises(errors.NotFound):
        federation_protocols.get(identity, idp_id, "mapped")
    assert list(federation_protocols.list(identity, idp_id)) == []


def test_service_provider_crud(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    sp_id = unique("ext-sp")
    auth_url = (
        f"https://{sp_id}.example/v3/OS-FEDERATION/identity_providers/us/protocols/saml2/auth"
    )
    sp_url = f"https://{sp_id}.example/Shibboleth.sso/SAML2/ECP"
    sp = service_providers.create(
        identity,
        sp_id,
        service_providers.CreateOpts(auth_url=auth_url, sp_url=sp_url, description="remote"),
    ).extract()
    cleanup(lambda: service_providers.delete(identity, sp_id))
    assert (sp.id, sp.auth_url, sp.sp_url, sp.description) == (sp_id, auth_url, sp_url, "remote")
    assert sp.enabled is False and sp.relay_state_prefix  # server defaults
    assert sp.extra == {}

    assert service_providers.get(identity, sp_id).extract() == sp
    assert [
        s.id for s in service_providers.list(identity, service_providers.ListOpts(id=sp_id))
    ] == [sp_id]
    assert sp_id in {
        s.id for s in service_providers.list(identity, service_providers.ListOpts(enabled=False))
    }

    updated = service_providers.update(
        identity, sp_id, service_providers.UpdateOpts(enabled=True, relay_state_prefix="ss:temp:")
    ).extract()
    assert (updated.enabled, updated.relay_state_prefix, updated.sp_url) == (
        True,
        "ss:temp:",
        sp_url,
    )
    assert sp_id in {
        s.id for s in service_providers.list(identity, service_providers.ListOpts(enabled=True))
    }

    service_providers.delete(identity, sp_id)
    with pytest.raises(errors.NotFound):
        service_providers.get(identity, sp_id)


def test_federated_projects_and_domains(identity: ServiceClient, admin_project_id: str) -> None:
    # The deprecated OS-FEDERATION aliases of /auth/projects and /auth/domains answer for
    # any token: here the admin's, which has a role on the admin project only.
    scopes = list(identity_providers.list_federated_projects(identity))
    assert admin_project_id in {p.id for p in scopes}
    assert all(p.extra == {} for p in scopes)
    domains = identity_providers.list_federated_domains(identity).all_pages()
    assert all(d.extra == {} for d in domains.extract())


# -- OS-OAUTH1 ------------------------------------------------------------------


def test_consumer_crud(identity: ServiceClient, cleanup: Cleanup) -> None:
    c = consumers.create(identity, consumers.CreateOpts(description="my app")).extract()
    cid = str(c.id)
    cleanup(lambda: consumers.delete(identity, cid))
    assert c.description == "my app" and isinstance(c.secret, str) and c.secret
    assert c.secret not in repr(c)

    got = consumers.get(identity, cid).extract()
    assert (got.id, got.description) == (cid, "my app")
    assert not got.is_set("secret")  # only create reveals it
    assert cid in {x.id for x in consumers.list(identity)}

    updated = consumers.update(identity, cid, consumers.UpdateOpts(description=None)).extract()
    assert updated.description is None

    consumers.delete(identity, cid)
    with pytest.raises(errors.NotFound):
        consumers.get(identity, cid)


def _pct(value: str) -> str:
    return quote(value, safe="~")


def _oauth1_post(
    identity: ServiceClient,
    path: str,
    consumer: tuple[str, str],
    token: tuple[str, str] | None,
    extra: dict[str, str],
    headers: dict[str, str] | None = None,
) -> dict[str, str]:
    """An OAuth1 (RFC 5849, HMAC-SHA1) signed POST; the form-encoded answer as a dict."""
    url = identity.endpoint + path
    params = {
        "oauth_consumer_key": consumer[0],
        "oauth_nonce": uuid.uuid4().hex,
        "oauth_signature_method": "HMAC-SHA1",
        "oauth_timestamp": str(int(time.time())),
        "oauth_version": "1.0",
        **extra,
    }
    if token is not None:
        params["oauth_token"] = token[0]
    normalized = "&".join(
        f"{_pct(k)}={_pct(v)}" for k, v in sorted((_pct(k), _pct(v)) for k, v in params.items())
    )
    base = "&".join(["POST", _pct(url), _pct(normalized)])
    key = f"{_pct(consumer[1])}&{_pct(token[1] if token else '')}"
    params["oauth_signature"] = base64.b64encode(
        hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
    ).decode()
    auth = "OAuth " + ", ".join(f'{_pct(k)}="{_pct(v)}"' for k, v in params.items())
    resp = identity.provider.request(
        "POST",
        url,
        headers={"Authorization": auth, **(headers or {})},
        ok=(201,),
        authenticated=False,
    )
    return dict(parse_qsl(resp.text))


def test_oauth1_access_tokens(
    identity: ServiceClient, admin_user_id: str, admin_project_id: str, cleanup: Cleanup
) -> None:
    c = consumers.create(identity, consumers.CreateOpts(description="delegate")).extract()
    cid, secret = str(c.id), str(c.secret)
    cleanup(lambda: consumers.delete(identity, cid))

    # consumer: get a request token for the admin project (form-encoded, OAuth-signed)
    request = _oauth1_post(
        identity,
        "/OS-OAUTH1/request_token",
        (cid, secret),
        None,
        {"oauth_callback": "oob"},
        headers={"Requested-Project-Id": admin_project_id},
    )
    # user: authorize it with one role (JSON, through the SDK)
    member = role_id(identity, "member")
    auth = oauth1_access_tokens.authorize_request_token(
        identity,
        request["oauth_token"],
        oauth1_access_tokens.AuthorizeRequestTokenOpts(
            roles=[oauth1_access_tokens.RoleRef(name="member")]
        ),
    ).extract()
    assert isinstance(auth.oauth_verifier, str) and auth.oauth_verifier
    assert auth.oauth_verifier not in repr(auth)
    # consumer: exchange it for an access token
    access = _oauth1_post(
        identity,
        "/OS-OAUTH1/access_token",
        (cid, secret),
        (request["oauth_token"], request["oauth_token_secret"]),
        {"oauth_verifier": auth.oauth_verifier},
    )
    atid = access["oauth_token"]
    cleanup(lambda: oauth1_access_tokens.delete(identity, admin_user_id, atid))

    listed = list(oauth1_access_tokens.list(identity, admin_user_id))
    assert [t.id for t in listed] == [atid]
    got = oauth1_access_tokens.get(identity, admin_user_id, atid).extract()
    assert (got.id, got.consumer_id, got.project_id, got.authorizing_user_id) == (
        atid,
        cid,
        admin_project_id,
        admin_user_id,
    )
    assert got.extra == {} and isinstance(got.links, oauth1_access_tokens.Links)
    assert str(got.links.roles).endswith(f"/access_tokens/{atid}/roles")
    assert got.expires_at is None or isinstance(got.expires_at, dt.datetime)

    roles = list(oauth1_access_tokens.list_roles(identity, admin_user_id, atid))
    assert [(r.id, r.name) for r in roles] == [(member, "member")]
    assert roles[0].extra == {}
    role = oauth1_access_tokens.get_role(identity, admin_user_id, atid, member).extract()
    assert (role.id, role.name) == (member, "member")
    with pytest.raises(errors.NotFound):
        oauth1_access_tokens.get_role(identity, admin_user_id, atid, role_id(identity, "admin"))

    oauth1_access_tokens.delete(identity, admin_user_id, atid)
    with pytest.raises(errors.NotFound):
        oauth1_access_tokens.get(identity, admin_user_id, atid)
    assert list(oauth1_access_tokens.list(identity, admin_user_id)) == []


def test_provider_authenticates_trust_scoped(
    keystone: KeystoneInfo, trust: trusts.Trust, trustee: dict[str, Any], admin_project_id: str
) -> None:
    """AuthOptions(trust_id=...) gives a provider whose token is scoped by the trust."""
    provider = authenticated_client(
        AuthOptions(
            identity_endpoint=keystone.auth_url,
            user_id=trustee["id"],
            password=trustee["password"],
            trust_id=str(trust.id),
        )
    )
    info = provider.token_info
    assert info is not None and info.project_id == admin_project_id
    assert info.body["OS-TRUST:trust"]["id"] == trust.id
    assert (
        AuthOptions.from_env({"OS_AUTH_URL": keystone.auth_url, "OS_TRUST_ID": "t1"}).trust_id
        == "t1"
    )
