"""What every benchmark module shares: budgets, their report, child environments."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

Budget = Callable[[dict[str, Any], str, float, float], None]


def budget(results: dict[str, Any], name: str, value: float, limit: float) -> None:
    """Record a budget: it passes when ``value <= limit`` (NaN never passes)."""
    ok = not math.isnan(value) and not math.isnan(limit) and value <= limit
    results.setdefault("budgets", []).append(
        {"budget": name, "value": value, "limit": limit, "pass": ok}
    )


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
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("OS_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(extra)
    return env


def quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values`` (linear interpolation between order statistics)."""
    xs = sorted(values)
    if not xs:
        return math.nan
    pos = q * (len(xs) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def median_ci(values: list[float], z: float = 1.96) -> tuple[float, float]:
    """A distribution-free ~95% confidence interval of the median: the order statistics of
    ranks ``n/2 - z*sqrt(n)/2`` and ``1 + n/2 + z*sqrt(n)/2`` (the binomial approximation);
    the whole range for fewer than 6 values."""
    xs = sorted(values)
    n = len(xs)
    if n < 6:
        return (xs[0], xs[-1]) if xs else (math.nan, math.nan)
    half = z * math.sqrt(n) / 2
    lo = max(1, math.floor(n / 2 - half))  # 1-based ranks
    hi = min(n, math.ceil(1 + n / 2 + half))
    return xs[lo - 1], xs[hi - 1]


def spread(values: list[float], digits: int = 4) -> dict[str, Any]:
    """The median of ``values`` and how far they spread: quartiles, extremes, the
    median's ~95% confidence interval, and the interquartile range relative to the median."""
    med = statistics.median(values)
    lo, hi = median_ci(values)
    p25, p75 = quantile(values, 0.25), quantile(values, 0.75)
    return {
        "n": len(values),
        "median": round(med, digits),
        "p25": round(p25, digits),
        "p75": round(p75, digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
        "ci95": [round(lo, digits), round(hi, digits)],
        "iqr_rel": round((p75 - p25) / med, 4) if med else math.nan,
    }


def failed(results: dict[str, Any]) -> list[str]:
    """The names of the budgets that were missed."""
    return [b["budget"] for b in results.get("budgets", []) if not b["pass"]]


class LocalServer:
    """tests/bench/server.py in its own process: a small Nova (compute v2.1, and
    Keystone's project listing) that answers instantly, ``items`` items at most
    ``page`` a page. ``close()`` stops it."""

    def __init__(self, items: int = 0, page: int = 100) -> None:
        self.dir = tempfile.TemporaryDirectory()
        port_file = Path(self.dir.name) / "port"
        env = {**os.environ, "BENCH_ITEMS": str(items), "BENCH_MAX_LIMIT": str(page)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.server", str(port_file)], cwd=REPO, env=env
        )
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("bench server did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{port_file.read_text()}"

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.dir.cleanup()
