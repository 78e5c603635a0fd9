"""The wheel: one import root, typed, and no generator dependencies at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_wheel_has_one_import_root(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("stacksdk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    roots = {n.split("/")[0] for n in names if not n.startswith("stacksdk-")}
    assert roots == {"stacksdk"}
    for required in (
        "stacksdk/py.typed",
        "stacksdk/runtime/py.typed",
        "stacksdk/runtime/clouds.schema.json",
        "stacksdk/runtime/provider.py",
        "stacksdk/codegen/spec.schema.json",
        "stacksdk/codegen/templates/resource.py.j2",
        "stacksdk/identity/v3/projects.py",
    ):
        assert required in names, required
    meta = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(meta).decode()
    requires = [line for line in text.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert sorted(r.split()[1].split(">")[0] for r in requires) == ["jsonschema", "pyyaml", "requests"]


def test_importing_a_service_module_loads_no_generator_code() -> None:
    code = (
        "import sys, stacksdk.identity.v3 as identity\n"
        "assert 'stacksdk.identity.v3.projects' not in sys.modules  # lazy\n"
        "identity.projects\n"
        "assert 'stacksdk.identity.v3.projects' in sys.modules\n"
        "print(sorted({'jinja2', 'jsonschema', 'black', 'stacksdk.codegen'} & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_importing_a_resource_module_does_not_import_the_http_stack() -> None:
    """requests (~100 ms) loads with the first provider, not with the modules."""
    code = (
        "import sys, stacksdk.identity.v3.users, stacksdk.runtime as r\n"
        "r.UNSET, r.errors.NotFound\n"
        "print(sorted({'requests', 'urllib3', 'yaml', 'http.client'} & set(sys.modules)))\n"
        "r.new_client('http://127.0.0.1:1/v3')\n"
        "print('requests' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split("\n")[:2] == ["[]", "True"]


def test_importing_a_resource_module_stays_cheap() -> None:
    """Generated classes are not run through dataclasses (which imports inspect, ast,
    ...), and logging, json, threading and urllib.parse load with the first provider:
    importing a generated module stays a small fraction of importing openstacksdk."""
    code = (
        "import sys, stacksdk.image.v2.images, stacksdk.identity.v3.roles\n"
        "heavy = {'dataclasses', 'inspect', 'ast', 'logging', 'json', 'threading', 'urllib.parse'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
