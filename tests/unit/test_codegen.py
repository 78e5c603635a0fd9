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
    (specs / "widget/v1/gadgets.yaml").write_text(
        GADGETS.replace('  size: {type: integer, since: "1.2"}\n', "")
    )
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
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": ""},
    )
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
    assert (
        main(
            [
                "--root",
                str(tmp_path),
                "--no-default-specs",
                "--specs",
                str(tmp_path / "specs"),
                "--out",
                str(pkg),
                "--package",
                "widgetsdk",
            ]
        )
        == 0
    )
    code = textwrap.dedent("""
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
        """)
    _run_and_typecheck(tmp_path, code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GADGETS.replace("type: integer", "type: integr"),
            "gadgets.yaml:12:10: fields.size.type: 'integr' is not one of",
        ),
        (
            GADGETS.replace("  get: {}", "  get: {colour: red}"),
            "gadgets.yaml:19:3: operations.get: unknown key: 'colour'",
        ),
        (
            GADGETS.replace(
                "name: {type: string, create: required}",
                "name: {type: string, read_only: true, create: required}",
            ),
            "gadgets.yaml:11:41: fields.name.create: read-only field cannot be required on create",
        ),
        (
            GADGETS.replace('since: "1.2"', 'since: "1.5", until: "1.2"'),
            "gadgets.yaml:12:3: fields.size: inverted microversion window: since 1.5 > until 1.2",
        ),
        (
            GADGETS.replace("{type: integer,", "{type: object, model: Nope,"),
            "gadgets.yaml:12:3: fields.size: unknown model 'Nope'",
        ),
        (
            GADGETS.replace(
                "  reboot:",
                "  list_all:\n    method: GET\n    path: /x\n    model: other/v1/nothing#Thing\n    returns: list\n  reboot:",
            ),
            "actions.list_all.model: unknown model reference 'other/v1/nothing#Thing'",
        ),
        (
            GADGETS.replace("actions:\n  reboot:", "actions:\n  get:"),
            "actions.get: action name 'get' clashes",
        ),
        (
            GADGETS.replace("name: name\n", "name: title\n"),
            "gadgets.yaml:8:1: name: name field 'title' is not among the fields",
        ),
        (
            GADGETS.replace(
                "  name: {type: string, create",
                "  name: {type: string}\n  name: {type: string, create",
            ),
            "gadgets.yaml:12:3: fields.name: duplicate key",
        ),
        (
            GADGETS.replace("fields:", "fields: [oops"),
            "gadgets.yaml:10:5: <top>: invalid YAML: expected ',' or ']'",
        ),
        (
            GADGETS.replace("format: 1", "format: 2"),
            "gadgets.yaml:1:1: format: unsupported format 2",
        ),
        (
            GADGETS.replace("enum: [on, off]", "enum: [1, off]"),
            "fields.state.enum.0: enum value 1 is not a string",
        ),
        (
            GADGETS.replace("name: name\n", "name: name\nstatus: {field: size}\n"),
            "gadgets.yaml:9:10: status.field: status field 'size' must be a string field of Gadget",
        ),
        (
            GADGETS.replace("name: name\n", "name: name\nstatus: {field: state, failure: error}\n"),
            "status.failure: 'error' is not of type 'array'",
        ),
        (
            GADGETS.replace("    body_key: reboot\n", "    body: key-only\n"),
            "actions.reboot.body: body: key-only sends {<body_key>: null} and needs a body_key",
        ),
        (
            GADGETS.replace("cascade: {type: boolean}", "cascade: {type: boolean, in: body}"),
            "operations.delete.query.cascade.in: query options go in the query or a header",
        ),
        (
            GADGETS.replace("dry_run: {type: boolean}", "name: {type: string}"),
            "operations.create.query.name: query option 'name' is also a body option",
        ),
        (
            GADGETS.replace("  list:\n", "  list:\n    item_key: 7\n"),
            "operations.list.item_key: 7 is not of type 'string'",
        ),
        (
            GADGETS.replace("paging: {kind: marker}", "paging: {kind: marker, count: 3}"),
            "operations.list.paging.count: 3 is not of type 'string'",
        ),
    ],
)
def test_spec_errors_name_file_line_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    widget_tree(tmp_path, widget__v1__gadgets=text)
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert expected in err, err


def test_a_job_needs_the_services_jobs_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    widget_tree(tmp_path, widget__v1___service=SERVICE.split("jobs:")[0])
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert "actions.restart.returns: returns: job needs a jobs block in _service.yaml" in err, err


def test_cross_file_lint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dup = GADGETS.replace("resource: Gadget", "resource: Gizmo")
    widget_tree(tmp_path, widget__v1__gizmos=dup, other__v1__things=GADGETS)
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert (
        "gizmos.yaml:3:1: plural: module widget.v1.gadgets is also generated from widget/v1/gadgets.yaml"
        in err
    )
    assert (
        "other/v1/things.yaml:1:1: : no other/v1/_service.yaml" in err
        or "other/v1/things.yaml:1:1: <top>: no other/v1/_service.yaml" in err
    )


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
    widget_tree(
        tmp_path, widget__v1__gadget_power=EXT.replace("widget/v1/gadgets", "widget/v1/nothing")
    )
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert (
        "gadget_power.yaml:2:1: extends: extends 'widget/v1/nothing', which no spec defines" in err
    )


def test_codegen_keeps_the_package_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Adding a service is adding YAML: codegen writes the generated packages into
    pyproject.toml's marked block, and --check fails while that block is stale."""
    widget_tree(tmp_path)
    tree(
        tmp_path, {"acme/widget/v1/_service.yaml": SERVICE, "acme/widget/v1/gadgets.yaml": GADGETS}
    )
    before = 'x = 1\npackages = [\n    "stacksdk",\n    # BEGIN generated packages\n    "stacksdk.gone",\n    # END generated packages\n]\n'
    (tmp_path / "pyproject.toml").write_text(before)
    (tmp_path / "generated").mkdir()
    assert main(["--root", str(tmp_path)]) == 0
    assert main(["--root", str(tmp_path), "--check", "-q"]) == 0
    text = (tmp_path / "pyproject.toml").read_text()
    listed = text.split("# BEGIN generated packages\n")[1].split("    # END")[0]
    assert listed.split() == [
        '"stacksdk.acme",',
        '"stacksdk.acme.widget",',
        '"stacksdk.acme.widget.v1",',
        '"stacksdk.widget",',
        '"stacksdk.widget.v1",',
    ]
    assert text.startswith('x = 1\npackages = [\n    "stacksdk",\n') and text.endswith(
        "    # END generated packages\n]\n"
    )
    (tmp_path / "specs/widget/v1/_service.yaml").unlink()
    (tmp_path / "specs/widget/v1/gadgets.yaml").unlink()
    capsys.readouterr()
    assert main(["--root", str(tmp_path), "--check"]) == 1
    assert "(its list of generated packages)" in capsys.readouterr().err


def test_vendor_services_live_under_their_vendor(tmp_path: Path) -> None:
    """specs/<vendor>/<service>/<version>/ generates stacksdk.<vendor>.<service>.<version>,
    whose SERVICE names the vendor (its profile builds endpoints no catalog lists); any
    other depth is refused with the file named."""
    tree(
        tmp_path, {"acme/widget/v1/_service.yaml": SERVICE, "acme/widget/v1/gadgets.yaml": GADGETS}
    )
    files = generate([tmp_path / "specs"], "widgetsdk")
    assert 'vendor="acme"' in files["acme/widget/v1/__init__.py"]
    assert (
        "vendor="
        not in generate([widget_tree(tmp_path / "plain")], "widgetsdk")["widget/v1/__init__.py"]
    )
    assert {"acme/__init__.py", "acme/widget/__init__.py", "acme/widget/v1/gadgets.py"} <= set(
        files
    )
    tree(tmp_path / "deep", {"a/b/widget/v1/_service.yaml": SERVICE})
    with pytest.raises(SpecErrors) as info:
        generate([tmp_path / "deep" / "specs"], "widgetsdk")
    assert "a/b/widget/v1/_service.yaml" in str(
        info.value.errors[0]
    ) and "<vendor>/<service>/<version>/" in str(info.value.errors[0])


def test_cross_spec_import_cycle_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = GADGETS.replace(
        "  state: {", "  owner: {type: object, model: widget/v1/gizmos#Gizmo}\n  state: {"
    )
    b = (
        GADGETS.replace("resource: Gadget", "resource: Gizmo")
        .replace("plural: gadgets", "plural: gizmos")
        .replace(
            "  state: {", "  part: {type: object, model: widget/v1/gadgets#Gadget}\n  state: {"
        )
    )
    widget_tree(tmp_path, widget__v1__gadgets=a, widget__v1__gizmos=b)
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert "import cycle: widget.v1.gadgets -> widget.v1.gizmos -> widget.v1.gadgets" in err


def test_an_unchanged_tree_is_served_from_the_run_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second run with the same inputs loads no spec; any input change misses."""
    import stacksdk.codegen.cli as cli

    monkeypatch.setenv("STACKSDK_CODEGEN_CACHE", str(tmp_path / "cache"))
    specs = widget_tree(tmp_path)
    first = generate([specs], "widgetsdk")
    loads: list[int] = []
    real = cli.load_all
    monkeypatch.setattr(cli, "load_all", lambda roots: loads.append(1) or real(roots))
    assert generate([specs], "widgetsdk") == first and loads == []
    (specs / "widget/v1/gadgets.yaml").write_text(
        GADGETS.replace("doc: A gadget.", "doc: A changed gadget.")
    )
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
    assert (
        main(
            [
                "--root",
                str(tmp_path),
                "--no-default-specs",
                "--specs",
                str(tmp_path / "specs"),
                "--out",
                str(pkg),
                "--package",
                "widgetsdk",
                "-q",
            ]
        )
        == 0
    )
    code = textwrap.dedent("""
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
        """)
    _run_and_typecheck(tmp_path, code)


def test_generated_attributes_never_shadow_the_runtimes() -> None:
    """names.py spells out the runtime's public attributes (codegen's output must not depend
    on the runtime's code): it must name every one of them."""
    from stacksdk.codegen.names import ATTRIBUTE_RESERVED
    from stacksdk.runtime.resources.fields import Model, Opts

    public = {n for cls in (Model, Opts) for n in dir(cls) if not n.startswith("_")}
    public |= {
        n
        for cls in (Model, Opts)
        for n in getattr(cls, "__annotations__", {})
        if not n.startswith("_")
    }
    assert public <= ATTRIBUTE_RESERVED, sorted(public - ATTRIBUTE_RESERVED)


# -- saying a thing once: options and paging by name, shared shapes, no class twice --

REUSING = (
    GADGETS.replace(
        "actions:\n",
        """actions:
  list_detail:
    method: GET
    path: /gadgets/detail
    options: list
    returns: pages
    paging: list
  unboot:
    method: POST
    path: /gadgets/{gadget_id}/action
    body_key: unboot
    options: reboot
""",
    ).replace(
        "  size: {",
        "  parts: {type: list, items: {type: object, model: PartRef}, read_only: true}\n"
        "  links: {type: list, items: {type: object, model: shared#Link}, read_only: true}\n"
        "  size: {",
    )
    + """models:
  PartRef: shared#IdRef
  Holder: PartRef
"""
)


def test_options_paging_and_models_reused_by_name_are_one_class(tmp_path: Path) -> None:
    """``options: list`` makes ListDetailOpts the very class ListOpts (a typed alias),
    ``paging: list`` pages the same way, and models declared as another (here or shared)
    are that class under their own name too; a user's tree without a shared.yaml uses
    stacksdk's shared shapes, and the package type-checks."""
    widget_tree(tmp_path, widget__v1__gadgets=REUSING)
    pkg = tmp_path / "site" / "widgetsdk"
    assert (
        main(
            [
                "--root",
                str(tmp_path),
                "--no-default-specs",
                "--specs",
                str(tmp_path / "specs"),
                "--out",
                str(pkg),
                "--package",
                "widgetsdk",
                "-q",
            ]
        )
        == 0
    )
    source = (pkg / "widget" / "v1" / "gadgets.py").read_text()
    assert "ListDetailOpts = ListOpts\n" in source and "UnbootOpts = RebootOpts\n" in source
    assert "class ListDetailOpts" not in source and "class PartRef" not in source
    assert "from stacksdk.shared import IdRef as _IdRef, Link\n" in source
    assert not (pkg / "shared.py").exists()  # imported from stacksdk, not written again
    code = textwrap.dedent("""
        import inspect
        import stacksdk.shared as shared
        from widgetsdk.widget.v1 import gadgets as g
        assert g.ListDetailOpts is g.ListOpts and g.UnbootOpts is g.RebootOpts
        assert g.PartRef is shared.IdRef and g.Holder is shared.IdRef
        assert "ListDetailOpts" in str(inspect.signature(g.list_detail).parameters["opts"].annotation)
        assert g._LIST_DETAIL.paging.kind == "marker" and g._UNBOOT.request_kind == "json"
        m = g.Gadget.from_dict({"id": "1", "parts": [{"id": "p"}], "links": [{"href": "h", "rel": "self", "x": 1}]})
        assert isinstance(m.parts[0], shared.IdRef) and m.links[0].href == "h" and m.links[0].extra == {"x": 1}
        assert g.UnbootOpts(hard=True).to_dict() == {"hard": True}
        """)
    _run_and_typecheck(tmp_path, code)


TWIN_OPTS = GADGETS.replace(
    "actions:\n",
    "actions:\n  unboot:\n    method: POST\n    path: /gadgets/{gadget_id}/action\n    body_key: unboot\n"
    "    params:\n      hard: {type: boolean, required: true, doc: Say it differently.}\n",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GADGETS.replace(
                "    body_key: reboot\n", "    body_key: reboot\n    options: nothing\n"
            ),
            "gadgets.yaml:28:5: actions.reboot.options: unknown options 'nothing'",
        ),
        (
            GADGETS.replace("  get: {}", "  get: {options: list}").replace(
                "    paging: {kind: marker}", "    paging: {kind: marker}\n    options: get"
            ),
            "operations.get.options: list reuses the options of get: name get",
        ),
        (
            GADGETS.replace("  get: {}", "  get: {options: delete, query: {x: {type: string}}}"),
            "operations.get.query: options: delete reuses delete's options; declare no query here",
        ),
        (
            GADGETS.replace("  get: {}", "  get: {options: create}"),
            "operations.get.options: CreateOpts sends a body, which get has not",
        ),
        (
            GADGETS.replace("paging: {kind: marker}", "paging: nowhere"),
            "gadgets.yaml:18:5: operations.list.paging: paging: 'nowhere' names no operation",
        ),
        (
            TWIN_OPTS,
            "gadgets.yaml:30:3: actions.reboot: options class RebootOpts is option for option UnbootOpts: write `options: unboot` on reboot",
        ),
        (
            GADGETS
            + "models:\n  A: {fields: {x: {type: string}}}\n  B: {fields: {x: {type: string, doc: Other words.}}}\n",
            "models.B: model B is field for field A: declare `B: A` under models",
        ),
        (
            GADGETS + "models:\n  Ref: {fields: {id: {type: string}}}\n",
            "models.Ref: model Ref is field for field the shared IdRef: declare `Ref: shared#IdRef` under models",
        ),
        (
            GADGETS + "models:\n  Ref: shared#Nope\n",
            "gadgets.yaml:46:3: models.Ref: unknown model reference 'shared#Nope'",
        ),
        (GADGETS + "models:\n  Ref: Ref\n", "models.Ref: model 'Ref' is declared as itself"),
        (GADGETS + "models:\n  Ref: Nope\n", "models.Ref: unknown model 'Nope'"),
    ],
)
def test_reuse_errors_name_file_line_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    widget_tree(tmp_path, widget__v1__gadgets=text)
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert expected in err, err


def test_shared_shapes_are_one_class_everywhere() -> None:
    """The committed tree: Link, Links and Tag are stacksdk.shared's classes in every module
    that has them (the old names stay importable), and no module holds two identical classes."""
    import ast
    import importlib

    import stacksdk.shared as shared

    assert importlib.import_module("stacksdk.compute.v2.servers").Link is shared.Link
    assert importlib.import_module("stacksdk.compute.v2.flavors").Link is shared.Link
    assert importlib.import_module("stacksdk.identity.v3.projects").Links is shared.Links
    assert importlib.import_module("stacksdk.huaweicloud.dns.v2.zones").Tag is shared.Tag
    servers = importlib.import_module("stacksdk.compute.v2.servers")
    assert servers.ListDetailOpts is servers.ListOpts
    for path in sorted((REPO / "generated").rglob("*.py")):
        bodies: dict[str, str] = {}
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef):
                body = [
                    s
                    for s in node.body
                    if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
                ]
                key = ast.dump(ast.Module(body=body, type_ignores=[])) + ast.dump(
                    ast.Tuple(node.bases)
                )
                assert key not in bodies, f"{path}: {node.name} is {bodies[key]} again"
                bodies[key] = node.name


def test_normalising_applies_every_default_once() -> None:
    """After the normalising pass every field, option and operation of every committed spec
    carries each key the builder reads (so build.py and the templates decide no default),
    and a second pass changes nothing."""
    import copy

    from stacksdk.codegen.loader import load_all
    from stacksdk.codegen.normalize import normalize

    field_keys = {
        "type",
        "wire",
        "doc",
        "nullable",
        "read_only",
        "create",
        "update",
        "enum",
        "sensitive",
        "since",
        "until",
        "always",
        "header",
        "header_prefix",
    }
    param_keys = {
        "type",
        "wire",
        "doc",
        "nullable",
        "in",
        "required",
        "enum",
        "sensitive",
        "since",
        "until",
        "style",
    }
    op_keys = {"method", "path", "ok", "doc", "since", "until", "authenticated", "root", "options"}
    for spec in load_all([SPECS]):
        assert normalize(spec) == [], spec.rel
        once = copy.deepcopy(spec.data)
        assert normalize(spec) == [] and spec.data == once, spec.rel
        if spec.kind != "resource":
            continue
        d = spec.data
        models = [m for m in d["models"].values() if isinstance(m, dict)]
        for node in [f for m in models for f in m["fields"].values()] + list(d["fields"].values()):
            assert field_keys <= set(node), (spec.rel, field_keys - set(node))
        ops = list(d["operations"].values()) + list(d["actions"].values())
        for op in ops:
            assert op_keys <= set(op), (spec.rel, op_keys - set(op))
            for group in ("query", "params", "extra_params"):
                for node in (op.get(group) or {}).values():
                    assert param_keys <= set(node), (spec.rel, param_keys - set(node))


def test_omitted_arguments_are_the_runtimes_defaults() -> None:
    """Generated code leaves out an argument of Field, Param or Operation only where it
    equals what the runtime's constructor assumes (build.OMITTED, the one table that says
    so): if the runtime's default changes, this fails instead of every module changing
    meaning silently."""
    import inspect

    import stacksdk.runtime as runtime
    from stacksdk.codegen.build import OMITTED

    for name, omitted in OMITTED.items():
        params = inspect.signature(getattr(runtime, name)).parameters
        for key, value in omitted.items():
            default = params[key].default
            if (name, key) == ("Operation", "idempotent"):  # false: no claim; None: by method
                assert default is None
                continue
            assert default == value, (name, key, default, value)


def test_a_model_copied_into_another_module_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same model (name and fields, the classes they use included) in two modules is
    one shape written twice: lint names the reference to write instead."""
    part = "models:\n  Part: {doc: A part., fields: {serial: {type: string}, link: {type: object, model: shared#Link}}}\n"
    gizmos = GADGETS.replace("resource: Gadget", "resource: Gizmo").replace(
        "plural: gadgets", "plural: gizmos"
    )
    widget_tree(
        tmp_path,
        widget__v1__gadgets=GADGETS + part,
        widget__v1__gizmos=gizmos + part.replace("A part.", "Other words."),
    )
    err = errors_of(capsys, "--root", str(tmp_path), "--out", str(tmp_path / "out"))
    assert (
        "gizmos.yaml:46:3: models.Part: model Part is field for field Part of widget/v1/gadgets: declare `Part: widget/v1/gadgets#Part`"
        in err
    ), err
    # the same name over different classes is no copy
    other = part.replace("shared#Link", "shared#Tag")
    widget_tree(tmp_path, widget__v1__gadgets=GADGETS + part, widget__v1__gizmos=gizmos + other)
    assert (
        main(["--root", str(tmp_path), "--out", str(tmp_path / "out"), "-q"]) == 0
    ), capsys.readouterr().err


def test_the_typed_connection_lists_every_service(tmp_path: Path) -> None:
    """The generated ``connect``/``Connection``: one attribute per service (``_<version>``
    added when a service has several), a vendor's services in its own namespace, typed
    for mypy, nothing built or sent until an attribute is read."""
    tree(
        tmp_path,
        {
            "widget/v1/_service.yaml": SERVICE,
            "widget/v1/gadgets.yaml": GADGETS,
            "gizmo/v1/_service.yaml": SERVICE.replace("service: widget", "service: gizmo"),
            "gizmo/v2/_service.yaml": SERVICE.replace("service: widget", "service: gizmo").replace(
                "v1", "v2"
            ),
            "acme/widget/v1/_service.yaml": SERVICE,
        },
    )
    pkg = tmp_path / "site" / "widgetsdk"
    assert (
        main(
            [
                "--root",
                str(tmp_path),
                "--no-default-specs",
                "--specs",
                str(tmp_path / "specs"),
                "--out",
                str(pkg),
                "--package",
                "widgetsdk",
            ]
        )
        == 0
    )
    code = textwrap.dedent("""
        import widgetsdk
        from widgetsdk.connection import Acme, Connection
        assert {"widget", "gizmo_v1", "gizmo_v2", "acme"} <= set(vars(Connection))
        assert "gizmo" not in vars(Connection) and "widget" in vars(Acme)
        assert Connection.widget.package == "widgetsdk.widget.v1"
        assert Acme.widget.package == "widgetsdk.acme.widget.v1"
        assert widgetsdk.connect.__module__ == "widgetsdk.connection" and widgetsdk.Connection is Connection
        assert "connect" in dir(widgetsdk)
        import sys
        assert "requests" not in sys.modules  # nothing connects at import
        """)
    _run_and_typecheck(tmp_path, code)
    check = tmp_path / "uses.py"
    check.write_text(
        "import widgetsdk\nfrom stacksdk.runtime import ServiceClient\n\n\n"
        "def f(cloud: widgetsdk.Connection) -> ServiceClient:\n"
        "    return cloud.acme.widget if cloud.gizmo_v2 else cloud.widget\n"
    )
    mypy = shutil.which("mypy") or str(Path(sys.executable).with_name("mypy"))
    res = subprocess.run(
        [mypy, "--strict", "--no-incremental", str(check)],
        cwd=tmp_path,
        env={"MYPYPATH": str(tmp_path / "site"), "PATH": str(Path(sys.executable).parent)},
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.parametrize("name", ["client", "provider", "close"])
def test_a_service_cannot_take_a_connection_method_name(tmp_path: Path, name: str) -> None:
    tree(
        tmp_path,
        {f"{name}/v1/_service.yaml": SERVICE.replace("service: widget", f"service: {name}")},
    )
    with pytest.raises(SpecErrors) as info:
        generate([tmp_path / "specs"], "widgetsdk")
    assert f"{name}/v1/_service.yaml:1:1" in str(info.value.errors[0]) and "is taken" in str(
        info.value.errors[0]
    )


def test_a_user_tree_finds_the_shared_shapes_without_a_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installed from a wheel there is no specs/ beside the code: the shared shapes'
    spec is read from the copy codegen installs beside ``stacksdk.shared``."""
    import stacksdk.codegen.cli as cli

    committed = (REPO / "generated" / "shared.yaml").read_text()
    assert committed.split("\n", 2)[2] == (SPECS / "shared.yaml").read_text()  # the spec, as is
    installed = cli.installed_shared()
    assert installed is not None and installed.read_text() == committed
    monkeypatch.setattr(cli, "BUILTIN_SHARED", tmp_path / "no-checkout" / "shared.yaml")
    monkeypatch.setenv("STACKSDK_CODEGEN_CACHE", "off")
    widget_tree(tmp_path, widget__v1__gadgets=REUSING)
    assert cli.builtin_shared([tmp_path / "specs"]) == installed
    files = generate([tmp_path / "specs"], "widgetsdk")
    assert "from stacksdk.shared import IdRef as _IdRef, Link\n" in files["widget/v1/gadgets.py"]
    monkeypatch.setattr(cli, "installed_shared", lambda: None)
    with pytest.raises(SpecErrors, match="shared#"):
        generate([tmp_path / "specs"], "widgetsdk")
