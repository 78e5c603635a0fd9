"""Hostile responses: whatever a server sends, only SDKErrors escape, and decoding loses nothing.

* Every generated model, fed objects built from its own wire names with values of
  random (often wrong) types: ``from_dict`` never raises, ``to_dict()`` gives back
  exactly the object it was given, a field either fits its kind or is listed in
  ``invalid`` holding the value as sent.
* Whole responses (bodies, headers, statuses) from a loopback server, through
  get / list / pager / HEAD / version discovery / token validation: anything but an
  ``errors.SDKError`` escaping is a failure.
"""

from __future__ import annotations

import importlib
import json
import math
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stacksdk
from stacksdk.runtime import UNSET, ProviderClient, ServiceClient, errors
from stacksdk.runtime.auth import tokens as auth
from stacksdk.runtime.endpoints.catalog import Catalog
from stacksdk.runtime.resources import service as service_mod
from stacksdk.runtime.resources.fields import Model
from stacksdk.runtime.types import Kind
from tests.unit.server import Reply, Server

CLASS = "decoding: hostile responses"


def _generated_models() -> list[type[Model]]:
    found: list[type[Model]] = []
    for info in pkgutil.walk_packages(stacksdk.__path__, "stacksdk."):
        if info.name.startswith(("stacksdk.runtime", "stacksdk.codegen")):
            continue
        module = importlib.import_module(info.name)
        found.extend(
            obj
            for obj in vars(module).values()
            if isinstance(obj, type) and issubclass(obj, Model) and obj.__module__ == info.name
        )
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


MODELS = _generated_models()

# -- values ------------------------------------------------------------------

ODD_TEXT = [
    "",
    "abc",
    "2015-11-06T14:32:17Z",
    "2015-11-06T14:32:17.000000",
    "2015-11-06 14:32",
    "2015-13-01T00:00:00Z",  # month 13
    "2015-02-30T00:00:00Z",
    "2015-01-01T24:00:00Z",
    "2015-01-01T00:00:00+25:00",
    "2015-01-01T00:00:60Z",
    "0000-01-01T00:00:00Z",
    "99999999999999999999999",
    "1e999",
    "nan",
    "\x00\r\n",
    "2015-01-01T00:00:00" + "9" * 300,
]

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**20, max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(ODD_TEXT)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)

_OBJECTS: dict[tuple[type[Model], int], st.SearchStrategy[dict[str, Any]]] = {}


def model_of(kind: Kind) -> type[Model] | None:
    cls = getattr(kind.decode, "__self__", None)
    return cls if isinstance(cls, type) and issubclass(cls, Model) else None


def value_for(kind: Kind, depth: int) -> st.SearchStrategy[Any]:
    """A value of the kind (often) or of any JSON shape (the rest)."""
    nested = model_of(kind)
    right: st.SearchStrategy[Any]
    if nested is not None:
        right = object_for(nested, depth + 1) if depth < 3 else st.just({})
    elif kind.item is not None and kind.name.startswith("list["):
        right = st.lists(value_for(kind.item, depth + 1), max_size=3)
    elif kind.item is not None:
        right = st.dictionaries(st.text(max_size=6), value_for(kind.item, depth + 1), max_size=3)
    elif kind.name == "datetime":
        right = st.sampled_from(ODD_TEXT[2:11])
    elif kind.name == "string":
        right = st.text(max_size=12)
    elif kind.name == "integer":
        right = st.integers() | st.integers(min_value=10**20, max_value=10**40)
    elif kind.name == "number":
        right = st.floats(allow_nan=True, allow_infinity=True) | st.integers()
    elif kind.name == "boolean":
        right = st.booleans()
    else:
        right = JSON
    return st.one_of(right, right, JSON)


def object_for(cls: type[Model], depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """Objects with (some of) ``cls``'s wire names and a few unknown keys."""
    key = (cls, depth)
    if key not in _OBJECTS:
        known = st.fixed_dictionaries(
            {}, optional={f.wire: value_for(f.kind, depth) for f in cls._fields}
        )
        unknown = st.dictionaries(st.text(max_size=6), JSON, max_size=2)
        _OBJECTS[key] = st.builds(lambda a, b: {**b, **a}, known, unknown)
    return _OBJECTS[key]


# -- the round-trip property ---------------------------------------------------


def _fits(kind: Kind, value: Any) -> bool:
    return value is None or kind.check is None or kind.check(value)


def check_round_trip(cls: type[Model], raw: dict[str, Any]) -> None:
    """from_dict never raises; to_dict() is exactly the input; every field fits or is listed."""
    sent = json.loads(json.dumps(raw, default=str)) if _plain(raw) else None
    obj = cls.from_dict(raw)
    assert obj.to_dict() == raw
    if sent is not None:
        assert raw == sent, "from_dict changed its input"
    for f in cls._fields:
        value = getattr(obj, f.attr)
        if value is UNSET or f.attr in obj.invalid:
            continue
        if f.kind.name == "datetime":
            assert value == "" or not isinstance(value, str)
        elif model_of(f.kind) is None:
            assert _fits(f.kind, value), (f.attr, value)
    assert cls.from_dict(obj.to_dict()).to_dict() == raw
    repr(obj)


def _plain(value: Any) -> bool:
    """No NaN inside (NaN != NaN makes a copy compare unequal)."""
    if isinstance(value, float):
        return not math.isnan(value)
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(_plain(v) for v in value.values())
    return True


def run(fuzz_stats: Any, fn: Callable[[], Any]) -> None:
    """Run one hostile input: SDKErrors are fine, anything else is an escape."""
    escaped: BaseException | None = None
    try:
        fn()
    except errors.SDKError:
        pass
    except AssertionError:
        raise
    except Exception as exc:  # noqa: BLE001 -- counting exactly these
        escaped = exc
    fuzz_stats.record(CLASS, tried=1, escapes=int(escaped is not None))
    if escaped is not None:
        raise AssertionError(f"{type(escaped).__name__} escaped: {escaped}") from escaped


def test_every_generated_model_is_covered() -> None:
    assert len(MODELS) > 300
    assert all(m._fields for m in MODELS if m.__name__ not in ("Model",))


@given(data=st.data())
def test_any_object_decodes_and_round_trips(data: st.DataObject, fuzz_stats: Any) -> None:
    cls = data.draw(st.sampled_from(MODELS), label="model")
    raw = data.draw(object_for(cls), label="object")
    run(fuzz_stats, lambda: check_round_trip(cls, raw))


#: one value for every field of a model at once, each wrong for most kinds
EVERY_FIELD = [
    "abc",
    1e999,
    -(10**30),
    True,
    [1, "x", None],
    {"k": [{}]},
    "2015-13-01T00:00:00Z",
    json.loads("[" * 60 + "]" * 60),
]


@pytest.mark.parametrize("value", EVERY_FIELD, ids=lambda v: type(v).__name__)
def test_every_model_keeps_every_wrong_value(value: Any, fuzz_stats: Any) -> None:
    for cls in MODELS:
        raw = {f.wire: value for f in cls._fields}
        raw["unknown key"] = value
        run(fuzz_stats, lambda: check_round_trip(cls, raw))  # noqa: B023 - run() calls it now


def test_sparse_objects_decode_every_model(fuzz_stats: Any) -> None:
    """A sparse listing (Neutron's fields=) may leave out anything, even an id."""
    for cls in MODELS:
        run(fuzz_stats, lambda: check_round_trip(cls, {}))  # noqa: B023 - run() calls it now
        obj = cls.from_dict({})
        assert all(getattr(obj, f.attr) is UNSET for f in cls._fields)


# -- whole responses through a loopback server ----------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    s = Server()
    # one write per response: headers and body in separate packets cost a
    # delayed ACK (~40 ms) per request on loopback
    s.httpd.RequestHandlerClass.wbufsize = -1  # type: ignore[attr-defined]
    with s:
        yield s


def deep(n: int) -> bytes:
    return b'{"a":' * n + b"1" + b"}" * n


BODIES = st.one_of(
    JSON.map(lambda v: json.dumps(v).encode()),
    st.sampled_from(
        [
            b"",
            b"not json",
            b"\xff\xfe\x00garbage",
            b"[" * 100_000 + b"]" * 100_000,  # deeper than json can decode
            b"[" * 900 + b"]" * 900,  # just decodable
            deep(900),
            b"9" * 5000,  # beyond int()'s digit limit
            b'{"a": ' + b"9" * 5000 + b"}",
            b"1e999",
            b"NaN",
            b'{"message": "' + b"x" * 200_000 + b'"}',
        ]
    ),
)
HEADER_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30
) | st.sampled_from(
    ["99999999999999999999999", "1e999", "-1", "nan", "9" * 5000, "Thu, 99 Foo 2015 99:99:99 GMT"]
)
HEADER_NAMES = [
    "X-Openstack-Request-Id",
    "X-Container-Object-Count",
    "X-Container-Bytes-Used",
    "X-Account-Object-Count",
    "X-Account-Bytes-Used",
    "X-Timestamp",
    "Last-Modified",
    "Retry-After",
    "Content-Type",
    "X-Container-Meta-Color",
    "X-Openstack-Nova-Api-Version",
]
STATUSES = st.sampled_from(
    [200, 201, 202, 203, 204, 300, 400, 401, 403, 404, 409, 413, 429, 500, 503]
)


def wrapped(key: str, cls: type[Model]) -> st.SearchStrategy[bytes]:
    """Bodies shaped like the operation's answer, with hostile insides."""
    item = object_for(cls) | JSON
    shapes = st.one_of(
        st.builds(lambda v: {key: v}, st.lists(item, max_size=3)),
        st.builds(lambda v: {key: v}, item),
        st.builds(
            lambda v: {key: v, f"{key}_links": [{"rel": "next", "href": "?marker=x"}]},
            st.lists(item, max_size=3),
        ),
    )
    return shapes.map(lambda v: json.dumps(v).encode()) | BODIES


def _shaped(members: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """Objects with some of these members (each often right, sometimes any JSON), or any JSON."""
    return st.fixed_dictionaries({}, optional={k: v | JSON for k, v in members.items()}) | JSON


_VERSION = _shaped(
    {
        "id": st.sampled_from(["v3.14", "v2.1", "v2.0", "v3", "v1.0"]),
        "status": st.sampled_from(["stable", "CURRENT", "deprecated", "DEPRECATED"]),
        "version": st.sampled_from(["2.90", "2.abc", "", "3.70"]),
        "max_version": st.sampled_from(["2.90", "1.39", "x"]),
        "links": st.lists(
            _shaped(
                {
                    "rel": st.sampled_from(["self", "describedby"]),
                    "href": st.sampled_from(
                        ["http://h/v3/", "http://[::1/v3", "/v3", "\\evil", "http://h:99999/v3"]
                    ),
                }
            ),
            max_size=3,
        ),
    }
)
VERSION_DOCUMENT = (
    st.one_of(
        st.builds(lambda v: {"versions": v}, st.lists(_VERSION, max_size=3)),
        st.builds(lambda v: {"versions": {"values": v}}, st.lists(_VERSION, max_size=3)),
        st.builds(lambda v: {"version": v}, _VERSION),
    ).map(lambda v: json.dumps(v).encode())
    | BODIES
)
_ENDPOINT = _shaped(
    {
        "url": st.sampled_from(["http://h/v2.1", "http://h:99999/", "", "http://[::1/"]),
        "interface": st.sampled_from(["public", "admin"]),
        "region_id": st.sampled_from(["RegionOne", ""]),
        "region": st.sampled_from(["RegionOne"]),
    }
)
_SERVICE = _shaped(
    {
        "type": st.sampled_from(["compute", "network"]),
        "name": st.text(max_size=4),
        "endpoints": st.lists(_ENDPOINT, max_size=3),
    }
)
TOKEN_DOCUMENT = (
    st.builds(
        lambda v: {"token": v},
        _shaped(
            {
                "catalog": st.lists(_SERVICE, max_size=3),
                "expires_at": st.sampled_from(ODD_TEXT[2:11]),
                "user": _shaped({"id": st.text(max_size=4)}),
                "project": _shaped({"id": st.text(max_size=4)}),
            }
        ),
    ).map(lambda v: json.dumps(v).encode())
    | BODIES
)


def clients(server: Server) -> tuple[ProviderClient, dict[str, ServiceClient]]:
    from stacksdk.compute.v2 import SERVICE as COMPUTE
    from stacksdk.network.v2 import SERVICE as NETWORK
    from stacksdk.object_store.v1 import SERVICE as OBJECT_STORE

    provider = ProviderClient(server.url + "/identity/v3")
    provider.set_token("tok-fuzz-1")
    provider.sleep = lambda seconds: None  # retries are counted, never slept
    specs = {
        "network": (NETWORK, "/network/v2.0"),
        "compute": (COMPUTE, "/compute/v2.1"),
        "object_store": (OBJECT_STORE, "/swift/v1/AUTH_p"),
    }
    return provider, {
        name: ServiceClient(
            provider, spec, server.url + path, microversion=None if name != "compute" else "2.1"
        )
        for name, (spec, path) in specs.items()
    }


def calls(
    provider: ProviderClient, c: dict[str, ServiceClient], server: Server
) -> list[tuple[str, type[Model] | None, Callable[[], Any]]]:
    from stacksdk.compute.v2 import flavors, servers
    from stacksdk.network.v2 import networks
    from stacksdk.object_store.v1 import account, containers

    def whole(result: Any) -> Any:
        result.body, result.request_id, repr(result)
        return result.extract()

    def negotiate() -> Any:
        service_mod._negotiated.clear()
        unpinned = ServiceClient(provider, c["compute"].spec, c["compute"].endpoint)
        return unpinned.negotiate()

    def token() -> Any:
        info = auth.validate_token(provider, server.url + "/identity/v3", "tok-fuzz-1")
        list(info.catalog.endpoints()), info.user_id, info.project_id, repr(info)

    def discover() -> Any:
        unversioned = ProviderClient(server.url + "/identity")
        unversioned.sleep = provider.sleep
        return auth.discover_v3(unversioned)

    return [
        ("network", networks.Network, lambda: whole(networks.get(c["network"], "n1"))),
        ("networks", networks.Network, lambda: list(networks.list(c["network"]))),
        ("networks", networks.Network, lambda: networks.list(c["network"]).all_pages().extract()),
        (
            "servers",
            servers.Server,
            lambda: list(servers.list_detail(c["compute"], servers.ListDetailOpts(limit=2))),
        ),
        ("flavor", flavors.Flavor, lambda: whole(flavors.get(c["compute"], "1"))),
        ("container", containers.Container, lambda: whole(containers.head(c["object_store"], "c"))),
        ("account", account.Account, lambda: whole(account.head(c["object_store"]))),
        ("version", None, negotiate),
        ("token", None, token),
        ("versions", None, discover),
    ]


CALLS = [
    "get",
    "list",
    "all_pages",
    "linked_pages",
    "get_compute",
    "head",
    "head_account",
    "negotiate",
    "token",
    "discover",
]


@pytest.mark.parametrize("which", range(len(CALLS)), ids=CALLS)
@given(data=st.data())
def test_any_response_raises_only_sdk_errors(
    server: Server, which: int, data: st.DataObject, fuzz_stats: Any
) -> None:
    provider, c = clients(server)
    key, cls, call = calls(provider, c, server)[which]
    if cls is not None:
        bodies = wrapped(key, cls)
    else:
        bodies = TOKEN_DOCUMENT if key == "token" else VERSION_DOCUMENT
    body = data.draw(bodies, label=key)
    status = data.draw(STATUSES, label="status")
    headers = data.draw(
        st.dictionaries(st.sampled_from(HEADER_NAMES), HEADER_TEXT, max_size=4), label="headers"
    )
    headers.setdefault("Content-Type", "application/json")
    server.handler = lambda req: Reply(status, body, headers)
    run(fuzz_stats, call)


def test_catalogs_of_the_wrong_shape(fuzz_stats: Any) -> None:
    shapes: list[Any] = [
        "abc",
        [
            None,
            "x",
            3,
            {"endpoints": "x"},
            {"endpoints": [None, 1, {"url": None}, {"url": {"a": 1}}]},
        ],
        [
            {
                "type": "compute",
                "endpoints": [
                    {"interface": "public", "region_id": None, "url": "http://h:99999/v2.1"}
                ],
            }
        ],
        [
            {
                "type": 5,
                "name": [],
                "endpoints": [{"interface": {}, "region": 3, "url": "http://h/"}],
            }
        ],
        {"catalog": []},
    ]
    for catalog in shapes:
        for body in (
            {"token": {"catalog": catalog, "expires_at": "2015-13-01T00:00:00Z"}},
            {"token": catalog},
            catalog,
        ):

            def build(body: Any = body) -> None:
                info = auth.TokenInfo.from_body(body)
                list(info.catalog.endpoints())
                info.catalog.find(["compute"], region=None, interface="public")

            run(fuzz_stats, build)
    assert [e.url for e in Catalog(shapes[1]).endpoints()] == []
    # a port out of range in a catalog URL: refused when a client is made from it
    import stacksdk.compute.v2 as compute_v2

    for url in ("http://h:99999/v2.1", "http://h:-1/", "http://h:1e9/", "http://[::1/"):
        provider = ProviderClient("http://127.0.0.1:9/identity/v3")
        body = {
            "token": {
                "catalog": [{"type": "compute", "endpoints": [{"interface": "public", "url": url}]}]
            }
        }
        provider.set_token("tok-fuzz-1", auth.TokenInfo.from_body(body))
        run(fuzz_stats, lambda: compute_v2.new_client(provider))  # noqa: B023 - called now
    assert (
        auth.TokenInfo.from_body({"token": {"expires_at": "2015-13-01T00:00:00Z"}}).expires_at
        is None
    )


# -- header numbers no parser expects, on a raw socket (http.server cannot send them)

RAW_ANSWERS = {
    "content-length beyond any body": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    b"Content-Length: 99999999999999999999999\r\n\r\n{}",
    "content-length 1e999": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1e999\r\n\r\n{}",
    "content-length -1": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}",
    "content-length of 5000 digits": b"HTTP/1.1 200 OK\r\nContent-Length: "
    + b"9" * 5000
    + b"\r\n\r\n{}",
    "counts beyond int64 and float": b"HTTP/1.1 204 No Content\r\nX-Container-Object-Count: 99999999999999999999999\r\n"
    b"X-Container-Bytes-Used: 1e999\r\nX-Account-Object-Count: "
    + b"9" * 5000
    + b"\r\nContent-Length: 0\r\n\r\n",
    "retry-after beyond any clock": b"HTTP/1.1 503 Busy\r\nRetry-After: 99999999999999999999999\r\nContent-Length: 0\r\n\r\n",
    "retry-after 1e999": b"HTTP/1.1 429 Busy\r\nRetry-After: 1e999\r\nContent-Length: 0\r\n\r\n",
    "status of 20 digits": b"HTTP/1.1 99999999999999999999 X\r\nContent-Length: 0\r\n\r\n",
    "no HTTP at all": b"\x00\xff garbage\r\n\r\n",
}


@pytest.fixture
def raw_server() -> Iterator[tuple[str, list[bytes]]]:
    """A socket that answers every request with ``answer[0]`` and closes; stopped after the test."""
    import socket
    import threading

    answer: list[bytes] = [b""]
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.1)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                try:
                    conn.settimeout(2)
                    conn.recv(65536)
                    conn.sendall(answer[0])
                except OSError:
                    pass

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", answer
    finally:
        stop.set()
        thread.join(timeout=10)
        sock.close()


@pytest.mark.parametrize("case", sorted(RAW_ANSWERS))
def test_header_numbers_no_parser_expects(
    raw_server: tuple[str, list[bytes]], case: str, fuzz_stats: Any
) -> None:
    from stacksdk.network.v2 import SERVICE as NETWORK
    from stacksdk.network.v2 import networks
    from stacksdk.object_store.v1 import SERVICE as OBJECT_STORE
    from stacksdk.object_store.v1 import account, containers

    url, answer = raw_server
    answer[0] = RAW_ANSWERS[case]
    provider = ProviderClient(url + "/identity/v3")
    provider.set_token("tok-fuzz-1")
    provider.sleep = lambda seconds: None
    store = ServiceClient(provider, OBJECT_STORE, url + "/swift/v1")
    net = ServiceClient(provider, NETWORK, url + "/network/v2.0")
    run(fuzz_stats, lambda: networks.get(net, "x").extract())
    run(fuzz_stats, lambda: containers.head(store, "c").extract())
    run(fuzz_stats, lambda: account.head(store).extract())


# -- documents of the wrong shape, each named once -------------------------------

VERSION_DOCUMENTS: list[Any] = [
    [1, 2],
    "v2.1",
    {"versions": "abc"},
    {"versions": {"values": [None, 3, {"id": 3}, {"id": "v2.1", "version": {"a": 1}}]}},
    {"version": {"id": "v2.1", "version": "2.abc", "max_version": ["2.90"]}},
    {"version": {"id": "v2.1", "links": "x", "status": 7}},
    {
        "versions": [
            {
                "id": "v3.14",
                "status": None,
                "links": [None, {"rel": "self", "href": "http://[::1/v3"}],
            }
        ]
    },
    {"versions": {"values": [{"id": "v3.14", "links": [{"rel": "self", "href": {"a": 1}}]}]}},
]


@pytest.mark.parametrize("doc", VERSION_DOCUMENTS, ids=range(len(VERSION_DOCUMENTS)))
def test_version_documents_of_the_wrong_shape(server: Server, doc: Any, fuzz_stats: Any) -> None:
    provider, c = clients(server)
    server.handler = lambda r: Reply(200, doc)
    by_key = {key: call for key, _, call in calls(provider, c, server)}
    run(fuzz_stats, by_key["version"])
    run(fuzz_stats, by_key["versions"])


ERROR_BODIES: list[bytes] = [
    b'{"error": ' * 5000 + b"1" + b"}" * 5000,  # deeper than a recursive reader goes
    b'{"errors": ' + json.dumps([{"detail": f"d{i}"} for i in range(10_000)]).encode() + b"}",
    b'{"message": "' + b"x" * 1_000_000 + b'"}',
    b"x" * 1_000_000,
    b'{"message": "line one\\nline two\\r\\n\\ttab"}',
    b'{"itemNotFound": {"message": 5, "code": 404}}',
    b"[" * 100_000 + b"]" * 100_000,
    b'{"NeutronError": {"message": ' + b"9" * 5000 + b"}}",
]


@pytest.mark.parametrize("body", ERROR_BODIES, ids=range(len(ERROR_BODIES)))
def test_error_bodies_of_any_shape_give_a_short_message(body: bytes, fuzz_stats: Any) -> None:
    def build() -> None:
        err = errors.error_class(404)(
            method="GET", url="http://h/x", status=404, headers={}, body=body
        )
        assert len(err.message) <= 500
        assert len(str(err)) < 700

    run(fuzz_stats, build)
