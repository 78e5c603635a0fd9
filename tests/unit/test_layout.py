"""codegen's layout (black's output without running black on whole modules) against black
itself: every generated file, modules rendered from specs made to stress the layout,
and many random long statements."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import black
import pytest
from black.mode import TargetVersion

from stacksdk.codegen import layout
from stacksdk.codegen.cli import generate

REPO = Path(__file__).resolve().parents[2]
MODE = black.Mode(line_length=layout.LINE_LENGTH, target_versions={TargetVersion.PY310})


def black_format(source: str) -> str:
    return black.format_str(source, mode=MODE)


def test_every_generated_file_is_black_formatted() -> None:
    files = sorted((REPO / "generated").rglob("*.py"))
    assert len(files) > 50
    unformatted = [f for f in files if black_format(f.read_text()) != f.read_text()]
    assert unformatted == []


# -- modules from specs made to need every kind of split ----------------------------

STRESS_SERVICE = """\
format: 1
service: stress
version: v1
doc: Specs whose generated code needs long lines split.
"""

LONG = "a_rather_long_identifier_for_testing"


def stress_spec() -> str:
    enum = ", ".join(f'"value_number_{i}"' for i in range(12))
    return textwrap.dedent(f"""\
        format: 1
        resource: ExtraordinarilyLongResourceNameForLayoutTests
        plural: extraordinarily_long_resource_names
        doc: >-
          "Stress" resource with "quotes", 'single quotes', back\\\\slashes and a very long description that
          must wrap over several lines of the docstring without black wanting to change it at all. "
        path: /parents/{{{LONG}_parent_id}}/children/{{{LONG}_child_id}}/things
        key: thing
        collection_key: things
        name: name
        fields:
          id: {{type: string, read_only: true}}
          name: {{type: string, create: required, doc: 'ends with a quote "'}}
          status_of_the_extraordinarily_long_thing: {{type: string, enum: [{enum}], read_only: true}}
          short_status: {{type: string, enum: ["it's", 'say "hi"', "both ' and \\"", back\\\\slash], read_only: true, doc: '"Quoted" first word'}}
          {LONG}_one: {{type: string, wire: "OS-EXT-VERY-LONG-PREFIX:{LONG}_one", since: "2.100", until: "2.200"}}
          {LONG}_two: {{type: map, values: {{type: list, items: string}}, sensitive: true, since: "2.3"}}
        operations:
          list:
            query:
              {LONG}_filter: {{type: string, enum: [{enum}], since: "2.10"}}
              {LONG}_list: {{type: list, items: string, style: comma}}
            paging: {{kind: marker}}
          get: {{}}
          create: {{}}
          update: {{}}
          delete: {{}}
        actions:
          perform_the_extraordinarily_long_action_name:
            method: POST
            path: /parents/{{{LONG}_parent_id}}/children/{{{LONG}_child_id}}/things/{{thing_id}}/action
            body_key: perform
            params:
              {LONG}_flag: {{type: boolean, required: true}}
              {LONG}_other: {{type: string}}
        """)


def test_stress_modules_match_black(tmp_path: Path) -> None:
    specs = tmp_path / "specs" / "stress" / "v1"
    specs.mkdir(parents=True)
    (specs / "_service.yaml").write_text(STRESS_SERVICE)
    (specs / "extraordinarily_long_resource_names.yaml").write_text(stress_spec())
    files = generate([tmp_path / "specs"], "stresspkg")
    module = files["stress/v1/extraordinarily_long_resource_names.py"]
    assert max(map(len, module.splitlines())) > layout.LINE_LENGTH  # long strings stay long
    for rel, text in files.items():
        if rel.endswith(".py"):
            assert black_format(text) == text, rel
    assert "'say \"hi\"'" in module and '"it\'s"' in module  # black's choice of quotes
    compile(module, "things.py", "exec")


# -- the fast path against black, statement by statement ----------------------------


def random_expr(rng: random.Random, depth: int) -> str:
    """A call, a display or an atom, of random size."""
    roll = rng.random()
    if depth > 2 or roll < 0.45:
        return rng.choice(
            [
                '"' + "x" * rng.randint(1, 60) + '"',
                "name_" + "n" * rng.randint(0, 30),
                "t.STRING",
                "None",
                str(rng.randint(0, 10**6)),
            ]
        )
    items = [random_expr(rng, depth + 1) for _ in range(rng.randint(1, 6))]
    if roll < 0.7:
        kw = [
            f"k{i}_{'w' * rng.randint(0, 12)}={item}" if rng.random() < 0.4 else item
            for i, item in enumerate(items)
        ]
        return rng.choice(["Field", "client.call", "t.model", "Paging"]) + "(" + ", ".join(kw) + ")"
    if roll < 0.85:
        return "{" + ", ".join(f'"key{i}": {item}' for i, item in enumerate(items)) + "}"
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def random_statement(rng: random.Random) -> tuple[str, int, bool]:
    """(statement, indentation, whether it is an item of an exploded bracket)."""
    expr = random_expr(rng, 0)
    while not expr.startswith(("Field(", "client.call(", "t.model(", "Paging(", "{", "(")):
        expr = random_expr(rng, 0)
    kind = rng.choice(["return", "assign", "annotated", "item", "kwitem"])
    if kind == "return":
        return f"return {expr}", 4, False
    if kind == "assign":
        return f"_NAME_{'X' * rng.randint(0, 20)} = {expr}", 0, False
    if kind == "annotated":
        return f"_fields: ClassVar[tuple[Field, ...]] = {expr}", 4, False
    if kind == "item":
        return f"{expr},", 8, True
    return f"paging={expr},", 4, True


def black_statement(statement: str, indent: int, item: bool) -> list[str]:
    """black's formatting of the statement in the context the layout gives it."""
    if item:
        outer = indent - 4
        header = [" " * (4 * level) + "def _():" for level in range(outer // 4)] + [
            " " * outer + "_("
        ]
        footer = [" " * outer + ")"]
    else:
        header, footer = [" " * (4 * level) + "def _():" for level in range(indent // 4)], []
    source = "\n".join(header + [" " * indent + statement] + footer) + "\n"
    lines = black_format(source).rstrip("\n").split("\n")
    return lines[len(header) : len(lines) - len(footer)]


def test_fast_split_agrees_with_black() -> None:
    rng = random.Random(20261128)
    checked = 0
    for _ in range(1500):
        statement, indent, item = random_statement(rng)
        if indent + len(statement) <= layout.LINE_LENGTH:
            continue
        fast = layout._split_fast(statement, indent)
        if fast is None:
            continue  # the layout hands this one to black
        assert fast == black_statement(statement, indent, item), statement
        checked += 1
    assert checked > 300  # the fast path covered most of them


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "it's",
        'say "hi"',
        "both ' and \"",
        "two '' and one \"",
        "back\\slash",
        "new\nline",
        "tab\t",
        "é ü",
        "\u2028",
        "",
    ],
)
def test_string_literal_is_blacks_choice(value: str) -> None:
    literal = layout.string_literal(value)
    assert eval(literal) == value
    assert black_format(f"x = {literal}\n") == f"x = {literal}\n"


def test_layout_falls_back_to_black_for_what_it_cannot_cut() -> None:
    calls: list[str] = []

    def spy(source: str) -> str:
        calls.append(source)
        return black_format(source)

    # a long line whose brackets close on the next line: only black can lay it out
    text = "X = foo(" + ", ".join(f"argument_{i}" for i in range(14)) + ",\n    last)\n"
    out = layout.layout_all({"m.py": text}, spy)
    assert out["m.py"] == black_format(text)
    assert calls == [text]  # the whole module went to black
