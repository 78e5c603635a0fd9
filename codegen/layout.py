"""Black's layout for generated modules, at the cost of formatting only what needs it.

The templates already write black's layout for almost everything: quotes, spacing,
exploded brackets with magic trailing commas. What they cannot know is where a line
longer than the limit must break. Running black over whole modules makes that right
but costs ~0.3 s per module; here black sees only the statements that are too long,
each cut out with just enough context to be formatted exactly as in its module
(the nesting depth, and for an item of an exploded bracket, a bracket of the same
kind around it). All snippets of a run go through black in one call.

Anything this cannot cut out safely (a long line whose brackets do not balance on
it), or whose formatted snippet does not hold the same code, makes the whole module
go through black instead. Equality with black is tested: every generated file, and
modules rendered from specs made to stress the layout, must be unchanged by black.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

LINE_LENGTH = 100
MARKER = "# stacksdk-layout-snippet"
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_OPEN, _CLOSE = "([{", ")]}"
_BLOCK = re.compile(r"(@|def |class |async def )")
_SAME_CODE = re.compile(r"[\s,()]")

Formatter = Callable[[str], str]
"""black over one source text (the caller binds the mode)."""


def string_literal(value: str) -> str:
    """``value`` as a Python string literal the way black writes it: double quotes,
    unless single quotes need fewer backslashes; other escapes as ``repr`` makes them."""

    if value.isprintable() and not any(c in value for c in "\"'\\"):
        return f'"{value}"'

    def body(quote: str) -> str:
        out = []
        for ch in value:
            if ch == "\\" or ch == quote:
                out.append("\\" + ch)
            elif ch.isprintable():
                out.append(ch)
            else:
                out.append(repr(ch)[1:-1])
        return "".join(out)

    double, single = body('"'), body("'")
    if double.count("\\") <= single.count("\\"):
        return f'"{double}"'
    return f"'{single}'"


def py_literal(value: Any) -> str:
    """A Python literal for a YAML scalar, deterministic. Only types whose ``repr`` is a
    literal get here: anything else (a YAML date, ``.nan``) is a bug of lint, not code."""
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, (list, tuple)):
        return py_tuple(value)
    if (
        value is None
        or isinstance(value, (bool, int))
        or (isinstance(value, float) and math.isfinite(value))
    ):
        return repr(value)
    raise TypeError(f"no Python literal for {value!r} ({type(value).__name__})")


def py_tuple(values: Iterable[Any]) -> str:
    items = [py_literal(v) for v in values]
    if not items:
        return "()"
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


class Unsplittable(Exception):
    """A long line this module cannot cut out; format the module whole."""


@dataclass
class _Snippet:
    module: str
    first: int  # index of the first line it replaces
    count: int  # how many lines it replaces
    header: list[str]  # context lines before the code
    code: list[str]
    footer: list[str]  # context lines after the code
    result: list[str] = field(default_factory=list)

    def source(self) -> str:
        return "\n".join(self.header + self.code + self.footer) + "\n"


def _brackets(code: str) -> int:
    """Opening minus closing brackets of one line whose strings were blanked."""
    return sum(map(code.count, _OPEN)) - sum(map(code.count, _CLOSE))


def _scan(lines: list[str]) -> list[tuple[int, str | None]]:
    """For each line: the bracket depth it starts at (-1 inside a triple-quoted string),
    and the line that opened the innermost bracket (None at depth 0)."""
    out: list[tuple[int, str | None]] = []
    openers: list[str] = []
    in_doc = False
    for line in lines:
        if in_doc:
            out.append((-1, None))
            in_doc = line.count('"""') % 2 == 0
            continue
        out.append((len(openers), openers[-1] if openers else None))
        if '"""' in line and line.count('"""') % 2 == 1:
            in_doc = True
            continue
        if "'" in line or '"' in line:
            line = _STRING.sub('""', line)
        delta = _brackets(line)
        if delta > 0:
            openers += [line] * delta
        elif delta < 0:
            del openers[delta:]
    return out


def _structure(text: str) -> tuple[list[tuple[int, int]], list[int]] | None:
    """Depth-0 bracket pairs (open, close) and depth-0 comma positions of one line,
    strings skipped; None when its brackets do not balance."""
    pairs: list[tuple[int, int]] = []
    commas: list[int] = []
    stack: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'":
            m = _STRING.match(text, i)
            if m is None:
                return None
            i = m.end()
            continue
        if ch in _OPEN:
            stack.append(i)
        elif ch in _CLOSE:
            if not stack or _OPEN.index(text[stack[-1]]) != _CLOSE.index(ch):
                return None
            start = stack.pop()
            if not stack:
                pairs.append((start, i))
        elif ch == "," and not stack:
            commas.append(i)
        i += 1
    return (pairs, commas) if not stack else None


# heads the fast path knows black's choice for: `return f(`, `x = f(`, `x: T = (`, `kw=f(`, `f(`, `{`
_HEAD = re.compile(r"(?:return |[\w.]+(?:: [\w.\[\], ]+)? = |\w+=)?(?:[\w.]+)?[({]$")


def _split_fast(text: str, indent: int) -> list[str] | None:
    """Black's split of one too-long line (``text`` without its indentation) for the
    shapes generated code has: a call or display that ends the line, optionally
    followed by a comma. None for anything else: black decides those."""
    pad = " " * indent
    if indent + len(text) <= LINE_LENGTH:
        return [pad + text]
    found = _structure(text)
    if found is None or not found[0]:
        return None
    pairs, commas = found
    start, end = pairs[-1]
    tail = text[end:]
    if tail not in (")", "),", "}", "},") or text[start] == "[":
        return None
    head = text[: start + 1]
    if (
        not _HEAD.fullmatch(head)
        or indent + len(head) > LINE_LENGTH
        or commas not in ([], [len(text) - 1])
    ):
        return None
    body = text[start + 1 : end].strip()
    inner = _structure(body)
    if not body or inner is None:
        return None
    _, item_commas = inner
    bounds = [-1] + item_commas + [len(body)]
    items = [body[a + 1 : b].strip() for a, b in zip(bounds, bounds[1:])]
    trailing = items[-1] == ""
    if trailing:
        items.pop()
    display = not head[:-1] or not (head[-2].isalnum() or head[-2] in "_)]")
    inner_pad = indent + 4
    if len(items) > 1 and (trailing or display):
        pass  # magic trailing comma, or black always explodes a display with commas
    elif inner_pad + len(body) <= LINE_LENGTH:
        return [pad + head, " " * inner_pad + body, pad + tail]
    lines = [pad + head]
    if len(items) == 1:
        # one item: no delimiter to split at, so black splits the item itself
        item = items[0] + ("," if trailing else "")
        shape = _structure(item)
        if shape is None or shape[1] not in ([], [len(item) - 1]):
            return None
        sub = _split_fast(item, inner_pad) if shape[0] else [" " * inner_pad + item]
        if sub is None:
            return None
        lines += sub
    else:
        for item in items:
            shape = _structure(item + ",")
            if shape == ([], [len(item)]):  # an atom: black leaves it, even when long
                lines.append(" " * inner_pad + item + ",")
                continue
            sub = _split_fast(item + ",", inner_pad)
            if sub is None:
                return None
            lines += sub
    return lines + [pad + tail]


def _wrapper(indent: int, opener: str | None) -> tuple[list[str], list[str]]:
    """Header and footer that give a line at ``indent`` the context it has in its module."""
    if opener is None:
        return [" " * (4 * level) + "def _():" for level in range(indent // 4)], []
    outer = len(opener) - len(opener.lstrip())
    head = [" " * (4 * level) + "def _():" for level in range(outer // 4)]
    pad = " " * outer
    stripped = opener.rstrip()
    last = stripped[-1]
    if stripped.lstrip().startswith(("def ", "async def ")):
        return head + [pad + "def _("], [pad + "):", pad + "    pass"]
    if last == "(" and re.search(r"[\w\])]\($", stripped):
        return head + [pad + "_("], [pad + ")"]
    if last in "([{":
        return head + [pad + "_ = " + last], [pad + _CLOSE[_OPEN.index(last)]]
    raise Unsplittable(f"unknown bracket opener {opener!r}")


def _normalize_blank_lines(
    lines: list[str], scan: list[tuple[int, str | None]]
) -> tuple[list[str], list[tuple[int, str | None]]]:
    """Two blank lines around top-level definitions, as black puts them (lines and
    their scan entries)."""
    out: list[str] = []
    out_scan: list[tuple[int, str | None]] = []
    after_block = False  # the previous top-level statement was a def/class
    prev_decorator = False
    for line, entry in zip(lines, scan):
        if entry[0] == 0 and line[:1] not in ("", " ", ")", "]", "}", "#"):
            is_block = bool(_BLOCK.match(line))
            if not prev_decorator and (is_block or after_block):
                while out and out[-1] == "":
                    out.pop()
                    out_scan.pop()
                if out:
                    out += ["", ""]
                    out_scan += [(0, None), (0, None)]
            prev_decorator = line.startswith("@")
            after_block = is_block
        out.append(line)
        out_scan.append(entry)
    return out, out_scan


def _snippets(module: str, lines: list[str], scan: list[tuple[int, str | None]]) -> list[_Snippet]:
    out: list[_Snippet] = []
    for i, line in enumerate(lines):
        if len(line) <= LINE_LENGTH:
            continue
        depth, opener = scan[i]
        if depth < 0:
            continue  # docstring text: black does not break it
        code = _STRING.sub('""', line)
        if _brackets(code) != 0 or (opener is not None and not line.rstrip().endswith(",")):
            raise Unsplittable(f"line {i + 1} is long and does not stand alone")
        indent = len(line) - len(line.lstrip())
        fast = _split_fast(line.strip(), indent)
        if fast is not None:
            out.append(_Snippet(module, i, 1, [], [line], [], fast))
            continue
        header, footer = _wrapper(indent, opener)
        if opener is None and line.rstrip().endswith(":"):  # a def/class line: give it a body
            footer = [" " * (indent + 4) + "pass"]
        out.append(_Snippet(module, i, 1, header, [line], footer))
    return out


def _split_results(formatted: str, snippets: list[_Snippet]) -> None:
    parts = formatted.split(MARKER + "\n")[1:]
    if len(parts) != len(snippets):
        raise Unsplittable("black changed the snippet markers")
    for snippet, part in zip(snippets, parts):
        got = [line for line in part.split("\n")]
        while got and got[-1] == "":
            got.pop()
        body = got[len(snippet.header) : len(got) - len(snippet.footer)]
        if (
            got[: len(snippet.header)] != snippet.header
            or got[len(got) - len(snippet.footer) :] != snippet.footer
        ):
            raise Unsplittable(
                f"black changed the context of {snippet.module} line {snippet.first + 1}"
            )
        before = _SAME_CODE.sub("", "".join(snippet.code))
        after = _SAME_CODE.sub("", "".join(body))
        if before != after or not body:
            raise Unsplittable(
                f"formatted snippet of {snippet.module} line {snippet.first + 1} differs"
            )
        snippet.result = body


def layout_all(sources: dict[str, str], black: Formatter) -> dict[str, str]:
    """Each module laid out as black would; ``black`` is called once for all long
    statements, and once more for each module that could not be cut into snippets."""
    prepared: dict[str, tuple[list[str], list[_Snippet]]] = {}
    whole: list[str] = []
    for name, text in sources.items():
        lines = text.split("\n")
        lines, scan = _normalize_blank_lines(lines, _scan(lines))
        try:
            prepared[name] = (lines, _snippets(name, lines, scan))
        except Unsplittable:
            whole.append(name)
    snippets = [s for _, found in prepared.values() for s in found if not s.result]
    if snippets:
        batch = "".join(f"{MARKER}\n{s.source()}" for s in snippets)
        try:
            _split_results(black(batch), snippets)
        except Exception:  # black refused a snippet, or changed it beyond recognition
            # one snippet broke the batch: fall back to whole modules for all of them
            for name, (_, found) in list(prepared.items()):
                if found:
                    whole.append(name)
                    del prepared[name]
    out: dict[str, str] = {}
    for name, (lines, found) in prepared.items():
        for snippet in reversed(found):
            lines[snippet.first : snippet.first + snippet.count] = snippet.result
        out[name] = "\n".join(lines)
    for name in whole:
        out[name] = black(sources[name])
    return {name: out[name] for name in sources}
