"""A raw-socket HTTP server on a loopback address for the fuzz suite.

Unlike tests/unit/server.py (http.server), it records the request line and header
bytes exactly as they arrived (``raw``), and counts every connection accepted, even one
that never sends a full request: a stand-in for an attacker must see ``connections == 0``.
Each answer closes the connection. Started and stopped by ``with``.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from typing import Any

#: (status, JSON body) for one request, given its raw target ("/v3/x?y=1")
Handler = Callable[[str, str], tuple[int, Any]]

_REASONS = {200: "OK", 201: "Created", 204: "No Content", 404: "Not Found"}


class RawServer:
    """Accepts connections on ``host``, records what arrives, answers with ``handler``."""

    def __init__(self, host: str = "127.0.0.1", handler: Handler | None = None) -> None:
        self.handler: Handler = handler or (lambda method, target: (200, {}))
        self.connections = 0
        #: (method, raw target, raw header block) per request received
        self.received: list[tuple[str, str, bytes]] = []
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self._sock.listen(64)
        self._sock.settimeout(0.05)
        self.host = host
        self.port = self._sock.getsockname()[1]
        self.netloc = f"{host}:{self.port}"
        self.url = f"http://{self.netloc}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._sock.close()

    def reset(self) -> None:
        with self._lock:
            self.connections = 0
            self.received.clear()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self.connections += 1
            try:
                self._serve(conn)
            except OSError:
                pass
            finally:
                conn.close()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(2.0)
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(65536)
            if not chunk:
                return
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        line, _, headers = head.partition(b"\r\n")
        parts = line.decode("latin-1").split(" ")
        if len(parts) != 3:
            return
        method, target = parts[0], parts[1]
        length = 0
        for h in headers.split(b"\r\n"):
            name, _, value = h.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or b"0")
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            rest += chunk
        with self._lock:
            self.received.append((method, target, headers))
        status, body = self.handler(method, target)
        raw = b"" if body is None else json.dumps(body).encode()
        reply = (
            f"HTTP/1.1 {status} {_REASONS.get(status, 'X')}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(raw)}\r\nConnection: close\r\n\r\n"
        ).encode() + (raw if method != "HEAD" else b"")
        conn.sendall(reply)
