"""JSON Schemas of a stranger's document as spec fields and models.

* a schema that is a ``oneOf`` per microversion (``x-openstack: {discriminator:
  microversion}``, each branch with ``min-ver``/``max-ver``) is read branch by branch, and
  each property gets the window of the branches that have it (:func:`merge`);
* wire names become spec names (:func:`spec_name`): the part after the last ``:``
  (``OS-EXT-STS:vm_state`` -> ``vm_state``), camelCase -> snake_case, anything else ->
  ``_``; two wire names that make one Python name are told apart deterministically;
* nested objects become models (:class:`Models`): one class per shape and file, a shape
  of specs/shared.yaml is its ``shared#`` reference, a shape an earlier file of the tree
  already has under the same name is a reference to it.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from typing import Any

from ..names import attribute, class_clash
from .common import (
    SCALARS,
    X_OPENSTACK,
    Window,
    hull,
    inverted,
    item_type,
    microversion,
    window_from_x,
)
from .import_load import Document, OpenAPIError

#: nested objects deeper than this are plain ``object`` fields (a model per level is noise)
MAX_MODEL_DEPTH = 12
MICROVERSION = re.compile(r"[0-9]+\.[0-9]+")


def window(node: Any) -> Window:
    """A node's ``x-openstack`` window; a bound that is no microversion is dropped, and so
    is an inverted window (upstream defects: ``min-ver`` above ``max-ver``)."""
    if not isinstance(node, dict):
        return None, None
    since, until = (v if microversion(v) else None for v in window_from_x(node))
    return (None, None) if inverted((since, until)) else (since, until)


def _x(node: Any, key: str) -> Any:
    x = node.get(X_OPENSTACK) if isinstance(node, dict) else None
    return x.get(key) if isinstance(x, dict) else None


def spec_name(wire: str) -> str:
    """The spec name of a wire name (``OS-EXT-STS:vm_state`` -> ``vm_state``,
    ``imageRef`` -> ``image_ref``); never empty, always ``^[a-z][a-z0-9_]*$``."""
    text = wire.rsplit(":", 1)[-1] or wire
    text = re.sub(r"([A-Z]+)([A-Z][a-z]{2,})", r"\1_\2", text)  # HTTPHeader, not IPv4
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if not text:
        return "field"
    return text if text[0].isalpha() else "f_" + text


def class_name(text: str) -> str:
    """A CamelCase class name from any text (``vip_port`` -> ``VipPort``)."""
    name = "".join(part.capitalize() for part in spec_name(text).split("_"))
    return name if class_clash(name) is None else name + "Model"


def singular(name: str) -> str:
    """``policies`` -> ``policy``, ``listeners`` -> ``listener`` (a guess; ``ss`` stays)."""
    if name.endswith("ies") and len(name) > 3:
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss") and len(name) > 1:
        return name[:-1]
    return name


def unique_names(wires: Iterable[str]) -> dict[str, str]:
    """wire name -> spec name, no two of which make the same Python name: a wire name
    that is its own spec name keeps it, the others are numbered in order."""
    wires = list(wires)
    out: dict[str, str] = {}
    taken: set[str] = set()
    for wire in sorted(wires, key=lambda w: (spec_name(w) != w, w)):
        base = spec_name(wire)
        name, n = base, 1
        while attribute(name) in taken or name in taken:
            n += 1
            name = f"{base}_{n}"
        taken.update((name, attribute(name)))
        out[wire] = name
    return {w: out[w] for w in wires}


def printable(text: str, where: str) -> str:
    if not text or not text.isprintable():
        raise OpenAPIError(where, f"name {text!r} is empty or has unprintable characters")
    return text


@dataclasses.dataclass
class Branch:
    """One microversion branch of an object schema: its properties and window."""

    properties: dict[str, Any]
    required: set[str]
    since: str | None
    until: str | None
    where: str


@dataclasses.dataclass
class Merged:
    """A property over the branches of one or more schemas."""

    schema: Any
    where: str
    since: str | None
    until: str | None
    required: bool


def merge(branches: list[Branch]) -> dict[str, Merged]:
    """Every property of the branches, with the window of the branches that have it (no
    window when every branch has it) and required when every such branch requires it."""
    out: dict[str, Merged] = {}
    having: dict[str, list[Branch]] = {}
    for branch in branches:
        for wire in branch.properties:
            having.setdefault(wire, []).append(branch)
    for wire, found in having.items():
        first = found[-1]  # the newest branch describes it best
        since, until = (
            (None, None) if len(found) == len(branches) else hull((b.since, b.until) for b in found)
        )
        out[wire] = Merged(
            first.properties[wire],
            f"{first.where}/properties/{wire}",
            since,
            until,
            all(wire in b.required for b in found),
        )
    return out


class Models:
    """The models of the imported tree, file by file (see the module's doc)."""

    def __init__(self, prefix: str, shared: dict[str, str]) -> None:
        self.prefix = prefix  # "dns/v2": references to other files are prefix/plural#Name
        self.shared = shared  # signature -> name of specs/shared.yaml's shapes
        self.files: dict[str, dict[str, Any]] = {}  # plural -> models: (fields or reference)
        self.canonical: dict[tuple[str, str], str] = {}  # (plural, local name) -> its class
        self.by_shape: dict[str, dict[str, str]] = {}  # plural -> signature -> local name
        self.owner: dict[tuple[str, str], str] = {}  # (name, signature) -> first plural
        self.deps: dict[str, set[str]] = {}

    def signature(self, plural: str, fields: dict[str, Any]) -> str:
        def canon(node: Any) -> Any:
            if isinstance(node, dict):
                return {
                    k: (self.canonical.get((plural, v), v) if k == "model" else canon(v))
                    for k, v in node.items()
                }
            return node

        return json.dumps(canon(fields), sort_keys=True)

    def _reaches(self, start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            node = todo.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                todo.extend(self.deps.get(node, ()))
        return False

    def add(self, plural: str, hint: str, fields: dict[str, Any]) -> str:
        """The local name of a model of ``plural`` with these fields."""
        models = self.files.setdefault(plural, {})
        shapes = self.by_shape.setdefault(plural, {})
        sig = self.signature(plural, fields)
        if sig in shapes:
            return shapes[sig]
        name = base = class_name(hint)
        n = 1
        while name in models:
            n += 1
            name = f"{base}{n}"
        if sig in self.shared:
            shared = self.shared[sig]
            name = shared if shared not in models else name
            models[name] = f"shared#{shared}"
            self.canonical[(plural, name)] = f"shared#{shared}"
        else:
            owner = self.owner.setdefault((name, sig), plural)
            if owner != plural and not self._reaches(owner, plural):
                models[name] = f"{self.prefix}/{owner}#{name}"
                self.deps.setdefault(plural, set()).add(owner)
            else:
                models[name] = {"fields": fields}
                owner = plural
            self.canonical[(plural, name)] = f"{owner}#{name}"
        shapes[sig] = name
        return name


class Schemas:
    """Reads one document's schemas into spec types, fields and models."""

    def __init__(self, doc: Document, models: Models) -> None:
        self.doc, self.models = doc, models
        self.open: list[str] = []  # the $refs being read (a schema that contains itself)
        self.floor: str | None = None  # the lowest microversion the document names

    def deref(self, schema: Any, where: str) -> Any:
        value, _ = self.doc.deref(schema, where)
        return value

    def branches(self, schema: Any, where: str, depth: int = 0) -> list[Branch]:
        """The object branches of a (request or response) body schema."""
        schema = self.deref(schema, where)
        if not isinstance(schema, dict) or depth > MAX_MODEL_DEPTH:
            return []
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if isinstance(alternatives, list) and alternatives:
            out: list[Branch] = []
            for i, alt in enumerate(alternatives):
                inner = self.branches(alt, f"{where}/oneOf/{i}", depth + 1)
                since, until = window(self.deref(alt, where))
                for b in inner:
                    b.since, b.until = b.since or since, b.until or until
                out.extend(inner)
            return out
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for i, part in enumerate(schema.get("allOf") or []):
            for b in self.branches(part, f"{where}/allOf/{i}", depth + 1):
                properties.update(b.properties)
                required |= b.required
        own = schema.get("properties")
        if isinstance(own, dict):
            properties.update(own)
        if isinstance(schema.get("required"), list):
            required |= {r for r in schema["required"] if isinstance(r, str)}
        if not properties and schema.get("type") not in ("object", None):
            return []
        since, until = window(schema)
        return [Branch(properties, required, since, until, where)]

    def type_of(
        self, schema: Any, where: str, plural: str, hint: str, depth: int = 0
    ) -> dict[str, Any]:
        """The spec type node of ``schema`` (nested objects become models of ``plural``)."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str):
            if ref in self.open:
                raise OpenAPIError(where, f"$ref cycle: a schema contains itself ({ref})")
            self.open.append(ref)
            try:
                return self.type_of(self.doc.at(ref, where), where, plural, hint, depth)
            finally:
                self.open.pop()
        if not isinstance(schema, dict):
            return {"type": "any"}
        nullable = False
        kind = schema.get("type")
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if kind is None and isinstance(alternatives, list) and alternatives:
            resolved = [self.deref(a, where) for a in alternatives]
            real = [a for a in resolved if not (isinstance(a, dict) and a.get("type") == "null")]
            nullable = len(real) < len(resolved)
            if len(real) == 1:
                node = self.type_of(real[0], where, plural, hint, depth)
                return {**node, "nullable": True} if nullable else node
            kinds = {_kind(a) for a in real}
            kind = kinds.pop() if len(kinds) == 1 and not self.branches(schema, where) else None
        if isinstance(kind, list):
            nullable = "null" in kind
            rest = [k for k in kind if k != "null"]
            kind = rest[0] if len(rest) == 1 else None
        if not isinstance(kind, str):
            kind = None
        if kind is None and isinstance(schema.get("properties"), dict):
            kind = "object"
        node = self._node(schema, kind, where, plural, hint, depth)
        if nullable:
            node["nullable"] = True
        self._enum(schema, node)
        return node

    def _node(
        self, schema: dict[str, Any], kind: Any, where: str, plural: str, hint: str, depth: int
    ) -> dict[str, Any]:
        if kind == "array":
            items = self.type_of(
                schema.get("items"), f"{where}/items", plural, singular(hint), depth + 1
            )
            items.pop("nullable", None)
            items.pop("enum", None)
            return {"type": "list", "items": item_type(items)}
        if kind != "object":
            if kind == "string" and schema.get("format") == "date-time":
                return {"type": "datetime"}
            return {"type": kind if kind in SCALARS else "any"}
        if depth < MAX_MODEL_DEPTH:
            branches = self.branches(schema, where, depth)
            if any(b.properties for b in branches):
                fields = self.fields(merge(branches), plural, depth + 1)
                return {"type": "object", "model": self.models.add(plural, hint, fields)}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            values = self.type_of(extra, f"{where}/additionalProperties", plural, hint, depth + 1)
            values.pop("nullable", None)
            values.pop("enum", None)
            return {"type": "map", "values": item_type(values)}
        return {"type": "object"}

    @staticmethod
    def _enum(schema: dict[str, Any], node: dict[str, Any]) -> None:
        enum = schema.get("enum")
        if not isinstance(enum, list) or node["type"] not in ("string", "integer"):
            return
        kind = str if node["type"] == "string" else int
        values = [v for v in enum if v is not None]
        if len(values) < len(enum):
            node["nullable"] = True
        ok = all(
            isinstance(v, str) and v.isprintable() if kind is str else type(v) is int
            for v in values
        )
        if values and ok and len(set(values)) == len(values):
            node["enum"] = values

    def fields(self, merged: dict[str, Merged], plural: str, depth: int) -> dict[str, Any]:
        """A model's fields (no presence: nested models are what they are)."""
        out: dict[str, Any] = {}
        names = unique_names(merged)
        for wire, prop in merged.items():
            node = self.field(wire, names[wire], prop, plural, depth)
            out[names[wire]] = node
        return out

    def field(self, wire: str, name: str, prop: Merged, plural: str, depth: int) -> dict[str, Any]:
        printable(wire, prop.where)
        node = self.type_of(prop.schema, prop.where, plural, name, depth)
        if wire != name:
            node = {"type": node.pop("type"), "wire": wire, **node}
        self.put_window(node, prop.since, prop.until)
        return node

    def put_window(self, node: dict[str, Any], since: str | None, until: str | None) -> None:
        """Write a window (a ``since`` at the document's lowest version says nothing)."""
        if since and since != self.floor:
            node["since"] = since
        if until:
            node["until"] = until


def _kind(schema: Any) -> str | None:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return kind if isinstance(kind, str) else None


def action_name(node: Any) -> str | None:
    name = _x(node, "action-name")
    return name if isinstance(name, str) and name else None


def discriminator(node: Any) -> str | None:
    value = _x(node, "discriminator")
    return value if isinstance(value, str) else None
