"""The bounded YAML walk shared by clouds.yaml and the spec loader (runtime/yamlwalk.py)."""

from __future__ import annotations

import time
from typing import Any

import pytest
import yaml

from stacksdk.runtime.yamlwalk import (
    FOREIGN_TAG,
    Refused,
    TooBig,
    Walker,
    compose,
    loader_class,
)

SAFE = loader_class(yaml.SafeLoader)


def walk(text: str, loader: Any = SAFE, **options: Any) -> Any:
    node = compose(text, loader)
    assert node is not None
    options.setdefault("max_values", 1000)
    options.setdefault("max_depth", 10)
    return Walker(**options).walk(node)


def refused(text: str, **options: Any) -> Refused:
    with pytest.raises(Refused) as info:
        walk(text, **options)
    return info.value


class Collecting(Walker):
    """Problems collected, the walk going on (as the spec linter does)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(max_values=1000, max_depth=10, **options)
        self.problems: list[tuple[str, tuple[int, int], tuple[Any, ...]]] = []

    def problem(self, reason: str, node: yaml.Node, path: tuple[Any, ...]) -> None:
        self.problems.append((reason, (node.start_mark.line + 1, node.start_mark.column + 1), path))


def laughs(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_aliases_are_copies_counted_as_expanded() -> None:
    text = "a: &a [1, 2]\nb: *a\n"
    # the mapping, 2 keys, 2 lists of 2 items: 9 values
    data = walk(text, max_values=9)
    assert data == {"a": [1, 2], "b": [1, 2]} and data["a"] is not data["b"]
    error = refused(text, max_values=8)
    assert isinstance(error, TooBig)
    assert error.reason == "more than 8 values once aliases are expanded"
    # an alias is the node it names: the position is the anchor's, the path the alias's
    assert error.position == (1, 11) and error.path == ("b", 1)


@pytest.mark.parametrize("loader", [SAFE, loader_class(yaml.CSafeLoader)])
def test_an_alias_bomb_is_refused_within_the_budget(loader: Any) -> None:
    text = laughs(10)  # 9**10 values once expanded, from 500 bytes
    assert len(text) < 600
    started = time.process_time()
    with pytest.raises(TooBig, match="more than 20000 values once aliases are expanded"):
        walk(text, loader, max_values=20_000)
    assert time.process_time() - started < 2  # about 20000 steps, not 9**10


def test_even_a_collecting_walker_stops_at_a_limit() -> None:
    node = compose(laughs(10), SAFE)
    with pytest.raises(TooBig):
        Collecting().walk(node)


@pytest.mark.parametrize(
    ("text", "where", "path"),
    [
        ("a: &a [*a]\n", (1, 4), ("a", 0)),
        ("a: &a {b: *a}\n", (1, 4), ("a", "b")),
        ("x: 1\ny: &y\n  z:\n  - w: *y\n", (2, 4), ("y", "z", 0, "w")),
    ],
)
def test_an_alias_inside_what_it_names_is_refused_not_looped(
    text: str, where: tuple[int, int], path: tuple[Any, ...]
) -> None:
    error = refused(text)
    assert (error.reason, error.position, error.path) == (Walker.ALIAS_LOOP, where, path)
    walker = Collecting()
    walker.walk(compose(text, SAFE))  # type: ignore[arg-type]
    assert walker.problems == [(Walker.ALIAS_LOOP, where, path)]


def test_depth_is_bounded_while_composing_and_once_aliases_are_expanded() -> None:
    deep = "a: " + "[" * 6 + "]" * 6 + "\n"
    with pytest.raises(TooBig, match="nested deeper than 4 levels") as info:
        compose(deep, loader_class(yaml.SafeLoader, 4))
    assert info.value.position == (1, 7)  # the fifth level: the map, then four lists
    # never deeper than 2 as written, 5 deep once expanded
    text = "a: &a [1]\nb: &b [*a]\nc: &c [*b]\nd: [*c]\n"
    node = compose(text, loader_class(yaml.SafeLoader, 4))
    assert node is not None
    assert Walker(max_values=100, max_depth=5).walk(node)["d"] == [[[[1]]]]
    with pytest.raises(TooBig, match="nested deeper than 4 levels once aliases are expanded"):
        Walker(max_values=100, max_depth=4).walk(node)


def test_a_c_composer_cannot_take_a_depth_bound() -> None:
    with pytest.raises(ValueError, match="pure Python composer"):
        loader_class(yaml.CSafeLoader, 4)


def test_duplicate_keys_are_refused_where_they_are() -> None:
    error = refused("a: 1\nb:\n  c: 2\n  c: 3\n")
    assert (error.reason, error.position, error.path) == ("duplicate key 'c'", (4, 3), ("b", "c"))
    error = refused("a: 1\nb: 2\na: 3\n", shown=lambda key: "<key>")
    assert error.reason == "duplicate key <key>"


def test_positions_are_recorded_per_key_path() -> None:
    marks: dict[tuple[Any, ...], tuple[int, int]] = {}
    walk("a:\n  b: [x, y]\n  c:\n  - d: 1\n", marks=marks)
    assert marks == {
        (): (1, 1),
        ("a",): (1, 1),
        ("a", "b"): (2, 3),
        ("a", "b", 0): (2, 7),
        ("a", "b", 1): (2, 10),
        ("a", "c"): (3, 3),
        ("a", "c", 0): (4, 5),
        ("a", "c", 0, "d"): (4, 5),
    }


@pytest.mark.parametrize(
    ("text", "reason", "where"),
    [
        ("a: !!python/name:os.system x\n", FOREIGN_TAG, (1, 4)),
        ("a: !custom {}\n", FOREIGN_TAG, (1, 4)),
        ("a: !!binary aGk=\n", FOREIGN_TAG, (1, 4)),
        ("a: " + "9" * 100_000 + "\n", "a number of more than 64 characters", (1, 4)),
        ("a: 2024-13-01\n", "invalid value for its type timestamp", (1, 4)),
        ("? [a, b]\n: x\n", "a key is a list or a mapping (keys are strings)", (1, 3)),
        ("a: {<<: {b: 1}}\n", "'<<' merge keys are not supported", (1, 5)),
    ],
)
def test_what_yaml_may_not_hold(text: str, reason: str, where: tuple[int, int]) -> None:
    error = refused(text)
    assert (error.reason, error.position) == (reason, where)


def test_a_collecting_walker_reports_everything_and_goes_on() -> None:
    walker = Collecting()
    text = "a: 2024-13-01\nb: !x 1\nc: ok\nc: again\n"
    assert walker.walk(compose(text, SAFE)) == {  # type: ignore[arg-type]
        "a": None,
        "b": None,
        "c": "again",
    }
    assert walker.problems == [
        ("invalid value for its type timestamp", (1, 4), ("a",)),
        (FOREIGN_TAG, (2, 4), ("b",)),
        ("duplicate key 'c'", (4, 1), ("c",)),
    ]


def test_merge_keys_on_request() -> None:
    text = "d: &d {x: 1, y: 2}\ne: &e {y: 3, z: 4}\nc:\n  <<: [*d, *e]\n  x: 0\n"
    assert walk(text, merge_keys=True)["c"] == {"x": 0, "y": 2, "z": 4}
    assert refused("c:\n  <<: [1]\n", merge_keys=True).reason == "'<<' merges mappings only"
    assert refused("c: &c\n  <<: *c\n", merge_keys=True).reason == Walker.ALIAS_LOOP


def test_numbers_as_written_under_chosen_keys() -> None:
    text = "compute_api_version: 2.10\nother: 2.10\n"
    data = walk(text, as_written=lambda key: key.endswith("_api_version"))
    assert data == {"compute_api_version": "2.10", "other": 2.1}


def test_yaml_1_2_booleans_on_request() -> None:
    text = "[on, off, yes, no, true, False]\n"
    assert walk(text) == [True, False, True, False, True, False]
    for base in (yaml.SafeLoader, yaml.CSafeLoader):
        loader = loader_class(base, yaml12_booleans=True)
        assert walk(text, loader) == ["on", "off", "yes", "no", True, False]
    assert walk(text) == [True, False, True, False, True, False]  # the base is untouched


def test_bad_yaml_is_yamls_error_and_an_empty_file_no_node() -> None:
    with pytest.raises(yaml.YAMLError):
        compose("a: [\n", SAFE)
    assert compose("# nothing\n", SAFE) is None
