"""Reading an OpenAPI document from a stranger, within limits, and following its ``$ref``s.

The document is read by the same bounded walk as specs (``runtime/yamlwalk.py``): a
size cap, a cap on values once YAML aliases are expanded and on nesting, no tags but
YAML's own. ``$ref`` is followed only inside the document (``#/...``), and a chain of
references that comes back to itself is refused. Every error names the JSON pointer of
what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ...runtime.yamlwalk import KeyPath, Refused, Walker, compose, loader_class

#: bytes a document may have (upstream compute is 3.3 MB)
MAX_BYTES = 32 * 1024 * 1024
#: values once aliases are expanded (upstream compute has about 150,000)
MAX_VALUES = 2_000_000
#: nesting (upstream documents nest about 20 levels)
MAX_DEPTH = 64
#: ``$ref``s followed in one chain before it is called too long
MAX_REF_CHAIN = 64

_Loader: Any = loader_class(getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml12_booleans=True)


class OpenAPIError(Exception):
    """A document the importer cannot read: ``pointer`` (a JSON pointer) and ``reason``."""

    def __init__(self, pointer: str, reason: str) -> None:
        super().__init__(f"#{pointer}: {reason}")
        self.pointer, self.reason = pointer, reason


def pointer(path: KeyPath) -> str:
    """The JSON pointer of a key path (``("paths", "/v2/zones")`` -> ``/paths/~1v2~1zones``)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


class _DocWalker(Walker):
    """Keys that YAML reads as numbers (``200:``) are the text written."""

    def key(self, node: yaml.Node, path: KeyPath) -> Any:
        key = super().key(node, path)
        return key if isinstance(key, str) else str(node.value)


def _check_json(value: Any) -> None:
    """The walk's limits for a document read as JSON (no aliases: a plain count)."""
    stack: list[tuple[Any, KeyPath]] = [(value, ())]
    left = MAX_VALUES
    while stack:
        item, path = stack.pop()
        left -= 1
        if left < 0:
            raise OpenAPIError(pointer(path), f"more than {MAX_VALUES} values")
        if len(path) > MAX_DEPTH:
            raise OpenAPIError(pointer(path), f"nested deeper than {MAX_DEPTH} levels")
        if isinstance(item, dict):
            stack.extend((v, (*path, k)) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(item))


def _duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise OpenAPIError("", f"duplicate key {key!r}")
        out[key] = value
    return out


def parse(text: str, json_syntax: bool) -> Any:
    """A document's value from its text; OpenAPIError naming where it is not readable."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise OpenAPIError("", f"larger than {MAX_BYTES} bytes")
    if json_syntax:
        try:
            value = json.loads(text, object_pairs_hook=_duplicates)
        except RecursionError:
            raise OpenAPIError("", "nested too deep") from None
        except ValueError as exc:  # JSONDecodeError, and numbers too long to convert
            raise OpenAPIError("", f"invalid JSON: {exc}") from None
        _check_json(value)
        return value
    try:
        node = compose(text, _Loader)
        if node is None:
            raise OpenAPIError("", "the document is empty")
        return _DocWalker(max_values=MAX_VALUES, max_depth=MAX_DEPTH).walk(node)
    except Refused as exc:
        line, column = exc.position
        raise OpenAPIError(
            pointer(exc.path), f"{exc.reason} (line {line}, column {column})"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        reason = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise OpenAPIError("", f"invalid YAML: {reason}{where}") from None


def read(path: Path) -> Any:
    """The document at ``path`` (``.json``: JSON, else YAML)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise OpenAPIError("", f"larger than {MAX_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OpenAPIError("", f"cannot read {path.name}: {exc}") from None
    return parse(text, json_syntax=path.suffix.lower() == ".json")


class Document:
    """A parsed document whose local ``$ref``s can be followed."""

    def __init__(self, root: Any) -> None:
        if not isinstance(root, dict):
            raise OpenAPIError("", "an OpenAPI document is a mapping")
        version = root.get("openapi")
        if not isinstance(version, str) or not version.startswith("3."):
            raise OpenAPIError("/openapi", f"not an OpenAPI 3.x document (openapi: {version!r})")
        if not isinstance(root.get("paths"), dict):
            raise OpenAPIError("/paths", "the document has no paths mapping")
        self.root = root

    def at(self, ref: str, where: str) -> Any:
        """The value a local reference ``#/a/b`` names."""
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise OpenAPIError(where, f"$ref {ref!r}: only references inside the document (#/...)")
        value: Any = self.root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            else:
                raise OpenAPIError(where, f"$ref {ref!r} names nothing in the document")
        return value

    def deref(self, value: Any, where: str) -> tuple[Any, tuple[str, ...]]:
        """``value`` with its ``$ref`` chain followed, and the references followed (a
        chain that comes back to itself is refused)."""
        chain: list[str] = []
        while isinstance(value, dict) and "$ref" in value:
            ref = value["$ref"]
            if ref in chain or len(chain) >= MAX_REF_CHAIN:
                raise OpenAPIError(where, "$ref cycle: " + " -> ".join([*chain, str(ref)]))
            chain.append(ref)
            value = self.at(ref, where)
        return value, tuple(chain)

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any], list[Any]]]:
        """(path, method, operation, the path item's parameters) for every operation."""
        for path, item in self.root["paths"].items():
            where = pointer(("paths", path))
            item, _ = self.deref(item, where)
            if not isinstance(item, dict):
                raise OpenAPIError(where, "a path item is a mapping")
            shared = item.get("parameters") or []
            for method in ("get", "put", "post", "delete", "patch", "head"):
                op = item.get(method)
                if op is None:
                    continue
                op, _ = self.deref(op, f"{where}/{method}")
                if not isinstance(op, dict):
                    raise OpenAPIError(f"{where}/{method}", "an operation is a mapping")
                yield path, method, op, shared if isinstance(shared, list) else []
