"""Lazy submodules for generated service packages (PEP 562).

``import stacksdk.identity.v3 as identity`` imports no resource module;
``identity.projects`` imports that one module on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any


def lazy_modules(
    package: str,
    modules: Sequence[str],
    namespace: dict[str, Any],
    attributes: Mapping[str, str] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for a package whose submodules load on demand;
    ``attributes`` maps a name to the submodule it is taken from (``connect`` ->
    ``connection``), loaded on first use too."""
    names = frozenset(modules)
    taken = dict(attributes or {})

    def __getattr__(name: str) -> Any:
        if name in names:
            module = importlib.import_module(f"{package}.{name}")
            namespace[name] = module
            return module
        source = taken.get(name)
        if source is not None:
            value = getattr(importlib.import_module(f"{package}.{source}"), name)
            namespace[name] = value
            return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(namespace) | names | set(taken))

    return __getattr__, __dir__
