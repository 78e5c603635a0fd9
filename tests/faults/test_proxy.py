"""The fault proxy against the unit test server: each fault must really happen on the
wire, as seen by plain HTTP clients (requests, http.client, raw sockets), and the
upstream must receive exactly what the proxy says it forwarded."""

from __future__ import annotations

import email.utils
import http.client
import json
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

from tests.faults.proxy import Fault, FaultProxy
from tests.unit.server import Reply, Request, Server, serve

#: a client-side bound for raw socket reads, so a broken proxy fails the test instead of hanging it
SOCKET_TIMEOUT = 10.0
BIG = bytes(range(256)) * 40  # 10240 bytes, easy to tell apart when cut


def _handler(req: Request) -> Reply:
    """A small API: list, create, and a binary blob."""
    if req.path == "/v1/things" and req.method == "GET":
        return Reply(
            200, {"things": [{"id": "a"}, {"id": "b"}]}, {"X-Openstack-Request-Id": "req-1"}
        )
    if req.path == "/v1/things" and req.method == "POST":
        return Reply(201, {"thing": req.json()})
    if req.path == "/v1/blob":
        return Reply(200, BIG, {"Content-Type": "application/octet-stream"})
    if req.path == "/v1/empty":
        return Reply(204)
    return Reply(404, {"error": "no such thing"})


@pytest.fixture
def server() -> Iterator[Server]:
    for s in serve():
        s.handler = _handler
        yield s


@pytest.fixture
def proxy(server: Server) -> Iterator[FaultProxy]:
    with FaultProxy(server.url) as p:
        yield p


def _connect(proxy: FaultProxy) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", proxy.port), timeout=SOCKET_TIMEOUT)
    return sock


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _split(raw: bytes) -> tuple[str, dict[str, str], bytes]:
    """Status line, headers (lower-cased names) and body of one raw HTTP response."""
    head, _, body = raw.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return status, headers, body


@contextmanager
def chunked_upstream(parts: list[bytes]) -> Iterator[str]:
    """An upstream that answers every GET with ``parts`` as a chunked body."""

    class _Chunked(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in parts:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Chunked)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


# -- pass-through ----------------------------------------------------------------------


def test_passthrough_returns_upstream_answer_and_counts_it(
    proxy: FaultProxy, server: Server
) -> None:
    r = requests.get(proxy.url + "/v1/things", timeout=10)

    assert r.status_code == 200
    assert r.json() == {"things": [{"id": "a"}, {"id": "b"}]}
    assert r.headers["X-Openstack-Request-Id"] == "req-1"
    assert r.headers["Connection"] == "close"
    assert len(server.requests) == 1
    assert proxy.forwarded() == 1
    assert proxy.forwarded("GET", "/v1/") == 1
    assert proxy.forwarded("POST") == 0
    assert proxy.forwarded(path_prefix="/v2") == 0
    [seen] = proxy.log
    assert (seen.method, seen.path, seen.forwarded, seen.fault, seen.status) == (
        "GET",
        "/v1/things",
        True,
        None,
        200,
    )


def test_passthrough_forwards_body_query_headers_with_upstream_host(
    proxy: FaultProxy, server: Server
) -> None:
    r = requests.post(
        proxy.url + "/v1/things?a=1&b=",
        json={"name": "x"},
        headers={"X-Auth-Token": "tok-1"},
        timeout=10,
    )

    assert r.status_code == 201
    assert r.json() == {"thing": {"name": "x"}}
    [got] = server.requests
    assert got.method == "POST"
    assert got.query == [("a", "1"), ("b", "")]
    assert got.json() == {"name": "x"}
    assert got.headers["Host"] == f"127.0.0.1:{server.port}"
    assert got.headers["X-Auth-Token"] == "tok-1"
    [seen] = proxy.log
    assert seen.query == [("a", "1"), ("b", "")]
    assert seen.json() == {"name": "x"}
    assert seen.header("x-auth-token") == "tok-1"


def test_head_and_204_keep_their_length_and_send_no_body(proxy: FaultProxy) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=SOCKET_TIMEOUT)
    conn.request("HEAD", "/v1/blob")
    r = conn.getresponse()
    assert r.status == 200
    assert r.getheader("Content-Length") == str(len(BIG))
    assert r.read() == b""
    conn.close()

    r2 = requests.delete(proxy.url + "/v1/empty", timeout=10)
    assert r2.status_code == 204
    assert r2.content == b""


def test_chunked_request_body_reaches_upstream_with_content_length(
    proxy: FaultProxy, server: Server
) -> None:
    parts = [b'{"name": ', b'"streamed"}']
    r = requests.post(proxy.url + "/v1/things", data=iter(parts), timeout=10)

    assert r.status_code == 201
    [got] = server.requests
    assert got.json() == {"name": "streamed"}
    assert got.headers["Content-Length"] == str(len(b"".join(parts)))
    assert "Transfer-Encoding" not in got.headers


def test_chunked_upstream_answer_is_resent_with_content_length() -> None:
    parts = [b'{"items": ', b"[1, 2, 3]", b"}"]
    with chunked_upstream(parts) as upstream, FaultProxy(upstream) as proxy:
        with _connect(proxy) as sock:
            sock.sendall(b"GET /x HTTP/1.1\r\nHost: a\r\n\r\n")
            status, headers, body = _split(_read_all(sock))

    assert status == "HTTP/1.1 200 OK"
    assert "transfer-encoding" not in headers
    assert headers["content-length"] == str(len(b"".join(parts)))
    assert json.loads(body) == {"items": [1, 2, 3]}


def test_absolute_form_target_goes_to_the_upstream(proxy: FaultProxy, server: Server) -> None:
    with _connect(proxy) as sock:
        sock.sendall(b"GET http://elsewhere.invalid/v1/things?x=1 HTTP/1.1\r\nHost: h\r\n\r\n")
        status, _, _ = _split(_read_all(sock))

    assert status == "HTTP/1.1 200 OK"
    assert [(r.path, r.query) for r in server.requests] == [("/v1/things", [("x", "1")])]


def test_expect_100_continue_is_answered_before_the_body(proxy: FaultProxy, server: Server) -> None:
    body = b'{"name": "c"}'
    with _connect(proxy) as sock:
        sock.sendall(
            b"POST /v1/things HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body)
        )
        assert sock.recv(1024) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(body)
        status, _, _ = _split(_read_all(sock))

    assert status == "HTTP/1.1 201 Created"
    assert server.requests[0].json() == {"name": "c"}
    assert "Expect" not in server.requests[0].headers


def test_malformed_request_gets_400_and_is_not_forwarded(proxy: FaultProxy, server: Server) -> None:
    with _connect(proxy) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        status, _, _ = _split(_read_all(sock))

    assert status.startswith("HTTP/1.1 400 ")
    assert server.requests == []


def test_upstream_down_gives_502_and_nothing_forwarded() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again at once: nothing listens there
    with FaultProxy(f"http://127.0.0.1:{port}") as proxy:
        r = requests.get(proxy.url + "/v1/things", timeout=10)

        assert r.status_code == 502
        [seen] = proxy.log
        assert not seen.forwarded
        assert seen.error == "upstream failed: ConnectionRefusedError"
        assert proxy.forwarded() == 0


# -- respond ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "retry_after", ["2", email.utils.formatdate(usegmt=True), "3600"], ids=["secs", "date", "hour"]
)
def test_respond_429_with_retry_after_then_passes_through(
    proxy: FaultProxy, server: Server, retry_after: str
) -> None:
    proxy.add(Fault.respond(429, {"Retry-After": retry_after}, {"message": "slow down"}))

    first = requests.get(proxy.url + "/v1/things", timeout=10)
    assert first.status_code == 429
    assert first.headers["Retry-After"] == retry_after
    assert first.headers["Content-Type"] == "application/json"
    assert first.json() == {"message": "slow down"}
    assert server.requests == []
    assert proxy.forwarded() == 0

    second = requests.get(proxy.url + "/v1/things", timeout=10)
    assert second.status_code == 200
    assert proxy.forwarded() == 1
    assert [(s.fault, s.status, s.forwarded) for s in proxy.log] == [
        ("respond", 429, False),
        (None, 200, True),
    ]
    assert proxy.pending() == []


@pytest.mark.parametrize(
    ("status", "body", "check"),
    [
        (503, b"", lambda r: r.content == b""),
        (401, {"error": {"code": 401}}, lambda r: r.json()["error"]["code"] == 401),
        (200, "<html>oops", lambda r: r.text == "<html>oops"),
    ],
    ids=["503", "401", "html-200"],
)
def test_respond_sends_exactly_the_scripted_answer(
    proxy: FaultProxy, server: Server, status: int, body: Any, check: Any
) -> None:
    proxy.add(Fault.respond(status, body=body))

    r = requests.get(proxy.url + "/v1/things", timeout=10)

    assert r.status_code == status
    assert check(r)
    assert server.requests == []


def test_html_200_is_not_json(proxy: FaultProxy) -> None:
    proxy.add(Fault.respond(200, {"Content-Type": "text/html"}, "<html>oops"))

    r = requests.get(proxy.url + "/v1/things", timeout=10)

    assert r.headers["Content-Type"] == "text/html"
    with pytest.raises(requests.JSONDecodeError):
        r.json()


def test_rules_match_method_and_path_and_count_uses(proxy: FaultProxy, server: Server) -> None:
    proxy.add(Fault.respond(503, method="post", path=r"^/v1/things$", times=2))

    assert requests.get(proxy.url + "/v1/things", timeout=10).status_code == 200
    assert requests.post(proxy.url + "/v1/thingsX", json={}, timeout=10).status_code == 404
    assert proxy.pending() != []
    assert requests.post(proxy.url + "/v1/things", json={}, timeout=10).status_code == 503
    assert requests.post(proxy.url + "/v1/things", json={}, timeout=10).status_code == 503
    assert requests.post(proxy.url + "/v1/things", json={"n": 1}, timeout=10).status_code == 201

    assert proxy.pending() == []
    assert proxy.forwarded("POST", "/v1/things") == 2  # /v1/thingsX and the last one
    assert [r.method for r in server.requests] == ["GET", "POST", "POST"]


def test_times_none_applies_to_every_match(proxy: FaultProxy, server: Server) -> None:
    proxy.add(Fault.respond(503, times=None))

    statuses = [requests.get(proxy.url + "/v1/things", timeout=10).status_code for _ in range(3)]

    assert statuses == [503, 503, 503]
    assert server.requests == []
    assert proxy.pending() == []  # an endless rule is never "pending"


def test_rules_are_tried_in_order_and_script_replaces_them(proxy: FaultProxy) -> None:
    proxy.add(Fault.respond(500))
    proxy.script([Fault.respond(401, path="things"), Fault.respond(402), Fault.respond(403)])

    got = [requests.get(proxy.url + "/v1/things", timeout=10).status_code for _ in range(3)]

    assert got == [401, 402, 403]
    assert requests.get(proxy.url + "/v1/things", timeout=10).status_code == 200


def test_pending_names_faults_never_hit(proxy: FaultProxy) -> None:
    unused = Fault.reset_before(path="^/never")
    proxy.script([Fault.respond(503), unused])

    requests.get(proxy.url + "/v1/things", timeout=10)

    assert proxy.pending() == [unused]


# -- resets ----------------------------------------------------------------------------


def test_reset_before_fails_the_client_and_forwards_nothing(
    proxy: FaultProxy, server: Server
) -> None:
    proxy.add(Fault.reset_before(method="POST"))

    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + "/v1/things", json={"name": "x"}, timeout=10)

    assert server.requests == []
    assert proxy.forwarded() == 0
    [seen] = proxy.log
    assert (seen.fault, seen.forwarded, seen.status, seen.body) == (
        "reset_before",
        False,
        None,
        b"",
    )
    assert requests.post(proxy.url + "/v1/things", json={}, timeout=10).status_code == 201


def test_reset_before_is_an_rst_sent_before_the_body_is_read(proxy: FaultProxy) -> None:
    proxy.add(Fault.reset_before())
    with _connect(proxy) as sock:
        # The body never comes: a proxy that waited for it would time this test out.
        sock.sendall(b"PUT /v1/things HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            _read_all(sock)


def test_reset_after_upstream_processed_the_post_exactly_once(
    proxy: FaultProxy, server: Server
) -> None:
    proxy.add(Fault.reset_after(method="POST"))

    with pytest.raises(requests.ConnectionError):
        requests.post(proxy.url + "/v1/things", json={"name": "x"}, timeout=10)

    assert [(r.method, r.json()) for r in server.requests] == [("POST", {"name": "x"})]
    assert proxy.forwarded("POST") == 1
    [seen] = proxy.log
    assert (seen.fault, seen.forwarded, seen.status) == ("reset_after", True, 201)


def test_reset_after_is_an_rst_with_no_reply_bytes(proxy: FaultProxy, server: Server) -> None:
    proxy.add(Fault.reset_after())
    received: list[bytes] = []
    with _connect(proxy) as sock:
        sock.sendall(b"GET /v1/things HTTP/1.1\r\nHost: h\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            while chunk := sock.recv(65536):
                received.append(chunk)

    assert received == []
    assert len(server.requests) == 1


# -- stall -----------------------------------------------------------------------------


def test_stall_times_out_the_client_and_forwards_nothing(proxy: FaultProxy, server: Server) -> None:
    proxy.add(Fault.stall())

    with pytest.raises(requests.ReadTimeout):
        requests.get(proxy.url + "/v1/things", timeout=(10, 0.2))

    assert proxy.wait_stalled(1)
    assert server.requests == []
    assert proxy.forwarded() == 0
    assert proxy.log[0].fault == "stall"
    assert requests.get(proxy.url + "/v1/things", timeout=10).status_code == 200


def test_stall_with_forward_reaches_upstream_but_never_answers(
    proxy: FaultProxy, server: Server
) -> None:
    proxy.add(Fault.stall(forward=True, method="POST"))

    with pytest.raises(requests.ReadTimeout):
        requests.post(proxy.url + "/v1/things", json={"name": "s"}, timeout=(10, 0.2))

    assert proxy.wait_stalled(1)  # forwarding is over once the hold has begun
    assert [r.json() for r in server.requests] == [{"name": "s"}]
    assert proxy.forwarded("POST") == 1


def test_close_releases_a_stalled_connection(server: Server) -> None:
    proxy = FaultProxy(server.url)
    proxy.add(Fault.stall())
    sock = _connect(proxy)
    try:
        sock.sendall(b"GET /v1/things HTTP/1.1\r\nHost: h\r\n\r\n")
        assert proxy.wait_stalled(1)

        proxy.close()

        assert _read_all(sock) == b""  # closed by the proxy, never answered
    finally:
        sock.close()
        proxy.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", proxy.port), timeout=SOCKET_TIMEOUT).close()
    assert server.requests == []


def test_wait_stalled_says_false_when_nothing_stalls(proxy: FaultProxy) -> None:
    assert proxy.wait_stalled(1, timeout=0) is False


# -- truncate --------------------------------------------------------------------------


def test_truncate_breaks_the_body_for_requests(proxy: FaultProxy, server: Server) -> None:
    proxy.add(Fault.truncate(path="/v1/blob"))

    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(proxy.url + "/v1/blob", timeout=10)

    assert len(server.requests) == 1
    assert proxy.log[0].fault == "truncate"
    assert requests.get(proxy.url + "/v1/blob", timeout=10).content == BIG


def test_truncate_keeps_full_content_length_and_sends_a_prefix(proxy: FaultProxy) -> None:
    proxy.add(Fault.truncate(keep=10))
    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=SOCKET_TIMEOUT)
    conn.request("GET", "/v1/blob")
    r = conn.getresponse()

    assert r.status == 200
    assert r.getheader("Content-Length") == str(len(BIG))
    with pytest.raises(http.client.IncompleteRead) as info:
        r.read()
    assert info.value.partial == BIG[:10]
    assert info.value.expected == len(BIG) - 10
    conn.close()


def test_truncate_a_chunked_upstream_announces_the_whole_length() -> None:
    parts = [b"x" * 100, b"y" * 100]
    with chunked_upstream(parts) as upstream, FaultProxy(upstream) as proxy:
        proxy.add(Fault.truncate())
        with _connect(proxy) as sock:
            sock.sendall(b"GET /x HTTP/1.1\r\nHost: a\r\n\r\n")
            _, headers, body = _split(_read_all(sock))

    assert headers["content-length"] == "200"
    assert body == b"x" * 100


def test_truncate_never_sends_the_whole_body(proxy: FaultProxy) -> None:
    proxy.add(Fault.truncate(keep=10**9))

    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(proxy.url + "/v1/blob", timeout=10)


# -- rewrite ---------------------------------------------------------------------------


def test_rewrite_injects_a_next_link_and_fixes_content_length(
    proxy: FaultProxy, server: Server
) -> None:
    def add_next(body: Any) -> Any:
        body["things_links"] = [{"rel": "next", "href": "http://127.0.0.2:1/v1/things?marker=b"}]
        return body

    proxy.add(Fault.rewrite(add_next, path="/v1/things"))

    r = requests.get(proxy.url + "/v1/things", timeout=10)

    assert r.status_code == 200
    assert r.json()["things_links"][0]["href"] == "http://127.0.0.2:1/v1/things?marker=b"
    assert r.json()["things"] == [{"id": "a"}, {"id": "b"}]
    assert r.headers["Content-Length"] == str(len(r.content))
    assert r.headers["X-Openstack-Request-Id"] == "req-1"
    assert server.requests[0].headers["Accept-Encoding"] == "identity"
    assert proxy.log[0].fault == "rewrite"


def test_rewrite_of_a_non_json_body_is_a_502(proxy: FaultProxy, server: Server) -> None:
    proxy.add(Fault.rewrite(lambda body: body))

    r = requests.get(proxy.url + "/v1/blob", timeout=10)

    assert r.status_code == 502
    assert len(server.requests) == 1
    assert proxy.log[0].error == "rewrite failed: JSONDecodeError"


def test_rewrite_whose_function_raises_is_a_502(proxy: FaultProxy) -> None:
    def broken(body: Any) -> Any:
        return body["no such key"]

    proxy.add(Fault.rewrite(broken))

    r = requests.get(proxy.url + "/v1/things", timeout=10)

    assert r.status_code == 502
    assert proxy.log[0].error == "rewrite failed: KeyError"


# -- construction, secrecy, lifecycle --------------------------------------------------


@pytest.mark.parametrize(
    "upstream",
    [
        "http://example.com:80",
        "http://10.0.0.1:5000",
        "https://127.0.0.1:5000",
        "http://127.0.0.1",
        "http://127.0.0.1:5000/identity",
        "127.0.0.1:5000",
    ],
)
def test_upstream_must_be_a_plain_loopback_url(upstream: str) -> None:
    with pytest.raises(ValueError):
        FaultProxy(upstream)


def test_faults_are_checked_when_built() -> None:
    with pytest.raises(ValueError):
        Fault.respond(503, times=0)
    with pytest.raises(re.error):
        Fault.reset_before(path="(")
    with pytest.raises(ValueError):
        Fault.respond(200, {"X-Bad": "a\r\nInjected: yes"})
    with pytest.raises(ValueError):
        Fault.truncate(keep=-1)
    with pytest.raises(ValueError):
        Fault.respond(42)


def test_seen_repr_hides_credentials_and_bodies(proxy: FaultProxy) -> None:
    requests.post(
        proxy.url + "/v1/things",
        json={"password": "hunter2"},
        headers={"X-Auth-Token": "tok-secret", "Authorization": "Basic c2VjcmV0"},
        timeout=10,
    )

    text = repr(proxy.log[0])

    assert "tok-secret" not in text
    assert "c2VjcmV0" not in text
    assert "hunter2" not in text
    assert "X-Auth-Token" in text


def test_close_twice_and_context_manager(server: Server) -> None:
    with FaultProxy(server.url) as proxy:
        assert requests.get(proxy.url + "/v1/things", timeout=10).status_code == 200
    proxy.close()
    assert repr(proxy).startswith("FaultProxy(http://127.0.0.1:")
