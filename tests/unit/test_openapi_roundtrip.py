"""The round trip: export -> native import -> generate gives exactly the modules of specs/,
and the export of the imported specs is the first export (a fixed point)."""

from __future__ import annotations

import copy
import random
import shutil
from pathlib import Path

import pytest
import yaml

from stacksdk.codegen.cli import generate
from stacksdk.codegen.loader import SpecErrors
from stacksdk.codegen.openapi.export import export_all
from stacksdk.codegen.openapi.native import NativeError, import_native

SPECS = Path(__file__).resolve().parents[2] / "specs"


def _import_all(exported: dict[str, str], out: Path) -> None:
    for i, (rel, text) in enumerate(sorted(exported.items())):
        *_, service, version = rel.removesuffix(".yaml").split("/")
        for spec_rel, spec in import_native(yaml.safe_load(text), service, version, i == 0).items():
            (out / spec_rel).parent.mkdir(parents=True, exist_ok=True)
            (out / spec_rel).write_text(spec, encoding="utf-8")


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A copy of specs/ (which may change while the tests run) and its export."""
    specs = tmp_path_factory.mktemp("snapshot") / "specs"
    shutil.copytree(SPECS, specs)
    return specs, export_all([specs])


def test_round_trip_is_exact(tmp_path: Path, snapshot: tuple[Path, dict[str, str]]) -> None:
    specs, exported = snapshot
    imported = tmp_path / "imported"
    _import_all(exported, imported)
    assert (imported / "shared.yaml").is_file()
    want, got = generate([specs]), generate([imported])
    assert set(got) == set(want)
    # every module byte for byte, docstrings included; shared.yaml is codegen's copy of
    # the source text (installed beside stacksdk.shared), the same data in other words
    assert [rel for rel in want if rel != "shared.yaml" and want[rel] != got[rel]] == []
    assert yaml.safe_load(got["shared.yaml"]) == yaml.safe_load(want["shared.yaml"])
    assert export_all([imported]) == exported


def test_import_names_what_it_cannot_read(snapshot: tuple[Path, dict[str, str]]) -> None:
    doc = yaml.safe_load(snapshot[1]["placement/v1.yaml"])
    del doc["components"]["schemas"]["resource_classes.ResourceClass"]
    with pytest.raises(NativeError, match=r"^/components/schemas/resource_classes.ResourceClass: "):
        import_native(doc, "placement", "v1")
    with pytest.raises(NativeError, match=r"^/info: "):
        import_native({"info": "x"}, "placement", "v1")


def _paths(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    out = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += _paths(item, path + (i,))
    return out


def test_a_damaged_export_is_an_error_never_a_traceback(
    snapshot: tuple[Path, dict[str, str]],
) -> None:
    """Each of 40 seeded damages (a key removed, a value of another kind) is a NativeError
    or a spec error, and nothing else."""
    original = yaml.safe_load(snapshot[1]["huaweicloud/iam/v3.yaml"])
    rng = random.Random(13)
    values = [None, 1, "x", [], {}, "../../x", "\u202e", {"$ref": "#/x"}, float("inf"), True]
    for _ in range(40):
        doc = copy.deepcopy(original)
        *parents, last = rng.choice(_paths(doc))
        node = doc
        for key in parents:
            node = node[key]
        if isinstance(node, dict) and rng.random() < 0.4:
            del node[last]
        else:
            node[last] = rng.choice(values)
        try:
            import_native(doc, "iam", "v3", shared=True)
        except (NativeError, SpecErrors):
            pass


def test_the_commands_round_trip_one_service_into_a_tree_of_its_own(
    tmp_path: Path, snapshot: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """export-openapi, then import-openapi of one document into a tree without shared.yaml
    (whose modules import the installed stacksdk.shared): the same modules as specs/ gives."""
    from stacksdk.codegen.openapi import export, importer

    specs, _ = snapshot
    assert export.main(["--specs", str(specs), "--no-default-specs", "--out", str(tmp_path)]) == 0
    doc = tmp_path / "identity" / "v3.yaml"
    tree = tmp_path / "tree"
    argv = [str(doc), "--service", "identity", "--version", "v3", "--out", str(tree)]
    assert importer.main(argv) == 0
    summary = capsys.readouterr().out
    resources = [
        p for p in (specs / "identity" / "v3").glob("*.yaml") if "\nplural:" in p.read_text()
    ]
    assert f": {len(resources)} resources, " in summary and ", 0 TODO marks" in summary, summary
    assert not (tree / "shared.yaml").exists()
    want = {k: v for k, v in generate([specs]).items() if k.startswith("identity/v3/")}
    got = {k: v for k, v in generate([tree]).items() if k.startswith("identity/v3/")}
    assert [rel for rel in want if want[rel] != got.get(rel)] == [] and set(got) == set(want)
    assert importer.main(argv) == 1  # the files exist now: never overwritten without --force
