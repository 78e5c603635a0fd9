"""Rendering: the model through Jinja templates, imports, then black's layout (layout.py).

Output is a mapping of relative path -> file content; the same specs always
give byte-identical content.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import textwrap
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .layout import layout_all, string_literal
from .loader import SpecError, SpecErrors
from .model import ModuleDef, ServiceDef
from .names import IMPORTS, STD_MODULES, argument
from .safety import UnsafeModule, check_module

HEADER = (
    "# Generated from {source} by stacksdk.codegen; do not edit.\n"
    "# Change the spec and run `python -m stacksdk.codegen`."
)
LINE_LENGTH = 100
HEADER_PREFIX = "# Generated from "

# what a generated module may import (names.py); a name is imported when the body uses it
_STD = STD_MODULES  # imported as modules, used as `name.attr`
_FROM = IMPORTS  # module -> names it provides
_STD_FROM = ("collections.abc", "typing")
_NAME = re.compile(r"(?<![.\w])([A-Za-z_]\w*)(\.?)")


def _py(value: Any) -> str:
    """A Python literal for a YAML scalar, deterministic. Only types whose ``repr`` is a
    literal get here: anything else (a YAML date, ``.nan``) is a bug of lint, not code."""
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, (list, tuple)):
        return _tuple(value)
    if value is None or isinstance(value, (bool, int)) or (isinstance(value, float) and math.isfinite(value)):
        return repr(value)
    raise TypeError(f"no Python literal for {value!r} ({type(value).__name__})")


def _tuple(values: Iterable[Any]) -> str:
    items = [_py(v) for v in values]
    if not items:
        return "()"
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def _exploded(items: list[str], indent: int) -> str:
    """A tuple display of source ``items`` as black keeps it: one item inline, more
    exploded one per line with a (magic) trailing comma."""
    if len(items) < 2:
        return f"({items[0]},)" if items else "()"
    pad = " " * indent
    return "(\n" + "".join(f"{pad}    {item},\n" for item in items) + f"{pad})"


def _pad_quotes(text: str, leading: bool = True) -> str:
    """Spaces between the triple quotes and a quote that starts or ends the text, as
    black writes a docstring. A closing one is needed anyway (the string would end a
    quote early); black adds the opening one only to real docstrings (module, class,
    function), not to the string after an attribute."""
    if leading and text.startswith('"'):
        text = " " + text
    return text + " " if text.endswith('"') else text


def _attribute_doc(text: str, indent: int = 0) -> str:
    """The string documenting an attribute (not a docstring to black)."""
    return _docstring(text, indent, leading=False)


# what must not appear as itself inside a docstring: the escape character, three
# quotes or more (they would close the string), and characters that are not printable
# (control, format, line and paragraph separators, surrogates)
_DOC_ESCAPE = re.compile(r'\\|"{3,}|[^\w\s!-~]|[\x00-\x1f\x7f-\x9f\x85\u2028\u2029]')


def _escape_doc(line: str) -> str:
    """One line of docstring text as it goes between the triple quotes."""

    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        if ch == "\\" or ch[0] == '"':
            return "\\" + "\\".join(ch)
        return ch if ch.isprintable() else repr(ch)[1:-1]

    return _DOC_ESCAPE.sub(escape, line)


def _docstring(text: str, indent: int = 0, leading: bool = True) -> str:
    """Wrap a docstring to the line length at ``indent``, then escape each line: the
    escaping comes last, so wrapping can never split an escape sequence."""
    text = str(text).strip()
    width = LINE_LENGTH - indent - 6
    if len(text) <= width and text.isprintable() and "  " not in text:
        lines = [text]  # what textwrap would return, without its cost
    else:
        lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
    return _pad_quotes(("\n" + " " * indent).join(map(_escape_doc, lines)), leading)


@lru_cache(maxsize=1)
def _env() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["py"] = _py
    env.filters["tuple"] = _tuple
    env.filters["exploded"] = _exploded
    env.filters["docstring"] = _docstring
    env.filters["attribute_doc"] = _attribute_doc
    env.filters["arg"] = argument
    return env


def _imports(body: str, root: str, extra: dict[str, list[str]], aliases: list[str]) -> str:
    names: set[str] = set()
    dotted: set[str] = set()  # names used as `name.attr`
    for name, dot in _NAME.findall(body):
        (dotted if dot else names).add(name)
    lines = ["from __future__ import annotations", ""]
    std = [f"import {module}" for module in _STD if module in dotted]
    lines += std
    std_from = False
    for module in _STD_FROM:
        used = [n for n in _FROM[module] if n in names]
        if used:
            lines.append(f"from {module} import {', '.join(used)}")
            std_from = True
    if std or std_from:
        lines.append("")
    if "t" in dotted:
        lines.append("from stacksdk.runtime import types as t")
    if "_wait" in dotted:
        lines.append("from stacksdk.runtime import wait as _wait")
    if "_jobs" in dotted:
        lines.append("from stacksdk.runtime import jobs as _jobs")
    for module, provided in _FROM.items():
        used = [n for n in provided if n in names or n in dotted]
        if used and module not in _STD_FROM:
            lines.append(f"from {module} import {', '.join(used)}")
    for line in aliases:
        lines.append(line)
    for module, imported in sorted(extra.items()):
        lines.append(f"from {root}.{module} import {', '.join(imported)}")
    return "\n".join(lines) + "\n"


def _cache_dir() -> Path | None:
    """Where black's output is cached (``STACKSDK_CODEGEN_CACHE=off`` disables it)."""
    setting = os.environ.get("STACKSDK_CODEGEN_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "stacksdk" / "codegen"


def load_run(key: str) -> dict[str, str] | None:
    """The output of an earlier generator run with the same inputs, if cached."""
    cache = _cache_dir()
    if cache is None:
        return None
    try:
        data = json.loads((cache / "runs" / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def store_run(key: str, files: dict[str, str]) -> None:
    cache = _cache_dir()
    if cache is None:
        return
    try:
        (cache / "runs").mkdir(parents=True, exist_ok=True)
        tmp = cache / "runs" / f"{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(files, sort_keys=True), encoding="utf-8")
        tmp.replace(cache / "runs" / f"{key}.json")
    except OSError:
        pass  # a read-only home is no reason to fail


def black_version() -> str:
    """The installed black's version ("?" without black): part of every cache key."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("black")
    except PackageNotFoundError:
        return "?"


def _black() -> Callable[[str], str]:
    """black bound to our mode (imported only when something needs formatting)."""
    import black
    from black.mode import TargetVersion

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY310})
    return lambda source: black.format_str(source, mode=mode)


def _format_all(sources: dict[str, str]) -> dict[str, str]:
    """Every module as black lays it out (see layout.py), cached by a hash of black's
    version and the module's unformatted text: an unchanged module costs no formatting."""
    cache = _cache_dir()
    version = black_version()
    keys = {rel: hashlib.sha256(f"{version}\0{src}".encode()).hexdigest() for rel, src in sources.items()}
    out: dict[str, str] = {}
    if cache is not None:
        for rel, key in keys.items():
            try:
                out[rel] = (cache / key[:2] / key).read_text(encoding="utf-8")
            except OSError:
                pass
    todo = {rel: src for rel, src in sources.items() if rel not in out}
    if todo:
        black = _black()

        def checked(source: str) -> str:
            try:
                return black(source)
            except Exception as exc:  # a template bug: show it
                names = ", ".join(rel for rel, src in todo.items() if src == source) or "snippets"
                raise RuntimeError(f"generated code for {names} is not valid Python: {exc}") from exc

        for rel, text in layout_all(todo, checked).items():
            out[rel] = text
            if cache is not None:
                key = keys[rel]
                try:
                    (cache / key[:2]).mkdir(parents=True, exist_ok=True)
                    tmp = cache / key[:2] / f"{key}.{os.getpid()}.tmp"
                    tmp.write_text(text, encoding="utf-8")
                    tmp.replace(cache / key[:2] / key)
                except OSError:
                    pass  # a read-only home is no reason to fail
    return {rel: out[rel] for rel in sources}


def _assemble(source_rel: str, docstring_body: str, root: str, extra: dict[str, list[str]], aliases: list[str]) -> str:
    # the body starts with the module docstring; imports go right after it
    body = docstring_body.lstrip()
    end = body.index('"""', 3) + 3
    docstring, code = body[:end], body[end:]
    text = "\n".join(
        [
            HEADER.format(source=source_rel),
            docstring,
            "",
            _imports(code, root, extra, aliases),
            code.strip(),
            "",
        ]
    )
    return text


def render_module(module: ModuleDef, root: str) -> str:
    template = "extension.py.j2" if module.kind == "extension" else "resource.py.j2"
    body = _env().get_template(template).render(module=module, root=root)
    aliases = []
    if module.extends and module.opts:  # the options subclass the base module's
        package, name = module.extends.rsplit(".", 1)
        aliases.append(f"from {root}.{package} import {name} as _{name}")
    return _assemble(module.spec.rel, body, root, module.imports, aliases)


def render_service(service: ServiceDef, root: str) -> str:
    body = _env().get_template("service.py.j2").render(service=service)
    return _assemble(service.spec.rel, body, root, {}, [])


def render_package(package: str, source_rel: str, doc: str) -> str:
    """An ``__init__.py`` of an intermediate package (``stacksdk``, ``stacksdk.identity``)."""
    return f'{HEADER.format(source=source_rel)}\n"""{_docstring(doc)}"""\n'


def render_all(services: list[ServiceDef], root: str) -> dict[str, str]:
    """Every generated file: relative path -> content."""
    out: dict[str, str] = {
        "__init__.py": render_package(
            root,
            "specs/",
            f"{root}: typed clients for OpenStack-compatible clouds, generated from YAML specs.\n\n"
            f"Import a service module, e.g. ``import {root}.identity.v3 as identity``; "
            f"the hand-written core is ``stacksdk.runtime``.",
        ),
        "py.typed": "",
    }
    code: dict[str, str] = {}  # modules before formatting
    sources: dict[str, str] = {}  # module -> the spec it comes from
    for service in services:
        parents = service.package.split(".")[:-1]  # ["compute"], ["huaweicloud", "vpc"]
        for depth in range(1, len(parents) + 1):
            path = "/".join(parents[:depth])
            if f"{path}/__init__.py" not in out:
                vendor = depth < len(parents)  # "huaweicloud" above "huaweicloud/vpc"
                doc = f"{parents[0]}'s own services." if vendor else f"The {service.type} service."
                spec_dir = "/".join(service.spec.rel.split("/")[:depth]) + "/"
                out[f"{path}/__init__.py"] = render_package(f"{root}.{path.replace('/', '.')}", spec_dir, doc)
        base = service.package.replace(".", "/")
        code[f"{base}/__init__.py"] = render_service(service, root)
        sources[f"{base}/__init__.py"] = service.spec.rel
        for module in service.modules:
            code[f"{base}/{module.name}.py"] = render_module(module, root)
            sources[f"{base}/{module.name}.py"] = module.spec.rel
    try:
        out.update(_format_all(code))
    except RuntimeError:  # black refused a module: name its spec
        _checked(code, sources, root)
        raise
    _checked(out, sources, root)
    return out


def _checked(files: dict[str, str], sources: dict[str, str], root: str) -> None:
    """Every module compiles and importing it only defines names (safety.py); a
    module that does not is a spec error of the spec it comes from."""
    errors = []
    for rel, text in files.items():
        if rel.endswith(".py"):
            try:
                check_module(rel, text, root)
            except UnsafeModule as exc:
                spec = sources.get(rel, "specs/")
                errors.append(SpecError(spec, 1, 1, "", f"refused: generated {rel} {exc}"))
    if errors:
        raise SpecErrors(errors)
