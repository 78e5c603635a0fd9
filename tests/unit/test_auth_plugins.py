"""Auth plugins against the local server: no auth and HTTP basic (standalone services),
the token plugin's single-flight renewal, and the plugin protocol as the provider uses it."""

from __future__ import annotations

import base64
import threading
from pathlib import Path

import pytest

from stacksdk.runtime import (
    EndpointOpts,
    HTTPBasicAuth,
    NoAuth,
    ProviderClient,
    ServiceClient,
    ServiceSpec,
    TokenAuth,
    authenticated_client,
    cloud_auth_options,
    errors,
)

from .server import Reply, Request, Server

BAREMETAL = ServiceSpec(type="baremetal", version="v1")
PASSWORD = "basic-pass-Zq81x"


def test_no_auth_sends_no_credentials_to_the_given_endpoint(server: Server) -> None:
    server.handler = lambda r: Reply(200, {"nodes": []})
    provider = authenticated_client(NoAuth(endpoint=server.url + "/baremetal"))
    client = ServiceClient.for_service(provider, BAREMETAL)
    assert client.endpoint == server.url + "/baremetal"
    provider.request("GET", client.endpoint + "/v1/nodes")
    sent = server.requests[-1].headers
    assert "X-Auth-Token" not in sent and "Authorization" not in sent
    assert provider.token is None and provider.project_id is None


def test_no_auth_overrides_and_explicit_urls_win(server: Server) -> None:
    opts = NoAuth(server.url + "/any", endpoint_overrides={"baremetal": server.url + "/bm"})
    provider = authenticated_client(opts)
    assert ServiceClient.for_service(provider, BAREMETAL).endpoint == server.url + "/bm"
    other = ServiceSpec(type="image", version="v2")
    assert ServiceClient.for_service(provider, other).endpoint == server.url + "/any"
    explicit = EndpointOpts(url=server.url + "/x")
    assert ServiceClient.for_service(provider, BAREMETAL, explicit).endpoint == server.url + "/x"


def test_no_auth_needs_an_endpoint() -> None:
    with pytest.raises(errors.ConfigError, match="an endpoint is required"):
        NoAuth()


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_http_basic_sends_the_credentials_to_its_endpoint(server: Server) -> None:
    server.handler = lambda r: Reply(200, {"nodes": []})
    provider = authenticated_client(HTTPBasicAuth("ironic", PASSWORD, server.url))
    provider.request("GET", server.url + "/v1/nodes")
    assert server.requests[-1].headers["Authorization"] == _basic("ironic", PASSWORD)
    assert "X-Auth-Token" not in server.requests[-1].headers


def test_http_basic_401_is_raised_without_reauth(server: Server) -> None:
    server.handler = lambda r: Reply(
        401, {"error": {"message": f"bad {r.headers.get('Authorization')}"}}
    )
    opts = HTTPBasicAuth("ironic", PASSWORD, server.url)
    provider = authenticated_client(opts)
    with pytest.raises(errors.Unauthorized) as err:
        provider.request("GET", server.url + "/v1/nodes")
    assert len(server.requests) == 1  # not resent: nothing to renew
    encoded = _basic("ironic", PASSWORD)[6:]
    for text in (
        str(err.value),
        repr(err.value),
        err.value.message,
        repr(opts),
        repr(provider.auth),
    ):
        assert PASSWORD not in text and encoded not in text


def test_http_basic_credentials_never_go_to_another_host(server: Server) -> None:
    other = Server()
    with other:
        other.handler = lambda r: Reply(200, {})
        provider = authenticated_client(HTTPBasicAuth("ironic", PASSWORD, server.url))
        with pytest.raises(errors.UnsafeRedirect, match="refusing to send credentials"):
            provider.request("GET", other.url + "/v1/nodes")
        provider.request("GET", other.url + "/", authenticated=False)  # unauthenticated: allowed
    assert [r.headers.get("Authorization") for r in other.requests] == [None]


def test_http_basic_refuses_bad_credentials_before_sending() -> None:
    with pytest.raises(errors.ConfigError, match="':'"):
        HTTPBasicAuth("a:b", PASSWORD, "http://127.0.0.1:9")
    with pytest.raises(errors.ConfigError, match="control character"):
        HTTPBasicAuth("a", "pw\nX-Injected: 1", "http://127.0.0.1:9")
    with pytest.raises(errors.ConfigError, match="username and password"):
        HTTPBasicAuth("a", "", "http://127.0.0.1:9")


def _clouds(tmp_path: Path, body: str) -> dict[str, str]:
    (tmp_path / "clouds.yaml").write_text("clouds:\n  c:\n" + body)
    return {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "no.yaml"),
    }


def test_clouds_yaml_auth_type_none_and_http_basic(server: Server, tmp_path: Path) -> None:
    env = _clouds(
        tmp_path, f"    auth_type: none\n    baremetal_endpoint_override: {server.url}/bm\n"
    )
    opts = cloud_auth_options("c", env)
    assert isinstance(opts, NoAuth) and not isinstance(opts, HTTPBasicAuth)
    assert (
        ServiceClient.for_service(authenticated_client(opts), BAREMETAL).endpoint
        == server.url + "/bm"
    )

    env = _clouds(
        tmp_path,
        f"    auth_type: http_basic\n    auth:\n      endpoint: {server.url}\n"
        f"      username: ironic\n      password: {PASSWORD}\n",
    )
    basic = cloud_auth_options("c", env)
    assert isinstance(basic, HTTPBasicAuth) and PASSWORD not in repr(basic)
    server.handler = lambda r: Reply(200, {})
    authenticated_client(basic).request("GET", server.url + "/v1")
    assert server.requests[-1].headers["Authorization"] == _basic("ironic", PASSWORD)


def test_clouds_yaml_standalone_errors_name_the_key(tmp_path: Path) -> None:
    env = _clouds(
        tmp_path,
        "    auth_type: http_basic\n    auth:\n      endpoint: http://127.0.0.1:9\n      username: u\n",
    )
    with pytest.raises(
        errors.ConfigError, match=r"clouds\.c\.auth: auth_type http_basic needs 'password'"
    ):
        cloud_auth_options("c", env)
    env = _clouds(tmp_path, "    auth_type: none\n")
    with pytest.raises(errors.ConfigError, match="needs 'endpoint'"):
        cloud_auth_options("c", env)
    env = _clouds(
        tmp_path,
        "    auth_type: none\n    auth:\n      endpoint: http://127.0.0.1:9\n      password: x\n",
    )
    with pytest.raises(errors.ConfigError, match="'password' is not used by auth_type none"):
        cloud_auth_options("c", env)


def test_token_renewal_is_single_flight_across_threads(server: Server) -> None:
    """Eight threads send with the same stale token at once: exactly one new token is
    issued, and every thread's request succeeds with it."""
    issued: list[str] = []
    lock = threading.Lock()

    def issue() -> tuple[str, None]:
        with lock:
            issued.append(f"tok-{len(issued) + 2}")
            return issued[-1], None

    stale_seen = threading.Barrier(8, timeout=10)

    def handler(r: Request) -> Reply:
        if r.headers["X-Auth-Token"] == "tok-1":
            stale_seen.wait()  # every thread has sent the stale token before any gets 401
            return Reply(401, {"error": {"message": "expired"}})
        return Reply(200, {"ok": r.headers["X-Auth-Token"]})

    server.handler = handler
    provider = ProviderClient(server.url + "/identity/v3")
    plugin = TokenAuth(issue=issue)
    provider.authenticate(plugin)
    plugin.install("tok-1")
    answers: list[object] = []
    failures: list[BaseException] = []

    def call() -> None:
        try:
            answers.append(provider.request("GET", server.url + "/v1/x").json())
        except BaseException as exc:  # noqa: BLE001 -- reported below
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not failures and not any(t.is_alive() for t in threads)
    assert issued == ["tok-2"] and provider.reauth_count == 1
    assert answers == [{"ok": "tok-2"}] * 8


def test_a_plugin_serves_one_provider(server: Server) -> None:
    plugin = TokenAuth()
    ProviderClient(server.url + "/v3").authenticate(plugin)
    with pytest.raises(errors.ConfigError, match="already serves another provider"):
        ProviderClient(server.url + "/v3").authenticate(plugin)


def test_a_failed_authentication_keeps_the_previous_plugin(server: Server) -> None:
    provider = ProviderClient(server.url + "/v3")
    provider.set_token("tok-1")
    before = provider.auth

    class Refusing(TokenAuth):
        def attach(self, provider: ProviderClient) -> None:
            raise errors.ConfigError("no")

    with pytest.raises(errors.ConfigError):
        provider.authenticate(Refusing())
    assert provider.auth is before and provider.token == "tok-1"


def test_an_authenticated_request_without_credentials_is_refused_before_sending(
    server: Server,
) -> None:
    provider = ProviderClient(server.url + "/v3")
    with pytest.raises(errors.ConfigError, match="no credentials"):
        provider.request("GET", server.url + "/v3/projects")
    assert server.requests == []
    empty = ProviderClient(server.url + "/v3")
    empty.authenticate(TokenAuth())  # a token plugin with no token and no issuer
    with pytest.raises(errors.ConfigError, match="no token"):
        empty.request("GET", server.url + "/v3/projects")
    assert server.requests == []


def test_os_auth_type_none_picks_no_auth(server: Server, tmp_path: Path) -> None:
    env = _clouds(tmp_path, f"    auth:\n      endpoint: {server.url}/bm\n")
    opts = cloud_auth_options("c", {**env, "OS_AUTH_TYPE": "none"})
    assert isinstance(opts, NoAuth)
    assert (
        ServiceClient.for_service(authenticated_client(opts), BAREMETAL).endpoint
        == server.url + "/bm"
    )
