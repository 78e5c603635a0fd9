"""Lazy submodules for generated service packages (PEP 562).

``import stacksdk.identity.v3 as identity`` imports no resource module;
``identity.projects`` imports that one module on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any


def lazy_modules(
    package: str, modules: Sequence[str], namespace: dict[str, Any]
) -> tuple[Callable[[str], ModuleType], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for a package whose submodules load on demand."""
    names = frozenset(modules)

    def __getattr__(name: str) -> ModuleType:
        if name in names:
            module = importlib.import_module(f"{package}.{name}")
            namespace[name] = module
            return module
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(namespace) | names)

    return __getattr__, __dir__
