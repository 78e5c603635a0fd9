"""``python -m stacksdk.codegen import-openapi DOC --service TYPE --version V --out DIR``.

Turns an OpenAPI 3.x document into a spec tree to start a service from:
``DIR/<service>/<version>/_service.yaml`` and one ``<plural>.yaml`` per resource. A
document of ours (``x-stacksdk-format``) is read back exactly by ``native.py``; any
other (upstream OpenStack's) is mapped as docs/openapi.md describes: paths grouped into
resources (``import_group.py``), bodies into fields and models (``import_schema.py``),
and what OpenAPI cannot say left as TODO marks (``import_marks.py``) that lint refuses
until a person answers them.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from ..loader import SHARED_FILE, SpecErrors, load_file
from ..names import package_clash
from . import import_marks
from .import_group import Importer, Summary
from .import_load import Document, OpenAPIError, read
from .import_schema import Models

#: a version directory (the one our references and packages accept)
_VERSION_DIR = "v[0-9][0-9._]*"


def shared_shapes() -> dict[str, str]:
    """Signature -> name of the shapes of stacksdk's specs/shared.yaml (none when it is
    not at hand)."""
    from ..cli import BUILTIN_SHARED, installed_shared

    source = BUILTIN_SHARED if BUILTIN_SHARED.is_file() else installed_shared()
    if source is None or not source.is_file():
        return {}
    try:
        spec = load_file(source, SHARED_FILE)
    except SpecErrors:
        return {}
    models = Models("", {})
    out: dict[str, str] = {}
    for name, model in spec.data.get("models", {}).items():
        fields = {
            k: {key: v for key, v in f.items() if key != "doc"}
            for k, f in model.get("fields", {}).items()
        }
        out[models.signature("", fields)] = name
    return out


def dump(data: dict[str, Any]) -> str:
    """A spec file's text: keys in the order written, one line per mark."""
    text: str = yaml.safe_dump(data, sort_keys=False, width=10_000, allow_unicode=False)
    return text


def summarize(specs: list[Any]) -> Summary:
    """What spec files hold (as the mapping counts it: resources and their own fields)."""
    summary = Summary()
    for data in specs:
        summary.marks += import_marks.count(data)
        if isinstance(data, dict) and "plural" in data:
            summary.resources += 1
            summary.operations += len(data.get("operations") or {})
            summary.actions += len(data.get("actions") or {})
            summary.fields += len(data.get("fields") or {})
    return summary


def import_document(doc: Any, service: str, version: str) -> tuple[dict[str, str], Summary]:
    """{path below DIR: text} of a document, and what it holds."""
    if isinstance(doc, dict) and "x-stacksdk-format" in doc:
        native = importlib.import_module(f"{__package__}.native")  # our own export: exactly
        try:
            files: dict[str, str] = native.import_native(doc, service, version)
        except native.NativeError as exc:
            where, _, reason = str(exc).partition(": ")
            raise OpenAPIError(where.rstrip("/"), reason) from None
        return files, summarize([yaml.safe_load(text) for text in files.values()])
    importer = Importer(Document(doc), service, version, shared_shapes())
    specs = importer.run()
    return {rel: dump(data) for rel, data in specs.items()}, importer.summary


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="stacksdk-codegen import-openapi",
        description="An OpenAPI 3.x document -> a spec tree to start a service from.",
    )
    parser.add_argument("doc", type=Path, help="the document (.yaml, .yml or .json)")
    parser.add_argument("--service", required=True, help="the catalog service type (dns)")
    parser.add_argument("--version", required=True, help="the API version directory (v2)")
    parser.add_argument("--out", required=True, type=Path, help="the spec tree to write into")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    return parser.parse_args(argv)


def _usage(args: argparse.Namespace) -> str | None:
    clash = package_clash(args.service, top=True)
    if clash:
        return f"--service: {clash}"
    if not re.fullmatch(_VERSION_DIR, args.version) or package_clash(args.version, top=False):
        return f"--version {args.version!r}: a version directory is v<digits> (v2, v2_1)"
    if args.doc.suffix.lower() not in (".yaml", ".yml", ".json"):
        return f"{args.doc}: a document is .yaml, .yml or .json"
    return None


def main(argv: list[str]) -> int:
    try:
        args = _arguments(argv)
    except SystemExit as exc:  # argparse has said what is wrong
        return 2 if exc.code else 0
    problem = _usage(args)
    if problem:
        print(f"import-openapi: {problem}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        files, summary = import_document(read(args.doc), args.service, args.version)
    except OpenAPIError as exc:
        print(f"{args.doc}#{exc.pointer}: {exc.reason}", file=sys.stderr)
        return 1
    except SpecErrors as exc:  # an export of ours whose specs codegen refuses
        print(f"{args.doc}: its specs would not lint:\n{exc}", file=sys.stderr)
        return 1
    existing = sorted(rel for rel in files if (args.out / rel).exists())
    if existing and not args.force:
        for rel in existing:
            print(f"import-openapi: {args.out / rel} exists (--force overwrites)", file=sys.stderr)
        return 1
    try:
        for rel, text in files.items():
            target = args.out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"import-openapi: cannot write {args.out}: {exc}", file=sys.stderr)
        return 1
    print(
        f"{args.doc.name}: {len(files)} files in {args.out}: {summary} "
        f"({time.perf_counter() - started:.1f} s)"
    )
    for note in summary.skipped:
        print(f"  left out: {note}")
    if summary.marks:
        print(f"answer the {summary.marks} TODO marks (lint names each), then generate")
    return 0
