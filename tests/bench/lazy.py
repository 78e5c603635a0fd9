"""Benchmark: lazy iteration over a million items with flat memory.

    python -m tests.bench.lazy [--items 1000000] [--page 100] [--json FILE]

A pager over the loopback bench server (``server.py``) that serves ``items``
items at most ``page`` a page, iterated lazily item by item to the end, each
variant in a fresh process:

- ``marker``: ``stacksdk.compute.v2.flavors.list`` (Nova's brief listing, marker
  paging; the server's ``flavors_links`` next link says whether there is more);
- ``linked``: ``stacksdk.identity.v3.projects.list`` (Keystone, ``links.next``);
- ``raw``: the control, a ``requests`` loop over the same flavor pages that keeps
  nothing: its growth is the measurement's noise floor (no budget).

The page size is Nova's bench default of 100, so a million items take 10,000
pages: anything the pager keeps per page (a marker, a URL) shows ten times more
than at 1,000 a page. Every ``every`` items the child collects garbage, returns
free heap to the system (``malloc_trim``) and samples its resident set (VmRSS),
its peak (VmHWM) and Python's allocated blocks. The memory a listing of N items
holds beyond the first ``baseline`` items is then scaled to a million:

    growth per million = (RSS at N - RSS at baseline) * 1e6 / (N - baseline)

Budget: <= 0.2 MB per million for each stacksdk variant, and every item listed. (tracemalloc
would count bytes exactly but makes the loop ~4x slower; the RSS after a trim is
steady to well under 0.1 MB here, and Python's allocated blocks, also reported,
count retained objects exactly.)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.bench.common import Budget, LocalServer, budget, budget_lines, failed

REPO = Path(__file__).resolve().parents[2]
PY = sys.executable
ITEMS = 1_000_000
PAGE = 100
EVERY = 50_000
BASELINE = 100_000
GROWTH_BUDGET_MB = 0.2
CHILD_TIMEOUT_S = 600.0
VARIANTS = ("marker", "linked", "raw")
#: the variants with a budget ("raw" is the control: it shows the measurement's noise floor)
BUDGETED = ("marker", "linked")


def _status(key: str) -> float:
    """A /proc/self/status figure in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _sample(seen: int, cpu0: float, wall0: float) -> dict[str, Any]:
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the RSS is noisier, nothing more
        pass
    return {
        "items": seen,
        "cpu_s": round(time.process_time() - cpu0, 4),
        "wall_s": round(time.perf_counter() - wall0, 4),
        "rss_mb": round(_status("VmRSS"), 3),
        "hwm_mb": round(_status("VmHWM"), 3),
        "blocks": sys.getallocatedblocks(),
    }


class _Named:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


def child(variant: str, url: str, page: int, every: int) -> dict[str, Any]:
    """One lazy listing to the end, in this (fresh) process; samples every ``every`` items."""
    from stacksdk.runtime import EndpointOpts, ProviderClient

    provider = ProviderClient(url + "/v3")
    provider.set_token("t")
    items: Any
    if variant == "marker":
        from stacksdk.compute import v2 as compute
        from stacksdk.compute.v2 import flavors

        client = compute.new_client(provider, EndpointOpts(url=url + "/v2.1"))
        flavors.get(client, "0").extract()  # warm-up: connection, microversion
        items = flavors.list(client, flavors.ListOpts(limit=page))
    elif variant == "raw":  # the control: a requests loop over the decoded pages
        import requests

        session = requests.Session()
        session.trust_env = False

        def raw_items() -> Any:
            headers = {"X-Auth-Token": "t", "Accept": "application/json"}
            next_url: str | None = f"{url}/v2.1/flavors?limit={page}"
            while next_url:
                body = session.get(next_url, headers=headers).json()
                for flavor in body["flavors"]:
                    yield _Named(flavor["name"])
                links = body.get("flavors_links", ())
                next_url = next((x["href"] for x in links if x.get("rel") == "next"), None)

        items = raw_items()
    elif variant == "linked":
        from stacksdk.identity import v3 as identity
        from stacksdk.identity.v3 import projects

        client = identity.new_client(provider, EndpointOpts(url=url + "/v3"))
        items = projects.list(client, projects.ListOpts(limit=page))
    else:
        raise SystemExit(f"unknown variant {variant!r}")
    samples = []
    seen, last = 0, None
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for item in items:
        seen += 1
        last = item.name
        if seen % every == 0:
            samples.append(_sample(seen, cpu0, wall0))
    end = _sample(seen, cpu0, wall0)
    if not samples or samples[-1]["items"] != seen:
        samples.append(end)
    return {"items": seen, "last": last, "samples": samples}


def run_variant(variant: str, url: str, page: int, every: int) -> dict[str, Any]:
    out = subprocess.run(
        [PY, "-m", "tests.bench.lazy", "--child", variant, url, str(page), str(every)],
        capture_output=True,
        check=False,
        text=True,
        cwd=REPO,
        timeout=CHILD_TIMEOUT_S,
    )
    if out.returncode != 0:
        raise RuntimeError(f"lazy {variant} failed (exit {out.returncode}):\n{out.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def theil_sen(points: list[tuple[float, float]]) -> float:
    """The median of the pairwise slopes: a trend one odd sample does not move."""
    import statistics

    slopes = [
        (y2 - y1) / (x2 - x1)
        for i, (x1, y1) in enumerate(points)
        for x2, y2 in points[i + 1 :]
        if x2 != x1
    ]
    return statistics.median(slopes) if slopes else 0.0


def bench_lazy(
    results: dict[str, Any],
    budget: Budget,
    items: int = ITEMS,
    page: int = PAGE,
    every: int = EVERY,
    baseline: int = BASELINE,
) -> None:
    """List ``items`` items lazily with each variant; rows go to ``results["lazy"]``."""
    if not 0 < baseline < items or every <= 0 or baseline % every:
        raise ValueError("lazy: need 0 < baseline < items and baseline a multiple of every")
    server = LocalServer(items=items, page=page)
    try:
        runs = {variant: run_variant(variant, server.url, page, every) for variant in VARIANTS}
    finally:
        server.close()
    rows: dict[str, Any] = {}
    for variant, run in runs.items():
        samples = run["samples"]
        base = next(s for s in samples if s["items"] == baseline)
        end = samples[-1]
        span = end["items"] - base["items"]
        per_m = 1e6 / span if span else float("nan")
        later = [(s["items"], s["rss_mb"]) for s in samples if s["items"] >= baseline]
        rows[variant] = {
            "items": run["items"],
            "pages": -(-items // page) + (items % page == 0),
            "wall_s": end["wall_s"],
            "cpu_us_per_item": round(end["cpu_s"] / max(run["items"], 1) * 1e6, 2),
            "rss_at_baseline_mb": base["rss_mb"],
            "rss_at_end_mb": end["rss_mb"],
            "rss_growth_per_million_mb": round((end["rss_mb"] - base["rss_mb"]) * per_m, 3),
            "rss_trend_per_million_mb": round(theil_sen(later) * 1e6, 3),
            "peak_growth_per_million_mb": round((end["hwm_mb"] - base["hwm_mb"]) * per_m, 3),
            "blocks_growth_per_million": round((end["blocks"] - base["blocks"]) * per_m),
            "samples": samples,
        }
        if variant not in BUDGETED:
            continue
        budget(
            results,
            f"lazy {items} items ({variant}): all listed",
            abs(run["items"] - items),
            0,
        )
        budget(
            results,
            f"lazy {items} items ({variant}): RSS growth <= {GROWTH_BUDGET_MB} MB per million",
            rows[variant]["rss_growth_per_million_mb"],
            GROWTH_BUDGET_MB,
        )
    results["lazy"] = {
        "items": items,
        "page": page,
        "every": every,
        "baseline": baseline,
        "variants": rows,
    }


def format_table(results: dict[str, Any]) -> str:
    t = results["lazy"]
    lines = [
        (
            f"lazy iteration over {t['items']} items, {t['page']} a page; growth from item "
            f"{t['baseline']} to the end, per million items"
        ),
        (
            f"{'':<8} {'wall s':>7} {'CPU us/item':>12} {'RSS MB':>7} {'RSS+/M':>8} {'trend/M':>8} "
            f"{'peak+/M':>8} {'blocks+/M':>10}"
        ),
    ]
    for variant, row in t["variants"].items():
        lines.append(
            f"{variant:<8} {row['wall_s']:>7.1f} {row['cpu_us_per_item']:>12.2f} "
            f"{row['rss_at_end_mb']:>7.1f} {row['rss_growth_per_million_mb']:>8.3f} "
            f"{row['rss_trend_per_million_mb']:>8.3f} {row['peak_growth_per_million_mb']:>8.3f} "
            f"{row['blocks_growth_per_million']:>10}"
        )
    return "\n".join(lines)


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        variant, url, page, every = sys.argv[2:6]
        print(json.dumps(child(variant, url, int(page), int(every))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=ITEMS)
    parser.add_argument("--page", type=int, default=PAGE)
    parser.add_argument("--every", type=int, default=EVERY)
    parser.add_argument("--baseline", type=int, default=BASELINE)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    results: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    bench_lazy(results, budget, args.items, args.page, args.every, args.baseline)
    print(format_table(results) + "\n\n" + "\n".join(budget_lines(results)))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if failed(results) else 0


if __name__ == "__main__":
    sys.exit(main())
