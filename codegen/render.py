"""Rendering: the model through Jinja templates, imports, then black.

Output is a mapping of relative path -> file content; the same specs always
give byte-identical content.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import textwrap
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import ModuleDef, ServiceDef

HEADER = (
    "# Generated from {source} by stacksdk.codegen; do not edit.\n"
    "# Change the spec and run `python -m stacksdk.codegen`."
)
LINE_LENGTH = 100
HEADER_PREFIX = "# Generated from "

# name -> the import line that provides it; included when the body uses the name
_IMPORTS: list[tuple[str, str, str]] = [
    # (regex, group, line)
    (r"\bbuiltins\.", "std", "import builtins"),
    (r"@dataclasses\.", "std", "import dataclasses"),
    (r"\bdatetime\.datetime\b", "std", "import datetime"),
]
_FROM: dict[str, list[str]] = {
    "typing": ["TYPE_CHECKING", "Any", "ClassVar", "Literal"],
    "stacksdk.runtime.catalog": ["EndpointOpts"],
    "stacksdk.runtime.download": ["Download"],
    "stacksdk.runtime.lazy": ["lazy_modules"],
    "stacksdk.runtime.model": ["Field", "Model", "Opts", "Param"],
    "stacksdk.runtime.operation": ["Operation", "Paging"],
    "stacksdk.runtime.pagination": ["Page", "Pager"],
    "stacksdk.runtime.provider": ["ProviderClient"],
    "stacksdk.runtime.result": ["Result"],
    "stacksdk.runtime.service": ["MicroversionSpec", "ServiceClient", "ServiceSpec"],
    "stacksdk.runtime.types": ["REQUIRED", "UNSET", "BinaryData", "Unset"],
}


def _py(value: Any) -> str:
    """A Python literal for a YAML scalar, deterministic."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, (list, tuple)):
        return _tuple(value)
    return repr(value)


def _tuple(values: Iterable[Any]) -> str:
    items = [_py(v) for v in values]
    if not items:
        return "()"
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def _docstring(text: str, indent: int = 0) -> str:
    """Escape a docstring and wrap it to the line length at ``indent``."""
    text = str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    lines = textwrap.wrap(text, width=LINE_LENGTH - indent - 6, break_on_hyphens=False) or [""]
    return ("\n" + " " * indent).join(lines)


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
    env.filters["docstring"] = _docstring
    return env


def _imports(body: str, root: str, extra: dict[str, list[str]], aliases: list[str]) -> str:
    lines = ["from __future__ import annotations", ""]
    std = [line for regex, _, line in _IMPORTS if re.search(regex, body)]
    lines += std
    typing_names = [n for n in _FROM["typing"] if re.search(rf"\b{n}\b", body)]
    if typing_names:
        lines.append(f"from typing import {', '.join(typing_names)}")
    if std or typing_names:
        lines.append("")
    if re.search(r"\bt\.[A-Za-z_]", body):
        lines.append("from stacksdk.runtime import types as t")
    for module, names in _FROM.items():
        if module == "typing":
            continue
        used = [n for n in names if re.search(rf"(?<![.\w]){n}\b", body)]
        if used:
            lines.append(f"from {module} import {', '.join(used)}")
    for line in aliases:
        lines.append(line)
    for module, names in sorted(extra.items()):
        lines.append(f"from {root}.{module} import {', '.join(names)}")
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


def _format(source: str, rel: str) -> str:
    """black, in-process; outputs are cached by a hash of black's version and the input,
    so an unchanged spec costs no formatting (black's output for an input never varies)."""
    import black
    from black.mode import TargetVersion

    cache = _cache_dir()
    version = getattr(black, "__version__", "?")
    key = hashlib.sha256(f"{version}\0{source}".encode()).hexdigest()
    if cache is not None:
        try:
            return (cache / key[:2] / key).read_text(encoding="utf-8")
        except OSError:
            pass
    try:
        out = black.format_str(
            source, mode=black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY310})
        )
    except Exception as exc:  # a template bug: show where
        raise RuntimeError(f"generated code for {rel} is not valid Python: {exc}") from exc
    if cache is not None:
        try:
            (cache / key[:2]).mkdir(parents=True, exist_ok=True)
            tmp = cache / key[:2] / f"{key}.{os.getpid()}.tmp"
            tmp.write_text(out, encoding="utf-8")
            tmp.replace(cache / key[:2] / key)
        except OSError:
            pass  # a read-only home is no reason to fail
    return out


def _assemble(source_rel: str, docstring_body: str, root: str, extra: dict[str, list[str]], aliases: list[str], out_rel: str) -> str:
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
    return _format(text, out_rel)


def render_module(module: ModuleDef, root: str) -> str:
    template = "extension.py.j2" if module.kind == "extension" else "resource.py.j2"
    body = _env().get_template(template).render(module=module, root=root)
    aliases = []
    if module.extends and module.opts:  # the options subclass the base module's
        package, name = module.extends.rsplit(".", 1)
        aliases.append(f"from {root}.{package} import {name} as _{name}")
    out_rel = f"{module.service.package.replace('.', '/')}/{module.name}.py"
    return _assemble(module.spec.rel, body, root, module.imports, aliases, out_rel)


def render_service(service: ServiceDef, root: str) -> str:
    body = _env().get_template("service.py.j2").render(service=service)
    out_rel = f"{service.package.replace('.', '/')}/__init__.py"
    return _assemble(service.spec.rel, body, root, {}, [], out_rel)


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
    for service in services:
        top = service.package.split(".")[0]
        if f"{top}/__init__.py" not in out:
            out[f"{top}/__init__.py"] = render_package(
                f"{root}.{top}", service.spec.rel.split("/")[0] + "/", f"The {service.type} service."
            )
        base = service.package.replace(".", "/")
        out[f"{base}/__init__.py"] = render_service(service, root)
        for module in service.modules:
            out[f"{base}/{module.name}.py"] = render_module(module, root)
    return out
