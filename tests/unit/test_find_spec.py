"""The spec's ``find:`` block: lint refuses what find could not send, and the generated
find sends the declared listing (the behaviour itself: tests/fuzz/test_find.py and the
integration tests against Nova, Cinder and Glance)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from stacksdk.codegen.cli import main
from stacksdk.runtime import Operation, ServiceClient, errors
from tests.unit.conftest import Thing, ThingListOpts
from tests.unit.server import Reply, Request, Server
from tests.unit.test_codegen import GADGETS, errors_of, widget_tree

WITH_VIS = GADGETS.replace(
    "      name: {type: string}\n",
    "      name: {type: string}\n      vis: {type: string, enum: [mine, all]}\n      hidden: {type: boolean}\n",
)


def with_find(block: str, text: str = WITH_VIS) -> str:
    return text.replace("name: name\n", f"name: name\nfind: {block}\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (with_find("{match: fuzzy}"), "gadgets.yaml:9:8: find.match: 'fuzzy' is not one of"),
        (
            with_find("{query: {colour: red}}"),
            "find.query.colour: 'colour' is not a query option of list",
        ),
        (with_find("{query: {name: x}}"), "find.query.name: find sends the name option itself"),
        (with_find("{query: {vis: some}}"), "find.query.vis: 'some' is not one of ['mine', 'all']"),
        (
            with_find("{query: [{vis: all}, {hidden: yes please}]}"),
            "find.query.1.hidden: 'yes please' does not fit the option's type bool",
        ),
        (
            with_find("{match: regex}", WITH_VIS.replace("      name: {type: string}\n", "")),
            "find.match: the list has no query option named after the name field",
        ),
        (
            with_find("{match: exact}", WITH_VIS.replace("  get: {}\n", "")),
            "find: find needs a name field and list and get operations",
        ),
    ],
)
def test_find_block_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    widget_tree(tmp_path, widget__v1__gadgets=text)
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert expected in err, err


def test_generated_find_sends_the_declared_listing(tmp_path: Path) -> None:
    text = with_find("{match: regex, query: [{vis: all}, {vis: all, hidden: true}]}")
    widget_tree(tmp_path, widget__v1__gadgets=text)
    out = tmp_path / "out"
    assert main(["--root", str(tmp_path), "--out", str(out)]) == 0
    source = (out / "widget" / "v1" / "gadgets.py").read_text()
    assert 'name_match="regex",' in source
    assert '{"vis": "all"}, {"vis": "all", "hidden": True}' in " ".join(source.split())
    # the default: exact, one plain listing
    widget_tree(tmp_path, widget__v1__gadgets=GADGETS)
    assert main(["--root", str(tmp_path), "--out", str(out)]) == 0
    source = (out / "widget" / "v1" / "gadgets.py").read_text()
    assert 'name_match="exact",' in source and "queries=" not in source


GET = Operation("things.get", "GET", "/things/{thing_id}", ok=(200,), response_key="thing")
LIST = Operation("things.list", "GET", "/things", response_key="things")
THINGS = [{"id": "1", "name": "a+b"}, {"id": "2", "name": "aab"}, {"id": "3", "name": "hidden"}]


def nova_like(refuse: str | None = None) -> Callable[[Request], Reply]:
    """A regex name filter, "enabled=false" listing only the hidden thing; a 400 for
    the query option ``refuse`` (as Cinder refuses filters a non-admin may not use)."""

    def handler(r: Request) -> Reply:
        if r.path.startswith("/v1/things/"):
            thing = next((x for x in THINGS if r.path == "/v1/things/" + x["id"]), None)
            if thing is None:
                return Reply(404, {"itemNotFound": {"code": 404, "message": "nope"}})
            return Reply(200, {"thing": thing})
        if refuse is not None and r.q(refuse) is not None:
            return Reply(400, {"badRequest": {"code": 400, "message": f"Invalid filters {refuse}"}})
        pattern, hidden = r.q("name"), r.q("enabled") == "false"
        return Reply(
            200,
            {
                "things": [
                    x
                    for x in THINGS
                    if (x["name"] == "hidden") == hidden
                    and (pattern is None or re.search(pattern, x["name"]))
                ]
            },
        )

    return handler


def listings(server: Server) -> list[list[tuple[str, str]]]:
    """The query of each listing the server received."""
    return [r.query for r in server.requests if r.path == "/v1/things"]


def test_find_sends_each_declared_listing_with_the_escaped_name(
    client: ServiceClient, server: Server
) -> None:
    server.handler = nova_like()
    kwargs: dict[str, Any] = {"model": Thing, "list_opts": ThingListOpts, "name_param": "name"}
    queries: tuple[dict[str, Any], ...] = ({}, {"enabled": False})
    assert client.find(GET, LIST, "a+b", name_match="regex", queries=queries, **kwargs).id == "1"
    assert listings(server)[-2:] == [
        [("name", "^a\\+b$")],
        [("name", "^a\\+b$"), ("enabled", "false")],
    ]
    assert client.find(GET, LIST, "hidden", name_match="regex", queries=queries, **kwargs).id == "3"
    # declared wrongly (exact), the name is sent as it is: as a pattern, "a+b" matches
    # "aab" and not itself, and the exact comparison finds nothing
    with pytest.raises(errors.ResourceNotFound):
        client.find(GET, LIST, "a+b", name_match="exact", **kwargs)
    assert listings(server)[-1] == [("name", "a+b")]
    # none: no filter, every listing compared on the client
    assert client.find(GET, LIST, "a+b", name_match="none", queries=queries, **kwargs).id == "1"
    assert listings(server)[-2:] == [[], [("enabled", "false")]]


def test_find_falls_back_to_the_default_listing_when_a_declared_option_is_refused(
    client: ServiceClient, server: Server
) -> None:
    server.handler = nova_like(refuse="enabled")
    found = client.find(
        GET, LIST, "aab", model=Thing, list_opts=ThingListOpts, queries=({"enabled": False},)
    )
    assert found.id == "2"
    assert listings(server)[-2:] == [[("enabled", "false")], []]
    server.handler = nova_like(refuse="name")  # a refused name filter is not hidden
    with pytest.raises(errors.BadRequest):
        client.find(GET, LIST, "aab", model=Thing, list_opts=ThingListOpts, name_param="name")


@pytest.mark.parametrize("name", ["", ".", "..", "a/b"])
def test_find_never_sends_a_name_as_an_id_that_would_address_another_resource(
    client: ServiceClient, server: Server, name: str
) -> None:
    server.handler = nova_like()
    with pytest.raises(errors.ResourceNotFound):
        client.find(GET, LIST, name, model=Thing)
    # a/b is quoted into one segment, or refused before sending; the others never go as an id
    assert all(
        r.path in ("/v1/things", "/v1/things/a%2Fb") for r in server.requests
    ), server.requests


def test_find_refuses_a_name_that_is_not_text(client: ServiceClient, server: Server) -> None:
    with pytest.raises(ValueError, match="name_or_id must be a str, not int"):
        client.find(GET, LIST, 7, model=Thing)  # type: ignore[arg-type]
    assert server.requests == []


#: Heat's shape: get needs the name and the id (/stacks/{name}/{id}); the listing has both
GET_BY_NAME_AND_ID = Operation(
    "things.get", "GET", "/things/{name}/{thing_id}", ok=(200,), response_key="thing"
)


def test_find_with_a_get_that_needs_the_name_too_lists_then_reads_by_name_and_id(
    client: ServiceClient, server: Server
) -> None:
    def handler(r: Request) -> Reply:
        if r.path == "/v1/things":
            return Reply(200, {"things": [{"id": x["id"], "name": x["name"]} for x in THINGS]})
        for x in THINGS:
            if r.path == f"/v1/things/{x['name'].replace('+', '%2B')}/{x['id']}":
                return Reply(200, {"thing": {**x, "secret": "full"}})
        return Reply(404, {"error": {"message": "nope"}})

    server.handler = handler
    for value in ("a+b", "1"):  # by name, by id
        found = client.find(GET_BY_NAME_AND_ID, LIST, value, model=Thing, name_match="none")
        assert (found.id, found.secret) == ("1", "full")  # the final read is get's
    # never a request with an unfilled placeholder, nor a get tried with the value alone
    assert all("%7B" not in r.path and "{" not in r.path for r in server.requests)
    gets = [r.path for r in server.requests if r.path != "/v1/things"]
    assert gets == ["/v1/things/a%2Bb/1", "/v1/things/a%2Bb/1"]
