"""A loopback HTTP server that answers instantly, run in its own process so
the client's CPU time is measured alone.

    python -m tests.bench.server PORT_FILE   # writes the port, serves until killed

GET /items?limit=P&marker=M pages through N synthetic items (N from the
BENCH_ITEMS environment variable); GET /thing returns one small object.
"""

from __future__ import annotations

import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

N_ITEMS = int(os.environ.get("BENCH_ITEMS", "100000"))
THING = json.dumps({"thing": {"id": "a1b2", "name": "bench", "size": 42, "tags": ["x", "y"]}}).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        if parts.path.endswith("/items"):
            q = dict(parse_qsl(parts.query))
            limit = int(q.get("limit", "100"))
            start = int(q["marker"]) + 1 if "marker" in q else 0
            items = [
                {"id": str(i), "name": f"item-{i}", "size": i, "status": "ACTIVE"}
                for i in range(start, min(start + limit, N_ITEMS))
            ]
            body = json.dumps({"items": items}).encode()
        else:
            body = THING
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(sys.argv[1], "w") as fh:
        fh.write(str(httpd.server_address[1]))
    httpd.serve_forever()


if __name__ == "__main__":
    main()
