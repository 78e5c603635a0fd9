"""export-openapi: every service version as a valid, deterministic OpenAPI 3.1 document."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from stacksdk.codegen.openapi import export

SPECS = Path(__file__).resolve().parents[2] / "specs"


Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _copy(tmp: Path, *services: str) -> Path:
    """A copy of specs/ (or of some of its services): specs/ may change while tests run."""
    root = tmp / "specs"
    if not services:
        shutil.copytree(SPECS, root)
    for service in services:
        shutil.copytree(SPECS / service, root / service)
    return root


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _copy(tmp_path_factory.mktemp("snapshot"))


@pytest.fixture(scope="module")
def files(specs: Path) -> dict[str, str]:
    return export.export_all([specs])


@pytest.fixture(scope="module")
def docs(files: dict[str, str]) -> dict[str, dict[str, Any]]:
    return {rel: yaml.load(text, Loader=Loader) for rel, text in files.items()}


def _operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of ours: an OpenAPI operation, or each of its alternatives."""
    return [
        one
        for item in doc["paths"].values()
        for op in item.values()
        if "operationId" in op
        for one in op.get("x-stacksdk-alternatives", [op])
    ]


def test_every_service_version_validates(files: dict[str, str], tmp_path: Path) -> None:
    assert {"compute/v2.yaml", "identity/v3.yaml", "huaweicloud/ecs/v1_1.yaml"} <= set(files)
    for rel, text in files.items():  # written first: a vendor version refers to its sibling
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    for rel, text in files.items():
        doc = yaml.load(text, Loader=Loader)
        assert doc["openapi"] == "3.1.0" and doc["x-stacksdk-format"] == 1
        validate(doc, base_uri=(tmp_path / rel).as_uri())


def test_deterministic(specs: Path, files: dict[str, str]) -> None:
    assert export.export_all([specs]) == files


def test_mapping(docs: dict[str, dict[str, Any]]) -> None:
    compute = docs["compute/v2.yaml"]
    ops = {op["operationId"]: op for op in _operations(compute)}
    # an envelope: {"flavor": CreateOpts}, the options class a component of its own
    create = ops["flavors.create"]["requestBody"]["content"]["application/json"]["schema"]
    assert create["properties"]["flavor"] == {"$ref": "#/components/schemas/flavors.CreateOpts"}
    assert create["required"] == ["flavor"]
    # a window -> x-openstack
    flavor = compute["components"]["schemas"]["flavors.Flavor"]["properties"]
    assert flavor["description"]["x-openstack"] == {"min-ver": "2.55"}
    # a wire name that is not the Python name
    assert flavor["OS-FLV-EXT-DATA:ephemeral"]["x-stacksdk-name"] == "ephemeral"
    # actions on one POST .../action: one operation, one oneOf branch per action
    action = compute["paths"]["/flavors/{flavor_id}/action"]["post"]
    body = action["requestBody"]["content"]["application/json"]["schema"]
    assert body["x-openstack"] == {"discriminator": "action"}
    names = [branch["x-openstack"]["action-name"] for branch in body["oneOf"]]
    assert names == ["addTenantAccess", "removeTenantAccess"]
    ids = [alt["operationId"] for alt in action["x-stacksdk-alternatives"]]
    assert ids == ["flavor_access.add_tenant_access", "flavor_access.remove_tenant_access"]
    # paging
    assert ops["flavors.list"]["x-stacksdk-operation"]["paging"]["kind"] == "marker"


def test_parameters_security_servers(docs: dict[str, dict[str, Any]]) -> None:
    ops = [op for doc in docs.values() for op in _operations(doc)]
    params = [p for op in ops for p in op.get("parameters", []) if "$ref" not in p]
    comma = [p for p in params if p.get("explode") is False]
    assert comma and all(p["style"] == "form" and p["schema"]["type"] == "array" for p in comma)
    schemas = [s for doc in docs.values() for s in doc["components"]["schemas"].values()]
    secrets = [
        prop
        for s in schemas
        for prop in s.get("properties", {}).values()
        if prop.get("x-stacksdk-sensitive")
    ]
    assert secrets and all(p["writeOnly"] for p in secrets)
    assert any(p.get("format") == "password" for p in secrets)
    identity = {op["operationId"]: op for op in _operations(docs["identity/v3.yaml"])}
    assert identity["tokens.create"]["security"] == []
    assert "security" not in identity["projects.get"]
    root = [op for op in ops if "servers" in op]
    assert root and all(op["servers"][0]["url"] == "/" for op in root)


def test_several_operations_on_one_method_and_path(docs: dict[str, dict[str, Any]]) -> None:
    """Placement's PUT /resource_classes/{name} is update (1.2-1.6) and ensure (1.7-): one
    OpenAPI operation, the union of both (the widest window, every status, an optional
    body), each described in full among its alternatives."""
    put = docs["placement/v1.yaml"]["paths"]["/resource_classes/{resource_class_name}"]["put"]
    assert put["operationId"] == "resource_classes.update+resource_classes.ensure"
    assert put["x-openstack"] == {"min-ver": "1.2"}
    assert sorted(put["responses"]) == ["200", "201", "204"]
    assert put["requestBody"]["required"] is False
    update, ensure = put["x-stacksdk-alternatives"]
    assert update["x-openstack"] == {"min-ver": "1.2", "max-ver": "1.6"}
    assert ensure["x-openstack"] == {"min-ver": "1.7"} and "requestBody" not in ensure


def test_json_documents_refer_to_each_other_as_json(tmp_path: Path) -> None:
    files = export.export_all([_copy(tmp_path, "huaweicloud/ecs")], "json")
    assert sorted(files) == ["huaweicloud/ecs/v1.json", "huaweicloud/ecs/v1_1.json"]
    text = files["huaweicloud/ecs/v1_1.json"]
    json.loads(text)
    refs = re.findall(r'"\$ref": "([^"#]*)#', text)
    assert set(refs) == {"", "v1.json"}


def test_cli_writes_checks_and_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    specs = _copy(tmp_path, "placement", "huaweicloud/iam")
    argv = ["--no-default-specs", "--specs", str(specs), "--out", str(out)]
    assert export.main(argv) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == [
        "huaweicloud/iam/v3.yaml",
        "placement/v1.yaml",
    ]
    assert export.main([*argv, "--check"]) == 0
    (out / "placement" / "v1.yaml").write_text("stale\n", encoding="utf-8")
    assert export.main([*argv, "--check"]) == 1
    assert "stale:" in capsys.readouterr().err
    assert export.main(argv) == 0
    (out / "placement" / "v9.yaml").write_text("{}\n", encoding="utf-8")
    assert export.main([*argv, "--check"]) == 1
    assert "orphan (no such service version):" in capsys.readouterr().err
    assert export.main(["--format", "xml"]) == 2
    assert export.main(["--no-default-specs", "--specs", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err
