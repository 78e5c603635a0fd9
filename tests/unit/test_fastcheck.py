"""codegen's quick schema check gives jsonschema's verdict: on every spec of the project,
and on thousands of broken variants of them."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from stacksdk.codegen import loader
from stacksdk.runtime import fastcheck

REPO = Path(__file__).resolve().parents[2]
SPECS = sorted(loader.discover([REPO / "specs"]))


def full_validator(kind: str) -> Any:
    document = loader.schema()
    sub = {"$schema": document["$schema"], "$ref": f"#/$defs/{kind}", "$defs": document["$defs"]}
    return jsonschema.Draft202012Validator(sub)


def test_the_schema_is_valid_and_fully_supported() -> None:
    jsonschema.Draft202012Validator.check_schema(loader.schema())
    for kind in ("service", "resource", "extension"):
        assert fastcheck.compile_def(loader.schema(), kind) is not None, kind


def test_every_spec_passes_both() -> None:
    assert len(SPECS) > 60
    for source, rel in SPECS:
        spec = loader.load_file(source, rel)
        quick = fastcheck.compile_def(loader.schema(), spec.kind)
        assert quick is not None and quick(spec.data), rel


# values that break typical constraints: types, enums, patterns, lengths, bounds
ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    1.5,
    "",
    "x",
    "Not A Name!",
    [],
    ["a", "a"],
    {},
    {"x": 1},
    10**9,
]


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += paths(item, prefix + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += paths(item, prefix + (i,))
    return out


def mutate(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    out = copy.deepcopy(data)
    target = rng.choice(paths(out)[1:])
    parent = out
    for key in target[:-1]:
        parent = parent[key]
    last = target[-1]
    action = rng.random()
    if action < 0.25 and isinstance(parent, dict):
        del parent[last]  # maybe a required key
    elif action < 0.4 and isinstance(parent, dict):
        parent[rng.choice(["unknown_key", "x-extra", "Bad Key"])] = rng.choice(ODD_VALUES)
    elif action < 0.5 and isinstance(parent[last], list):
        parent[last].append(copy.deepcopy(parent[last][0]) if parent[last] else 1)  # duplicates
    else:
        parent[last] = copy.deepcopy(rng.choice(ODD_VALUES))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_broken_variants_get_the_same_verdict(seed: int) -> None:
    rng = random.Random(seed)
    loaded = [loader.load_file(source, rel) for source, rel in SPECS]
    checks = {
        kind: fastcheck.compile_def(loader.schema(), kind)
        for kind in ("service", "resource", "extension", "shared")
    }
    full = {kind: full_validator(kind) for kind in checks}
    invalid = 0
    for _ in range(600):
        spec = rng.choice(loaded)
        data = mutate(spec.data, rng)
        quick = checks[spec.kind]
        assert quick is not None
        expected = full[spec.kind].is_valid(data)
        assert quick(data) == expected, (spec.rel, data)
        invalid += not expected
    assert invalid > 300  # most mutations break the spec


def test_unsupported_keywords_refuse_to_compile() -> None:
    document = {"$defs": {"thing": {"type": "object", "dependentRequired": {"a": ["b"]}}}}
    assert fastcheck.compile_def(document, "thing") is None
    document = {"$defs": {"thing": {"$ref": "https://example.com/other.json"}}}
    assert fastcheck.compile_def(document, "thing") is None


def test_json_equality_rules() -> None:
    document = {
        "$defs": {
            "one": {"enum": [1, "a", [1, 2]]},
            "unique": {"type": "array", "uniqueItems": True},
        }
    }
    one = fastcheck.compile_def(document, "one")
    unique = fastcheck.compile_def(document, "unique")
    assert one is not None and unique is not None
    assert one(1) and one(1.0) and one("a") and one([1, 2])
    assert not one(True) and not one([1, 2, 3]) and not one("b")
    assert unique([1, True, "1"]) and not unique([1, 1.0]) and not unique([{"a": 1}, {"a": 1}])


def test_explain_gives_the_same_verdict_and_a_failing_location() -> None:
    """explain_def uses the compiled predicates: None exactly for valid documents, else
    a path that exists in the document and a keyword of the schema."""
    rng = random.Random(7)
    loaded = [loader.load_file(source, rel) for source, rel in SPECS]
    for spec in loaded[:10]:
        assert fastcheck.explain_def(loader.schema(), spec.kind, spec.data) is None, spec.rel
    explained = 0
    for _ in range(300):
        spec = rng.choice(loaded)
        data = mutate(spec.data, rng)
        quick = fastcheck.compile_def(loader.schema(), spec.kind)
        assert quick is not None
        failure = fastcheck.explain_def(loader.schema(), spec.kind, data)
        assert (failure is None) == quick(data), (spec.rel, data)
        if failure is not None:
            node: Any = data
            for key in failure.path:
                node = node[key]  # the path leads to a value of the document
            assert node is failure.value or node == failure.value
            assert failure.keyword in failure.schema or failure.keyword == "false"
            explained += 1
    assert explained > 100


def test_explain_names_the_keyword() -> None:
    document = {
        "$defs": {
            "thing": {
                "type": "object",
                "properties": {
                    "n": {"type": "integer", "minimum": 1},
                    "s": {"type": "string", "pattern": "^a"},
                },
                "required": ["n"],
                "additionalProperties": False,
            }
        }
    }
    cases = [
        ({"n": 1}, None),
        ({"n": 0}, (("n",), "minimum")),
        ({"n": "1"}, (("n",), "type")),
        ({"n": 1, "s": "b"}, (("s",), "pattern")),
        ({"n": 1, "x": 1}, (("x",), "additionalProperties")),
        ({}, ((), "required")),
        ([], ((), "type")),
    ]
    for value, expected in cases:
        failure = fastcheck.explain_def(document, "thing", value)
        assert (None if failure is None else (failure.path, failure.keyword)) == expected, value
