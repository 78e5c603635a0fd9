"""Bounded YAML: a composed node tree to Python values, within limits.

One walk for every YAML file stacksdk reads: clouds.yaml and secure.yaml
(``config/clouds.py``) and the spec files (``codegen/loader.py``). PyYAML's own
constructor shares the object an alias names and recurses without bound, so a
"billion laughs" of a few hundred bytes costs nothing to load and everything to
walk later. Here:

* :func:`compose` reads the single document with a loader from :func:`loader_class`
  (the pure Python composer refusing to nest deeper than ``max_depth``; YAML 1.2
  booleans on request);
* :class:`Walker` expands every alias as a copy and counts it against
  ``max_values``, refuses nesting deeper than ``max_depth`` once aliases are
  expanded (:class:`TooBig`), an alias inside the node it names, tags other than
  YAML's own, numbers longer than :data:`MAX_NUMBER_CHARS` and duplicate keys;
  ``<<`` merge keys on request; positions per key path on request.

What a problem does is :meth:`Walker.problem`'s choice: raise :class:`Refused` at
once (the default), or collect it and go on (the spec linter names every problem of a
file at once). Messages name a line and column, never the file's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import yaml

#: a key path: mapping keys and list indexes from the top
KeyPath = tuple[Any, ...]
#: 1-based line and column
Position = tuple[int, int]

_CORE = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP, _MERGE = (_CORE + name for name in ("str", "seq", "map", "merge"))
NUMBER_TAGS = frozenset((_CORE + "int", _CORE + "float"))
#: the constructors of the scalar tags YAML's core schema resolves (no binary, no python/)
_SCALARS: dict[str, Callable[[Any, yaml.ScalarNode], Any]] = {
    _CORE + name: yaml.constructor.SafeConstructor.yaml_constructors[_CORE + name]
    for name in ("str", "int", "float", "bool", "null", "timestamp")
}
_CONSTRUCTOR = yaml.constructor.SafeConstructor()

#: longest number converted (``int("9" * 10**6)`` takes quadratic time)
MAX_NUMBER_CHARS = 64
FOREIGN_TAG = "tags other than YAML's own are not supported"
NOT_SCALAR_KEY = "a key is a list or a mapping (keys are strings)"
#: :meth:`Walker.key` leaves the entry out (the problem is reported)
SKIP: Any = object()


def position(mark: Any) -> Position:
    """A YAML mark's 1-based line and column ((1, 1) when there is none)."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


class Refused(Exception):
    """Why a file is refused: ``reason`` at ``position``, in the value at ``path``."""

    def __init__(self, reason: str, mark: Any, path: KeyPath = ()) -> None:
        super().__init__(reason)
        self.reason, self.position, self.path = reason, position(mark), path


class TooBig(Refused):
    """Past a limit (values once aliases are expanded, nesting): always raised at once."""


@lru_cache(maxsize=8)
def loader_class(base: type, max_depth: int | None = None, yaml12_booleans: bool = False) -> Any:
    """A subclass of the safe loader ``base``. ``max_depth``: composing deeper raises
    :class:`TooBig` (pure Python composers only: it is theirs that recurses; libyaml's
    stops at 1000 levels on its own). ``yaml12_booleans``: only true/false are
    booleans, so ``enum: [on, off, yes, no]`` stays strings."""

    namespace: dict[str, Any] = {}
    if max_depth is not None:
        if not issubclass(base, yaml.parser.Parser):
            raise ValueError(f"max_depth needs a pure Python composer, not {base.__name__}")

        def compose_node(self: Any, parent: Any, index: Any) -> Any:
            self.depth += 1
            try:
                if self.depth > max_depth:
                    mark = self.peek_event().start_mark
                    raise TooBig(f"nested deeper than {max_depth} levels", mark)
                return base.compose_node(self, parent, index)  # type: ignore[attr-defined]
            finally:
                self.depth -= 1

        namespace.update(depth=0, compose_node=compose_node)
    if yaml12_booleans:
        resolvers = base.yaml_implicit_resolvers.items()  # type: ignore[attr-defined]
        namespace["yaml_implicit_resolvers"] = {
            first: [(tag, regexp) for tag, regexp in pairs if tag != _CORE + "bool"]
            for first, pairs in resolvers
        }
    Loader = type(f"Bounded{base.__name__}", (base,), namespace)
    if yaml12_booleans:
        Loader.add_implicit_resolver(  # type: ignore[attr-defined]
            _CORE + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
        )
    return Loader


def compose(text: str, loader: type) -> yaml.Node | None:
    """The single document of ``text`` as a node tree (None: there is none). Bad YAML
    raises PyYAML's error; nesting too deep raises :class:`TooBig`."""
    instance: Any = loader(text)  # a reader may refuse a character here
    try:
        return instance.get_single_node()  # type: ignore[no-any-return]
    except RecursionError:
        raise TooBig("nested too deep", None) from None
    finally:
        instance.dispose()


def construct(node: yaml.Node) -> Any:
    """A scalar node's value; ValueError saying why it has none: a tag other than
    YAML's own, a number too long, text that is not its type (2024-13-01)."""
    if not isinstance(node, yaml.ScalarNode):
        raise ValueError(NOT_SCALAR_KEY)
    make = _SCALARS.get(node.tag)
    if make is None:
        raise ValueError(FOREIGN_TAG)
    if node.tag == _STR:
        return node.value
    if node.tag in NUMBER_TAGS and len(node.value) > MAX_NUMBER_CHARS:
        raise ValueError(f"a number of more than {MAX_NUMBER_CHARS} characters")
    try:
        return make(_CONSTRUCTOR, node)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):  # 1e999999 ints, month 13
        raise ValueError(f"invalid value for its type {node.tag.rsplit(':', 1)[-1]}") from None


class Walker:
    """Python values from a node tree: :meth:`walk`. One walker per file.

    ``merge_keys``: ``<<: *defaults`` merges mappings (keys given beside it win);
    otherwise a ``<<`` key is a problem. ``as_written(key)``: a number under such a
    key is kept as the text written (``compute_api_version: 2.10`` is not 2.1).
    ``marks``: filled with the position of every key path (a mapping entry's is its
    key's). ``shown(key)``: a key in a message. Subclasses may change :meth:`problem`, :meth:`key` and :meth:`scalar`.
    """

    ALIAS_LOOP = "an alias refers to a value that contains it"

    def __init__(
        self,
        *,
        max_values: int,
        max_depth: int,
        merge_keys: bool = False,
        as_written: Callable[[Any], bool] | None = None,
        marks: dict[KeyPath, Position] | None = None,
        shown: Callable[[Any], str] = repr,
    ) -> None:
        self.max_values, self.max_depth = max_values, max_depth
        self.merge_keys, self.as_written, self.marks = merge_keys, as_written, marks
        self.shown = shown
        self.left = max_values
        self.open: set[int] = set()  # ids of the collections being walked

    def walk(self, node: yaml.Node) -> Any:
        return self.value(node, ())

    # -- hooks --------------------------------------------------------------------

    def problem(self, reason: str, node: yaml.Node, path: KeyPath) -> None:
        """Report a problem of ``node``. A walker that goes on after it makes the value
        None, leaves a bad key's entry out and keeps a duplicate key's later value."""
        raise Refused(reason, node.start_mark, path)

    def key(self, node: yaml.Node, path: KeyPath) -> Any:
        """The key ``node`` gives in the mapping at ``path``, counted as a value; SKIP
        (after reporting why) leaves the entry out."""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(NOT_SCALAR_KEY, node, path)
            return SKIP
        self.charge(node, path)
        key = self.scalar(node, path)
        return SKIP if key is None and node.tag != _CORE + "null" else key

    def scalar(self, node: yaml.ScalarNode, path: KeyPath) -> Any:
        """A scalar's value (None after reporting why it has none)."""
        try:
            return construct(node)
        except ValueError as exc:
            self.problem(str(exc), node, path)
            return None

    # -- the walk -----------------------------------------------------------------

    def charge(self, node: yaml.Node, path: KeyPath) -> None:
        """Count ``node`` as one value at ``path``; raise :class:`TooBig` past a limit."""
        self.left -= 1
        if self.left < 0:
            reason = f"more than {self.max_values} values once aliases are expanded"
            raise TooBig(reason, node.start_mark, path)
        if len(path) > self.max_depth:
            reason = f"nested deeper than {self.max_depth} levels once aliases are expanded"
            raise TooBig(reason, node.start_mark, path)

    def value(self, node: yaml.Node, path: KeyPath) -> Any:
        self.charge(node, path)
        if self.marks is not None:
            self.marks[path] = position(node.start_mark)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        if id(node) in self.open:
            self.problem(self.ALIAS_LOOP, node, path)
            return None
        if node.tag not in (_SEQ, _MAP):
            self.problem(FOREIGN_TAG, node, path)
            return None
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.value(item, (*path, i)) for i, item in enumerate(node.value)]
            return self._mapping(node, path)
        finally:
            self.open.discard(id(node))

    def _mapping(self, node: yaml.Node, path: KeyPath) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                if self.merge_keys:
                    self._merge(value_node, path, merged)
                else:
                    self.problem("'<<' merge keys are not supported", key_node, path)
                continue
            key = self.key(key_node, path)
            if key is SKIP:
                continue
            where = (*path, key)
            if key in out:
                self.problem(f"duplicate key {self.shown(key)}", key_node, where)
            if (
                self.as_written is not None
                and value_node.tag in NUMBER_TAGS
                and isinstance(value_node.value, str)
                and self.as_written(key)
            ):
                self.charge(value_node, where)
                out[key] = value_node.value
            else:
                out[key] = self.value(value_node, where)
            if self.marks is not None:  # an entry is where its key is
                self.marks[where] = position(key_node.start_mark)
        if merged:
            return {**{k: v for k, v in merged.items() if k not in out}, **out}
        return out

    def _merge(self, node: yaml.Node, path: KeyPath, into: dict[Any, Any]) -> None:
        """``<<: *a`` or ``<<: [*a, *b]``: the first source that has a key wins."""
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        for source in sources:
            value = self.value(source, (*path, "<<"))
            if not isinstance(value, dict):
                self.problem("'<<' merges mappings only", source, path)
                continue
            for key, item in value.items():
                into.setdefault(key, item)
