"""Safe logging: one DEBUG line per request, bodies only at TRACE, every secret masked —
in requests, responses, retries and the errors a server's echo would otherwise fill."""

from __future__ import annotations

import logging

import pytest

from stacksdk.runtime import ServiceClient, errors
from stacksdk.runtime.model import Opts, Param
from stacksdk.runtime.provider import TRACE
from stacksdk.runtime.redact import mask_headers, mask_json, scrub, secret_values

from .server import Reply, Server

SECRET = "s3cr3t-Pa55word"


def _text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records)


def test_debug_line_has_method_url_status_request_id_and_no_body(
    client: ServiceClient, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    server.handler = lambda r: Reply(201, {"thing": {"id": "n"}}, {"X-Openstack-Request-Id": "req-42"})
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


def test_a_server_echo_of_a_secret_is_scrubbed_from_the_error(client: ServiceClient, server: Server) -> None:
    # Nova's validation errors quote the value they refused
    server.handler = lambda r: Reply(
        400, {"badRequest": {"message": f"Invalid input for field/attribute adminPass. Value: {SECRET}."}}
    )
    with pytest.raises(errors.BadRequest) as err:
        client.provider.request(
            "POST", client.endpoint + "/things", json={"server": {"adminPass": SECRET}}, ok=(202,)
        )
    for text in (str(err.value), repr(err.value), err.value.message, err.value.body.decode()):
        assert SECRET not in text
    assert "Value: ***" in str(err.value)


def test_the_token_is_scrubbed_from_an_error_that_quotes_it(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(403, {"error": {"message": f"token {r.headers['X-Auth-Token']} denied"}})
    with pytest.raises(errors.Forbidden) as err:
        client.provider.request("GET", client.endpoint + "/things")
    assert "tok-1" not in str(err.value) and "token *** denied" in str(err.value)


def test_redact_helpers() -> None:
    assert mask_headers({"x-auth-token": "t", "Accept": "a"}) == {"x-auth-token": "***", "Accept": "a"}
    assert secret_values({"a": [{"password": "hunter22"}], "token": {"id": "abcd1234"}, "pwd": "x"}) == [
        "hunter22",
        "abcd1234",
    ]
    assert scrub("a hunter22 b hunter2", ["hunter2", "hunter22"]) == "a *** b ***"
    assert mask_json({"password": None}) == {"password": None}
