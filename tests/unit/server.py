"""A scripted HTTP server on 127.0.0.1 for unit tests of the request pipeline.

Each test installs a handler ``fn(request) -> Reply`` and reads back the
requests the server received. It runs in a thread and is always stopped by
the fixture that started it.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclasses.dataclass
class Request:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def q(self, name: str) -> str | None:
        return next((v for k, v in self.query if k == name), None)


@dataclasses.dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list -> JSON; bytes -> as is
    headers: dict[str, str] = dataclasses.field(default_factory=dict)


Handler = Callable[[Request], Reply]


class Server:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.handler: Handler = lambda r: Reply(404, {"error": {"message": "no handler"}})
        outer = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # one reply = one segment: no 40 ms delayed-ACK stall

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                req = Request(
                    self.command,
                    parts.path,
                    parse_qsl(parts.query, keep_blank_values=True),
                    dict(self.headers.items()),
                    body,
                )
                outer.requests.append(req)
                reply = outer.handler(req)
                data = reply.body
                if data is None:
                    raw = b""
                elif isinstance(data, bytes):
                    raw = data
                else:
                    raw = json.dumps(data).encode()
                self.send_response(reply.status)
                if data is not None and not isinstance(data, bytes):
                    self.send_header("Content-Type", "application/json")
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(raw)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = _Quiet(("127.0.0.1", 0), _H)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


class _Quiet(ThreadingHTTPServer):
    """Clients that give up (timeout and retry tests) close before the reply is written:
    expected here, not a traceback on stderr."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve() -> Iterator[Server]:
    with Server() as server:
        yield server
