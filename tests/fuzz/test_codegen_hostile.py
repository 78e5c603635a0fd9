"""Codegen turns any spec into safe Python or a ``file:line:column: key.path: reason`` error.

* A corpus of hostile specs (``hostile_specs/``, one attack per file, the attack and the
  expected outcome in its leading comments) is generated file by file.
* A property puts random text (quotes, backslashes, control characters, unicode) into
  every position of a small spec where spec text reaches generated code.

Every module that is generated is imported in a child process whose audit hook refuses
processes, sockets, writes and code compiled from strings; a payload that ran would also
leave a marker file behind. The child imports every module of every case at once, so the
whole corpus costs one interpreter start.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from stacksdk.codegen import layout
from stacksdk.codegen.cli import generate, main
from stacksdk.codegen.loader import SpecErrors
from stacksdk.codegen.render import _docstring

from .conftest import LONG, FuzzStats

CORPUS = sorted((Path(__file__).parent / "hostile_specs").glob("*.yaml"))
CLASS = "codegen: hostile specs"
MARKER = "HOSTILE_MARKER"
ERROR_LINE = re.compile(
    r"(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<path>[^\n]*?): (?P<reason>[^\n]+)"
)

SERVICE = """\
format: 1
service: widget
version: v1
doc: A made-up service.
"""
GADGETS = """\
format: 1
resource: Gadget
plural: gadgets
doc: A gadget.
path: /gadgets
fields:
  id: {type: string, read_only: true}
  name: {type: string}
operations:
  list: {}
  get: {}
"""

# the child: arm an audit hook, import every module of every case, run the case's checks
CHILD = r"""
import importlib, inspect, json, os, sys
sys.dont_write_bytecode = True
import stacksdk.runtime, stacksdk.runtime.resources.fields, stacksdk.runtime.resources.service, stacksdk.runtime.types  # before arming
REFUSED = ("os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "subprocess.Popen",
           "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto", "ctypes.dlopen",
           "os.remove", "os.rename", "os.mkdir", "os.rmdir", "shutil.rmtree", "os.chmod", "webbrowser.open")
ARMED = [False]
SEEN = []
def hook(event, args):
    if not ARMED[0]:
        return
    bad = event in REFUSED
    if event == "open" and len(args) > 1 and isinstance(args[1], str) and any(c in args[1] for c in "wax+"):
        bad = True
    if event in ("compile", "exec") and event == "compile" and (not isinstance(args[1], str) or args[1].startswith("<")):
        bad = True
    if bad:
        SEEN.append(event)
        raise RuntimeError("refused while importing generated code: " + event)
sys.addaudithook(hook)
def squash(text):
    return "".join((text or "").split())
report = {}
for case in json.loads(sys.stdin.read()):
    problems = []
    ns = {"inspect": inspect, "squash": squash}
    SEEN.clear()
    ARMED[0] = True
    try:
        for name in case["modules"]:
            importlib.import_module(name)
    except BaseException as exc:
        problems.append("import failed: %s: %s" % (type(exc).__name__, str(exc)[:300]))
    finally:
        ARMED[0] = False
    if SEEN:
        problems.append("refused events: %s" % sorted(set(SEEN)))
    if not problems:
        ns["m"] = sys.modules.get(case["main"])
        ns["svc"] = sys.modules.get(case["service"])
        for check in case["checks"]:
            try:
                ok = eval(check, ns)
            except BaseException as exc:
                ok = "%s: %s" % (type(exc).__name__, exc)
            if ok is not True:
                problems.append("check %s -> %s" % (check[:200], str(ok)[:200]))
    report[case["id"]] = problems
print(json.dumps(report))
"""


@dataclass
class Case:
    """One spec tree: what codegen must refuse, or what the generated code must do."""

    id: str
    files: dict[str, str]  # rel -> text
    target: str  # the hostile file
    expect_error: tuple[str, str] | None = None  # (key path or "*", part of the reason)
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    child: dict[str, Any] | None = None  # what the child imports and checks


def corpus_case(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, list[str]] = {}
    for m in re.finditer(r"^# (file|expect|check): (.*)$", text, re.M):
        meta.setdefault(m.group(1), []).append(m.group(2).strip())
    assert "expect" in meta, f"{path.name}: no '# expect:' line"
    assert meta.get("file", [""])[0] or True
    target = meta.get("file", ["widget/v1/gadgets.yaml"])[0]
    files = {"widget/v1/_service.yaml": SERVICE, "widget/v1/gadgets.yaml": GADGETS, target: text}
    expect = meta["expect"][0]
    error = None
    if expect.startswith("error"):
        where, _, reason = expect.removeprefix("error").partition("|")
        error = (where.strip() or "*", reason.strip())
    else:
        assert expect == "ok", f"{path.name}: expect ok or error <path> | <reason>"
    return Case(path.stem, files, target, error, meta.get("check", []))


def write_tree(root: Path, files: dict[str, str]) -> Path:
    specs = root / "specs"
    for rel, text in files.items():
        target = specs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return specs


def run_codegen(case: Case, work: Path, package: str) -> None:
    """Generate ``case`` into ``work/site/<package>``; record problems on the case."""
    specs = write_tree(work / case.id, case.files)
    try:
        files = generate([specs], package)
    except SpecErrors as exc:
        lines = str(exc).split("\n")
        for line, _err in zip(lines, exc.errors):
            if not ERROR_LINE.fullmatch(line):
                case.problems.append(f"error is not file:line:column: key.path: reason: {line!r}")
        if case.expect_error is None:
            case.problems.append(f"expected code, got lint errors:\n{exc}")
            return
        where, reason = case.expect_error
        found = [
            e
            for e in exc.errors
            if e.file == case.target
            and (where == "*" or e.path == where or (where == "<top>" and e.path == ""))
            and reason in e.reason
        ]
        if not found:
            case.problems.append(f"expected {case.target}: {where}: ...{reason}..., got:\n{exc}")
        return
    except Exception as exc:  # anything but a lint error is an escape
        case.problems.append(f"codegen raised {type(exc).__name__}: {str(exc)[:500]}")
        return
    if case.expect_error is not None:
        case.problems.append(f"expected a lint error {case.expect_error}, got code")
        return
    site = work / "site" / package
    for rel, text in files.items():
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    modules = sorted(
        ".".join([package, *rel.removesuffix(".py").split("/")]).removesuffix(".__init__")
        for rel in files
        if rel.endswith(".py")
    )
    main_module = f"{package}." + case.target.removesuffix(".yaml").replace("/", ".")
    if main_module.endswith("._service"):
        main_module = main_module.removesuffix("._service") + ".gadgets"
    case.child = {
        "id": case.id,
        "modules": modules,
        "main": main_module,
        "service": main_module.rsplit(".", 1)[0],
        "checks": case.checks,
    }


def import_in_child(cases: list[Case], work: Path) -> None:
    """Import every generated case in one child process (no network, audited); record problems."""
    todo = [c.child for c in cases if c.child is not None]
    if not todo:
        return
    cwd = work / "cwd"
    cwd.mkdir(exist_ok=True)
    env = {
        "PYTHONPATH": str(work / "site"),
        "PATH": "",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_PROXY": "*",
    }
    proc = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path.insert(0, {str(work / 'site')!r})\n" + CHILD,
        ],
        input=json.dumps(todo),
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    marker = (cwd / MARKER).exists()
    for case in cases:
        if case.child is not None:
            case.problems += report.get(case.id, ["not imported"])
            if marker:
                case.problems.append("a payload ran: the marker file exists")


def test_hostile_spec_corpus(
    tmp_path: Path, fuzz_stats: FuzzStats, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STACKSDK_CODEGEN_CACHE", str(tmp_path / "cache"))
    assert len(CORPUS) >= 40
    cases = [corpus_case(p) for p in CORPUS]
    for case in cases:
        run_codegen(case, tmp_path, f"hostile_{case.id}")
    import_in_child(cases, tmp_path)
    for case in cases:
        fuzz_stats.record(CLASS, tried=1, escapes=int(bool(case.problems)))
    failed = {c.id: c.problems for c in cases if c.problems}
    assert not failed, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in failed.items())


# -- the property -------------------------------------------------------------------------

NASTY = [
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "\\N{BULLET}",
    "\\x41",
    "\\u0041",
    "\\",
    "{",
    "}",
    "{x}",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x0b",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\u202e",
    "\ufeff",
    "\u200b",
    "é",
    "ﬁ",
    "𝔘",
    "#",
    "__import__('os').system('touch HOSTILE_MARKER')",
    "class",
    "from",
    "None",
    "nan",
    "validate",
    "to_dict",
    "items",
    "extra",
    "t",
    "status",
    "timeout",
    "client",
    ": ",
    "- ",
    "&a",
    "*a",
]
NAMES = [
    "class",
    "from",
    "import",
    "lambda",
    "none",
    "nan",
    "validate",
    "to_dict",
    "from_dict",
    "items",
    "extra",
    "is_set",
    "t",
    "str",
    "dict",
    "datetime",
    "builtins",
    "status",
    "timeout",
    "client",
    "opts",
    "data",
    "microversion",
    "name_or_id",
    "_wait",
    "wait_for_status",
    "new_client",
    "list",
    "type",
    "id",
    "x_",
]
VISIBLE = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))
text = st.one_of(
    # anything: mostly refused by lint
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=12)), max_size=8).map("".join),
    # what lint lets through: quotes, backslashes, escapes and unicode must stay text
    st.lists(
        st.one_of(
            st.sampled_from([n for n in NASTY if n.isprintable()]), st.text(VISIBLE, max_size=12)
        ),
        max_size=8,
    ).map("".join),
    # names Python or the generated code already uses
    st.sampled_from(NAMES),
)
POSITIONS = (
    "doc",
    "field_doc",
    "field_name",
    "wire",
    "enum",
    "path",
    "content_type",
    "header",
    "query_name",
    "path_param",
    "action_name",
    "action_doc",
    "status_failure",
    "service_doc",
    "alias",
    "plural",
)


def property_case(n: int, position: str, value: str) -> Case:
    spec: dict[str, Any] = yaml.safe_load(GADGETS)
    service: dict[str, Any] = yaml.safe_load(SERVICE)
    checks: list[str] = []
    fields = spec["fields"]
    if position == "doc":
        spec["doc"] = value
    elif position == "field_doc":
        fields["name"]["doc"] = value
    elif position == "field_name":
        fields[value] = {"type": "string"}
        checks.append(f"{ascii(value)} in [f.wire for f in m.Gadget._fields]")
    elif position == "wire":
        fields["odd"] = {"type": "string", "wire": value}
        checks.append(f"m.Gadget.from_dict({{'id': '1', {ascii(value)}: 'v'}}).odd == 'v'")
    elif position == "enum":
        fields["kind"] = {"type": "string", "enum": [value, "b"]}
        spec["operations"]["create"] = {}
        checks.append(
            f"[p.enum for p in m.CreateOpts._params if p.wire == 'kind'] == [({ascii(value)}, 'b')]"
        )
    elif position == "path":
        spec["actions"] = {"poke": {"method": "POST", "path": "/gadgets/" + value}}
        checks.append(f"m._POKE.path == {ascii('/gadgets/' + value)}")
    elif position == "content_type":
        spec["operations"]["create"] = {"content_type": "application/json" + value}
        checks.append(f"m._CREATE.content_type == {ascii('application/json' + value)}")
    elif position == "header":
        fields["count"] = {"type": "integer", "header": value}
    elif position == "query_name":
        spec["operations"]["list"] = {"query": {value: {"type": "string"}}}
        checks.append(f"[p.wire for p in m.ListOpts._params] == [{ascii(value)}]")
    elif position == "path_param":
        spec["actions"] = {"poke": {"method": "POST", "path": "/gadgets/{" + value + "}"}}
    elif position == "action_name":
        spec["actions"] = {
            value: {"method": "POST", "path": "/gadgets/x", "params": {"a": {"type": "string"}}}
        }
    elif position == "action_doc":
        spec["actions"] = {"poke": {"method": "POST", "path": "/gadgets/x", "doc": value}}
    elif position == "status_failure":
        fields["state"] = {"type": "string"}
        spec["status"] = {"field": "state", "failure": [value]}
        checks.append("callable(m.wait_for_status)")
    elif position == "service_doc":
        service["doc"] = value
    elif position == "alias":
        service["aliases"] = [value]
        checks.append(f"svc.SERVICE.aliases == ({ascii(value)},)")
    elif position == "plural":
        spec["plural"] = value
    files = {
        "widget/v1/_service.yaml": yaml.safe_dump(service, allow_unicode=False),
        "widget/v1/gadgets.yaml": yaml.safe_dump(spec, allow_unicode=False),
    }
    return Case(f"p{n}", files, "widget/v1/gadgets.yaml", None, checks)


def test_random_text_in_every_position_gives_lint_errors_or_safe_code(
    tmp_path: Path, fuzz_stats: FuzzStats, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STACKSDK_CODEGEN_CACHE", str(tmp_path / "cache"))
    cases: list[Case] = []

    @settings(max_examples=settings.default.max_examples if LONG else 40)
    @given(position=st.sampled_from(POSITIONS), value=text)
    def generate_one(position: str, value: str) -> None:
        case = property_case(len(cases), position, value)
        try:
            files = generate([write_tree(tmp_path / case.id, case.files)], f"fuzz_{case.id}")
        except SpecErrors as exc:
            for line in str(exc).split("\n"):
                if not ERROR_LINE.fullmatch(line):
                    case.problems.append(
                        f"error is not file:line:column: key.path: reason: {line!r}"
                    )
            if not all(e.file.startswith("widget/v1/") for e in exc.errors):
                case.problems.append(f"an error names another file: {exc}")
        except Exception as exc:
            case.problems.append(
                f"codegen raised {type(exc).__name__}: {str(exc)[:500]} for {position}={value!r}"
            )
        else:
            case.expect_error = None
            case.problems.clear()
            site = tmp_path / "site" / f"fuzz_{case.id}"
            for rel, content in files.items():
                (site / rel).parent.mkdir(parents=True, exist_ok=True)
                (site / rel).write_text(content, encoding="utf-8")
            pkg = f"fuzz_{case.id}"
            case.child = {
                "id": case.id,
                "modules": sorted(
                    f"{pkg}." + r.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
                    for r in files
                    if r.endswith(".py")
                ),
                "main": f"{pkg}.widget.v1.gadgets",
                "service": f"{pkg}.widget.v1",
                "checks": case.checks,
            }
        cases.append(case)

    generate_one()
    import_in_child(cases, tmp_path)
    for case in cases:
        fuzz_stats.record(CLASS, tried=1, escapes=int(bool(case.problems)))
    failed = {c.id: c.problems for c in cases if c.problems}
    assert not failed, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in failed.items())


# -- the escaping functions themselves ----------------------------------------------------


@settings(max_examples=settings.default.max_examples if LONG else 300)
@given(value=st.text(), indent=st.sampled_from([0, 4, 8]), leading=st.booleans())
def test_docstrings_hold_any_text(
    value: str, indent: int, leading: bool, fuzz_stats: FuzzStats
) -> None:
    """Whatever the text, the docstring is one string literal whose text is the original
    text (up to the whitespace wrapping changes)."""
    source = '"""' + _docstring(value, indent, leading) + '"""'
    try:
        tree = ast.parse(source)
        held = len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr)
        got = tree.body[0].value.value if held else None  # type: ignore[attr-defined]
        held = held and "".join(got.split()) == "".join(value.split())
    except SyntaxError:
        held = False
    fuzz_stats.record("codegen: escaping functions", tried=1, escapes=int(not held))
    assert held, source


@settings(max_examples=settings.default.max_examples if LONG else 300)
@given(value=st.text())
def test_string_literals_hold_any_text(value: str, fuzz_stats: FuzzStats) -> None:
    literal = layout.string_literal(value)
    try:
        held = ast.literal_eval(literal) == value
    except (SyntaxError, ValueError):
        held = False
    fuzz_stats.record("codegen: escaping functions", tried=1, escapes=int(not held))
    assert held, literal


# -- the command without its extra --------------------------------------------------------


@pytest.mark.parametrize("module", ["jinja2", "jsonschema", "black"])
def test_without_the_codegen_extra_one_line_says_what_to_install(module: str) -> None:
    code = textwrap.dedent(f"""
        import runpy, sys
        sys.modules[{module!r}] = None  # as if not installed
        sys.argv = ["stacksdk-codegen", "--check"]
        runpy.run_module("stacksdk.codegen", run_name="__main__")
        """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert (
        len(lines) == 1
        and "pip install 'stacksdk[codegen]'" in lines[0]
        and repr(module) in lines[0]
    ), lines


def test_a_directory_name_with_a_newline_is_refused_not_written_into_a_comment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = f"x\n{MARKER}=__import__('os').system('touch {MARKER}')\n#"
    write_tree(tmp_path, {f"{evil}/v1/_service.yaml": SERVICE, f"{evil}/v1/gadgets.yaml": GADGETS})
    assert (
        main(["--root", str(tmp_path), "--out", str(tmp_path / "out"), "--package", "evilsdk"]) == 1
    )
    err = capsys.readouterr().err
    assert "does not make a package name" in err and "\\n" in err, err
    assert not (tmp_path / "out").exists()


# -- the last line of defence -------------------------------------------------------------

GOOD_MODULE = '''\
"""Doc."""

from __future__ import annotations

from typing import ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime.resources.fields import Field, Model


class Thing(Model):
    """A thing."""

    id: str
    _fields: ClassVar[tuple[Field, ...]] = (Field("id", "id", t.STRING),)


def get(client: object, *, timeout: float = 600.0) -> None:
    __import__("os").system("runs only when called, and is never generated")
'''


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("__import__('os').system('touch x')\n", "Expr statement"),
        ("X = __import__('os').system('touch x')\n", "calls <expression>.system"),
        ("X = __import__('os')\n", "calls __import__"),
        ("import os\n", "imports os"),
        ("from subprocess import run\n", "imports subprocess"),
        ("X = exec('1')\n", "calls exec"),
        ("X = (lambda: 1)()\n", "calls <expression>"),
        ("X = lambda: 1\n", "Lambda"),
        ("X = f'{1}'\n", "JoinedStr"),
        ("@print\ndef f() -> None: pass\n", "decorated"),
        ("def f(x=print()) -> None: pass\n", "calls print"),
        ("class C(Model, metaclass=type): pass\n", "keywords"),
        ("class C(Model):\n    x = [i for i in ()]\n", "ListComp"),
        ("for i in (): pass\n", "For statement"),
        ("X.y = 1\n", "assigns to Attribute"),
        ('"""doc\n', "does not compile"),
        ("X = '\0'\n", "does not compile"),
    ],
)
def test_modules_that_would_run_code_on_import_are_refused(code: str, reason: str) -> None:
    from stacksdk.codegen.safety import UnsafeModule, check_module

    check_module("ok.py", GOOD_MODULE, "stacksdk")
    with pytest.raises(UnsafeModule, match=re.escape(reason)):
        check_module("bad.py", GOOD_MODULE + code, "stacksdk")
