"""The last line of defence: every generated module compiles, and importing it runs
nothing but definitions.

Lint and the escaping functions keep spec text out of the code; this checks the
result anyway, on the syntax tree of each module: at module and class level only
imports of the runtime and of other generated modules, class and function
definitions, and assignments whose values are literals, names, attribute reads and
calls of the runtime's few declarative constructors. Function bodies run only when
called, so only their signatures (defaults, annotations, decorators) are checked.
"""

from __future__ import annotations

import ast

from .names import IMPORTS, STD_MODULES

#: calls a module may make while it is imported
_CALLS = frozenset(
    {
        "Field",
        "Param",
        "Operation",
        "Paging",
        "ServiceSpec",
        "MicroversionSpec",
        "JobSpec",
        "lazy_modules",
        "ServiceAttribute",
        "VendorNamespace",
        "globals",
        "t.model",
        "t.list_of",
        "t.map_of",
    }
)
#: the runtime, and the shared shapes of stacksdk (which a user's own tree may use)
_RUNTIME_IMPORTS = frozenset({"stacksdk.runtime", "stacksdk.shared"} | set(IMPORTS))
_VALUE_NODES = (
    ast.Constant,
    ast.Name,
    ast.Attribute,
    ast.Tuple,
    ast.List,
    ast.Dict,
    ast.Subscript,  # annotations: Literal["a"], builtins.list[str]
    ast.Slice,
    ast.BinOp,  # X._params + (...), str | None
    ast.UnaryOp,  # -1
    ast.Call,
    ast.keyword,
    ast.Load,
    ast.Add,
    ast.BitOr,
    ast.USub,
)


class UnsafeModule(Exception):
    """Generated code that does not compile or would run more than definitions."""


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "<expression>"


def _value(node: ast.AST | None) -> None:
    if node is None:
        return
    for sub in ast.walk(node):
        if not isinstance(sub, _VALUE_NODES):
            raise UnsafeModule(
                f"line {getattr(sub, 'lineno', '?')}: {type(sub).__name__} at import time"
            )
        if isinstance(sub, ast.Call) and _dotted(sub.func) not in _CALLS:
            raise UnsafeModule(f"line {sub.lineno}: calls {_dotted(sub.func)} at import time")


def _targets(targets: list[ast.expr]) -> None:
    for target in targets:
        names = target.elts if isinstance(target, ast.Tuple) else [target]
        if not all(isinstance(n, ast.Name) for n in names):
            raise UnsafeModule(f"line {target.lineno}: assigns to {type(target).__name__}")


def _import(node: ast.Import | ast.ImportFrom, root: str) -> None:
    if isinstance(node, ast.Import):
        bad = [a.name for a in node.names if a.name not in STD_MODULES]
    elif node.level:
        bad = [] if node.module is None else [node.module]  # `from . import sibling`
    else:
        module = node.module or ""
        ok = module == "__future__" or module in _RUNTIME_IMPORTS or module.startswith(root + ".")
        bad = [] if ok else [module]
    if bad:
        raise UnsafeModule(f"line {node.lineno}: imports {bad[0]}")


def _function(node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    if node.decorator_list:
        raise UnsafeModule(f"line {node.lineno}: decorated function {node.name}")
    args = node.args
    for default in args.defaults + [d for d in args.kw_defaults if d is not None]:
        _value(default)
    for arg in (
        args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]
    ):
        _value(arg.annotation)
    _value(node.returns)


def _statements(body: list[ast.stmt], root: str, in_class: bool) -> None:
    for node in body:
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            continue  # a docstring
        if isinstance(node, (ast.Import, ast.ImportFrom)) and not in_class:
            _import(node, root)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            _function(node)
        elif isinstance(node, ast.ClassDef):
            if node.decorator_list or node.keywords:
                raise UnsafeModule(
                    f"line {node.lineno}: class {node.name} with decorators or keywords"
                )
            for base in node.bases:
                _value(base)
            _statements(node.body, root, in_class=True)
        elif isinstance(node, ast.Assign):
            _targets(node.targets)
            _value(node.value)
        elif isinstance(node, ast.AnnAssign):
            _targets([node.target])
            _value(node.annotation)
            _value(node.value)
        elif isinstance(node, ast.Pass):
            continue
        elif (
            isinstance(node, ast.If)
            and not in_class
            and isinstance(node.test, ast.Name)
            and node.test.id == "TYPE_CHECKING"
            and not node.orelse
            and all(isinstance(n, ast.ImportFrom) for n in node.body)
        ):
            for sub in node.body:
                _import(sub, root)  # type: ignore[arg-type]
        else:
            raise UnsafeModule(
                f"line {node.lineno}: {type(node).__name__} statement at import time"
            )


def check_module(rel: str, source: str, root: str) -> None:
    """Raise UnsafeModule unless ``source`` compiles and importing it only defines names."""
    try:
        tree = ast.parse(source, rel)
        compile(
            tree, rel, "exec", dont_inherit=True
        )  # what only the compiler sees (duplicate arguments)
    except (SyntaxError, ValueError) as exc:  # ValueError: a NUL byte
        raise UnsafeModule(f"does not compile: {exc}") from None
    _statements(tree.body, root, in_class=False)
