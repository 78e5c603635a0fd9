"""From validated spec files to a render-ready model, with cross-file lint.

The JSON Schema checks each file on its own; :func:`build` checks what only
the whole set can tell (references, module names, windows, presence).
Defaults are applied here, once, so templates never decide anything.
"""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Any

from . import names as _names
from .layout import string_literal
from .loader import SpecError, SpecErrors, SpecFile

DEFAULT_OK = {
    "GET": (200, 203),
    "HEAD": (200, 204),
    "POST": (200, 201, 202),
    "PUT": (200, 201, 202, 204),
    "PATCH": (200, 202, 204),
    "DELETE": (200, 202, 204),
    "COPY": (201,),
}
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


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def path_params(path: str) -> list[str]:
    return _PARAM_RE.findall(path)


def _mv(v: str | None) -> tuple[int, int] | None:
    if v is None:
        return None
    major, minor = v.split(".")
    return int(major), int(minor)


@dataclasses.dataclass
class TypeInfo:
    annotation: str  # Python annotation, without "| None" / "| Unset"
    kind: str  # runtime Kind expression
    refs: list[str]  # model references it uses ("Name" or "svc/ver/plural#Name")


@dataclasses.dataclass
class FieldDef:
    attr: str
    wire: str
    type: TypeInfo
    doc: str
    nullable: bool
    read_only: bool
    create: str
    update: str
    enum: list[Any]
    sensitive: bool
    since: str | None
    until: str | None
    always: bool = False
    header: str | None = None
    header_prefix: str | None = None
    name: str = ""  # the spec's name (attr may differ: class -> class_)


@dataclasses.dataclass
class ModelDef:
    name: str
    doc: str
    fields: list[FieldDef]


@dataclasses.dataclass
class ParamDef:
    attr: str
    wire: str
    type: TypeInfo
    doc: str
    location: str
    required: bool
    nullable: bool
    enum: list[Any]
    sensitive: bool
    since: str | None
    until: str | None
    style: str
    name: str = ""  # the spec's name (attr may differ: class -> class_)


@dataclasses.dataclass
class OptsDef:
    name: str
    doc: str
    params: list[ParamDef]
    base: str = "Opts"  # base class expression

    @property
    def has_required(self) -> bool:
        return any(p.required for p in self.params)


@dataclasses.dataclass
class PagingDef:
    kind: str
    options: dict[str, Any]


@dataclasses.dataclass
class OpDef:
    """One generated function."""

    name: str  # function name
    role: str  # list|get|create|update|delete|head|action
    doc: str
    method: str
    path: str
    args: list[str]  # positional path parameters, in order
    ok: tuple[int, ...]
    request_kind: str
    request_key: str | None
    response_kind: str
    response_key: str | None
    response_headers: list[tuple[str, str]]
    returns: str  # model|list|pages|none|raw|headers|location|binary
    model: str | None  # class name (local or imported alias)
    opts: OptsDef | None
    opts_required: bool
    paging: PagingDef | None
    since: str | None
    until: str | None
    content_type: str | None = None
    authenticated: bool = True
    checksum_header: str | None = None
    root: bool = False  # the path is below the server's root, not the endpoint
    item_key: str | None = None  # list items wrapped as {item_key: {...}}
    idempotent: bool = False  # a POST/PATCH the spec says may be sent twice
    job_id: str | None = None  # returns: job — the response member with the job id

    @property
    def const(self) -> str:
        return "_" + self.name.upper()

    @property
    def return_annotation(self) -> str:
        return {
            "model": f"Result[{self.model}]",
            "list": f"Result[builtins.list[{self.model}]]",
            "pages": f"Pager[{self.model}]",
            "none": "Result[None]",
            "raw": "Result[Any]",
            "headers": f"Result[{self.model}]" if self.model else "Result[dict[str, str]]",
            "location": "Result[str | None]",
            "binary": "Result[bytes]",
            "stream": "Download",
            "job": "Result[str]",
        }[self.returns]


@dataclasses.dataclass
class ServiceDef:
    spec: SpecFile
    package: str  # "identity.v3"
    type: str
    version: str
    doc: str
    aliases: list[str]
    url_suffix: str | None
    microversion: dict[str, Any] | None
    vendor: str | None = None
    jobs: dict[str, Any] | None = None
    modules: list[ModuleDef] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class ModuleDef:
    spec: SpecFile
    service: ServiceDef
    name: str  # module name ("projects")
    kind: str  # resource | extension
    doc: str
    resource: str  # main model class
    plural: str
    models: list[ModelDef]  # in definition order (dependencies first)
    opts: list[OptsDef]
    ops: list[OpDef]
    imports: dict[str, list[str]]  # module -> names, for cross-spec refs
    find: dict[str, Any] | None
    extends: str | None = None  # "identity.v3.users" for extensions
    base_ops: list[str] = dataclasses.field(default_factory=list)
    #: model references of actions: (reference, spec path)
    action_refs: list[tuple[str, tuple[str | int, ...]]] = dataclasses.field(default_factory=list)
    waiter: dict[str, Any] | None = None  # wait_for_status / wait_for_delete

    @property
    def qualname(self) -> str:
        return f"{self.service.package}.{self.name}"

    @property
    def uses_datetime(self) -> bool:
        return any(
            "datetime.datetime" in f.type.annotation for m in self.models for f in m.fields
        ) or any("datetime.datetime" in p.type.annotation for o in self.opts for p in o.params)


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
        enum = node.get("enum")
        if typ == "string" and enum and all(isinstance(e, str) for e in enum):
            ann = "Literal[" + ", ".join(string_literal(e) for e in enum) + "]"
        return TypeInfo(ann, SCALAR_KIND[typ], [])
    if typ == "list":
        item = _type_info(node.get("items", "any"))
        return TypeInfo(f"builtins.list[{item.annotation}]", f"t.list_of({item.kind})", item.refs)
    if typ == "map":
        value = _type_info(node.get("values", "any"))
        return TypeInfo(f"dict[str, {value.annotation}]", f"t.map_of({value.kind})", value.refs)
    # object
    ref = node.get("model")
    if ref is None:
        return TypeInfo("dict[str, Any]", "t.ANY", [])
    local = ref.split("#")[-1]
    return TypeInfo(local, f"t.model({local})", [ref])


def _window_ok(ctx: _Ctx, spec: SpecFile, node: dict[str, Any], *path: str | int) -> None:
    since, until = _mv(node.get("since")), _mv(node.get("until"))
    if since and until and since > until:
        ctx.error(spec, f"inverted microversion window: since {node['since']} > until {node['until']}", *path)


def _field(ctx: _Ctx, spec: SpecFile, attr: str, node: dict[str, Any], path: tuple[str | int, ...]) -> FieldDef:
    read_only = bool(node.get("read_only", False))
    create = node.get("create", "absent" if read_only else "optional")
    update = node.get("update", "absent" if read_only else "optional")
    if read_only:
        for op, presence in (("create", create), ("update", update)):
            if presence != "absent":
                ctx.error(spec, f"read-only field cannot be {presence} on {op}", *path, op)
    _window_ok(ctx, spec, node, *path)
    _check_enum(ctx, spec, node, path)
    for key in ("header", "header_prefix"):
        _check_header(ctx, spec, node.get(key), *path, key)
    return FieldDef(
        attr=_names.attribute(attr),
        name=attr,
        wire=node.get("wire", attr),
        type=_type_info(node),
        doc=_doc(node.get("doc", "")),
        nullable=bool(node.get("nullable", False)),
        read_only=read_only,
        create=create,
        update=update,
        enum=list(node.get("enum", [])),
        sensitive=bool(node.get("sensitive", False)),
        since=node.get("since"),
        until=node.get("until"),
        always=bool(node.get("always", False)),
        header=node.get("header"),
        header_prefix=node.get("header_prefix"),
    )


def _check_enum(ctx: _Ctx, spec: SpecFile, node: dict[str, Any], path: tuple[str | int, ...]) -> None:
    enum = node.get("enum")
    if not enum:
        return
    checks: dict[str, Any] = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and (isinstance(v, int) or math.isfinite(v)),
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


def _type_name(node: Any) -> str:
    """The type of a field node (``string`` or ``{type: string, ...}``)."""
    return str(node if isinstance(node, str) else node.get("type"))


def _doc(text: str) -> str:
    return " ".join(str(text).split())


def _param(
    ctx: _Ctx, spec: SpecFile, attr: str, node: dict[str, Any], path: tuple[str | int, ...], location: str
) -> ParamDef:
    _window_ok(ctx, spec, node, *path)
    _check_enum(ctx, spec, node, path)
    if node.get("in", location) == "header":
        _check_header(ctx, spec, node.get("wire", attr), *path)
    return ParamDef(
        attr=_names.attribute(attr),
        name=attr,
        wire=node.get("wire", attr),
        type=_type_info(node),
        doc=_doc(node.get("doc", "")),
        location=node.get("in", location),
        required=bool(node.get("required", False)),
        nullable=bool(node.get("nullable", False)),
        enum=list(node.get("enum", [])),
        sensitive=bool(node.get("sensitive", False)),
        since=node.get("since"),
        until=node.get("until"),
        style=node.get("style", "repeat"),
    )


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


def _fields(ctx: _Ctx, spec: SpecFile, nodes: dict[str, Any], path: tuple[str | int, ...]) -> list[FieldDef]:
    out = [_field(ctx, spec, attr, node, path + (attr,)) for attr, node in nodes.items()]
    seen: dict[str, str] = {}
    attrs: dict[str, str] = {}
    for f in out:
        if f.attr in attrs:
            ctx.error(spec, f"field {f.name!r} is the Python attribute {f.attr!r}, as is {attrs[f.attr]!r}", *path, f.name)
        attrs[f.attr] = f.name
        if f.wire in seen:
            ctx.error(spec, f"wire name {f.wire!r} is used by {seen[f.wire]!r} too", *path, f.name)
        seen[f.wire] = f.name
    return out


def _paging(node: dict[str, Any] | None, default: str) -> PagingDef:
    node = dict(node or {"kind": default})
    kind = node.pop("kind")
    return PagingDef(kind, node)


def _ok(node: dict[str, Any], method: str) -> tuple[int, ...]:
    return tuple(node.get("ok") or DEFAULT_OK[method])


def vendor_of(directory: str) -> str | None:
    """The vendor of a service directory: ``huaweicloud`` for ``huaweicloud/vpc/v1``
    (its profile builds endpoints no catalog lists), None for ``compute/v2``."""
    parts = directory.split("/")
    return parts[0] if len(parts) == 3 else None


def build(specs: list[SpecFile], package_of: dict[str, str]) -> list[ServiceDef]:
    """Turn validated specs into services and modules; raise SpecErrors on lint errors.

    ``package_of`` maps a spec's directory (``identity/v3``) to its package
    (``identity.v3``).
    """
    ctx = _Ctx()
    services: dict[str, ServiceDef] = {}
    for spec in specs:
        if spec.kind == "service":
            d = spec.data
            directory = spec.rel.rsplit("/", 1)[0]
            services[directory] = ServiceDef(
                spec=spec,
                package=package_of[directory],
                type=d["service"],
                version=d["version"],
                doc=_doc(d["doc"]),
                aliases=list(d.get("aliases", [])),
                url_suffix=d.get("url_suffix", d["version"]),
                microversion=d.get("microversion"),
                vendor=vendor_of(directory),
                jobs=d.get("jobs"),
            )
            jobs = d.get("jobs") or {}
            if jobs and "{job_id}" not in jobs.get("path", ""):
                ctx.error(spec, "the jobs path needs a {job_id} parameter", "jobs", "path")
            mv = d.get("microversion") or {}
            for key in ("header", "legacy_header"):
                _check_header(ctx, spec, mv.get(key), "microversion", key)
            _window_ok(ctx, spec, {"since": mv.get("min"), "until": mv.get("max")}, "microversion")

    resources: dict[str, ModuleDef] = {}  # "identity/v3/projects" -> module
    extensions: list[SpecFile] = []
    for spec in specs:
        if spec.kind == "service":
            continue
        directory = spec.rel.rsplit("/", 1)[0]
        service = services.get(directory)
        if service is None:
            ctx.error(spec, f"no {directory}/_service.yaml describes this service version")
            continue
        if spec.kind == "extension":
            extensions.append(spec)
            continue
        module = _resource_module(ctx, spec, service)
        clash = _names.module_clash(module.name)
        if clash:
            ctx.error(spec, f"module name {module.name!r} {clash}", "plural")
        key = f"{directory}/{module.name}"
        if key in resources:
            ctx.error(spec, f"module {module.qualname} is also generated from {resources[key].spec.rel}", "plural")
            continue
        expected = spec.rel.rsplit("/", 1)[1].removesuffix(".yaml")
        if expected != module.name:
            ctx.error(spec, f"the file of resource {module.name!r} must be named {module.name}.yaml", "plural")
        resources[key] = module
        service.modules.append(module)

    for spec in extensions:
        directory = spec.rel.rsplit("/", 1)[0]
        service = services[directory]
        base = resources.get(spec.data["extends"])
        if base is None:
            ctx.error(spec, f"extends {spec.data['extends']!r}, which no spec defines", "extends")
            continue
        module = _extension_module(ctx, spec, service, base)
        clash = _names.module_clash(module.name)
        if clash:
            ctx.error(spec, f"module name {module.name!r} {clash}", "module")
        key = f"{directory}/{module.name}"
        if key in resources:
            ctx.error(spec, f"module {module.qualname} is also generated from {resources[key].spec.rel}", "module")
            continue
        resources[key] = module
        service.modules.append(module)

    _resolve_refs(ctx, resources, package_of)
    if ctx.errors:
        raise SpecErrors(ctx.errors)
    for service in services.values():
        service.modules.sort(key=lambda m: m.name)
    return [services[k] for k in sorted(services)]


def _models(ctx: _Ctx, spec: SpecFile, main: str) -> list[ModelDef]:
    d = spec.data
    extra = [
        ModelDef(name, _doc(m.get("doc", f"The {name} object.")), _fields(ctx, spec, m["fields"], ("models", name, "fields")))
        for name, m in (d.get("models") or {}).items()
    ]
    if main in (d.get("models") or {}):
        ctx.error(spec, f"model {main!r} is the resource itself; rename it", "models", main)
    main_model = ModelDef(main, _doc(d["doc"]), _fields(ctx, spec, d["fields"], ("fields",)))
    # dependency order, the main model as late as its dependents allow
    return _ordered(ctx, spec, extra + [main_model])


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
            ctx.error(spec, f"model {m.name!r} refers to itself through its fields", "models", m.name)
            return
        state[m.name] = 1
        for f in m.fields:
            for ref in f.type.refs:
                if ref in by_name:
                    visit(by_name[ref])
        state[m.name] = 2
        done.append(m)

    for m in models:
        visit(m)
    return done


def _resource_module(ctx: _Ctx, spec: SpecFile, service: ServiceDef) -> ModuleDef:
    d = spec.data
    name = d["plural"]
    resource = d["resource"]
    models = _models(ctx, spec, resource)
    main = _main(models, resource)
    fields = {f.name: f for f in main.fields}
    id_field = d.get("id", "id")
    if id_field not in fields:
        if "id" in d:  # resources without an id (role assignments) simply omit it
            ctx.error(spec, f"id field {id_field!r} is not among the fields", "id")
    elif "always" not in d["fields"][id_field]:
        fields[id_field].always = True  # every response carries the resource's id
    name_field = d.get("name")
    if name_field is not None and name_field not in fields:
        ctx.error(spec, f"name field {name_field!r} is not among the fields", "name")

    base_path: str = d["path"]
    parents = path_params(base_path)
    id_param = f"{snake(resource)}_id"
    item_path: str = d.get("item_path") or f"{base_path}/{{{id_param}}}"
    item_args = path_params(item_path)
    key, ckey = d.get("key"), d.get("collection_key")
    ops: list[OpDef] = []
    opts: list[OptsDef] = []
    crud = d.get("operations") or {}
    where = ("operations",)
    action_refs: list[tuple[str, tuple[str | int, ...]]] = []

    if "list" in crud:
        node = crud["list"]
        _window_ok(ctx, spec, node, *where, "list")
        query = [
            _param(ctx, spec, attr, p, where + ("list", "query", attr), "query")
            for attr, p in (node.get("query") or {}).items()
        ]
        lopts = OptsDef("ListOpts", f"Query parameters of list.", query) if query else None
        if lopts:
            opts.append(lopts)
        paging = _paging(node.get("paging"), "single")
        if paging.kind == "linked" and "next" not in paging.options:
            ctx.error(spec, "linked paging needs 'next' (where the next link is)", *where, "list", "paging")
        path = node.get("path", base_path)
        ops.append(OpDef(
            name="list", role="list", doc=_doc(node.get("doc", f"List {name.replace('_', ' ')}.")),
            method="GET", path=path, args=path_params(path), ok=_ok(node, "GET"),
            request_kind="none", request_key=None, response_kind="json",
            response_key=node.get("key", ckey), response_headers=[], returns="pages", model=resource,
            opts=lopts, opts_required=False, paging=paging, since=node.get("since"), until=node.get("until"),
            authenticated=node.get("authenticated", True), root=node.get("root", False),
            item_key=node.get("item_key"),
        ))

    for role, method, default_path in (
        ("get", "GET", item_path),
        ("head", "HEAD", item_path),
        ("create", "POST", base_path),
        ("update", "PATCH", item_path),
        ("delete", "DELETE", item_path),
    ):
        if role not in crud:
            continue
        node = crud[role] or {}
        _window_ok(ctx, spec, node, *where, role)
        method = node.get("method", method)
        path = node.get("path", default_path)
        returns = node.get("returns", {"delete": "none", "head": "headers"}.get(role, "model"))
        op_opts: OptsDef | None = None
        query = [
            _param(ctx, spec, attr, p, where + (role, "query", attr), "query")
            for attr, p in (node.get("query") or {}).items()
        ]
        for q in query:
            if q.location not in ("query", "header"):
                ctx.error(spec, "query options go in the query or a header", *where, role, "query", q.name, "in")
        if role in ("create", "update"):
            params = [_param_from_field(f, getattr(f, role)) for f in main.fields if getattr(f, role) != "absent"]
            params += [
                _param(ctx, spec, attr, p, where + (role, "extra_params", attr), "body")
                for attr, p in (node.get("extra_params") or {}).items()
            ]
            taken = {p.attr for p in params}
            for q in query:
                if q.attr in taken:
                    ctx.error(spec, f"query option {q.name!r} is also a body option", *where, role, "query", q.name)
            op_opts = OptsDef(f"{pascal(role)}Opts", f"Options of {role}.", params + query)
            opts.append(op_opts)
        elif query:
            op_opts = OptsDef(f"{pascal(role)}Opts", f"Options of {role}.", query)
            opts.append(op_opts)
        body = role in ("create", "update")
        request_kind = node.get("body", "json") if body else "none"
        if request_kind == "json-patch" and role != "update":
            ctx.error(spec, "body: json-patch is for update", *where, role, "body")
        ops.append(OpDef(
            name=role, role=role, doc=_doc(node.get("doc", f"{pascal(role)} a {snake(resource).replace('_', ' ')}.")),
            method=method, path=path, args=path_params(path), ok=_ok(node, method),
            request_kind=request_kind,
            request_key=node.get("request_key", key) if request_kind == "json" else None,
            response_kind=_response_kind(returns),
            response_key=node.get("response_key", key) if returns == "model" else None,
            response_headers=sorted((node.get("response_headers") or {}).items()),
            returns=returns, model=_crud_model(node, role, returns, main, action_refs, where),
            opts=op_opts, opts_required=op_opts is not None and op_opts.has_required,
            paging=None, since=node.get("since"), until=node.get("until"),
            content_type=node.get("content_type"), authenticated=node.get("authenticated", True), root=node.get("root", False),
            idempotent=node.get("idempotent", False), job_id=node.get("job_id"),
        ))
        if returns == "job" and service.jobs is None:
            ctx.error(spec, "returns: job needs a jobs block in _service.yaml (how to poll it)", *where, role, "returns")

    for aname, node in (d.get("actions") or {}).items():
        apath = ("actions", aname)
        clash = _names.function_clash(aname)
        if clash:
            ctx.error(spec, f"action name {aname!r} {clash}", *apath)
        _window_ok(ctx, spec, node, *apath)
        method = node["method"]
        body = node.get("body", "json" if method in ("POST", "PUT", "PATCH") and (node.get("params") or node.get("body_key")) else "none")
        default_in = "body" if body == "json" else "query"
        params = [
            _param(ctx, spec, attr, p, apath + ("params", attr), default_in)
            for attr, p in (node.get("params") or {}).items()
        ]
        if body != "json" and any(p.location == "body" for p in params):
            ctx.error(spec, "body parameters need body: json", *apath, "params")
        if body == "key-only" and not node.get("body_key"):
            ctx.error(spec, "body: key-only sends {<body_key>: null} and needs a body_key", *apath, "body")
        returns = node.get("returns", "model" if node.get("model") else "none")
        model_ref = node.get("model")
        if returns in ("model", "list", "pages") and not model_ref:
            model_ref = resource
        if model_ref and returns not in ("model", "list", "pages", "headers"):
            ctx.error(spec, f"model is only used when returns is model, list, pages or headers (not {returns})", *apath, "model")
        a_opts = OptsDef(f"{pascal(aname)}Opts", _doc(f"Options of {aname}."), params) if params else None
        if a_opts:
            opts.append(a_opts)
        a_paging = _paging(node.get("paging"), "single") if returns == "pages" else None
        if node.get("paging") and returns != "pages":
            ctx.error(spec, "paging is only for returns: pages", *apath, "paging")
        ops.append(OpDef(
            name=aname, role="action", doc=_doc(node.get("doc", aname.replace("_", " ").capitalize() + ".")),
            method=method, path=node["path"], args=path_params(node["path"]), ok=_ok(node, method),
            request_kind="json-null" if body == "key-only" else body, request_key=node.get("body_key"),
            response_kind=_response_kind(returns),
            response_key=node.get("response_key", key if returns == "model" else ckey if returns in ("list", "pages") else None),
            response_headers=sorted((node.get("response_headers") or {}).items()),
            returns=returns, model=model_ref.split("#")[-1] if model_ref else None,
            opts=a_opts, opts_required=bool(a_opts and a_opts.has_required),
            paging=a_paging, since=node.get("since"), until=node.get("until"),
            content_type=node.get("content_type"), authenticated=node.get("authenticated", True), root=node.get("root", False),
            checksum_header=node.get("checksum_header"), idempotent=node.get("idempotent", False),
            job_id=node.get("job_id"),
        ))
        if returns == "job" and service.jobs is None:
            ctx.error(spec, "returns: job needs a jobs block in _service.yaml (how to poll it)", *apath, "returns")
        if node.get("job_id") and returns != "job":
            ctx.error(spec, "job_id is only for returns: job", *apath, "job_id")
        if node.get("checksum_header") and returns != "stream":
            ctx.error(spec, "checksum_header is only for returns: stream", *apath, "checksum_header")
        if model_ref:
            action_refs.append((model_ref, apath + ("model",)))

    for op in ops:
        for attr, header in op.response_headers:
            _check_header(ctx, spec, header, *_op_path(op), "response_headers", attr)
        _check_header(ctx, spec, op.checksum_header, *_op_path(op), "checksum_header")
        stray = re.search(r"[{}]", _PARAM_RE.sub("", op.path))
        if stray:
            ctx.error(spec, f"{op.path!r}: a path parameter is {{lower_case_name}}; a lone {stray.group()!r} is not", *_op_path(op), "path")
        seen: set[str] = set()
        arguments: dict[str, str] = {}
        for arg in op.args:
            if arg in seen:
                ctx.error(spec, f"path parameter {{{arg}}} appears twice", *_op_path(op), "path")
            seen.add(arg)
            py_arg = _names.argument(arg)
            if arguments.get(py_arg, arg) != arg:
                ctx.error(spec, f"path parameters {{{arguments[py_arg]}}} and {{{arg}}} are both the argument {py_arg!r}", *_op_path(op), "path")
            arguments[py_arg] = arg
        if op.opts:
            attrs: dict[str, str] = {}
            for p in op.opts.params:
                if p.name in op.args:
                    ctx.error(spec, f"parameter {p.name!r} is also a path parameter", *_op_path(op))
                if p.attr in attrs:
                    ctx.error(spec, f"options {attrs[p.attr]!r} and {p.name!r} are both the attribute {p.attr!r} of {op.opts.name}", *_op_path(op))
                attrs[p.attr] = p.name
    _class_names(ctx, spec, models, opts)

    find = None
    get_needs_opts = any(op.role == "get" and op.opts_required for op in ops)
    if name_field and "get" in crud and "list" in crud and not get_needs_opts:
        list_op = next(op for op in ops if op.role == "list")
        name_param = None
        if list_op.opts is not None:
            name_param = next((p.attr for p in list_op.opts.params if p.name == name_field and p.location == "query"), None)
        match, queries = _find_listing(ctx, spec, d.get("find") or {}, list_op.opts, name_param)
        find = {
            "name_field": fields[name_field].attr if name_field in fields else name_field,
            # the list's own option filters by name server-side, in its microversion window
            "list_opts": list_op.opts.name if list_op.opts is not None and (name_param or queries) else None,
            "name_param": name_param if match != "none" else None,
            "name_match": match,
            "queries": queries,
            "id_field": fields[id_field].attr if id_field in fields else id_field,
            "args": path_params(base_path),
        }
    elif "find" in d:
        ctx.error(spec, "find needs a name field and list and get operations (get without required options)", "find")
    waiter = None
    if "status" in d:
        status = d["status"]
        field_node = (d.get("fields") or {}).get(status["field"])
        get_op = next((op for op in ops if op.role == "get"), None)
        if field_node is None or _type_name(field_node) != "string":
            ctx.error(spec, f"status field {status['field']!r} must be a string field of {resource}", "status", "field")
        elif get_op is None or get_op.opts_required:
            ctx.error(spec, "waiters poll get: the resource needs a get operation without required options", "status")
        else:
            waiter = {
                "field": fields[status["field"]].attr,
                "failure": status.get("failure", []),
                "deleted": status.get("deleted", []),
                "delete_failure": status.get("delete_failure", []),
                "args": get_op.args,
            }
    return ModuleDef(
        spec=spec, service=service, name=name, kind="resource", doc=_doc(d["doc"]),
        resource=resource, plural=name, models=models, opts=opts, ops=ops, imports={}, find=find,
        action_refs=action_refs, waiter=waiter,
    )


_FIND_QUERY_TYPES = {"str": str, "bool": bool, "int": int}


def _find_listing(
    ctx: _Ctx, spec: SpecFile, node: dict[str, Any], opts: OptsDef | None, name_param: str | None
) -> tuple[str, list[dict[str, Any]]]:
    """The resource's ``find:`` block: how the list's name option compares, and the
    list options every find listing sends (one listing per mapping)."""
    match = node.get("match", "exact")
    if "match" in node and name_param is None:
        ctx.error(spec, "the list has no query option named after the name field", "find", "match")
    raw = node.get("query", [])
    queries = [raw] if isinstance(raw, dict) else list(raw)
    # keys are the spec's option names; the generated call passes Python names (class -> class_)
    params = {(p.name or p.attr): p for p in opts.params} if opts is not None else {}
    mapped: list[dict[str, Any]] = []
    for i, query in enumerate(queries):
        where = ("find", "query") if isinstance(raw, dict) else ("find", "query", i)
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
                ctx.error(spec, f"{value!r} does not fit the option's type {p.type.annotation}", *where, key)
    return match, mapped


def _class_names(ctx: _Ctx, spec: SpecFile, models: list[ModelDef], opts: list[OptsDef]) -> None:
    """Every class of a module has its own name, none of the runtime's."""
    owner: dict[str, str] = {}
    for m in models:
        where = ("resource",) if m.name == spec.data.get("resource") else ("models", m.name)
        clash = _names.class_clash(m.name)
        if clash:
            ctx.error(spec, f"model name {m.name!r} {clash}", *where)
        owner[m.name] = "model " + m.name
    for o in opts:
        if o.name in owner:
            ctx.error(spec, f"options class {o.name} would replace {owner[o.name]}", *_opts_path(spec, o))
        owner[o.name] = "options class " + o.name


def _opts_path(spec: SpecFile, o: OptsDef) -> tuple[str, ...]:
    """Where the options class ``o`` comes from in the spec (best effort)."""
    role = o.name.removesuffix("Opts")
    for aname in reversed(list(spec.data.get("actions") or {})):
        if pascal(aname) == role:
            return ("actions", aname)
    return ("operations", role.lower()) if role.lower() in (spec.data.get("operations") or {}) else ()


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
    if node.get("model"):
        refs.append((node["model"], where + (role, "model")))
        return str(node["model"]).split("#")[-1]
    if role == "head" and any(f.header or f.header_prefix for f in main.fields):
        return main.name
    return None


def _op_path(op: OpDef) -> tuple[str, ...]:
    return ("actions", op.name) if op.role == "action" else ("operations", op.role)


def _response_kind(returns: str) -> str:
    return {
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
    }[returns]


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
    base_alias = f"_{base.name}"
    for role in ("create", "update"):
        params = [_param_from_field(f, getattr(f, role)) for f in main.fields if getattr(f, role) != "absent"]
        if role == "create":
            params += [
                _param(ctx, spec, attr, p, ("create_params", attr), "body")
                for attr, p in (d.get("create_params") or {}).items()
            ]
        if not params:
            continue
        if role not in base_roles:
            explicit = [a for a, f in d["fields"].items() if role in f]
            if explicit:
                ctx.error(spec, f"{base.resource} has no {role} operation to extend", "fields", explicit[0], role)
            continue
        opts.append(OptsDef(f"{pascal(role)}Opts", f"{base.resource}'s {role} options plus this extension's.", params, base=f"{base_alias}.{pascal(role)}Opts"))
    _class_names(ctx, spec, models, opts)
    return ModuleDef(
        spec=spec, service=service, name=d["module"], kind="extension", doc=_doc(d["doc"]),
        resource=d["resource"], plural=base.plural, models=models, opts=opts, ops=[], imports={},
        find=None, extends=base.qualname, base_ops=sorted(base_roles),
    )


def _resolve_refs(ctx: _Ctx, modules: dict[str, ModuleDef], package_of: dict[str, str]) -> None:
    for key, module in modules.items():
        local = {m.name for m in module.models}
        refs: list[tuple[str, tuple[str | int, ...]]] = []
        for m in module.models:
            top = ("fields",) if m.name == module.resource else ("models", m.name, "fields")
            for f in m.fields:
                refs += [(r, top + (f.name,)) for r in f.type.refs]
        for o in module.opts:
            for p in o.params:
                refs += [(r, ("fields", p.name)) for r in p.type.refs]
        refs += module.action_refs
        for ref, path in refs:
            if "#" not in ref:
                if ref not in local:
                    ctx.error(module.spec, f"unknown model {ref!r}: define it under models:", *path)
                continue
            target, name = ref.split("#")
            other = modules.get(target)
            if other is None or name not in {m.name for m in other.models}:
                ctx.error(module.spec, f"unknown model reference {ref!r}", *path)
                continue
            if other is module:
                continue
            if name in local:
                ctx.error(module.spec, f"imported model {name!r} clashes with a model of this file", *path)
            pkg = package_of[target.rsplit("/", 1)[0]]
            module.imports.setdefault(f"{pkg}.{other.name}", [])
            if name not in module.imports[f"{pkg}.{other.name}"]:
                module.imports[f"{pkg}.{other.name}"].append(name)
    for module in modules.values():
        for names in module.imports.values():
            names.sort()
    _import_cycles(ctx, modules)


def _import_cycles(ctx: _Ctx, modules: dict[str, ModuleDef]) -> None:
    """Generated modules import the models they reference: those imports must not cycle."""
    by_name = {m.qualname: m for m in modules.values()}
    edges = {
        m.qualname: sorted(set(m.imports) | ({m.extends} if m.extends else set()))
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
                    "model references form an import cycle: " + " -> ".join(cycle)
                    + "; keep the shared model in one spec",
                )
            elif dep in edges and state.get(dep) is None:
                visit(dep)
        stack.pop()
        state[name] = 2

    for name in sorted(edges):
        if state.get(name) is None:
            visit(name)
