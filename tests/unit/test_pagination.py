"""Every paging kind against a local server that holds N items: the right
items, in order, with exactly the requests they need."""

from __future__ import annotations

import math
from urllib.parse import urlencode

import pytest

from stacksdk.runtime import UNSET, Operation, Page, Paging, ServiceClient, Unset, errors
from stacksdk.runtime import types as t
from stacksdk.runtime.resources.fields import Opts, Param

from .conftest import Thing, ThingListOpts
from .server import Reply, Request, Server

ITEMS = [{"id": f"id{i:03d}", "name": f"n{i}"} for i in range(25)]


def _window(r: Request, default: int = 10) -> tuple[int, int]:
    limit = int(r.q("limit") or default)
    marker = r.q("marker")
    start = 0 if marker is None else next(i for i, x in enumerate(ITEMS) if x["id"] == marker) + 1
    return start, limit


def linked_handler(link_style: str) -> object:
    def handler(r: Request) -> Reply:
        start, limit = _window(r)
        page = ITEMS[start : start + limit]
        more = start + limit < len(ITEMS)
        query = urlencode({"limit": limit, "marker": page[-1]["id"]}) if page else ""
        body: dict[str, object] = {"things": page}
        if link_style == "links.next":
            body["links"] = {
                "next": (
                    f"http://127.0.0.1:{r.headers['Host'].split(':')[1]}/v1/things?{query}"
                    if more
                    else None
                )
            }
        elif link_style == "rel":
            body["things_links"] = [{"rel": "next", "href": f"/v1/things?{query}"}] if more else []
        else:  # glance: "next" relative to the API root
            if more:
                body["next"] = f"/v1/things?{query}"
        return Reply(200, body)

    return handler


@pytest.mark.parametrize(
    ("style", "expr"),
    [("links.next", "links.next"), ("rel", "things_links[rel=next].href"), ("next", "next")],
)
def test_linked(client: ServiceClient, server: Server, style: str, expr: str) -> None:
    server.handler = linked_handler(style)  # type: ignore[assignment]
    op = Operation(
        "things.list", "GET", "/things", response_key="things", paging=Paging("linked", next=expr)
    )
    got = [t.id for t in client.pager(op, model=Thing, opts=ThingListOpts(limit=10))]
    assert got == [x["id"] for x in ITEMS]
    assert len(server.requests) == math.ceil(25 / 10)  # the short last page ends it


def test_linked_without_limit_follows_links_to_the_end(
    client: ServiceClient, server: Server
) -> None:
    server.handler = linked_handler("links.next")  # type: ignore[assignment]
    op = Operation(
        "things.list",
        "GET",
        "/things",
        response_key="things",
        paging=Paging("linked", next="links.next"),
    )
    assert len(list(client.pager(op, model=Thing))) == 25
    assert len(server.requests) == 3


def test_marker_stops_on_short_page(client: ServiceClient, server: Server) -> None:
    def handler(r: Request) -> Reply:
        start, limit = _window(r)
        return Reply(200, {"things": ITEMS[start : start + limit]})

    server.handler = handler
    op = Operation("things.list", "GET", "/things", response_key="things", paging=Paging("marker"))
    pages: list[Page[Thing]] = []
    client.pager(op, model=Thing, opts=ThingListOpts(limit=10)).each_page(
        lambda p: pages.append(p) is None
    )
    assert [len(p) for p in pages] == [10, 10, 5]
    assert [r.q("marker") for r in server.requests] == [None, "id009", "id019"]


def test_marker_exact_multiple_ends_on_empty_page(client: ServiceClient, server: Server) -> None:
    def handler(r: Request) -> Reply:
        start, limit = _window(r)
        return Reply(200, {"things": ITEMS[:20][start : start + limit]})

    server.handler = handler
    op = Operation("things.list", "GET", "/things", response_key="things", paging=Paging("marker"))
    assert len(list(client.pager(op, model=Thing, opts=ThingListOpts(limit=10)))) == 20
    assert len(server.requests) == 3


def test_offset_and_page_kinds(client: ServiceClient, server: Server) -> None:
    def handler(r: Request) -> Reply:
        limit = int(r.q("limit") or 10)
        if r.q("page") is not None:
            start = (int(r.q("page") or 1) - 1) * limit
        else:
            start = int(r.q("offset") or 0)
        return Reply(200, {"things": ITEMS[start : start + limit]})

    server.handler = handler
    offset = Operation(
        "things.list", "GET", "/things", response_key="things", paging=Paging("offset")
    )
    from stacksdk.runtime import Pager, Request

    pager: Pager[Thing] = Pager(
        client, offset, Request("GET", client.url("/things"), query=[("limit", "7")]), Thing
    )
    assert [t.id for t in pager] == [x["id"] for x in ITEMS]
    assert [r.q("offset") for r in server.requests] == [None, "7", "14", "21"]
    server.requests.clear()
    paged = Operation("things.list", "GET", "/things", response_key="things", paging=Paging("page"))
    pager = Pager(
        client,
        paged,
        Request("GET", client.url("/things"), query=[("limit", "10"), ("page", "1")]),
        Thing,
    )
    assert len(pager.all_pages().extract()) == 25
    assert [r.q("page") for r in server.requests] == ["1", "2", "3"]


def test_each_page_can_stop_early(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(200, {"things": ITEMS[_window(r)[0] :][:10]})
    op = Operation("things.list", "GET", "/things", response_key="things", paging=Paging("marker"))
    seen: list[int] = []
    client.pager(op, model=Thing, opts=ThingListOpts(limit=10)).each_page(
        lambda p: seen.append(len(p)) or False
    )
    assert seen == [10] and len(server.requests) == 1


def test_all_pages_combines_body(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(200, {"things": ITEMS[_window(r)[0] :][:10]})
    op = Operation("things.list", "GET", "/things", response_key="things", paging=Paging("marker"))
    page = client.pager(op, model=Thing, opts=ThingListOpts(limit=10)).all_pages()
    assert len(page.items) == 25 and len(page.body["things"]) == 25
    assert [t.name for t in page.extract()][:2] == ["n0", "n1"]


def test_single_kind_makes_one_request(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(200, {"things": ITEMS})
    op = Operation("things.list", "GET", "/things", response_key="things")
    assert len(list(client.pager(op, model=Thing))) == 25 and len(server.requests) == 1


def test_repeating_next_link_is_an_error_not_a_loop(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(200, {"things": ITEMS[:2], "next": "/v1/things?x=1"})
    op = Operation(
        "things.list", "GET", "/things", response_key="things", paging=Paging("linked", next="next")
    )
    with pytest.raises(errors.ResponseError, match="repeats"):
        list(client.pager(op, model=Thing))


@pytest.mark.parametrize("cycle", [1, 2, 7, 40])
def test_a_marker_cycle_of_any_length_is_caught_after_many_fresh_pages(
    client: ServiceClient, server: Server, cycle: int
) -> None:
    """300 distinct pages, then markers that cycle with period ``cycle``: an error before
    twice the pages a first repeat needs (loop detection keeps no set of every marker)."""

    def handler(r: Request) -> Reply:
        n = int(r.q("marker") or "0")
        following = n + 1 if n < 300 else 300 + (n - 300 + 1) % cycle
        return Reply(200, {"things": [{"id": str(following)}]})

    server.handler = handler
    op = Operation("things.list", "GET", "/things", response_key="things", paging=Paging("marker"))
    with pytest.raises(errors.ResponseError, match="marker repeats"):
        list(client.pager(op, model=Thing, opts=ThingListOpts(limit=1)))
    assert 300 < len(server.requests) <= 2 * (300 + cycle) + 2


def test_loop_detection_state_stays_small_over_a_million_markers() -> None:
    from stacksdk.runtime.resources.pagination import _Repeats

    seen = _Repeats()
    assert not any(seen.again(str(i)) for i in range(1_000_000))
    assert isinstance(seen.saved, str) and not hasattr(seen, "__dict__")  # one value, no set
    assert seen.again(str(999_999)) or seen.again(seen.saved)


def test_next_link_to_another_host_is_refused(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(
        200, {"things": ITEMS[:2], "next": f"http://localhost:{server.port}/v1/things?p=2"}
    )
    op = Operation(
        "things.list", "GET", "/things", response_key="things", paging=Paging("linked", next="next")
    )
    with pytest.raises(errors.UnsafeRedirect):
        list(client.pager(op, model=Thing))
    assert len(server.requests) == 1


def test_marker_field_alternatives(client: ServiceClient, server: Server) -> None:
    """Swift listings with a delimiter mix objects ("name") and prefixes ("subdir")."""
    entries = [{"name": "a"}, {"subdir": "b/"}, {"name": "c"}, {"subdir": "d/"}, {"name": "e"}]

    def handler(r: Request) -> Reply:
        marker = r.q("marker")
        keys = [e.get("name") or e.get("subdir") for e in entries]
        start = 0 if marker is None else keys.index(marker) + 1
        return Reply(200, entries[start : start + int(r.q("limit") or 2)])

    server.handler = handler
    op = Operation("objects.list", "GET", "/c", paging=Paging("marker", marker_field="name|subdir"))
    from stacksdk.runtime import Pager, Request

    pager: Pager[Thing] = Pager(
        client, op, Request("GET", client.url("/c"), query=[("limit", "2")]), Thing
    )
    assert sum(len(p) for p in pager.pages()) == 5
    assert [r.q("marker") for r in server.requests] == [None, "b/", "d/"]


@pytest.mark.parametrize(
    ("endpoint", "link", "expected"),
    [
        ("http://h:9292/v2", "/v2/images?marker=x", "http://h:9292/v2/images?marker=x"),
        ("http://h/image/v2", "/v2/images?marker=x", "http://h/image/v2/images?marker=x"),
        ("http://h/image/v2", "/image/v2/images?marker=x", "http://h/image/v2/images?marker=x"),
        (
            "http://h/image/v2",
            "http://h/image/v2/images?marker=y",
            "http://h/image/v2/images?marker=y",
        ),
        ("http://h/image/v2", "images?marker=z", "http://h/image/v2/images?marker=z"),
        ("http://h:8774/v2.1", "/other/path", "http://h:8774/other/path"),
    ],
)
def test_next_links_behind_a_path_prefix(endpoint: str, link: str, expected: str) -> None:
    from stacksdk.runtime.resources.pagination import resolve_link

    assert resolve_link(endpoint, endpoint + "/images?limit=1", link) == expected


def test_a_server_capped_page_is_not_mistaken_for_the_last(
    client: ServiceClient, server: Server
) -> None:
    """Glance silently caps limit=10 to 4 per page but says (next link) there is more."""

    def handler(r: Request) -> Reply:
        start, _ = _window(r)
        page = ITEMS[start : start + 4]
        more = start + 4 < len(ITEMS)
        return Reply(
            200, {"things": page, **({"next": "/v1/things?marker=ignored"} if more else {})}
        )

    server.handler = handler
    op = Operation(
        "things.list", "GET", "/things", response_key="things", paging=Paging("marker", next="next")
    )
    got = [
        t.id for t in client.pager(op, model=Thing, opts=ThingListOpts(limit=10, tags=["a", "b"]))
    ]
    assert got == [x["id"] for x in ITEMS] and len(server.requests) == 7
    # our own query, repeated parameters included, not the server's link
    assert all(
        r.query.count(("tags", "a")) == 1 and ("tags", "b") in r.query for r in server.requests
    )


def test_wrapped_items_are_unwrapped_and_marker_reads_the_inner_item(
    client: ServiceClient, server: Server
) -> None:
    """Nova's keypairs: {"keypairs": [{"keypair": {...}}, ...]}; marker paging must read the
    unwrapped item, and all_pages keeps the wire shape in its body."""

    def handler(r: Request) -> Reply:
        start, limit = _window(r)
        return Reply(200, {"things": [{"thing": x} for x in ITEMS[start : start + limit]]})

    server.handler = handler  # type: ignore[assignment]
    op = Operation(
        "things.list",
        "GET",
        "/things",
        response_key="things",
        item_key="thing",
        paging=Paging("marker"),
    )
    got = [t.id for t in client.pager(op, model=Thing, opts=ThingListOpts(limit=10))]
    assert got == [x["id"] for x in ITEMS]
    assert [r.q("marker") for r in server.requests] == [None, "id009", "id019"]
    whole = client.pager(op, model=Thing, opts=ThingListOpts(limit=10)).all_pages()
    assert whole.body == {"things": [{"thing": x} for x in ITEMS]}
    assert [t.name for t in whole.extract()] == [x["name"] for x in ITEMS]


@pytest.mark.parametrize("bad", [[{"id": "x"}], [{"thing": "x"}], ["x"]])
def test_items_not_wrapped_as_declared_are_a_response_error(
    client: ServiceClient, server: Server, bad: list[object]
) -> None:
    server.handler = lambda r: Reply(200, {"things": bad})  # type: ignore[assignment]
    op = Operation("things.list", "GET", "/things", response_key="things", item_key="thing")
    with pytest.raises(errors.ResponseError, match="wrapped as {'thing'"):
        list(client.pager(op, model=Thing))


def _page_handler(r: Request) -> Reply:
    """Page-number paging that pages only when both page and per_page are sent."""
    size, number = r.q("per_page"), r.q("page")
    if size is None or number is None:
        return Reply(200, {"things": ITEMS})
    start = (int(number) - 1) * int(size)
    return Reply(200, {"things": ITEMS[start : start + int(size)]})


def test_page_kind_sends_the_first_page_and_can_be_whole_without_a_limit(
    client: ServiceClient, server: Server
) -> None:
    server.handler = _page_handler  # type: ignore[assignment]
    paging = Paging("page", page_param="page", limit_param="per_page", complete_without_limit=True)
    op = Operation("things.list", "GET", "/things", response_key="things", paging=paging)
    assert len(list(client.pager(op, model=Thing))) == 25
    assert len(server.requests) == 1  # everything at once: no second request

    class SizeOpts(Opts):
        per_page: int | Unset = UNSET
        _params = (Param("per_page", "per_page", t.INTEGER, location="query"),)

    server.requests.clear()
    got = [x.id for x in client.pager(op, model=Thing, opts=SizeOpts(per_page=10))]
    assert got == [x["id"] for x in ITEMS]
    assert [r.q("page") for r in server.requests] == ["1", "2", "3"]


def test_a_server_that_ignores_the_page_parameter_is_an_error_not_a_loop(
    client: ServiceClient, server: Server
) -> None:
    server.handler = lambda r: Reply(200, {"things": ITEMS[:5]})  # type: ignore[assignment]
    op = Operation("things.list", "GET", "/things", response_key="things", paging=Paging("page"))
    with pytest.raises(errors.ResponseError, match="same page again"):
        list(client.pager(op, model=Thing))
    assert len(server.requests) == 2


# -- hostile pages: only ResponseErrors, and one bad value never spoils a page


def _single(response_key: str = "things") -> Operation:
    return Operation("things.list", "GET", "/things", response_key=response_key)


def test_a_bad_value_in_one_item_keeps_the_page_readable(
    client: ServiceClient, server: Server
) -> None:
    items = [
        {"id": "a", "name": ["not", "a", "string"]},
        {"id": 7, "name": "b", "new": {"x": 1}},
        {"name": "c"},
    ]
    server.handler = lambda r: Reply(200, {"things": items})
    got = list(client.pager(_single(), model=Thing))
    assert [g.to_dict() for g in got] == items  # exactly what was sent, unknown keys too
    assert got[0].name == ["not", "a", "string"] and got[0].invalid == {
        "name": "expected string, got list"
    }
    assert got[1].id == 7 and got[1].invalid == {"id": "expected string, got int"}
    assert got[2].id is UNSET and not got[2].invalid  # a sparse item (fields=name) lacks its id


@pytest.mark.parametrize("bad", [3, "x", None, ["a"]])
def test_an_item_that_is_not_an_object_is_a_response_error_naming_it(
    client: ServiceClient, server: Server, bad: object
) -> None:
    server.handler = lambda r: Reply(200, {"things": [{"id": "a"}, bad]})
    with pytest.raises(
        errors.ResponseError, match=r"things.list: item 1 is \w+, not a JSON object"
    ):
        list(client.pager(_single(), model=Thing))
    page = client.pager(_single(), model=Thing).all_pages()
    assert page.items[1] == bad  # the raw page stays readable
    with pytest.raises(errors.ResponseError, match="things.list: item 1"):
        page.extract()


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b'{"things": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
        (b"{not json", "not JSON"),
        (b'{"things": "abc"}', "expected a list of items"),
    ],
)
def test_pages_that_cannot_be_read_are_response_errors(
    client: ServiceClient, server: Server, raw: bytes, why: str
) -> None:
    server.handler = lambda r: Reply(200, raw, {"Content-Type": "application/json"})
    with pytest.raises(errors.ResponseError, match=f"things.list: .*{why}"):
        list(client.pager(_single(), model=Thing))


def test_numbers_beyond_what_python_reads_are_kept(client: ServiceClient, server: Server) -> None:
    from decimal import Decimal

    huge = "9" * 5000  # int() refuses more than 4300 digits
    server.handler = lambda r: Reply(
        200, b'{"things": [{"id": "a", "size": ' + huge.encode() + b', "ratio": 1e999}]}'
    )
    (thing,) = client.pager(_single(), model=Thing)
    assert thing.extra == {"size": Decimal(huge), "ratio": float("inf")}


def test_marker_paging_with_an_odd_marker_is_a_response_error(
    client: ServiceClient, server: Server
) -> None:
    op = Operation("things.list", "GET", "/things", response_key="things", paging=Paging("marker"))
    server.handler = lambda r: Reply(200, {"things": [{"id": {"a": 1}}]})
    with pytest.raises(errors.ResponseError, match="last item has no 'id' for the marker"):
        list(client.pager(op, model=Thing, opts=ThingListOpts(limit=1)))


def test_sparse_marker_pages_take_the_marker_from_the_next_link(
    client: ServiceClient, server: Server
) -> None:
    """Neutron's fields=name leaves the id out of the items; its next link still names the marker."""

    def handler(r: Request) -> Reply:
        start, limit = _window(r)
        page = ITEMS[start : start + limit]
        links = []
        if start + limit < len(ITEMS):
            links = [
                {
                    "rel": "next",
                    "href": f"http://elsewhere.invalid/v1/things?limit={limit}&marker={page[-1]['id']}",
                }
            ]
        return Reply(200, {"things": [{"name": x["name"]} for x in page], "things_links": links})

    server.handler = handler
    op = Operation(
        "things.list",
        "GET",
        "/things",
        response_key="things",
        paging=Paging("marker", next="things_links[rel=next].href"),
    )
    got = list(client.pager(op, model=Thing, opts=ThingListOpts(limit=10)))
    assert [g.name for g in got] == [x["name"] for x in ITEMS] and all(g.id is UNSET for g in got)
    assert [r.q("marker") for r in server.requests] == [None, "id009", "id019"]
    assert all(
        r.path == "/v1/things" for r in server.requests
    )  # our own URL: only the marker's value is read
