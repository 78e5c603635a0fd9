"""Authentication and endpoint lookup against the real Keystone."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

import stacksdk.identity.v3 as identity_v3
from stacksdk.identity.v3 import projects, roles, tokens
from stacksdk.runtime import (
    AuthOptions,
    EndpointOpts,
    ProviderClient,
    ServiceClient,
    authenticate,
    authenticated_client,
    errors,
    new_client,
)
from tests.localcloud.keystone import KeystoneInfo

from .conftest import admin_options
from .helpers import role_id


def _root(info: KeystoneInfo) -> str:
    return info.auth_url.rsplit("/v3", 1)[0]


def test_password_by_name_and_domain_project_scope(
    admin_provider: ProviderClient, keystone: KeystoneInfo
) -> None:
    info = admin_provider.token_info
    assert info is not None and info.project_id and info.user_id
    assert info.body["project"]["name"] == keystone.admin_project
    assert "password" in info.body["methods"]
    assert admin_provider.token and admin_provider.token not in repr(info)


def test_version_discovery_from_unversioned_url(keystone: KeystoneInfo) -> None:
    provider = authenticated_client(admin_options(keystone, identity_endpoint=_root(keystone)))
    assert provider.identity_v3 == keystone.auth_url
    client = identity_v3.new_client(provider)
    assert client.endpoint == keystone.auth_url


def test_user_id_project_id_domain_and_unscoped(
    admin_provider: ProviderClient, identity: ServiceClient, keystone: KeystoneInfo
) -> None:
    info = admin_provider.token_info
    assert info is not None
    # a domain-scoped token needs a role on the domain
    assert info.user_id is not None
    roles.grant_domain_user(identity, keystone.domain_id, info.user_id, role_id(identity, "admin"))
    by_ids = authenticated_client(
        AuthOptions(
            identity_endpoint=keystone.auth_url,
            user_id=info.user_id,
            password=keystone.admin_password,
            project_id=info.project_id,
        )
    )
    assert by_ids.token_info is not None and by_ids.token_info.project_id == info.project_id
    domain = authenticated_client(
        admin_options(keystone, project_name=None, domain_id=keystone.domain_id)
    )
    assert (
        domain.token_info is not None
        and domain.token_info.body["domain"]["id"] == keystone.domain_id
    )
    unscoped = authenticated_client(admin_options(keystone, project_name=None, unscoped=True))
    assert unscoped.token_info is not None and "project" not in unscoped.token_info.body
    assert not unscoped.token_info.body.get("catalog")
    # no catalog: the identity service still resolves to the auth endpoint
    assert identity_v3.new_client(unscoped).endpoint == keystone.auth_url


def test_token_method_rescopes_an_unscoped_token(keystone: KeystoneInfo) -> None:
    unscoped = authenticated_client(admin_options(keystone, project_name=None, unscoped=True))
    assert unscoped.token is not None
    scoped = authenticated_client(
        AuthOptions(
            identity_endpoint=keystone.auth_url,
            token=unscoped.token,
            project_name=keystone.admin_project,
            project_domain_id=keystone.domain_id,
        )
    )
    assert scoped.token_info is not None and scoped.token_info.project_id
    assert scoped.token != unscoped.token


def test_from_env_reads_openrc_variables(keystone: KeystoneInfo) -> None:
    opts = AuthOptions.from_env(keystone.env())
    assert (opts.username, opts.project_name, opts.region_name) == (
        "admin",
        keystone.admin_project,
        keystone.region,
    )
    provider = authenticated_client(opts)
    assert provider.token_info is not None and provider.token_info.project_id
    tenant = AuthOptions.from_env(
        {
            "OS_AUTH_URL": keystone.auth_url,
            "OS_TENANT_NAME": "t",
            "OS_USERNAME": "u",
            "OS_PASSWORD": "p",
        }
    )
    assert tenant.project_name == "t"


def test_bad_password_is_unauthorized_without_leaking_it(
    keystone: KeystoneInfo, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="stacksdk")
    with pytest.raises(errors.Unauthorized) as info:
        authenticated_client(admin_options(keystone, password="wrong-Pa55word!"))
    assert info.value.status == 401 and "/v3/auth/tokens" in info.value.url
    assert "wrong-Pa55word!" not in str(info.value) and "wrong-Pa55word!" not in caplog.text


def test_missing_options_fail_before_any_request() -> None:
    provider = new_client("http://127.0.0.1:9/v3")  # nothing listens on port 9
    with pytest.raises(errors.ConfigError, match="password is missing"):
        authenticate(provider, AuthOptions(identity_endpoint="http://127.0.0.1:9/v3", username="u"))
    with pytest.raises(errors.ConfigError, match="user_domain_id or user_domain_name"):
        authenticate(
            provider,
            AuthOptions(identity_endpoint="http://127.0.0.1:9/v3", username="u", password="p"),
        )
    with pytest.raises(errors.ConfigError, match="identity_endpoint"):
        new_client("")


def test_endpoint_lookup_by_region_interface_and_errors(
    admin_provider: ProviderClient, keystone: KeystoneInfo
) -> None:
    for interface in ("public", "internal", "admin", "publicURL"):
        client = identity_v3.new_client(
            admin_provider, EndpointOpts(region=keystone.region, interface=interface)
        )
        assert client.endpoint == keystone.auth_url
    with pytest.raises(ValueError, match="interface 'private'"):
        EndpointOpts(interface="private")
    spec = identity_v3.SERVICE.__class__(type="dns", version="v2")
    with pytest.raises(
        errors.EndpointNotFound,
        match=r"no 'dns' endpoint for interface 'public' in region 'RegionOne': the catalog has no such service \(it has .*identity",
    ) as caught:
        ServiceClient.for_service(admin_provider, spec, EndpointOpts(region=keystone.region))
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 400
    override = ServiceClient.for_service(
        admin_provider, spec, EndpointOpts(url="http://127.0.0.1:1/dns/v2")
    )
    assert override.endpoint == "http://127.0.0.1:1/dns/v2"


def test_reauthenticates_once_after_token_revocation(
    keystone: KeystoneInfo, identity: ServiceClient, unique: Callable[[str], str]
) -> None:
    provider = authenticated_client(admin_options(keystone))
    client = identity_v3.new_client(provider)
    old = provider.token
    assert old is not None
    # revoke the provider's own token with the admin's
    tokens.revoke(identity, tokens.RevokeOpts(subject_token=old))
    name = unique("reauth")
    p = projects.create(
        client, projects.CreateOpts(name=name, domain_id=keystone.domain_id)
    ).extract()
    try:
        assert provider.token != old and p.name == name
    finally:
        projects.delete(identity, p.id)


def test_no_reauth_when_disabled(keystone: KeystoneInfo, identity: ServiceClient) -> None:
    provider = authenticated_client(admin_options(keystone, allow_reauth=False))
    client = identity_v3.new_client(provider)
    tokens.revoke(identity, tokens.RevokeOpts(subject_token=str(provider.token)))
    with pytest.raises(errors.Unauthorized):
        projects.get(client, "anything")
