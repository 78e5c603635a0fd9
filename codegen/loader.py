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
from ..runtime.yamlwalk import (
    SKIP,
    KeyPath,
    TooBig,
    Walker,
    compose,
    construct,
    loader_class,
    position,
)
from .names import package_clash

SERVICE_FILE = "_service.yaml"
#: the shapes every service may use (``shared#Link``), at the root of a spec tree
SHARED_FILE = "shared.yaml"
#: a service version's drift allow-list (codegen/openapi/drift.py): no spec
DRIFT_FILE = "_drift.yaml"

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
_Loader: Any = loader_class(getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml12_booleans=True)


def _compose(text: str, rel: str) -> yaml.Node | None:
    try:
        return compose(text, _Loader)
    except TooBig as exc:
        raise SpecErrors([SpecError(rel, 1, 1, "", f"invalid YAML: {exc.reason}")]) from None
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


def _bad_text(text: str, doc: bool) -> str | None:
    """Why ``text`` cannot be in a spec (None: it can)."""
    if doc:
        text = _DOC_WHITESPACE.sub(" ", text)
    m = _BAD_TEXT.search(text)
    if m is None:
        return None
    return f"character {m.group()!r} (U+{ord(m.group()):04X}) is not allowed here: control and format characters are refused"


class _SpecWalker(Walker):
    """The shared bounded walk (runtime/yamlwalk.py), collecting every problem of a
    file as a SpecError; keys and text must be plain strings."""

    ALIAS_LOOP = "an alias refers to a node that contains it"

    def __init__(self, rel: str, errors: list[SpecError], marks: dict[Any, Loc]) -> None:
        super().__init__(max_values=MAX_NODES, max_depth=MAX_DEPTH, marks=marks)
        self.rel, self.errors = rel, errors
        #: the TODO marks met, in order: (where, reason), reported like every spec error
        self.unanswered: list[tuple[KeyPath, str]] = []

    def problem(self, reason: str, node: yaml.Node, path: KeyPath) -> None:
        line, column = position(node.start_mark)
        self.errors.append(SpecError(self.rel, line, column, ".".join(map(str, path)), reason))

    def key(self, node: yaml.Node, path: KeyPath) -> Any:
        try:
            key = construct(node)
        except ValueError as exc:
            self.problem(f"bad key: {exc}", node, path)
            return SKIP
        if isinstance(key, str):
            reason = _bad_text(key, False)
            if reason:
                self.problem(f"key {key!r}: {reason}", node, path)
                return SKIP
            return key
        if not isinstance(key, (int, float, bool)) and key is not None:
            key = repr(key)
        self.problem(f"key {key!r} is not a string", node, path)
        return str(key)

    def scalar(self, node: yaml.ScalarNode, path: KeyPath) -> Any:
        try:
            value = construct(node)
        except ValueError as exc:
            self.problem(f"bad value: {exc}", node, path)
            return None
        if isinstance(value, str):
            reason = _bad_text(value, doc=bool(path) and path[-1] == "doc")
            if reason:
                self.problem(reason, node, path)
            mark = todo_question(value)
            if mark is not None:
                question, suggestion = mark
                hint = f" (suggested: {suggestion})" if suggestion is not None else ""
                self.unanswered.append((path, f"TODO not answered: {question}{hint}"))
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


#: a question left for a person (``import-openapi``'s marks): a string value
#: ``"TODO: <question> [suggest: <YAML>]"``, refused until it is answered
TODO_MARK = "TODO:"
_SUGGESTION = re.compile(r"\s*\[suggest: (.*)\]\Z", re.DOTALL)


def todo_question(value: Any) -> tuple[str, str | None] | None:
    """A mark's question and suggested answer (YAML text, None: no suggestion); None when
    ``value`` is not a mark."""
    if not isinstance(value, str) or not value.startswith(TODO_MARK):
        return None
    text = value[len(TODO_MARK) :].strip()
    found = _SUGGESTION.search(text)
    if found is None:
        return text, None
    return text[: found.start()], found.group(1)


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
    walker = _SpecWalker(rel, errors, marks)
    try:
        data = walker.walk(node) if node is not None else None
    except TooBig as exc:
        raise SpecErrors([SpecError(rel, *exc.position, "", f"too big: {exc.reason}")]) from None
    spec = SpecFile(source, rel, data if isinstance(data, dict) else {}, marks)
    if not isinstance(data, dict):
        errors.append(SpecError(rel, 1, 1, "", "a spec file must be a YAML mapping"))
        raise SpecErrors(errors)
    if walker.unanswered:  # marks are answered first: a placeholder says nothing to the schema
        raise SpecErrors(errors + [spec.error(reason, *path) for path, reason in walker.unanswered])
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
            if source.name != DRIFT_FILE:  # drift allow-lists (codegen/openapi/drift.py)
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
