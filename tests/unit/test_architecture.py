"""The runtime's shape, checked from its source: the rules a newcomer relies on when
reading it, kept true by CI rather than by review.

- No import cycle among runtime modules, function-level imports included (only
  ``if TYPE_CHECKING:`` imports, which never run, are left out).
- No module assigns attributes of an object it was handed: ``self.x = ...`` and
  attributes of objects a function created itself are fine; ``provider.signer = ...``
  on someone else's object is not (state changes go through that object's methods).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RUNTIME = REPO / "runtime"
PACKAGE = "stacksdk.runtime"

#: (module, dotted target) assignments to objects the module does not own, each with
#: the reason it must stay: third-party objects whose API is attribute assignment
ALLOWED_ASSIGNMENTS: dict[tuple[str, str], str] = {}


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every .py file below runtime/."""
    out: dict[str, Path] = {}
    for path in sorted(RUNTIME.rglob("*.py")):
        parts = list(path.relative_to(RUNTIME).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join([PACKAGE, *parts])] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: at module level, in functions, in
    try/if blocks; not those under ``if TYPE_CHECKING:``."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _targets(
    module: str, path: Path, node: ast.Import | ast.ImportFrom, known: set[str]
) -> set[str]:
    """The runtime modules an import statement loads (its package's __init__ aside)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in known}
    if node.level:
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for _ in range(node.level - 1):
            package = package.rsplit(".", 1)[0]
        base = f"{package}.{node.module}" if node.module else package
    else:
        base = node.module or ""
    found = set()
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        if sub in known:  # `from . import errors`: the submodule itself
            found.add(sub)
        elif base in known and base != PACKAGE:
            found.add(base)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        edges: set[str] = set()
        for node in _runtime_imports(tree):
            edges |= _targets(name, path, node, known)
        edges.discard(name)
        graph[name] = edges
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    item = stack.pop()
                    on_stack.discard(item)
                    component.append(item)
                    if item == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_graph_sees_function_level_imports() -> None:
    graph = _graph()
    assert len(graph) > 20 and all(name.startswith(PACKAGE) for name in graph)
    tree = ast.parse("def f():\n    from .b import x\nif TYPE_CHECKING:\n    from .c import y\n")
    imports = list(_runtime_imports(tree))
    assert [i.module for i in imports if isinstance(i, ast.ImportFrom)] == ["b"]


def test_no_import_cycle_among_runtime_modules() -> None:
    cycles = _cycles(_graph())
    assert not cycles, "import cycles (function-level imports count): " + "; ".join(
        " <-> ".join(c) for c in cycles
    )


def _owned_names(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names a function binds itself (plain assignments, loops, with/except targets),
    minus its parameters: objects it created or took apart, not ones it was handed."""
    params = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
    params |= {a.arg for a in (func.args.vararg, func.args.kwarg) if a is not None}
    owned: set[str] = {"self", "cls"}
    for node in ast.walk(func):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = [t for t in node.targets if isinstance(t, ast.Name)]
            if not all(isinstance(v, ast.Call) for v in [node.value]):
                continue  # `x = param` aliases a handed object: not created here
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if not isinstance(node.value, ast.Call):
                continue
            targets = [node.target]
        owned |= {t.id for t in targets if isinstance(t, ast.Name)}
    return owned - (params - {"self", "cls"})


def _root(node: ast.expr) -> tuple[str | None, int]:
    """The name an attribute chain starts from, and the chain's length."""
    depth = 0
    while isinstance(node, ast.Attribute):
        node = node.value
        depth += 1
    return (node.id if isinstance(node, ast.Name) else None), depth


def _foreign_assignments(source: str, module: str) -> list[str]:
    tree = ast.parse(source)
    found: list[str] = []
    functions = [
        n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    for func in functions:
        owned = _owned_names(func)
        for node in ast.walk(func):
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
                targets = [node.target]
            else:
                continue
            for target in targets:
                for t in ast.walk(target) if isinstance(target, ast.Tuple) else [target]:
                    if not isinstance(t, ast.Attribute):
                        continue
                    root, depth = _root(t)
                    if root in ("self", "cls") and depth == 1:
                        continue  # its own state
                    if root in owned and root not in ("self", "cls") and depth == 1:
                        continue  # an object this function created
                    dotted = ast.unparse(t)
                    if (module, dotted) in ALLOWED_ASSIGNMENTS:
                        continue
                    found.append(f"{module}:{t.lineno}: {dotted} = ... ({func.name})")
    return found


def test_the_assignment_check_sees_foreign_state() -> None:
    code = (
        "def install(provider, token):\n"
        "    provider.token = token\n"
        "    fresh = Thing()\n"
        "    fresh.x = 1\n"
        "    alias = provider\n"
        "    alias.y = 2\n"
        "class C:\n"
        "    def m(self):\n"
        "        self.a = 1\n"
        "        self.other.b = 2\n"
    )
    found = _foreign_assignments(code, "m")
    assert [f.split(": ", 1)[1].split(" =")[0] for f in found] == [
        "provider.token",
        "alias.y",
        "self.other.b",
    ]


def test_no_module_assigns_another_objects_attributes() -> None:
    found: list[str] = []
    for module, path in _modules().items():
        found += _foreign_assignments(path.read_text(encoding="utf-8"), module)
    assert (
        not found
    ), "state set from outside its object (use a method of that object):\n" + "\n".join(found)
