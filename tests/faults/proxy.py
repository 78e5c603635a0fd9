"""A scriptable fault-injection HTTP proxy for tests, on 127.0.0.1 only.

Tests put a :class:`FaultProxy` between the SDK and a local server (the unit test
server or a real local service) and script, per test, what goes wrong for which
request: a canned answer, a connection reset before or after the upstream saw the
request, a stalled connection, a truncated body or a rewritten JSON body. The test
then asserts what the client raised and, through :attr:`FaultProxy.log` and
:meth:`FaultProxy.forwarded`, what reached the upstream server.

The proxy speaks HTTP/1.1 on raw sockets so that the connection-level faults really
happen at the socket level (an RST is an RST, a truncated body is a short read). It
answers one request per connection and says ``Connection: close``; every response it
sends carries a ``Content-Length`` (chunked upstream bodies are re-sent whole).

Everything is bounded: upstream sockets and idle clients time out, a stall is released
when the client or the proxy closes, and :meth:`FaultProxy.close` shuts every socket
down and joins every thread with a timeout. Only the standard library is used.
"""

from __future__ import annotations

import dataclasses
import http.client
import ipaddress
import json
import re
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from typing import Any, BinaryIO, Literal
from urllib.parse import parse_qsl, urlsplit

__all__ = ["Fault", "FaultKind", "FaultProxy", "Seen"]

#: seconds an upstream connect/read, or an idle client, may take before the proxy gives up
UPSTREAM_TIMEOUT = 30.0
CLIENT_TIMEOUT = 30.0
#: how long close() waits for the proxy's threads, in total
JOIN_TIMEOUT = 10.0
MAX_LINE = 16 * 1024
MAX_HEADERS = 200
MAX_BODY = 64 * 1024 * 1024
MAX_CONNECTIONS = 64

FaultKind = Literal["respond", "reset_before", "reset_after", "stall", "truncate", "rewrite"]

# Headers that describe one connection, not the message; never passed across the proxy.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
# Header values that would leak a secret if a Seen were printed in a test failure.
_SENSITIVE = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-auth-token",
        "x-subject-token",
        "x-service-token",
    }
)


@dataclasses.dataclass(frozen=True)
class Fault:
    """One scripted rule: which requests it matches and what happens to them.

    ``method`` (case-insensitive) and ``path`` (a regex searched in the request path,
    without the query) are optional; a rule with neither matches every request. It
    applies ``times`` times (None: every time) and is then skipped, so later requests
    pass through. Build rules with the class methods (``Fault.respond(...)`` etc.), which
    check their arguments while the test is still in the calling thread.
    """

    kind: FaultKind
    method: str | None = None
    path: str | None = None
    times: int | None = 1
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    forward: bool = False
    keep: int | None = None
    fn: Callable[[Any], Any] | None = None

    def __post_init__(self) -> None:
        if self.times is not None and self.times < 1:
            raise ValueError("Fault.times must be >= 1, or None for every matching request")
        if self.path is not None:
            re.compile(self.path)  # a bad pattern fails here, not in the proxy's thread
        if self.method is not None:
            object.__setattr__(self, "method", self.method.upper())
        if self.keep is not None and self.keep < 0:
            raise ValueError("Fault.keep must be >= 0")
        if not 100 <= self.status <= 999:
            raise ValueError(f"Fault.status {self.status} is not an HTTP status")

    def matches(self, method: str, path: str) -> bool:
        """True when this rule is meant for a request with this method and path."""
        if self.method is not None and self.method != method.upper():
            return False
        return self.path is None or re.search(self.path, path) is not None

    @classmethod
    def respond(
        cls,
        status: int,
        headers: Mapping[str, str] | None = None,
        body: bytes | str | Any = b"",
        *,
        method: str | None = None,
        path: str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Answer without forwarding. ``body`` is bytes, text (sent as UTF-8) or any other
        value (sent as JSON, with ``Content-Type: application/json`` unless ``headers``
        name one). A ``Content-Length`` in ``headers`` replaces the computed one."""
        raw, pairs = _scripted_body(body, headers or {})
        return cls("respond", method, path, times, status=status, headers=pairs, body=raw)

    @classmethod
    def reset_before(
        cls, *, method: str | None = None, path: str | None = None, times: int | None = 1
    ) -> Fault:
        """Read the request line and headers only, then reset the connection (RST) before
        reading the body; the upstream never sees the request."""
        return cls("reset_before", method, path, times)

    @classmethod
    def reset_after(
        cls, *, method: str | None = None, path: str | None = None, times: int | None = 1
    ) -> Fault:
        """Forward the request and read the upstream's whole answer, then reset the client
        connection (RST) without replying: the server did the work, the client cannot know."""
        return cls("reset_after", method, path, times)

    @classmethod
    def stall(
        cls,
        *,
        forward: bool = False,
        method: str | None = None,
        path: str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Read the request, optionally forward it, then send nothing and hold the connection
        until the client closes it or the proxy is closed."""
        return cls("stall", method, path, times, forward=forward)

    @classmethod
    def truncate(
        cls,
        *,
        keep: int | None = None,
        method: str | None = None,
        path: str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Forward, then send the upstream's status and headers with the full Content-Length
        but only ``keep`` bytes of the body (default: half; always fewer than all of a
        non-empty body), then close the connection."""
        return cls("truncate", method, path, times, keep=keep)

    @classmethod
    def rewrite(
        cls,
        fn: Callable[[Any], Any],
        *,
        method: str | None = None,
        path: str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Forward, then pass the upstream's decoded JSON body through ``fn`` and send what it
        returns as JSON with a corrected Content-Length. A body that is not JSON, or ``fn``
        raising, turns into a 502 from the proxy (see :attr:`Seen.error`)."""
        return cls("rewrite", method, path, times, fn=fn)


@dataclasses.dataclass(repr=False, eq=False)
class Seen:
    """What the proxy saw of one request and what it did with it.

    The proxy fills the fields in as it goes, always before the client can observe the
    outcome, so a test that has seen its client fail can read them without waiting.
    ``status`` is the status of the response the proxy received from upstream or made
    up itself (None when there was none); ``error`` says why the proxy answered 502.
    """

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes = b""
    forwarded: bool = False
    fault: FaultKind | None = None
    status: int | None = None
    error: str | None = None

    def header(self, name: str) -> str | None:
        """A request header by name, ignoring case."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)

    def json(self) -> Any:
        return json.loads(self.body)

    def __repr__(self) -> str:
        # Bodies and credential headers stay out: a failing assert prints this.
        shown = {k: ("***" if k.lower() in _SENSITIVE else v) for k, v in self.headers.items()}
        return (
            f"Seen({self.method} {self.path} query={self.query!r} headers={shown!r} "
            f"body=<{len(self.body)} bytes> forwarded={self.forwarded} fault={self.fault!r} "
            f"status={self.status!r} error={self.error!r})"
        )


class FaultProxy:
    """An HTTP proxy on 127.0.0.1 (random port) in front of a loopback ``upstream``.

    Use it as a context manager, or call :meth:`close`. Requests are served by one
    thread each; scripted :class:`Fault` rules are consumed in order of match.
    """

    def __init__(self, upstream: str, *, upstream_timeout: float = UPSTREAM_TIMEOUT) -> None:
        self._up_host, self._up_port = _parse_upstream(upstream)
        self.upstream = upstream.rstrip("/")
        self._upstream_timeout = upstream_timeout
        self._lock = threading.Lock()
        self._stalled = threading.Condition(self._lock)
        self._stalls = 0
        self._rules: list[_Rule] = []
        self._log: list[Seen] = []
        self._sockets: set[socket.socket] = set()
        self._workers: set[threading.Thread] = set()
        self._closing = threading.Event()
        self._closed = False
        # A byte on this pair wakes every selector that waits for the proxy to close.
        self._wake_r, self._wake_w = socket.socketpair()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self._listener.bind(("127.0.0.1", 0))
            self._listener.listen(MAX_CONNECTIONS)
            self._listener.setblocking(False)
        except OSError:
            self._listener.close()
            self._wake_r.close()
            self._wake_w.close()
            raise
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._acceptor = threading.Thread(
            target=self._accept_loop, name=f"fault-proxy-{self.port}", daemon=True
        )
        self._acceptor.start()

    # -- scripting and inspection ------------------------------------------------------

    def add(self, fault: Fault) -> None:
        """Append a rule; it is tried after the rules added before it."""
        with self._lock:
            self._rules.append(_Rule(fault, fault.times))

    def script(self, faults: Iterable[Fault]) -> None:
        """Replace every rule with ``faults``, tried in this order."""
        rules = [_Rule(f, f.times) for f in faults]
        with self._lock:
            self._rules = rules

    def pending(self) -> list[Fault]:
        """Rules with uses left (rules with ``times=None`` are never pending): lets a test
        check that every fault it scripted was actually hit."""
        with self._lock:
            return [r.fault for r in self._rules if r.remaining is not None and r.remaining > 0]

    @property
    def log(self) -> list[Seen]:
        """Every request the proxy has read a request line for, oldest first (a copy)."""
        with self._lock:
            return list(self._log)

    def forwarded(self, method: str | None = None, path_prefix: str | None = None) -> int:
        """How many requests (of this method, under this path) reached the upstream."""
        return sum(
            1
            for seen in self.log
            if seen.forwarded
            and (method is None or seen.method == method.upper())
            and (path_prefix is None or seen.path.startswith(path_prefix))
        )

    def wait_stalled(self, count: int = 1, timeout: float = 10.0) -> bool:
        """Wait until ``count`` stalls have begun holding their connection (True), or
        ``timeout`` passed (False). A client's read timeout says nothing about whether a
        ``stall(forward=True)`` has finished forwarding yet; this does."""
        deadline = time.monotonic() + timeout
        with self._stalled:
            while self._stalls < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._stalled.wait(left)
            return True

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Stop accepting, release stalls, shut every socket down and join the threads
        (for at most :data:`JOIN_TIMEOUT` seconds in all). Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._closing.set()
            sockets = list(self._sockets)
        _quietly(lambda: self._wake_w.send(b"x"))
        deadline = time.monotonic() + JOIN_TIMEOUT
        self._acceptor.join(JOIN_TIMEOUT)
        self._listener.close()
        for sock in sockets:
            _shutdown(sock)
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))
        if not any(w.is_alive() for w in workers) and not self._acceptor.is_alive():
            self._wake_r.close()
            self._wake_w.close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FaultProxy({self.url} -> {self.upstream})"

    # -- threads -----------------------------------------------------------------------

    def _accept_loop(self) -> None:
        """Accept connections until close(); the selector also watches the wake socket so
        that close() never waits for a connection to arrive."""
        with selectors.DefaultSelector() as sel:
            sel.register(self._listener, selectors.EVENT_READ)
            sel.register(self._wake_r, selectors.EVENT_READ)
            while not self._closing.is_set():
                if any(key.fileobj is self._wake_r for key, _ in sel.select()):
                    return
                try:
                    conn, _ = self._listener.accept()
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:
                    return
                self._start_worker(conn)

    def _start_worker(self, conn: socket.socket) -> None:
        conn.settimeout(CLIENT_TIMEOUT)
        worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
        with self._lock:
            busy = len(self._workers) >= MAX_CONNECTIONS
            if not busy:
                self._workers.add(worker)
        if busy:
            _quietly(lambda: conn.sendall(_Response.made_up(503, b"fault proxy busy").encode()))
            _close(conn)
            return
        worker.start()

    def _serve(self, conn: socket.socket) -> None:
        """One connection, one request; every socket it opened is closed on the way out."""
        rfile = conn.makefile("rb")
        try:
            if self._track(conn):
                self._handle(conn, rfile)
        except _BadRequest as exc:
            reply = _Response.made_up(400, str(exc).encode()).encode()
            _quietly(lambda: conn.sendall(reply))
        except OSError:
            pass  # the client went away, or close() shut the socket down
        finally:
            self._untrack(conn)
            _close(conn, rfile)
            with self._lock:
                self._workers.discard(threading.current_thread())

    def _handle(self, conn: socket.socket, rfile: BinaryIO) -> None:
        head = _read_head(rfile)
        if head is None:
            return  # connected and left without a request
        seen = self._record(head)
        fault = self._take(head.method, seen.path)
        seen.fault = fault.kind if fault else None
        if fault is not None and fault.kind == "reset_before":
            _reset(conn, rfile)
            return
        if (_header(head.headers, "Expect") or "").lower() == "100-continue":
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        seen.body = _read_body(rfile, head.headers)
        request = _Request(head.method, head.target, head.headers, seen.body)
        if fault is None:
            self._pass(conn, request, seen)
        else:
            self._apply(fault, conn, rfile, request, seen)

    def _apply(
        self, fault: Fault, conn: socket.socket, rfile: BinaryIO, request: _Request, seen: Seen
    ) -> None:
        if fault.kind == "respond":
            seen.status = fault.status
            _send(conn, _Response.scripted(fault), request.method)
        elif fault.kind == "reset_after":
            self._reset_after(conn, rfile, request, seen)
        elif fault.kind == "stall":
            if fault.forward:
                self._forward(request, seen)
            self._hold(conn)
        elif fault.kind == "truncate":
            self._truncate(conn, request, seen, fault.keep)
        elif fault.kind == "rewrite":
            assert fault.fn is not None
            self._rewrite(conn, request, seen, fault.fn)
        else:  # pragma: no cover - reset_before is handled before the body is read
            raise AssertionError(fault.kind)

    def _pass(self, conn: socket.socket, request: _Request, seen: Seen) -> None:
        _send(conn, self._forward(request, seen), request.method)

    def _reset_after(
        self, conn: socket.socket, rfile: BinaryIO, request: _Request, seen: Seen
    ) -> None:
        response = self._forward(request, seen)
        if not response.upstream:
            _send(conn, response, request.method)  # no upstream answer: show the 502
            return
        _reset(conn, rfile)

    def _truncate(
        self, conn: socket.socket, request: _Request, seen: Seen, keep: int | None
    ) -> None:
        response = self._forward(request, seen)
        if response.upstream and response.body:
            size = len(response.body)
            cut = min(size // 2 if keep is None else keep, size - 1)
            response = dataclasses.replace(response, body=response.body[:cut])
        _send(conn, response, request.method)

    def _rewrite(
        self, conn: socket.socket, request: _Request, seen: Seen, fn: Callable[[Any], Any]
    ) -> None:
        response = self._forward(request, seen, identity=True)
        if response.upstream:
            try:
                body = json.dumps(fn(json.loads(response.body))).encode()
            except Exception as exc:  # the test's fn, or a non-JSON body: report, don't die
                seen.error = f"rewrite failed: {type(exc).__name__}"
                response = _Response.made_up(502, seen.error.encode())
            else:
                response = dataclasses.replace(response, body=body, content_length=str(len(body)))
        _send(conn, response, request.method)

    def _hold(self, conn: socket.socket) -> None:
        """Send nothing and keep the connection until the client closes it (EOF or reset)
        or close() writes to the wake socket; incoming bytes are discarded."""
        with self._stalled:
            self._stalls += 1
            self._stalled.notify_all()
        with selectors.DefaultSelector() as sel:
            sel.register(conn, selectors.EVENT_READ)
            sel.register(self._wake_r, selectors.EVENT_READ)
            while True:
                if any(key.fileobj is self._wake_r for key, _ in sel.select()):
                    return
                if not conn.recv(65536):
                    return

    def _forward(self, request: _Request, seen: Seen, *, identity: bool = False) -> _Response:
        """Send ``request`` to the upstream on a fresh connection and read its whole answer.
        Failures become a 502 made up by the proxy, with the reason in ``seen.error``."""
        upstream = http.client.HTTPConnection(
            self._up_host, self._up_port, timeout=self._upstream_timeout
        )
        try:
            upstream.connect()
            if upstream.sock is None or not self._track(upstream.sock):
                raise ConnectionAbortedError("fault proxy is closing")
            _send_upstream(upstream, request, identity=identity)
            seen.forwarded = True
            answer = upstream.getresponse()
            body = answer.read()
        except (OSError, http.client.HTTPException) as exc:
            seen.error = f"upstream failed: {type(exc).__name__}"
            seen.status = 502
            return _Response.made_up(502, seen.error.encode())
        finally:
            if upstream.sock is not None:
                self._untrack(upstream.sock)
            upstream.close()
        seen.status = answer.status
        return _Response.from_upstream(answer, body, request.method)

    def _record(self, head: _Head) -> Seen:
        parts = urlsplit(head.target)
        headers: dict[str, str] = {}
        for name, value in head.headers:
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        seen = Seen(
            head.method,
            parts.path or "/",
            parse_qsl(parts.query, keep_blank_values=True),
            headers,
        )
        with self._lock:
            self._log.append(seen)
        return seen

    def _take(self, method: str, path: str) -> Fault | None:
        """The first rule with uses left that matches; using it counts one use."""
        with self._lock:
            for rule in self._rules:
                if rule.remaining == 0 or not rule.fault.matches(method, path):
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                return rule.fault
        return None

    def _track(self, sock: socket.socket) -> bool:
        """Remember a socket so close() can shut it down; False once the proxy is closing."""
        with self._lock:
            if self._closed:
                return False
            self._sockets.add(sock)
            return True

    def _untrack(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(sock)


# -- internals -------------------------------------------------------------------------


@dataclasses.dataclass
class _Rule:
    fault: Fault
    remaining: int | None


@dataclasses.dataclass(frozen=True)
class _Head:
    method: str
    target: str
    headers: list[tuple[str, str]]


@dataclasses.dataclass(frozen=True)
class _Request:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes


@dataclasses.dataclass(frozen=True)
class _Response:
    """A response ready for the client: ``headers`` hold neither Content-Length nor
    Connection, which :meth:`encode` adds (``content_length`` None: send none)."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    content_length: str | None
    upstream: bool

    @classmethod
    def made_up(cls, status: int, text: bytes) -> _Response:
        headers = [("Content-Type", "text/plain; charset=utf-8")]
        return cls(status, _reason(status), headers, text, str(len(text)), upstream=False)

    @classmethod
    def scripted(cls, fault: Fault) -> _Response:
        length = str(len(fault.body))
        headers: list[tuple[str, str]] = []
        for name, value in fault.headers:
            if name.lower() == "content-length":
                length = value
            elif name.lower() != "connection":
                headers.append((name, value))
        return cls(fault.status, _reason(fault.status), headers, fault.body, length, False)

    @classmethod
    def from_upstream(cls, answer: http.client.HTTPResponse, body: bytes, method: str) -> _Response:
        headers = [
            (k, v)
            for k, v in answer.getheaders()
            if k.lower() not in _HOP_BY_HOP and k.lower() != "content-length"
        ]
        if _bodyless(method, answer.status):
            length = answer.getheader("Content-Length")  # describes the body not sent
        else:
            length = str(len(body))
        reason = answer.reason or _reason(answer.status)
        return cls(answer.status, reason, headers, body, length, upstream=True)

    def encode(self, method: str = "GET") -> bytes:
        lines = [f"HTTP/1.1 {self.status} {self.reason}\r\n"]
        lines += [f"{name}: {value}\r\n" for name, value in self.headers]
        if self.content_length is not None:
            lines.append(f"Content-Length: {self.content_length}\r\n")
        lines.append("Connection: close\r\n\r\n")
        head = "".join(lines).encode("latin-1")
        return head if _bodyless(method, self.status) else head + self.body


class _BadRequest(Exception):
    """The client sent something that is not an HTTP/1.x request the proxy can read."""


def _parse_upstream(upstream: str) -> tuple[str, int]:
    """Host and port of a loopback ``http://host:port`` URL; anything else is refused so
    that a test cannot send traffic off this machine through the proxy."""
    parts = urlsplit(upstream)
    if parts.scheme != "http" or parts.hostname is None or parts.port is None:
        raise ValueError(f"upstream must look like http://127.0.0.1:<port>, not {upstream!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError("upstream must have no path; the proxy forwards request paths as is")
    host = parts.hostname
    if host != "localhost":
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ValueError(f"upstream host {host!r} is not a loopback address")
    return host, parts.port


def _scripted_body(
    body: bytes | str | Any, headers: Mapping[str, str]
) -> tuple[bytes, tuple[tuple[str, str], ...]]:
    """Bytes and header pairs for a ``respond`` fault, checked to be sendable now."""
    pairs = list(headers.items())
    if isinstance(body, bytes):
        raw = body
    elif isinstance(body, str):
        raw = body.encode()
    else:
        raw = json.dumps(body).encode()
        if not any(k.lower() == "content-type" for k, _ in pairs):
            pairs.append(("Content-Type", "application/json"))
    for name, value in pairs:
        if any(c in f"{name}{value}" for c in "\r\n") or not name or ":" in name:
            raise ValueError(f"header {name!r} cannot be sent")
        f"{name}{value}".encode("latin-1")  # raises UnicodeEncodeError for what HTTP can't carry
    return raw, tuple(pairs)


def _read_line(rfile: BinaryIO) -> bytes:
    line = rfile.readline(MAX_LINE + 1)
    if len(line) > MAX_LINE:
        raise _BadRequest("line too long")
    return line


def _read_head(rfile: BinaryIO) -> _Head | None:
    """The request line and headers, or None if the client closed before sending any."""
    line = _read_line(rfile)
    if line in (b"\r\n", b"\n"):
        line = _read_line(rfile)  # one empty line before a request is allowed
    if not line:
        return None
    parts = line.decode("latin-1").rstrip("\r\n").split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _BadRequest("malformed request line")
    method, target, _ = parts
    return _Head(method.upper(), _origin_form(target), _read_headers(rfile))


def _origin_form(target: str) -> str:
    """``/path?query`` even when a client that takes us for a forward proxy sent an
    absolute URL; the proxy always forwards to its one upstream."""
    if target.startswith("/"):
        return target
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https"):
        raise _BadRequest("unsupported request target")
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _read_headers(rfile: BinaryIO) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    while True:
        line = _read_line(rfile)
        if line in (b"\r\n", b"\n"):
            return headers
        if not line:
            raise _BadRequest("connection closed inside the headers")
        if len(headers) >= MAX_HEADERS:
            raise _BadRequest("too many headers")
        name, sep, value = line.decode("latin-1").partition(":")
        if not sep or not name or name != name.strip():
            raise _BadRequest("malformed header line")
        headers.append((name, value.strip()))


def _read_body(rfile: BinaryIO, headers: list[tuple[str, str]]) -> bytes:
    """The whole request body, de-chunked; the proxy always forwards a Content-Length."""
    if "chunked" in (_header(headers, "Transfer-Encoding") or "").lower():
        return _read_chunked(rfile)
    length = _header(headers, "Content-Length")
    if length is None:
        return b""
    if not re.fullmatch(r"[0-9]+", length) or int(length) > MAX_BODY:
        raise _BadRequest("bad Content-Length")
    body = rfile.read(int(length))
    if len(body) != int(length):
        raise _BadRequest("connection closed inside the body")
    return body


def _read_chunked(rfile: BinaryIO) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        size_text = _read_line(rfile).split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise _BadRequest("bad chunk size") from None
        if size == 0:
            break
        total += size
        if total > MAX_BODY:
            raise _BadRequest("body too large")
        chunk = rfile.read(size)
        if len(chunk) != size or _read_line(rfile) not in (b"\r\n", b"\n"):
            raise _BadRequest("truncated chunk")
        chunks.append(chunk)
    while _read_line(rfile) not in (b"\r\n", b"\n", b""):
        pass  # trailers are dropped
    return b"".join(chunks)


def _send_upstream(
    upstream: http.client.HTTPConnection, request: _Request, *, identity: bool
) -> None:
    """Send the request with the upstream's own Host, without the client's hop-by-hop
    headers, with a Content-Length; ``identity`` asks for an uncompressed body."""
    named = _header(request.headers, "Connection") or ""
    drop = _HOP_BY_HOP | {"host", "content-length", "expect"}
    drop |= {token.strip().lower() for token in named.split(",") if token.strip()}
    if identity:
        drop |= {"accept-encoding"}
    upstream.putrequest(request.method, request.target, skip_accept_encoding=True)
    for name, value in request.headers:
        if name.lower() not in drop:
            upstream.putheader(name, value)
    if identity:
        upstream.putheader("Accept-Encoding", "identity")
    sent_body = request.body or _header(request.headers, "Content-Length") is not None
    if sent_body or _header(request.headers, "Transfer-Encoding") is not None:
        upstream.putheader("Content-Length", str(len(request.body)))
    upstream.putheader("Connection", "close")
    upstream.endheaders(request.body or None)


def _send(conn: socket.socket, response: _Response, method: str) -> None:
    """Send a response and close the sending side cleanly (a FIN, not an RST)."""
    conn.sendall(response.encode(method))
    conn.shutdown(socket.SHUT_WR)


def _reset(conn: socket.socket, rfile: BinaryIO) -> None:
    """Close with SO_LINGER 0, which makes the kernel send an RST instead of a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    _close(conn, rfile)


def _close(conn: socket.socket, rfile: BinaryIO | None = None) -> None:
    # The socket is only really closed once its makefile() reader is closed too.
    if rfile is not None:
        _quietly(rfile.close)
    _quietly(conn.close)


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    return next((v for k, v in headers if k.lower() == wanted), None)


def _bodyless(method: str, status: int) -> bool:
    return method == "HEAD" or status in (204, 304) or status < 200


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _shutdown(sock: socket.socket) -> None:
    """Wake any thread blocked reading or writing this socket (it sees EOF or an error)."""
    _quietly(lambda: sock.shutdown(socket.SHUT_RDWR))


def _quietly(action: Callable[[], object]) -> None:
    """Run a best-effort cleanup step whose failure changes nothing (already closed...)."""
    try:
        action()
    except OSError:
        pass
