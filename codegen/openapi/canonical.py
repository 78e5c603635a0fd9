"""The canonical form of a spec: what a person writes, defaults left out.

A key is left out when removing it leaves the normalised node unchanged
(``codegen/normalize.py`` decides every default, here as everywhere); keys are put in
the order of docs/spec-format.md. Export writes ``x-stacksdk-*`` keys from this form
(so an export depends only on what a spec means), and the native import writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import normalize as N
from ..loader import SpecFile
from .common import item_type

#: what normalize records about how a spec was written (for lint only)
BOOKKEEPING = frozenset({"written", "id_written", "find_written", "match_written", "query_is_list"})

ORDER = {
    "service": "format service version url_suffix aliases doc microversion jobs",
    "resource": "format resource plural doc path item_path key collection_key id name status "
    "find fields models operations actions",
    "extension": "format extends module resource doc fields models create_params",
    "shared": "format doc models",
    "field": "type items values model wire in required nullable read_only create update enum "
    "default style sensitive header header_prefix always since until doc",
    "operation": "method path doc ok since until authenticated root options query key paging "
    "item_key params extra_params body body_key content_type request_key returns model "
    "response_key response_headers job_id checksum_header idempotent",
}


def copy(value: Any) -> Any:
    """A deep copy of plain data (dicts, lists, scalars)."""
    if isinstance(value, dict):
        return {k: copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy(v) for v in value]
    return value


def strip(value: Any) -> Any:
    """``value`` without normalize's bookkeeping keys."""
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in BOOKKEEPING}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def ordered(node: dict[str, Any], kind: str) -> dict[str, Any]:
    rank = {k: i for i, k in enumerate(ORDER[kind].split())}
    return dict(sorted(node.items(), key=lambda kv: rank.get(kv[0], len(rank))))


def _prune(node: dict[str, Any], full: Any, fill: Callable[[dict[str, Any]], Any]) -> None:
    """Drop each key of ``node`` whose removal leaves ``fill(node)`` equal to ``full``."""
    for key in list(node):
        trial = {k: v for k, v in node.items() if k != key}
        try:
            same = _tidy(strip(fill(copy(trial)))) == full
        except (KeyError, TypeError):  # a key the format requires
            same = False
        if same:
            del node[key]


def _item(node: Any) -> Any:
    """An ``items:``/``values:`` node as a person writes it (a bare scalar type name)."""
    if not isinstance(node, dict):
        return node
    out = dict(node)
    for key, kind in (("items", "list"), ("values", "map")):
        if key in out:
            out[key] = _item(out[key])
            if out["type"] != kind or out[key] == "any":
                del out[key]
    return item_type(ordered(out, "field"))


def _typed(node: dict[str, Any]) -> dict[str, Any]:
    for key in ("items", "values"):
        if key in node:
            node[key] = _item(node[key])
    return node


def fields(nodes: dict[str, Any], id_field: str | None = None) -> dict[str, Any]:
    out = {}
    for name, node in nodes.items():

        def fill(n: dict[str, Any], name: str = name) -> dict[str, Any]:
            if name == id_field:
                n.setdefault("always", True)
            N.field_defaults(n, name)
            return n

        node = _typed(strip(node))
        _prune(node, _tidy(strip(fill(copy(node)))), fill)
        out[name] = ordered(node, "field")
    return out


def _params(nodes: dict[str, Any], location: str) -> dict[str, Any]:
    out = {}
    for name, node in nodes.items():

        def fill(n: dict[str, Any], name: str = name) -> dict[str, Any]:
            N.params_defaults({name: n}, location)
            return n

        node = _typed(strip(node))
        _prune(node, _tidy(strip(fill(copy(node)))), fill)
        out[name] = ordered(node, "field")
    return out


def _models(models: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, model in models.items():
        if isinstance(model, str):
            out[name] = model
            continue
        node = {"doc": model["doc"], "fields": fields(model["fields"])}
        if node["doc"] == f"The {name} object.":
            del node["doc"]
        out[name] = node
    return out


_PARAM_SETS = {"query": "query", "extra_params": "body", "params": None}


def _operation(node: dict[str, Any], fill: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    node = strip(node)
    for key, location in _PARAM_SETS.items():
        if key in node:
            where = location or ("body" if node.get("body") == "json" else "query")
            node[key] = _params(node[key], where)
    full = _tidy(strip(fill(copy(node))))
    _prune(node, full, fill)
    return ordered(node, "operation")


def _tidy(value: Any) -> Any:
    """``value`` with every ``items:``/``values:`` written as a person does (`_item`)."""
    if isinstance(value, list):
        return [_tidy(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _tidy(v) for k, v in value.items()}
    return _typed(out) if isinstance(out.get("type"), str) else out


def canonical(spec: SpecFile) -> dict[str, Any]:
    """The canonical form of a spec whose data is normalised (``normalize(spec)`` ran)."""
    d = _tidy(strip(spec.data))
    full = copy(d)
    kind = spec.kind
    if kind == "service":

        def fill_service(n: dict[str, Any]) -> dict[str, Any]:
            N.service_defaults(n)
            return n

        _prune(d, _tidy(strip(fill_service(copy(d)))), fill_service)
        return ordered(d, "service")
    if "models" in d:
        d["models"] = _models(d["models"])
    if kind == "shared":
        return ordered(d, "shared")
    if kind == "extension":
        d["fields"] = fields(d["fields"])
        d["create_params"] = _params(d["create_params"], "body")
        for key in ("models", "create_params"):
            if not d[key]:
                del d[key]
        return ordered(d, "extension")
    d["fields"] = fields(d["fields"], d["id"])
    ignore: N.Report = lambda reason, path: None  # noqa: E731 (normalize reports nothing new)
    for role, op in d["operations"].items():

        def fill_op(n: dict[str, Any], role: str = role) -> dict[str, Any]:
            if role == "list":
                N.list_defaults(n, full)
            else:
                N.crud_defaults(n, role, full, ignore)
            return n

        d["operations"][role] = _operation(op, fill_op)
    for name, action in d["actions"].items():

        def fill_action(n: dict[str, Any], name: str = name) -> dict[str, Any]:
            N.action_defaults(n, name, full, ignore)
            return n

        d["actions"][name] = _operation(action, fill_action)
    if d["status"] is not None:
        status = d["status"]
        d["status"] = {k: v for k, v in status.items() if k == "field" or v}
    if d["find"]:
        find = d["find"]
        query = find["query"]
        find["query"] = query[0] if len(query) == 1 else query
        d["find"] = {k: v for k, v in find.items() if v and not (k == "match" and v == "exact")}

    def fill(n: dict[str, Any]) -> dict[str, Any]:
        probe = SpecFile(Path(spec.rel), spec.rel, n, {})
        N.normalize(probe)
        return probe.data

    _prune(d, full, fill)
    return ordered(d, "resource")
