"""The README's and docs' Python snippets and examples/ type-check as a user's code.

The fenced ```python blocks of README.md and each docs/*.md page, in order,
make one module per page (a later snippet may use what an earlier one of the
same page defined), checked with ``mypy --strict`` against the installed package,
together with examples/*.py and a module importing every public name of
``stacksdk.runtime``.  A snippet that is deliberately not standalone is marked
with ``<!-- not-typechecked: reason -->`` on the line before its fence (keep such
marks rare).  Type-check only: the snippets need a cloud to run
(examples/quickstart.py runs in ``make demo``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import stacksdk.runtime

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
SKIP_MARK = re.compile(r"<!--\s*not-typechecked:\s*(\S.*?)\s*-->")
FENCE = re.compile(r"^(\s*)```(\w*)\s*$")


@dataclass(frozen=True)
class Snippet:
    doc: Path
    line: int
    """1-based line of the opening fence."""
    code: str
    skip_reason: str | None

    @property
    def where(self) -> str:
        return f"{self.doc.relative_to(ROOT)}:{self.line}"


def snippets(doc: Path) -> list[Snippet]:
    """The ```python blocks of a Markdown file, in order."""
    found: list[Snippet] = []
    lines = doc.read_text().splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, lang, start = m.group(1), m.group(2), i
        i += 1
        body: list[str] = []
        while i < len(lines) and not FENCE.match(lines[i]):
            body.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i])
            i += 1
        i += 1  # the closing fence
        if lang == "python":
            mark = SKIP_MARK.search(lines[start - 1]) if start else None
            found.append(
                Snippet(doc, start + 1, "\n".join(body) + "\n", mark.group(1) if mark else None)
            )
    return found


ALL = [s for doc in DOCS for s in snippets(doc)]


def test_snippet_extraction_sees_fences_and_marks(tmp_path: Path) -> None:
    doc = tmp_path / "x.md"
    doc.write_text(
        "text\n```python\na = 1\n```\n```sh\nls\n```\n"
        "<!-- not-typechecked: a fragment -->\n```python\nb\n```\n"
        "* item\n\n  ```python\n  c = 2\n  ```\n"
    )
    got = [(s.line, s.code, s.skip_reason) for s in snippets(doc)]
    assert got == [(2, "a = 1\n", None), (9, "b\n", "a fragment"), (14, "c = 2\n", None)]


def test_the_docs_have_snippets_and_few_are_exempt() -> None:
    assert any(s.doc.name == "README.md" for s in ALL), "the README's usage snippet was not found"
    exempt = [s.where for s in ALL if s.skip_reason]
    assert len(exempt) <= max(
        1, len(ALL) // 5
    ), f"too many snippets marked not-typechecked: {exempt}"


def mypy(files: list[Path]) -> subprocess.CompletedProcess[str]:
    """mypy as `make typecheck` runs it (the project's config: strict, the oldest
    Python; its cache, warm from that run), on files given by path."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--strict",
         "--no-error-summary", *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def doc_modules(tmp_path: Path) -> dict[Path, list[tuple[int, str, int]]]:
    """One module per doc: its snippets in order (a page reads as one session,
    so a later snippet may use what an earlier one defined).  Returns module ->
    [(first module line, doc, doc line of the fence)] per snippet."""
    modules: dict[Path, list[tuple[int, str, int]]] = {}
    for doc in DOCS:
        parts = [s for s in snippets(doc) if not s.skip_reason]
        if not parts:
            continue
        path = tmp_path / f"doc_{doc.stem.lower().replace('-', '_')}.py"
        text, spans = "", []
        for s in parts:
            spans.append((text.count("\n") + 1, str(doc.relative_to(ROOT)), s.line))
            text += s.code
        path.write_text(text)
        modules[path] = spans
    return modules


def test_docs_snippets_and_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """One mypy run over the docs' snippets, examples/ and the public names;
    errors are reported at the snippet's place in its doc."""
    modules = doc_modules(tmp_path)
    public = tmp_path / "public_names.py"
    public.write_text(f"from stacksdk.runtime import {', '.join(stacksdk.runtime.__all__)}\n")
    assert EXAMPLES, "examples/*.py not found"
    proc = mypy([*modules, public, *EXAMPLES])
    out = proc.stdout + proc.stderr

    def where(m: re.Match[str]) -> str:
        line = int(m.group(2))
        start, doc, fence = [span for span in modules[tmp_path / m.group(1)] if span[0] <= line][-1]
        return f"{doc}:{fence + 1 + line - start}"

    out = re.sub(r"^(?:\S*/)?(doc_\w+\.py):(\d+)", where, out, flags=re.M)
    assert proc.returncode == 0, f"mypy --strict failed on the docs' snippets or examples:\n{out}"


@pytest.mark.parametrize("name", sorted(stacksdk.runtime.__all__))
def test_public_runtime_names_resolve(name: str) -> None:
    assert getattr(stacksdk.runtime, name) is not None
