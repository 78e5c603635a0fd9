"""The AK/SK signer against huaweicloudsdkcore: every request below is verified by the
loopback server with the vendor SDK's own signer (a mismatch is a 401 there)."""

from __future__ import annotations

import io
import json

import pytest

from stacksdk.runtime import errors
from stacksdk.runtime.auth import AKSKAuthOptions
from stacksdk.runtime.auth.aksk import SignedAuth
from stacksdk.runtime.auth.signer import AKSKSigner, canonical_path, canonical_query
from stacksdk.runtime.pipeline.provider import TRACE

from .hwcloud import AK, SK, HwCloud, expected_authorization


def call(hw: HwCloud, method: str, path: str, **kw: object) -> None:
    hw.reply(200, {"ok": True})
    hw.provider.request(method, hw.url + path, ok=(200,), **kw)  # type: ignore[arg-type]


QUERIES = [
    [("limit", "10"), ("marker", "abc")],
    [("tag", "b"), ("tag", "a"), ("tag", "a")],  # repeated keys, unsorted values
    [("name", "网络 one"), ("ünï", "cödé")],  # unicode keys and values
    [("a+b", "c/d"), ("x y", "1&2=3"), ("~t", "~v"), ("e", "")],  # characters that need encoding
    [("z", "1"), ("Z", "2"), ("_u", "3")],  # case and underscores sort as bytes
]


@pytest.mark.parametrize("query", QUERIES, ids=["plain", "repeated", "unicode", "encoded", "case"])
def test_get_with_query(hw: HwCloud, query: list[tuple[str, str]]) -> None:
    call(hw, "GET", f"/v1/{hw.project_id}/vpcs", params=query)
    assert sorted(hw.api_requests[-1].query) == sorted(query)


@pytest.mark.parametrize(
    "path",
    [
        "/v1/p/vpcs",
        "/v1/p/my%20file",
        "/v1/p/%E7%BD%91%E7%BB%9C/x",
        "/v1/p/a~b/c-d_e.f",
        "/v1/p/trailing/",
    ],
    ids=["plain", "space", "non-ascii", "unreserved", "trailing-slash"],
)
def test_paths(hw: HwCloud, path: str) -> None:
    call(hw, "GET", path)
    assert hw.api_requests[-1].path == path


@pytest.mark.parametrize(
    "body",
    [
        {"vpc": {"name": "a", "cidr": "10.0.0.0/16"}},
        {"name": "网络", "list": [1, 2.5, None, True]},
        {},
    ],
    ids=["json", "unicode-json", "empty-object"],
)
def test_post_json(hw: HwCloud, body: dict[str, object]) -> None:
    call(hw, "POST", f"/v1/{hw.project_id}/vpcs", json=body)
    assert hw.api_requests[-1].json() == body


@pytest.mark.parametrize("method", ["POST", "DELETE", "PUT"])
def test_empty_bodies(hw: HwCloud, method: str) -> None:
    call(hw, method, f"/v1/{hw.project_id}/cloudservers/action")
    assert hw.api_requests[-1].body == b""


def test_extra_and_unicode_headers(hw: HwCloud) -> None:
    call(
        hw,
        "GET",
        "/v1/p/vpcs",
        headers={"X-Client-Token": "idem-123", "X-Note": "café ☕", "X_Underscore": "not signed"},
    )
    req = hw.api_requests[-1]
    signed = req.headers["Authorization"].split("SignedHeaders=")[1].split(",")[0].split(";")
    assert {"x-client-token", "x-note", "host", "x-sdk-date", "x-project-id"} <= set(signed)
    assert "x_underscore" not in signed and "connection" not in signed


def test_a_binary_body_is_signed_as_unsigned_payload(hw: HwCloud) -> None:
    call(
        hw,
        "PUT",
        "/v1/p/objects/blob",
        data=io.BytesIO(b"\x00\x01" * 1000),
        headers={"Content-Type": "application/octet-stream"},
    )
    req = hw.api_requests[-1]
    assert req.headers["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD" and len(req.body) == 2000


def test_temporary_credentials_send_and_sign_the_security_token(hw: HwCloud) -> None:
    from stacksdk.runtime import authenticated_client

    provider = authenticated_client(hw.options(security_token="sts-token-xyz"))
    hw.reply(200, {"ok": True})
    provider.request("GET", hw.url + "/v1/p/vpcs", ok=(200,))
    req = hw.api_requests[-1]
    assert req.headers["X-Security-Token"] == "sts-token-xyz"
    assert "x-security-token" in req.headers["Authorization"]


def test_the_verifier_rejects_a_wrong_secret(hw: HwCloud) -> None:
    from stacksdk.runtime import authenticated_client

    with pytest.raises(errors.Unauthorized):  # even the catalog lookup is refused
        provider = authenticated_client(hw.options(secret_key="not-the-secret"))
        hw.reply(200, {})
        provider.request("GET", hw.url + "/v1/p/vpcs", ok=(200,))
    assert hw.bad_signatures
    hw.bad_signatures.clear()


def test_signer_matches_the_sdk_on_a_fixed_date() -> None:
    """A self-contained vector: same request, fixed X-Sdk-Date, both signers."""
    from tests.unit.server import Request

    headers = {
        "Content-Type": "application/json",
        "X-Sdk-Date": "20260102T030405Z",
        "Host": "vpc.example.com",
    }
    body = json.dumps({"vpc": {"name": "a"}}).encode()
    AKSKSigner(AK, SK).sign("POST", "https://vpc.example.com/v1/p/vpcs?b=2&a=1", headers, body)
    req = Request("POST", "/v1/p/vpcs", [("b", "2"), ("a", "1")], dict(headers), body)
    assert headers["Authorization"] == expected_authorization(req)
    assert headers["Authorization"].startswith(
        f"SDK-HMAC-SHA256 Access={AK}, SignedHeaders=content-type;host;x-sdk-date, Signature="
    )


def test_canonical_forms() -> None:
    assert canonical_path("/v1/a b/%7Ex") == "/v1/a%20b/~x/"
    assert canonical_query("b=2&a=1&a=0&c=") == "a=0&a=1&b=2&c="


def test_secrets_stay_out_of_reprs_and_logs(hw: HwCloud, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRACE, logger="stacksdk")
    opts = hw.options(security_token="sts-secret-token")
    assert SK not in repr(opts) and "sts-secret-token" not in repr(opts)
    assert SK not in repr(AKSKSigner(AK, SK))
    call(hw, "GET", "/v1/p/vpcs")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "Signature=" not in text and SK not in text
    assert "'Authorization': '***'" in text


def test_missing_keys_fail_before_any_request() -> None:
    with pytest.raises(errors.ConfigError, match="secret_key"):
        AKSKAuthOptions(access_key="ak").check()


def test_api_gateway_errors_carry_their_message(hw: HwCloud) -> None:
    hw.reply(
        403,
        {
            "error_code": "APIGW.0101",
            "error_msg": "The API does not exist or has not been published",
        },
    )
    with pytest.raises(errors.Forbidden, match="has not been published"):
        hw.provider.request("GET", hw.url + "/v1/p/nothing", ok=(200,))


# -- the query bytes on the wire, side by side with huaweicloudsdkcore -----------------

SIDE_BY_SIDE = [
    [("name", "a b")],  # %20, never "+"
    [("q", "a+b"), ("r", "1 + 1")],
    [("q", "a&b=c"), ("r", "x=y")],
    [("name", "网络 ünï"), ("ключ", "значение")],
    [("t", "~*'()!$,;:@/?")],
    [("tag", "b"), ("tag", "a"), ("tag", "a b")],  # repeated keys
    [("e", ""), ("f", "")],  # empty values
    [("k y", "v"), ("a", "1"), ("B", "2"), ("_u", "3")],
    [("marker", "%2F%20"), ("x", "100%")],  # already-encoded looking values are data
]


@pytest.mark.parametrize("query", SIDE_BY_SIDE, ids=[f"q{i}" for i in range(len(SIDE_BY_SIDE))])
def test_query_bytes_are_those_of_huaweicloudsdkcore(query: list[tuple[str, str]]) -> None:
    """The raw request target a signed request sends equals the one huaweicloudsdkcore's
    own request builder sends for the same parameters (its signer writes the query, its
    HTTP client hands the URL to requests), byte for byte."""
    import requests
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest
    from huaweicloudsdkcore.signer.signer import Signer

    from stacksdk.runtime import ProviderClient
    from tests.fuzz.loopback import RawServer

    with RawServer("127.0.0.1") as raw:
        ours = ProviderClient(raw.url + "/v3")
        ours.authenticate(SignedAuth(AKSKSigner(AK, SK)))
        ours.request("GET", raw.url + "/v1/p/vpcs", params=query, ok=(200,))

        theirs = SdkRequest(
            method="GET",
            schema="http",
            host=raw.netloc,
            resource_path="/v1/p/vpcs",
            query_params=list(query),
            header_params={"Content-Type": "application/json"},
            body="",
        )
        Signer(BasicCredentials(AK, SK)).sign(theirs)
        with requests.Session() as session:  # what its HTTP client does with the request
            session.get(theirs.url, headers=theirs.header_params, timeout=10)
    (_, our_target, _), (_, their_target, _) = raw.received
    assert our_target == their_target


def test_token_requests_use_the_same_query_encoder(hw: HwCloud) -> None:
    """Token requests keep the caller's order but encode like signed ones (%20)."""
    from stacksdk.runtime import ProviderClient
    from tests.fuzz.loopback import RawServer

    with RawServer("127.0.0.1") as raw:
        provider = ProviderClient(raw.url + "/v3")
        provider.set_token("tok")
        provider.request(
            "GET", raw.url + "/v3/x", params=[("z", "a b"), ("a", "c+d"), ("z", "~")], ok=(200,)
        )
    assert raw.received[0][1] == "/v3/x?z=a%20b&a=c%2Bd&z=~"


@pytest.mark.parametrize("path", ["/v1/p/%2E%2E", "/v1/p/%2E", "/v1/p/%2E%2E/x"])
def test_encoded_dot_segments_are_sent_and_signed_as_they_are(hw: HwCloud, path: str) -> None:
    call(hw, "GET", path)
    assert hw.api_requests[-1].path == path
