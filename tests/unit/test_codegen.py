"""The generator: determinism, --check/--diff, writes and removals, errors
with file:line:column, lint across files, extra spec trees, extensions."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from stacksdk.codegen.cli import generate, main
from stacksdk.codegen.loader import SpecErrors

REPO = Path(__file__).resolve().parents[2]
SPECS = REPO / "specs"

SERVICE = """\
format: 1
service: widget
version: v1
doc: A made-up service for generator tests.
jobs:
  path: /jobs/{job_id}
  success: [DONE]
"""

GADGETS = """\
format: 1
resource: Gadget
plural: gadgets
doc: A gadget.
path: /gadgets
key: gadget
collection_key: gadgets
name: name
fields:
  id: {type: string, read_only: true}
  name: {type: string, create: required}
  size: {type: integer, since: "1.2"}
  state: {type: string, wire: "OS-EXT:state", enum: [on, off], read_only: true}
operations:
  list:
    query:
      name: {type: string}
    paging: {kind: marker}
  get: {}
  create: {query: {dry_run: {type: boolean}}}
  delete: {query: {cascade: {type: boolean}}}
  update: {body: json-patch, content_type: application/openstack-images-v2.1-json-patch}
actions:
  reboot:
    method: POST
    path: /gadgets/{gadget_id}/action
    body_key: reboot
    params:
      hard: {type: boolean, required: true}
  upload:
    method: PUT
    path: /gadgets/{gadget_id}/file
    body: binary
    ok: [204]
  download:
    method: GET
    path: /gadgets/{gadget_id}/file
    returns: stream
    checksum_header: Content-MD5
  restart:
    method: POST
    path: /gadgets/{gadget_id}/restart
    returns: job
    job_id: task
"""


def tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "specs"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


def widget_tree(tmp_path: Path, **overrides: str) -> Path:
    files = {"widget/v1/_service.yaml": SERVICE, "widget/v1/gadgets.yaml": GADGETS}
    files.update({k.replace("__", "/") + ".yaml": v for k, v in overrides.items()})
    return tree(tmp_path, files)


def errors_of(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 1
    return capsys.readouterr().err


def test_generation_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    first = generate([SPECS])
    second = generate([SPECS])  # black's output now comes from the cache
    monkeypatch.setenv("STACKSDK_CODEGEN_CACHE", "off")
    third = generate([SPECS])
    assert first == second == third
    assert all(v.startswith("# Generated from ") for k, v in first.items() if k.endswith(".py"))


def test_committed_generated_tree_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(REPO), "--check", "-q"]) == 0, capsys.readouterr().err


def test_write_check_diff_and_orphans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    specs = widget_tree(tmp_path)
    out = tmp_path / "out"
    base = ["--root", str(tmp_path), "--out", str(out), "--package", "widgetsdk"]
    assert main(base) == 0
    module = out / "widget" / "v1" / "gadgets.py"
    assert "class Gadget(Model)" in module.read_text()
    assert main(base + ["--check"]) == 0
    capsys.readouterr()

    # nothing changed: nothing written
    mtime = module.stat().st_mtime_ns
    assert main(base) == 0
    assert "0 written" in capsys.readouterr().out
    assert module.stat().st_mtime_ns == mtime

    # deleting a field changes the module; --check names it, --diff shows it
    (specs / "widget/v1/gadgets.yaml").write_text(GADGETS.replace('  size: {type: integer, since: "1.2"}\n', ""))
    assert main(base + ["--check"]) == 1
    assert "stale:" in capsys.readouterr().err
    assert main(base + ["--diff"]) == 1
    assert '-        Field("size", "size", t.INTEGER, since="1.2"),' in capsys.readouterr().out
    assert main(base) == 0
    assert "size" not in module.read_text()

    # a removed spec removes its module; hand-written files are never touched
    (out / "widget" / "v1" / "notes.py").write_text("# mine\n")
    (specs / "widget/v1/gadgets.yaml").unlink()
    assert main(base) == 0
    assert not module.exists() and (out / "widget" / "v1" / "notes.py").exists()


def _run_and_typecheck(tmp_path: Path, code: str) -> None:
    """Run ``code`` against the package generated into ``tmp_path/site`` (no network, no
    other path), then ``mypy --strict`` over that package."""
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(tmp_path / "site"), "PATH": ""})
    mypy = shutil.which("mypy") or str(Path(sys.executable).with_name("mypy"))
    res = subprocess.run(
        [mypy, "--strict", "--no-incremental", "-p", "widgetsdk"],
        cwd=tmp_path,
        env={"MYPYPATH": str(tmp_path / "site"), "PATH": str(Path(sys.executable).parent)},
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_generated_module_works_from_an_extra_spec_tree(tmp_path: Path) -> None:
    """A user's own spec tree generates an importable, typed package."""
    widget_tree(tmp_path)
    pkg = tmp_path / "site" / "widgetsdk"
    assert main(["--root", str(tmp_path), "--no-default-specs", "--specs", str(tmp_path / "specs"), "--out", str(pkg), "--package", "widgetsdk"]) == 0
    code = textwrap.dedent(
        """
        import widgetsdk.widget.v1 as widget
        from widgetsdk.widget.v1 import gadgets
        o = gadgets.RebootOpts(hard=True)
        assert gadgets._REBOOT.request_key == "reboot" and o.to_dict() == {"hard": True}
        g = gadgets.Gadget.from_dict({"id": "1", "OS-EXT:state": "on"})
        assert g.state == "on" and widget.SERVICE.type == "widget"
        try:
            gadgets.CreateOpts()
        except ValueError as e:
            assert "name" in str(e)
        else:
            raise AssertionError("no error")
        import inspect
        assert list(inspect.signature(gadgets.upload).parameters)[:3] == ["client", "gadget_id", "data"]
        assert inspect.signature(gadgets.download).return_annotation == "Download"
        assert gadgets._UPDATE.request_kind == "json-patch" and gadgets._DOWNLOAD.checksum_header == "Content-MD5"
        assert gadgets._RESTART.response_kind == "job" and gadgets._RESTART.job_id == "task"
        assert inspect.signature(gadgets.restart).return_annotation == "Result[str]"
        assert widget.SERVICE.vendor is None and widget.SERVICE.jobs.success == ("DONE",)
        assert list(inspect.signature(widget.wait_for_job).parameters)[:2] == ["client", "job_id"]
        params = inspect.signature(gadgets.delete).parameters
        assert params["opts"].default is None and "DeleteOpts" in str(params["opts"].annotation)
        assert [(p.wire, p.location) for p in gadgets.DeleteOpts._params] == [("cascade", "query")]
        assert gadgets.CreateOpts._params[-1].location == "query"  # beside the body's fields
        import sys
        heavy = {"jinja2", "jsonschema", "black"} & set(sys.modules)
        assert not heavy, heavy
        """
    )
    _run_and_typecheck(tmp_path, code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GADGETS.replace("type: integer", "type: integr"), "gadgets.yaml:12:10: fields.size.type: 'integr' is not one of"),
        (GADGETS.replace("  get: {}", "  get: {colour: red}"), "gadgets.yaml:19:3: operations.get: unknown key: 'colour'"),
        (GADGETS.replace("name: {type: string, create: required}", "name: {type: string, read_only: true, create: required}"), "gadgets.yaml:11:41: fields.name.create: read-only field cannot be required on create"),
        (GADGETS.replace('since: "1.2"', 'since: "1.5", until: "1.2"'), "gadgets.yaml:12:3: fields.size: inverted microversion window: since 1.5 > until 1.2"),
        (GADGETS.replace("{type: integer,", "{type: object, model: Nope,"), "gadgets.yaml:12:3: fields.size: unknown model 'Nope'"),
        (GADGETS.replace("  reboot:", "  list_all:\n    method: GET\n    path: /x\n    model: other/v1/nothing#Thing\n    returns: list\n  reboot:"), "actions.list_all.model: unknown model reference 'other/v1/nothing#Thing'"),
        (GADGETS.replace("actions:\n  reboot:", "actions:\n  get:"), "actions.get: action name 'get' clashes"),
        (GADGETS.replace("name: name\n", "name: title\n"), "gadgets.yaml:8:1: name: name field 'title' is not among the fields"),
        (GADGETS.replace("  name: {type: string, create", "  name: {type: string}\n  name: {type: string, create"), "gadgets.yaml:12:3: fields.name: duplicate key"),
        (GADGETS.replace("fields:", "fields: [oops"), "gadgets.yaml:10:5: <top>: invalid YAML: expected ',' or ']'"),
        (GADGETS.replace("format: 1", "format: 2"), "gadgets.yaml:1:1: format: unsupported format 2"),
        (GADGETS.replace("enum: [on, off]", "enum: [1, off]"), "fields.state.enum.0: enum value 1 is not a string"),
        (GADGETS.replace("name: name\n", "name: name\nstatus: {field: size}\n"), "gadgets.yaml:9:10: status.field: status field 'size' must be a string field of Gadget"),
        (GADGETS.replace("name: name\n", "name: name\nstatus: {field: state, failure: error}\n"), "status.failure: 'error' is not of type 'array'"),
        (GADGETS.replace("    body_key: reboot\n", "    body: key-only\n"), "actions.reboot.body: body: key-only sends {<body_key>: null} and needs a body_key"),
        (GADGETS.replace("cascade: {type: boolean}", "cascade: {type: boolean, in: body}"), "operations.delete.query.cascade.in: query options go in the query or a header"),
        (GADGETS.replace("dry_run: {type: boolean}", "name: {type: string}"), "operations.create.query.name: query option 'name' is also a body option"),
        (GADGETS.replace("  list:\n", "  list:\n    item_key: 7\n"), "operations.list.item_key: 7 is not of type 'string'"),
        (GADGETS.replace("paging: {kind: marker}", "paging: {kind: marker, count: 3}"), "operations.list.paging.count: 3 is not of type 'string'"),
    ],
)
def test_spec_errors_name_file_line_and_path(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str) -> None:
    widget_tree(tmp_path, widget__v1__gadgets=text)
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert expected in err, err


def test_a_job_needs_the_services_jobs_block(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    widget_tree(tmp_path, widget__v1___service=SERVICE.split("jobs:")[0])
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert "actions.restart.returns: returns: job needs a jobs block in _service.yaml" in err, err


def test_cross_file_lint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dup = GADGETS.replace("resource: Gadget", "resource: Gizmo")
    widget_tree(tmp_path, widget__v1__gizmos=dup, other__v1__things=GADGETS)
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert "gizmos.yaml:3:1: plural: module widget.v1.gadgets is also generated from widget/v1/gadgets.yaml" in err
    assert "other/v1/things.yaml:1:1: : no other/v1/_service.yaml" in err or "other/v1/things.yaml:1:1: <top>: no other/v1/_service.yaml" in err


EXT = """\
format: 1
extends: widget/v1/gadgets
module: gadget_power
resource: GadgetPower
doc: Power data of a gadget.
fields:
  watts: {type: number, wire: "OS-PWR:watts", create: optional}
  profile: {type: object, model: Profile, read_only: true}
models:
  Profile:
    fields:
      peak: {type: number}
"""


def test_extension_module(tmp_path: Path) -> None:
    widget_tree(tmp_path, widget__v1__gadget_power=EXT)
    files = generate([tmp_path / "specs"], "widgetsdk")
    ext = files["widget/v1/gadget_power.py"]
    assert "def extract_get(result: Result[Any]) -> GadgetPower:" in ext
    assert "def extract_gadgets(page: Page[Any]) -> builtins.list[GadgetPower]:" in ext
    assert "class CreateOpts(_gadgets.CreateOpts):" in ext
    assert "from widgetsdk.widget.v1 import gadgets as _gadgets" in ext


def test_extension_of_unknown_resource(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    widget_tree(tmp_path, widget__v1__gadget_power=EXT.replace("widget/v1/gadgets", "widget/v1/nothing"))
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert "gadget_power.yaml:2:1: extends: extends 'widget/v1/nothing', which no spec defines" in err


def test_codegen_keeps_the_package_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Adding a service is adding YAML: codegen writes the generated packages into
    pyproject.toml's marked block, and --check fails while that block is stale."""
    widget_tree(tmp_path)
    tree(tmp_path, {"acme/widget/v1/_service.yaml": SERVICE, "acme/widget/v1/gadgets.yaml": GADGETS})
    before = 'x = 1\npackages = [\n    "stacksdk",\n    # BEGIN generated packages\n    "stacksdk.gone",\n    # END generated packages\n]\n'
    (tmp_path / "pyproject.toml").write_text(before)
    (tmp_path / "generated").mkdir()
    assert main(["--root", str(tmp_path)]) == 0
    assert main(["--root", str(tmp_path), "--check", "-q"]) == 0
    text = (tmp_path / "pyproject.toml").read_text()
    listed = text.split("# BEGIN generated packages\n")[1].split("    # END")[0]
    assert listed.split() == [
        '"stacksdk.acme",', '"stacksdk.acme.widget",', '"stacksdk.acme.widget.v1",',
        '"stacksdk.widget",', '"stacksdk.widget.v1",',
    ]
    assert text.startswith('x = 1\npackages = [\n    "stacksdk",\n') and text.endswith("    # END generated packages\n]\n")
    (tmp_path / "specs/widget/v1/_service.yaml").unlink()
    (tmp_path / "specs/widget/v1/gadgets.yaml").unlink()
    capsys.readouterr()
    assert main(["--root", str(tmp_path), "--check"]) == 1
    assert "(its list of generated packages)" in capsys.readouterr().err


def test_vendor_services_live_under_their_vendor(tmp_path: Path) -> None:
    """specs/<vendor>/<service>/<version>/ generates stacksdk.<vendor>.<service>.<version>,
    whose SERVICE names the vendor (its profile builds endpoints no catalog lists); any
    other depth is refused with the file named."""
    tree(tmp_path, {"acme/widget/v1/_service.yaml": SERVICE, "acme/widget/v1/gadgets.yaml": GADGETS})
    files = generate([tmp_path / "specs"], "widgetsdk")
    assert 'vendor="acme"' in files["acme/widget/v1/__init__.py"]
    assert "vendor=" not in generate([widget_tree(tmp_path / "plain")], "widgetsdk")["widget/v1/__init__.py"]
    assert {"acme/__init__.py", "acme/widget/__init__.py", "acme/widget/v1/gadgets.py"} <= set(files)
    tree(tmp_path / "deep", {"a/b/widget/v1/_service.yaml": SERVICE})
    with pytest.raises(SpecErrors) as info:
        generate([tmp_path / "deep" / "specs"], "widgetsdk")
    assert "a/b/widget/v1/_service.yaml" in str(info.value.errors[0]) and "<vendor>/<service>/<version>/" in str(info.value.errors[0])


def test_cross_spec_import_cycle_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = GADGETS.replace("  state: {", "  owner: {type: object, model: widget/v1/gizmos#Gizmo}\n  state: {")
    b = GADGETS.replace("resource: Gadget", "resource: Gizmo").replace("plural: gadgets", "plural: gizmos").replace(
        "  state: {", "  part: {type: object, model: widget/v1/gadgets#Gadget}\n  state: {"
    )
    widget_tree(tmp_path, widget__v1__gadgets=a, widget__v1__gizmos=b)
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert "import cycle: widget.v1.gadgets -> widget.v1.gizmos -> widget.v1.gadgets" in err


def test_an_unchanged_tree_is_served_from_the_run_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second run with the same inputs loads no spec; any input change misses."""
    import stacksdk.codegen.cli as cli

    monkeypatch.setenv("STACKSDK_CODEGEN_CACHE", str(tmp_path / "cache"))
    specs = widget_tree(tmp_path)
    first = generate([specs], "widgetsdk")
    loads: list[int] = []
    real = cli.load_all
    monkeypatch.setattr(cli, "load_all", lambda roots: loads.append(1) or real(roots))
    assert generate([specs], "widgetsdk") == first and loads == []
    (specs / "widget/v1/gadgets.yaml").write_text(GADGETS.replace("doc: A gadget.", "doc: A changed gadget."))
    changed = generate([specs], "widgetsdk")
    assert loads == [1] and "A changed gadget." in changed["widget/v1/gadgets.py"]
    assert generate([specs], "widgetsdk2") != changed  # the package name is an input too


CLASHING = """\
format: 1
resource: Gadget
plural: gadgets
doc: Spec names that are Python keywords or names the generated code uses.
path: /gadgets/{client}
item_path: /gadgets/{client}/{timeout}
name: class
status: {field: status}
fields:
  id: {type: string, read_only: true}
  status: {type: string}
  class: {type: string}
  from: {type: integer}
  items: {type: list, items: string}
  validate: {type: boolean}
  to_dict: {type: string}
  t: {type: string}
  str: {type: string}
  dict: {type: map, values: string}
  datetime: {type: datetime}
  extra: {type: string}
operations:
  list:
    query:
      list: {type: string}
      type: {type: string}
  get: {}
  create: {}
actions:
  poke:
    method: PUT
    path: /gadgets/{client}/{timeout}/{opts}/{microversion}/{data}/poke
    body: binary
    params:
      lambda: {type: string, in: query}
"""


def test_clashing_names_are_mapped_typed_and_sent_under_their_wire_names(tmp_path: Path) -> None:
    """Keywords, the runtime's method names and the generated arguments' names as spec
    names: attributes and arguments gain a trailing underscore, the wire keeps the name."""
    tree(tmp_path, {"widget/v1/_service.yaml": SERVICE, "widget/v1/gadgets.yaml": CLASHING})
    pkg = tmp_path / "site" / "widgetsdk"
    assert main(["--root", str(tmp_path), "--no-default-specs", "--specs", str(tmp_path / "specs"), "--out", str(pkg), "--package", "widgetsdk", "-q"]) == 0
    code = textwrap.dedent(
        """
        import inspect
        from widgetsdk.widget.v1 import gadgets as g
        wire = {"id": "1", "class": "c", "from": 2, "items": ["i"], "validate": True, "to_dict": "d", "t": "t",
                "str": "s", "dict": {"k": "v"}, "extra": "e", "status": "ACTIVE", "unknown": 1}
        m = g.Gadget.from_dict(wire)
        assert (m.class_, m.from_, m.items_, m.validate_, m.to_dict_, m.t_, m.str_, m.dict_, m.extra_) == (
            "c", 2, ["i"], True, "d", "t", "s", {"k": "v"}, "e")
        assert m.extra == {"unknown": 1} and m.to_dict() == wire
        opts = g.CreateOpts(class_="c", items_=["i"], validate_=False, extra_="e")
        opts.validate()
        assert opts.to_dict() == {"class": "c", "items": ["i"], "validate": False, "extra": "e"}
        assert g.ListOpts(list="l", type="x").to_dict() == {"list": "l", "type": "x"}
        assert [p.wire for p in g.PokeOpts._params] == ["lambda"] and g.PokeOpts(lambda_="y").to_dict() == {"lambda": "y"}
        assert list(inspect.signature(g.poke).parameters) == [
            "client", "client_", "timeout_", "opts_", "microversion_", "data_", "data", "opts", "microversion", "timeout"]
        assert list(inspect.signature(g.get).parameters)[:3] == ["client", "client_", "timeout_"]
        assert list(inspect.signature(g.find).parameters) == ["client", "client_", "name_or_id"]
        assert list(inspect.signature(g.wait_for_status).parameters)[:4] == ["client", "client_", "timeout_", "status"]
        assert "name_field='class_'" in inspect.getsource(g.find).replace('"', "'")
        """
    )
    _run_and_typecheck(tmp_path, code)


def test_generated_attributes_never_shadow_the_runtimes() -> None:
    """names.py spells out the runtime's public attributes (codegen's output must not depend
    on the runtime's code): it must name every one of them."""
    from stacksdk.codegen.names import ATTRIBUTE_RESERVED
    from stacksdk.runtime.model import Model, Opts

    public = {n for cls in (Model, Opts) for n in dir(cls) if not n.startswith("_")}
    public |= {n for cls in (Model, Opts) for n in getattr(cls, "__annotations__", {}) if not n.startswith("_")}
    assert public <= ATTRIBUTE_RESERVED, sorted(public - ATTRIBUTE_RESERVED)
