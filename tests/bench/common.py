"""What every benchmark module shares: budgets, their report, child environments."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

Budget = Callable[[dict[str, Any], str, float, float], None]


def budget(results: dict[str, Any], name: str, value: float, limit: float) -> None:
    """Record a budget: it passes when ``value <= limit`` (NaN never passes)."""
    ok = not math.isnan(value) and not math.isnan(limit) and value <= limit
    results.setdefault("budgets", []).append({"budget": name, "value": value, "limit": limit, "pass": ok})


def budget_lines(results: dict[str, Any]) -> list[str]:
    """The budgets as a table, one line each with pass/FAIL."""
    width = max([58, *(len(b["budget"]) for b in results.get("budgets", []))])
    lines = [f"{'budget':<{width}} {'value':>12} {'limit':>12}  result"]
    for b in results.get("budgets", []):
        verdict = "pass" if b["pass"] else "FAIL"
        lines.append(f"{b['budget']:<{width}} {b['value']:>12.4g} {b['limit']:>12.4g}  {verdict}")
    return lines


def child_env(**extra: str) -> dict[str, str]:
    """The environment of measured child processes: without PYTHONDONTWRITEBYTECODE
    (a warm-up run then leaves bytecode, as an installed package has; otherwise every
    fresh process compiles the modules that have none from source), without OS_*
    settings, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env
