"""Rendering: the model through Jinja templates, imports, then black's layout (layout.py).

Output is a mapping of relative path -> file content; the same specs always
give byte-identical content.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import textwrap
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .ir import ModuleDef, ServiceDef
from .layout import layout_all, py_literal, py_tuple
from .loader import SpecError, SpecErrors
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
    env.filters["py"] = py_literal
    env.filters["tuple"] = py_tuple
    env.filters["exploded"] = _exploded
    env.filters["docstring"] = _docstring
    env.filters["attribute_doc"] = _attribute_doc
    env.filters["arg"] = argument
    return env


def _packed_imports(module: str, names: list[str]) -> list[str]:
    """``from module import a, b, ...`` lines that each fit the line length (black
    would explode one long import into one line per name)."""
    lines: list[str] = []
    head = f"from {module} import "
    current: list[str] = []
    for name in names:
        if current and len(head) + len(", ".join([*current, name])) > LINE_LENGTH:
            lines.append(head + ", ".join(current))
            current = []
        current.append(name)
    if current:
        lines.append(head + ", ".join(current))
    return lines


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
            lines += _packed_imports(module, used)
    for line in aliases:
        lines.append(line)
    # sorted by the name written (a user's tree imports the installed ``stacksdk.shared``)
    for module, imported in sorted((m.format(root=root), n) for m, n in extra.items()):
        lines.append(f"from {module} import {', '.join(imported)}")
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
    keys = {
        rel: hashlib.sha256(f"{version}\0{src}".encode()).hexdigest()
        for rel, src in sources.items()
    }
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
                raise RuntimeError(
                    f"generated code for {names} is not valid Python: {exc}"
                ) from exc

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


def _assemble(
    source_rel: str, docstring_body: str, root: str, extra: dict[str, list[str]], aliases: list[str]
) -> str:
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
    template = f"{module.kind}.py.j2"
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


#: attributes of a connection that are its own, not a service's
CONNECTION_OWN = frozenset({"provider", "client", "close"})


def connection_attributes(services: list[ServiceDef], root: str) -> dict[str, Any]:
    """What the typed connection module lists: one attribute per service package (its
    directory's name, ``_<version>`` added when the service has several versions), the
    vendors' services in one namespace each. A name that cannot be an attribute is the
    error of the service's spec."""
    by_owner: dict[str | None, dict[str, list[ServiceDef]]] = {}
    for service in services:
        parts = service.package.split(".")  # ["compute", "v2"], ["huaweicloud", "vpc", "v1"]
        by_owner.setdefault(service.vendor, {}).setdefault(parts[-2], []).append(service)
    errors: list[SpecError] = []

    def attrs(groups: dict[str, list[ServiceDef]]) -> list[dict[str, str]]:
        out = []
        for name, versions in sorted(groups.items()):
            for service in versions:
                attr = name if len(versions) == 1 else f"{name}_{service.package.rsplit('.', 1)[1]}"
                if attr in CONNECTION_OWN or attr in by_owner:
                    errors.append(
                        SpecError(
                            service.spec.rel,
                            1,
                            1,
                            "",
                            f"the connection attribute {attr!r} is taken",
                        )
                    )
                package = f"{root}.{service.package}"
                doc = f"The {service.type} {service.version} client ({package})."
                out.append({"name": attr, "package": package, "doc": doc})
        return out

    namespaces = [
        {
            "name": owner,
            "class_name": owner.title().replace("_", ""),
            "doc": f"{owner}'s own services, each client built on first use.",
            "services": attrs(groups),
        }
        for owner, groups in sorted((o, g) for o, g in by_owner.items() if o is not None)
    ]
    top = attrs(by_owner.get(None, {}))
    if errors:
        raise SpecErrors(errors)
    return {"services": top, "namespaces": namespaces}


def render_connection(services: list[ServiceDef], root: str) -> str:
    body = _env().get_template("connection.py.j2").render(**connection_attributes(services, root))
    return _assemble("specs/", body, root, {}, [])


def render_root(root: str, modules: list[str]) -> str:
    """The root package: its docstring, and ``connect``/``Connection`` loaded on first use."""
    doc = (
        f"{root}: typed clients for OpenStack-compatible clouds, generated from YAML specs.\n\n"
        f'``cloud = {root}.connect("mycloud")`` connects to a clouds.yaml cloud; then import a '
        f"resource module, e.g. ``from {root}.compute.v2 import servers`` and call "
        f"``servers.list(cloud.compute)``. The hand-written core is ``stacksdk.runtime``."
    )
    body = (
        f'"""{_docstring(doc)}"""\n\n'
        "if TYPE_CHECKING:\n"
        f"    from {root}.connection import Connection as Connection\n"
        f"    from {root}.connection import connect as connect\n\n"
        f"MODULES = {_exploded([py_literal(m) for m in modules], 0)}\n\n"
        "__getattr__, __dir__ = lazy_modules(\n"
        '    __name__, MODULES, globals(), {"Connection": "connection", "connect": "connection"}\n'
        ")\n"
    )
    return _assemble("specs/", body, root, {}, [])


def render_all(services: list[ServiceDef], shared: ModuleDef | None, root: str) -> dict[str, str]:
    """Every generated file: relative path -> content."""
    out: dict[str, str] = {"py.typed": ""}
    code: dict[str, str] = {}  # modules before formatting
    sources: dict[str, str] = {}  # module -> the spec it comes from
    tops = sorted({s.package.split(".")[0] for s in services} | {"connection"})
    if shared is not None and not shared.external:
        tops = sorted([*tops, "shared"])
        # the spec itself, installed beside the module: other trees refer to its shapes
        source = shared.spec.source.read_text(encoding="utf-8")
        out["shared.yaml"] = HEADER.format(source=shared.spec.rel) + "\n" + source
    code["__init__.py"] = render_root(root, tops)
    code["connection.py"] = render_connection(services, root)
    if shared is not None and not shared.external:
        code["shared.py"] = render_module(shared, root)
        sources["shared.py"] = shared.spec.rel
    for service in services:
        parents = service.package.split(".")[:-1]  # ["compute"], ["huaweicloud", "vpc"]
        for depth in range(1, len(parents) + 1):
            path = "/".join(parents[:depth])
            if f"{path}/__init__.py" not in out:
                vendor = depth < len(parents)  # "huaweicloud" above "huaweicloud/vpc"
                doc = f"{parents[0]}'s own services." if vendor else f"The {service.type} service."
                spec_dir = "/".join(service.spec.rel.split("/")[:depth]) + "/"
                out[f"{path}/__init__.py"] = render_package(
                    f"{root}.{path.replace('/', '.')}", spec_dir, doc
                )
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
