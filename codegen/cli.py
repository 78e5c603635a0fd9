"""``python -m stacksdk.codegen``: specs -> generated modules.

    python -m stacksdk.codegen            # regenerate generated/ from specs/
    python -m stacksdk.codegen --check    # exit 1 and name the stale files
    python -m stacksdk.codegen --diff     # show what would change
    python -m stacksdk.codegen --specs ../my-specs   # add your own spec tree
    python -m stacksdk.codegen export-openapi | import-openapi | drift ...   (docs/openapi.md)

Writes only files whose content changed and removes generated files whose
spec is gone (files that start with the generated header and nothing else).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import importlib
import importlib.util
import sys
import time
from pathlib import Path

from .build import build
from .loader import SHARED_FILE, SpecErrors, discover, load_all, load_file
from .names import is_identifier
from .render import HEADER_PREFIX, black_version, load_run, render_all, store_run


def package_map(spec_files: list[str]) -> dict[str, str]:
    """Spec directory (``identity/v3``) -> package (``identity.v3``)."""
    out: dict[str, str] = {}
    for rel in spec_files:
        directory = rel.rsplit("/", 1)[0]
        out[directory] = directory.replace("-", "_").replace("/", ".").replace("..", ".")
    return out


def generate(spec_roots: list[Path], root_package: str = "stacksdk") -> dict[str, str]:
    """Load, lint and render every spec below ``spec_roots``.

    A run whose inputs (every spec file, the generator's own code, templates
    and schema, black's version, the package name) were seen before returns
    its cached output without loading anything: an unchanged tree costs only
    hashing. Failed runs are never cached.
    """
    key = _run_key(spec_roots, root_package)
    cached = load_run(key)
    if cached is not None:
        return cached
    specs = load_all(spec_roots)
    external = builtin_shared(spec_roots)
    if external is not None:
        specs.append(load_file(external, SHARED_FILE))
    services, shared = build(
        specs, package_map([s.rel for s in specs if s.kind != "shared"]), external is not None
    )
    files = render_all(services, shared, root_package)
    store_run(key, files)
    return files


#: the shapes stacksdk itself generates as ``stacksdk.shared`` (specs/shared.yaml)
BUILTIN_SHARED = Path(__file__).resolve().parent.parent / "specs" / SHARED_FILE


def builtin_shared(spec_roots: list[Path]) -> Path | None:
    """The shared shapes a tree without its own ``shared.yaml`` refers to: those of the
    installed stacksdk (its modules import them from ``stacksdk.shared``); None when a
    root has them, or stacksdk's spec tree is not at hand."""
    if any((root / SHARED_FILE).is_file() for root in spec_roots):
        return None
    if BUILTIN_SHARED.is_file():  # a checkout
        return BUILTIN_SHARED
    installed = installed_shared()  # an installed wheel: the copy beside stacksdk.shared
    return installed if installed is not None and installed.is_file() else None


def installed_shared() -> Path | None:
    """``shared.yaml`` as installed with the generated package (codegen writes it there
    beside ``shared.py``, so a user's tree can refer to the shapes without a checkout)."""
    spec = importlib.util.find_spec("stacksdk")
    origin = spec.origin if spec is not None else None
    return Path(origin).with_name(SHARED_FILE) if origin else None


def _run_key(spec_roots: list[Path], root_package: str) -> str:
    digest = hashlib.sha256(f"{root_package}\0{black_version()}\0".encode())
    here = Path(__file__).parent
    for path in sorted(here.rglob("*")):
        if path.suffix in (".py", ".j2", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    for source, rel in discover(spec_roots):
        digest.update(b"\0spec\0" + rel.encode() + b"\0" + source.read_bytes())
    external = builtin_shared(spec_roots)
    if external is not None:
        digest.update(b"\0builtin\0" + external.read_bytes())
    return digest.hexdigest()


def _is_generated(path: Path) -> bool:
    if path.name == "py.typed":
        return True
    try:
        with path.open(encoding="utf-8") as fh:
            return fh.readline().startswith(HEADER_PREFIX)
    except (OSError, UnicodeDecodeError):
        return False


def plan(out_dir: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    """(files to write because new or changed, generated files to remove)."""
    changed = []
    for rel, content in files.items():
        target = out_dir / rel
        try:
            current = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != content:
            changed.append(rel)
    stale = []
    if out_dir.is_dir():
        for path in sorted(out_dir.rglob("*")):
            if (
                path.is_file()
                and path.suffix in (".py", ".typed")
                and "__pycache__" not in path.parts
            ):
                rel = path.relative_to(out_dir).as_posix()
                if rel not in files and _is_generated(path):
                    stale.append(rel)
    return changed, stale


#: the lines of pyproject.toml between which codegen keeps the generated packages' names
PACKAGES_BEGIN = "    # BEGIN generated packages"
PACKAGES_END = "    # END generated packages"


def packages_block(
    pyproject: Path, root_package: str, files: dict[str, str]
) -> tuple[str, str] | None:
    """pyproject.toml's text as it is and as it should be, with the generated packages
    (every directory holding an ``__init__.py``) listed between the BEGIN and END lines;
    None when there is no pyproject.toml or it has no such block (a user's own tree)."""
    if not pyproject.is_file():
        return None
    text = pyproject.read_text(encoding="utf-8")
    begin, end = text.find(PACKAGES_BEGIN), text.find(PACKAGES_END)
    if begin < 0 or end < begin:
        return None
    begin = text.index("\n", begin) + 1
    packages = sorted(
        {
            ".".join([root_package, *rel.split("/")[:-1]])
            for rel in files
            if rel.endswith("__init__.py")
        }
        - {root_package}
    )
    listed = "".join(f'    "{name}",\n' for name in packages)
    return text, text[:begin] + listed + text[end:]


#: what the generator needs beyond the runtime (the ``codegen`` extra)
EXTRA_MODULES = ("jinja2", "jsonschema", "black")


def missing_extra() -> str | None:
    """The first module of the codegen extra that cannot be imported, if any."""
    for name in EXTRA_MODULES:
        if name in sys.modules:
            if sys.modules[name] is None:  # blocked
                return name
            continue
        try:
            if importlib.util.find_spec(name) is None:
                return name
        except (ImportError, ValueError):
            return name
    return None


def print_spec_errors(prog: str, exc: SpecErrors) -> None:
    """Every error of a spec tree on stderr, one per line (``file:line:col: path: reason``)."""
    print(f"{prog}: {len(exc.errors)} spec error(s):", file=sys.stderr)
    for err in exc.errors:
        print(f"  {err}", file=sys.stderr)


#: subcommands: name -> module of codegen.openapi whose ``main(argv)`` runs it
SUBCOMMANDS = {"export-openapi": "export", "import-openapi": "importer", "drift": "drift"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lacking = missing_extra()
    if lacking:
        print(
            f"codegen: the generator needs {lacking!r}, which is not installed: pip install 'stacksdk[codegen]'",
            file=sys.stderr,
        )
        return 2
    if argv and argv[0] in SUBCOMMANDS:
        module = importlib.import_module(f"{__package__}.openapi.{SUBCOMMANDS[argv[0]]}")
        code: int = module.main(argv[1:])
        return code
    parser = argparse.ArgumentParser(prog="stacksdk-codegen", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--root",
        type=Path,
        default=Path.cwd(),
        help="project root holding specs/ and generated/ (default: .)",
    )
    parser.add_argument(
        "--specs",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="another spec tree (repeatable)",
    )
    parser.add_argument("--no-default-specs", action="store_true", help="do not read ROOT/specs")
    parser.add_argument("--out", type=Path, help="output directory (default: ROOT/generated)")
    parser.add_argument(
        "--package", default="stacksdk", help="root package of the output (default: stacksdk)"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if the output is stale"
    )
    mode.add_argument("--diff", action="store_true", help="change nothing; print a unified diff")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)

    if not all(is_identifier(part) for part in args.package.split(".")):
        print(f"codegen: --package {args.package!r} is not a dotted Python name", file=sys.stderr)
        return 2
    roots = [] if args.no_default_specs else [args.root / "specs"]
    roots += args.specs
    for r in roots:
        if not r.is_dir():
            print(f"codegen: spec directory {r} does not exist", file=sys.stderr)
            return 2
    out_dir: Path = args.out or args.root / "generated"
    started = time.perf_counter()
    try:
        files = generate(roots, args.package)
    except SpecErrors as exc:
        print_spec_errors("codegen", exc)
        return 1
    changed, stale = plan(out_dir, files)
    pyproject = args.root / "pyproject.toml"
    block = packages_block(pyproject, args.package, files) if args.out is None else None
    packages_stale = block is not None and block[0] != block[1]
    if args.check or args.diff:
        if args.diff:
            for rel in changed:
                old_path = out_dir / rel
                old = (
                    old_path.read_text(encoding="utf-8").splitlines(True)
                    if old_path.exists()
                    else []
                )
                sys.stdout.writelines(
                    difflib.unified_diff(old, files[rel].splitlines(True), f"a/{rel}", f"b/{rel}")
                )
            for rel in stale:
                print(f"--- a/{rel}\n+++ /dev/null (spec removed)")
        for rel in changed:
            print(f"stale: {out_dir / rel}", file=sys.stderr)
        for rel in stale:
            print(f"orphan (its spec is gone): {out_dir / rel}", file=sys.stderr)
        if packages_stale:
            print(f"stale: {pyproject} (its list of generated packages)", file=sys.stderr)
        if changed or stale or packages_stale:
            print(
                "codegen: generated code is out of date; run `python -m stacksdk.codegen`",
                file=sys.stderr,
            )
            return 1
        if not args.quiet:
            print(f"codegen: {len(files)} files up to date ({time.perf_counter() - started:.2f}s)")
        return 0
    for rel in changed:
        target = out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(files[rel], encoding="utf-8")
        tmp.replace(target)
    for rel in stale:
        (out_dir / rel).unlink()
        parent = (out_dir / rel).parent
        while (
            parent != out_dir
            and parent.is_dir()
            and not any(p for p in parent.iterdir() if p.name != "__pycache__")
        ):
            for cache in parent.glob("__pycache__"):
                for f in cache.iterdir():
                    f.unlink()
                cache.rmdir()
            parent.rmdir()
            parent = parent.parent
    if block is not None and packages_stale:
        tmp = pyproject.with_name(pyproject.name + ".tmp")
        tmp.write_text(block[1], encoding="utf-8")
        tmp.replace(pyproject)
    if not args.quiet:
        print(
            f"codegen: {len(files)} files, {len(changed)} written, {len(stale)} removed"
            f"{', pyproject.toml package list updated' if packages_stale else ''} "
            f"({time.perf_counter() - started:.2f}s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
