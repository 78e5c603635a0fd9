"""Safe logging: one DEBUG line per request, bodies only at TRACE, every secret masked —
in requests, responses, retries and the errors a server's echo would otherwise fill."""

from __future__ import annotations

import base64
import json
import logging
import socket
from collections.abc import Iterator

import pytest

from stacksdk.runtime import AuthOptions, ProviderClient, ServiceClient, errors
from stacksdk.runtime.auth import (
    AgencyAuthOptions,
    AKSKAuthOptions,
    TokenInfo,
    authenticated_client,
)
from stacksdk.runtime.auth.signer import AKSKSigner
from stacksdk.runtime.pipeline import redact
from stacksdk.runtime.pipeline.provider import TRACE
from stacksdk.runtime.pipeline.redact import mask_headers, mask_json, scrub, secret_values
from stacksdk.runtime.resources.fields import Opts, Param

from ..fuzz.echoes import FORMS, encode, leak
from .server import Reply, Request, Server

SECRET = "s3cr3t-Pa55word"
TOKEN = "gAAAAABn-passthrough_T0ken-xyz"


@pytest.fixture(autouse=True)
def fresh_registry() -> Iterator[None]:
    """Each test forgets the secrets it made the SDK remember."""
    before = set(redact.remembered())
    yield
    redact.forget(*(s for s in redact.remembered() if s not in before))


def _exposed(exc: BaseException) -> list[str]:
    """Every text an error shows: str, repr, args, and an HTTPError's fields."""
    out = [str(exc), repr(exc), *map(str, exc.args)]
    for name in ("message", "url", "request_id"):
        out.append(str(getattr(exc, name, "")))
    body = getattr(exc, "body", b"")
    out.append(body.decode("utf-8", "replace"))
    out.append(repr(getattr(exc, "headers", {})))
    return out


def _assert_no_leak(texts: list[str], *secrets: str) -> None:
    for text in texts:
        for secret in secrets:
            assert not leak(text, secret), f"{secret!r} leaked in {text[:300]!r}"


def _text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records)


def test_debug_line_has_method_url_status_request_id_and_no_body(
    client: ServiceClient, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    server.handler = lambda r: Reply(
        201, {"thing": {"id": "n"}}, {"X-Openstack-Request-Id": "req-42"}
    )
    caplog.set_level(logging.DEBUG, logger="stacksdk")
    client.provider.request(
        "POST", client.endpoint + "/things", json={"thing": {"adminPass": SECRET}}, ok=(201,)
    )
    line = _text(caplog)
    assert "POST http://127.0.0.1:" in line and "/v1/things -> 201 (req-42) in " in line
    assert SECRET not in line and "adminPass" not in line  # bodies need TRACE
    assert "tok-1" not in line


def test_trace_shows_masked_bodies_and_headers(
    client: ServiceClient, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    server.handler = lambda r: Reply(
        201,
        {"thing": {"id": "n", "adminPass": SECRET, "name": "web"}},
        {"X-Subject-Token": "tok-new"},
    )
    caplog.set_level(TRACE, logger="stacksdk")
    client.provider.request(
        "POST",
        client.endpoint + "/things",
        json={"auth": {"identity": {"password": {"user": {"name": "u", "password": SECRET}}}}},
        ok=(201,),
    )
    text = _text(caplog)
    assert '"name": "web"' in text and '"password": "***"' in text and '"adminPass": "***"' in text
    assert "'X-Auth-Token': '***'" in text and "'X-Subject-Token': '***'" in text
    for secret in (SECRET, "tok-1", "tok-new"):
        assert secret not in text
    assert logging.getLevelName(TRACE) == "TRACE"


def test_fields_a_spec_marks_sensitive_are_masked_too() -> None:
    class VaultOpts(Opts):  # the generator writes sensitive=True for `sensitive: true`
        _params = (Param("passphrase", "vault_passphrase", sensitive=True),)

    assert mask_json({"v": {"vault_passphrase": "abc"}}) == {"v": {"vault_passphrase": "***"}}
    assert VaultOpts._params[0].sensitive


def test_a_server_echo_of_a_secret_is_scrubbed_from_the_error(
    client: ServiceClient, server: Server
) -> None:
    # Nova's validation errors quote the value they refused
    server.handler = lambda r: Reply(
        400,
        {
            "badRequest": {
                "message": f"Invalid input for field/attribute adminPass. Value: {SECRET}."
            }
        },
    )
    with pytest.raises(errors.BadRequest) as err:
        client.provider.request(
            "POST", client.endpoint + "/things", json={"server": {"adminPass": SECRET}}, ok=(202,)
        )
    for text in (str(err.value), repr(err.value), err.value.message, err.value.body.decode()):
        assert SECRET not in text
    assert "Value: ***" in str(err.value)


def test_the_token_is_scrubbed_from_an_error_that_quotes_it(
    client: ServiceClient, server: Server
) -> None:
    server.handler = lambda r: Reply(
        403, {"error": {"message": f"token {r.headers['X-Auth-Token']} denied"}}
    )
    with pytest.raises(errors.Forbidden) as err:
        client.provider.request("GET", client.endpoint + "/things")
    assert "tok-1" not in str(err.value) and "token *** denied" in str(err.value)


def test_redact_helpers() -> None:
    assert mask_headers({"x-auth-token": "t", "Accept": "a"}) == {
        "x-auth-token": "***",
        "Accept": "a",
    }
    assert secret_values(
        {"a": [{"password": "hunter22"}], "token": {"id": "abcd1234"}, "pwd": "x"}
    ) == [
        "hunter22",
        "abcd1234",
    ]
    assert scrub("a hunter22 b hunter2", ["hunter2", "hunter22"]) == "a *** b ***"
    assert mask_json({"password": None}) == {"password": None}


# -- issue 11, class 4: every secret scrubbed, in every encoding ------------------------


def test_a_passthrough_token_keystone_quotes_is_scrubbed_from_not_found(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    # keystone: GET /v3/auth/tokens with an unknown X-Subject-Token answers
    # 404 "Could not find token: <the token>"
    server.handler = lambda r: Reply(
        404,
        {
            "error": {
                "code": 404,
                "title": "Not Found",
                "message": f"Could not find token: {r.headers['X-Subject-Token']}.",
            }
        },
        {"X-Openstack-Request-Id": "req-7"},
    )
    caplog.set_level(TRACE, logger="stacksdk")
    opts = AuthOptions(identity_endpoint=server.url + "/v3", token=TOKEN, token_passthrough=True)
    with pytest.raises(errors.NotFound) as err:
        authenticated_client(opts)
    assert server.requests[-1].headers["X-Subject-Token"] == TOKEN  # it was sent
    assert "Could not find token: ***." in str(err.value) and err.value.status_code == 404
    _assert_no_leak(_exposed(err.value) + [r.getMessage() for r in caplog.records], TOKEN)


@pytest.mark.parametrize("form", FORMS)
def test_an_echo_in_any_encoding_is_scrubbed_from_the_error_and_the_trace(
    form: str, client: ServiceClient, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    echo = encode(SECRET, form)
    body = json.dumps({"badRequest": {"code": 400, "message": "Invalid input. Value: "}})
    raw = body.replace('Value: "', f'Value: {json.dumps(echo)[1:-1]}"').encode()
    raw += b" " + echo.encode()  # and once more outside the JSON string
    server.handler = lambda r: Reply(
        400, raw, {"Content-Type": "application/json", "X-Echo": encode(SECRET, "base64")}
    )
    caplog.set_level(TRACE, logger="stacksdk")
    with pytest.raises(errors.BadRequest) as err:
        client.provider.request(
            "POST", client.endpoint + "/things", json={"thing": {"adminPass": SECRET}}, ok=(202,)
        )
    assert leak(raw.decode(), SECRET)  # the oracle sees what the server sent
    _assert_no_leak(_exposed(err.value) + [r.getMessage() for r in caplog.records], SECRET)


def test_json_escapes_in_the_body_are_scrubbed_and_the_rest_kept(
    client: ServiceClient, server: Server
) -> None:
    secret = 'pa/ss"word-A1'
    redact.remember(secret)
    escaped = "".join("\\u%04x" % ord(c) if i % 2 else c for i, c in enumerate(secret)).replace(
        "/", "\\/"
    )
    raw = ('{"error": {"message": "no such user: ' + escaped + '", "code": 401}}').encode()
    server.handler = lambda r: Reply(403, raw, {"Content-Type": "application/json"})
    with pytest.raises(errors.Forbidden) as err:
        client.provider.request("GET", client.endpoint + "/things")
    assert json.loads(err.value.body) == {"error": {"message": "no such user: ***", "code": 401}}
    assert err.value.message == "no such user: ***"


def test_a_password_the_identity_service_echoes_is_scrubbed(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    def keystone(r: Request) -> Reply:
        password = r.json()["auth"]["identity"]["password"]["user"]["password"]
        message = f"The request you have made requires authentication: {password!r} / {encode(password, 'html')}"
        return Reply(
            401,
            {"error": {"code": 401, "message": message}},
            {"WWW-Authenticate": f"Keystone uri={password}"},
        )

    server.handler = keystone
    caplog.set_level(TRACE, logger="stacksdk")
    opts = AuthOptions(
        identity_endpoint=server.url + "/v3",
        username="alice",
        user_domain_id="default",
        password=SECRET,
    )
    with pytest.raises(errors.Unauthorized) as err:
        authenticated_client(opts)
    texts = _exposed(err.value) + [r.getMessage() for r in caplog.records] + [repr(opts)]
    _assert_no_leak(texts, SECRET)
    assert SECRET in redact.remembered()


def test_aksk_secret_key_and_security_token_are_scrubbed(
    server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    secret_key, security_token = "SK-very-secret-0123456789", "ST-temporary-security-token-42"

    def gateway(r: Request) -> Reply:
        if r.path.endswith("/auth/catalog"):
            return Reply(404, {"error_code": "APIGW.0101", "error_msg": "not found"})
        token = r.headers["X-Security-Token"]
        return Reply(
            403,
            {
                "error_code": "IAM.0001",
                "error_msg": f"token {encode(token, 'percent')} / key {secret_key} denied",
            },
            {"X-Echo-Token": token, "X-Echo-Key": encode(secret_key, "base64")},
        )

    server.handler = gateway
    caplog.set_level(TRACE, logger="stacksdk")
    opts = AKSKAuthOptions(
        access_key="AK-public",
        secret_key=secret_key,
        security_token=security_token,
        identity_endpoint=server.url + "/v3",
        project_id="p-1",
    )
    provider = authenticated_client(opts)
    with pytest.raises(errors.Forbidden) as err:
        provider.request("GET", server.url + "/v1/things")
    assert server.requests[-1].headers["X-Security-Token"] == security_token
    assert err.value.headers["X-Echo-Token"] == "***"
    texts = _exposed(err.value) + [r.getMessage() for r in caplog.records]
    texts += [repr(opts), repr(provider), str(provider), repr(provider.auth)]
    _assert_no_leak(texts, secret_key, security_token)


def test_secret_query_values_are_masked_in_debug_lines_and_errors(
    client: ServiceClient, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    server.handler = lambda r: Reply(
        404 if r.q("limit") == "9" else 200, {"error": {"message": "gone"}}
    )
    caplog.set_level(logging.DEBUG, logger="stacksdk")
    query = "temp_url_sig=0123456789abcdef&temp_url_expires=1700000000&token=tok-in-query&limit="
    client.provider.request("GET", client.endpoint + "/things?" + query + "2")
    with pytest.raises(errors.NotFound) as err:
        client.provider.request(
            "GET",
            client.endpoint + "/things?X-Auth-Token=tok-in-query&password=pw-in-query&limit=9",
        )
    line = "\n".join(r.getMessage() for r in caplog.records)
    assert "temp_url_sig=***&temp_url_expires=1700000000&token=***&limit=2" in line
    assert err.value.url.endswith("/things?X-Auth-Token=***&password=***&limit=9")
    for secret in ("0123456789abcdef", "tok-in-query", "pw-in-query"):
        assert secret not in line and all(secret not in t for t in _exposed(err.value))


def test_url_user_info_is_removed_and_its_password_remembered() -> None:
    url = "https://alice:pa%3Ass-w0rd@keystone.example:5000/v3?token=abc123&limit=1"
    redact.remember_url(url)
    assert "pa:ss-w0rd" in redact.remembered()
    basic = base64.b64encode(b"alice:pa:ss-w0rd").decode()
    err = errors.Unauthorized(
        method="GET",
        url=url,
        status=401,
        headers={
            "Location": url,
            "Set-Cookie": "session=abcdef",
            "X-Subject-Token": "t" * 10,
            "X-Echo": basic,
        },
        body=json.dumps({"error": {"message": f"bad credentials {basic}"}}).encode(),
    )
    assert err.url == "https://keystone.example:5000/v3?token=***&limit=1"
    assert err.headers["Location"] == err.url
    assert err.headers["Set-Cookie"] == err.headers["X-Subject-Token"] == "***"
    _assert_no_leak(_exposed(err), "pa:ss-w0rd", "abc123", "abcdef", "t" * 10)
    transport = errors.ConnectionFailed("refused", method="GET", url=url)
    assert str(transport) == "GET https://keystone.example:5000/v3?token=***&limit=1: refused"
    assert transport.url == err.url


def test_a_transport_failure_chain_holds_no_query_secret(provider: ProviderClient) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    provider.retry_policy = None
    with pytest.raises(errors.ConnectionFailed) as err:
        provider.request(
            "GET", f"http://127.0.0.1:{port}/x?temp_url_sig=sig-0123456789", authenticated=False
        )
    chain: list[BaseException] = []
    e: BaseException | None = err.value
    while e is not None and len(chain) < 20:
        chain.append(e)
        e = e.__cause__ or e.__context__
    assert len(chain) > 1
    for e in chain:
        assert "sig-0123456789" not in str(e) and "sig-0123456789" not in repr(e.args)


def test_error_bodies_that_are_not_json_are_traced_scrubbed(
    client: ServiceClient, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    redact.remember(SECRET)
    page = f"<html><body><h1>Unauthorized</h1><p>key {encode(SECRET, 'html')} refused</p></body></html>"
    server.handler = lambda r: Reply(401, page.encode(), {"Content-Type": "text/html"})
    client.provider.set_reauth(None)
    caplog.set_level(TRACE, logger="stacksdk")
    with pytest.raises(errors.Unauthorized):
        client.provider.request("GET", client.endpoint + "/things")
    text = _text(caplog)
    assert "<h1>Unauthorized</h1><p>key *** refused</p>" in text
    _assert_no_leak([text], SECRET)


def test_deeply_nested_json_is_traced_without_failing(
    client: ServiceClient, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    server.handler = lambda r: Reply(200, deep, {"Content-Type": "application/json"})
    caplog.set_level(TRACE, logger="stacksdk")
    resp = client.provider.request("GET", client.endpoint + "/things")
    assert resp.content == deep
    assert "(200000 bytes of application/json)" in _text(caplog)


def test_every_sdk_error_message_is_scrubbed() -> None:
    redact.remember(SECRET)
    for exc in (
        errors.ConfigError(f"clouds.yaml: bad value {SECRET!r}"),
        errors.SDKError("GET https://u:p@h/?token=zzzzzz failed: " + encode(SECRET, "percent")),
        errors.WaitFailed(f"ERROR: {SECRET}"),
    ):
        _assert_no_leak([str(exc), repr(exc)], SECRET, "zzzzzz")
        assert "***" in str(exc)


def test_short_values_are_not_remembered() -> None:
    redact.remember("abc12", None, "")
    assert "abc12" not in redact.remembered()
    assert redact.MIN_SECRET_LENGTH == 6 and scrub("abc12 stays") == "abc12 stays"
    assert scrub("echo abcd", ["abcd"]) == "echo ***"  # what one request carried: down to 4


def test_the_registry_is_bounded_and_least_recently_used_first() -> None:
    keep = "kept-secret-0"
    redact.remember(keep)
    for i in range(redact.MAX_REMEMBERED - 1):
        redact.remember(f"filler-secret-{i}")
        redact.remember(keep)  # in use: stays
    redact.remember("one-more-secret")
    assert keep in redact.remembered() and len(redact.remembered()) <= redact.MAX_REMEMBERED


def test_reprs_show_no_secret() -> None:
    password, token, app_secret = "pw-0123456789", "tk-0123456789", "as-0123456789"
    url_pw, query_tok = "url-pass-9876", "qtok-98765"
    opts = AuthOptions(
        identity_endpoint=f"https://bob:{url_pw}@keystone:5000/v3",
        username="bob",
        user_domain_id="default",
        password=password,
        token=token,
        application_credential_id="ac",
        application_credential_secret=app_secret,
        endpoint_overrides={"compute": f"https://nova:8774/v2.1?token={query_tok}"},
    )
    aksk = AKSKAuthOptions(
        access_key="AK",
        secret_key="sk-0123456789",
        security_token="st-0123456789",
        identity_endpoint=f"https://u:{url_pw}@iam.example/v3",
    )
    agency = AgencyAuthOptions(principal=aksk, agency_name="ops", domain_id="d")
    signer = AKSKSigner("AK", "sk-0123456789", "st-0123456789")
    info = TokenInfo.from_body(
        {"token": {"user": {"id": "u1"}, "project": {"id": "p1"}, "catalog": []}}
    )
    provider = ProviderClient("http://127.0.0.1:1/v3")
    provider.set_token(token, info)
    texts = [repr(x) for x in (opts, aksk, agency, signer, info, provider)] + [
        str(x) for x in (opts, aksk, provider)
    ]
    _assert_no_leak(
        texts, password, token, app_secret, url_pw, query_tok, "sk-0123456789", "st-0123456789"
    )
    assert (
        "password=***" in repr(opts)
        and "keystone:5000" in repr(opts)
        and "secret_key=***" in repr(aksk)
    )


def test_a_credential_header_of_an_error_is_masked_but_can_be_read(
    client: ServiceClient, server: Server
) -> None:
    # keystone's multi-factor flow: a 401 carries the receipt the next request needs
    receipt = "receipt-0123456789abcdef"
    server.handler = lambda r: Reply(
        401,
        {"receipt": {"methods": ["password"]}},
        {"Openstack-Auth-Receipt": receipt, "Set-Cookie": "s=cookie-value-1"},
    )
    redact.register(headers=["Openstack-Auth-Receipt"])  # the tokens spec marks it sensitive
    client.provider.set_reauth(None)
    with pytest.raises(errors.Unauthorized) as err:
        client.provider.request("POST", client.endpoint + "/auth/tokens", json={}, ok=(201,))
    assert err.value.headers["Openstack-Auth-Receipt"] == err.value.headers["Set-Cookie"] == "***"
    assert err.value.sensitive_header("openstack-auth-receipt") == receipt
    assert err.value.sensitive_header("Set-Cookie") == "s=cookie-value-1"
    assert err.value.sensitive_header("X-Subject-Token") is None
    assert receipt not in repr(vars(err.value)) and receipt not in repr(err.value)
