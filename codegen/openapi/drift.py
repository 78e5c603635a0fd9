"""``python -m stacksdk.codegen drift DOC``: our specs against an OpenAPI document.

Compares one service version of the spec tree (normalized and built, as codegen sees it)
with an OpenAPI 3.x document: operations, request and response body fields (wire names,
through envelopes and nested models), query and header parameters, and microversion
windows, each side's extras named by a stable identifier (a member only we have is judged
per model of ours, not per operation: :class:`Comparison`). Every difference must be fixed
or recorded in the service's allow-list, ``specs/<type>/<version>/_drift.yaml``, with a
category and a reason (the first entry that matches is credited); an entry that matches
nothing is stale and must go.

The document is input from a stranger: read within limits (size, values, nesting), only
local ``$ref``s, chains and cycles of references refused, every error naming the JSON
pointer. Exit codes: 0 no difference left, 1 differences not allowed, stale entries or a
bad input, 2 usage errors.
"""

from __future__ import annotations

import argparse
import dataclasses
import fnmatch
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ...runtime.yamlwalk import KeyPath, Refused, Walker, compose, loader_class
from ..build import build
from ..cli import BUILTIN_SHARED, builtin_shared, package_map
from ..ir import FieldDef, ModelDef, ModuleDef, OpDef, ParamDef, ServiceDef, TypeInfo
from ..loader import DRIFT_FILE, SHARED_FILE, SpecErrors, load_all, load_file
from .common import Window, hull, inverted, microversion, version_key, window_from_x
from .import_load import Document, OpenAPIError, pointer, read

# -- the document, read within limits (codegen/openapi/import_load.py) ------------------

MAX_FIELD_DEPTH = 8  # nested objects compared below an envelope
MAX_STEPS = 3_000_000  # schema nodes visited in all (memoized per node)
MAX_REF_CHAIN = 32  # aliases of models followed in our specs


class DocError(Exception):
    """What is wrong with the document, where (a JSON pointer)."""


def load_document(path: Path) -> dict[str, Any]:
    """An OpenAPI 3.x document (YAML, or JSON for ``.json``) read within limits; DocError
    saying why not."""
    try:
        root: dict[str, Any] = Document(read(path)).root
    except OpenAPIError as exc:
        raise DocError(str(exc)) from None
    return root


# -- what each side says ------------------------------------------------------------------

ANY: Window = (None, None)
Models = frozenset[str]  # our models (or options classes) a body or member is decoded into
NONE: Models = frozenset()


@dataclasses.dataclass(frozen=True)
class Member:
    """A body member: its window and, for an object (or a list of them) whose members
    are known, those (None: a scalar, a map or a free-form object)."""

    window: Window
    children: Shape | None = None
    bad_window: bool = False  # its own window is inverted (an upstream defect)
    bad_branch: bool = False  # its window is that of an inverted oneOf branch (or within one)
    models: Models = NONE  # ours: the model(s) its children are the fields of


Shape = dict[str, Member]


def merge(a: Shape | None, b: Shape | None) -> Shape | None:
    if a is None or b is None:
        return a if b is None else b
    out = dict(a)
    for name, m in b.items():
        old = out.get(name)
        out[name] = m if old is None else _merge_member(old, m)
    return out


def _merge_member(a: Member, b: Member) -> Member:
    return Member(
        hull((a.window, b.window)),
        merge(a.children, b.children),
        a.bad_window or b.bad_window,
        a.bad_branch or b.bad_branch,
        a.models | b.models,
    )


@dataclasses.dataclass
class Side:
    """One operation as one side describes it (several of ours on one method and path,
    or several upstream branches, merged)."""

    window: Window
    bad_window: bool = False
    bad_branch: bool = False
    params: dict[str, Member] = dataclasses.field(default_factory=dict)  # "query x"/"header y"
    request: Shape | None = None  # None: no JSON body to compare
    response: Shape | None = None
    headers: dict[str, Member] = dataclasses.field(default_factory=dict)  # response headers
    #: ours: the model (options class) each part's top level is ("request", "response",
    #: "response-header"), where it is one
    roots: dict[str, Models] = dataclasses.field(default_factory=dict)

    def absorb(self, other: Side) -> None:
        self.window = hull((self.window, other.window))
        self.bad_window = self.bad_window or other.bad_window
        self.bad_branch = self.bad_branch or other.bad_branch
        for part, models in other.roots.items():
            self.roots[part] = self.roots.get(part, NONE) | models
        self.params = merge(self.params, other.params) or {}
        self.request = merge(self.request, other.request)
        self.response = merge(self.response, other.response)
        self.headers = merge(self.headers, other.headers) or {}


Ops = dict[str, Side]  # "GET /servers/{}" (actions: "POST /servers/{}/action#pause") -> side

_PARAM = re.compile(r"\{[^{}/]*\}")
_VERSION_PREFIX = re.compile(r"^/v\d+(?:\.\d+)?(?=/|$)")
_OWNER = re.compile(r"^/\{[^{}/]*\}(?=/|$)")
ROOT = "root:"
#: headers every request has, never an operation's parameter
_IGNORED_HEADERS = {"x-auth-token", "content-type", "accept", "openstack-api-version"}
#: headers of every response (transport and tracing), never a resource's field
_TRANSPORT_HEADERS = {
    "date",
    "content-length",
    "accept-ranges",
    "x-trans-id",
    "x-openstack-request-id",
    "x-compute-request-id",
}


def op_id(method: str, path: str, root: bool = False, action: str | None = None) -> str:
    """``GET /servers/{}``: parameters unnamed, no query (``/?format=json``), no trailing /."""
    shape = _PARAM.sub("{}", path.partition("?")[0]).rstrip("/") or "/"
    return f"{method.upper()} {ROOT if root else ''}{shape}" + (f"#{action}" if action else "")


def _add(ops: Ops, key: str, side: Side) -> None:
    if key in ops:
        ops[key].absorb(side)
    else:
        ops[key] = side


# -- theirs -------------------------------------------------------------------------------

_METHODS = ("get", "put", "post", "delete", "patch", "head")


class Upstream:
    """The operations of an OpenAPI document, in our terms."""

    def __init__(self, doc: dict[str, Any], ignored_headers: set[str]) -> None:
        self.doc, self.ignored = doc, _IGNORED_HEADERS | ignored_headers
        self.document = Document(doc)
        self.steps = 0
        self.open: set[int] = set()  # the schemas being read (a cycle stops there)
        self.memo: dict[tuple[int, Window, str, int, bool], Shape | None] = {}
        self.inverted: set[str] = set()  # where the document's inverted windows are
        info = doc.get("info")
        self.max = info.get("version") if isinstance(info, dict) else None
        paths = [p for p in doc["paths"] if isinstance(p, str)]
        self.versioned = sum(bool(_VERSION_PREFIX.match(p)) for p in paths) * 2 > len(paths)

    def deref(self, node: Any, where: str) -> tuple[Any, str]:
        """``node`` with its ``$ref`` chain followed (only local references, no cycles),
        and where it is now."""
        try:
            value, chain = self.document.deref(node, where.removeprefix("#"))
        except OpenAPIError as exc:
            raise DocError(str(exc)) from None
        return value, chain[-1] if chain else where

    def window(
        self, node: Any, where: str, inherited: Window = ANY, tainted: bool = False
    ) -> tuple[Window, bool, bool]:
        """A node's window (its own ``x-openstack`` keys, else ``inherited``), whether
        its own is inverted (an upstream defect, recorded at ``where``) and whether the
        window it has is one an inverted branch left it (``tainted``: inherited)."""
        own = window_from_x(node) if isinstance(node, dict) else ANY
        if inverted(own):
            self.inverted.add(where)
            return inherited, True, tainted
        return (own, False, False) if own != ANY else (inherited, False, tainted)

    def shape(
        self,
        node: Any,
        where: str,
        inherited: Window,
        hidden: str,
        depth: int = 0,
        tainted: bool = False,
    ) -> Shape | None:
        """The members of a schema (branches of oneOf/anyOf/allOf merged; arrays are
        their items), each with its window; None when it has none. Members marked
        ``hidden`` (readOnly in a request, writeOnly in a response) are left out;
        ``tainted``: ``inherited`` is what an inverted branch left."""
        node, where = self.deref(node, where)
        key = (id(node), inherited, hidden, depth, tainted)
        if key in self.memo:
            return self.memo[key]
        if id(node) in self.open:
            return None  # a schema inside itself (legal) adds no members of its own
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise DocError(f"{where}: the schemas expand to more than {MAX_STEPS} nodes")
        self.open.add(id(node))
        try:
            out = self._members(node, where, inherited, hidden, depth, tainted)
        finally:
            self.open.discard(id(node))
        self.memo[key] = out
        return out

    def _members(
        self, node: Any, where: str, inherited: Window, hidden: str, depth: int, tainted: bool
    ) -> Shape | None:
        out: Shape | None = None
        if isinstance(node, dict) and depth <= MAX_FIELD_DEPTH:
            for combiner in ("oneOf", "anyOf", "allOf"):
                branches = node.get(combiner)
                for i, branch in enumerate(branches if isinstance(branches, list) else []):
                    here = f"{where}/{combiner}/{i}"
                    win, bad, taint = self.window(*self.deref(branch, here), inherited, tainted)
                    out = merge(out, self.shape(branch, here, win, hidden, depth, bad or taint))
            if "items" in node:
                here = f"{where}/items"
                out = merge(out, self.shape(node["items"], here, inherited, hidden, depth, tainted))
            props = node.get("properties")
            own: Shape = {}
            for name, sub in props.items() if isinstance(props, dict) else []:
                here = f"{where}/properties/{pointer((name,))[1:]}"
                target, at = self.deref(sub, here)
                if isinstance(target, dict) and target.get(hidden) is True:
                    continue
                win, bad, taint = self.window(target, at, inherited, tainted)
                children = self.shape(sub, here, win, hidden, depth + 1, taint)
                own[str(name)] = Member(win, children, bad, taint)
            out = merge(out, own or None)
        return out

    def ops(self) -> Ops:
        ops: Ops = {}
        for path, item in self.doc["paths"].items():
            where = "#" + pointer(("paths", path))
            item, where = self.deref(item, where)
            if not isinstance(path, str) or not path.startswith("/") or not isinstance(item, dict):
                continue  # not a path (OpenAPI's start with /)
            common = self._params(item.get("parameters"), f"{where}/parameters")
            for method in _METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    for key, side in self._operation(path, method, op, f"{where}/{method}"):
                        side.params = merge(common, side.params) or {}
                        _add(ops, key, side)
        return ops

    def _path(self, path: str) -> tuple[str, bool]:
        """(the path below the endpoint, whether it is below the server's root instead)."""
        if not self.versioned:
            return path, False
        if not _VERSION_PREFIX.match(path):
            return path, True
        # a project or account first (Cinder's /v3/{project_id}/..., Swift's
        # /v1/{account}/...) is part of the endpoint
        return _OWNER.sub("", _VERSION_PREFIX.sub("", path)), False

    def _operation(
        self, path: str, method: str, op: dict[str, Any], where: str
    ) -> Iterator[tuple[str, Side]]:
        window, bad, _ = self.window(op, where)
        rel, root = self._path(path)
        params = self._params(op.get("parameters"), f"{where}/parameters")
        schema = self._schema(op.get("requestBody"), f"{where}/requestBody")
        request = self.shape(*schema, window, "readOnly", tainted=bad) if schema else None
        answers, headers = self._responses(op.get("responses"), f"{where}/responses", window, bad)
        if not (method == "post" and rel.endswith("/action") and request):
            response = _merged(answers.values())
            yield op_id(method, rel, root), Side(
                window, bad, False, params, request, response, headers
            )
            return
        for name, member in request.items():  # one member per action (action-name branches)
            response = answers.get(name, _merged(answers.values()) if None in answers else None)
            yield op_id(method, rel, root, name), Side(
                member.window,
                member.bad_window,
                member.bad_branch,
                dict(params),
                {name: member},
                response,
                headers,
            )

    def _params(self, nodes: Any, where: str) -> dict[str, Member]:
        out: dict[str, Member] = {}
        for i, node in enumerate(nodes if isinstance(nodes, list) else []):
            node, at = self.deref(node, f"{where}/{i}")
            if not isinstance(node, dict) or not isinstance(node.get("name"), str):
                continue
            location, name = node.get("in"), node["name"]
            if location == "header":
                name = name.lower()
                if name in self.ignored:
                    continue
            elif location != "query":
                continue
            window, bad, _ = self.window(node, at)
            out[f"{location} {name}"] = Member(window, None, bad)
        return out

    def _schema(self, node: Any, where: str) -> tuple[Any, str] | None:
        """The JSON schema of a request or response (None: no JSON body); JSON Patch
        bodies are not compared."""
        node, where = self.deref(node, where)
        content = node.get("content") if isinstance(node, dict) else None
        if not isinstance(content, dict):
            return None
        for kind, media in content.items():
            if isinstance(kind, str) and kind.endswith("json") and "patch" not in kind:
                if isinstance(media, dict) and "schema" in media:
                    return media["schema"], f"{where}/content/{pointer((kind,))[1:]}/schema"
        return None

    def _responses(
        self, nodes: Any, where: str, window: Window, tainted: bool
    ) -> tuple[dict[str | None, Shape | None], dict[str, Member]]:
        """The 2xx bodies (by action-name where branches name one; None: any) and headers."""
        bodies: dict[str | None, Shape | None] = {}
        headers: dict[str, Member] = {}
        for status, node in nodes.items() if isinstance(nodes, dict) else []:
            if not str(status).startswith("2"):
                continue
            here = f"{where}/{status}"
            schema = self._schema(node, here)
            for name, branches in self._by_action(schema).items():
                for sub, sub_where in branches:
                    shape = self.shape(sub, sub_where, window, "writeOnly", tainted=tainted)
                    bodies[name] = merge(bodies.get(name), shape)
            node, here = self.deref(node, here)
            declared = node.get("headers") if isinstance(node, dict) else None
            for name, header in declared.items() if isinstance(declared, dict) else []:
                header, at = self.deref(header, f"{here}/headers/{pointer((name,))[1:]}")
                win, bad, _ = self.window(header, at)
                if str(name).lower() not in _TRANSPORT_HEADERS:
                    headers = merge(headers, {str(name).lower(): Member(win, None, bad)}) or {}
        return bodies, headers

    def _by_action(self, schema: tuple[Any, str] | None) -> dict[str | None, list[tuple[Any, str]]]:
        """A response schema split by the ``action-name`` of its oneOf branches."""
        if schema is None:
            return {}
        node, where = self.deref(*schema)
        branches = node.get("oneOf") if isinstance(node, dict) else None
        out: dict[str | None, list[tuple[Any, str]]] = {}
        for i, branch in enumerate(branches if isinstance(branches, list) else []):
            target, _ = self.deref(branch, f"{where}/oneOf/{i}")
            x = target.get("x-openstack") if isinstance(target, dict) else None
            name = x.get("action-name") if isinstance(x, dict) else None
            if not isinstance(name, str):
                return {None: [schema]}
            out.setdefault(name, []).append((branch, f"{where}/oneOf/{i}"))
        return out or {None: [schema]}


def _merged(shapes: Any) -> Shape | None:
    out: Shape | None = None
    for shape in shapes:
        out = merge(out, shape)
    return out


# -- ours ---------------------------------------------------------------------------------


def _key(module: ModuleDef) -> str:
    """``compute/v2/servers``: how references name a module (``shared`` for the shapes)."""
    return module.spec.rel.removesuffix(".yaml")


class Ours:
    """The operations of one service version of the spec tree, in the same terms."""

    def __init__(self, modules: list[ModuleDef], service: ServiceDef, versioned: bool) -> None:
        self.modules = {_key(m): m for m in modules}
        self.service, self.versioned = service, versioned
        by_name = {m.qualname: m for m in modules}
        # an extension's fields and options belong to its base's operations
        self.extra_fields: dict[str, list[tuple[ModuleDef, FieldDef]]] = {}
        self.extra_params: dict[tuple[str, str], list[ParamDef]] = {}
        for m in modules:
            base = by_name.get(m.extends or "")
            if m.kind != "extension" or base is None:
                continue
            main = next(x for x in m.models if x.name == m.resource)
            self.extra_fields.setdefault(_key(base), []).extend((m, f) for f in main.fields)
            for opts in m.opts:
                role = opts.name.removesuffix("Opts").lower()
                self.extra_params.setdefault((_key(base), role), []).extend(opts.params)

    def resolve(self, module: ModuleDef, ref: str, depth: int = 0) -> tuple[ModuleDef, ModelDef]:
        """The model a reference names, aliases followed (lint made sure there is one)."""
        key, _, name = ref.rpartition("#")
        owner = self.modules[key] if key else module
        model = next((m for m in owner.models if m.name == name), None)
        if model is None:  # an imported class named by its local name (actions' models)
            owner, model = next(
                (o, m) for o in self.modules.values() for m in o.models if m.name == name
            )
        if model.alias_of and depth < MAX_REF_CHAIN:
            return self.resolve(owner, model.alias_of, depth + 1)
        return owner, model

    def _nested(
        self, module: ModuleDef, typ: TypeInfo, depth: int, request: bool = False
    ) -> Member:
        """A member holding an object (or list of objects): its model's members and the
        model, when it has one."""
        if not typ.refs or "map_of" in typ.kind or depth >= MAX_FIELD_DEPTH:
            return Member(ANY)
        owner, model = self.resolve(module, typ.refs[0])
        shape = self.model_shape(owner, model, depth + 1, request=request)[0]
        return Member(ANY, shape, models=_model_id(owner, model.name, request))

    def model_shape(
        self,
        module: ModuleDef,
        model: ModelDef,
        depth: int = 0,
        listing: bool = False,
        request: bool = False,
    ) -> tuple[Shape, dict[str, Member]]:
        """(body members, response headers) of a model, with the fields of extensions of
        a resource's model; in a ``request``, without its read-only fields."""
        fields = [(module, f) for f in model.fields]
        if model.name == module.resource and module.kind == "resource":
            fields += self.extra_fields.get(_key(module), [])
        body: Shape = {}
        headers: dict[str, Member] = {}
        for owner, f in fields:
            if request and f.read_only:
                continue
            if f.header or f.header_prefix:  # a map of headers by prefix: as upstream's x-meta-*
                name = f.header.lower() if f.header else f"{f.header_prefix}*".lower()
                headers[name] = Member((f.since, f.until))
            # a header field with a wire name of its own is a member of listing entries
            if (not f.header or listing and f.wire != f.name) and not f.header_prefix:
                nested = self._nested(owner, f.type, depth, request)
                body[f.wire] = dataclasses.replace(nested, window=(f.since, f.until))
        return body, headers

    def ops(self) -> Ops:
        ops: Ops = {}
        for module in self.modules.values():
            if module.service is self.service:
                for op in module.ops:
                    _add(ops, self.op_id(op), self.side(module, op))
        return ops

    def op_id(self, op: OpDef) -> str:
        action = op.request_key if op.role == "action" and op.path.endswith("/action") else None
        return op_id(op.method, op.path, op.root and self.versioned, action)

    def side(self, module: ModuleDef, op: OpDef) -> Side:
        params = list(op.opts.params if op.opts else [])
        if op.role in ("create", "update"):
            params += self.extra_params.get((_key(module), op.role), [])
        side = Side((op.since, op.until))
        body: Shape = {}
        envelope: Shape = {}
        for p in params:
            nested = self._nested(module, p.type, 0, request=True)
            member = dataclasses.replace(nested, window=(p.since, p.until))
            if p.location in ("query", "header"):
                # a map of headers by prefix (x-object-meta-<key>) is written as upstream's
                name = (
                    p.wire.lower() + ("*" if p.style == "prefix" else "")
                    if p.location == "header"
                    else p.wire
                )
                if name not in _IGNORED_HEADERS:
                    side.params[f"{p.location} {name}"] = member
            else:
                (envelope if p.location == "envelope" else body)[p.wire] = member
        if op.request_kind == "json":
            opts = _model_id(module, op.opts.name, True) if op.opts else NONE
            if op.request_key:
                side.request = {**envelope, op.request_key: Member(ANY, body, models=opts)}
            else:
                side.request, side.roots["request"] = body, opts
        side.headers = {h.lower(): Member(ANY) for _, h in op.response_headers}
        if op.returns in ("model", "list", "pages", "headers") and op.model:
            owner, model = self.resolve(module, self._model_ref(module, op))
            listing = op.returns in ("list", "pages")
            shape, headers = self.model_shape(owner, model, listing=listing)
            decoded = _model_id(owner, model.name)
            if not listing:  # a listing's items are in the body; their headers come with HEAD
                side.headers.update(headers)
                side.roots["response-header"] = decoded
            top = decoded  # the model of the body's top level, within the keys
            if op.item_key:
                shape, top = {op.item_key: Member(ANY, shape, models=top)}, NONE
            if op.response_key:
                shape = {op.response_key: Member(ANY, shape, models=top)}
            else:
                side.roots["response"] = top
            if op.returns != "headers":
                side.response = shape
            if op.paging is not None and side.response is not None:  # what the pager reads
                for key in ("next", "count"):
                    where = op.paging.options.get(key)
                    if isinstance(where, str):
                        side.response.setdefault(re.split(r"[.\[]", where)[0], Member(ANY))
        for name in _TRANSPORT_HEADERS & set(side.headers):
            del side.headers[name]
        # members as they apply within the operation (several of ours may share its path)
        window = side.window
        side.params, side.headers = _within(side.params, window), _within(side.headers, window)
        side.request, side.response = _within(side.request, window), _within(side.response, window)
        return side

    @staticmethod
    def _model_ref(module: ModuleDef, op: OpDef) -> str:
        data = module.spec.data
        node = data["actions"][op.name] if op.role == "action" else data["operations"][op.role]
        ref = node.get("model")
        return ref if isinstance(ref, str) else str(op.model)


def _model_id(module: ModuleDef, name: str, request: bool = False) -> Models:
    """How a model (or an options class) is named where fields are compared per model:
    requests and answers apart, as a request leaves read-only fields out."""
    return frozenset({f"{'request' if request else 'response'} {_key(module)}#{name}"})


def _within(shape: Any, window: Window) -> Any:
    """``shape``'s members (nested ones too) with their windows within ``window``."""
    if shape is None:
        return None
    out = {}
    for name, m in shape.items():
        inner = Comparison.within(m.window, window)
        out[name] = dataclasses.replace(m, window=inner, children=_within(m.children, inner))
    return out


# -- the comparison -----------------------------------------------------------------------

KINDS = ("operation", "field", "param", "window")
SIDES = ("ours-only", "theirs-only", "differ", "theirs-inverted")


@dataclasses.dataclass(frozen=True)
class Difference:
    kind: str  # one of KINDS
    side: str  # one of SIDES
    target: str  # "GET /servers/{}", "GET /servers/{} response server.name", ...
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind} {self.side}: {self.target}" + (
            f" ({self.detail})" if self.detail else ""
        )


class Comparison:
    """Differences between ours and theirs; windows at the service's bounds (its lowest
    microversion, the highest either side knows) count as unbounded.

    Theirs-only members are differences of their operation; an ours-only member is one
    of our model (or options class): it is no difference when an answer (or request) of
    another operation that we decode into the same model has it at the same place (one
    model serves list, get, create, ...)."""

    def __init__(self, floor: str | None, ceilings: set[str | None]) -> None:
        self.floor = microversion(floor)
        self.ceiling = min((v for v in map(microversion, ceilings) if v), default=None)
        self.found: list[Difference] = []
        #: our model -> every upstream member found where we decode that model
        self.seen: dict[str, Shape] = {}
        #: index in found of an ours-only member -> (the models it is a field of, its name)
        self.owners: dict[int, tuple[Models, str]] = {}
        self.shared = 0  # ours-only members found in another operation of the model

    def norm(self, w: Window) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        low, high = microversion(w[0]), microversion(w[1])
        if low is not None and self.floor is not None and low <= self.floor:
            low = None  # the service's lowest (upstream writes 2.0 for compute's 2.1)
        if high is not None and self.ceiling is not None and high >= self.ceiling:
            high = None
        return low, high

    @staticmethod
    def within(w: Window, context: Window) -> Window:
        """A member's window as it applies: within its operation's (or its parent's)."""
        lows = [x for x in (w[0], context[0]) if x is not None and microversion(x)]
        highs = [x for x in (w[1], context[1]) if x is not None and microversion(x)]
        return max(lows, key=version_key, default=None), min(highs, key=version_key, default=None)

    def run(self, ours: Ops, theirs: Ops) -> list[Difference]:
        pairs = {key: key for key in set(ours) & set(theirs)}  # theirs -> ours
        pairs.update(_templated(set(ours) - set(theirs), set(theirs) - set(ours)))
        for key in sorted(set(ours) - set(pairs.values())):
            self.found.append(Difference("operation", "ours-only", key))
        for key in sorted(set(theirs) | set(ours)):
            if key in pairs:
                self.operation(key, ours[pairs[key]], theirs[key])
            elif key in theirs:
                self.found.append(Difference("operation", "theirs-only", key))
        kept = [d for i, d in enumerate(self.found) if not self.elsewhere(i)]
        self.shared = len(self.found) - len(kept)
        self.found = kept
        return self.found

    def elsewhere(self, index: int) -> bool:
        """Whether an ours-only member is where upstream has it for another operation."""
        models, name = self.owners.get(index, (NONE, ""))
        return any(name in self.seen.get(m, {}) for m in models)

    def window(self, target: str, ours: Window, theirs: Window, flags: Member | Side) -> None:
        """A window difference, if any: an inverted upstream window is an upstream defect;
        so is a disagreement where an inverted branch left upstream's window unknown."""
        if flags.bad_window:
            self.found.append(Difference("window", "theirs-inverted", target))
        elif self.norm(ours) != self.norm(theirs):
            side = "theirs-inverted" if flags.bad_branch else "differ"
            self.found.append(Difference("window", side, target, _windows(ours, theirs)))

    def operation(self, key: str, ours: Side, theirs: Side) -> None:
        self.window(key, ours.window, theirs.window, theirs)
        windows = (ours.window, theirs.window)
        self.members("param", f"{key} ", ours.params, theirs.params, windows, NONE)
        for name, a, b in (
            ("response-header", ours.headers, theirs.headers),
            ("request", ours.request, theirs.request),
            ("response", ours.response, theirs.response),
        ):
            if a is not None and b is not None:
                models = ours.roots.get(name, NONE)
                self.members("field", f"{key} {name} ", a, b, windows, models)

    def members(
        self,
        kind: str,
        prefix: str,
        ours: Shape,
        theirs: Shape,
        context: tuple[Window, Window],
        models: Models,
    ) -> None:
        """Compare the members of one place; ``models``: ours there (see the class)."""
        for m in models:
            self.seen[m] = merge(self.seen.get(m), theirs) or {}
        for name in sorted(set(ours) | set(theirs)):
            target = prefix + name
            a, b = ours.get(name), theirs.get(name)
            if a is None or b is None:
                if b is None:
                    self.owners[len(self.found)] = (models, name)
                side = "ours-only" if b is None else "theirs-only"
                self.found.append(Difference(kind, side, target))
                continue
            windows = (self.within(a.window, context[0]), self.within(b.window, context[1]))
            self.window(target, *windows, b)
            if a.children is not None and b.children is not None:
                self.members(kind, f"{target}.", a.children, b.children, windows, a.models)


def _templated(ours: set[str], theirs: set[str]) -> dict[str, str]:
    """Upstream operations on literal paths that one of ours covers with a parameter
    (our ``GET /schemas/{}`` for their ``GET /schemas/image``): theirs -> ours."""
    out: dict[str, str] = {}
    for key in sorted(ours):
        if "{}" in key:
            pattern = re.compile(re.escape(key).replace(r"\{\}", "[^/]+") + r"\Z")
            out.update({t: key for t in sorted(theirs) if t not in out and pattern.match(t)})
    return out


def _windows(ours: Window, theirs: Window) -> str:
    def show(w: Window) -> str:
        return f"[{w[0] or '-'}, {w[1] or '-'}]"

    return f"ours {show(ours)}, theirs {show(theirs)}"


# -- the allow-list -----------------------------------------------------------------------

#: why a difference may stay (the reason says the specifics)
CATEGORIES = {
    "dead-api": "the real API answers 410 Gone (or was removed)",
    "phantom": "the real API has no such thing",
    "upstream-defect": "the document is wrong (the reason says what is wrong)",
    "admin-only": "only for cloud administrators; not covered",
    "deployment-specific": "depends on the deployment (drivers, plugins, configuration)",
    "not-yet": "we do not cover it yet (the reason names the issue)",
    "our-choice": "we describe it differently on purpose (the reason says why)",
}
_ENTRY_KEYS = {"kind": KINDS, "match": None, "side": SIDES, "category": tuple(CATEGORIES)}
_REQUIRED = ("kind", "match", "category", "reason")


@dataclasses.dataclass
class Entry:
    kind: str
    match: str  # a target, or a glob of them (fnmatch: * ? [...])
    category: str
    reason: str
    side: str | None
    where: str  # file:line

    def matches(self, d: Difference) -> bool:
        return (
            self.kind == d.kind
            and self.side in (None, d.side)
            and fnmatch.fnmatchcase(d.target, self.match)
        )


class AllowError(Exception):
    """Every problem of an allow-list file, one per line (``file:line:column: path: reason``)."""


_Loader: Any = loader_class(getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml12_booleans=True)


class _AllowWalker(Walker):
    def __init__(self, name: str, marks: dict[KeyPath, tuple[int, int]]) -> None:
        super().__init__(max_values=200_000, max_depth=16, marks=marks)
        self.name = name

    def problem(self, reason: str, node: yaml.Node, path: KeyPath) -> None:
        raise AllowError(
            f"{self.name}:{node.start_mark.line + 1}:{node.start_mark.column + 1}: {reason}"
        )


def load_allow(path: Path, name: str | None = None) -> list[Entry]:
    """The entries of an allow-list file; AllowError naming every problem."""
    name = name or str(path)
    marks: dict[KeyPath, tuple[int, int]] = {}
    try:
        text = path.read_text(encoding="utf-8")
        node = compose(text, _Loader)
        data = _AllowWalker(name, marks).walk(node) if node else None
    except (OSError, UnicodeDecodeError) as exc:
        raise AllowError(f"{name}: cannot read: {exc}") from None
    except Refused as exc:
        raise AllowError(f"{name}:{exc.position[0]}:{exc.position[1]}: {exc.reason}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        raise AllowError(f"{name}:{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    errors: list[str] = []

    def error(reason: str, *key: Any) -> None:
        line, column = next(
            (marks[key[:i]] for i in range(len(key), -1, -1) if key[:i] in marks), (1, 1)
        )
        errors.append(f"{name}:{line}:{column}: {'.'.join(map(str, key)) or '<top>'}: {reason}")

    if not isinstance(data, dict):
        raise AllowError(f"{name}:1:1: <top>: an allow-list is a mapping with format: 1 and allow:")
    for key in data:
        if key not in ("format", "allow"):
            error(f"unknown key {key!r} (format, allow)", key)
    if data.get("format") != 1:
        error(f"format must be 1, not {data.get('format')!r}", "format")
    items = data.get("allow")
    if not isinstance(items, list):
        error("allow must be a list of entries", "allow")
        items = []
    entries = [e for i, item in enumerate(items) if (e := _entry(item, i, name, marks, error))]
    if errors:
        raise AllowError("\n".join(errors))
    return entries


def _entry(
    item: Any, i: int, name: str, marks: dict[KeyPath, tuple[int, int]], error: Any
) -> Entry | None:
    where = ("allow", i)
    if not isinstance(item, dict):
        error("an entry is a mapping: kind, match, category, reason (side optional)", *where)
        return None
    ok = True
    for key, value in item.items():
        allowed = _ENTRY_KEYS.get(key, ()) if key != "reason" else None
        if key not in _ENTRY_KEYS and key != "reason":
            error(f"unknown key {key!r} (kind, match, side, category, reason)", *where, key)
            ok = False
        elif not isinstance(value, str) or not value.strip():
            error("must be a non-empty string", *where, key)
            ok = False
        elif allowed and value not in allowed:
            error(f"{value!r} is not one of {', '.join(allowed)}", *where, key)
            ok = False
    for key in _REQUIRED:
        if key not in item:
            error(f"{key!r} is required" + (": say why" if key == "reason" else ""), *where)
            ok = False
    if not ok:
        return None
    line = marks.get(where, (1, 1))[0]
    return Entry(
        item["kind"],
        item["match"],
        item["category"],
        item["reason"],
        item.get("side"),
        f"{name}:{line}",
    )


# -- the command --------------------------------------------------------------------------

#: the spec tree of stacksdk itself
DEFAULT_SPECS = BUILTIN_SHARED.parent


@dataclasses.dataclass
class Outcome:
    service: str
    differences: list[tuple[Difference, Entry | None]]
    stale: list[Entry]
    inverted: list[str]  # where the document's inverted windows are (JSON pointers)
    shared: int = 0  # ours-only members another operation of the same model has upstream

    @property
    def failed(self) -> bool:
        return bool(self.stale) or any(e is None for _, e in self.differences)


def drift(
    doc: dict[str, Any], specs: Path, service: str | None, version: str | None, allow: Path | None
) -> Outcome:
    """Compare a loaded document with one service version of the tree at ``specs``."""
    spec_files = load_all([specs])
    external = builtin_shared([specs])
    if external is not None:  # a tree without shapes of its own uses stacksdk's
        spec_files.append(load_file(external, SHARED_FILE))
    services, shared = build(
        spec_files, package_map([s.rel for s in spec_files if s.kind != "shared"])
    )
    modules = [m for s in services for m in s.modules] + ([shared] if shared else [])
    target = _pick(doc, services, modules, service, version)
    versioned = Upstream(doc, set()).versioned
    mv = target.microversion or {}
    ignored = {str(mv.get(k, "")).lower() for k in ("header", "legacy_header")}
    upstream = Upstream(doc, ignored)
    ours = Ours(modules, target, versioned)
    ceilings = {mv.get("max"), upstream.max if isinstance(upstream.max, str) else None}
    comparison = Comparison(mv.get("min"), ceilings)
    found = comparison.run(ours.ops(), upstream.ops())
    directory = target.spec.rel.rsplit("/", 1)[0]
    default = specs / directory / DRIFT_FILE
    allow = allow or default
    shown = f"{directory}/{DRIFT_FILE}" if allow == default else str(allow)
    entries = load_allow(allow, shown) if allow != default or allow.is_file() else []
    pairs = [(d, next((e for e in entries if e.matches(d)), None)) for d in found]
    used = {id(e) for _, e in pairs if e is not None}
    stale = [e for e in entries if id(e) not in used]
    name = f"{target.type} {target.version} ({directory})"
    return Outcome(name, pairs, stale, sorted(upstream.inverted), comparison.shared)


def _pick(
    doc: dict[str, Any],
    services: list[ServiceDef],
    modules: list[ModuleDef],
    service: str | None,
    version: str | None,
) -> ServiceDef:
    """The service version to compare: the one named, or the one sharing most operations."""

    def tree(s: ServiceDef) -> str:  # "dns", or "huaweicloud/dns" for a vendor's own
        return "/".join(s.spec.rel.split("/")[:-2])

    candidates = [
        s
        for s in services
        if (service is None or service in (s.type, tree(s)))
        and (version is None or version in (s.version, s.spec.rel.split("/")[-2]))
    ]
    if service is not None and len(candidates) > 1:
        # OpenStack's dns v2 and Huawei's (specs/huaweicloud/dns/v2) share a type: the
        # plain name is OpenStack's, a vendor's is named by its tree (huaweicloud/dns)
        candidates = [s for s in candidates if tree(s) == service] or candidates
    if service is not None or version is not None:
        if len(candidates) != 1:
            raise UsageError(
                f"no single service version matches --service {service} --version {version}"
            )
        return candidates[0]
    upstream = Upstream(doc, set())
    theirs = set(upstream.ops())
    scored = sorted(
        (
            (len(theirs & set(Ours(modules, s, upstream.versioned).ops())), s.package)
            for s in candidates
        ),
        reverse=True,
    )
    if not scored or scored[0][0] == 0:
        raise UsageError(
            "no service of the spec tree shares an operation with the document: name it with --service and --version"
        )
    return next(s for s in candidates if s.package == scored[0][1])


class UsageError(Exception):
    pass


def report(outcome: Outcome) -> str:
    lines = [f"drift: {outcome.service}"]
    for kind in KINDS:
        mine = [(d, e) for d, e in outcome.differences if d.kind == kind]
        counts = {side: sum(d.side == side for d, _ in mine) for side in SIDES}
        shown = ", ".join(f"{n} {side}" for side, n in counts.items() if n) or "none"
        allowed = sum(e is not None for _, e in mine)
        lines.append(f"  {kind}s: {shown}; {allowed} allow-listed")
    by_category: dict[str, int] = {}
    for _, e in outcome.differences:
        if e is not None:
            by_category[e.category] = by_category.get(e.category, 0) + 1
    if by_category:
        lines.append(
            "  allow-listed by category: "
            + ", ".join(f"{k} {v}" for k, v in sorted(by_category.items()))
        )
    if outcome.inverted:
        lines.append(
            f"  inverted windows in the document (upstream defects): {len(outcome.inverted)}"
        )
    if outcome.shared:
        lines.append(
            f"  ours-only fields that another operation of their model has: {outcome.shared}"
            " (not differences)"
        )
    left = [d for d, e in outcome.differences if e is None]
    if left:
        lines.append(f"not allow-listed ({len(left)}):")
        lines += [f"  {d}" for d in left]
    if outcome.stale:
        lines.append(f"stale allow-list entries, matching nothing ({len(outcome.stale)}):")
        lines += [f"  {e.where}: {e.kind} {e.match!r}" for e in outcome.stale]
    lines.append("FAILED" if outcome.failed else "ok: every difference is allow-listed")
    return "\n".join(lines)


def as_json(outcome: Outcome) -> str:
    return json.dumps(
        {
            "service": outcome.service,
            "differences": [
                {
                    **dataclasses.asdict(d),
                    "category": e.category if e else None,
                    "allowed_by": e.where if e else None,
                    # the first entry that matches is credited: a broad glob above a
                    # specific entry shows here as the glob
                    "matched": {"kind": e.kind, "match": e.match, "side": e.side} if e else None,
                }
                for d, e in outcome.differences
            ],
            "stale": [dataclasses.asdict(e) for e in outcome.stale],
            "inverted": outcome.inverted,
            "shared": outcome.shared,
            "failed": outcome.failed,
        },
        indent=2,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m stacksdk.codegen drift",
        description="Compare our specs with an OpenAPI document (docs/openapi.md).",
    )
    parser.add_argument("doc", type=Path, help="the OpenAPI 3.x document (YAML or JSON)")
    parser.add_argument("--service", help="service type (default: the one sharing most operations)")
    parser.add_argument("--version", help="API version or spec directory (v2.1 or v2)")
    parser.add_argument("--specs", type=Path, default=DEFAULT_SPECS, help="the spec tree")
    parser.add_argument(
        "--allow", type=Path, help=f"allow-list (default: <specs>/<service>/<version>/{DRIFT_FILE})"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    if not args.specs.is_dir():
        print(f"drift: --specs {args.specs}: no such directory", file=sys.stderr)
        return 2
    try:
        doc = load_document(args.doc)
        outcome = drift(doc, args.specs, args.service, args.version, args.allow)
    except UsageError as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 2
    except DocError as exc:
        print(f"drift: {args.doc}: {exc}", file=sys.stderr)
        return 1
    except (AllowError, SpecErrors) as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 1
    _emit(as_json(outcome) if args.format == "json" else report(outcome))
    return 1 if outcome.failed else 0


def _emit(text: str) -> None:
    """Print to stdout; a reader that went away (``drift ... | head``) ends it quietly."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        # what is left in the buffer would fail again when Python flushes at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
