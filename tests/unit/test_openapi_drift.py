"""``python -m stacksdk.codegen drift``: our specs against an OpenAPI document.

A made-up service (``drift_docs/tree``: widget v1, one resource) and a document written for
it (``drift_docs/gadgets.yaml``) differ in one way of every kind; hostile documents and
allow-lists are written by the tests themselves.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stacksdk.codegen.cli import main as codegen_main
from stacksdk.codegen.loader import load_all
from stacksdk.codegen.openapi import common, drift, import_load, import_schema

HERE = Path(__file__).parent / "drift_docs"
TREE = HERE / "tree"
DOC = HERE / "gadgets.yaml"

#: every difference between the tree and the document: (kind, side, target)
EXPECTED = {
    ("operation", "theirs-only", "PATCH /gadgets/{}"),
    ("operation", "ours-only", "POST /gadgets/{}/action#polish"),
    ("operation", "theirs-only", "POST /gadgets/{}/action#twirl"),
    ("param", "theirs-only", "GET /gadgets query limit"),
    ("param", "ours-only", "GET /gadgets query sort_dir"),
    ("field", "ours-only", "GET /gadgets response gadgets.secret_sauce"),
    ("field", "theirs-only", "GET /gadgets response gadgets.size.depth"),
    ("field", "theirs-only", "GET /gadgets response gadgets.weight"),
    ("window", "differ", "GET /gadgets response gadgets.color"),
    ("window", "theirs-inverted", "GET /gadgets response gadgets.size.height"),
    ("field", "ours-only", "GET /gadgets/{} response gadget.secret_sauce"),
    ("field", "theirs-only", "GET /gadgets/{} response gadget.size.depth"),
    ("field", "theirs-only", "GET /gadgets/{} response gadget.weight"),
    ("window", "differ", "GET /gadgets/{} response gadget.color"),
    ("window", "theirs-inverted", "GET /gadgets/{} response gadget.size.height"),
    ("field", "ours-only", "POST /gadgets request gadget.secret_sauce"),
    ("field", "theirs-only", "POST /gadgets request gadget.size.depth"),
    ("field", "theirs-only", "POST /gadgets request gadget.weight"),
    ("window", "differ", "POST /gadgets request gadget.color"),
    ("window", "theirs-inverted", "POST /gadgets request gadget.size.height"),
    ("field", "ours-only", "POST /gadgets response gadget.secret_sauce"),
    ("field", "theirs-only", "POST /gadgets response gadget.size.depth"),
    ("field", "theirs-only", "POST /gadgets response gadget.weight"),
    ("window", "differ", "POST /gadgets response gadget.color"),
    ("window", "theirs-inverted", "POST /gadgets response gadget.size.height"),
}

#: an allow-list that covers EXPECTED exactly, with globs
COMPLETE = """\
format: 1
allow:
  - kind: operation
    match: PATCH /gadgets/{}
    side: theirs-only
    category: not-yet
    reason: Updating gadgets comes with the gadget issue.
  - kind: operation
    match: POST /gadgets/{}/action#*
    category: phantom
    reason: The made-up service has neither twirl nor a documented polish.
  - kind: param
    match: GET /gadgets query *
    category: our-choice
    reason: Paging is by marker here.
  - kind: field
    match: "* gadget*.secret_sauce"
    side: ours-only
    category: deployment-specific
    reason: Only some deployments send it.
  - kind: field
    match: "* gadget*.weight"
    category: admin-only
    reason: Only administrators see it.
  - kind: field
    match: "* gadget*.size.depth"
    category: upstream-defect
    reason: Sizes are two-dimensional; the document adds a depth.
  - kind: window
    match: "* gadget*.color"
    side: differ
    category: upstream-defect
    reason: Colors came with 1.2; the document says 1.4.
  - kind: window
    match: "* gadget*.size.height"
    side: theirs-inverted
    category: upstream-defect
    reason: The document's window for height is inverted (min-ver 1.6 > max-ver 1.2).
"""


def found(allow: Path | None = None) -> drift.Outcome:
    return drift.drift(drift.load_document(DOC), TREE, None, None, allow)


def test_every_kind_of_difference_is_found() -> None:
    outcome = found()
    assert {(d.kind, d.side, d.target) for d, _ in outcome.differences} == EXPECTED
    assert outcome.service == "widget v1 (widget/v1)"  # inferred from the operations
    # each inverted window of the document once, however many targets it reaches
    assert outcome.inverted == [
        "#/components/schemas/Gadget/properties/size/properties/height",
        "#/paths/~1v1~1gadgets~1{id}~1action/post/requestBody/content/application~1json"
        "/schema/oneOf/1",
    ]
    assert outcome.failed
    color = next(d for d, _ in outcome.differences if d.target.endswith("gadget.color"))
    assert color.detail == "ours [1.2, -], theirs [1.4, -]"


def test_the_same_document_has_no_differences(tmp_path: Path) -> None:
    """A document that says what the specs say: nothing to report, exit 0."""
    text = DOC.read_text(encoding="utf-8")
    for old, new in (
        ("{name: limit, in: query, schema: {type: integer}}", "{name: sort_dir, in: query}"),
        (
            'color: {type: string, x-openstack: {min-ver: "1.4"}}',
            "color: {x-openstack: {min-ver: '1.2'}}",
        ),
        ('x-openstack: {min-ver: "1.6", max-ver: "1.2"}', "x-openstack: {}"),
        ("            depth: {type: integer}\n", ""),
        ("        weight: {type: number}\n", "        secret_sauce: {type: string}\n"),
        ('action-name: twirl, min-ver: "1.5", max-ver: "1.3"', "action-name: polish"),
        ('twirl: {type: "null"}', 'polish: {type: "null"}'),
    ):
        assert old in text, old
        text = text.replace(old, new)
    text = text[: text.index("    patch:")] + text[text.index("  /v1/gadgets/{id}/action:") :]
    doc = tmp_path / "same.yaml"
    doc.write_text(text, encoding="utf-8")
    outcome = drift.drift(drift.load_document(doc), TREE, "widget", "v1", None)
    assert outcome.differences == [] and not outcome.failed
    assert drift.main([str(doc), "--specs", str(TREE)]) == 0


def test_a_complete_allow_list_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "allow.yaml").write_text(COMPLETE, encoding="utf-8")
    code = drift.main([str(DOC), "--specs", str(TREE), "--allow", str(tmp_path / "allow.yaml")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "operations: 1 ours-only, 2 theirs-only; 3 allow-listed" in out
    assert "windows: 4 differ, 4 theirs-inverted; 8 allow-listed" in out
    assert (
        "upstream-defect 12" in out
        and "inverted windows in the document (upstream defects): 2" in out
    )
    assert out.rstrip().endswith("ok: every difference is allow-listed")


def test_what_is_not_allowed_fails_and_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partial = COMPLETE.replace(
        "    side: theirs-only\n    category: not-yet", "    side: ours-only\n    category: not-yet"
    )
    (tmp_path / "allow.yaml").write_text(partial, encoding="utf-8")
    code = drift.main([str(DOC), "--specs", str(TREE), "--allow", str(tmp_path / "allow.yaml")])
    out = capsys.readouterr().out
    assert code == 1
    assert "not allow-listed (1):\n  operation theirs-only: PATCH /gadgets/{}\n" in out
    assert "stale allow-list entries, matching nothing (1):" in out  # the ours-only entry


def test_a_stale_entry_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stale = COMPLETE + (
        "  - kind: field\n    match: GET /gizmos response *\n"
        "    category: phantom\n    reason: There are no gizmos.\n"
    )
    (tmp_path / "allow.yaml").write_text(stale, encoding="utf-8")
    code = drift.main([str(DOC), "--specs", str(TREE), "--allow", str(tmp_path / "allow.yaml")])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{tmp_path / 'allow.yaml'}:39: field 'GET /gizmos response *'" in out


def test_the_default_allow_list_is_beside_the_service(tmp_path: Path) -> None:
    """``specs/<type>/<version>/_drift.yaml``, which codegen does not read as a spec."""
    tree = tmp_path / "tree"
    shutil.copytree(TREE, tree)
    (tree / "widget" / "v1" / "_drift.yaml").write_text(COMPLETE, encoding="utf-8")
    assert drift.main([str(DOC), "--specs", str(tree)]) == 0
    assert "widget/v1/_drift.yaml" not in {s.rel for s in load_all([tree])}
    (tree / "widget" / "v1" / "_drift.yaml").write_text("format: 1\nallow: []\n", encoding="utf-8")
    assert drift.main([str(DOC), "--specs", str(tree)]) == 1


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main([str(DOC), "--specs", str(TREE), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["failed"] is True and report["stale"] == []
    triples = {(d["kind"], d["side"], d["target"]) for d in report["differences"]}
    assert triples == EXPECTED
    assert all(d["category"] is None for d in report["differences"])


def test_the_codegen_command_runs_drift(tmp_path: Path) -> None:
    (tmp_path / "allow.yaml").write_text(COMPLETE, encoding="utf-8")
    argv = ["drift", str(DOC), "--specs", str(TREE), "--allow", str(tmp_path / "allow.yaml")]
    assert codegen_main(argv) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required"),
        (["--format", "xml"], "invalid choice"),
        (["--service", "gizmo"], "no single service version matches --service gizmo"),
        (["--service", "widget", "--version", "v9"], "no single service version matches"),
        (["--specs", "/nonexistent/specs"], "--specs /nonexistent/specs: no such directory"),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    full = [str(DOC), "--specs", str(TREE), *argv] if argv else []
    assert drift.main(full) == 2
    assert message in capsys.readouterr().err


def test_a_document_sharing_nothing_needs_a_service(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "other.yaml"
    doc.write_text("openapi: 3.1.0\ninfo: {version: '1.0'}\npaths: {/v1/gizmos: {get: {}}}\n")
    assert drift.main([str(doc), "--specs", str(TREE)]) == 2
    assert "name it with --service and --version" in capsys.readouterr().err
    assert drift.main([str(doc), "--specs", str(TREE), "--service", "widget"]) == 1


# -- allow-list files --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- kind: field\n", "1:1: <top>: an allow-list is a mapping"),
        ("format: 2\nallow: []\n", "1:1: format: format must be 1, not 2"),
        ("format: 1\nallow: {}\n", "2:1: allow: allow must be a list"),
        ("format: 1\nallow: []\nentries: []\n", "3:1: entries: unknown key 'entries'"),
        (
            "format: 1\nallow:\n  - kind: field\n    match: '*'\n    category: phantom\n",
            "3:5: allow.0: 'reason' is required: say why",
        ),
        (
            "format: 1\nallow:\n  - {kind: field, match: '*', category: phantom, reason: ''}\n",
            "allow.0.reason: must be a non-empty string",
        ),
        (
            "format: 1\nallow:\n  - {kind: field, match: '*', category: phantom, reason: x,\n"
            "     because: y}\n",
            "4:6: allow.0.because: unknown key 'because'",
        ),
        (
            "format: 1\nallow:\n  - {kind: fields, match: '*', category: phantom, reason: x}\n",
            "allow.0.kind: 'fields' is not one of operation, field, param, window",
        ),
        (
            "format: 1\nallow:\n  - {kind: field, match: '*', category: meh, reason: x}\n",
            "allow.0.category: 'meh' is not one of dead-api, phantom",
        ),
        (
            "format: 1\nallow:\n  - {kind: field, match: '*', side: both, category: phantom, reason: x}\n",
            "allow.0.side: 'both' is not one of ours-only",
        ),
        ("format: 1\nallow:\n  - just a string\n", "3:5: allow.0: an entry is a mapping"),
        ("format: 1\nallow: [\n", "invalid YAML"),
        ("format: 1\nformat: 1\n", "duplicate key 'format'"),
        ("format: !!python/object:os.system 1\n", "tags other than YAML's own"),
    ],
)
def test_bad_allow_lists_are_refused_with_file_and_line(
    tmp_path: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "_drift.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(drift.AllowError) as caught:
        drift.load_allow(path, "svc/v1/_drift.yaml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("svc/v1/_drift.yaml:")
    assert drift.main([str(DOC), "--specs", str(TREE), "--allow", str(path)]) == 1
    assert message in capsys.readouterr().err


def test_every_problem_of_an_allow_list_is_named_at_once(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "format: 1\nallow:\n  - {kind: x, match: '*', category: phantom, reason: r}\n"
        "  - {kind: field, match: '*', category: y, reason: r}\n",
        encoding="utf-8",
    )
    with pytest.raises(drift.AllowError) as caught:
        drift.load_allow(path)
    assert len(str(caught.value).splitlines()) == 2


def test_a_missing_allow_list_named_on_the_command_line_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift.main([str(DOC), "--specs", str(TREE), "--allow", str(tmp_path / "no")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_globs_and_sides_select_entries() -> None:
    entry = drift.Entry("field", "GET /x/{} response *.name", "phantom", "r", "ours-only", "f:1")
    assert entry.matches(drift.Difference("field", "ours-only", "GET /x/{} response a.name"))
    assert not entry.matches(drift.Difference("field", "theirs-only", "GET /x/{} response a.name"))
    assert not entry.matches(drift.Difference("param", "ours-only", "GET /x/{} response a.name"))
    assert not entry.matches(drift.Difference("field", "ours-only", "GET /x/{} request a.name"))
    exact = drift.Entry("operation", "GET /x", "phantom", "r", None, "f:2")
    assert exact.matches(drift.Difference("operation", "theirs-only", "GET /x"))
    assert not exact.matches(drift.Difference("operation", "theirs-only", "GET /x/{}"))


# -- what is compared --------------------------------------------------------------------


def test_operation_ids_normalize_parameters_queries_and_slashes() -> None:
    assert drift.op_id("get", "/servers/{server_id}/") == "GET /servers/{}"
    assert drift.op_id("GET", "/?format=json") == "GET /"
    assert drift.op_id("GET", "") == "GET /"
    assert drift.op_id("POST", "/s/{id}/action", action="pause") == "POST /s/{}/action#pause"
    assert drift.op_id("GET", "/", root=True) == "GET root:/"


def write_doc(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def upstream_ops(tmp_path: Path, text: str) -> dict[str, drift.Side]:
    return drift.Upstream(drift.load_document(write_doc(tmp_path, text)), set()).ops()


def test_version_and_project_prefixes_are_the_endpoints(tmp_path: Path) -> None:
    """/v3/{project_id}/volumes and /v3/volumes are one operation; an unversioned path
    of a versioned document is below the server's root."""
    ops = upstream_ops(
        tmp_path,
        "openapi: 3.1.0\npaths:\n  /: {get: {}}\n  /v3/volumes: {get: {}}\n"
        "  /v3/{project_id}/volumes: {get: {}}\n  /v3/{project_id}/volumes/{id}: {get: {}}\n",
    )
    assert set(ops) == {"GET root:/", "GET /volumes", "GET /volumes/{}"}


def test_an_unversioned_document_keeps_its_paths(tmp_path: Path) -> None:
    ops = upstream_ops(tmp_path, "openapi: 3.1.0\npaths:\n  /: {get: {}}\n  /traits: {get: {}}\n")
    assert set(ops) == {"GET /", "GET /traits"}


def test_microversion_branches_merge_with_their_windows(tmp_path: Path) -> None:
    """A body that changed at 1.5 is one body; a member only in the newer branch
    carries the newer window, one in both none."""
    ops = upstream_ops(
        tmp_path,
        """\
openapi: 3.1.0
paths:
  /v1/things:
    get:
      responses:
        "200":
          content:
            application/json:
              schema:
                oneOf:
                  - {x-openstack: {min-ver: "1.0", max-ver: "1.4"}, properties: {a: {}, b: {}}}
                  - {x-openstack: {min-ver: "1.5"}, properties: {a: {}, c: {writeOnly: true}, d: {}}}
""",
    )
    response = ops["GET /things"].response
    assert response == {
        "a": drift.Member(("1.0", None)),
        "b": drift.Member(("1.0", "1.4")),
        "d": drift.Member(("1.5", None)),
    }


def test_windows_at_the_service_bounds_are_unbounded() -> None:
    compare = drift.Comparison("2.1", {"2.104", "2.100"})
    assert compare.norm(("2.0", "2.100")) == (None, None)
    assert compare.norm(("2.1", "2.99")) == (None, (2, 99))
    assert compare.norm(("garbage", None)) == (None, None)
    assert drift.Comparison.within(("2.3", None), ("2.5", "2.9")) == ("2.5", "2.9")


def test_one_reading_of_microversions_for_drift_and_import() -> None:
    """common.py's helpers, which drift and the importer share."""
    assert common.version_key("2.10") > common.version_key("2.9") > common.version_key("2.0")
    for odd in ("latest", "2", "2.5.1", "\u00b2.1", "2.\u0661", "9" * 5000 + ".1", "", " 2.1"):
        assert common.microversion(odd) is None and common.version_key(odd) == (0, 0), odd
    assert common.inverted(("2.53", "2.32")) and not common.inverted(("2.32", "2.53"))
    assert not common.inverted(("2.53", None)) and not common.inverted(("x", "2.1"))
    assert common.hull([("1.2", "1.4"), ("1.10", None)]) == ("1.2", None)
    assert common.hull([("1.2", "1.4"), ("1.10", "1.3")]) == ("1.2", "1.4")  # inverted: left out
    assert common.hull([("1.2", "1.4"), ("1.3", "1.9"), (None, "1.5")]) == (None, "1.9")
    assert common.hull([]) == (None, None)
    # the importer reads a window as drift does, and drops an inverted or odd one
    assert import_schema.window({"x-openstack": {"min-ver": "2.53", "max-ver": "2.32"}}) == (
        None,
        None,
    )
    assert import_schema.window({"x-openstack": {"min-ver": "2.x", "max-ver": "2.32"}}) == (
        None,
        "2.32",
    )


def test_header_parameters_skip_what_every_request_sends(tmp_path: Path) -> None:
    ops = upstream_ops(
        tmp_path,
        """\
openapi: 3.1.0
paths:
  /v1/things:
    parameters:
      - {name: X-Auth-Token, in: header}
      - {name: X-Custom, in: header, x-openstack: {min-ver: "1.3"}}
    get:
      parameters:
        - {name: marker, in: query}
        - {name: id, in: path}
        - {name: session, in: cookie}
      responses:
        "200":
          headers:
            Date: {}
            X-Thing-Count: {x-openstack: {max-ver: "1.2"}}
""",
    )
    side = ops["GET /things"]
    assert side.params == {
        "header x-custom": drift.Member(("1.3", None)),
        "query marker": drift.Member((None, None)),
    }
    assert side.headers == {"x-thing-count": drift.Member((None, "1.2"))}


# -- hostile documents -------------------------------------------------------------------

PATHS = "openapi: 3.1.0\npaths:\n  /v1/things:\n    get:\n      responses:\n"


def body(schema: str) -> str:
    return (
        PATHS
        + f"        '200': {{content: {{application/json: {{schema: {schema}}}}}}}\n"
        + "components:\n  schemas:\n"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            body("{$ref: '#/components/schemas/A'}") + "    A: {$ref: '#/components/schemas/B'}\n"
            "    B: {$ref: '#/components/schemas/A'}\n",
            "$ref cycle: #/components/schemas/A -> #/components/schemas/B -> #/",
        ),
        (body("{$ref: 'https://example.com/x.yaml#/A'}"), "only references inside the document"),
        (body("{$ref: 'other.yaml#/A'}"), "only references inside the document"),
        (body("{$ref: '#/components/schemas/Nope'}"), "names nothing in the document"),
        (body("{$ref: 5}"), "only references inside the document"),
        ("openapi: 3.1.0\npaths: [1]\n", "#/paths: the document has no paths mapping"),
        ("openapi: 2.0\npaths: {}\n", "#/openapi: not an OpenAPI 3.x document"),
        ("swagger: '2.0'\npaths: {}\n", "#/openapi: not an OpenAPI 3.x document"),
        ("[" * 300 + "]" * 300, "nested"),
        (
            "openapi: 3.1.0\npaths: {}\nx: !!python/object/apply:os.system [echo]\n",
            "tags other than",
        ),
        ("openapi: 3.1.0\npaths: {\n", "invalid YAML"),
        ("openapi: 3.1.0\npaths: {}\nopenapi: 3.0.0\n", "duplicate key"),
    ],
)
def test_hostile_documents_are_refused_clearly(
    tmp_path: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_doc(tmp_path, text)
    assert drift.main([str(path), "--specs", str(TREE), "--service", "widget"]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert err.startswith(f"drift: {path}: #")


def test_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["openapi: 3.1.0", "paths: {}", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
        for i in range(1, 9)
    ]
    path = write_doc(tmp_path, "\n".join(lines) + "\n")
    start = time.process_time()
    with pytest.raises(drift.DocError, match="values once aliases are expanded"):
        drift.load_document(path)
    assert time.process_time() - start < 30


def test_too_large_and_not_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_doc(tmp_path, "openapi: 3.1.0\npaths: {}\n" + "# padding\n" * 200)
    monkeypatch.setattr(import_load, "MAX_BYTES", 1000)
    with pytest.raises(drift.DocError, match="larger than 1000 bytes"):
        drift.load_document(path)
    path.write_bytes(b"openapi: \xff\xfe\n")
    with pytest.raises(drift.DocError, match="cannot read doc.yaml: 'utf-8' codec"):
        drift.load_document(path)
    with pytest.raises(drift.DocError, match="cannot read"):
        drift.load_document(tmp_path / "missing.yaml")


def test_recursive_schemas_and_reference_fan_out_stay_bounded(tmp_path: Path) -> None:
    """A schema that holds itself (legal) stops where it repeats; 30 levels of ten
    references each (10**30 paths) are read once per schema."""
    levels = "".join(
        f"    L{i}:\n      properties:\n"
        + "".join(f"        p{j}: {{$ref: '#/components/schemas/L{i + 1}'}}\n" for j in range(10))
        for i in range(30)
    )
    text = (
        body("{$ref: '#/components/schemas/Tree'}")
        + "    Tree:\n      properties:\n        kids: {type: array, items: {$ref: '#/components/schemas/Tree'}}\n"
        + "        fan: {$ref: '#/components/schemas/L0'}\n"
        + levels
        + "    L30: {type: string}\n"
    )
    start = time.process_time()
    ops = upstream_ops(tmp_path, text)
    assert time.process_time() - start < 30
    response = ops["GET /things"].response
    assert response is not None and set(response) == {"kids", "fan"}
    assert response["kids"].children is None  # Tree inside Tree: not expanded again
    depth, shape = 0, response["fan"].children
    while shape is not None:
        depth, shape = depth + 1, shape["p0"].children
    assert depth == drift.MAX_FIELD_DEPTH


def test_odd_names_and_odd_values_are_compared_not_executed(tmp_path: Path) -> None:
    """Keywords, non-ASCII, JSON pointer characters, wrong types where mappings belong:
    read as data or skipped, never a traceback."""
    text = """\
openapi: 3.1.0
info: [not, a, mapping]
paths:
  /v1/things/{ünïcode}:
    parameters: "not a list"
    get:
      parameters: [5, {name: 7, in: query}, {name: "__import__('os')", in: query}]
      responses:
        "200":
          content:
            application/json:
              schema:
                properties:
                  class: {}
                  "a/b~c": {x-openstack: {min-ver: [1], max-ver: {}}}
                  "名前": {}
        203: {content: {application/json: {schema: 5}}}
        "201": {content: []}
        "202": 17
    post: "not an operation"
    x-extension: {get: {}}
  /v1/other: 42
  17: {get: {}}
"""
    ops = upstream_ops(tmp_path, text)
    assert set(ops) == {"GET /things/{}"}
    side = ops["GET /things/{}"]
    assert set(side.params) == {"query __import__('os')"}
    assert side.response is not None and set(side.response) == {"class", "a/b~c", "名前"}


def test_allow_list_files_are_not_specs(tmp_path: Path) -> None:
    """codegen skips ``_drift.yaml`` (an allow-list is no spec), also with --check."""
    tree = tmp_path / "tree"
    shutil.copytree(TREE, tree)
    (tree / "widget" / "v1" / "_drift.yaml").write_text(COMPLETE, encoding="utf-8")
    rels = {s.rel for s in load_all([tree])}
    assert rels == {"widget/v1/_service.yaml", "widget/v1/gadgets.yaml"}


def test_one_of_ours_with_a_parameter_covers_their_literal_paths() -> None:
    """Our ``GET /schemas/{}`` answers their ``GET /schemas/image`` and ``.../images``;
    a parameter stands for one segment only, and exact matches come first."""
    ours = {"GET /schemas/{}": drift.Side(drift.ANY), "GET /x/{}": drift.Side(drift.ANY)}
    theirs = {
        "GET /schemas/image": drift.Side(drift.ANY, params={"query q": drift.Member(drift.ANY)}),
        "GET /schemas/images": drift.Side(drift.ANY),
        "GET /schemas/metadefs/tag": drift.Side(drift.ANY),
        "GET /x/{}": drift.Side(drift.ANY),
    }
    found = drift.Comparison(None, set()).run(ours, theirs)
    assert {(d.kind, d.side, d.target) for d in found} == {
        ("param", "theirs-only", "GET /schemas/image query q"),
        ("operation", "theirs-only", "GET /schemas/metadefs/tag"),
    }


def test_our_operations_on_one_path_keep_their_own_windows() -> None:
    """A legacy form (until 1.11) and the current one (since 1.12) of one write: each
    member keeps the window of the operation it belongs to."""
    legacy = drift.Side(("1.0", "1.11"), request={"old": drift.Member(drift.ANY)})
    current = drift.Side(("1.12", None), request={"new": drift.Member(drift.ANY)})
    for side in (legacy, current):
        side.request = drift._within(side.request, side.window)
    merged = legacy
    merged.absorb(current)
    assert merged.request == {
        "old": drift.Member(("1.0", "1.11")),
        "new": drift.Member(("1.12", None)),
    }
    assert merged.window == ("1.0", None)


# -- one model, many operations; inverted branches; which entry matched --------------------

#: the widget service as its answers really are: a summary listing, a full get, a thin
#: create answer and a replace that takes only a name; Size never has a height here
SUMMARY_AND_FULL = """\
openapi: 3.1.0
info: {title: Widgets, version: "1.9"}
paths:
  /v1/gadgets:
    get:
      parameters:
        - {name: name, in: query}
        - {name: sort_dir, in: query}
      responses:
        "200":
          content:
            application/json:
              schema:
                properties:
                  gadgets:
                    type: array
                    items: {properties: {id: {}, name: {}, weight: {}}}
    post:
      requestBody:
        content:
          application/json:
            schema: {properties: {gadget: {$ref: "#/components/schemas/Writable"}}}
      responses:
        "201":
          content:
            application/json:
              schema: {properties: {gadget: {properties: {id: {}, name: {}}}}}
  /v1/gadgets/{id}:
    get:
      responses:
        "200": {$ref: "#/components/responses/Full"}
    put:
      requestBody:
        content:
          application/json:
            schema: {properties: {gadget: {properties: {name: {}}}}}
      responses:
        "200": {$ref: "#/components/responses/Full"}
    delete: {responses: {"204": {description: gone}}}
  /v1/gadgets/{id}/action:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - {x-openstack: {action-name: spin}, properties: {spin: {properties: {speed: {}}}}}
                - {x-openstack: {action-name: polish}, properties: {polish: {type: "null"}}}
components:
  responses:
    Full:
      content:
        application/json:
          schema: {properties: {gadget: {$ref: "#/components/schemas/Writable"}}}
  schemas:
    Writable:
      properties:
        id: {readOnly: true}
        name: {}
        color: {x-openstack: {min-ver: "1.2"}}
        size: {properties: {width: {}}}
        secret_sauce: {}
"""


def test_an_ours_only_field_is_one_of_our_model_not_of_each_operation(tmp_path: Path) -> None:
    """One Gadget model decodes the summary listing, get, the thin create answer and the
    replace answer; one options class (CreateOpts, also update's) sends create and
    replace. A member of ours that upstream has for another operation decoding (or
    sending) the same class is no difference; one it has nowhere (Size.height) is one,
    at every operation; theirs-only members stay per operation (weight)."""
    tree = tmp_path / "tree"
    shutil.copytree(TREE, tree)
    spec = tree / "widget" / "v1" / "gadgets.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(
        text.replace("  get: {}\n", "  get: {}\n  update: {method: PUT, options: create}\n"),
        encoding="utf-8",
    )
    doc = write_doc(tmp_path, SUMMARY_AND_FULL)
    outcome = drift.drift(drift.load_document(doc), tree, "widget", "v1", None)
    fields = {(d.side, d.target) for d, _ in outcome.differences if d.kind == "field"}
    assert fields == {
        ("theirs-only", "GET /gadgets response gadgets.weight"),
        ("ours-only", "GET /gadgets/{} response gadget.size.height"),
        ("ours-only", "PUT /gadgets/{} response gadget.size.height"),
        ("ours-only", "POST /gadgets request gadget.size.height"),
    }
    # list: color, size, secret_sauce; create answer: the same three; replace request:
    # color, size, secret_sauce (create's request has them)
    assert outcome.shared == 9
    assert "ours-only fields that another operation of their model has: 9" in drift.report(outcome)


#: two models of ours
M1 = frozenset({"response widget/v1/a#A"})
M2 = frozenset({"response widget/v1/b#B"})


def test_a_member_upstream_has_only_elsewhere_in_another_model_still_differs() -> None:
    """The union is per model: the same member name under another of our models (or at
    the top of a body that is no model) does not count."""
    ours = {
        "GET /a": drift.Side(
            drift.ANY,
            response={"a": drift.Member(drift.ANY, {"x": drift.Member(drift.ANY)}, models=M1)},
        ),
        "GET /b": drift.Side(
            drift.ANY,
            response={"b": drift.Member(drift.ANY, {"x": drift.Member(drift.ANY)}, models=M2)},
        ),
        "GET /c": drift.Side(drift.ANY, response={"x": drift.Member(drift.ANY)}),
    }
    theirs = {
        "GET /a": drift.Side(drift.ANY, response={"a": drift.Member(drift.ANY, {})}),
        "GET /b": drift.Side(
            drift.ANY, response={"b": drift.Member(drift.ANY, {"x": drift.Member(drift.ANY)})}
        ),
        "GET /c": drift.Side(drift.ANY, response={}),
    }
    compare = drift.Comparison(None, set())
    found = compare.run(ours, theirs)
    assert [(d.side, d.target) for d in found] == [
        ("ours-only", "GET /a response a.x"),
        ("ours-only", "GET /c response x"),
    ]
    assert compare.shared == 0


#: get answers a oneOf per microversion whose second branch is inverted (1.6 to 1.2)
INVERTED_BRANCH = """\
openapi: 3.1.0
info: {title: Widgets, version: "1.9"}
paths:
  /v1/gadgets/{id}:
    get:
      responses:
        "200":
          content:
            application/json:
              schema:
                properties:
                  gadget:
                    x-openstack: {discriminator: microversion}
                    oneOf:
                      - x-openstack: {min-ver: "1.0", max-ver: "1.5"}
                        properties: {id: {}, name: {}, size: {properties: {width: {}}}}
                      - $ref: "#/components/schemas/Gadget16"
components:
  schemas:
    Gadget16:
      x-openstack: {min-ver: "1.6", max-ver: "1.2"}
      properties:
        id: {}
        name: {}
        secret_sauce: {}
        color: {}
        size: {properties: {width: {}, height: {x-openstack: {min-ver: "1.3"}}}}
"""


def test_an_inverted_branch_makes_window_differences_upstream_defects(tmp_path: Path) -> None:
    """Members of an inverted oneOf branch take the window around it; where ours then
    differs, that is the branch's defect (theirs-inverted), not a window to fix. A
    member with a window of its own (height) is compared as usual, one that agrees
    (secret_sauce, width) is no difference, and the defect is counted once, where it is."""
    doc = write_doc(tmp_path, INVERTED_BRANCH)
    outcome = drift.drift(drift.load_document(doc), TREE, "widget", "v1", None)
    windows = {(d.side, d.target, d.detail) for d, _ in outcome.differences if d.kind == "window"}
    assert windows == {
        (
            "theirs-inverted",
            "GET /gadgets/{} response gadget.color",
            "ours [1.2, -], theirs [-, -]",
        ),
        ("differ", "GET /gadgets/{} response gadget.size.height", "ours [-, -], theirs [1.3, -]"),
    }
    assert outcome.inverted == ["#/components/schemas/Gadget16"]
    assert "inverted windows in the document (upstream defects): 1" in drift.report(outcome)


def test_json_names_the_entry_that_matched_first(tmp_path: Path) -> None:
    """The first entry that matches is credited: a broad glob above a specific entry
    takes its differences, the specific entry is stale, and the JSON says which matched."""
    broad = COMPLETE.replace(
        "allow:\n",
        "allow:\n  - kind: field\n    match: '*'\n    category: our-choice\n"
        "    reason: Too broad, it swallows the entries below.\n",
    )
    (tmp_path / "allow.yaml").write_text(broad, encoding="utf-8")
    outcome = drift.drift(drift.load_document(DOC), TREE, None, None, tmp_path / "allow.yaml")
    assert {e.match for e in outcome.stale} == {
        "* gadget*.secret_sauce",
        "* gadget*.weight",
        "* gadget*.size.depth",
    }
    report = json.loads(drift.as_json(outcome))
    weight = next(d for d in report["differences"] if d["target"].endswith("gadgets.weight"))
    assert weight["matched"] == {"kind": "field", "match": "*", "side": None}
    assert weight["allowed_by"] == f"{tmp_path / 'allow.yaml'}:3"
    assert report["inverted"] == outcome.inverted and report["failed"] is True


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path) -> None:
    """``drift ... | head``: the pipe is closed before anything is written."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "stacksdk.codegen", "drift", str(DOC), "--specs", str(TREE)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.stderr == "" and done.returncode == 1  # the outcome's status (differences)


def test_odd_microversions_read_as_no_bound(tmp_path: Path) -> None:
    """A superscript or Arabic-Indic digit passes str.isdigit but not int(); a 5000-digit
    one passes neither int() nor sense: none is a bound, none is a traceback."""
    huge = "9" * 5000
    text = f"""\
openapi: 3.1.0
info: {{version: "2.9"}}
paths:
  /v2/things:
    get:
      x-openstack: {{min-ver: "\u00b2.1", max-ver: "2.\u0661"}}
      parameters:
        - {{name: a, in: query, x-openstack: {{min-ver: "{huge}.1", max-ver: "2.1"}}}}
"""
    side = upstream_ops(tmp_path, text)["GET /things"]
    assert side.window == ("\u00b2.1", "2.\u0661") and not side.bad_window
    assert side.params["query a"] == drift.Member((f"{huge}.1", "2.1"))
    assert drift.Comparison("2.1", {"2.9"}).norm(side.params["query a"].window) == (None, (2, 1))


def test_a_type_two_trees_share_is_named_by_its_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """OpenStack's dns v2 and Huawei's (specs/huaweicloud/dns/v2) are both of type dns:
    --service dns is OpenStack's, --service huaweicloud/dns the vendor's."""
    specs = Path(__file__).resolve().parents[2] / "specs"
    doc = tmp_path / "dns.yaml"
    doc.write_text("openapi: 3.1.0\ninfo: {version: '2'}\npaths: {/v2/zones: {get: {}}}\n")
    for service in ("dns", "huaweicloud/dns"):
        code = drift.main(
            [str(doc), "--specs", str(specs), "--service", service, "--version", "v2"]
        )
        out, err = capsys.readouterr()
        assert code == 1 and "no single service version" not in err, err
        assert ("/reverse/floatingips" in out) == (service == "dns")  # OpenStack's own path
