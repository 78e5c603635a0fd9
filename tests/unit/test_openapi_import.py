"""import-openapi on small hand-written documents: one test per mapping rule, the TODO
marks lint refuses, and hostile documents (clear errors naming a JSON pointer)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from stacksdk.codegen.cli import generate
from stacksdk.codegen.loader import SpecErrors, load_all
from stacksdk.codegen.openapi import import_marks, importer
from stacksdk.codegen.openapi.import_load import MAX_BYTES, OpenAPIError, parse
from stacksdk.codegen.openapi.import_schema import spec_name, unique_names

DOCS = Path(__file__).parent / "openapi_docs"
GADGETS = DOCS / "gadgets.yaml"


def imported(doc: Any, service: str = "gadget", version: str = "v3") -> dict[str, Any]:
    """{relative path: spec data} of a document."""
    files, _ = importer.import_document(doc, service, version)
    return {rel: yaml.safe_load(text) for rel, text in files.items()}


@pytest.fixture(scope="module")
def gadgets() -> dict[str, Any]:
    return imported(yaml.safe_load(GADGETS.read_text(encoding="utf-8")))


def minimal(schema: Any, path: str = "/v1/things") -> dict[str, Any]:
    """A document with one listing whose items are ``schema``."""
    body = {"type": "object", "properties": {"things": {"type": "array", "items": schema}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            path: {
                "get": {"responses": {"200": {"content": {"application/json": {"schema": body}}}}}
            }
        },
    }


def test_version_prefix_becomes_url_suffix(gadgets: dict[str, Any]) -> None:
    assert gadgets["gadget/v3/_service.yaml"]["url_suffix"] == "v3"
    widgets = gadgets["gadget/v3/widgets.yaml"]
    assert widgets["path"] == "/widgets"
    # {widget-id} is no spec name: the placeholder is renamed, the URL is the same
    assert widgets["item_path"] == "/widgets/{widget_id}"


def test_envelopes(gadgets: dict[str, Any]) -> None:
    widgets = gadgets["gadget/v3/widgets.yaml"]
    assert (widgets["key"], widgets["collection_key"]) == ("widget", "widgets")
    assert set(widgets["operations"]) == {"list", "get", "create", "update", "delete"}


def test_names_from_wire_names(gadgets: dict[str, Any]) -> None:
    fields = gadgets["gadget/v3/widgets.yaml"]["fields"]
    assert fields["host_name"]["wire"] == "OS-EXT-ATTR:hostName"
    assert fields["created_at"] == {"type": "datetime", "wire": "createdAt", "read_only": True}
    assert fields["class"]["type"] == "string"  # a keyword: codegen makes it class_
    assert fields["na_ve"]["wire"] == "na\u00efve" and fields["na_ve"]["nullable"] is True
    assert spec_name("OS-EXT-STS:vm_state") == "vm_state"
    assert spec_name("imageRef") == "image_ref" and spec_name("HTTPHeader") == "http_header"
    assert spec_name("2fa") == "f_2fa" and spec_name("\u00e9\u00e9") == "field"


def test_name_clashes_are_numbered_in_order() -> None:
    # the wire name that is its own spec name keeps it, whatever the document's order
    assert unique_names(["OS-A:name", "name", "Name"]) == {
        "OS-A:name": "name_3",
        "name": "name",
        "Name": "name_2",
    }
    # class and class_ would both be the attribute class_
    assert unique_names(["class", "class_"]) == {"class": "class", "class_": "class_2"}


def test_microversion_windows_are_merged(gadgets: dict[str, Any]) -> None:
    fields = gadgets["gadget/v3/widgets.yaml"]["fields"]
    assert fields["color"]["since"] == "3.5" and "until" not in fields["color"]
    assert "since" not in fields["legacy"] and fields["legacy"]["until"] == "3.4"
    assert "since" not in fields["name"]  # in every branch
    assert gadgets["gadget/v3/widgets.yaml"]["actions"]["resize"]["since"] == "3.2"


def test_presence_from_request_schemas(gadgets: dict[str, Any]) -> None:
    fields = gadgets["gadget/v3/widgets.yaml"]["fields"]
    assert (fields["name"]["create"], fields["name"]["update"]) == ("required", "optional")
    assert (fields["class"]["create"], fields["class"]["update"]) == ("optional", "absent")
    assert fields["id"] == {"type": "string", "read_only": True}


def test_action_bodies_are_split(gadgets: dict[str, Any]) -> None:
    actions = gadgets["gadget/v3/widgets.yaml"]["actions"]
    assert actions["os_start"]["body_key"] == "os-start"
    assert actions["os_start"]["body"] == "key-only"
    assert actions["resize"]["params"] == {"size": {"type": "integer", "required": True}}
    assert actions["get_console"]["body_key"] == "getConsole"
    # an action named as a generated function is renamed, never refused
    assert actions["list_post"]["body_key"] == "list"
    assert actions["reboot"]["path"] == "/widgets/{widget_id}/reboot"


def test_other_listings_of_the_items_are_actions(gadgets: dict[str, Any]) -> None:
    widgets = gadgets["gadget/v3/widgets.yaml"]
    assert "gadget/v3/detail.yaml" not in gadgets
    assert widgets["actions"]["list_detail"] == {
        "method": "GET",
        "path": "/widgets/detail",
        "params": {"limit": {"type": "integer", "in": "query"}},
        "returns": "pages",
        "paging": "list",
    }
    assert widgets["fields"]["weight"] == {"type": "number", "read_only": True}


def test_query_and_header_parameters(gadgets: dict[str, Any]) -> None:
    query = gadgets["gadget/v3/widgets.yaml"]["operations"]["list"]["query"]
    assert query["tags"]["style"] == "comma"
    assert query["x_gadget_all"] == {
        "type": "boolean",
        "wire": "X-Gadget-All",
        "in": "header",
    }


def test_shared_shapes_are_references(gadgets: dict[str, Any]) -> None:
    widgets = gadgets["gadget/v3/widgets.yaml"]
    assert widgets["models"] == {"IdRef": "shared#IdRef", "Link": "shared#Link"}
    assert widgets["fields"]["owner"]["model"] == "IdRef"


def test_identical_nested_shapes_are_one_model() -> None:
    point = {"type": "object", "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}}}
    item = {"type": "object", "properties": {"id": {"type": "string"}, "a": point, "b": point}}
    spec = imported(minimal(item))["gadget/v3/things.yaml"]
    assert spec["models"] == {"A": {"fields": {"x": {"type": "integer"}, "y": {"type": "integer"}}}}
    assert spec["fields"]["b"]["model"] == "A"


def marks_of(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [m for v in data.values() for m in marks_of(v)]
    if isinstance(data, list):
        return [m for v in data for m in marks_of(v)]
    return [data] if isinstance(data, str) and data.startswith("TODO:") else []


def test_what_openapi_cannot_say_is_marked(gadgets: dict[str, Any]) -> None:
    widgets = gadgets["gadget/v3/widgets.yaml"]
    suggested = {
        m.split("[suggest: ")[0]: yaml.safe_load(m.split("[suggest: ")[1][:-1])
        for m in marks_of(gadgets)
    }
    assert len(suggested) == 8
    assert import_marks.answer(widgets["operations"]["list"]["paging"]) == {"kind": "marker"}
    assert import_marks.answer(widgets["status"]) == {
        "field": "status",
        "failure": ["ERROR"],
        "deleted": ["DELETED"],
    }
    assert import_marks.answer(widgets["fields"]["admin_password"]["sensitive"]) is True
    assert import_marks.answer(widgets["actions"]["get_console"]["idempotent"]) is True
    assert "idempotent" not in widgets["actions"]["resize"]
    service = gadgets["gadget/v3/_service.yaml"]
    assert import_marks.answer(service["microversion"])["max"] == "3.9"  # info.version


def run(tmp_path: Path, *args: str) -> int:
    return importer.main(
        [str(GADGETS), "--service", "gadget", "--version", "v3", "--out", str(tmp_path), *args]
    )


def test_lint_refuses_every_mark_and_only_them(tmp_path: Path) -> None:
    assert run(tmp_path) == 0
    with pytest.raises(SpecErrors) as caught:
        load_all([tmp_path])
    errors = caught.value.errors
    assert len(errors) == 8
    assert all(e.reason.startswith("TODO not answered: ") for e in errors)
    paging = next(e for e in errors if e.path == "operations.list.paging")
    text = (tmp_path / "gadget/v3/widgets.yaml").read_text(encoding="utf-8").splitlines()
    assert "paging: 'TODO:" in text[paging.line - 1]
    assert str(paging).startswith(f"gadget/v3/widgets.yaml:{paging.line}:")
    assert '(suggested: {"kind": "marker"})' in str(paging)


def test_answered_marks_generate(tmp_path: Path) -> None:
    assert run(tmp_path) == 0
    for path in tmp_path.rglob("*.yaml"):
        data = import_marks.answer(yaml.safe_load(path.read_text(encoding="utf-8")))
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    files = generate([tmp_path], "imported")
    widgets = files["gadget/v3/widgets.py"]
    assert "def resize(" in widgets and "def wait_for_status(" in widgets
    assert "class_: str | Unset" in widgets


def test_a_mark_hides_schema_noise(tmp_path: Path) -> None:
    spec = tmp_path / "svc" / "v1" / "things.yaml"
    spec.parent.mkdir(parents=True)
    spec.write_text(
        "format: 1\nresource: Thing\nplural: things\npath: /things\n"
        "doc: 'TODO: say what a thing is [suggest: A thing.]'\n"
        "fields: {id: {type: strng}}\n"
    )
    with pytest.raises(SpecErrors) as caught:
        load_all([tmp_path])
    assert [str(e) for e in caught.value.errors if e.file.endswith("things.yaml")] == [
        "svc/v1/things.yaml:5:1: doc: TODO not answered: say what a thing is (suggested: A thing.)"
    ]


def test_existing_files_are_not_overwritten(tmp_path: Path, capsys: Any) -> None:
    assert run(tmp_path) == 0
    target = tmp_path / "gadget/v3/widgets.yaml"
    target.write_text("mine", encoding="utf-8")
    assert run(tmp_path) == 1
    assert target.read_text(encoding="utf-8") == "mine"
    assert "exists (--force overwrites)" in capsys.readouterr().err
    assert run(tmp_path, "--force") == 0
    assert target.read_text(encoding="utf-8") != "mine"


@pytest.mark.parametrize(
    "args",
    [
        [],
        [str(GADGETS), "--service", "gadget", "--version", "3", "--out", "x"],
        [str(GADGETS), "--service", "Gad get", "--version", "v3", "--out", "x"],
        [str(DOCS), "--service", "gadget", "--version", "v3", "--out", "x"],
    ],
)
def test_usage_errors(args: list[str]) -> None:
    assert importer.main(args) == 2


def error_of(doc: Any) -> OpenAPIError:
    with pytest.raises(OpenAPIError) as caught:
        imported(doc)
    return caught.value


def test_ref_cycle() -> None:
    doc = minimal({"$ref": "#/components/schemas/A"})
    doc["components"] = {
        "schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"},
        }
    }
    assert "$ref cycle" in error_of(doc).reason


def test_schema_that_contains_itself() -> None:
    doc = minimal({"$ref": "#/components/schemas/Node"})
    node = {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}}
    doc["components"] = {"schemas": {"Node": node}}
    error = error_of(doc)
    assert "contains itself" in error.reason and error.pointer.endswith("/properties/child")


@pytest.mark.parametrize("ref", ["other.yaml#/A", "https://example.com/s.json", "#/nowhere"])
def test_refs_outside_or_nowhere(ref: str) -> None:
    error = error_of(minimal({"$ref": ref}))
    assert ref in error.reason
    assert error.pointer.startswith("/paths/~1v1~1things/get/responses")


def test_depth_bomb() -> None:
    deep = "[" * 5000 + "]" * 5000
    with pytest.raises(OpenAPIError, match="nested"):
        parse(deep, json_syntax=True)
    with pytest.raises(OpenAPIError, match="nested"):
        parse("a: " + "[" * 200 + "]" * 200, json_syntax=False)


def test_alias_bomb() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    with pytest.raises(OpenAPIError, match="values"):
        parse("\n".join(lines), json_syntax=False)


def test_huge_document() -> None:
    with pytest.raises(OpenAPIError, match="larger than"):
        parse(" " * (MAX_BYTES + 1), json_syntax=False)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("[1, 2]", "a mapping"),
        ("openapi: 2.0\npaths: {}", "not an OpenAPI 3.x"),
        ("openapi: 3.0.0", "no paths"),
        ("openapi: 3.0.0\npaths: {}\nx: !!python/object:os.system {}", "tags"),
        ("openapi: 3.0.0\nopenapi: 3.1.0\npaths: {}", "duplicate key"),
    ],
)
def test_not_documents(text: str, reason: str) -> None:
    with pytest.raises(OpenAPIError, match=reason):
        imported(parse(text, json_syntax=False))


def test_unprintable_names_are_refused() -> None:
    item = {"type": "object", "properties": {"a\u202eb": {"type": "string"}}}
    error = error_of(minimal(item))
    assert "unprintable" in error.reason and error.pointer.endswith("/properties/a\u202eb")


def test_cli_error_names_the_pointer(tmp_path: Path, capsys: Any) -> None:
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(minimal({"$ref": "elsewhere.json#/A"})), encoding="utf-8")
    code = importer.main([str(doc), "--service", "x", "--version", "v1", "--out", str(tmp_path)])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{doc}#/paths/~1v1~1things/get/responses")
    assert "Traceback" not in err


def test_a_resource_without_described_fields_is_marked() -> None:
    ok = {"responses": {"200": {"description": "Ok"}}}
    doc = {
        "openapi": "3.1.0",
        "paths": {"/v1/things": {"post": ok}, "/v1/things/{thing_id}": {"get": ok}},
    }
    spec = imported(doc)["gadget/v3/things.yaml"]
    assert spec["fields"].startswith("TODO: the document describes no field of Thing")
    assert import_marks.answer(spec["fields"]) == {"id": {"type": "string", "read_only": True}}


def test_our_own_exports_are_read_back_natively(tmp_path: Path) -> None:
    from stacksdk.codegen.openapi.export import export_all

    assert run(tmp_path) == 0
    for path in tmp_path.rglob("*.yaml"):
        data = import_marks.answer(yaml.safe_load(path.read_text(encoding="utf-8")))
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    exported = yaml.safe_load(export_all([tmp_path])["gadget/v3.yaml"])
    assert "x-stacksdk-format" in exported
    again = imported(exported)
    assert again["gadget/v3/widgets.yaml"]["fields"]["admin_password"]["sensitive"] is True
    assert again["gadget/v3/widgets.yaml"]["status"]["field"] == "status"
    assert marks_of(again) == []


def test_read_only_members_of_a_request_are_never_sent() -> None:
    """A member the request schema marks ``readOnly`` (upstream puts whole resources in
    create bodies that way) is read-only, not an option of CreateOpts."""
    thing = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "created_at": {"type": "string", "format": "date-time", "readOnly": True},
            "name": {"type": "string"},
        },
        "required": ["name"],
    }
    body = {"content": {"application/json": {"schema": thing}}}
    answer = {"200": {"description": "Ok", **body}}
    doc = {
        "openapi": "3.1.0",
        "paths": {
            "/v1/things": {"post": {"requestBody": body, "responses": answer}},
            "/v1/things/{thing_id}": {"get": {"responses": answer}},
        },
    }
    fields = imported(doc)["gadget/v3/things.yaml"]["fields"]
    assert fields["created_at"]["read_only"] is True and "create" not in fields["created_at"]
    assert fields["id"]["read_only"] is True
    assert fields["name"].get("create") == "required" and "read_only" not in fields["name"]
