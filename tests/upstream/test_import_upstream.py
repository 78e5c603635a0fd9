"""import-openapi over upstream OpenStack documents: the specs it writes lint only on
their TODO marks, and once every mark is answered with the importer's own suggestion
the tree generates modules that pass ``mypy --strict``."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from stacksdk.codegen.cli import generate
from stacksdk.codegen.loader import SpecErrors, load_all
from stacksdk.codegen.openapi import import_marks, importer
from stacksdk.codegen.openapi.import_load import read

#: (document, service type, version directory): the issue's four, and compute
DOCUMENTS = [
    ("load-balancer", "load-balancer", "v2"),
    ("dns", "dns", "v2"),
    ("shared-file-system", "shared-file-system", "v2"),
    ("container-infrastructure-management", "container-infrastructure-management", "v1"),
    ("compute", "compute", "v2"),
]


@pytest.mark.parametrize("name, service, version", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_import_lints_only_on_marks_then_type_checks(
    upstream: Path, tmp_path: Path, name: str, service: str, version: str
) -> None:
    started = time.perf_counter()
    files, summary = importer.import_document(read(upstream / f"{name}.yaml"), service, version)
    seconds = time.perf_counter() - started
    specs = tmp_path / "specs"
    for rel, text in files.items():
        (specs / rel).parent.mkdir(parents=True, exist_ok=True)
        (specs / rel).write_text(text, encoding="utf-8")
    with pytest.raises(SpecErrors) as caught:
        load_all([specs])
    others = [str(e) for e in caught.value.errors if not e.reason.startswith("TODO not answered")]
    assert others == []
    assert len(caught.value.errors) == summary.marks > 0
    print(f"\n{name}: {summary} ({seconds:.2f} s)")

    for path in specs.rglob("*.yaml"):
        data = import_marks.answer(yaml.safe_load(path.read_text(encoding="utf-8")))
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    for rel, text in generate([specs], "imported").items():
        (out / "imported" / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / "imported" / rel).write_text(text, encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache")]
        + ["-p", "imported"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert checked.returncode == 0, checked.stdout[-3000:]
