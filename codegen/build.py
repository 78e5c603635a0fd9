"""From normalised spec files to the records templates render (ir.py), with cross-file lint.

The JSON Schema checks each file on its own and normalize.py fills in every default;
:func:`build` checks what only the whole set can tell (references, module names,
windows, presence, no class twice) and assembles the modules.
"""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Any

from . import names as _names
from .ir import (
    FieldDef,
    ModelDef,
    ModuleDef,
    OpDef,
    OptsDef,
    PagingDef,
    ParamDef,
    ServiceDef,
    TypeInfo,
)
from .layout import py_literal, py_tuple, string_literal
from .loader import SpecError, SpecErrors, SpecFile
from .normalize import normalize, pascal

SCALAR_ANNOTATION = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "datetime": "datetime.datetime",
    "any": "Any",
}
SCALAR_KIND = {
    "string": "t.STRING",
    "integer": "t.INTEGER",
    "number": "t.NUMBER",
    "boolean": "t.BOOLEAN",
    "datetime": "t.DATETIME",
    "any": "t.ANY",
}
_PARAM_RE = re.compile(r"{([a-z_][a-z0-9_]*)}")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token


def path_params(path: str) -> list[str]:
    return _PARAM_RE.findall(path)


def _mv(v: str | None) -> tuple[int, int] | None:
    if v is None:
        return None
    major, minor = v.split(".")
    return int(major), int(minor)


class _Ctx:
    """Accumulates lint errors while building."""

    def __init__(self) -> None:
        self.errors: list[SpecError] = []

    def error(self, spec: SpecFile, reason: str, *path: str | int) -> None:
        self.errors.append(spec.error(reason, *path))


def _type_info(node: Any) -> TypeInfo:
    """Type info for a field/param/item node (a dict, or a scalar type name)."""
    if isinstance(node, str):
        node = {"type": node}
    typ = node["type"]
    if typ in SCALAR_ANNOTATION:
        ann = SCALAR_ANNOTATION[typ]
        enum = node.get("enum")  # item types have none
        if typ == "string" and enum and all(isinstance(e, str) for e in enum):
            ann = "Literal[" + ", ".join(string_literal(e) for e in enum) + "]"
        return TypeInfo(ann, SCALAR_KIND[typ], [])
    if typ == "list":
        item = _type_info(node["items"])
        return TypeInfo(f"builtins.list[{item.annotation}]", f"t.list_of({item.kind})", item.refs)
    if typ == "map":
        value = _type_info(node["values"])
        return TypeInfo(f"dict[str, {value.annotation}]", f"t.map_of({value.kind})", value.refs)
    ref = node.get("model")  # an object without a model is a plain dict
    if ref is None:
        return TypeInfo("dict[str, Any]", "t.ANY", [])
    local = ref.split("#")[-1]
    return TypeInfo(local, f"t.model({local})", [ref])


def _window_ok(ctx: _Ctx, spec: SpecFile, node: dict[str, Any], *path: str | int) -> None:
    since, until = _mv(node["since"]), _mv(node["until"])
    if since and until and since > until:
        ctx.error(
            spec,
            f"inverted microversion window: since {node['since']} > until {node['until']}",
            *path,
        )


def _field(
    ctx: _Ctx, spec: SpecFile, name: str, node: dict[str, Any], path: tuple[str | int, ...]
) -> FieldDef:
    if node["read_only"]:
        for op in ("create", "update"):
            if node[op] != "absent":
                ctx.error(spec, f"read-only field cannot be {node[op]} on {op}", *path, op)
    _window_ok(ctx, spec, node, *path)
    _check_enum(ctx, spec, node, path)
    for key in ("header", "header_prefix"):
        _check_header(ctx, spec, node[key], *path, key)
    return FieldDef(
        attr=_names.attribute(name),
        name=name,
        wire=node["wire"],
        type=_type_info(node),
        doc=_doc(node["doc"]),
        nullable=node["nullable"],
        read_only=node["read_only"],
        create=node["create"],
        update=node["update"],
        enum=list(node["enum"]),
        sensitive=node["sensitive"],
        since=node["since"],
        until=node["until"],
        always=node["always"],
        header=node["header"],
        header_prefix=node["header_prefix"],
    )


def _check_enum(
    ctx: _Ctx, spec: SpecFile, node: dict[str, Any], path: tuple[str | int, ...]
) -> None:
    enum = node.get("enum")
    if not enum:
        return
    checks: dict[str, Any] = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float))
        and not isinstance(v, bool)
        and (isinstance(v, int) or math.isfinite(v)),
        "boolean": lambda v: isinstance(v, bool),
    }
    check = checks.get(node["type"])
    if check is None:
        ctx.error(spec, f"enum is only for scalar types, not {node['type']}", *path, "enum")
        return
    for i, value in enumerate(enum):
        if not check(value):
            ctx.error(spec, f"enum value {value!r} is not a {node['type']}", *path, "enum", i)


def _check_header(ctx: _Ctx, spec: SpecFile, name: Any, *path: str | int) -> None:
    """A header name must be an HTTP token (no spaces, colons, quotes or control characters)."""
    if name is not None and not (isinstance(name, str) and _HEADER_NAME.fullmatch(name)):
        ctx.error(spec, f"{name!r} is not an HTTP header name", *path)


def _doc(text: str) -> str:
    return " ".join(str(text).split())


def _param(
    ctx: _Ctx, spec: SpecFile, name: str, node: dict[str, Any], path: tuple[str | int, ...]
) -> ParamDef:
    _window_ok(ctx, spec, node, *path)
    _check_enum(ctx, spec, node, path)
    if node["in"] == "header":
        _check_header(ctx, spec, node["wire"], *path)
    return ParamDef(
        attr=_names.attribute(name),
        name=name,
        wire=node["wire"],
        type=_type_info(node),
        doc=_doc(node["doc"]),
        location=node["in"],
        required=node["required"],
        nullable=node["nullable"],
        enum=list(node["enum"]),
        sensitive=node["sensitive"],
        since=node["since"],
        until=node["until"],
        style=node["style"],
    )


def _params(
    ctx: _Ctx, spec: SpecFile, nodes: dict[str, Any], path: tuple[str | int, ...]
) -> list[ParamDef]:
    return [_param(ctx, spec, name, node, path + (name,)) for name, node in nodes.items()]


def _param_from_field(f: FieldDef, presence: str) -> ParamDef:
    return ParamDef(
        attr=f.attr,
        name=f.name,
        wire=f.wire,
        type=f.type,
        doc=f.doc,
        location="body",
        required=presence == "required",
        nullable=f.nullable,
        enum=f.enum,
        sensitive=f.sensitive,
        since=f.since,
        until=f.until,
        style="repeat",
    )


def _fields(
    ctx: _Ctx, spec: SpecFile, nodes: dict[str, Any], path: tuple[str | int, ...]
) -> list[FieldDef]:
    out = [_field(ctx, spec, name, node, path + (name,)) for name, node in nodes.items()]
    seen: dict[str, str] = {}
    attrs: dict[str, str] = {}
    for f in out:
        if f.attr in attrs:
            ctx.error(
                spec,
                f"field {f.name!r} is the Python attribute {f.attr!r}, as is {attrs[f.attr]!r}",
                *path,
                f.name,
            )
        attrs[f.attr] = f.name
        if f.wire in seen:
            ctx.error(spec, f"wire name {f.wire!r} is used by {seen[f.wire]!r} too", *path, f.name)
        seen[f.wire] = f.name
    return out


def _paging(node: dict[str, Any]) -> PagingDef:
    options = dict(node)
    return PagingDef(options.pop("kind"), options)


def vendor_of(directory: str) -> str | None:
    """The vendor of a service directory: ``huaweicloud`` for ``huaweicloud/vpc/v1``
    (its profile builds endpoints no catalog lists), None for ``compute/v2``."""
    parts = directory.split("/")
    return parts[0] if len(parts) == 3 else None


#: the key of the shared shapes among the modules (references say ``shared#Name``)
SHARED = "shared"


def build(
    specs: list[SpecFile], package_of: dict[str, str], shared_external: bool = False
) -> tuple[list[ServiceDef], ModuleDef | None]:
    """Turn validated specs into services and modules (and the shared shapes, if any);
    raise SpecErrors on lint errors.

    ``package_of`` maps a spec's directory (``identity/v3``) to its package
    (``identity.v3``). ``shared_external``: the shared shapes are the installed
    stacksdk's (imported from ``stacksdk.shared``, not generated).
    """
    ctx = _Ctx()
    for spec in specs:
        ctx.errors += normalize(spec)
    services = {
        spec.rel.rsplit("/", 1)[0]: _service(ctx, spec, package_of)
        for spec in specs
        if spec.kind == "service"
    }
    modules: dict[str, ModuleDef] = {}  # "identity/v3/projects" -> module
    shared = None
    for spec in specs:
        if spec.kind == "shared":
            shared = ModuleDef(
                spec=spec,
                service=None,
                name=SHARED,
                kind="shared",
                doc=_doc(spec.data["doc"]),
                resource="",
                plural="",
                models=_models(ctx, spec, None),
                opts=[],
                ops=[],
                imports={},
                find=None,
                external=shared_external,
            )
            _class_names(ctx, spec, shared.models, [])
            modules[SHARED] = shared
    for kind in ("resource", "extension"):  # extensions need their base
        for spec in specs:
            if spec.kind == kind:
                _add_module(ctx, spec, services, modules)
    _resolve_refs(ctx, modules, package_of)
    _no_twins(ctx, modules)
    _no_copies(ctx, modules)
    if ctx.errors:
        raise SpecErrors(ctx.errors)
    for module in modules.values():
        _arguments(module)
    for service in services.values():
        service.modules.sort(key=lambda m: m.name)
    return [services[k] for k in sorted(services)], shared


def _service(ctx: _Ctx, spec: SpecFile, package_of: dict[str, str]) -> ServiceDef:
    d = spec.data
    directory = spec.rel.rsplit("/", 1)[0]
    jobs, mv = d["jobs"], d["microversion"] or {}
    if jobs and "{job_id}" not in jobs["path"]:
        ctx.error(spec, "the jobs path needs a {job_id} parameter", "jobs", "path")
    for key in ("header", "legacy_header"):
        _check_header(ctx, spec, mv.get(key), "microversion", key)
    _window_ok(ctx, spec, {"since": mv.get("min"), "until": mv.get("max")}, "microversion")
    return ServiceDef(
        spec=spec,
        package=package_of[directory],
        type=d["service"],
        version=d["version"],
        doc=_doc(d["doc"]),
        aliases=list(d["aliases"]),
        url_suffix=d["url_suffix"],
        microversion=d["microversion"],
        vendor=vendor_of(directory),
        jobs=jobs,
    )


def _add_module(
    ctx: _Ctx, spec: SpecFile, services: dict[str, ServiceDef], modules: dict[str, ModuleDef]
) -> None:
    """Build a resource or extension module and file it under its service."""
    directory = spec.rel.rsplit("/", 1)[0]
    service = services.get(directory)
    if service is None:
        ctx.error(spec, f"no {directory}/_service.yaml describes this service version")
        return
    if spec.kind == "extension":
        base = modules.get(spec.data["extends"])
        if base is None:
            ctx.error(spec, f"extends {spec.data['extends']!r}, which no spec defines", "extends")
            return
        module, where = _extension_module(ctx, spec, service, base), "module"
    else:
        module, where = _resource_module(ctx, spec, service), "plural"
    clash = _names.module_clash(module.name)
    if clash:
        ctx.error(spec, f"module name {module.name!r} {clash}", where)
    key = f"{directory}/{module.name}"
    if key in modules:
        ctx.error(
            spec, f"module {module.qualname} is also generated from {modules[key].spec.rel}", where
        )
        return
    expected = spec.rel.rsplit("/", 1)[1].removesuffix(".yaml")
    if spec.kind == "resource" and expected != module.name:
        ctx.error(
            spec, f"the file of resource {module.name!r} must be named {module.name}.yaml", "plural"
        )
    modules[key] = module
    service.modules.append(module)


def _models(ctx: _Ctx, spec: SpecFile, main: str | None) -> list[ModelDef]:
    """The file's models in dependency order (``main``, the resource, as late as its
    dependents allow); a string entry names a model declared elsewhere."""
    d = spec.data
    models = []
    for name, m in d["models"].items():
        if isinstance(m, str):
            models.append(ModelDef(name, "", [], alias_of=m))
        else:
            models.append(
                ModelDef(
                    name,
                    _doc(m["doc"]),
                    _fields(ctx, spec, m["fields"], ("models", name, "fields")),
                )
            )
    if main is not None:
        if main in d["models"]:
            ctx.error(spec, f"model {main!r} is the resource itself; rename it", "models", main)
        models.append(ModelDef(main, _doc(d["doc"]), _fields(ctx, spec, d["fields"], ("fields",))))
    return _ordered(ctx, spec, models)


def _main(models: list[ModelDef], name: str) -> ModelDef:
    return next(m for m in models if m.name == name)


def _ordered(ctx: _Ctx, spec: SpecFile, models: list[ModelDef]) -> list[ModelDef]:
    """Models in dependency order; a reference cycle is an error."""
    by_name = {m.name: m for m in models}
    done: list[ModelDef] = []
    state: dict[str, int] = {}

    def visit(m: ModelDef) -> None:
        if state.get(m.name) == 2:
            return
        if state.get(m.name) == 1:
            ctx.error(
                spec, f"model {m.name!r} refers to itself through its fields", "models", m.name
            )
            return
        state[m.name] = 1
        refs = [m.alias_of] if m.alias_of else [r for f in m.fields for r in f.type.refs]
        for ref in refs:
            if ref in by_name:
                visit(by_name[ref])
        state[m.name] = 2
        done.append(m)

    for m in models:
        visit(m)
    return done


def _resource_module(ctx: _Ctx, spec: SpecFile, service: ServiceDef) -> ModuleDef:
    d = spec.data
    models = _models(ctx, spec, d["resource"])
    main = _main(models, d["resource"])
    fields = {f.name: f for f in main.fields}
    if d["id_written"] and d["id"] not in fields:
        ctx.error(spec, f"id field {d['id']!r} is not among the fields", "id")
    if d["name"] is not None and d["name"] not in fields:
        ctx.error(spec, f"name field {d['name']!r} is not among the fields", "name")
    refs: list[tuple[str, tuple[str | int, ...]]] = []  # model references of operations
    ops: list[OpDef] = []
    for role, node in d["operations"].items():
        if role == "list":
            ops.append(_list_op(ctx, spec, node))
        else:
            ops.append(_crud_op(ctx, spec, role, node, main, refs, service))
    for name, node in d["actions"].items():
        ops.append(_action_op(ctx, spec, name, node, refs, service))
    ops.sort(
        key=lambda op: ("list", "get", "head", "create", "update", "delete", "action").index(
            op.role
        )
    )
    opts_aliases = _reuse_options(ctx, spec, ops)
    for op in ops:
        _check_op(ctx, spec, op)
    opts = [op.opts for op in ops if op.opts is not None and op.opts_name == op.opts.name]
    _class_names(ctx, spec, models, opts, tuple(opts_aliases))
    return ModuleDef(
        spec=spec,
        service=service,
        name=d["plural"],
        kind="resource",
        doc=_doc(d["doc"]),
        resource=d["resource"],
        plural=d["plural"],
        models=models,
        opts=opts,
        ops=ops,
        imports={},
        find=_find(ctx, spec, ops, fields),
        action_refs=refs,
        waiter=_waiter(ctx, spec, ops, fields),
        opts_aliases=opts_aliases,
    )


def _op(node: dict[str, Any], **values: Any) -> OpDef:
    """An operation with what every kind reads from its node the same way."""
    return OpDef(
        doc=_doc(node["doc"]),
        method=node["method"],
        path=node["path"],
        args=path_params(node["path"]),
        ok=tuple(node["ok"]),
        since=node["since"],
        until=node["until"],
        authenticated=node["authenticated"],
        root=node["root"],
        **values,
    )


def _list_op(ctx: _Ctx, spec: SpecFile, node: dict[str, Any]) -> OpDef:
    where = ("operations", "list")
    _window_ok(ctx, spec, node, *where)
    query = _params(ctx, spec, node["query"], where + ("query",))
    opts = OptsDef("ListOpts", "Query parameters of list.", query) if query else None
    paging = _paging(node["paging"])
    if paging.kind == "linked" and "next" not in paging.options:
        ctx.error(spec, "linked paging needs 'next' (where the next link is)", *where, "paging")
    return _op(
        node,
        name="list",
        role="list",
        request_kind="none",
        request_key=None,
        response_kind="json",
        response_key=node["key"],
        response_headers=[],
        returns="pages",
        model=spec.data["resource"],
        opts=opts,
        opts_required=False,
        opts_name=opts.name if opts else None,
        paging=paging,
        item_key=node["item_key"],
    )


def _crud_op(
    ctx: _Ctx,
    spec: SpecFile,
    role: str,
    node: dict[str, Any],
    main: ModelDef,
    refs: list[tuple[str, tuple[str | int, ...]]],
    service: ServiceDef,
) -> OpDef:
    where = ("operations", role)
    _window_ok(ctx, spec, node, *where)
    query = _params(ctx, spec, node["query"], where + ("query",))
    for q in query:
        if q.location not in ("query", "header"):
            ctx.error(
                spec, "query options go in the query or a header", *where, "query", q.name, "in"
            )
    opts: OptsDef | None = None
    body = role in ("create", "update")
    if node["options"] is not None:
        pass  # another operation's options (_reuse_options)
    elif body:
        params = [
            _param_from_field(f, getattr(f, role))
            for f in main.fields
            if getattr(f, role) != "absent"
        ]
        params += _params(ctx, spec, node["extra_params"], where + ("extra_params",))
        taken = {p.attr for p in params}
        for q in query:
            if q.attr in taken:
                ctx.error(
                    spec, f"query option {q.name!r} is also a body option", *where, "query", q.name
                )
        opts = OptsDef(f"{pascal(role)}Opts", f"Options of {role}.", params + query)
    elif query:
        opts = OptsDef(f"{pascal(role)}Opts", f"Options of {role}.", query)
    request_kind = node["body"] if body else "none"
    returns = node["returns"]
    if returns == "job" and service.jobs is None:
        ctx.error(
            spec,
            "returns: job needs a jobs block in _service.yaml (how to poll it)",
            *where,
            "returns",
        )
    return _op(
        node,
        name=role,
        role=role,
        request_kind=request_kind,
        request_key=node["request_key"] if request_kind == "json" else None,
        response_kind=_RESPONSE_KIND[returns],
        response_key=node["response_key"] if returns == "model" else None,
        response_headers=sorted(node["response_headers"].items()),
        returns=returns,
        model=_crud_model(node, role, returns, main, refs, where),
        opts=opts,
        opts_required=opts is not None and opts.has_required,
        opts_name=opts.name if opts else None,
        paging=None,
        content_type=node["content_type"],
        idempotent=node["idempotent"],
        job_id=node["job_id"],
    )


def _action_op(
    ctx: _Ctx,
    spec: SpecFile,
    name: str,
    node: dict[str, Any],
    refs: list[tuple[str, tuple[str | int, ...]]],
    service: ServiceDef,
) -> OpDef:
    where = ("actions", name)
    clash = _names.function_clash(name)
    if clash:
        ctx.error(spec, f"action name {name!r} {clash}", *where)
    _window_ok(ctx, spec, node, *where)
    body = node["body"]
    params = _params(ctx, spec, node["params"], where + ("params",))
    if body == "key-only" and not node["body_key"]:
        ctx.error(
            spec, "body: key-only sends {<body_key>: null} and needs a body_key", *where, "body"
        )
    returns, model_ref = node["returns"], node["model"]
    opts = OptsDef(f"{pascal(name)}Opts", _doc(f"Options of {name}."), params) if params else None
    if returns == "job" and service.jobs is None:
        ctx.error(
            spec,
            "returns: job needs a jobs block in _service.yaml (how to poll it)",
            *where,
            "returns",
        )
    if model_ref:
        refs.append((model_ref, where + ("model",)))
    return _op(
        node,
        name=name,
        role="action",
        request_kind="json-null" if body == "key-only" else body,
        request_key=node["body_key"],
        response_kind=_RESPONSE_KIND[returns],
        response_key=node["response_key"],
        response_headers=sorted(node["response_headers"].items()),
        returns=returns,
        model=model_ref.split("#")[-1] if model_ref else None,
        opts=opts,
        opts_required=bool(opts and opts.has_required),
        opts_name=opts.name if opts else None,
        paging=_paging(node["paging"]) if node["paging"] else None,
        content_type=node["content_type"],
        checksum_header=node["checksum_header"],
        idempotent=node["idempotent"],
        job_id=node["job_id"],
    )


def _op_node(spec: SpecFile, op: OpDef) -> dict[str, Any]:
    node: dict[str, Any] = (
        spec.data["actions"][op.name] if op.role == "action" else spec.data["operations"][op.role]
    )
    return node


def _reuse_options(ctx: _Ctx, spec: SpecFile, ops: list[OpDef]) -> list[tuple[str, str]]:
    """``options: <operation>``: the operation takes that one's options class, whose
    class it names under its own options name too (an alias). Returns the aliases."""
    by_name = {op.name: op for op in ops}
    aliases: list[tuple[str, str]] = []
    users: dict[str, tuple[OptsDef, list[str]]] = {}
    for op in ops:
        node = _op_node(spec, op)
        ref = node["options"]
        if ref is None:
            continue
        where = _op_path(op)
        own = [k for k in ("query", "params", "extra_params") if node.get(k)]
        if own:
            ctx.error(
                spec,
                f"options: {ref} reuses {ref}'s options; declare no {own[0]} here",
                *where,
                own[0],
            )
        target = by_name.get(ref)
        if target is None or target is op:
            ctx.error(
                spec,
                f"unknown options {ref!r}: name another operation or action of this file",
                *where,
                "options",
            )
            continue
        if _op_node(spec, target)["options"] is not None:
            theirs = _op_node(spec, target)["options"]
            ctx.error(
                spec, f"{ref} reuses the options of {theirs}: name {theirs}", *where, "options"
            )
            continue
        if target.opts is None:
            ctx.error(spec, f"{ref} has no options to reuse", *where, "options")
            continue
        op.opts, op.opts_required = target.opts, target.opts_required
        op.opts_name = f"{pascal(op.name)}Opts"
        if op.opts_name != target.opts.name:
            aliases.append((op.opts_name, target.opts.name))
        users.setdefault(target.opts.name, (target.opts, []))[1].append(op.name)
    for opts, names in users.values():  # the class says who else takes it
        opts.doc = f"{opts.doc} Also the options of {' and '.join(names)}."
    return aliases


def _check_op(ctx: _Ctx, spec: SpecFile, op: OpDef) -> None:
    """What an operation's parts must agree on: headers, path, options."""
    where = _op_path(op)
    for attr, header in op.response_headers:
        _check_header(ctx, spec, header, *where, "response_headers", attr)
    _check_header(ctx, spec, op.checksum_header, *where, "checksum_header")
    stray = re.search(r"[{}]", _PARAM_RE.sub("", op.path))
    if stray:
        ctx.error(
            spec,
            f"{op.path!r}: a path parameter is {{lower_case_name}}; a lone {stray.group()!r} is not",
            *where,
            "path",
        )
    seen: set[str] = set()
    arguments: dict[str, str] = {}
    for arg in op.args:
        if arg in seen:
            ctx.error(spec, f"path parameter {{{arg}}} appears twice", *where, "path")
        seen.add(arg)
        py_arg = _names.argument(arg)
        if arguments.get(py_arg, arg) != arg:
            ctx.error(
                spec,
                f"path parameters {{{arguments[py_arg]}}} and {{{arg}}} are both the argument {py_arg!r}",
                *where,
                "path",
            )
        arguments[py_arg] = arg
    if op.opts is None:
        return
    if (
        op.role == "action"
        and op.request_kind != "json"
        and any(p.location == "body" for p in op.opts.params)
    ):
        ctx.error(spec, "body parameters need body: json", *where, "params")
    if op.role in ("get", "head", "delete", "list") and any(
        p.location not in ("query", "header") for p in op.opts.params
    ):
        ctx.error(spec, f"{op.opts.name} sends a body, which {op.role} has not", *where, "options")
    attrs: dict[str, str] = {}
    for p in op.opts.params:
        if p.name in op.args:
            ctx.error(spec, f"parameter {p.name!r} is also a path parameter", *where)
        if p.attr in attrs:
            ctx.error(
                spec,
                f"options {attrs[p.attr]!r} and {p.name!r} are both the attribute {p.attr!r} of {op.opts.name}",
                *where,
            )
        attrs[p.attr] = p.name


def _find(
    ctx: _Ctx, spec: SpecFile, ops: list[OpDef], fields: dict[str, FieldDef]
) -> dict[str, Any] | None:
    """find(client, name_or_id): for a resource with a name field, list and get."""
    d = spec.data
    roles = {op.role: op for op in ops}
    name_field = d["name"]
    if not (name_field and "get" in roles and "list" in roles and not roles["get"].opts_required):
        if d["find_written"]:
            ctx.error(
                spec,
                "find needs a name field and list and get operations (get without required options)",
                "find",
            )
        return None
    list_op = roles["list"]
    name_param = None
    if list_op.opts is not None:
        name_param = next(
            (p.attr for p in list_op.opts.params if p.name == name_field and p.location == "query"),
            None,
        )
    match, queries = _find_listing(ctx, spec, d["find"], list_op.opts, name_param)
    return {
        "name_field": fields[name_field].attr if name_field in fields else name_field,
        # the list's own option filters by name server-side, in its microversion window
        "list_opts": (
            list_op.opts_name if list_op.opts is not None and (name_param or queries) else None
        ),
        "name_param": name_param if match != "none" else None,
        "name_match": match,
        "queries": queries,
        "id_field": fields[d["id"]].attr if d["id"] in fields else d["id"],
        "args": path_params(d["path"]),
    }


def _waiter(
    ctx: _Ctx, spec: SpecFile, ops: list[OpDef], fields: dict[str, FieldDef]
) -> dict[str, Any] | None:
    """wait_for_status / wait_for_delete, for a resource with a status field."""
    status = spec.data["status"]
    if status is None:
        return None
    field = fields.get(status["field"])
    get_op = next((op for op in ops if op.role == "get"), None)
    if field is None or spec.data["fields"][status["field"]]["type"] != "string":
        ctx.error(
            spec,
            f"status field {status['field']!r} must be a string field of {spec.data['resource']}",
            "status",
            "field",
        )
    elif get_op is None or get_op.opts_required:
        ctx.error(
            spec,
            "waiters poll get: the resource needs a get operation without required options",
            "status",
        )
    else:
        return {
            "field": field.attr,
            "failure": status["failure"],
            "deleted": status["deleted"],
            "delete_failure": status["delete_failure"],
            "args": get_op.args,
        }
    return None


_FIND_QUERY_TYPES = {"str": str, "bool": bool, "int": int}


def _find_listing(
    ctx: _Ctx, spec: SpecFile, node: dict[str, Any], opts: OptsDef | None, name_param: str | None
) -> tuple[str, list[dict[str, Any]]]:
    """The resource's ``find:`` block: how the list's name option compares, and the
    list options every find listing sends (one listing per mapping)."""
    match, queries = node["match"], node["query"]
    if node["match_written"] and name_param is None:
        ctx.error(spec, "the list has no query option named after the name field", "find", "match")
    # keys are the spec's option names; the generated call passes Python names (class -> class_)
    params = {(p.name or p.attr): p for p in opts.params} if opts is not None else {}
    mapped: list[dict[str, Any]] = []
    for i, query in enumerate(queries):
        where = ("find", "query", i) if node["query_is_list"] else ("find", "query")
        mapped.append({(params[k].attr if k in params else k): v for k, v in query.items()})
        for key, value in query.items():
            p = params.get(key)
            if p is None or p.location != "query":
                ctx.error(spec, f"{key!r} is not a query option of list", *where, key)
            elif p.attr == name_param:
                ctx.error(spec, "find sends the name option itself", *where, key)
            elif p.enum and value not in p.enum:
                ctx.error(spec, f"{value!r} is not one of {p.enum!r}", *where, key)
            elif not p.enum and type(value) is not _FIND_QUERY_TYPES.get(p.type.annotation):
                ctx.error(
                    spec,
                    f"{value!r} does not fit the option's type {p.type.annotation}",
                    *where,
                    key,
                )
    return match, mapped


def _class_names(
    ctx: _Ctx,
    spec: SpecFile,
    models: list[ModelDef],
    opts: list[OptsDef],
    aliases: tuple[tuple[str, str], ...] = (),
) -> None:
    """Every class of a module has its own name, none of the runtime's."""
    owner: dict[str, str] = {}
    for m in models:
        where = ("resource",) if m.name == spec.data.get("resource") else ("models", m.name)
        clash = _names.class_clash(m.name)
        if clash:
            ctx.error(spec, f"model name {m.name!r} {clash}", *where)
        owner[m.name] = "model " + m.name
    for name in [o.name for o in opts] + [alias for alias, _ in aliases]:
        if name in owner:
            ctx.error(
                spec, f"options class {name} would replace {owner[name]}", *_opts_path(spec, name)
            )
        owner[name] = "options class " + name


def _opts_path(spec: SpecFile, name: str) -> tuple[str, ...]:
    """Where the options class ``name`` comes from in the spec (best effort)."""
    role = name.removesuffix("Opts")
    for aname in reversed(list(spec.data.get("actions") or {})):
        if pascal(aname) == role:
            return ("actions", aname)
    return (
        ("operations", role.lower()) if role.lower() in (spec.data.get("operations") or {}) else ()
    )


def _crud_model(
    node: dict[str, Any],
    role: str,
    returns: str,
    main: ModelDef,
    refs: list[tuple[str, tuple[str | int, ...]]],
    where: tuple[str, ...],
) -> str | None:
    """The model a standard operation decodes: the resource for JSON bodies;
    for ``returns: headers`` the given model, or the resource on HEAD when
    some of its fields live in headers."""
    if returns == "model":
        return main.name
    if returns != "headers":
        return None
    if node["model"]:
        refs.append((node["model"], where + ("model",)))
        return str(node["model"]).split("#")[-1]
    if role == "head" and any(f.header or f.header_prefix for f in main.fields):
        return main.name
    return None


def _op_path(op: OpDef) -> tuple[str, ...]:
    return ("actions", op.name) if op.role == "action" else ("operations", op.role)


#: what the runtime decodes for each ``returns``
_RESPONSE_KIND = {
    "model": "json",
    "list": "list",
    "pages": "json",
    "none": "empty",
    "raw": "json",
    "headers": "headers",
    "location": "location",
    "binary": "binary",
    "stream": "stream",
    "job": "job",
}


def _extension_module(ctx: _Ctx, spec: SpecFile, service: ServiceDef, base: ModuleDef) -> ModuleDef:
    d = spec.data
    models = _models(ctx, spec, d["resource"])
    main = _main(models, d["resource"])
    base_fields = {f.wire for f in _main(base.models, base.resource).fields}
    for f in main.fields:
        if f.wire in base_fields:
            ctx.error(spec, f"{f.wire!r} is already a field of {base.resource}", "fields", f.name)
    opts: list[OptsDef] = []
    base_roles = {op.role for op in base.ops}
    for role in ("create", "update"):
        params = [
            _param_from_field(f, getattr(f, role))
            for f in main.fields
            if getattr(f, role) != "absent"
        ]
        if role == "create":
            params += _params(ctx, spec, d["create_params"], ("create_params",))
        if not params:
            continue
        if role not in base_roles:
            explicit = [name for name, f in d["fields"].items() if role in f["written"]]
            if explicit:
                ctx.error(
                    spec,
                    f"{base.resource} has no {role} operation to extend",
                    "fields",
                    explicit[0],
                    role,
                )
            continue
        doc = f"{base.resource}'s {role} options plus this extension's."
        base_opts = f"_{base.name}.{pascal(role)}Opts"
        opts.append(OptsDef(f"{pascal(role)}Opts", doc, params, base=base_opts, inherits=base_opts))
    _class_names(ctx, spec, models, opts)
    return ModuleDef(
        spec=spec,
        service=service,
        name=d["module"],
        kind="extension",
        doc=_doc(d["doc"]),
        resource=d["resource"],
        plural=base.plural,
        models=models,
        opts=opts,
        ops=[],
        imports={},
        find=None,
        extends=base.qualname,
        base_ops=sorted(base_roles),
    )


def _references(module: ModuleDef) -> list[tuple[str, tuple[str | int, ...]]]:
    """The model references of a module's fields, options and operations: (reference,
    where in its spec)."""
    refs: list[tuple[str, tuple[str | int, ...]]] = []
    for m in module.models:
        top = ("fields",) if m.name == module.resource else ("models", m.name, "fields")
        for f in m.fields:
            refs += [(r, top + (f.name,)) for r in f.type.refs]
    for o in module.opts:
        for p in o.params:
            refs += [(r, ("fields", p.name)) for r in p.type.refs]
    return refs + module.action_refs


def _resolve_refs(ctx: _Ctx, modules: dict[str, ModuleDef], package_of: dict[str, str]) -> None:
    """Every reference names a model; other modules' models are imported. A model
    declared as another (``Link: shared#Link``) is that class under its name: imported
    and re-exported (``Link as Link``), or assigned (``BandwidthRef = _IdRef``)."""

    def target(module: ModuleDef, ref: str, path: tuple[str | int, ...]) -> ModuleDef | None:
        if "#" not in ref:
            if ref not in {m.name for m in module.models}:
                ctx.error(module.spec, f"unknown model {ref!r}: define it under models:", *path)
            return module
        other = modules.get(ref.split("#")[0])
        if other is None or ref.split("#")[1] not in {m.name for m in other.models}:
            ctx.error(module.spec, f"unknown model reference {ref!r}", *path)
            return None
        if module.kind == "shared" and other is not module:
            ctx.error(module.spec, "shared shapes refer only to each other", *path)
            return None
        return other

    def imported(module: ModuleDef, other: ModuleDef, key: str, name: str) -> None:
        where = (
            "stacksdk.shared"
            if other.external
            else "{root}."
            + (
                SHARED
                if other.service is None
                else f"{package_of[key.rsplit('/', 1)[0]]}.{other.name}"
            )
        )
        names = module.imports.setdefault(where, [])
        if name not in names:
            names.append(name)

    for module in modules.values():
        local = {m.name: m for m in module.models}
        for m in module.models:
            if not m.alias_of:
                continue
            other = target(module, m.alias_of, ("models", m.name))
            name = m.alias_of.split("#")[-1]
            if other is None:
                continue
            if other is module:
                if name == m.name:
                    ctx.error(
                        module.spec, f"model {name!r} is declared as itself", "models", m.name
                    )
                m.target = name
            elif name == m.name:
                imported(module, other, m.alias_of.split("#")[0], f"{name} as {name}")
            elif local.get(name) is not None and local[name].alias_of == m.alias_of:
                m.target = name  # the same model, already imported under its own name
            else:  # imported privately: the module's names stay its own
                imported(module, other, m.alias_of.split("#")[0], f"{name} as _{name}")
                m.target = f"_{name}"
        for ref, path in _references(module):
            other = target(module, ref, path)
            if other is None or other is module:
                continue
            name = ref.split("#")[1]
            if name in local and local[name].alias_of != ref:
                ctx.error(
                    module.spec, f"imported model {name!r} clashes with a model of this file", *path
                )
            elif name not in local:
                imported(module, other, ref.split("#")[0], name)
    for module in modules.values():
        for where, names in module.imports.items():
            module.imports[where] = sorted(names)
    _import_cycles(ctx, modules)


def _no_twins(ctx: _Ctx, modules: dict[str, ModuleDef]) -> None:
    """No class twice: no two models or options classes of one module are the same
    field for field, and no model repeats a shared shape."""
    shared = modules.get(SHARED)
    shapes = (
        {m.shape: m.name for m in shared.models if not m.alias_of} if shared is not None else {}
    )
    for module in modules.values():
        seen: dict[Any, str] = {}
        for m in module.models:
            if m.alias_of:
                continue
            where = ("resource",) if m.name == module.resource else ("models", m.name)
            if m.shape in seen:
                ctx.error(
                    module.spec,
                    f"model {m.name} is field for field {seen[m.shape]}: declare `{m.name}: {seen[m.shape]}` under models",
                    *where,
                )
            elif module.kind != "shared" and m.shape in shapes and m.name != module.resource:
                ctx.error(
                    module.spec,
                    f"model {m.name} is field for field the shared {shapes[m.shape]}: declare `{m.name}: shared#{shapes[m.shape]}` under models",
                    *where,
                )
            seen.setdefault(m.shape, m.name)
        seen = {}
        for o in module.opts:
            if o.shape in seen:
                first = seen[o.shape]
                ours = [op.name for op in module.ops if op.opts_name == o.name]
                theirs = [op.name for op in module.ops if op.opts_name == first]
                hint = f": write `options: {theirs[0]}` on {ours[0]}" if ours and theirs else ""
                ctx.error(
                    module.spec,
                    f"options class {o.name} is option for option {first}{hint}",
                    *_opts_path(module.spec, o.name),
                )
            seen.setdefault(o.shape, o.name)


def _canonical_ref(modules: dict[str, ModuleDef], key: str, ref: str, depth: int = 0) -> str:
    """``svc/ver/plural#Name`` of the class a reference names, through declared aliases."""
    key, name = ref.split("#") if "#" in ref else (key, ref)
    model = (
        next((m for m in modules[key].models if m.name == name), None) if key in modules else None
    )
    if model is None or model.alias_of is None or depth > len(modules):
        return f"{key}#{name}"
    return _canonical_ref(modules, key, model.alias_of, depth + 1)


def _canonical_shape(modules: dict[str, ModuleDef], key: str, model: ModelDef) -> str:
    """A model's fields with every model they use named by the class it is (what makes two
    models of different modules the same class)."""
    fields = []
    for f in model.fields:
        kind = f.type.kind
        for ref in f.type.refs:
            local = ref.split("#")[-1]
            kind = kind.replace(
                f"t.model({local})", f"t.model({_canonical_ref(modules, key, ref)})"
            )
        plain = dataclasses.replace(f, doc="", type=TypeInfo("", kind, []), arguments=[])
        fields.append(dataclasses.astuple(plain))
    return repr(fields)


def _no_copies(ctx: _Ctx, modules: dict[str, ModuleDef]) -> None:
    """No model is a copy of one of the same name in another module (a shape two services
    share belongs in shared.yaml; one a service repeats, in one of its specs)."""
    first: dict[tuple[str, str], str] = {}
    for key in sorted(modules):
        module = modules[key]
        for m in module.models:
            if m.alias_of or m.name == module.resource or module.kind == "shared":
                continue
            found = first.setdefault((m.name, _canonical_shape(modules, key, m)), key)
            if found != key:
                hint = (
                    f"{found}#{m.name}"
                    if found.split("/")[:-1] == key.split("/")[:-1]
                    else f"shared#{m.name}"
                )
                ctx.error(
                    module.spec,
                    f"model {m.name} is field for field {m.name} of {found}: declare `{m.name}: {hint}`"
                    + ("" if hint.startswith(found) else " (and move it to shared.yaml)"),
                    "models",
                    m.name,
                )


def _import_cycles(ctx: _Ctx, modules: dict[str, ModuleDef]) -> None:
    """Generated modules import the models they reference: those imports must not cycle."""
    by_name = {m.qualname: m for m in modules.values()}
    edges = {
        m.qualname: sorted(
            {k.removeprefix("{root}.") for k in m.imports} | ({m.extends} if m.extends else set())
        )
        for m in modules.values()
    }
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        stack.append(name)
        for dep in edges.get(name, []):
            if state.get(dep) == 1:
                cycle = stack[stack.index(dep) :] + [dep]
                ctx.error(
                    by_name[dep].spec,
                    "model references form an import cycle: "
                    + " -> ".join(cycle)
                    + "; keep the shared model in one spec",
                )
            elif dep in edges and state.get(dep) is None:
                visit(dep)
        stack.pop()
        state[name] = 2

    for name in sorted(edges):
        if state.get(name) is None:
            visit(name)


#: what the runtime's declarative constructors assume for an argument left out: generated
#: code writes only the values that differ, in this order (the one place that decides it)
OMITTED: dict[str, dict[str, Any]] = {
    "Field": {
        "sensitive": False,
        "header": None,
        "header_prefix": None,
        "since": None,
        "until": None,
        "enum": (),
    },
    "Param": {
        "location": "body",
        "required": False,
        "nullable": False,
        "enum": (),
        "since": None,
        "until": None,
        "sensitive": False,
        "style": "repeat",
    },
    "Operation": {
        "request_kind": "none",
        "request_key": None,
        "content_type": None,
        "authenticated": True,
        "root": False,
        "item_key": None,
        # the spec's false makes no claim; the runtime's None lets the method decide
        "idempotent": False,
        "job_id": "job_id",
        "checksum_header": None,
        "response_kind": "json",
        "response_key": None,
        "response_headers": (),
        "paging": None,
        "since": None,
        "until": None,
    },
}


def _keywords(constructor: str, values: dict[str, Any]) -> list[str]:
    """``key=value`` sources of the values that differ from what ``constructor`` assumes."""
    out = []
    for key, omitted in OMITTED[constructor].items():
        value = values[key]
        if isinstance(value, list):
            value = tuple(value)
        if value == omitted or (omitted is None and not value):  # "" is no key, as None
            continue
        out.append(f"{key}={value if key == 'paging' else py_literal(value)}")
    return out


def _arguments(module: ModuleDef) -> None:
    """The arguments generated code passes to Field, Param and Operation."""
    for m in module.models:
        for f in m.fields:
            # a read-only field is never sent, so its enum is never checked
            enum = () if f.read_only else tuple(f.enum)
            values = {
                "sensitive": f.sensitive,
                "header": f.header,
                "header_prefix": f.header_prefix,
                "since": f.since,
                "until": f.until,
                "enum": enum,
            }
            f.arguments = [py_literal(f.attr), py_literal(f.wire), f.type.kind] + _keywords(
                "Field", values
            )
    for o in module.opts:
        for p in o.params:
            values = {
                "location": p.location,
                "required": p.required,
                "nullable": p.nullable,
                "enum": tuple(p.enum),
                "since": p.since,
                "until": p.until,
                "sensitive": p.sensitive,
                "style": p.style,
            }
            p.arguments = [py_literal(p.attr), py_literal(p.wire), p.type.kind] + _keywords(
                "Param", values
            )
    for op in module.ops:
        paging = None
        if op.paging is not None:
            options = "".join(
                f", {k}={py_literal(v)}" for k, v in sorted(op.paging.options.items())
            )
            paging = f"Paging({py_literal(op.paging.kind)}{options})"
        values = {
            "request_kind": op.request_kind,
            "request_key": op.request_key,
            "content_type": op.content_type,
            "authenticated": op.authenticated,
            "root": op.root,
            "item_key": op.item_key,
            "idempotent": op.idempotent,
            "job_id": op.job_id,
            "checksum_header": op.checksum_header,
            "response_kind": op.response_kind,
            "response_key": op.response_key,
            "response_headers": tuple(op.response_headers),
            "paging": paging,
            "since": op.since,
            "until": op.until,
        }
        op.arguments = [
            py_literal(f"{module.name}.{op.name}"),
            py_literal(op.method),
            py_literal(op.path),
            f"ok={py_tuple(op.ok)}",
        ] + _keywords("Operation", values)
