"""Reading spec files: YAML with positions, then JSON Schema validation.

Every error names the file, line and column, and the path of the bad key
(``operations.list.paging.kind``), with a one-line reason.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..runtime.fastcheck import Check, compile_def
from .names import package_clash

SERVICE_FILE = "_service.yaml"
#: the shapes every service may use (``shared#Link``), at the root of a spec tree
SHARED_FILE = "shared.yaml"

Loc = tuple[int, int]  # 1-based line, column


@dataclasses.dataclass(frozen=True)
class SpecError:
    file: str
    line: int
    column: int
    path: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.path or '<top>'}: {self.reason}"


class SpecErrors(Exception):
    """One or more spec errors; ``str()`` lists them one per line."""

    def __init__(self, errors: Iterable[SpecError]) -> None:
        self.errors = sorted(
            set(errors), key=lambda e: (e.file, e.line, e.column, e.path, e.reason)
        )
        super().__init__("\n".join(str(e) for e in self.errors))


@dataclasses.dataclass
class SpecFile:
    """One loaded, schema-valid spec file."""

    source: Path  # where it was read from
    rel: str  # "identity/v3/projects.yaml", relative to its spec root
    data: dict[str, Any]
    marks: dict[tuple[str | int, ...], Loc]

    @property
    def kind(self) -> str:
        return kind_of(self.rel, self.data)

    def loc(self, *path: str | int) -> Loc:
        """The position of ``path`` (or of its nearest parent that has one)."""
        p = tuple(path)
        while p and p not in self.marks:
            p = p[:-1]
        return self.marks.get(p, (1, 1))

    def error(self, reason: str, *path: str | int) -> SpecError:
        line, col = self.loc(*path)
        return SpecError(self.rel, line, col, ".".join(str(x) for x in path), reason)


def kind_of(rel: str, data: Any) -> str:
    if rel.endswith("/" + SERVICE_FILE) or rel == SERVICE_FILE:
        return "service"
    if rel == SHARED_FILE:
        return "shared"
    if isinstance(data, dict) and "extends" in data:
        return "extension"
    return "resource"


# libyaml's parser when PyYAML has it (about 10x faster), with the same resolver
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader with YAML 1.2 booleans: only true/false are booleans,
    so ``enum: [on, off, yes, no]`` stays strings. Duplicate keys are caught
    while converting nodes."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _compose(text: str, rel: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except RecursionError:
        raise SpecErrors([SpecError(rel, 1, 1, "", "invalid YAML: nested too deep")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = " ".join(str(getattr(exc, "problem", None) or exc).split())
        reason = reason.removeprefix("did not find ")  # libyaml's wording of the pure parser's
        raise SpecErrors([SpecError(rel, line, col, "", f"invalid YAML: {reason}")]) from None


#: nodes one spec may expand to (aliases included): far above any real spec, far
#: below what an alias bomb costs
MAX_NODES = 200_000
MAX_DEPTH = 64

# characters no spec text may hold: control characters (tab and line breaks only in
# docs), format characters (bidi overrides, zero-width, BOM), line and paragraph
# separators, surrogates
_BAD_TEXT = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff\ufff9-\ufffb]|[\U000110bd\U000110cd\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001-\U000e007f]"
)
_DOC_WHITESPACE = re.compile(r"[\t\n\r]")


class _TooBig(Exception):
    pass


def _bad_text(text: str, doc: bool) -> str | None:
    """Why ``text`` cannot be in a spec (None: it can)."""
    if doc:
        text = _DOC_WHITESPACE.sub(" ", text)
    m = _BAD_TEXT.search(text)
    if m is None:
        return None
    return f"character {m.group()!r} (U+{ord(m.group()):04X}) is not allowed here: control and format characters are refused"


def _scalar(node: yaml.Node, ctor: _Loader) -> Any:
    """A scalar node's value; YAML it cannot be (a date like 2001-13-01) raises ValueError."""
    if not isinstance(node, yaml.ScalarNode):
        raise ValueError(f"expected a scalar, found a {type(node).__name__}")
    try:
        return ctor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        raise ValueError(
            " ".join(str(getattr(exc, "problem", None) or exc).split())[:200]
        ) from None


def _to_python(
    node: yaml.Node,
    path: tuple[str | int, ...],
    marks: dict[tuple[str | int, ...], Loc],
    rel: str,
    errors: list[SpecError],
    ctor: _Loader,
    budget: list[int] | None = None,
    active: frozenset[int] = frozenset(),
) -> Any:
    """The Python value of ``node``, recording positions. Aliases count for what they
    expand to (``budget``: nodes left); an alias inside itself is an error, not a loop."""
    budget = budget if budget is not None else [MAX_NODES]
    budget[0] -= 1
    if budget[0] < 0 or len(path) > MAX_DEPTH:
        raise _TooBig()
    where = (node.start_mark.line + 1, node.start_mark.column + 1)
    marks[path] = where
    if id(node) in active:
        errors.append(
            SpecError(
                rel, *where, ".".join(map(str, path)), "an alias refers to a node that contains it"
            )
        )
        return None
    if isinstance(node, yaml.MappingNode):
        active = active | {id(node)}
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            try:
                key = _scalar(key_node, ctor)
            except ValueError as exc:
                line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                errors.append(
                    SpecError(rel, line, col, ".".join(map(str, path)), f"bad key: {exc}")
                )
                continue
            if isinstance(key, str) and _bad_text(key, False):
                line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                errors.append(
                    SpecError(
                        rel,
                        line,
                        col,
                        ".".join(map(str, path)),
                        f"key {key!r}: {_bad_text(key, False)}",
                    )
                )
                continue
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                key = repr(key)
            if key in out:
                line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                errors.append(
                    SpecError(rel, line, col, ".".join(map(str, path + (key,))), "duplicate key")
                )
            if not isinstance(key, str):
                line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                errors.append(
                    SpecError(
                        rel, line, col, ".".join(map(str, path)), f"key {key!r} is not a string"
                    )
                )
                key = str(key)
            out[key] = _to_python(
                value_node, path + (key,), marks, rel, errors, ctor, budget, active
            )
            # point at the key, which is where a reader looks
            marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        active = active | {id(node)}
        return [
            _to_python(item, path + (i,), marks, rel, errors, ctor, budget, active)
            for i, item in enumerate(node.value)
        ]
    try:
        value = _scalar(node, ctor)
    except ValueError as exc:
        errors.append(SpecError(rel, *where, ".".join(map(str, path)), f"bad value: {exc}"))
        return None
    if isinstance(value, str):
        reason = _bad_text(value, doc=bool(path) and path[-1] == "doc")
        if reason:
            errors.append(SpecError(rel, *where, ".".join(map(str, path)), reason))
    return value


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = (Path(__file__).parent / "spec.schema.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=4)
def _quick_check(kind: str) -> Check | None:
    """The fast yes/no for a spec kind (None: always ask jsonschema)."""
    return compile_def(schema(), kind)


@lru_cache(maxsize=4)
def _validator(kind: str) -> Any:
    import jsonschema

    full = schema()
    sub = {"$schema": full["$schema"], "$ref": f"#/$defs/{kind}", "$defs": full["$defs"]}
    cls = jsonschema.validators.validator_for(sub)
    cls.check_schema(sub)
    return cls(sub)


def _best_reason(error: Any) -> tuple[tuple[str | int, ...], str]:
    """Dig into oneOf/anyOf errors for the most specific message."""
    import jsonschema

    if error.context:
        # an option the value is not even the type of explains nothing (``paging`` is a
        # mapping or an operation's name: a bad mapping is explained as a mapping)
        fitting = [
            e
            for e in error.context
            if not (e.validator == "type" and len(e.absolute_path) == len(error.absolute_path))
        ]
        best = jsonschema.exceptions.best_match(fitting or error.context)
        if best is not None and len(best.absolute_path) >= len(error.absolute_path):
            return tuple(best.absolute_path), _reason(best)
    return tuple(error.absolute_path), _reason(error)


def _reason(error: Any) -> str:
    if error.validator == "additionalProperties":
        return f"unknown key: {error.message.split('(')[-1].rstrip(')')}"
    if error.validator == "required":
        return error.message  # type: ignore[no-any-return]
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(repr, error.validator_value))}"
    if error.validator == "pattern":
        return f"{error.instance!r} does not match {error.validator_value!r}"
    if error.validator == "propertyNames":
        return f"bad name: {error.message}"
    return " ".join(str(error.message).split())[:300]


def _path_error(rel: str) -> str | None:
    """Why a spec cannot live at ``rel`` (its directories become packages, its name a
    module and a comment in generated code); None if it can."""
    *directories, name = rel.split("/")
    if rel == SHARED_FILE:
        return None
    if len(directories) not in (2, 3):
        return (
            f"{rel!r}: a spec lives in <service>/<version>/ (OpenStack) or "
            f"<vendor>/<service>/<version>/ (a vendor's own service), or is the tree's {SHARED_FILE}"
        )
    for i, directory in enumerate(directories):
        clash = package_clash(directory, top=i == 0)
        if clash:
            return clash
    stem = name.removesuffix(".yaml")
    if stem != SERVICE_FILE.removesuffix(".yaml") and not re.fullmatch(r"[a-z][a-z0-9_]*", stem):
        return f"file name {name!r}: a spec file is named after its module (lower-case letters, digits and _)"
    return None


def load_file(source: Path, rel: str) -> SpecFile:
    """Load and validate one file; raise SpecErrors naming every problem."""
    where = _path_error(rel)
    if where:
        raise SpecErrors([SpecError(ascii(rel)[1:-1], 1, 1, "", where)])
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecErrors([SpecError(rel, 1, 1, "", f"cannot read: {exc}")]) from None
    node = _compose(text, rel)
    errors: list[SpecError] = []
    marks: dict[tuple[str | int, ...], Loc] = {}
    try:
        data = _to_python(node, (), marks, rel, errors, _Loader("")) if node is not None else None
    except _TooBig:
        reason = f"too big: more than {MAX_NODES} values once aliases are expanded, or nested deeper than {MAX_DEPTH}"
        raise SpecErrors([SpecError(rel, 1, 1, "", reason)]) from None
    spec = SpecFile(source, rel, data if isinstance(data, dict) else {}, marks)
    if not isinstance(data, dict):
        errors.append(SpecError(rel, 1, 1, "", "a spec file must be a YAML mapping"))
        raise SpecErrors(errors)
    if data.get("format") != 1:
        errors.append(
            spec.error(
                f"unsupported format {data.get('format')!r}; this generator reads format 1",
                "format",
            )
        )
        raise SpecErrors(errors)
    quick = _quick_check(spec.kind)
    if quick is None or not quick(data):  # jsonschema finds and explains what is wrong
        for err in _validator(spec.kind).iter_errors(data):
            path, reason = _best_reason(err)
            errors.append(spec.error(reason, *path))
    if errors:
        raise SpecErrors(errors)
    return spec


def discover(roots: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Every ``*.yaml`` below each root, as (file, path relative to its root)."""
    for root in roots:
        for source in sorted(root.rglob("*.yaml")):
            yield source, source.relative_to(root).as_posix()


def load_all(roots: Iterable[Path]) -> list[SpecFile]:
    """Load every spec below ``roots``; collect all errors before raising."""
    specs: list[SpecFile] = []
    errors: list[SpecError] = []
    for source, rel in discover(roots):
        try:
            specs.append(load_file(source, rel))
        except SpecErrors as exc:
            errors.extend(exc.errors)
    if errors:
        raise SpecErrors(errors)
    return specs
