"""A quick yes/no against a JSON Schema, for the common case: the document is valid.

jsonschema validates a spec in ~5 ms and takes ~0.3 s to import; this compiles a
schema once into plain Python predicates (~0.2 ms a document). It supports exactly
the keywords our schemas use (codegen's spec.schema.json, the runtime's
clouds.schema.json) and refuses to compile any other, so it can only be used where it
is complete. :func:`explain_def` says where and why a document fails, with the same
compiled predicates (clouds.yaml errors use it, so the runtime needs no jsonschema;
codegen still asks jsonschema for its lint messages). Tests check that both give the
same verdict on every spec, on many broken variants of them, and on clouds.yaml
entries, and that the explanations point where jsonschema's best match does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

# keywords that do not constrain a value
_ANNOTATIONS = {
    "$schema",
    "$id",
    "$defs",
    "$comment",
    "title",
    "description",
    "default",
    "examples",
}


class UnsupportedSchema(Exception):
    """The schema uses a keyword this module does not implement."""


def _is_type(value: Any, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float))
    raise UnsupportedSchema(f"type {name!r}")


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: true/false are not 1/0, 1 equals 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
        return False
    return bool(a == b)


class Compiler:
    """Compiles one schema document (with ``$defs`` and local ``$ref``s)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.refs: dict[str, Check] = {}

    def ref(self, pointer: str) -> Check:
        if not pointer.startswith("#/$defs/") or "/" in pointer[len("#/$defs/") :]:
            raise UnsupportedSchema(f"$ref {pointer!r}")
        if pointer not in self.refs:
            holder: list[Check] = []
            self.refs[pointer] = lambda value: holder[0](value)  # recursion-safe forward
            holder.append(self.compile(self.document["$defs"][pointer[len("#/$defs/") :]]))
        return self.refs[pointer]

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return lambda value: True
        if schema is False:
            return lambda value: False
        if not isinstance(schema, dict):
            raise UnsupportedSchema(f"schema {schema!r}")
        checks: list[Check] = []
        for key, arg in schema.items():
            if key in _ANNOTATIONS or key in (
                "properties",
                "additionalProperties",
                "patternProperties",
            ):
                continue
            checks.append(self.keyword(key, arg, schema))
        if (
            "properties" in schema
            or "additionalProperties" in schema
            or "patternProperties" in schema
        ):
            checks.append(self.object_properties(schema))
        if len(checks) == 1:
            return checks[0]
        return lambda value: all(check(value) for check in checks)

    def object_properties(self, schema: dict[str, Any]) -> Check:
        props = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        patterns = [
            (re.compile(p), self.compile(sub))
            for p, sub in schema.get("patternProperties", {}).items()
        ]
        extra = schema.get("additionalProperties", True)
        extra_check = self.compile(extra)
        closed = extra is False

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            for name, item in value.items():
                prop = props.get(name)
                if prop is not None and not prop(item):
                    return False
                matched = False
                for regex, sub in patterns:
                    if regex.search(name) is not None:
                        matched = True
                        if not sub(item):
                            return False
                if prop is None and not matched and (closed or not extra_check(item)):
                    return False
            return True

        return check

    def keyword(self, key: str, arg: Any, schema: dict[str, Any]) -> Check:
        if key == "$ref":
            return self.ref(arg)
        if key == "type":
            names = arg if isinstance(arg, list) else [arg]
            for name in names:
                _is_type(None, name)  # unknown type names fail now, not at use
            return lambda value: any(_is_type(value, name) for name in names)
        if key == "required":
            return lambda value: not isinstance(value, dict) or all(name in value for name in arg)
        if key == "enum":
            return lambda value: any(_equal(value, option) for option in arg)
        if key == "const":
            return lambda value: _equal(value, arg)
        if key == "pattern":
            regex = re.compile(arg)
            return lambda value: not isinstance(value, str) or regex.search(value) is not None
        if key == "minLength":
            return lambda value: not isinstance(value, str) or len(value) >= arg
        if key == "exclusiveMinimum":
            return (
                lambda value: isinstance(value, bool)
                or not isinstance(value, (int, float))
                or value > arg
            )
        if key in ("minimum", "maximum"):

            def bound(value: Any) -> bool:
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    return True
                return bool(value >= arg) if key == "minimum" else bool(value <= arg)

            return bound
        if key == "minItems":
            return lambda value: not isinstance(value, list) or len(value) >= arg
        if key == "uniqueItems":
            if not arg:
                return lambda value: True
            return lambda value: not isinstance(value, list) or all(
                not _equal(a, b) for i, a in enumerate(value) for b in value[i + 1 :]
            )
        if key == "items":
            item = self.compile(arg)
            return lambda value: not isinstance(value, list) or all(item(x) for x in value)
        if key == "propertyNames":
            name_check = self.compile(arg)
            return lambda value: not isinstance(value, dict) or all(name_check(k) for k in value)
        if key == "oneOf":
            options = [self.compile(sub) for sub in arg]
            return lambda value: sum(1 for option in options if option(value)) == 1
        raise UnsupportedSchema(f"keyword {key!r}")


def compile_def(document: dict[str, Any], name: str) -> Check | None:
    """A predicate for ``#/$defs/<name>`` of ``document``, or None when the schema
    uses something this module does not implement (then use jsonschema alone)."""
    try:
        return Compiler(document).ref(f"#/$defs/{name}")
    except UnsupportedSchema:
        return None


class Failure:
    """Where and why a document fails: the first failing keyword, at the deepest
    location that fails on its own (what jsonschema's ``best_match`` points at)."""

    __slots__ = ("path", "keyword", "schema", "value")

    def __init__(
        self, path: tuple[str | int, ...], keyword: str, schema: dict[str, Any], value: Any
    ) -> None:
        #: key path to the failing value; the keyword; the (sub)schema holding it
        #: (``schema[keyword]`` is the keyword's argument); the failing value
        self.path, self.keyword, self.schema, self.value = path, keyword, schema, value

    def __repr__(self) -> str:
        return f"Failure(path={self.path!r}, keyword={self.keyword!r})"


def explain_def(document: dict[str, Any], name: str, value: Any) -> Failure | None:
    """Why ``value`` fails ``#/$defs/<name>`` (None when it passes), using the same
    compiled predicates as :func:`compile_def` (so the verdicts cannot differ)."""
    compiler = Compiler(document)
    try:
        return _explain(compiler, document["$defs"][name], value, ())
    except UnsupportedSchema:
        return None


def _explain(
    compiler: Compiler, schema: Any, value: Any, path: tuple[str | int, ...]
) -> Failure | None:
    if schema is True or not isinstance(schema, dict):
        return None if schema is True else Failure(path, "false", {}, value)
    while "$ref" in schema and set(schema) <= _ANNOTATIONS | {"$ref"}:
        schema = compiler.document["$defs"][schema["$ref"][len("#/$defs/") :]]
    if "type" in schema and not compiler.keyword("type", schema["type"], schema)(value):
        return Failure(path, "type", schema, value)
    if isinstance(value, dict) and (
        "properties" in schema or "patternProperties" in schema or "additionalProperties" in schema
    ):
        props = schema.get("properties", {})
        patterns = [(re.compile(p), sub) for p, sub in schema.get("patternProperties", {}).items()]
        for key, item in value.items():
            subs = ([props[key]] if key in props else []) + [
                s for r, s in patterns if r.search(key)
            ]
            if not subs:
                extra = schema.get("additionalProperties", True)
                if extra is False:
                    return Failure((*path, key), "additionalProperties", schema, item)
                subs = [extra]
            for sub in subs:
                found = _explain(compiler, sub, item, (*path, key))
                if found is not None:
                    return found
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found = _explain(compiler, schema["items"], item, (*path, index))
            if found is not None:
                return found
    for key, arg in schema.items():
        if key in _ANNOTATIONS or key in (
            "type",
            "properties",
            "patternProperties",
            "additionalProperties",
            "items",
        ):
            continue
        if not compiler.keyword(key, arg, schema)(value):
            return Failure(path, key, schema, value)
    return None
