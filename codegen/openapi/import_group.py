"""Paths of a stranger's document grouped into resources, operations and actions.

* the version prefix all paths share (``/v2``, ``/v2.1``) becomes the service's
  ``url_suffix``; ``/`` and the bare prefix (version documents) are left out;
* a collection path (``/zones``) with an item path (``/zones/{zone_id}``), or whose GET
  answers a list, is a resource: GET on the collection lists, POST creates,
  GET/PUT/PATCH/DELETE/HEAD on the item get, update (PATCH; PUT when there is no PATCH),
  delete and head; a collection path whose GET answers one object and has no item path is
  a singleton (its ``get`` is the collection path);
* every other operation is an action of the resource whose item (or collection) path is
  the longest prefix of its path, named from the path after that prefix; a body that is a
  ``oneOf`` per ``action`` (``x-openstack: {action-name}``) is one action per name, each
  with its ``body_key``;
* envelopes (``{"zone": {...}}``, ``{"zones": [...], "links": {...}}``) become ``key`` and
  ``collection_key``; create/update presence comes from the request schemas.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from ..names import function_clash, module_clash
from .common import hull, path_params, version_key
from .import_load import Document, OpenAPIError, pointer
from .import_marks import count, mark
from .import_schema import (
    MICROVERSION,
    Branch,
    Merged,
    Models,
    Schemas,
    action_name,
    class_name,
    discriminator,
    merge,
    printable,
    singular,
    spec_name,
    unique_names,
    window,
)

_PREFIX = re.compile(r"/(v[0-9]+(?:\.[0-9]+)?)(?=/|$)")
_HEADER = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_SECRET = re.compile(
    r"(^|_)(password|passwd|secret|token|private_key|secret_key|passphrase|credentials?)s?($|_)"
)
_READ_ONLY_ACTION = re.compile(r"(^|_)(get|list|show|check|validate|query|describe)($|_)")
_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
_PAGING_CHOICES = "single, linked (next: where the next link is), marker, offset or page"


@dataclasses.dataclass
class Summary:
    resources: int = 0
    operations: int = 0
    actions: int = 0
    fields: int = 0
    marks: int = 0
    skipped: list[str] = dataclasses.field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.resources} resources, {self.operations} operations, {self.actions} actions, "
            f"{self.fields} fields, {self.marks} TODO marks"
        )


@dataclasses.dataclass
class Op:
    path: str  # below the version prefix, parameters renamed to spec names
    method: str
    node: dict[str, Any]
    params: list[Any]
    where: str  # JSON pointer of the operation


@dataclasses.dataclass
class Group:
    collection: str
    ops: list[Op] = dataclasses.field(default_factory=list)
    items: dict[str, list[Op]] = dataclasses.field(default_factory=dict)  # item path -> ops
    actions: list[Op] = dataclasses.field(default_factory=list)
    #: listings of the same items below the collection (``/servers/detail``)
    listings: list[Op] = dataclasses.field(default_factory=list)
    singleton: bool = False


def _literal(path: str) -> list[str]:
    return [s for s in path.split("/") if s and not s.startswith("{")]


def _collection_of(path: str) -> str:
    head, _, last = path.rpartition("/")
    return head if last.startswith("{") and last.endswith("}") else path


def _ok(node: dict[str, Any]) -> list[int]:
    codes = node.get("responses")
    if not isinstance(codes, dict):
        return []
    return sorted({int(c) for c in codes if isinstance(c, str) and re.fullmatch(r"2[0-9][0-9]", c)})


def _json_body(doc: Document, node: Any, where: str) -> Any:
    """The JSON schema of a request body or a response (None: there is none)."""
    node, _ = doc.deref(node, where)
    content = node.get("content") if isinstance(node, dict) else None
    if not isinstance(content, dict):
        return None
    for media, body in content.items():
        if isinstance(media, str) and "json" in media and isinstance(body, dict):
            return body.get("schema")
    return None


class Importer:
    """One document -> {relative path: spec data}; what it held in :attr:`summary`."""

    def __init__(self, doc: Document, service: str, version: str, shared: dict[str, str]) -> None:
        self.doc, self.service, self.version = doc, service, version
        self.models = Models(f"{service}/{version}", shared)
        self.schemas = Schemas(doc, self.models)
        self.summary = Summary()

    # -- paths --------------------------------------------------------------------

    def _ops(self) -> tuple[list[Op], str | None]:
        raw = list(self.doc.operations())
        prefixes = {m.group(1) if (m := _PREFIX.match(p)) else None for p, *_ in raw if p != "/"}
        prefix = prefixes.pop() if len(prefixes) == 1 else None
        ops = []
        for path, method, node, shared in raw:
            where = pointer(("paths", path, method))
            printable(path, where)
            if not path.startswith("/") or re.search(r"\s", path):
                raise OpenAPIError(where, f"path {path!r} is not a URL path")
            short = path[len(prefix) + 1 :] if prefix else path
            if short in ("", "/"):
                self.summary.skipped.append(f"{method.upper()} {path}: version document")
                continue
            for name in path_params(short):
                short = short.replace("{" + name + "}", "{" + spec_name(name) + "}")
            own = node.get("parameters")
            listed = [*shared, *(own if isinstance(own, list) else [])]
            params = [self.doc.deref(p, where)[0] for p in listed]
            ops.append(Op(short, method.upper(), node, params, where))
        return ops, prefix

    def _groups(self, ops: list[Op]) -> list[Group]:
        groups: dict[str, Group] = {}
        for op in ops:
            groups.setdefault(_collection_of(op.path), Group(_collection_of(op.path)))
        for op in ops:
            group = groups[_collection_of(op.path)]
            if op.path == group.collection:
                group.ops.append(op)
            else:
                group.items.setdefault(op.path, []).append(op)
        resources = {c: g for c, g in groups.items() if g.items or self._lists(g)}
        for collection, group in sorted(resources.items()):
            parent = resources.get(collection.rsplit("/", 1)[0])
            if parent is not None and not group.items and self._same_items(parent, group):
                parent.listings.extend(op for op in group.ops if op.method == "GET")
                parent.actions.extend(op for op in group.ops if op.method != "GET")
                del resources[collection], groups[collection]
        for collection, group in sorted(groups.items()):
            if collection in resources:
                continue
            parent = self._parent(collection, resources)
            if parent is None:
                group.singleton = any(op.method == "GET" for op in group.ops)
                resources[collection] = group
            else:
                parent.actions.extend(group.ops)
        return [resources[c] for c in sorted(resources)]

    def _same_items(self, parent: Group, group: Group) -> bool:
        """Whether ``group`` lists what ``parent`` lists (the same collection key)."""
        keys = []
        for g in (parent, group):
            get = next((op for op in g.ops if op.method == "GET"), None)
            shape = self._list_shape(get) if get else None
            keys.append(shape[0] if shape else None)
        return keys[0] is not None and keys[0] == keys[1]

    @staticmethod
    def _parent(path: str, resources: dict[str, Group]) -> Group | None:
        best: tuple[int, Group] | None = None
        for collection, group in resources.items():
            for prefix in [collection, *group.items]:
                if path.startswith(prefix + "/") and (best is None or len(prefix) > best[0]):
                    best = (len(prefix), group)
        return best[1] if best else None

    def _lists(self, group: Group) -> bool:
        get = next((op for op in group.ops if op.method == "GET"), None)
        if get is None:
            return False
        return self._list_shape(get) is not None or (
            self._response(get) is None and any(op.method == "POST" for op in group.ops)
        )

    def _response(self, op: Op) -> Any:
        responses = op.node.get("responses")
        if not isinstance(responses, dict):
            return None
        for code in sorted(k for k in responses if isinstance(k, str) and k.startswith("2")):
            schema = _json_body(self.doc, responses[code], f"{op.where}/responses/{code}")
            if schema is not None:
                return schema
        return None

    def _request(self, op: Op) -> Any:
        body = op.node.get("requestBody")
        return _json_body(self.doc, body, f"{op.where}/requestBody") if body else None

    def _list_shape(self, op: Op) -> tuple[str | None, list[Branch], set[str]] | None:
        """(collection key, the item branches, the other keys of the page) of a list
        response; None when the response is no list."""
        schema = self._response(op)
        if schema is None:
            return None
        where = f"{op.where}/responses"
        resolved = self.schemas.deref(schema, where)
        if isinstance(resolved, dict) and resolved.get("type") == "array":
            return None, self.schemas.branches(resolved.get("items"), f"{where}/items"), set()
        for branch in self.schemas.branches(schema, where):
            for key, value in branch.properties.items():
                value = self.schemas.deref(value, where)
                if isinstance(value, dict) and value.get("type") == "array":
                    items = self.schemas.branches(value.get("items"), f"{branch.where}/{key}")
                    if items and any(b.properties for b in items):
                        return key, items, set(branch.properties) - {key}
        return None

    def _envelope(self, schema: Any, where: str) -> tuple[str | None, list[Branch]]:
        """(key, the inner branches) of a body ``{"<key>": {...}}``; (None, the branches)
        when it is not wrapped."""
        branches = self.schemas.branches(schema, where)
        keys = {next(iter(b.properties)) for b in branches if len(b.properties) == 1}
        if len(keys) != 1 or any(len(b.properties) != 1 for b in branches):
            return None, branches
        key = keys.pop()
        inner: list[Branch] = []
        for b in branches:
            for sub in self.schemas.branches(b.properties[key], f"{b.where}/properties/{key}"):
                sub.since, sub.until = sub.since or b.since, sub.until or b.until
                inner.append(sub)
        if not inner or not any(b.properties for b in inner):
            return None, branches
        return key, inner

    # -- the tree -----------------------------------------------------------------

    def run(self) -> dict[str, dict[str, Any]]:
        bounds = _bounds(self.doc.root)
        self.schemas.floor = min(bounds, key=version_key) if bounds else None
        ops, prefix = self._ops()
        groups = self._groups(ops)
        names = self._plurals(groups)
        files: dict[str, dict[str, Any]] = {}
        for group in groups:
            plural = names[group.collection]
            files[f"{self.service}/{self.version}/{plural}.yaml"] = self._resource(group, plural)
        for rel, data in files.items():
            plural = rel.rsplit("/", 1)[-1].removesuffix(".yaml")
            models = {k: v for k, v in self.models.files.get(plural, {}).items() if v is not None}
            if models:
                data["models"] = models
        service = self._service(prefix)
        out = {f"{self.service}/{self.version}/_service.yaml": service, **files}
        self.summary.marks = sum(count(data) for data in out.values())
        return out

    def _plurals(self, groups: list[Group]) -> dict[str, str]:
        out: dict[str, str] = {}
        taken: set[str] = set()
        for group in sorted(groups, key=lambda g: (len(_literal(g.collection)), g.collection)):
            words = _literal(group.collection) or ["root"]
            candidates = [
                spec_name(words[-1]),
                spec_name("_".join(words[-2:])),
                spec_name("_".join(words)),
            ]
            name = next((c for c in candidates if c not in taken and not module_clash(c)), None)
            n = 1
            while name is None or name in taken or module_clash(name):
                n += 1
                name = f"{candidates[0]}_{n}"
            taken.add(name)
            out[group.collection] = name
        return out

    def _service(self, prefix: str | None) -> dict[str, Any]:
        info = self.doc.root.get("info")
        title = info.get("title") if isinstance(info, dict) else None
        data: dict[str, Any] = {
            "format": 1,
            "service": self.service,
            "version": self.version,
            "url_suffix": prefix,
            "doc": mark(
                f"describe the {self.service} service in your own words",
                f"The {title if isinstance(title, str) and title.isprintable() else self.service}.",
            ),
        }
        bounds = _bounds(self.doc.root)
        if bounds:
            newest = info.get("version") if isinstance(info, dict) else None
            known = [newest] if isinstance(newest, str) and MICROVERSION.fullmatch(newest) else []
            versions = sorted({*bounds, *known}, key=version_key)
            guess = {
                "service": self.service,
                "header": "OpenStack-API-Version",
                "min": versions[0],
                "max": versions[-1],
            }
            data["microversion"] = mark(
                "how does the service negotiate microversions (the header and its service name, "
                "the lowest and highest version these specs describe; delete the key: none)?",
                guess,
            )
        return data

    def _resource(self, group: Group, plural: str) -> dict[str, Any]:
        self.summary.resources += 1
        resource = class_name(singular(plural))
        self.models.files.setdefault(plural, {})[resource] = None  # reserved: the resource's class
        by_method = {op.method: op for op in group.ops}
        item_path, item_ops = self._item(group)
        item = {op.method: op for op in item_ops}
        crud: dict[str, Op] = {}
        listing = None
        if "GET" in by_method and not group.singleton:
            crud["list"] = by_method.pop("GET")
            listing = self._list_shape(crud["list"])
        for role, method, source in (
            ("create", "POST", by_method),
            ("get", "GET", item if not group.singleton else by_method),
            ("update", "PATCH", item if not group.singleton else by_method),
            ("update", "PUT", item if not group.singleton else by_method),
            ("delete", "DELETE", item if not group.singleton else by_method),
            ("head", "HEAD", item if not group.singleton else by_method),
        ):
            if method in source and role not in crud:
                crud[role] = source.pop(method)
        others = [*by_method.values(), *item.values(), *group.actions]
        others += [op for path, ops in group.items.items() if path != item_path for op in ops]

        key, responses = self._responses(crud, listing)
        for op in group.listings:
            responses.extend((self._list_shape(op) or (None, [], set()))[1])
        create_key, create = self._body(crud.get("create"))
        update_key, update = self._body(crud.get("update"))
        fields = self._fields(plural, crud, responses, create, update)
        data: dict[str, Any] = {
            "format": 1,
            "resource": resource,
            "plural": plural,
            "doc": mark(
                f"describe {resource} in your own words", f"A {resource} of {self.service}."
            ),
            "path": group.collection,
        }
        if group.singleton:
            data["item_path"] = group.collection
        elif item_path:
            data["item_path"] = item_path
        data["key"] = key or create_key or update_key
        if listing and listing[0]:
            data["collection_key"] = listing[0]
        if "id" not in fields and "uuid" in fields:
            data["id"] = "uuid"
        if "name" in fields:
            data["name"] = "name"
        data["fields"] = fields
        operations = self._operations(crud, data, listing, create_key, update_key)
        if operations:
            data["operations"] = operations
        get = operations.get("get")
        if get is not None and not any(q.get("required") for q in get.get("query", {}).values()):
            self._status(data)  # waiters poll get
        actions = self._actions(others, data, plural, resource)
        for op in group.listings:
            self._listing(actions, op, data, plural)
        if actions:
            data["actions"] = actions
        self._dedup_options(data)
        if not fields:
            data["fields"] = mark(
                f"the document describes no field of {resource}: which are there?",
                {"id": {"type": "string", "read_only": True}},
            )
        return data

    @staticmethod
    def _item(group: Group) -> tuple[str | None, list[Op]]:
        if not group.items:
            return None, []
        path = max(sorted(group.items), key=lambda p: len(group.items[p]))
        return path, group.items[path]

    def _responses(
        self, crud: dict[str, Op], listing: tuple[str | None, list[Branch], set[str]] | None
    ) -> tuple[str | None, list[Branch]]:
        key: str | None = None
        branches: list[Branch] = list(listing[1]) if listing else []
        for role in ("get", "create", "update"):
            op = crud.get(role)
            schema = self._response(op) if op else None
            if op is None or schema is None:
                continue
            found, inner = self._envelope(schema, f"{op.where}/responses")
            key = key or found
            branches.extend(inner)
        return key, branches

    def _body(self, op: Op | None) -> tuple[str | None, list[Branch] | None]:
        schema = self._request(op) if op else None
        if op is None or schema is None:
            return None, None
        return self._envelope(schema, f"{op.where}/requestBody")

    def _fields(
        self,
        plural: str,
        crud: dict[str, Op],
        responses: list[Branch],
        create: list[Branch] | None,
        update: list[Branch] | None,
    ) -> dict[str, Any]:
        every = merge([*responses, *(create or []), *(update or [])])
        sent_create, sent_update = _sent(create), _sent(update)
        names = unique_names(every)
        in_path = set(path_params(" ".join(op.path for op in crud.values())))
        fields: dict[str, Any] = {}
        for wire, prop in every.items():
            name = names[wire]
            node = self.schemas.field(wire, name, prop, plural, 1)
            if create is None and update is None:
                node["read_only"] = True
            elif (wire not in sent_create and wire not in sent_update) or name in in_path:
                node["read_only"] = True
            else:
                for role, sent, known in (
                    ("create", sent_create, create),
                    ("update", sent_update, update),
                ):
                    if role in crud and known is not None:
                        node[role] = _presence(sent.get(wire))
            _ask_secret(node, name)
            fields[name] = node
        self.summary.fields += len(fields)
        return fields

    def _status(self, data: dict[str, Any]) -> None:
        fields = data["fields"]
        name = next((n for n in ("status", "provisioning_status", "state") if n in fields), None)
        if name is None or fields[name].get("type") != "string":
            return
        states = [s for s in fields[name].get("enum", []) if isinstance(s, str)]
        guess: dict[str, Any] = {"field": name}
        failure = [s for s in states if "ERROR" in s.upper() or "FAIL" in s.upper()]
        guess["failure"] = failure or ["ERROR"]
        deleted = [s for s in states if s.upper() == "DELETED"]
        if deleted:
            guess["deleted"] = deleted
        data["status"] = mark(
            f"which field holds the state of {data['resource']}, and which states are failures"
            " (delete the key: no waiters)?",
            guess,
        )

    # -- operations ---------------------------------------------------------------

    def _params(
        self, op: Op, plural: str, taken: set[str], body: list[Branch] | None = None
    ) -> dict[str, Any]:
        """Query and header parameters of ``op`` (and the body's, for an action)."""
        out: dict[str, Any] = {}
        merged: dict[str, tuple[Merged, str]] = {}
        for i, p in enumerate(op.params):
            if not isinstance(p, dict) or p.get("in") not in ("query", "header"):
                continue
            wire = p.get("name")
            where = f"{op.where}/parameters/{i}"
            if not isinstance(wire, str):
                raise OpenAPIError(where, "a parameter without a name")
            printable(wire, where)
            if p["in"] == "header" and not _HEADER.fullmatch(wire):
                raise OpenAPIError(where, f"header {wire!r} is not an HTTP token")
            since, until = window(p)
            merged[wire] = (
                Merged(p.get("schema"), where, since, until, p.get("required") is True),
                p["in"],
            )
        for wire, prop in merge(body or []).items():
            merged.setdefault(wire, (prop, "body"))
        names = unique_names([*taken, *merged])
        for wire, (prop, where_in) in merged.items():
            name = names[wire]
            node = self.schemas.field(wire, name, prop, plural, 1)
            if where_in != "body":
                node["in"] = where_in
                if node["type"] == "list" and where_in == "query":
                    raw = next(
                        (p for p in op.params if isinstance(p, dict) and p.get("name") == wire), {}
                    )
                    node["style"] = "comma" if raw.get("explode") is False else "repeat"
                if node["type"] in ("object", "map", "any", "list") and where_in == "header":
                    node = {
                        "type": "string",
                        "in": "header",
                        **({"wire": wire} if wire != name else {}),
                    }
            if prop.required:
                node["required"] = True
            _ask_secret(node, name)
            out[name] = node
        return out

    def _common(self, op: Op, node: dict[str, Any], default_method: str | None) -> None:
        if default_method is not None and op.method != default_method:
            node["method"] = op.method
        since, until = window(op.node)
        self.schemas.put_window(node, since, until)

    def _operations(
        self,
        crud: dict[str, Op],
        data: dict[str, Any],
        listing: tuple[str | None, list[Branch], set[str]] | None,
        create_key: str | None,
        update_key: str | None,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        plural = data["plural"]
        taken = set(path_params(data["path"])) | set(path_params(data.get("item_path", "")))
        defaults = {
            "list": "GET",
            "get": "GET",
            "create": "POST",
            "update": "PATCH",
            "delete": "DELETE",
            "head": "HEAD",
        }
        for role in ("list", "get", "create", "update", "delete", "head"):
            op = crud.get(role)
            if op is None:
                continue
            node: dict[str, Any] = {}
            self._common(op, node, defaults[role])
            self.summary.operations += 1
            body = role in ("create", "update")  # its options join the fields sent
            query = self._params(op, plural, taken | (set(data["fields"]) if body else set()))
            if query and body:
                node["extra_params"] = query
            elif query:
                node["query"] = query
            if role == "list":
                node["paging"] = self._paging(query, listing, data.get("collection_key"))
            if role == "create" and create_key != data["key"]:
                node["request_key"] = create_key
            if role == "update" and update_key != data["key"] and self._request(op) is not None:
                node["request_key"] = update_key
            out[role] = node
        return out

    def _paging(
        self,
        query: dict[str, Any],
        listing: tuple[str | None, list[Branch], set[str]] | None,
        key: str | None,
    ) -> str:
        wires = {q.get("wire", n) for n, q in query.items()}
        others = listing[2] if listing else set()
        guess: dict[str, Any]
        if "marker" in wires:
            guess = {"kind": "marker"}
        elif "offset" in wires:
            guess = {"kind": "offset"}
        elif "page" in wires:
            guess = {"kind": "page"}
        elif f"{key}_links" in others:
            guess = {"kind": "linked", "next": f"{key}_links[rel=next].href"}
        elif "links" in others:
            guess = {"kind": "linked", "next": "links.next"}
        else:
            guess = {"kind": "single"}
        return mark(f"how does the list page: {_PAGING_CHOICES}?", guess)

    def _actions(
        self, ops: list[Op], data: dict[str, Any], plural: str, resource: str
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        base = data.get("item_path") or data["path"]
        for op in sorted(ops, key=lambda o: (o.path, o.method)):
            schema = self._request(op)
            resolved = self.schemas.deref(schema, op.where) if schema is not None else None
            alternatives = resolved.get("oneOf") if isinstance(resolved, dict) else None
            if isinstance(alternatives, list) and discriminator(resolved) == "action":
                for name, branches, since, until in self._split(
                    alternatives, f"{op.where}/requestBody"
                ):
                    self._action(out, op, data, plural, name, name, branches, (since, until))
            else:
                relative = op.path[len(base) :] if op.path.startswith(base + "/") else op.path
                words = _literal(relative) or [op.method.lower(), *path_params(op.path)[-1:]]
                key, branches = (
                    (None, [])
                    if schema is None
                    else self._envelope(schema, f"{op.where}/requestBody")
                )
                self._action(out, op, data, plural, "_".join(words), key, branches, (None, None))
        return out

    def _split(
        self, alternatives: list[Any], where: str
    ) -> list[tuple[str, list[Branch], str | None, str | None]]:
        """One entry per action name of a ``oneOf`` per action: (body key, the branches of
        its body, its window)."""
        found: dict[str, list[tuple[Branch, str | None, str | None]]] = {}
        for i, alt in enumerate(alternatives):
            here = f"{where}/oneOf/{i}"
            node = self.schemas.deref(alt, here)
            leaves = (
                node.get("oneOf")
                if isinstance(node, dict) and discriminator(node) == "microversion"
                else None
            )
            for j, leaf in enumerate(leaves if isinstance(leaves, list) else [alt]):
                leaf_node = self.schemas.deref(leaf, here)
                outer = self.schemas.branches(leaf_node, f"{here}/oneOf/{j}")
                name = action_name(leaf_node) or action_name(node)
                if name is None and outer and len(outer[0].properties) == 1:
                    name = next(iter(outer[0].properties))
                if name is None:
                    continue
                since, until = window(leaf_node)
                for b in outer:
                    found.setdefault(name, []).append((b, since, until))
        out = []
        for name, entries in found.items():
            inner: list[Branch] = []
            for b, since, until in entries:
                body = b.properties.get(name)
                for sub in (
                    self.schemas.branches(body, f"{b.where}/properties/{name}") if body else []
                ):
                    sub.since, sub.until = sub.since or since, sub.until or until
                    inner.append(sub)
            since, until = hull([(s, u) for _, s, u in entries])
            out.append((name, inner, since, until))
        return out

    def _action(
        self,
        out: dict[str, Any],
        op: Op,
        data: dict[str, Any],
        plural: str,
        raw_name: str,
        body_key: str | None,
        branches: list[Branch],
        window_: tuple[str | None, str | None],
    ) -> None:
        name = _free(out, spec_name(raw_name), op.method)
        node: dict[str, Any] = {"method": op.method, "path": op.path}
        self._common(op, node, None)
        self.summary.actions += 1
        self.schemas.put_window(node, *window_)
        params = self._params(op, plural, set(path_params(op.path)), branches)
        if params:
            node["params"] = params
        if body_key:
            printable(body_key, op.where)
            node["body_key"] = body_key
            if not any(p.get("in", "body") == "body" for p in params.values()):
                node["body"] = "key-only"
        ok = _ok(op.node)
        if ok:
            node["ok"] = ok
        self._returns(op, node, data, plural, name)
        if op.method == "POST" and _READ_ONLY_ACTION.search(name):
            node["idempotent"] = mark(
                f"may {name} be sent twice without harm (it reads only)?", True
            )
        out[name] = node

    def _listing(self, out: dict[str, Any], op: Op, data: dict[str, Any], plural: str) -> None:
        """``GET /servers/detail``: the resource's items, listed and paged another way."""
        name = _free(out, spec_name("list_" + op.path.rsplit("/", 1)[-1]), op.method)
        node: dict[str, Any] = {"method": "GET", "path": op.path}
        self._common(op, node, None)
        self.summary.actions += 1
        params = self._params(op, plural, set(path_params(op.path)))
        if params:
            node["params"] = params
        node["returns"] = "pages"
        listed = "list" in data.get("operations", {})
        node["paging"] = "list" if listed else self._paging(params, None, None)
        out[name] = node

    def _returns(
        self, op: Op, node: dict[str, Any], data: dict[str, Any], plural: str, name: str
    ) -> None:
        """What an action answers: the resource (its envelope), a model of its own, the
        decoded JSON (no object schema), or nothing."""
        schema = self._response(op)
        if schema is None:
            node["returns"] = "none"
            return
        key, branches = self._envelope(schema, f"{op.where}/responses")
        merged = merge(branches)
        if key is not None and key == data["key"]:
            node["returns"] = "model"
        elif merged:
            fields = self.schemas.fields(merged, plural, 1)
            node["returns"] = "model"
            if fields != _as_model(data["fields"]):  # else it answers the resource
                node["model"] = self.models.add(plural, f"{name}_result", fields)
            node["response_key"] = key
        else:
            node["returns"] = "raw"

    def _dedup_options(self, data: dict[str, Any]) -> None:
        """Two operations whose options are one class: the later reuses the earlier's
        (lint refuses twin classes)."""
        seen: dict[str, str] = {}
        for role, node in data.get("operations", {}).items():
            params = node.get("query") or None
            if role in ("create", "update"):  # always a class: the fields sent, and extras
                params = {
                    n: f
                    for n, f in data["fields"].items()
                    if not f.get("read_only") and f.get(role, "optional") != "absent"
                } | node.get("extra_params", {})
            _reuse(seen, role, node, params)
        for name, node in data.get("actions", {}).items():
            _reuse(seen, name, node, node.get("params") or None)


_FROM_FIELDS = ("create", "update")


def _reuse(seen: dict[str, str], name: str, node: dict[str, Any], params: Any) -> None:
    if params is None:
        return
    sig = json.dumps(
        {
            n: {k: v for k, v in p.items() if k not in ("doc", *_FROM_FIELDS, "required")}
            | {"required": p.get("required") is True or p.get(name) == "required"}
            for n, p in params.items()
        },
        sort_keys=True,
    )
    first = seen.setdefault(sig, name)
    if first != name:
        for key in ("query", "params", "extra_params"):
            node.pop(key, None)
        node["options"] = first


def _ask_secret(node: dict[str, Any], name: str) -> None:
    """A field or option whose name reads as a secret asks whether it is one."""
    if _SECRET.search(name):
        node["sensitive"] = mark(f"is {name} a secret (masked in every repr)?", True)


def _free(actions: dict[str, Any], base: str, method: str) -> str:
    """An action name from ``base`` that no action of the file and no generated or
    built-in name has: ``base``, ``base_<method>``, ``base_3``, ..."""
    name, n = base, 1
    while name in actions or function_clash(name):
        n += 1
        name = f"{base}_{method.lower()}" if n == 2 else f"{base}_{n}"
    return name


def _as_model(fields: dict[str, Any]) -> dict[str, Any]:
    """A resource's fields as a nested model's (no presence)."""
    presence = ("read_only", "create", "update", "sensitive")
    return {n: {k: v for k, v in f.items() if k not in presence} for n, f in fields.items()}


def _bounds(root: Any) -> set[str]:
    """Every microversion an ``x-openstack`` window of the document names."""
    found: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.update(v for v in window(node) if v)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _sent(request: list[Branch] | None) -> dict[str, Merged]:
    """The members a request body sends: OpenAPI's ``readOnly`` ones are never sent."""
    merged = merge(request) if request else {}
    return {
        wire: prop
        for wire, prop in merged.items()
        if not (isinstance(prop.schema, dict) and prop.schema.get("readOnly") is True)
    }


def _presence(prop: Merged | None) -> str:
    if prop is None:
        return "absent"
    return "required" if prop.required else "optional"
