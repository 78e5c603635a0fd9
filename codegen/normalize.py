"""The normalising pass: every default of the spec format, applied once.

It runs after the schema check and before :mod:`build`: afterwards every key the
builder reads is present, so ``build.py`` and the templates read values and never
decide a default. A key that only means something beside another (``paging`` without
``returns: pages``, ``job_id`` without ``returns: job``) is refused here, where it is
still known whether the spec wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .loader import SpecError, SpecFile

#: accepted statuses by method, when an operation names none
DEFAULT_OK: dict[str, list[int]] = {
    "GET": [200, 203],
    "HEAD": [200, 204],
    "POST": [200, 201, 202],
    "PUT": [200, 201, 202, 204],
    "PATCH": [200, 202, 204],
    "DELETE": [200, 202, 204],
    "COPY": [201],
}

#: the standard operations: (role, method, path: "collection" or "item")
CRUD = (
    ("get", "GET", "item"),
    ("head", "HEAD", "item"),
    ("create", "POST", "collection"),
    ("update", "PATCH", "item"),
    ("delete", "DELETE", "item"),
)

Path = tuple[str | int, ...]
Report = Callable[[str, Path], None]


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def normalize(spec: SpecFile) -> list[SpecError]:
    """Fill in every default of ``spec.data`` in place; the errors of keys that mean
    nothing where they are written."""
    errors: list[SpecError] = []

    def report(reason: str, path: Path) -> None:
        errors.append(spec.error(reason, *path))

    d = spec.data
    kind = spec.kind
    if kind == "service":
        service_defaults(d)
    elif kind == "shared":
        _models(d)
    elif kind == "extension":
        _fields(d["fields"])
        _models(d)
        d.setdefault("create_params", {})
        params_defaults(d["create_params"], "body")
    else:
        _resource(d, report)
    return errors


def service_defaults(d: dict[str, Any]) -> None:
    d.setdefault("aliases", [])
    d.setdefault("url_suffix", d["version"])
    d.setdefault("microversion", None)
    d.setdefault("jobs", None)


def field_defaults(node: dict[str, Any], name: str) -> None:
    # which presences the spec wrote itself (lint: an extension cannot extend an operation
    # its base lacks)
    node.setdefault("written", sorted(k for k in ("create", "update") if k in node))
    read_only = node.setdefault("read_only", False)
    node.setdefault("create", "absent" if read_only else "optional")
    node.setdefault("update", "absent" if read_only else "optional")
    _common(node, name)
    node.setdefault("always", False)
    node.setdefault("header", None)
    node.setdefault("header_prefix", None)


def _type(node: dict[str, Any]) -> None:
    """List items and map values are ``any`` unless typed."""
    for key, typ in (("items", "list"), ("values", "map")):
        if node["type"] == typ:
            node.setdefault(key, "any")
            if isinstance(node[key], dict):
                _type(node[key])


def _common(node: dict[str, Any], name: str) -> None:
    """What fields and options share."""
    _type(node)
    node.setdefault("wire", name)
    node.setdefault("doc", "")
    node.setdefault("nullable", False)
    node.setdefault("enum", [])
    node.setdefault("sensitive", False)
    node.setdefault("since", None)
    node.setdefault("until", None)


def _fields(nodes: dict[str, Any]) -> None:
    for name, node in nodes.items():
        field_defaults(node, name)


def params_defaults(nodes: dict[str, Any], location: str) -> None:
    """Options; ``location`` is where an option without ``in:`` goes."""
    for name, node in nodes.items():
        _common(node, name)
        node.setdefault("in", location)
        node.setdefault("required", False)
        node.setdefault("style", "repeat")


def _models(d: dict[str, Any]) -> None:
    d.setdefault("models", {})
    for name, model in d["models"].items():
        if isinstance(model, dict):  # a string is a reference: another model under this name
            model.setdefault("doc", f"The {name} object.")
            _fields(model["fields"])


def _operation(node: dict[str, Any], method: str, path: str) -> None:
    """What every operation and action has."""
    node.setdefault("method", method)
    node.setdefault("path", path)
    node.setdefault("ok", DEFAULT_OK[node["method"]])
    node.setdefault("since", None)
    node.setdefault("until", None)
    node.setdefault("authenticated", True)
    node.setdefault("root", False)
    node.setdefault("options", None)


#: what a key that only means something beside another is when it says nothing
_SILENT: dict[str, Any] = {"paging": None, "checksum_header": None, "job_id": "job_id"}


def _only_with(
    node: dict[str, Any], key: str, ok: bool, reason: str, where: Path, report: Report
) -> None:
    """Refuse ``key`` where it means nothing (``ok`` false), unless it says nothing."""
    if node.get(key, _SILENT[key]) != _SILENT[key] and not ok:
        report(reason, where + (key,))


def _resource(d: dict[str, Any], report: Report) -> None:
    resource = d["resource"]
    fields = d["fields"]
    d.setdefault("id_written", "id" in d)  # lint: a written id must be a field
    d.setdefault("id", "id")  # resources without an id (role assignments) simply have none
    if d["id"] in fields:
        fields[d["id"]].setdefault("always", True)  # every response carries the resource's id
    _fields(fields)
    _models(d)
    d.setdefault("name", None)
    d.setdefault("item_path", f"{d['path']}/{{{snake(resource)}_id}}")
    d.setdefault("key", None)
    d.setdefault("collection_key", None)
    d.setdefault("status", None)
    if d["status"] is not None:
        for key in ("failure", "deleted", "delete_failure"):
            d["status"].setdefault(key, [])
    ops = d.setdefault("operations", {})
    d.setdefault("actions", {})
    _paging_by_name(d, report)
    for role, node in list(ops.items()):
        ops[role] = node = dict(node or {})
        if role == "list":
            list_defaults(node, d)
        else:
            crud_defaults(node, role, d, report)
    for name, node in d["actions"].items():
        action_defaults(node, name, d, report)
    # lint: a find block needs a resource that gets find; a match, the list's name option
    d.setdefault("find_written", "find" in d)
    find = d.setdefault("find", {})
    find.setdefault("match_written", "match" in find)
    find.setdefault("match", "exact")
    query = find.get("query", [])
    find["query"] = [query] if isinstance(query, dict) else list(query)
    find.setdefault("query_is_list", not isinstance(query, dict))


def _paging_by_name(d: dict[str, Any], report: Report) -> None:
    """``paging: <operation>``: the paging of that operation (list or an action) of this file."""
    nodes: dict[str, Any] = dict(d["actions"])
    nodes["list"] = d["operations"].get("list") or {}
    for name, node in nodes.items():
        ref = (node or {}).get("paging")
        if not isinstance(ref, str):
            continue
        target = (nodes.get(ref) or {}).get("paging") if ref != name else None
        where = (
            ("operations", "list")
            if name == "list" and node is nodes["list"]
            else ("actions", name)
        )
        if not isinstance(target, dict):
            report(
                f"paging: {ref!r} names no operation or action of this file with a paging of its own",
                where + ("paging",),
            )
            node["paging"] = {"kind": "single"}
        else:
            node["paging"] = dict(target)


def list_defaults(node: dict[str, Any], d: dict[str, Any]) -> None:
    _operation(node, "GET", d["path"])
    node.setdefault("doc", f"List {d['plural'].replace('_', ' ')}.")
    node.setdefault("key", d["collection_key"])
    node.setdefault("query", {})
    node.setdefault("paging", {"kind": "single"})
    node.setdefault("item_key", None)
    params_defaults(node["query"], "query")


def crud_defaults(node: dict[str, Any], role: str, d: dict[str, Any], report: Report) -> None:
    method, where = next((m, w) for r, m, w in CRUD if r == role)
    _operation(node, method, d["path"] if where == "collection" else d["item_path"])
    resource = snake(d["resource"]).replace("_", " ")
    node.setdefault("doc", f"{pascal(role)} a {resource}.")
    node.setdefault("returns", {"delete": "none", "head": "headers"}.get(role, "model"))
    body = role in ("create", "update")
    node.setdefault("body", "json" if body else "none")
    if node["body"] == "json-patch" and role != "update":
        report("body: json-patch is for update", ("operations", role, "body"))
    node.setdefault("request_key", d["key"] if node["body"] == "json" else None)
    node.setdefault("response_key", d["key"] if node["returns"] == "model" else None)
    node.setdefault("query", {})
    node.setdefault("extra_params", {})
    node.setdefault("response_headers", {})
    node.setdefault("content_type", None)
    node.setdefault("idempotent", False)
    node.setdefault("model", None)
    _only_with(
        node,
        "job_id",
        node["returns"] == "job",
        "job_id is only for returns: job",
        ("operations", role),
        report,
    )
    node.setdefault("job_id", "job_id")  # the member holding the job id (with returns: job)
    params_defaults(node["query"], "query")
    params_defaults(node["extra_params"], "body")


def action_defaults(node: dict[str, Any], name: str, d: dict[str, Any], report: Report) -> None:
    where: Path = ("actions", name)
    _operation(node, node["method"], node["path"])
    node.setdefault("doc", name.replace("_", " ").capitalize() + ".")
    has_body = node["method"] in ("POST", "PUT", "PATCH") and bool(
        node.get("params") or node.get("body_key") or node.get("options")
    )
    node.setdefault("body", "json" if has_body else "none")
    node.setdefault("body_key", None)
    node.setdefault("params", {})
    params_defaults(node["params"], "body" if node["body"] == "json" else "query")
    returns = node.setdefault("returns", "model" if node.get("model") else "none")
    pages = returns == "pages"
    if node.get("model") and returns not in ("model", "list", "pages", "headers"):
        report(
            f"model is only used when returns is model, list, pages or headers (not {returns})",
            where + ("model",),
        )
    if node.get("model") is None and returns in ("model", "list", "pages"):
        node["model"] = d["resource"]
    node.setdefault("model", None)
    listing = returns in ("list", "pages")
    node.setdefault(
        "response_key", d["key"] if returns == "model" else d["collection_key"] if listing else None
    )
    _only_with(node, "paging", pages, "paging is only for returns: pages", where, report)
    node.setdefault("paging", {"kind": "single"} if pages else None)
    node.setdefault("response_headers", {})
    node.setdefault("content_type", None)
    node.setdefault("idempotent", False)
    _only_with(node, "job_id", returns == "job", "job_id is only for returns: job", where, report)
    node.setdefault("job_id", "job_id")  # the member holding the job id (with returns: job)
    stream = returns == "stream"
    _only_with(
        node,
        "checksum_header",
        stream,
        "checksum_header is only for returns: stream",
        where,
        report,
    )
    node.setdefault("checksum_header", None)
