"""find(name) finds exactly the resource of that name, whatever characters it holds.

Nova reads its ``name`` list filter as a regular expression (``re.search`` on sqlite,
REGEXP on MySQL, ``~`` on PostgreSQL). The loopback server here filters the way the
local Nova does (oslo.db's sqlite REGEXP: ``re.search(pattern, name)``, a 400 for a
pattern that does not compile), and holds the target among decoys made to be matched
by a careless filter. For every generated name, the filter find sends must match
exactly the target on that server (or find sends none), and find returns the target.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stacksdk.compute.v2 as compute_v2
from stacksdk.compute.v2 import flavors, servers
from stacksdk.runtime import ProviderClient, ServiceClient, errors
from stacksdk.runtime.endpoints.catalog import EndpointOpts
from stacksdk.runtime.resources.service import _name_filter
from tests.unit.server import Reply, Request, Server

CLASS = "find: exact names"
TARGET_ID = "11111111-2222-4333-8444-555555555555"

#: names of any characters (no lone surrogates: they have no UTF-8 form), short and long
NAMES = st.one_of(
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=40),
    st.text(alphabet=string.punctuation + " a", min_size=1, max_size=40),
    st.text(alphabet=".*+?()[]{}|^$\\%_ a", min_size=1000, max_size=1100),
)


def decoys_of(name: str, extra: list[str]) -> list[str]:
    """Names a filter that is not exact would match too (all printable: Nova refuses
    control characters in names)."""
    made = [
        name + "x",
        "x" + name,
        name[:-1],
        name[1:],
        name + name,
        name.upper(),
        name.lower(),
        name.replace(".", "a"),
        "".join(reversed(name)),
        *extra,
    ]
    return sorted({d for d in made if d and d != name and d.isprintable()})


class NovaLike:
    """GET <base>/<collection>?name=<regex> and GET <base>/<collection>/<id>, as Nova."""

    def __init__(self, collection: str, key: str) -> None:
        self.collection, self.key = collection, key
        self.items: dict[str, str] = {}  # id -> name
        self.filters: list[str | None] = []  # the name filter of each listing
        self.queries: list[list[tuple[str, str]]] = []
        self.misdirected = 0  # requests for anything but the collection or one item

    def __call__(self, req: Request) -> Reply:
        prefix = f"/v2.1/{self.collection}"
        if req.method != "GET" or not req.path.startswith(prefix):
            self.misdirected += 1
            return Reply(404, {"itemNotFound": {"code": 404, "message": "no such thing"}})
        rest = req.path[len(prefix) :]
        if rest in ("", "/detail"):
            pattern = req.q("name")
            self.filters.append(pattern)
            self.queries.append(req.query)
            if pattern is not None:
                try:
                    regex = re.compile(pattern)
                except re.error:
                    return Reply(400, {"badRequest": {"code": 400, "message": "Invalid regex"}})
            found = [
                {"id": i, "name": n, "links": []}
                for i, n in self.items.items()
                if pattern is None or regex.search(n) is not None
            ]
            return Reply(200, {self.collection: found})
        segment = rest[1:]
        if not rest.startswith("/") or "/" in segment or segment in ("", ".", ".."):
            self.misdirected += 1
            return Reply(404, {"itemNotFound": {"code": 404, "message": "no such thing"}})
        if segment in self.items:
            return Reply(200, {self.key: {"id": segment, "name": self.items[segment], "links": []}})
        return Reply(404, {"itemNotFound": {"code": 404, "message": "no such thing"}})


@pytest.fixture(scope="module")
def nova() -> Iterator[tuple[Server, ServiceClient]]:
    with Server() as server:
        # replies go out as two writes (head, body): without TCP_NODELAY each request
        # waits ~40 ms for a delayed ACK
        server.httpd.RequestHandlerClass.disable_nagle_algorithm = True
        provider = ProviderClient(server.url + "/identity/v3")
        provider.set_token("tok-find")
        client = compute_v2.new_client(provider, EndpointOpts(url=server.url + "/v2.1"))
        client.microversion = "2.104"  # flavors' name filter exists since 2.102
        yield server, client


def check(
    server: Server, client: ServiceClient, fuzz_stats: Any, kind: str, name: str, extra: list[str]
) -> None:
    nova = NovaLike(kind, kind[:-1])
    decoys = decoys_of(name, extra)
    nova.items = {f"decoy-{i}": d for i, d in enumerate(decoys)}
    nova.items[TARGET_ID] = name
    server.handler = nova
    module: Any = servers if kind == "servers" else flavors
    wrong = escapes = 0
    try:
        found = module.find(client, name)
        if found.id != TARGET_ID:
            wrong += 1
    except errors.SDKError:
        wrong += 1  # the one resource of that name exists: not finding it is a wrong answer
    except Exception:
        escapes += 1
    for pattern in nova.filters:
        if pattern is not None:
            matched = {n for n in nova.items.values() if re.search(pattern, n)}
            wrong += matched != {name}
    if kind == "flavors":  # private flavors too: the listing asks for them
        wrong += any(("is_public", "none") not in q for q in nova.queries)
    wrong += nova.misdirected
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, misdirected=wrong)
    assert (escapes, wrong) == (0, 0), (name, nova.filters)


@given(name=NAMES, extra=st.lists(st.text(min_size=1, max_size=12), max_size=4))
def test_servers_find_exact_name(
    nova: tuple[Server, ServiceClient], fuzz_stats: Any, name: str, extra: list[str]
) -> None:
    check(*nova, fuzz_stats, "servers", name, extra)


@given(name=NAMES, extra=st.lists(st.text(min_size=1, max_size=12), max_size=4))
def test_flavors_find_exact_name(
    nova: tuple[Server, ServiceClient], fuzz_stats: Any, name: str, extra: list[str]
) -> None:
    check(*nova, fuzz_stats, "flavors", name, extra)


@given(
    name=st.text(st.characters(codec="utf-8"), min_size=1, max_size=60), other=st.text(max_size=60)
)
def test_regex_filter_matches_only_the_name(name: str, other: str) -> None:
    """The anchored, escaped pattern read by Python's re (Nova on sqlite): it matches
    the name, and no other name but the name with a final newline ("$" matches before
    one; Nova refuses control characters in names, and the client compares exactly)."""
    pattern = _name_filter("regex", name)
    if pattern is None:  # control characters: no filter is sent
        assert any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name)
        return
    assert re.search(pattern, name)
    if other not in (name, name + "\n"):
        assert not re.search(pattern, other)
    assert not re.search(pattern, name + other) or other in ("", "\n")
    assert not re.search(pattern, other + name) or other == ""
