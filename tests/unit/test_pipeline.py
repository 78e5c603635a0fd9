"""The request pipeline against a scripted local server: results, errors,
reauth, 429 backoff, host checks, microversions."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import pytest

from stacksdk.runtime import UNSET, Operation, ProviderClient, ServiceClient, Unset, errors
from stacksdk.runtime import types as t
from stacksdk.runtime.resources.fields import Opts, Param
from stacksdk.runtime.resources.service import MicroversionSpec, ServiceSpec

from .conftest import Thing, ThingListOpts
from .server import Reply, Request, Server

GET = Operation("things.get", "GET", "/things/{thing_id}", ok=(200,), response_key="thing")
CREATE = Operation(
    "things.create",
    "POST",
    "/things",
    ok=(201,),
    request_kind="json",
    request_key="thing",
    response_key="thing",
)
DELETE = Operation(
    "things.delete", "DELETE", "/things/{thing_id}", ok=(204,), response_kind="empty"
)


def test_get_extracts_typed_model_and_exposes_http(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(
        200, {"thing": {"id": "a b", "name": "n", "new": 1}}, {"X-Openstack-Request-Id": "req-1"}
    )
    result = client.call(GET, {"thing_id": "a b"}, model=Thing)
    thing = result.extract()
    assert isinstance(thing, Thing)
    assert (thing.id, thing.name, thing.extra) == ("a b", "n", {"new": 1})
    assert result.status_code == 200 and result.request_id == "req-1"
    assert result.body == {"thing": {"id": "a b", "name": "n", "new": 1}}
    req = server.requests[0]
    assert req.path == "/v1/things/a%20b"
    assert req.headers["X-Auth-Token"] == "tok-1"
    assert req.headers["Accept"] == "application/json"


def test_create_sends_wrapped_body(client: ServiceClient, server: Server) -> None:
    from dataclasses import dataclass
    from typing import ClassVar

    from stacksdk.runtime import REQUIRED, UNSET
    from stacksdk.runtime import types as t
    from stacksdk.runtime.resources.fields import Opts, Param

    @dataclass(kw_only=True, repr=False)
    class CreateOpts(Opts):
        name: str = REQUIRED
        description: str | None | Unset = UNSET
        _params: ClassVar[tuple[Param, ...]] = (
            Param("name", "name", t.STRING, required=True),
            Param("description", "description", t.STRING, nullable=True),
        )

    server.handler = lambda r: Reply(201, {"thing": {"id": "1", **r.json()["thing"]}})
    thing = client.call(CREATE, model=Thing, opts=CreateOpts(name="x", description=None)).extract()
    assert server.requests[0].json() == {"thing": {"name": "x", "description": None}}
    assert thing.id == "1" and thing.extra == {"description": None}


def test_http_errors_are_typed_with_server_message(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(
        404,
        {"itemNotFound": {"message": "Thing x could not be found.", "code": 404}},
        {"X-Openstack-Request-Id": "req-9"},
    )
    with pytest.raises(errors.NotFound) as info:
        client.call(GET, {"thing_id": "x"}, model=Thing)
    err = info.value
    assert (err.status, err.method, err.request_id, err.message) == (
        404,
        "GET",
        "req-9",
        "Thing x could not be found.",
    )
    assert err.url.endswith("/v1/things/x")
    assert "tok-1" not in str(err)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # Heat: the nested reason, not the title every 400 carries
        (
            {
                "code": 400,
                "title": "Bad Request",
                "explanation": "The server could not comply with the request.",
                "error": {"message": "Property error: rs.length: not a number", "type": "X"},
            },
            "Property error: rs.length: not a number",
        ),
        (
            {"code": 400, "title": "Bad Request", "error": {"type": "X", "traceback": None}},
            "Bad Request",
        ),
        ({"code": 400, "explanation": "Cannot comply."}, "Cannot comply."),
        # Barbican
        ({"code": 400, "title": "Bad Request", "description": "No payload."}, "No payload."),
        (
            {"error": {"code": 401, "title": "Unauthorized", "message": "Auth needed."}},
            "Auth needed.",
        ),
    ],
)
def test_error_message_prefers_the_nested_reason_to_a_title(
    client: ServiceClient, server: Server, body: dict[str, object], message: str
) -> None:
    server.handler = lambda r: Reply(400, body)
    with pytest.raises(errors.HTTPError) as info:
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert info.value.message == message


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequest),
        (403, errors.Forbidden),
        (409, errors.Conflict),
        (500, errors.ServerError),
        (503, errors.ServiceUnavailable),
        (418, errors.HTTPError),
    ],
)
def test_status_to_error_class(
    client: ServiceClient, server: Server, status: int, cls: type[errors.HTTPError]
) -> None:
    server.handler = lambda r: Reply(status, b"plain text failure")
    with pytest.raises(cls) as info:
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert info.value.message == "plain text failure"
    assert type(info.value) is cls


def test_unexpected_success_status_is_an_error(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(200, {"thing": {}})
    with pytest.raises(errors.HTTPError) as info:
        client.call(DELETE, {"thing_id": "x"})
    assert info.value.expected == (204,)


def test_non_json_body_raises_response_error(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(200, b"<html>oops</html>", {"Content-Type": "text/html"})
    with pytest.raises(errors.ResponseError, match="expected a JSON body"):
        client.call(GET, {"thing_id": "x"}, model=Thing).extract()


def test_reauth_once_on_401_then_resend(
    provider: ProviderClient, client: ServiceClient, server: Server
) -> None:
    calls: list[str] = []

    def reauth() -> None:
        calls.append("reauth")
        provider.set_token(f"tok-{len(calls) + 1}")

    provider.set_reauth(reauth)

    def handler(r: Request) -> Reply:
        if r.headers["X-Auth-Token"] == "tok-1":
            return Reply(401, {"error": {"message": "expired"}})
        return Reply(200, {"thing": {"id": "x"}})

    server.handler = handler
    assert client.call(GET, {"thing_id": "x"}, model=Thing).extract().id == "x"
    assert calls == ["reauth"]
    assert [r.headers["X-Auth-Token"] for r in server.requests] == ["tok-1", "tok-2"]


def test_second_401_raises(provider: ProviderClient, client: ServiceClient, server: Server) -> None:
    provider.set_reauth(lambda: provider.set_token("tok-new"))
    server.handler = lambda r: Reply(401, {"error": {"message": "nope"}})
    with pytest.raises(errors.Unauthorized):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == 2


def test_429_calls_retry_backoff_func_then_succeeds(
    provider: ProviderClient, client: ServiceClient, server: Server
) -> None:
    seen: list[tuple[int, str | None]] = []
    provider.max_backoff_retries = 3
    provider.retry_backoff_func = lambda err, retries: seen.append((retries, err.retry_after))
    replies = [Reply(429, {"message": "slow down"}, {"Retry-After": "1"})] * 2 + [
        Reply(200, {"thing": {"id": "x"}})
    ]
    server.handler = lambda r: replies[len(server.requests) - 1]
    assert client.call(GET, {"thing_id": "x"}, model=Thing).extract().id == "x"
    assert seen == [(0, "1"), (1, "1")]
    assert len(server.requests) == 3


def test_429_stops_after_max_backoff_retries(
    provider: ProviderClient, client: ServiceClient, server: Server
) -> None:
    provider.max_backoff_retries = 2
    provider.retry_backoff_func = lambda err, retries: None
    server.handler = lambda r: Reply(429, {"message": "slow down"})
    with pytest.raises(errors.TooManyRequests):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == 3


def test_429_backoff_func_raising_stops(
    provider: ProviderClient, client: ServiceClient, server: Server
) -> None:
    provider.max_backoff_retries = 5

    def give_up(err: errors.TooManyRequests, retries: int) -> None:
        raise err

    provider.retry_backoff_func = give_up
    server.handler = lambda r: Reply(429, {"message": "slow down"})
    with pytest.raises(errors.TooManyRequests):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == 1


def test_429_without_backoff_func_or_policy_raises_at_once(
    provider: ProviderClient, client: ServiceClient, server: Server
) -> None:
    provider.retry_policy = None
    server.handler = lambda r: Reply(429, {"message": "slow down"})
    with pytest.raises(errors.TooManyRequests):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == 1


def test_token_never_sent_to_an_untrusted_host(provider: ProviderClient, server: Server) -> None:
    # "localhost" is the same machine but not a host the provider was given
    with pytest.raises(errors.UnsafeRedirect):
        provider.request("GET", f"http://localhost:{server.port}/v1/things")
    assert server.requests == []


def test_connection_refused_is_a_transport_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    provider = ProviderClient(f"http://127.0.0.1:{port}/v3")
    waits: list[float] = []
    provider.sleep = waits.append
    with pytest.raises(errors.ConnectionFailed) as err:
        provider.request("POST", f"http://127.0.0.1:{port}/v3", authenticated=False)
    assert err.value.sent is False  # never connected: even a POST may be (and was) retried
    assert len(waits) == 3


def test_microversion_header_and_window(mv_client: ServiceClient, server: Server) -> None:
    op = Operation("things.get", "GET", "/things/{thing_id}", response_key="thing", since="1.20")
    server.handler = lambda r: Reply(200, {"thing": {"id": "x"}})
    mv_client.microversion = "1.25"
    mv_client.call(op, {"thing_id": "x"}, model=Thing)
    assert server.requests[-1].headers["OpenStack-API-Version"] == "thing 1.25"
    with pytest.raises(errors.MicroversionError, match="needs microversion >= 1.20"):
        mv_client.call(op, {"thing_id": "x"}, model=Thing, microversion="1.10")
    assert len(server.requests) == 1  # nothing sent for the refused call


def test_microversion_negotiated_from_version_document(
    mv_client: ServiceClient, server: Server
) -> None:
    def handler(r: Request) -> Reply:
        if r.path == "/v1/":
            return Reply(
                200, {"versions": [{"id": "v1.0", "max_version": "1.42", "min_version": "1.0"}]}
            )
        return Reply(200, {"thing": {"id": "x"}})

    server.handler = handler
    mv_client.call(GET, {"thing_id": "x"}, model=Thing)
    # the server offers 1.42; the specs know up to 1.30
    assert server.requests[-1].headers["OpenStack-API-Version"] == "thing 1.30"


def test_version_document_from_the_root_when_the_endpoint_wants_a_token(
    provider: ProviderClient, server: Server
) -> None:
    project = "0123456789abcdef0123456789abcdef"

    def handler(r: Request) -> Reply:
        if r.path == "/":  # as Cinder: only the root lists the versions without a token
            versions = [
                {"id": "v2.0", "version": "", "min_version": ""},
                {"id": "v3.0", "version": "3.71", "min_version": "3.0"},
            ]
            return Reply(300, {"versions": versions})
        if r.path.endswith("/") and "X-Auth-Token" not in r.headers:
            return Reply(401, {"error": {"message": "no token"}})
        return Reply(200, {"thing": {"id": "x"}})

    server.handler = handler
    spec = ServiceSpec(
        type="volume",
        version="v3",
        microversion=MicroversionSpec(service="volume", min="3.0", max="3.60"),
    )
    client = ServiceClient(provider, spec, f"{server.url}/v3/{project}")
    client.call(GET, {"thing_id": "x"}, model=Thing)
    assert [r.path for r in server.requests] == [f"/v3/{project}/", "/", f"/v3/{project}/things/x"]
    assert server.requests[-1].headers["OpenStack-API-Version"] == "volume 3.60"


def test_param_window_refused_before_sending(mv_client: ServiceClient, server: Server) -> None:
    from dataclasses import dataclass
    from typing import ClassVar

    from stacksdk.runtime import UNSET
    from stacksdk.runtime import types as t
    from stacksdk.runtime.resources.fields import Opts, Param

    @dataclass(kw_only=True, repr=False)
    class Opt(Opts):
        description: str | Unset = UNSET
        _params: ClassVar[tuple[Param, ...]] = (
            Param("description", "description", t.STRING, since="1.19"),
        )

    mv_client.microversion = "1.2"
    with pytest.raises(errors.MicroversionError, match="'description' needs microversion >= 1.19"):
        mv_client.call(CREATE, model=Thing, opts=Opt(description="d"))
    assert server.requests == []


def test_query_encoding(client: ServiceClient, server: Server) -> None:
    op = Operation("things.list", "GET", "/things", response_key="things")
    server.handler = lambda r: Reply(200, {"things": []})
    opts = ThingListOpts(tags=["a", "b"], any_tags=["c", "d"], enabled=False, name="x y")
    list(client.pager(op, model=Thing, opts=opts))
    assert server.requests[0].query == [
        ("name", "x y"),
        ("tags", "a"),
        ("tags", "b"),
        ("tags-any", "c,d"),
        ("enabled", "false"),
    ]


def test_opts_validation_before_request() -> None:
    with pytest.raises(ValueError, match="'limit' must be integer"):
        ThingListOpts(limit="10")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'enabled' may not be None"):
        ThingListOpts(enabled=None)  # type: ignore[arg-type]


def test_find_by_id_then_by_name(client: ServiceClient, server: Server) -> None:
    list_op = Operation("things.list", "GET", "/things", response_key="things")
    things = [{"id": "1", "name": "a"}, {"id": "2", "name": "b"}, {"id": "3", "name": "b"}]

    def handler(r: Request) -> Reply:
        if r.path.startswith("/v1/things/"):
            wanted = r.path.rsplit("/", 1)[1]
            match = [x for x in things if x["id"] == wanted]
            return (
                Reply(200, {"thing": match[0]})
                if match
                else Reply(404, {"error": {"message": "nf"}})
            )
        name = r.q("name")
        return Reply(200, {"things": [x for x in things if name is None or x["name"] == name]})

    server.handler = handler
    assert client.find(GET, list_op, "1", model=Thing).name == "a"
    assert client.find(GET, list_op, "a", model=Thing).id == "1"
    with pytest.raises(errors.NoUniqueMatch):
        client.find(GET, list_op, "b", model=Thing)
    with pytest.raises(errors.ResourceNotFound):
        client.find(GET, list_op, "zzz", model=Thing)


def test_find_treats_a_400_for_a_name_as_not_an_id(client: ServiceClient, server: Server) -> None:
    list_op = Operation("things.list", "GET", "/things", response_key="things")

    def handler(r: Request) -> Reply:
        if r.path.startswith("/v1/things/"):
            wanted = r.path.rsplit("/", 1)[1]
            if not wanted.isdigit():  # as Nova's aggregates: ids are integers
                return Reply(400, {"badRequest": {"code": 400, "message": "Invalid id"}})
            return Reply(200, {"thing": {"id": wanted, "name": "agg"}})
        return Reply(200, {"things": [{"id": "7", "name": "agg"}]})

    server.handler = handler
    assert client.find(GET, list_op, "agg", model=Thing).id == "7"


@dataclasses.dataclass(kw_only=True, repr=False)
class NamedListOpts(Opts):
    name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query", since="1.20"),
    )


def test_find_filters_by_name_only_inside_the_window_and_returns_what_get_returns(
    mv_client: ServiceClient, server: Server
) -> None:
    list_op = Operation("things.list", "GET", "/things", response_key="things")
    summary = [{"id": "1", "name": "a"}, {"id": "2", "name": "b"}]  # the listing omits "secret"

    def handler(r: Request) -> Reply:
        if r.path.startswith("/v1/things/"):
            wanted = r.path.rsplit("/", 1)[1]
            if wanted in ("1", "2"):
                return Reply(
                    200, {"thing": {"id": wanted, "name": "ab"[int(wanted) - 1], "secret": "s"}}
                )
            return Reply(404, {"error": {"message": "nf"}})
        name = r.q("name")
        return Reply(200, {"things": [x for x in summary if name is None or x["name"] == name]})

    server.handler = handler
    kwargs = {"model": Thing, "list_opts": NamedListOpts, "name_param": "name"}
    mv_client.microversion = "1.25"
    found = mv_client.find(GET, list_op, "b", **kwargs)  # type: ignore[arg-type]
    assert (found.id, found.secret) == ("2", "s")  # fetched again: the summary lacks it
    assert [r.query for r in server.requests[-2:]] == [[("name", "b")], []]
    mv_client.microversion = "1.10"  # before the name filter exists: list everything
    assert mv_client.find(GET, list_op, "b", **kwargs).id == "2"  # type: ignore[arg-type]
    assert server.requests[-2].path == "/v1/things" and server.requests[-2].query == []


@dataclasses.dataclass(kw_only=True, repr=False)
class HintedCreateOpts(Opts):
    name: str | Unset = UNSET
    hints: dict[str, object] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("hints", "os:scheduler_hints", t.map_of(t.ANY), location="envelope"),
    )


def test_envelope_options_go_beside_the_request_key(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(201, {"thing": {"id": "1", "name": "n"}})
    client.call(CREATE, model=Thing, opts=HintedCreateOpts(name="n", hints={"same_host": ["a"]}))
    assert server.requests[0].json() == {
        "thing": {"name": "n"},
        "os:scheduler_hints": {"same_host": ["a"]},
    }
    client.call(CREATE, model=Thing, opts=HintedCreateOpts(name="n"))
    assert server.requests[1].json() == {"thing": {"name": "n"}}


def test_an_operation_below_the_server_root(client: ServiceClient, server: Server) -> None:
    op = Operation(
        "versions.list",
        "GET",
        "/",
        ok=(300,),
        authenticated=False,
        root=True,
        response_key="versions",
    )
    server.handler = lambda r: Reply(300, {"versions": [{"id": "v1.0"}]})
    assert client.call(op).body == {"versions": [{"id": "v1.0"}]}
    assert server.requests[0].path == "/" and "X-Auth-Token" not in server.requests[0].headers
    assert (
        client.url("/x", root=True) == server.url + "/x"
        and client.url("/x") == server.url + "/v1/x"
    )


def test_an_action_without_arguments_sends_its_key_with_null(
    client: ServiceClient, server: Server
) -> None:
    op = Operation(
        "things.pause",
        "POST",
        "/things/{thing_id}/action",
        ok=(202,),
        request_kind="json-null",
        request_key="pause",
        response_kind="empty",
    )
    server.handler = lambda r: Reply(202)
    client.call(op, {"thing_id": "x"})
    assert server.requests[0].json() == {"pause": None}


def test_content_type_of_the_operation_is_sent(client: ServiceClient, server: Server) -> None:
    op = Operation(
        "things.patch",
        "PATCH",
        "/things/{thing_id}",
        request_kind="json",
        content_type="application/merge-patch+json",
        response_kind="empty",
        ok=(204,),
    )
    server.handler = lambda r: Reply(204)
    client.call(op, {"thing_id": "x"})
    assert server.requests[0].headers["Content-Type"] == "application/merge-patch+json"


def test_proxy_variables_are_honoured_and_no_proxy_bypasses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Proxy settings are read from the environment once per host, not per call."""
    from .server import Server as S

    with S() as target, S() as proxy:
        proxy.handler = lambda r: Reply(200, {"via": "proxy"})
        target.handler = lambda r: Reply(200, {"via": "direct"})
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        via_proxy = ProviderClient(target.url + "/v3")
        assert via_proxy.request("GET", target.url + "/v3/x", authenticated=False).json() == {
            "via": "proxy"
        }
        assert proxy.requests[0].path.endswith("/v3/x") and target.requests == []
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        direct = ProviderClient(target.url + "/v3")
        assert direct.request("GET", target.url + "/v3/x", authenticated=False).json() == {
            "via": "direct"
        }


def test_query_from_an_iterator_survives_a_resend(provider: ProviderClient, server: Server) -> None:
    provider.set_reauth(lambda: provider.set_token("tok-2"))
    server.handler = lambda r: (
        Reply(401) if r.headers["X-Auth-Token"] == "tok-1" else Reply(200, {})
    )
    provider.request("GET", server.url + "/v1/x", params=iter([("a", "1")]))
    assert [r.query for r in server.requests] == [[("a", "1")], [("a", "1")]]


def test_a_token_about_to_expire_is_renewed_before_it_is_sent(
    provider: ProviderClient, client: ServiceClient, server: Server
) -> None:
    import datetime as dt

    from stacksdk.runtime import Catalog, TokenInfo

    def token_expiring_in(seconds: float) -> TokenInfo:
        when = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds)
        return TokenInfo(body={}, catalog=Catalog([]), expires_at=when)

    issued: list[str] = []

    def reauth() -> None:
        issued.append(f"tok-{len(issued) + 2}")
        provider.set_token(issued[-1], token_expiring_in(3600))

    provider.set_reauth(reauth)
    provider.set_token("tok-1", token_expiring_in(3600))
    server.handler = lambda r: Reply(200, {"thing": {"id": "x"}})
    client.call(GET, {"thing_id": "x"}, model=Thing)
    assert issued == []  # far from expiry: kept
    provider.set_token("tok-1", token_expiring_in(30))  # inside the 60 s margin
    client.call(GET, {"thing_id": "x"}, model=Thing)
    client.call(GET, {"thing_id": "x"}, model=Thing)
    assert issued == ["tok-2"] and provider.reauth_count == 1
    assert [r.headers["X-Auth-Token"] for r in server.requests] == ["tok-1", "tok-2", "tok-2"]


# -- what is refused before anything is sent (issue 11: classes 1, 2, 7) ---------------


@pytest.mark.parametrize(
    ("template", "reason"),
    [
        ("http://127.0.0.2:1\\@{netloc}/v1/x", "backslash"),
        ("http://u:pw-secret@{netloc}/v1/x", "user info"),
        ("http://{netloc}/v1/x\r\nX-Evil: 1", "control character"),
        ("http://{netloc}/v1/a b", "whitespace"),
        ("http://127.0.0.1:99999/v1/x", "port"),
        ("http://127.0.0.1:8x/v1/x", "port"),
        ("ftp://{netloc}/v1/x", "http"),
        ("http:///v1/x", "no host"),
        ("http://１２７.0.0.1/v1/x", "IDNA"),
        ("http://127.0.0.%31:1/v1/x", "host has characters"),
    ],
)
def test_urls_parsers_disagree_on_are_refused_before_sending(
    provider: ProviderClient, server: Server, template: str, reason: str
) -> None:
    url = template.replace("{netloc}", f"127.0.0.1:{server.port}")
    for authenticated in (True, False):
        with pytest.raises(errors.UnsafeRedirect, match=reason) as err:
            provider.request("GET", url, authenticated=authenticated)
        assert "pw-secret" not in str(err.value)
    assert server.requests == []


def test_trust_is_decided_on_the_url_the_transport_connects_to(
    provider: ProviderClient, server: Server
) -> None:
    server.handler = lambda r: Reply(200, {})
    # the transport reads an upper-case scheme and a missing path as the trusted host
    provider.request("GET", f"HTTP://127.0.0.1:{server.port}")
    provider.request("GET", f"http://127.0.0.1:{server.port}?a=1")
    assert [r.headers.get("X-Auth-Token") for r in server.requests] == ["tok-1", "tok-1"]
    # a trailing dot is another name for the transport: not trusted; odd ports are refused
    for url in (f"http://127.0.0.1.:{server.port}/v1/x", f"http://127.0.0.1:0{server.port}/v1/x"):
        with pytest.raises(errors.UnsafeRedirect):
            provider.request("GET", url)
    assert len(server.requests) == 2


def test_urls_that_would_be_refused_are_never_trusted(
    provider: ProviderClient, server: Server
) -> None:
    before = set(provider._trusted_hosts)
    provider.trust_hosts(
        [f"http://127.0.0.2:{server.port}\\@127.0.0.3/", "http://u:p@127.0.0.4/", "http://[::1/"]
    )
    assert provider._trusted_hosts == before


@pytest.mark.parametrize(
    "url", ["http://u:pw-secret@127.0.0.1:5000/v3", "http://h\\@127.0.0.1/v3", "http://h:0/v3"]
)
def test_bad_identity_endpoints_are_config_errors(url: str) -> None:
    with pytest.raises(errors.ConfigError) as err:
        ProviderClient(url)
    assert "pw-secret" not in str(err.value)


def test_bad_endpoint_overrides_are_config_errors(provider: ProviderClient) -> None:
    from stacksdk.runtime import EndpointOpts

    with pytest.raises(errors.ConfigError, match="backslash"):
        ServiceClient.for_service(
            provider, ServiceSpec(type="thing", version="v1"), EndpointOpts(url="http://a\\@b/v1")
        )


@pytest.mark.parametrize(
    ("value", "wire"),
    [("..", "%2E%2E"), (".", "%2E"), ("a?b#c", "a%3Fb%23c"), ("%2E%2E", "%252E%252E")],
)
def test_path_parameters_stay_one_segment_on_the_wire(
    client: ServiceClient, server: Server, value: str, wire: str
) -> None:
    server.handler = lambda r: Reply(204)
    client.call(DELETE, {"thing_id": value})
    assert server.requests[0].path == f"/v1/things/{wire}"


def test_path_parameters_with_a_slash_are_refused(client: ServiceClient, server: Server) -> None:
    with pytest.raises(ValueError, match="thing_id.*'/'"):
        client.call(DELETE, {"thing_id": "x/tags"})
    assert server.requests == []


@pytest.mark.parametrize("params", [None, {}, {"other": "x"}])
def test_a_path_parameter_left_out_is_refused_not_sent_as_braces(
    client: ServiceClient, server: Server, params: dict[str, str] | None
) -> None:
    # a find whose get needs two parameters once sent /stacks/%7Bstack_name%7D/<id>
    with pytest.raises(ValueError, match="thing_id of /things/{thing_id} not given"):
        client.call(DELETE, params)
    assert server.requests == []


def test_query_values_are_percent_encoded_with_20_for_a_space(
    provider: ProviderClient, server: Server
) -> None:
    server.handler = lambda r: Reply(200, {})
    provider.request("GET", server.url + "/v1/x", params=[("q", "a b+c&d=e"), ("t", "~")])
    assert server.requests[0].query == [("q", "a b+c&d=e"), ("t", "~")]


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "a\nb", "a\x00", "\x7f"])
def test_header_values_with_control_characters_are_refused(
    provider: ProviderClient, server: Server, value: str
) -> None:
    with pytest.raises(ValueError, match="header X-Thing"):
        provider.request("GET", server.url + "/v1/x", headers={"X-Thing": value})
    assert server.requests == []


@pytest.mark.parametrize(
    "timeout", [0, -1, float("nan"), float("inf"), (5, 0), (float("nan"), 5), 1e300], ids=repr
)
def test_unusable_timeouts_are_refused(
    provider: ProviderClient, server: Server, timeout: object
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        provider.request("GET", server.url + "/v1/x", timeout=timeout)  # type: ignore[arg-type]
    assert server.requests == []


def test_our_session_keeps_requests_hooks_cookies_and_headers(
    provider: ProviderClient, server: Server
) -> None:
    """The provider's own session is sent without requests' per-call merging, but what
    that merging gives is kept: response hooks run, cookies set by the server are sent
    back, and the session's headers go out under the request's own."""
    seen: list[int] = []
    provider.session.hooks["response"].append(lambda resp, **kwargs: seen.append(resp.status_code))
    provider.session.headers["X-Session-Wide"] = "yes"
    server.handler = lambda r: Reply(
        200, {"thing": {"id": "x"}}, {"Set-Cookie": "lb=node-2; Path=/"}
    )
    provider.request("GET", server.url + "/v1/things/x")
    provider.request("GET", server.url + "/v1/things/x", headers={"X-Session-Wide": "overridden"})
    assert seen == [200, 200]
    first, second = server.requests
    assert "Cookie" not in first.headers and second.headers["Cookie"] == "lb=node-2"
    assert (
        first.headers["X-Session-Wide"] == "yes"
        and second.headers["X-Session-Wide"] == "overridden"
    )
    assert second.headers["Accept"] == "application/json" and second.headers[
        "User-Agent"
    ].startswith("stacksdk/")


# -- what an error may echo ----------------------------------------------------------------


@dataclasses.dataclass(kw_only=True, repr=False)
class VolumeTargetOpts(Opts):
    """A spec marks a whole map sensitive (Ironic's volume target properties)."""

    properties: dict[str, object] | Unset = UNSET
    _params: ClassVar[tuple[Param, ...]] = (
        Param("properties", "properties", t.map_of(t.ANY), sensitive=True),
    )


@dataclasses.dataclass(kw_only=True, repr=False)
class StackOpts(Opts):
    """Another service's options with a member of the same name, not sensitive there."""

    properties: dict[str, object] | Unset = UNSET
    config: Thing | Unset = UNSET
    _params: ClassVar[tuple[Param, ...]] = (
        Param("properties", "properties", t.map_of(t.ANY)),
        Param("config", "config", t.model(Thing)),
    )


def test_an_error_scrubs_the_requests_own_secrets_not_every_same_named_member(
    client: ServiceClient, server: Server
) -> None:
    server.handler = lambda r: Reply(
        400, {"badRequest": {"message": f"refused: {r.body.decode()}"}}
    )
    with pytest.raises(errors.BadRequest) as info:  # the options' own sensitive map
        client.call(CREATE, opts=VolumeTargetOpts(properties={"auth_password": "chap-secret-1"}))
    assert "chap-secret-1" not in info.value.message and "***" in info.value.message
    # a Heat-like template under a "properties" member some other spec marks sensitive:
    # its words stay readable; a model's sensitive field inside the options is still scrubbed
    opts = StackOpts(
        properties={"length": "length-param"}, config=Thing(name="n", secret="s3cr3t-x")
    )
    with pytest.raises(errors.BadRequest) as info:
        client.call(CREATE, opts=opts)
    assert "length-param" in info.value.message
    assert "s3cr3t-x" not in info.value.message
    # a free-form credential member is scrubbed whatever built the body
    with pytest.raises(errors.BadRequest) as info:
        client.call(CREATE, opts=StackOpts(properties={"password": "free-form-pw"}))
    assert "free-form-pw" not in info.value.message
