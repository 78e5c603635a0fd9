"""The import of a stacksdk export (a document with ``x-stacksdk-format``) back into specs.

The standard parts are read for what they say (paths, methods, parameters, bodies,
responses, schemas, ``x-openstack`` windows, descriptions); ``x-stacksdk-*`` keys only
for the rest (export.py). The specs come out in their canonical form (canonical.py):
defaults left out, keys in the order of docs/spec-format.md.
"""

from __future__ import annotations

import posixpath
import tempfile
from pathlib import Path
from typing import Any

from ..loader import SERVICE_FILE, SHARED_FILE, SpecErrors, load_file
from ..normalize import normalize, pascal
from .canonical import canonical
from .common import COMPONENTS, Dumper, dump_yaml, from_schema, item_type, window_from_x

CRUD_ROLES = ("list", "get", "head", "create", "update", "delete")
_X = "x-stacksdk-"


class NativeError(ValueError):
    """A document this import cannot read (names the JSON pointer and the reason)."""


def _x(node: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: node[_X + k.replace("_", "-")] for k in keys if _X + k.replace("_", "-") in node}


class _Reader:
    """Reads one document; ``where`` is the JSON pointer being read (for errors)."""

    def __init__(self, doc: dict[str, Any], directory: str) -> None:
        self.doc = doc
        self.directory = directory
        components = doc.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        self.schemas: dict[str, Any] = schemas if isinstance(schemas, dict) else {}
        self.module = ""
        self.where = ""  # the JSON pointer being read, for errors

    def read(self, service: str, version: str, shared: bool, scratch: Path) -> dict[str, str]:
        """Every spec of the document (see :func:`import_native`)."""
        doc = self.doc
        settings = dict(doc.get(_X + "service", {}))
        vendor = settings.pop("vendor", None)
        directory = f"{vendor}/{service}/{version}" if vendor else f"{service}/{version}"
        self.directory = directory
        self.where = "/info"
        info = doc["info"]
        out: dict[str, str] = {}
        service_rel = f"{directory}/{SERVICE_FILE}"
        service_data = {
            "format": 1,
            **settings,
            "version": info["version"],
            "doc": info["description"],
        }
        out[service_rel] = _canonical_text(service_rel, service_data, scratch)
        if shared and _X + "shared" in doc:
            self.module = "shared"
            models = self.models("shared", set())
            shared_data = {"format": 1, "doc": doc[_X + "shared"]["description"], "models": models}
            out[SHARED_FILE] = _canonical_text(SHARED_FILE, shared_data, scratch)
        operations: dict[str, dict[str, tuple[str, str, dict[str, Any]]]] = {}
        for path, item in doc["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                self.where = f"/paths/{_escape(path)}/{method}"
                for one in op.get(_X + "alternatives") or [op]:
                    module, _, name = one["operationId"].partition(".")
                    operations.setdefault(module, {})[name] = (method, path, one)
        for i, tag in enumerate(doc.get("tags", [])):
            self.where = f"/tags/{i}"
            module = self.module = tag["name"]
            rel = f"{directory}/{module}.yaml"
            out[rel] = _canonical_text(
                rel, self.module_data(tag, operations.get(module, {})), scratch
            )
        return out

    def module_data(
        self, tag: dict[str, Any], ops: dict[str, tuple[str, str, dict[str, Any]]]
    ) -> dict[str, Any]:
        """The spec data of one module (a tag: a resource or an extension)."""
        module = self.module
        ext = tag.get(_X + "extension")
        resource = ext["resource"] if ext else tag[_X + "resource"]["resource"]
        skip = {f"{module}.{pascal(n)}Opts" for n in ops} | {f"{module}.{resource}"}
        self.where = f"/components/schemas/{module}.{resource}"
        main = self.object(self.component({"$ref": f"{COMPONENTS}{module}.{resource}"}))
        data: dict[str, Any]
        if ext:
            data = {"format": 1, "extends": ext["extends"], "module": module, "resource": resource}
        else:
            data = {"format": 1, **tag[_X + "resource"], "plural": module}
            data |= _x(tag, ("status", "find"))
        data["doc"] = tag["description"]
        data["fields"] = main
        data["models"] = self.models(module, skip)
        if ext:
            params = self.object({"properties": tag.get(_X + "create-params", {})}, param=True)
            data["create_params"] = params
            return data
        data["operations"], data["actions"] = {}, {}
        for name in tag.get(_X + "order", []):
            method, path, op = ops[name]
            self.where = f"/paths/{_escape(path)}/{method}"
            _, node = self.operation(method, path, op, main)
            data["operations" if name in CRUD_ROLES else "actions"][name] = node
        for role in ("create", "update"):
            node = data["operations"].get(role)
            if node is not None and not node.get("options"):
                self.where = f"/components/schemas/{module}.{pascal(role)}Opts"
                self.presence(main, role, self.schemas.get(f"{module}.{pascal(role)}Opts"))
        return data

    def presence(self, fields: dict[str, Any], role: str, opts: Any) -> None:
        """Each field's presence in the options class of ``role``, as that class says."""
        props = opts.get("properties", {}) if isinstance(opts, dict) else {}
        required = opts.get("required", []) if isinstance(opts, dict) else []
        names = {prop.get(_X + "name", wire): wire for wire, prop in props.items()}
        for name, field in fields.items():
            if field.get("read_only"):
                continue  # never an option (a property of this name is an extra option)
            wire = names.get(name)
            field[role] = (
                "absent" if wire is None else "required" if wire in required else "optional"
            )

    def model_of(self, ref: str) -> str | None:
        where, _, pointer = ref.partition("#")
        if not pointer.startswith(COMPONENTS[1:]):
            return None
        module, _, name = pointer[len(COMPONENTS) - 1 :].partition(".")
        if where:
            there = posixpath.normpath(posixpath.join(posixpath.dirname(self.directory), where))
            there = there.removesuffix(".yaml").removesuffix(".json")
            return f"{there}/{module}#{name}"
        if module == self.module:
            return name
        if module == "shared":
            return f"shared#{name}"
        return f"{self.directory}/{module}#{name}"

    def type_node(self, schema: dict[str, Any]) -> dict[str, Any]:
        return _items(from_schema(schema, self.model_of))

    def prop(self, wire: str, schema: dict[str, Any], param: bool = False) -> tuple[str, Any]:
        node = self.type_node(schema)
        name = schema.get(_X + "name", wire)
        node["wire"] = wire
        if schema.get("description"):
            node["doc"] = schema["description"]
        since, until = window_from_x(schema)
        node |= {k: v for k, v in (("since", since), ("until", until)) if v}
        if schema.get("readOnly") and not param:
            node["read_only"] = True
        node |= _x(schema, ("create", "update", "sensitive", "header", "header_prefix"))
        node |= _x(schema, ("style", "in"))
        return name, node

    def object(self, schema: dict[str, Any], param: bool = False) -> dict[str, Any]:
        required = schema.get("required", [])
        out = {}
        for wire, prop in schema.get("properties", {}).items():
            name, node = self.prop(wire, prop, param)
            if param:
                node["required"] = wire in required
            else:
                node["always"] = wire in required
            out[name] = node
        return out

    def component(self, ref: dict[str, Any]) -> dict[str, Any]:
        name = ref.get("$ref", "").removeprefix(COMPONENTS)
        if name not in self.schemas:
            raise NativeError(f"{ref.get('$ref')!r}: no such component")
        schema: dict[str, Any] = self.schemas[name]
        return schema

    def models(self, prefix: str, skip: set[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for cname, schema in self.schemas.items():
            module, _, name = cname.partition(".")
            if module != prefix or cname in skip:
                continue
            if "$ref" in schema:
                out[name] = self.model_of(schema["$ref"])
                continue
            model: dict[str, Any] = {"fields": self.object(schema)}
            if "description" in schema:
                model["doc"] = schema["description"]
            out[name] = model
        return out

    # -- operations ----------------------------------------------------------------

    def operation(
        self, method: str, path: str, op: dict[str, Any], fields: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        module, _, name = op["operationId"].partition(".")
        crud = name in CRUD_ROLES
        node: dict[str, Any] = {
            "method": op.get(_X + "method", method.upper()),
            "path": op.get(_X + "path", path),
            "doc": op.get("description"),
        }
        since, until = window_from_x(op)
        node |= {k: v for k, v in (("since", since), ("until", until)) if v}
        node["ok"] = [int(s) for s in op.get("responses", {})]
        if op.get("security") == []:
            node["authenticated"] = False
        if "servers" in op:
            node["root"] = True
        x = dict(op.get(_X + "operation", {}))
        node |= x
        params: dict[str, Any] = {}
        for p in op.get("parameters", []):
            if "$ref" in p or p.get("in") == "path":
                continue
            pname, pnode = self.prop(p["name"], p | p.get("schema", {}), param=True)
            pnode["in"] = p["in"]
            if p.get("required"):
                pnode["required"] = True
            if p.get("explode") is False:
                pnode["style"] = "comma"
            params[pname] = pnode
        body_params = self.request(node, op.get("requestBody"), name if crud else None, fields)
        params |= body_params
        order = op.get(_X + "options-order")
        if order:
            params = {k: params[k] for k in order}
        if not x.get("options"):
            if name == "list":
                node["query"] = params
            elif crud:
                query = ("query", "header")
                node["query"] = {k: v for k, v in params.items() if v["in"] in query}
                node["extra_params"] = {k: v for k, v in params.items() if v["in"] not in query}
                for key in ("query", "extra_params"):
                    if not node[key]:
                        del node[key]
            elif params:
                node["params"] = params
        self.response(node, op.get("responses", {}), name, crud)
        if node["doc"] is None:
            del node["doc"]
        return name, node

    def request(
        self, node: dict[str, Any], body: Any, role: str | None, fields: dict[str, Any]
    ) -> dict[str, Any]:
        """Read the request body into ``node``; its options (body and envelope)."""
        if not body:
            return {}
        media, content = next(iter(body["content"].items()))
        if media not in ("application/json", "*/*"):
            node["content_type"] = media
        schema = content.get("schema")
        if not isinstance(schema, dict):
            return {}
        params: dict[str, Any] = {}
        crud = role is not None
        node["request_key" if crud else "body_key"] = None
        if "$ref" not in schema and schema.get("required"):
            key = schema["required"][0]
            node["request_key" if crud else "body_key"] = key
            props = dict(schema["properties"])
            inner = props.pop(key)
            for wire, prop in props.items():
                pname, pnode = self.prop(wire, prop, param=True)
                required = wire in schema["required"]
                params[pname] = pnode | {"in": "envelope", "required": required}
            schema = inner
        members: dict[str, Any] = {}
        if "$ref" in schema and not node.get("options"):
            opts = self.object(self.component(schema), param=True)
            for pname, pnode in opts.items():
                if crud and _presence(fields.get(pname), role) != "absent":
                    continue  # a field of the model
                pnode.pop("create", None)
                pnode.pop("update", None)
                members[pname] = pnode | {"in": pnode.get("in", "body")}
        return members | params

    def response(self, node: dict[str, Any], responses: Any, name: str, crud: bool) -> None:
        for response in responses.values():
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if not schema:
                continue
            key = None
            if "$ref" not in schema and schema.get("required"):
                key = schema["required"][0]
                schema = schema["properties"][key]
            node["key" if name == "list" else "response_key"] = key
            if schema.get("type") == "array":
                schema = schema["items"]
                if node.get("item_key"):
                    schema = schema["properties"][node["item_key"]]
            if "$ref" in schema and not crud:
                node["model"] = self.model_of(schema["$ref"])
            return
        if name != "list":
            node.setdefault("response_key", None)


def _items(node: dict[str, Any]) -> dict[str, Any]:
    """Items and values as a person writes them (only their type; a bare scalar name)."""
    for key in ("items", "values"):
        if isinstance(node.get(key), dict):
            inner = {
                k: v for k, v in node[key].items() if k in ("type", "model", "items", "values")
            }
            node[key] = item_type(_items(inner))
    return node


def _presence(field: dict[str, Any] | None, role: str | None) -> str:
    """A field's presence in the options of ``role`` (create, update) as imported."""
    if field is None or role not in ("create", "update"):
        return "absent"
    default = "absent" if field.get("read_only") else "optional"
    return str(field.get(role, default))


def _canonical_text(rel: str, data: dict[str, Any], scratch: Path) -> str:
    """The canonical YAML of ``data``, read back as codegen reads a spec (schema, text and
    size checks, normalize): a spec this import writes is one codegen accepts."""
    source = scratch / "spec.yaml"
    source.write_text(dump_yaml(data), encoding="utf-8")
    spec = load_file(source, rel)
    errors = normalize(spec)
    if errors:
        raise SpecErrors(errors)
    return dump_yaml(_styled(canonical(spec)), _SpecDumper)


class _Flow(dict[str, Any]):
    """A small mapping, written on one line: ``{type: string, read_only: true}``."""


class _FlowList(list[Any]):
    """A list of scalars, written on one line: ``[SUCCESS]``."""


class _SpecDumper(Dumper):
    """YAML as specs are written by hand: small mappings and scalar lists on one line,
    long text folded."""

    def represent_str(self, data: str) -> Any:
        if len(data) > 60 and data == data.strip() and "\n" not in data and "  " not in data:
            return self.represent_scalar("tag:yaml.org,2002:str", data, style=">")
        return super().represent_str(data)


_SpecDumper.add_representer(
    _Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True)
)
_SpecDumper.add_representer(
    _FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)
_SpecDumper.add_representer(str, _SpecDumper.represent_str)


def _styled(value: Any) -> Any:
    """``value`` with its small leaf mappings and scalar lists marked for one line each."""
    if isinstance(value, list):
        items = [_styled(v) for v in value]
        scalar = all(not isinstance(v, (dict, list)) for v in items)
        return _FlowList(items) if scalar and len(repr(items)) < 60 else items
    if not isinstance(value, dict):
        return value
    out = {k: _styled(v) for k, v in value.items()}
    leaf = all(not isinstance(v, dict) or isinstance(v, _Flow) for v in out.values())
    if leaf and "doc" not in out and out and len(repr(out)) < 70:
        return _Flow(out)
    return out


def import_native(
    doc: dict[str, Any], service: str, version: str, shared: bool = False
) -> dict[str, str]:
    """The specs of a stacksdk export: ``{relpath: YAML text}`` below the output directory
    (``<service>/<version>/_service.yaml``, one file per resource and extension; a vendor's
    service below ``<vendor>/``); ``shared``: also ``shared.yaml`` from the shared shapes.

    Raises NativeError (where in the document, and why) for a document it cannot read, and
    SpecErrors for specs codegen would refuse."""
    if not isinstance(doc, dict):
        raise NativeError(f"/: a document is a mapping, not {type(doc).__name__}")
    reader = _Reader(doc, "")
    try:
        with tempfile.TemporaryDirectory() as scratch:
            return reader.read(service, version, shared, Path(scratch))
    except NativeError as exc:
        raise NativeError(f"{reader.where or '/'}: {exc}") from None
    except (
        KeyError,
        TypeError,
        AttributeError,
        ValueError,
        IndexError,
        StopIteration,
        RecursionError,
    ) as exc:
        raise NativeError(f"{reader.where or '/'}: not a stacksdk export ({exc!r})") from None


def _escape(token: str) -> str:
    """A JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")
