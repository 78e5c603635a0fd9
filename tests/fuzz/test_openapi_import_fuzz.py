"""import-openapi on random documents: it either stops with its own error naming a JSON
pointer (``OpenAPIError``), or writes a tree that lints, or fails lint with
``file:line:column`` errors. Nothing else escapes, and nothing written is executable
beyond what codegen accepts (generation itself is checked by the codegen fuzz tests)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from stacksdk.codegen.build import build
from stacksdk.codegen.cli import package_map
from stacksdk.codegen.loader import SpecErrors, load_all
from stacksdk.codegen.openapi import import_marks, importer
from stacksdk.codegen.openapi.import_load import OpenAPIError

from .conftest import LONG, FuzzStats

CLASS = "codegen: import-openapi documents"

#: names as strangers write them: keywords, camelCase, prefixes, unicode, controls
names = st.one_of(
    *[st.sampled_from(["id", "name", "status", "size", "tags", "imageRef", "OS-A:b"])] * 4,
    st.sampled_from(
        ["id", "name", "status", "class", "list", "OS-EXT:vm_state", "imageRef", "password"]
        + ["", "_", "1x", "a b", "a\u202eb", "\u00e9t\u00e9", "x\x00", "links", "self"]
    ),
    st.text(max_size=12),
)
refs = st.sampled_from(
    ["#/components/schemas/A", "#/components/schemas/B", "#/nope", "x.yaml#/A", "#/paths"]
)
versions = st.sampled_from(["2.1", "2.10", "3.0", "x", "9.9", ""])
#: any JSON value, where the document should have something else
anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def schemas() -> st.SearchStrategy[Any]:
    scalar = st.one_of(
        st.fixed_dictionaries(
            {"type": st.sampled_from(["string", "integer", "number", "boolean", "null"])},
            optional={
                "format": st.sampled_from(["date-time", "uuid"]),
                "enum": st.lists(st.one_of(st.text(max_size=4), st.integers(), st.none())),
            },
        ),
        st.builds(lambda r: {"$ref": r}, refs),
        st.just({}),
        anything,
    )

    def extend(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        window = st.fixed_dictionaries({}, optional={"min-ver": versions, "max-ver": versions})
        return st.one_of(
            st.fixed_dictionaries(
                {
                    "type": st.just("object"),
                    "properties": st.dictionaries(names, inner, max_size=4),
                },
                optional={
                    "required": st.lists(names, max_size=2),
                    "x-openstack": window,
                    "additionalProperties": inner,
                },
            ),
            st.builds(lambda i: {"type": "array", "items": i}, inner),
            st.builds(
                lambda alts, d: {"oneOf": alts, "x-openstack": {"discriminator": d}},
                st.lists(inner, max_size=3),
                st.sampled_from(["microversion", "action", "other"]),
            ),
            st.builds(lambda t, i: {"type": t, "items": i}, st.just(["string", "null"]), inner),
        )

    return st.recursive(scalar, extend, max_leaves=12)


def operations() -> st.SearchStrategy[Any]:
    body = st.builds(lambda s: {"content": {"application/json": {"schema": s}}}, schemas())
    parameter = st.fixed_dictionaries(
        {"name": names, "in": st.sampled_from(["query", "header", "path", "cookie"])},
        optional={"schema": schemas(), "required": st.booleans(), "explode": st.booleans()},
    )
    return st.fixed_dictionaries(
        {},
        optional={
            "requestBody": body,
            "responses": st.dictionaries(st.sampled_from(["200", "201", "204", "default"]), body),
            "parameters": st.lists(parameter, max_size=3),
            "x-openstack": st.fixed_dictionaries({}, optional={"min-ver": versions}),
            "operationId": anything,
        },
    )


_SEGMENTS = ["things", "{thing_id}", "{a-b}", "action", "tasks", "os-x", "list", "{class}"]
segments = st.one_of(
    *[st.sampled_from(_SEGMENTS)] * 6, st.sampled_from(["", "v2"]), st.text(max_size=6)
)
paths = st.builds(
    lambda prefix, parts: prefix + "/" + "/".join(parts),
    st.sampled_from(["/v2", "/v2.1", ""]),
    st.lists(segments, min_size=1, max_size=4),
)
documents = st.fixed_dictionaries(
    {
        "openapi": st.sampled_from(["3.1.0"] * 8 + ["3.0.3", "2.0"]),
        "paths": st.dictionaries(
            paths,
            st.dictionaries(
                st.sampled_from(["get", "post", "put", "patch", "delete"]), operations()
            ),
            min_size=1,
            max_size=5,
        ),
        "components": st.fixed_dictionaries(
            {"schemas": st.fixed_dictionaries({}, optional={"A": schemas(), "B": schemas()})}
        ),
    },
    optional={"info": st.one_of(st.fixed_dictionaries({"version": versions}), anything)},
)


def _lint(tree: Path) -> list[str]:
    """What ``codegen --check`` says about the tree (file:line:col errors), answered or not."""
    try:
        specs = load_all([tree])
        build(specs, package_map([s.rel for s in specs if s.kind != "shared"]))
    except SpecErrors as exc:
        return [str(e) for e in exc.errors]
    return []


def test_random_documents_give_clear_errors_or_lintable_trees(fuzz_stats: FuzzStats) -> None:
    @settings(max_examples=settings.default.max_examples if LONG else 100)
    @given(doc=documents)
    def check(doc: dict[str, Any]) -> None:
        escaped = 0
        try:
            files, _ = importer.import_document(doc, "fuzz", "v1")
        except OpenAPIError as exc:
            assert exc.pointer == "" or exc.pointer.startswith("/")
            files = {}
        except Exception:  # anything else escaped the importer: counted, then failed
            escaped = 1
            raise
        finally:
            fuzz_stats.record(CLASS, tried=1, escapes=escaped)
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp)
            for rel, text in files.items():
                (tree / rel).parent.mkdir(parents=True, exist_ok=True)
                (tree / rel).write_text(text, encoding="utf-8")
            for error in _lint(tree):
                assert error.split(":", 1)[0].endswith(".yaml") and ":" in error, error
            for path in tree.rglob("*.yaml"):  # every mark answered: still lints or says where
                data = import_marks.answer(yaml.safe_load(path.read_text(encoding="utf-8")))
                path.write_text(yaml.safe_dump(data), encoding="utf-8")
            for error in _lint(tree):
                file, line, column, _ = error.split(":", 3)
                assert file.endswith(".yaml") and line.isdigit() and column.isdigit(), error

    check()
