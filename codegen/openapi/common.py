"""What export, import and drift share: spec types <-> JSON Schema, microversion windows
<-> ``x-openstack``, and path templates.

A spec type node is what a field, an option, ``items:`` or ``values:`` holds: ``{type:,
model:, items:, values:, nullable:, enum:, default:}`` (or a bare scalar type name for
items and values). Its JSON Schema (OpenAPI 3.1 is JSON Schema 2020-12):

===============  ==========================================================
spec             JSON Schema
===============  ==========================================================
string           ``{type: string}``
integer          ``{type: integer}``
number           ``{type: number}``
boolean          ``{type: boolean}``
datetime         ``{type: string, format: date-time}``
any              ``{}``
object + model   ``{$ref: ...}`` (the model's component)
object           ``{type: object}``
list             ``{type: array, items: ...}``
map              ``{type: object, additionalProperties: ...}``
nullable         ``type: [..., "null"]``; ``anyOf: [X, {type: "null"}]`` for a $ref or any
enum, default    ``enum`` (with ``null`` when nullable), ``default``
===============  ==========================================================

Microversion windows: our ``since``/``until`` are both inclusive, as upstream's
``x-openstack: {min-ver, max-ver}`` are; :func:`microversion`, :func:`version_key`,
:func:`inverted` and :func:`hull` are the one place that reads and combines them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import yaml

Schema = dict[str, Any]

#: spec scalar type -> JSON Schema
SCALARS: dict[str, Schema] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "datetime": {"type": "string", "format": "date-time"},
    "any": {},
}

NULL: Schema = {"type": "null"}
COMPONENTS = "#/components/schemas/"


def component_ref(name: str) -> Schema:
    """``{$ref: "#/components/schemas/<name>"}``."""
    return {"$ref": COMPONENTS + name}


def to_schema(node: Any, model_ref: Callable[[str], Schema] = component_ref) -> Schema:
    """The JSON Schema of a spec type node (``model_ref`` maps a model name to its schema)."""
    if isinstance(node, str):
        node = {"type": node}
    kind = node["type"]
    schema: Schema
    if kind == "object" and node.get("model"):
        schema = dict(model_ref(node["model"]))
    elif kind == "object":
        schema = {"type": "object"}
    elif kind == "list":
        schema = {"type": "array", "items": to_schema(node.get("items", "any"), model_ref)}
    elif kind == "map":
        schema = {
            "type": "object",
            "additionalProperties": to_schema(node.get("values", "any"), model_ref),
        }
    else:
        schema = dict(SCALARS[kind])
    enum = list(node.get("enum") or [])
    if node.get("nullable"):
        if "type" in schema:
            schema["type"] = [schema["type"], "null"]
        else:
            schema = {"anyOf": [schema, NULL]}
        if enum:
            enum.append(None)
    if enum:
        schema["enum"] = enum
    if "default" in node:
        schema["default"] = node["default"]
    return schema


def _scalar_kind(schema: Mapping[str, Any], kind: str) -> str:
    if kind == "string" and schema.get("format") == "date-time":
        return "datetime"
    return kind if kind in SCALARS else "any"


def from_schema(schema: Any, model_of: Callable[[str], str | None]) -> dict[str, Any]:
    """The spec type node of a JSON Schema (the inverse of :func:`to_schema`); ``model_of``
    maps a ``$ref`` to a model reference (None: the reference is read as ``any``).

    Only what the schema says is returned (``nullable`` only when true, ``enum`` and
    ``default`` only when present); what has no spec type reads as ``any``."""
    if not isinstance(schema, Mapping):
        return {"type": "any"}
    nullable = False
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(alternatives, list) and NULL in alternatives and len(alternatives) == 2:
        nullable = True
        schema = next(s for s in alternatives if s != NULL)
        if not isinstance(schema, Mapping):
            schema = {}
    kind = schema.get("type")
    if isinstance(kind, list):
        nullable = nullable or "null" in kind
        rest = [k for k in kind if k != "null"]
        kind = rest[0] if len(rest) == 1 else None
    node: dict[str, Any]
    ref = schema.get("$ref")
    if isinstance(ref, str):
        model = model_of(ref)
        node = {"type": "object", "model": model} if model else {"type": "any"}
    elif kind == "array":
        node = {"type": "list", "items": from_schema(schema.get("items", {}), model_of)}
    elif kind == "object" and isinstance(schema.get("additionalProperties"), Mapping):
        node = {"type": "map", "values": from_schema(schema["additionalProperties"], model_of)}
    elif kind == "object":
        node = {"type": "object"}
    else:
        node = {"type": _scalar_kind(schema, kind) if isinstance(kind, str) else "any"}
    if nullable:
        node["nullable"] = True
    enum = schema.get("enum")
    if isinstance(enum, list):
        values = [v for v in enum if v is not None]
        if values:
            node["enum"] = values
    if "default" in schema:
        node["default"] = schema["default"]
    return node


def item_type(node: dict[str, Any]) -> Any:
    """An ``items:``/``values:`` node as a person writes it: a bare scalar name when it
    is nothing more."""
    if set(node) == {"type"} and node["type"] in SCALARS:
        return node["type"]
    return node


X_OPENSTACK = "x-openstack"


def window_to_x(since: str | None, until: str | None) -> dict[str, Any]:
    """``{x-openstack: {min-ver, max-ver}}`` for a window (empty when there is none)."""
    x = {k: v for k, v in (("min-ver", since), ("max-ver", until)) if v is not None}
    return {X_OPENSTACK: x} if x else {}


def window_from_x(node: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """``(since, until)`` of a node's ``x-openstack`` keys (None where absent)."""
    x = node.get(X_OPENSTACK)
    if not isinstance(x, Mapping):
        return None, None
    since, until = x.get("min-ver"), x.get("max-ver")
    return (
        since if isinstance(since, str) else None,
        until if isinstance(until, str) else None,
    )


#: a microversion window ``(since, until)``, both inclusive (None: unbounded)
Window = tuple[str | None, str | None]
_MICROVERSION = re.compile(r"[0-9]{1,32}\.[0-9]{1,32}")


def microversion(text: Any) -> tuple[int, int] | None:
    """``(major, minor)`` of a microversion (``"2.53"``); None for anything else."""
    if not isinstance(text, str) or not _MICROVERSION.fullmatch(text):
        return None
    major, minor = text.split(".")
    return int(major), int(minor)


def version_key(text: str) -> tuple[int, int]:
    """A sort key of microversions (anything else sorts as 0.0)."""
    return microversion(text) or (0, 0)


def inverted(window: Window) -> bool:
    """Whether a window ends before it starts (an upstream defect: ``min-ver`` > ``max-ver``)."""
    low, high = microversion(window[0]), microversion(window[1])
    return low is not None and high is not None and low > high


def hull(windows: Iterable[Window]) -> Window:
    """The smallest window holding every one of ``windows``; inverted ones are left out
    (unless all are: then the last one)."""
    given = list(windows)
    usable = [w for w in given if not inverted(w)] or given[-1:]
    if len(usable) <= 1:
        return usable[0] if usable else (None, None)
    lows, highs = [w[0] for w in usable], [w[1] for w in usable]
    low = None if None in lows else min((v for v in lows if v is not None), key=version_key)
    high = None if None in highs else max((v for v in highs if v is not None), key=version_key)
    return low, high


class Dumper(yaml.SafeDumper):
    """Plain YAML: no anchors and aliases (a value written twice is written twice)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(data: Any, dumper: type[yaml.SafeDumper] = Dumper) -> str:
    """YAML text of plain data, keys in their order, any character as itself."""
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)


_TEMPLATE = re.compile(r"\{([^{}/]+)\}")


def path_params(path: str) -> list[str]:
    """The template parameters of a path, in order: ``/a/{x}/b/{y}`` -> ``[x, y]``."""
    return _TEMPLATE.findall(path)
