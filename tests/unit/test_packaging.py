"""The wheel: one import root, typed, and no generator dependencies at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


WARNING_MARKERS = (
    "SetuptoolsWarning",
    "SetuptoolsDeprecationWarning",
    "_Warning:",
    "is absent from the `packages`",
)


def test_wheel_has_one_import_root_builds_without_warnings_and_ships_its_files(
    tmp_path: Path,
) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-v",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = build.stdout + build.stderr
    assert build.returncode == 0, out[-4000:]
    warnings = [
        line.strip() for line in out.splitlines() if any(m in line for m in WARNING_MARKERS)
    ]
    assert warnings == [], "setuptools warned while building the wheel:\n" + "\n".join(warnings)
    (wheel,) = tmp_path.glob("stacksdk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    roots = {n.split("/")[0] for n in names if not n.startswith("stacksdk-")}
    assert roots == {"stacksdk"}
    vendors = sorted(p.name for p in (REPO / "runtime" / "endpoints" / "vendors").glob("*.yaml"))
    assert vendors, "runtime/endpoints/vendors/*.yaml not found"
    for required in (
        "stacksdk/py.typed",
        "stacksdk/shared.yaml",
        "stacksdk/runtime/py.typed",
        "stacksdk/codegen/py.typed",
        "stacksdk/runtime/config/clouds.schema.json",
        "stacksdk/runtime/pipeline/provider.py",
        "stacksdk/runtime/auth/base.py",
        "stacksdk/runtime/endpoints/resolve.py",
        "stacksdk/codegen/spec.schema.json",
        "stacksdk/codegen/templates/resource.py.j2",
        "stacksdk/identity/v3/projects.py",
        *(f"stacksdk/runtime/endpoints/vendors/{v}" for v in vendors),
    ):
        assert required in names, required
    (license,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    assert "Apache License" in zipfile.ZipFile(wheel).read(license).decode()
    meta = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(meta).decode()
    assert "License-Expression: Apache-2.0" in text.splitlines()
    classifiers = {
        line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("Classifier: ")
    }
    assert {
        "Typing :: Typed",
        "Programming Language :: Python :: 3.10",
        "Operating System :: OS Independent",
    } <= classifiers
    requires = [
        line
        for line in text.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    # jsonschema only explains a bad clouds.yaml when installed: not a run-time dependency
    assert sorted(r.split()[1].split(">")[0] for r in requires) == ["pyyaml", "requests"]


def test_importing_a_service_module_loads_no_generator_code() -> None:
    code = (
        "import sys, stacksdk.identity.v3 as identity\n"
        "assert 'stacksdk.identity.v3.projects' not in sys.modules  # lazy\n"
        "identity.projects\n"
        "assert 'stacksdk.identity.v3.projects' in sys.modules\n"
        "print(sorted({'jinja2', 'jsonschema', 'black', 'stacksdk.codegen'} & set(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
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
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
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
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[]"


def test_no_pytest_status_is_masked_in_make_test() -> None:
    """pytest's exit 5 (no tests ran) and every other failure must fail `make test`
    and so .ci/run: no pytest line of the Makefile ignores its status."""
    dry = subprocess.run(
        ["make", "-n", "--no-print-directory", "test", "fuzz", "unit"],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    runs = [line for line in dry.stdout.splitlines() if "-m pytest" in line]
    assert len(runs) >= 4, dry.stdout  # the suite, test-pythons' loop, fuzz, unit
    for line in runs:
        assert "||" not in line and not line.lstrip().startswith("-"), line
    recipe_lines = [
        line for line in (REPO / "Makefile").read_text().splitlines() if "-m pytest" in line
    ]
    assert recipe_lines and not any(line.lstrip("\t").startswith("-") for line in recipe_lines)
    ci = (REPO / ".ci" / "run").read_text()
    assert "set -euo pipefail" in ci
    commands = [line.strip() for line in ci.splitlines() if line.strip().startswith("make ")]
    # make test first; the checks over upstream's OpenAPI documents only where they exist
    assert commands[0] == "make test", commands
    assert all("openapi" in c or "drift" in c for c in commands[1:]), commands
    assert "if [ -d ../shared/openapi ]; then" in ci


def test_the_readme_and_the_services_page_name_every_service_package() -> None:
    """Each OpenStack service version of specs/ is in the README's service list and in
    docs/services.md (a vendor's own services are on docs/vendors.md)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    page = (REPO / "docs" / "services.md").read_text(encoding="utf-8")
    missing = []
    for service_file in sorted((REPO / "specs").glob("*/*/_service.yaml")):
        stype, version = service_file.parent.parent.name, service_file.parent.name
        package = f"stacksdk.{stype.replace('-', '_')}.{version}"
        if f"`{package}`" not in readme or f"`{package}`" not in page:
            missing.append(package)
    assert not missing, f"not named in README.md and docs/services.md: {missing}"
