"""What configuration changes at authentication: token passthrough (validate, never
reissue, never reauth), v3token rescoping, and TLS/timeout settings on the provider."""

from __future__ import annotations

from pathlib import Path

import pytest

import stacksdk.block_storage.v3 as block_storage
from stacksdk.runtime import AuthOptions, authenticated_client, errors

from .server import Reply, Request, Server

TOKEN = "gAAAA-passthrough-token"
NEW_TOKEN = "gAAAA-issued-token"


def _token_body(server: Server) -> dict[str, object]:
    return {
        "token": {
            "methods": ["token"],
            "expires_at": "2999-01-01T00:00:00.000000Z",
            "user": {"id": "u1"},
            "project": {"id": "p1"},
            "catalog": [
                {
                    "type": "block-storage",
                    "name": "cinder",
                    "endpoints": [
                        {
                            "interface": "public",
                            "region": "R1",
                            "region_id": "R1",
                            "url": server.url + "/volume/v3/p1",
                        },
                    ],
                }
            ],
        }
    }


def _keystone(server: Server) -> None:
    """GET /v3/auth/tokens validates TOKEN; POST issues NEW_TOKEN; anything else is 401."""

    def handle(req: Request) -> Reply:
        if req.path == "/v3/auth/tokens" and req.method == "GET":
            if (
                req.headers.get("X-Auth-Token") == TOKEN
                and req.headers.get("X-Subject-Token") == TOKEN
            ):
                return Reply(200, _token_body(server), {"X-Subject-Token": TOKEN})
            return Reply(404, {"error": {"code": 404, "message": "Could not find token."}})
        if req.path == "/v3/auth/tokens" and req.method == "POST":
            return Reply(201, _token_body(server), {"X-Subject-Token": NEW_TOKEN})
        return Reply(
            401,
            {
                "error": {
                    "code": 401,
                    "message": "The request you have made requires authentication.",
                }
            },
        )

    server.handler = handle


def _auth_requests(server: Server) -> list[str]:
    return [r.method for r in server.requests if r.path == "/v3/auth/tokens"]


def test_os_token_alone_is_validated_not_reissued_and_never_renewed(server: Server) -> None:
    _keystone(server)
    opts = AuthOptions.from_env(
        {"OS_AUTH_URL": server.url + "/v3", "OS_TOKEN": TOKEN, "OS_PROJECT_NAME": "ignored"}
    )
    assert opts.token_passthrough and TOKEN not in repr(opts)
    provider = authenticated_client(opts)
    assert provider.token == TOKEN
    assert provider.token_info is not None and provider.token_info.project_id == "p1"
    # the catalog came with the validation: service clients find their endpoints
    assert block_storage.new_client(provider).endpoint == server.url + "/volume/v3/p1"
    (get,) = [r for r in server.requests if r.path == "/v3/auth/tokens"]
    assert (get.method, get.headers["X-Auth-Token"], get.headers["X-Subject-Token"]) == (
        "GET",
        TOKEN,
        TOKEN,
    )
    # a 401 later simply raises: there is nothing to renew the token with
    with pytest.raises(errors.Unauthorized) as info:
        provider.request("GET", server.url + "/v3/projects")
    assert _auth_requests(server) == ["GET"]
    assert TOKEN not in str(info.value)


def test_clouds_yaml_token_auth_type_passes_through(server: Server, tmp_path: Path) -> None:
    _keystone(server)
    for auth_type in ("token", "admin_token"):
        (tmp_path / "clouds.yaml").write_text(
            f"clouds:\n  c:\n    auth_type: {auth_type}\n    auth:\n      auth_url: {server.url}/v3\n      token: {TOKEN}\n"
        )
        env = {
            "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
            "OS_CLIENT_SECURE_FILE": str(tmp_path / "no.yaml"),
        }
        provider = authenticated_client(AuthOptions.from_cloud("c", env))
        assert provider.token == TOKEN
    assert _auth_requests(server) == ["GET", "GET"]


def test_an_invalid_passthrough_token_raises_without_showing_it(server: Server) -> None:
    _keystone(server)
    opts = AuthOptions(
        identity_endpoint=server.url + "/v3", token="not-" + TOKEN, token_passthrough=True
    )
    with pytest.raises(errors.NotFound) as info:
        authenticated_client(opts)
    assert "not-" + TOKEN not in str(info.value) and "not-" + TOKEN not in repr(info.value)
    assert _auth_requests(server) == ["GET"]
    with pytest.raises(errors.ConfigError, match="token_passthrough needs a token"):
        authenticated_client(
            AuthOptions(identity_endpoint=server.url + "/v3", token_passthrough=True)
        )


def test_v3token_rescopes_with_a_post_and_may_reauthenticate(server: Server) -> None:
    _keystone(server)
    opts = AuthOptions.from_env(
        {
            "OS_AUTH_URL": server.url + "/v3",
            "OS_TOKEN": TOKEN,
            "OS_AUTH_TYPE": "v3token",
            "OS_PROJECT_ID": "p1",
        }
    )
    assert not opts.token_passthrough
    provider = authenticated_client(opts)
    assert provider.token == NEW_TOKEN
    (post,) = [r for r in server.requests if r.path == "/v3/auth/tokens"]
    assert post.method == "POST"
    assert post.json()["auth"]["identity"] == {"methods": ["token"], "token": {"id": TOKEN}}
    assert post.json()["auth"]["scope"] == {"project": {"id": "p1"}}
    with pytest.raises(errors.Unauthorized):  # the fake answers 401 again after the reauth
        provider.request("GET", server.url + "/v3/projects")
    assert _auth_requests(server) == ["POST", "POST"]


def _pem(tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_text("not used over plain http\n")
    return str(path)


def test_tls_and_timeouts_reach_the_provider(server: Server, tmp_path: Path) -> None:
    _keystone(server)
    cert, key = _pem(tmp_path, "client.pem"), _pem(tmp_path, "client.key")
    (tmp_path / "clouds.yaml").write_text(
        "clouds:\n  c:\n"
        f"    auth:\n      auth_url: {server.url}/v3\n      token: {TOKEN}\n"
        f"    cacert: {tmp_path / 'ca.pem'}\n    cert: {cert}\n    key: {key}\n    api_timeout: 7.5\n"
    )
    env = {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "no.yaml"),
    }
    opts = AuthOptions.from_cloud("c", env)
    provider = authenticated_client(opts)
    assert provider.session.verify == str(tmp_path / "ca.pem")
    assert provider.session.cert == (cert, key)
    assert (provider.connect_timeout, provider.read_timeout) == (7.5, 7.5)
    # explicit keyword arguments win over the options
    mine = authenticated_client(opts, verify=False, read_timeout=3.0)
    assert (mine.session.verify, mine.connect_timeout, mine.read_timeout) == (False, 7.5, 3.0)
    # the default: verification on, the provider's own timeouts, no client certificate
    plain = authenticated_client(
        AuthOptions(identity_endpoint=server.url + "/v3", token=TOKEN, token_passthrough=True)
    )
    assert (plain.session.cert, plain.connect_timeout, plain.read_timeout) == (None, 10.0, 60.0)
    assert plain.session.verify is not False


def test_cert_alone_and_verify_false(server: Server, tmp_path: Path) -> None:
    _keystone(server)
    cert = _pem(tmp_path, "both.pem")
    opts = AuthOptions(
        identity_endpoint=server.url + "/v3",
        token=TOKEN,
        token_passthrough=True,
        cert=cert,
        verify=False,
    )
    provider = authenticated_client(opts)
    assert (provider.session.cert, provider.session.verify) == (cert, False)
    with pytest.raises(errors.ConfigError, match="a client key needs cert"):
        authenticated_client(
            AuthOptions(identity_endpoint=server.url + "/v3", token=TOKEN, key=cert)
        )


def test_endpoint_override_from_clouds_yaml_is_used(server: Server, tmp_path: Path) -> None:
    _keystone(server)
    (tmp_path / "clouds.yaml").write_text(
        "clouds:\n  c:\n"
        f"    auth:\n      auth_url: {server.url}/v3\n      token: {TOKEN}\n"
        f"    block_storage_endpoint_override: {server.url}/override/v3\n"
    )
    env = {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "no.yaml"),
    }
    provider = authenticated_client(AuthOptions.from_cloud("c", env))
    assert block_storage.new_client(provider).endpoint == server.url + "/override/v3"


def _cloud_file(tmp_path: Path, body: str) -> dict[str, str]:
    (tmp_path / "clouds.yaml").write_text(
        "clouds:\n  c:\n" + "".join(f"    {line}\n" for line in body.strip("\n").splitlines())
    )
    return {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "no.yaml"),
    }


@pytest.mark.parametrize(
    ("setting", "default", "sent"),
    [
        ("volume_api_version: '3.59'", "3.59", "volume 3.59"),
        ("block_storage_api_version: 3.10", "3.10", "volume 3.10"),
        ("volume_api_version: 3", None, "volume 3.0"),  # a major version alone negotiates
        ("block_storage_api_version: 3.latest", None, "volume 3.0"),
        ("compute_api_version: '2.79'", None, "volume 3.0"),  # another service's
    ],
)
def test_api_version_is_the_services_default_microversion(
    server: Server, tmp_path: Path, setting: str, default: str | None, sent: str
) -> None:
    from stacksdk.block_storage.v3 import volume_types

    def handle(req: Request) -> Reply:
        if req.path == "/volume/v3/p1/types/t1":
            return Reply(200, {"volume_type": {"id": "t1", "name": "x"}})
        if req.path == "/":  # version discovery: the server offers no microversions
            return Reply(300, {"versions": []})
        return Reply(404, {})

    _keystone(server)
    keystone = server.handler
    server.handler = lambda req: keystone(req) if req.path.startswith("/v3/") else handle(req)
    env = _cloud_file(
        tmp_path, f"auth:\n  auth_url: {server.url}/v3\n  token: {TOKEN}\n{setting}\n"
    )
    provider = authenticated_client(AuthOptions.from_cloud("c", env))
    client = block_storage.new_client(provider)
    assert client.microversion == default
    volume_types.get(client, "t1")
    (got,) = [r for r in server.requests if r.path == "/volume/v3/p1/types/t1"]
    assert got.headers["OpenStack-API-Version"] == sent
    # the caller's own choice still wins
    volume_types.get(client, "t1", microversion="3.5")
    assert server.requests[-1].headers["OpenStack-API-Version"] == "volume 3.5"


def test_a_wrong_password_names_user_scope_url_and_cloud(server: Server, tmp_path: Path) -> None:
    def handle(req: Request) -> Reply:
        return Reply(
            401,
            {
                "error": {
                    "code": 401,
                    "message": "The request you have made requires authentication.",
                }
            },
        )

    server.handler = handle
    env = _cloud_file(
        tmp_path,
        f"auth:\n  auth_url: {server.url}/v3\n  username: alice\n  password: Wr0ng-Pa55\n"
        "  project_name: demo\n  domain_name: Acme\n",
    )
    with pytest.raises(errors.Unauthorized) as info:
        authenticated_client(AuthOptions.from_cloud("c", env))
    text = str(info.value)
    assert "Wr0ng-Pa55" not in text and "Wr0ng-Pa55" not in repr(info.value)
    assert (
        f"tried user 'alice' in domain 'Acme', project 'demo' in domain 'Acme', at {server.url}/v3 (cloud 'c')"
        in text
    )
    by_id = AuthOptions(
        identity_endpoint=server.url + "/v3", user_id="u1", password="x", system_scope="all"
    )
    with pytest.raises(
        errors.Unauthorized, match=f"tried user 'u1', system scope 'all', at {server.url}/v3$"
    ):
        authenticated_client(by_id)
    cred = AuthOptions(
        identity_endpoint=server.url + "/v3",
        application_credential_id="ac1",
        application_credential_secret="s",
    )
    with pytest.raises(
        errors.Unauthorized, match="tried application credential 'ac1', scoped by the credential"
    ):
        authenticated_client(cred)


def test_unknown_region_is_one_short_line() -> None:
    from stacksdk.runtime.endpoints.catalog import Catalog

    def service(stype: str, regions: list[str]) -> dict[str, object]:
        endpoints = [
            {"interface": i, "region_id": r, "url": f"http://127.0.0.1:1/{stype}/{r}/{i}"}
            for r in regions
            for i in ("public", "internal", "admin")
        ]
        return {"type": stype, "name": stype, "endpoints": endpoints}

    regions = [f"Region{n}" for n in range(12)]
    catalog = Catalog(
        [service(t, regions) for t in ("compute", "identity", "image", "network", "volumev3")]
    )
    with pytest.raises(errors.EndpointNotFound) as info:
        catalog.find(["compute"], region="RegionX", interface="public")
    text = str(info.value)
    assert text == (
        "no 'compute' endpoint for interface 'public' in region 'RegionX': the catalog offers it in region "
        "'Region0', 'Region1', 'Region10', 'Region11', 'Region2', 'Region3', 'Region4', 'Region5' and 4 more"
    )
    with pytest.raises(
        errors.EndpointNotFound,
        match=r"no 'dns' endpoint .*: the catalog has no such service \(it has compute, identity, image, network, volumev3\)$",
    ):
        catalog.find(["dns"], region=None, interface="public")
    only_admin = Catalog(
        [
            {
                "type": "placement",
                "endpoints": [{"interface": "admin", "region": "R", "url": "http://127.0.0.1:1/p"}],
            }
        ]
    )
    with pytest.raises(errors.EndpointNotFound, match=r"the catalog offers it only as admin$"):
        only_admin.find(["placement"], region="R", interface="public")
