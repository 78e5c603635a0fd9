"""A loopback server shaped like a small Nova (compute v2.1) that answers
instantly, run in its own process so a client's CPU time is measured alone.

    python -m tests.bench.server PORT_FILE   # writes the port, serves until killed

Environment: BENCH_ITEMS flavors (default 100000), BENCH_MAX_LIMIT the
server's page size cap (Nova's ``[api] max_limit``, default 100).

- ``GET /`` and ``GET /v2.1[/]``: version documents (what keystoneauth and
  stacksdk read to negotiate a microversion);
- ``GET /v2.1/flavors/<id>``: one flavor, as Nova's show answers it;
- ``GET /v2.1/flavors[/detail]?limit=&marker=``: flavors ``0..N-1`` in id
  order (brief at ``/flavors``, detailed at ``/flavors/detail``, as Nova), at
  most ``min(limit, max_limit)`` a page; like Nova, a page that is full carries
  ``flavors_links`` with a ``rel=next`` link (so a short last page has none,
  and a full last page leads to one empty page);
- ``GET /v3/projects?limit=&marker=``: projects ``0..N-1`` paged the same way,
  with Keystone's ``links.next`` (null on a short page): linked paging;
- ``POST /v3/auth/tokens``: a token whose catalog points compute at this server
  (for clients that insist on authenticating);
- ``GET /_bench/hits``: the GETs answered per path since the last such call
  (which resets them), so a benchmark counts requests without hooking a client;
  any other path is a 404.

A minimal HTTP/1.1 keep-alive loop rather than ``http.server``: each answer
goes out in one write with TCP_NODELAY (``http.server`` writes headers and
body apart, and Nagle plus delayed ACKs then add ~40 ms to every request), and
it costs less CPU per request on a machine the client shares.
"""

from __future__ import annotations

import json
import os
import socket
import socketserver
import sys
import threading
from urllib.parse import parse_qsl, urlencode, urlsplit

N_ITEMS = int(os.environ.get("BENCH_ITEMS", "100000"))
MAX_LIMIT = int(os.environ.get("BENCH_MAX_LIMIT", "100"))
MAX_MICROVERSION = "2.96"
PREFIX = "/v2.1"

# One detailed flavor; %(id)s and %(host)s filled per item. Keys as Nova sends them.
_FLAVOR = (
    '{"id": "%(id)s", "name": "flavor-%(id)s", "ram": 512, "disk": 1, "swap": 0, '
    '"OS-FLV-EXT-DATA:ephemeral": 0, "OS-FLV-DISABLED:disabled": false, "vcpus": 1, '
    '"os-flavor-access:is_public": true, "rxtx_factor": 1.0, "description": null, '
    '"extra_specs": {}, "links": [{"rel": "self", "href": "http://%(host)s/v2.1/flavors/%(id)s"}, '
    '{"rel": "bookmark", "href": "http://%(host)s/flavors/%(id)s"}]}'
)


# One flavor as Nova's brief listing (GET /flavors) answers it.
_FLAVOR_BRIEF = (
    '{"id": "%(id)s", "name": "flavor-%(id)s", "description": null, '
    '"links": [{"rel": "self", "href": "http://%(host)s/v2.1/flavors/%(id)s"}, '
    '{"rel": "bookmark", "href": "http://%(host)s/flavors/%(id)s"}]}'
)

# One project as Keystone lists it; ids are the numbers 0..N-1.
_PROJECT = (
    '{"id": "%(id)s", "name": "project-%(id)s", "domain_id": "default", "description": "", '
    '"enabled": true, "is_domain": false, "parent_id": "default", "tags": [], "options": {}, '
    '"links": {"self": "http://%(host)s/v3/projects/%(id)s"}}'
)


def _version(host: str) -> dict[str, object]:
    return {
        "id": "v2.1",
        "status": "CURRENT",
        "version": MAX_MICROVERSION,
        "min_version": "2.1",
        "updated": "2013-07-23T11:33:21Z",
        "links": [{"rel": "self", "href": f"http://{host}{PREFIX}/"}],
        "media-types": [
            {
                "base": "application/json",
                "type": "application/vnd.openstack.compute+json;version=2.1",
            }
        ],
    }


def _page(host: str, path: str, query: str, template: str) -> tuple[str, str | None]:
    """One page of items ``0..N-1`` after ``marker``, at most ``min(limit, max_limit)``:
    (the items as JSON, the next link when the page is full, else None)."""
    params = dict(parse_qsl(query))
    limit = min(int(params.get("limit", MAX_LIMIT)), MAX_LIMIT)
    start = int(params["marker"]) + 1 if "marker" in params else 0
    ids = range(start, min(start + limit, N_ITEMS))
    items = ",".join(template % {"id": i, "host": host} for i in ids)
    if not (limit and len(ids) == limit):
        return items, None
    nxt = {k: v for k, v in params.items() if k != "marker"}
    nxt["marker"] = str(ids[-1])
    return items, f"http://{host}{path}?{urlencode(nxt)}"


def _flavors(host: str, path: str, query: str) -> bytes:
    """Nova's flavor listing: brief at /flavors, detailed at /flavors/detail."""
    template = _FLAVOR if path.endswith("/detail") else _FLAVOR_BRIEF
    items, href = _page(host, path, query, template)
    links = f', "flavors_links": [{{"rel": "next", "href": "{href}"}}]' if href else ""
    return f'{{"flavors": [{items}]{links}}}'.encode()


def _projects(host: str, path: str, query: str) -> bytes:
    """Keystone's project listing, paged by links.next (null on the last page)."""
    items, href = _page(host, path, query, _PROJECT)
    self_url = f"http://{host}{path}" + (f"?{query}" if query else "")
    links = f'{{"self": {json.dumps(self_url)}, "previous": null, "next": {json.dumps(href)}}}'
    return f'{{"projects": [{items}], "links": {links}}}'.encode()


def _token(host: str) -> bytes:
    url = f"http://{host}{PREFIX}"
    endpoints = [
        {
            "id": f"e-{i}",
            "interface": i,
            "region": "RegionOne",
            "region_id": "RegionOne",
            "url": url,
        }
        for i in ("public", "internal", "admin")
    ]
    return json.dumps(
        {
            "token": {
                "methods": ["password"],
                "expires_at": "2999-01-01T00:00:00.000000Z",
                "issued_at": "2000-01-01T00:00:00.000000Z",
                "user": {
                    "id": "u",
                    "name": "bench",
                    "domain": {"id": "default", "name": "Default"},
                },
                "project": {
                    "id": "p",
                    "name": "bench",
                    "domain": {"id": "default", "name": "Default"},
                },
                "roles": [{"id": "r", "name": "admin"}],
                "catalog": [{"id": "c", "type": "compute", "name": "nova", "endpoints": endpoints}],
            }
        }
    ).encode()


#: GETs answered per path since the last ``GET /_bench/hits`` (which reads and resets them)
HITS: dict[str, int] = {}
_HITS_LOCK = threading.Lock()


def answer(method: str, target: str, host: str) -> tuple[int, bytes, list[tuple[str, str]]]:
    """(status, body, extra headers) for one request."""
    parts = urlsplit(target)
    path = parts.path
    if path == "/_bench/hits":
        with _HITS_LOCK:
            hits = dict(HITS)
            HITS.clear()
        return 200, json.dumps(hits).encode(), []
    if method == "GET":
        with _HITS_LOCK:
            HITS[path] = HITS.get(path, 0) + 1
    if method == "POST" and path.rstrip("/").endswith("/v3/auth/tokens"):
        return 201, _token(host), [("X-Subject-Token", "bench-token")]
    if method != "GET":
        return 405, b'{"error": "method not allowed"}', []
    if path == "/":
        return 200, json.dumps({"versions": [_version(host)]}).encode(), []
    if path in (PREFIX, PREFIX + "/"):
        return 200, json.dumps({"version": _version(host)}).encode(), []
    if path == "/v3/projects":
        return 200, _projects(host, path, parts.query), []
    if path in (PREFIX + "/flavors", PREFIX + "/flavors/detail"):
        return 200, _flavors(host, path, parts.query), []
    if path.startswith(PREFIX + "/flavors/"):
        fid = path[len(PREFIX + "/flavors/") :]
        if fid.isdigit() and int(fid) < max(N_ITEMS, 1):
            return 200, b'{"flavor": ' + (_FLAVOR % {"id": fid, "host": host}).encode() + b"}", []
    return 404, b'{"itemNotFound": {"code": 404, "message": "not found"}}', []


REASONS = {
    200: "OK",
    201: "Created",
    300: "Multiple Choices",
    404: "Not Found",
    405: "Method Not Allowed",
}


class Handler(socketserver.StreamRequestHandler):
    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        rfile, conn = self.rfile, self.connection
        while True:
            line = rfile.readline(65537)
            if not line:
                return
            if line in (b"\r\n", b"\n"):
                continue
            try:
                method, target, _ = line.decode("latin-1").split()
            except ValueError:
                return
            host, length, close = "127.0.0.1", 0, False
            while True:
                header = rfile.readline(65537)
                if header in (b"\r\n", b"\n", b""):
                    break
                name, _, value = header.decode("latin-1").partition(":")
                name = name.strip().lower()
                if name == "host":
                    host = value.strip()
                elif name == "content-length":
                    length = int(value)
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
            if length:
                rfile.read(length)
            status, body, extra = answer(method, target, host)
            head = [
                f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}",
                "Content-Type: application/json",
                f"Content-Length: {len(body)}",
            ]
            head += [f"{k}: {v}" for k, v in extra]
            conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
            if close:
                return


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main() -> None:
    with Server(("127.0.0.1", 0), Handler) as httpd:
        with open(sys.argv[1] + ".tmp", "w") as fh:
            fh.write(str(httpd.server_address[1]))
        os.replace(sys.argv[1] + ".tmp", sys.argv[1])  # the port appears whole
        httpd.serve_forever()


if __name__ == "__main__":
    main()
