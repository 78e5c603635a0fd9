"""The fuzz suite: hostile input of every class the SDK must survive.

Two budgets, one code path:

* ``make test`` runs every property with a small, derandomized budget (the
  ``ci`` Hypothesis profile): the same inputs on every run, no flakes, bounded time.
* ``make fuzz`` (``STACKSDK_FUZZ=long``) runs them with fresh random inputs and
  ``STACKSDK_FUZZ_EXAMPLES`` examples per property (default 5000).

Every property reports what it tried to :func:`fuzz_stats` (``record(cls, ...)``):
inputs tried, exceptions that escaped the SDK's error tree, secrets leaked and
requests that reached a host or resource they must not. The session prints a
table per class and writes it to ``build/fuzz-report.json``; any escape, leak or
misdirected request also fails the property that saw it.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

LONG = os.environ.get("STACKSDK_FUZZ", "") == "long"

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("STACKSDK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("STACKSDK_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("long" if LONG else "ci")

COLUMNS = ("tried", "escapes", "leaks", "misdirected")


class FuzzStats:
    """Counts per class of hostile input, summed over the session."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))

    def record(
        self, cls: str, *, tried: int = 1, escapes: int = 0, leaks: int = 0, misdirected: int = 0
    ) -> None:
        row = self.counts[cls]
        row["tried"] += tried
        row["escapes"] += escapes
        row["leaks"] += leaks
        row["misdirected"] += misdirected

    def table(self) -> str:
        width = max([len("class")] + [len(c) for c in self.counts])
        lines = [f"{'class':<{width}}  " + "  ".join(f"{c:>11}" for c in COLUMNS)]
        for cls in sorted(self.counts):
            row = self.counts[cls]
            lines.append(f"{cls:<{width}}  " + "  ".join(f"{row[c]:>11}" for c in COLUMNS))
        return "\n".join(lines)


_STATS = FuzzStats()


@pytest.fixture(scope="session")
def fuzz_stats() -> FuzzStats:
    return _STATS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _STATS.counts:
        return
    terminalreporter.section("fuzz: inputs per class (escapes, leaks, misdirected must be 0)")
    terminalreporter.write_line(_STATS.table())
    out = Path(__file__).resolve().parents[2] / "build" / "fuzz-report.json"
    try:
        out.parent.mkdir(exist_ok=True)
        out.write_text(
            json.dumps({"long": LONG, "classes": _STATS.counts}, indent=2, sort_keys=True)
        )
    except OSError:
        pass
