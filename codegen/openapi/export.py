"""``python -m stacksdk.codegen export-openapi``: every service version as one OpenAPI 3.1
document (docs/openapi.md: the mapping and the ``x-stacksdk-*`` keys).

Standard OpenAPI carries what it can say (paths, methods, parameters, bodies, responses,
schemas, windows as ``x-openstack``, docs as descriptions); ``x-stacksdk-*`` keys carry
the rest, written from the spec's canonical form (``canonical.py``), so that an export
depends only on what the specs mean and the native import (``native.py``) gives them back.
"""

from __future__ import annotations

import argparse
import json
import posixpath
import sys
from pathlib import Path
from typing import Any

from ..build import build
from ..cli import builtin_shared, package_map, print_spec_errors
from ..loader import SHARED_FILE, SpecErrors, SpecFile, load_all, load_file
from ..normalize import pascal
from .canonical import canonical, copy
from .canonical import fields as canonical_fields
from .common import (
    X_OPENSTACK,
    Schema,
    component_ref,
    dump_yaml,
    path_params,
    to_schema,
    window_from_x,
    window_to_x,
)

FORMAT = 1
JSON = "application/json"
BINARY = "application/octet-stream"
QUERY = ("query", "header")  # where parameters go
ANY = "*/*"  # a binary body sent without a Content-Type of its own
#: the keys of a canonical field or option that standard JSON Schema does not say
X_FIELD = ("create", "update", "sensitive", "header", "header_prefix", "style", "in")
#: the keys of a canonical operation that standard OpenAPI does not say
X_OPERATION = (
    "options",
    "paging",
    "item_key",
    "body",
    "returns",
    "model",
    "response_headers",
    "job_id",
    "checksum_header",
    "idempotent",
)
#: the keys of a canonical resource that standard OpenAPI does not say
X_RESOURCE = ("resource", "path", "item_path", "key", "collection_key", "id", "name")
X_RESOURCE_MORE = ("status", "find")


def x_name(key: str) -> str:
    return "x-stacksdk-" + key.replace("_", "-")


class _Doc:
    """One service version's document, built spec by spec."""

    def __init__(
        self, directory: str, service: SpecFile, shared: SpecFile | None, fmt: str
    ) -> None:
        self.directory = directory
        self.fmt = fmt  # the file suffix of the other documents (references between them)
        d = service.data
        self.schemas: dict[str, Schema] = {}
        self.paths: dict[str, dict[str, Any]] = {}
        self.tags: list[dict[str, Any]] = []
        self.parameters: dict[str, Any] = {}
        self.microversion = d["microversion"]
        self.module = ""
        settings = {
            k: v for k, v in canonical(service).items() if k not in ("format", "doc", "version")
        }
        vendor = directory.split("/")[0] if directory.count("/") == 2 else None
        self.doc: dict[str, Any] = {
            "openapi": "3.1.0",
            "info": {"title": f"{d['service']} {d['version']}", "version": d["version"]},
            "x-stacksdk-format": FORMAT,
            "x-stacksdk-service": settings | ({"vendor": vendor} if vendor else {}),
        }
        self.doc["info"]["description"] = d["doc"]
        if self.microversion:
            mv = self.microversion
            self.parameters["microversion"] = {
                "name": mv.get("header", "OpenStack-API-Version"),
                "in": "header",
                "required": False,
                "description": f"The microversion: `{mv['service']} X.Y`.",
                "schema": {"type": "string"},
            }
        if shared is not None:
            self.doc["x-stacksdk-shared"] = {"description": shared.data["doc"]}
            self.module = "shared"
            self._models(shared.data["models"], shared=True)

    # -- references ------------------------------------------------------------------

    def ref(self, model: str) -> Schema:
        """The schema of a spec model reference, seen from the current module."""
        if "#" not in model:
            return component_ref(f"{self.module}.{model}")
        where, name = model.split("#")
        if where == "shared":
            return component_ref(f"shared.{name}")
        directory, module = where.rsplit("/", 1)
        if directory == self.directory:
            return component_ref(f"{module}.{name}")
        there = posixpath.relpath(f"{directory}.{self.fmt}", posixpath.dirname(self.directory))
        return {"$ref": f"{there}#/components/schemas/{module}.{name}"}

    # -- schemas -------------------------------------------------------------------

    def prop(self, name: str, node: dict[str, Any], canon: dict[str, Any]) -> Schema:
        """The schema of a field or option (``canon``: its canonical form)."""
        schema = to_schema(node, self.ref)
        if node.get("doc"):
            schema["description"] = node["doc"]
        schema.update(window_to_x(node["since"], node["until"]))
        if node.get("read_only"):
            schema["readOnly"] = True
        if node["sensitive"]:
            schema["writeOnly"] = True
            if schema.get("type") == "string":
                schema["format"] = "password"
        if name != node["wire"]:
            schema["x-stacksdk-name"] = name
        for key in X_FIELD:
            if key in canon:
                schema[x_name(key)] = canon[key]
        return schema

    def object(self, nodes: dict[str, Any], canon: dict[str, Any], required: list[str]) -> Schema:
        props = {n["wire"]: self.prop(name, n, canon[name]) for name, n in nodes.items()}
        schema: Schema = {"type": "object", "properties": props}
        wires = [nodes[name]["wire"] for name in required]
        if wires:
            schema["required"] = wires
        return schema

    def _models(
        self, models: dict[str, Any], shared: bool = False, said: tuple[str, ...] = ()
    ) -> None:
        """Model components; ``said``: the presences (create, update) an options component
        of the resource says, left out of its model's properties."""
        for name, model in models.items():
            if isinstance(model, str):
                self.schemas[f"{self.module}.{name}"] = self.ref(model)
                continue
            canon = {
                f: {k: v for k, v in c.items() if k not in said}
                for f, c in canonical_fields(model["fields"]).items()
            }
            said = ()  # the resource's own model comes first
            always = [k for k, f in model["fields"].items() if f["always"]]
            schema = self.object(model["fields"], canon, always)
            schema["description"] = model["doc"]
            if shared:
                schema["x-stacksdk-shared"] = True
            self.schemas[f"{self.module}.{name}"] = schema

    # -- one spec --------------------------------------------------------------------

    def add(self, spec: SpecFile) -> None:
        d, canon = spec.data, canonical(spec)
        self.module = d["module"] if spec.kind == "extension" else d["plural"]
        tag: dict[str, Any] = {"name": self.module, "description": d["doc"]}
        if spec.kind == "extension":
            tag["x-stacksdk-extension"] = {"extends": d["extends"], "resource": d["resource"]}
        else:
            tag["x-stacksdk-resource"] = {k: canon[k] for k in X_RESOURCE if k in canon}
            for key in X_RESOURCE_MORE:
                if key in canon:
                    tag[x_name(key)] = canon[key]
        self.tags.append(tag)
        main = {"fields": d["fields"], "doc": d["doc"]}
        said = tuple(
            role
            for role in ("create", "update")
            if role in d.get("operations", {}) and not d["operations"][role]["options"]
        )
        self._models({d["resource"]: main} | d["models"], said=said)
        self.schemas[f"{self.module}.{d['resource']}"].pop("description")
        if spec.kind == "extension":
            if d["create_params"]:
                tag["x-stacksdk-create-params"] = self.object(
                    d["create_params"], canon["create_params"], []
                )["properties"]
            return
        tag["x-stacksdk-order"] = [*d["operations"], *d["actions"]]
        for role, op in d["operations"].items():
            self.operation(d, role, op, canon["operations"][role], crud=True)
        for name, op in d["actions"].items():
            self.operation(d, name, op, canon["actions"][name], crud=False)

    def operation(
        self, d: dict[str, Any], name: str, op: dict[str, Any], canon: dict[str, Any], crud: bool
    ) -> None:
        out: dict[str, Any] = {
            "operationId": f"{self.module}.{name}",
            "tags": [self.module],
            "description": op["doc"],
        }
        out.update(window_to_x(op["since"], op["until"]))
        parameters: list[Any] = [
            {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
            for p in path_params(op["path"])
        ]
        params = {**op.get("query", {}), **op.get("params", {}), **op.get("extra_params", {})}
        if crud:  # query and extra_params are two sets: only the order within each counts
            params = dict(sorted(params.items(), key=lambda kv: kv[1]["in"] not in QUERY))
        cparams = {**canon.get("query", {}), **canon.get("params", {})}
        cparams |= canon.get("extra_params", {})
        body: dict[str, Any] = {}
        for pname, p in params.items():
            where = p["in"]
            if where in ("query", "header"):
                parameters.append(self.parameter(pname, p, cparams.get(pname, {})))
            else:
                body[pname] = p
        natural = [p for p in params if params[p]["in"] in QUERY]
        natural += [p for p in params if params[p]["in"] == "body"]
        natural += [p for p in params if params[p]["in"] == "envelope"]
        if natural != list(params):
            out["x-stacksdk-options-order"] = list(params)
        if self.microversion:
            parameters.append({"$ref": "#/components/parameters/microversion"})
        if parameters:
            out["parameters"] = parameters
        request = self.request(d, name, op, body, cparams, crud)
        if request:
            out["requestBody"] = request
        out["responses"] = self.responses(d, op)
        if not op["authenticated"]:
            out["security"] = []
        if op["root"]:
            out["servers"] = [{"url": "/", "description": "the server's root, not the endpoint"}]
        x = {k: canon[k] for k in X_OPERATION if k in canon}
        if x:
            out["x-stacksdk-operation"] = x
        if not op["path"]:  # the endpoint itself: OpenAPI paths start with "/"
            out["x-stacksdk-path"] = ""
        methods = self.paths.setdefault(op["path"] or "/", {})
        method = op["method"].lower()
        if method == "copy":  # not an OpenAPI method
            out["x-stacksdk-method"] = "COPY"
            method = "x-stacksdk-copy"
        if method in methods:
            _merge(methods[method], out)
        else:
            methods[method] = out

    def parameter(self, name: str, p: dict[str, Any], canon: dict[str, Any]) -> dict[str, Any]:
        schema = self.prop(name, p, {k: v for k, v in canon.items() if k not in ("in", "style")})
        out: dict[str, Any] = {"name": p["wire"], "in": p["in"]}
        if p["required"]:
            out["required"] = True
        for key in ("description", X_OPENSTACK, "x-stacksdk-name", "x-stacksdk-sensitive"):
            if key in schema:
                out[key] = schema.pop(key)
        if p["in"] == "query" and p["type"] == "list":
            out["style"], out["explode"] = "form", p["style"] != "comma"
        elif p["style"] not in ("repeat",):
            out["x-stacksdk-style"] = p["style"]
        out["schema"] = schema
        return out

    def request(
        self,
        d: dict[str, Any],
        name: str,
        op: dict[str, Any],
        body: dict[str, Any],
        cbody: dict[str, Any],
        crud: bool,
    ) -> dict[str, Any] | None:
        """The request body: the options class in its envelope (``body``: the body and
        envelope options, ``cbody`` their canonical forms)."""
        kind = op.get("body", "none")
        if kind == "none":
            return None
        media = op["content_type"] or (ANY if kind == "binary" else JSON)
        if kind == "binary":
            return {"content": {media: {}}, "required": True}
        key = op["request_key"] if crud else op["body_key"]
        if kind == "key-only":
            schema: Schema = {"type": "object", "properties": {key: {"type": "null"}}}
        else:
            opts = self.opts_schema(d, name, op, body, cbody, crud)
            envelope = {k: v for k, v in body.items() if v["in"] == "envelope"}
            if key:
                needed = [k for k, v in envelope.items() if v["required"]]
                schema = self.object(envelope, cbody, needed)
                schema["properties"] = {key: opts, **schema["properties"]}
            else:
                schema = opts
        if key:
            schema["required"] = [key, *schema.get("required", [])]
            schema[X_OPENSTACK] = {"action-name": key} if not crud else {}
            if not schema[X_OPENSTACK]:
                del schema[X_OPENSTACK]
        return {"content": {media: {"schema": schema}}, "required": True}

    def opts_schema(
        self,
        d: dict[str, Any],
        name: str,
        op: dict[str, Any],
        body: dict[str, Any],
        cbody: dict[str, Any],
        crud: bool,
    ) -> Schema:
        """The options class of a body: a component named after the class."""
        source = op["options"] or name
        cls = f"{self.module}.{pascal(source)}Opts"
        if op["options"]:
            return component_ref(cls)
        members = {k: v for k, v in body.items() if v["in"] == "body"}
        if crud:
            fields = {f: n for f, n in d["fields"].items() if n[name] != "absent"}
            required = [f for f, n in fields.items() if n[name] == "required"]
            presence = ("create", "update")  # said by this class's properties and required
            canon = {
                f: {k: v for k, v in c.items() if k not in presence}
                for f, c in canonical_fields(fields).items()
            }
            schema = self.object(fields, canon, required)
            extra = self.object(members, cbody, [])
            schema["properties"] |= extra["properties"]
            schema["required"] = schema.get("required", []) + [
                p["wire"] for p in members.values() if p["required"]
            ]
            if not schema["required"]:
                del schema["required"]
        else:
            required = [k for k, v in members.items() if v["required"]]
            schema = self.object(members, cbody, required)
        self.schemas[cls] = schema
        return component_ref(cls)

    def responses(self, d: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
        returns = op.get("returns", "pages")  # list pages
        model = op.get("model") or d["resource"]
        key = op.get("response_key", op.get("key"))
        content: Schema | None = None
        if returns in ("model", "list", "pages"):
            item = self.ref(model)
            if op.get("item_key"):
                item = {"type": "object", "properties": {op["item_key"]: item}}
            content = item if returns == "model" else {"type": "array", "items": item}
        elif returns in ("raw", "job"):
            content = {}
        if content is not None and key:
            content = {"type": "object", "properties": {key: content}, "required": [key]}
        location = ["Location"] if returns == "location" else []
        names = [*op.get("response_headers", {}).values(), *location]
        headers = {name: {"schema": {"type": "string"}} for name in names}
        out: dict[str, Any] = {}
        for status in op["ok"]:
            response: dict[str, Any] = {"description": "OK"}
            if headers:
                response["headers"] = headers
            if content is not None:
                response["content"] = {JSON: {"schema": content}}
            elif returns in ("binary", "stream"):
                response["content"] = {BINARY: {}}
            out[str(status)] = response
        return out

    def finish(self) -> dict[str, Any]:
        doc = self.doc
        doc["servers"] = [
            {
                "url": "{endpoint}",
                "description": "the service's endpoint, as the catalog (or a vendor profile) gives it",
                "variables": {"endpoint": {"default": "http://localhost"}},
            }
        ]
        doc["security"] = [{"token": []}]
        doc["tags"] = self.tags
        doc["paths"] = self.paths
        components: dict[str, Any] = {
            "securitySchemes": {
                "token": {"type": "apiKey", "in": "header", "name": "X-Auth-Token"}
            },
            "schemas": self.schemas,
        }
        if self.parameters:
            components["parameters"] = self.parameters
        doc["components"] = components
        return doc


def _merge(into: dict[str, Any], other: dict[str, Any]) -> None:
    """Several operations on one method and path: one OpenAPI operation whose
    ``x-stacksdk-alternatives`` describe each in full; its standard parts are their union
    (parameters, oneOf bodies with one branch per action, responses, the widest window)."""
    alternatives = [*into.pop("x-stacksdk-alternatives", [copy(into)]), other]
    into.clear()
    into.update(_union(alternatives))
    into["x-stacksdk-alternatives"] = alternatives


def _union(alternatives: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "operationId": "+".join(alt["operationId"] for alt in alternatives),
        "tags": list(dict.fromkeys(t for alt in alternatives for t in alt["tags"])),
        "description": "\n\n".join(
            f"{alt['operationId']}: {alt.get('description', '')}" for alt in alternatives
        ),
    }
    windows = [window_from_x(alt) for alt in alternatives]
    since = [w[0] for w in windows]
    until = [w[1] for w in windows]
    out.update(
        window_to_x(
            None if None in since else min(since, key=_version),  # type: ignore[arg-type]
            None if None in until else max(until, key=_version),  # type: ignore[arg-type]
        )
    )
    parameters: dict[str, Any] = {}
    for alt in alternatives:
        for p in alt.get("parameters", []):
            parameters.setdefault(json.dumps([p.get("name"), p.get("in"), p.get("$ref")]), p)
    for key, p in parameters.items():
        if p.get("required") and p.get("in") != "path":
            if not all(p in alt.get("parameters", []) for alt in alternatives):
                parameters[key] = {k: v for k, v in p.items() if k != "required"}
    if parameters:
        out["parameters"] = list(parameters.values())
    bodies = [alt.get("requestBody") for alt in alternatives]
    content: dict[str, list[Any]] = {}
    for body in bodies:
        for media, value in (body or {}).get("content", {}).items():
            content.setdefault(media, []).append(value.get("schema", {}))
    if content:
        out["requestBody"] = {
            "content": {media: {"schema": _one_of(schemas)} for media, schemas in content.items()},
            "required": all(bodies),
        }
    responses: dict[str, dict[str, list[Any]]] = {}
    for alt in alternatives:
        for status, response in alt["responses"].items():
            media_types = responses.setdefault(status, {})
            for media, value in response.get("content", {}).items():
                media_types.setdefault(media, []).append(value.get("schema", {}))
    out["responses"] = {
        status: {"description": "OK"}
        | (
            {"content": {m: {"schema": _one_of(schemas)} for m, schemas in media.items()}}
            if media
            else {}
        )
        for status, media in sorted(responses.items())
    }
    if all(alt.get("security") == [] for alt in alternatives):
        out["security"] = []
    servers = [alt["servers"] for alt in alternatives if "servers" in alt]
    if servers:
        out["servers"] = servers[0]
    return out


def _one_of(schemas: list[Any]) -> Any:
    unique = [s for i, s in enumerate(schemas) if s not in schemas[:i]]
    if len(unique) == 1:
        return unique[0]
    out: dict[str, Any] = {"oneOf": unique}
    if all("action-name" in s.get(X_OPENSTACK, {}) for s in unique):
        out[X_OPENSTACK] = {"discriminator": "action"}
    return out


def _version(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


def export_all(roots: list[Path], fmt: str = "yaml") -> dict[str, str]:
    """Every service version below ``roots``: ``{<service>/<version>.yaml: text}``
    (vendor services: ``<vendor>/<service>/<version>.yaml``); raises SpecErrors."""
    specs = load_all(roots)
    external = builtin_shared(roots)
    if external is not None:
        specs.append(load_file(external, SHARED_FILE))
    build(specs, package_map([s.rel for s in specs if s.kind != "shared"]), external is not None)
    shared = next((s for s in specs if s.kind == "shared"), None)
    docs: dict[str, _Doc] = {}
    for spec in specs:
        if spec.kind == "service":
            directory = spec.rel.rsplit("/", 1)[0]
            docs[directory] = _Doc(directory, spec, shared, fmt)
    for kind in ("resource", "extension"):
        for spec in specs:
            if spec.kind == kind:
                docs[spec.rel.rsplit("/", 1)[0]].add(spec)
    return {f"{k}.{fmt}": dump(docs[k].finish(), fmt) for k in sorted(docs)}


def dump(doc: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    return dump_yaml(doc)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="stacksdk-codegen export-openapi",
        description="Write every service version as one OpenAPI 3.1 document.",
    )
    parser.add_argument("--out", type=Path, default=Path("build/openapi"), metavar="DIR")
    parser.add_argument("--specs", type=Path, action="append", default=[], metavar="DIR")
    parser.add_argument("--no-default-specs", action="store_true", help="do not read ./specs")
    parser.add_argument("--format", choices=("yaml", "json"), default="yaml")
    parser.add_argument("--check", action="store_true", help="exit 1 if DIR is stale")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    roots = ([] if args.no_default_specs else [Path("specs")]) + args.specs
    missing = [r for r in roots if not r.is_dir()]
    if not roots or missing:
        what = f"spec directory {missing[0]} does not exist" if missing else "no spec directory"
        print(f"export-openapi: {what}", file=sys.stderr)
        return 2
    try:
        files = export_all(roots, args.format)
    except SpecErrors as exc:
        print_spec_errors("export-openapi", exc)
        return 1
    stale = [
        rel
        for rel, text in files.items()
        if not (args.out / rel).is_file() or (args.out / rel).read_text(encoding="utf-8") != text
    ]
    orphans = sorted(
        rel
        for rel in (p.relative_to(args.out).as_posix() for p in args.out.rglob(f"*.{args.format}"))
        if rel not in files
    )
    if args.check:
        for rel in stale:
            print(f"stale: {args.out / rel}", file=sys.stderr)
        for rel in orphans:
            print(f"orphan (no such service version): {args.out / rel}", file=sys.stderr)
        if stale or orphans:
            print("export-openapi: the export is out of date", file=sys.stderr)
            return 1
        return 0
    for rel in stale:
        target = args.out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[rel], encoding="utf-8")
    print(f"export-openapi: {len(files)} documents, {len(stale)} written to {args.out}")
    return 0
