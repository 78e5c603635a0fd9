"""stacksdk benchmarks, side by side with raw requests (and openstacksdk where installed).

    make bench                      # or: python -m tests.bench.run [--json build/bench.json]

Benchmarks are not tests: nothing here runs in `make test`. Every figure is a
median of repeated runs, and budgets compare ratios measured in the same run,
so a busy machine moves both sides. Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench.common import LocalServer, budget, budget_lines, child_env, failed

REPO = Path(__file__).resolve().parents[2]
PY = sys.executable
ROUNDS = 5


def median_of(fn: Callable[[], float], rounds: int = ROUNDS) -> float:
    return statistics.median(fn() for _ in range(rounds))


# -- 1. import --------------------------------------------------------------


def import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = subprocess.run(
        [PY, "-c", code], capture_output=True, text=True, cwd="/", env=child_env(), check=False
    )
    if out.returncode != 0:
        return math.nan
    return float(out.stdout.strip())


def modules_loaded(module: str) -> int:
    code = (
        f"import sys; before = len(sys.modules); import {module}; print(len(sys.modules) - before)"
    )
    out = subprocess.run(
        [PY, "-c", code], capture_output=True, text=True, cwd="/", env=child_env(), check=False
    )
    return int(out.stdout.strip()) if out.returncode == 0 else -1


def largest_modules() -> dict[str, str]:
    """service package (``compute.v2``, ``huaweicloud.vpc.v1``) -> its largest generated module."""
    out: dict[str, str] = {}
    generated = REPO / "generated"
    for pkg in sorted(generated.rglob("__init__.py")):
        if not re.fullmatch(r"v\d+(\.\d+)?", pkg.parent.name):
            continue
        files = [f for f in pkg.parent.glob("*.py") if f.name != "__init__.py"]
        if files:
            biggest = max(files, key=lambda f: f.stat().st_size)
            dotted = ".".join(biggest.relative_to(generated).with_suffix("").parts)
            out[".".join(pkg.parent.relative_to(generated).parts)] = f"stacksdk.{dotted}"
    return out


IMPORT_ROUNDS = 11


def bench_import(
    results: dict[str, Any], rounds: int = IMPORT_ROUNDS, services: int | None = None
) -> None:
    """Fresh-process import time (median) and modules loaded; the first process of each
    module (counting modules) also writes its bytecode. Rounds interleave the modules
    (a burst of load falls on one round of each, not on every round of one).
    ``services``: only that many services' modules (all by default)."""
    modules = ["openstack", *list(largest_modules().values())[:services], "requests"]
    loaded = {module: modules_loaded(module) for module in modules}
    times: dict[str, list[float]] = {module: [] for module in modules}
    for _ in range(rounds):
        for module in modules:
            times[module].append(import_seconds(module))
    rows: dict[str, dict[str, float]] = {
        module: {"seconds": statistics.median(times[module]), "modules": loaded[module]}
        for module in modules
    }
    results["import"] = {"rounds": rounds, "modules": rows}
    openstack = rows["openstack"]["seconds"]
    for module, row in rows.items():
        row["ratio_to_openstack"] = row["seconds"] / openstack
        if module.startswith("stacksdk."):
            budget(
                results,
                f"import {module} <= 10% of import openstack",
                row["seconds"],
                0.10 * openstack,
            )


# -- 4. pagination -------------------------------------------------------------

# One listing in a fresh interpreter: argv is (mode, server URL, page size).
# Every mode lists GET /v2.1/flavors/detail to the end: "raw" is a requests.Session
# loop over the decoded dicts that follows the flavors_links next links (the
# floor); "stacksdk" is stacksdk.compute.v2.flavors.list_detail; "openstacksdk" is
# conn.compute.flavors(); "*_limit" passes limit=page explicitly. Each first GETs
# one flavor (connection, discovery, microversion), then the peak RSS is reset and
# the listing timed. Prints one JSON line.
_PAGER_CODE = """
import json, sys, time, urllib.request
mode, url, page = sys.argv[1], sys.argv[2], int(sys.argv[3])
endpoint = url + "/v2.1"
headers = {"X-Auth-Token": "t", "Accept": "application/json", "OpenStack-API-Version": "compute 2.61"}
import requests

def status(key):
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])  # kB
    return 0

def hits():  # the server's count of GETs per path since the last call (which resets it)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, no proxy
    with opener.open(url + "/_bench/hits") as resp:
        return json.loads(resp.read()).get("/v2.1/flavors/detail", 0)

items = None
if mode == "raw":
    s = requests.Session()
    s.get(endpoint + "/flavors/0", headers=headers).json()
elif mode in ("stacksdk", "stacksdk_limit"):
    from stacksdk.compute import v2 as compute
    from stacksdk.compute.v2 import flavors
    from stacksdk.runtime import EndpointOpts, ProviderClient
    p = ProviderClient(url + "/v3")
    p.set_token("t")
    client = compute.new_client(p, EndpointOpts(url=endpoint))
    flavors.get(client, "0").extract()
    opts = getattr(flavors, "ListDetailOpts", flavors.ListOpts)  # one class when the shapes are one
    items = flavors.list_detail(client, opts(limit=page) if mode == "stacksdk_limit" else None)
elif mode in ("openstacksdk", "openstacksdk_limit"):
    import openstack
    conn = openstack.connection.Connection(auth_type="none", compute_endpoint_override=endpoint)
    conn.compute.get_flavor("0")
    items = conn.compute.flavors(**({"limit": page} if mode == "openstacksdk_limit" else {}))
else:
    raise SystemExit("unknown mode " + mode)

hits()
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak (VmHWM) to the current RSS, after imports and warm-up
rss0 = status("VmRSS")
seen, last = 0, None
t, c = time.perf_counter(), time.process_time()
if items is None:
    next_url, params = endpoint + "/flavors/detail", {"limit": page}
    while next_url:
        body = s.get(next_url, params=params, headers=headers).json()
        for item in body["flavors"]:
            seen += 1
            last = item["name"]
        next_url, params = None, None
        for link in body.get("flavors_links", ()):
            if link.get("rel") == "next":
                next_url = link["href"]
else:
    for flavor in items:
        seen += 1
        last = flavor.name
wall, cpu = time.perf_counter() - t, time.process_time() - c
growth = (status("VmHWM") - rss0) / 1024
print(json.dumps({"items": seen, "last": last, "gets": hits(), "wall": wall, "cpu": cpu,
                  "rss_growth_mb": growth}))
"""

PAGER_MODES = ("raw", "stacksdk", "stacksdk_limit", "openstacksdk", "openstacksdk_limit")
#: Modes timed on the full listing; openstacksdk_limit costs what openstacksdk
#: does per item, so it runs only the short listings that count GETs.
TIMED_MODES = ("raw", "stacksdk", "stacksdk_limit", "openstacksdk")
#: The issue's figures: 10,050 flavors over 101 pages, raw requests 106 ms wall,
#: openstacksdk 42x that and ~436 us CPU per item; openstacksdk with a limit: one GET too many.
PAGINATION_ANCHOR = {
    "items": 10_050,
    "raw_wall_s": 0.106,
    "openstacksdk_vs_raw_wall": 42.0,
    "openstacksdk_cpu_us_per_item": 436.0,
}
PAGER_TIMEOUT_S = 900.0


def run_pager(mode: str, url: str, page: int) -> dict[str, Any]:
    out = subprocess.run(
        [PY, "-c", _PAGER_CODE, mode, url, str(page)],
        capture_output=True,
        check=False,
        text=True,
        cwd=REPO,
        timeout=PAGER_TIMEOUT_S,
    )
    if out.returncode != 0:
        raise RuntimeError(f"pager {mode} failed:\n{out.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def expected_gets(n: int, page: int) -> int:
    """GETs a Nova-style listing takes: a full page carries a next link, so an
    exact multiple of the page size ends with one empty page."""
    return n // page + 1 if n % page == 0 else math.ceil(n / page)


def bench_pagination(
    results: dict[str, Any],
    n: int,
    page: int,
    rounds: int = 3,
    openstacksdk_rounds: int = 1,
    modes: tuple[str, ...] = PAGER_MODES,
) -> None:
    """List n flavors (at most ``page`` a page) with each client of ``modes`` in
    TIMED_MODES, each run a fresh process, rounds interleaved, medians reported
    (openstacksdk takes minutes, so it runs ``openstacksdk_rounds``). Then every mode
    lists 10.5 and 10 pages once, for the GET counts with a short and a full last page."""
    timed = tuple(m for m in TIMED_MODES if m in modes)
    runs: dict[str, list[dict[str, Any]]] = {mode: [] for mode in timed}
    server = LocalServer(items=n, page=page)
    try:
        for r in range(max(rounds, openstacksdk_rounds)):
            for mode in timed[r % len(timed) :] + timed[: r % len(timed)]:
                if r < (openstacksdk_rounds if mode.startswith("openstacksdk") else rounds):
                    runs[mode].append(run_pager(mode, server.url, page))
    finally:
        server.close()
    small: dict[int, dict[str, dict[str, Any]]] = {}
    for count in (10 * page + page // 2, 10 * page):
        server = LocalServer(items=count, page=page)
        try:
            small[count] = {mode: run_pager(mode, server.url, page) for mode in modes}
        finally:
            server.close()

    def med(mode: str, key: str) -> float:
        return float(statistics.median(r[key] for r in runs[mode]))

    raw_cpu, raw_wall = med("raw", "cpu") / n * 1e6, med("raw", "wall")
    rows: dict[str, Any] = {}
    for mode in modes:
        row: dict[str, Any] = {}
        if mode in runs:
            if {r["items"] for r in runs[mode]} != {n}:
                raise RuntimeError(
                    f"pager {mode} listed {[r['items'] for r in runs[mode]]} items, not {n}"
                )
            cpu = med(mode, "cpu") / n * 1e6
            row = {
                "runs": len(runs[mode]),
                "gets": runs[mode][0]["gets"],
                "wall_s": round(med(mode, "wall"), 3),
                "wall_vs_raw": round(med(mode, "wall") / raw_wall, 2),
                "cpu_us_per_item": round(cpu, 2),
                "cpu_us_per_item_range": [
                    round(min(r["cpu"] for r in runs[mode]) / n * 1e6, 2),
                    round(max(r["cpu"] for r in runs[mode]) / n * 1e6, 2),
                ],
                "cpu_vs_raw": round(cpu / raw_cpu, 2),
                "rss_growth_mb": round(med(mode, "rss_growth_mb"), 2),
            }
        for count, by_mode in small.items():
            if by_mode[mode]["items"] != count:
                raise RuntimeError(
                    f"pager {mode} listed {by_mode[mode]['items']} items, not {count}"
                )
            row[f"gets_{count}_items"] = by_mode[mode]["gets"]
        rows[mode] = row
    results["pagination"] = {
        "items": n,
        "page": page,
        "gets_expected": {str(c): expected_gets(c, page) for c in (n, *small)},
        "modes": rows,
        "anchor": PAGINATION_ANCHOR,
    }
    for mode in ("stacksdk", "stacksdk_limit"):
        row = rows[mode]
        budget(
            results,
            f"listing {n} items ({mode}): {expected_gets(n, page)} GETs",
            row["gets"],
            expected_gets(n, page),
        )
        for count in small:
            want = expected_gets(count, page)
            budget(
                results,
                f"listing {count} items ({mode}): {want} GETs",
                row[f"gets_{count}_items"],
                want,
            )
        budget(
            results,
            f"listing CPU per item ({mode}) <= 3x raw loop",
            row["cpu_us_per_item"],
            3 * raw_cpu,
        )
        budget(results, f"listing peak RSS growth ({mode}) <= 20 MB", row["rss_growth_mb"], 20)


# -- 5. codegen ------------------------------------------------------------------


CORPUS_SPECS = 300


def spec_corpus(target: Path, at_least: int = CORPUS_SPECS) -> int:
    """The project's spec tree, plus copies of its services under new service names until
    there are at least ``at_least`` spec files; files outside a service folder (shared
    components) are kept once. A copy differs in service type and package, and its own
    models are renamed (``Link`` -> ``LinkCopy1``), so no model of one is a copy of
    another's (which codegen refuses: a shape services share belongs in shared.yaml).
    Returns the number of spec files."""
    source = REPO / "specs"
    services = sorted(p.parent for p in source.rglob("_service.yaml"))
    # everything outside the service folders (shared components), then whole services
    # until there are enough (a corpus smaller than the project's keeps fewer services)
    shutil.copytree(
        source, target, ignore=lambda d, names: [n for n in names if Path(d, n) in services]
    )
    count, copy = len(list(target.rglob("*.yaml"))), 1
    for src in services:
        if count >= at_least:
            break
        shutil.copytree(src, target / src.relative_to(source))
        count += len(list(src.glob("*.yaml")))
    while count < at_least:
        for src in services:
            rel = src.relative_to(source)  # <service>/<version> or <vendor>/<service>/<version>
            dst = target / rel.parent.parent / f"{rel.parent.name}-copy{copy}" / rel.name
            dst.mkdir(parents=True)
            rename = _local_models(src)
            for spec in src.glob("*.yaml"):
                text = spec.read_text(encoding="utf-8")
                if spec.name == "_service.yaml":
                    text = re.sub(r"(?m)^service: (\S+)", rf"service: \1-copy{copy}", text)
                if rename:  # a name after "#" or "/" is another spec's (shared#Link): kept
                    text = rename.sub(lambda m, c=copy: f"{m.group(0)}Copy{c}", text)
                (dst / spec.name).write_text(text, encoding="utf-8")
                count += 1
        copy += 1
    return count


def _local_models(service: Path) -> re.Pattern[str] | None:
    """A pattern matching the names of the models a service's specs declare themselves."""
    import yaml

    names: set[str] = set()
    for spec in service.glob("*.yaml"):
        data = yaml.safe_load(spec.read_text(encoding="utf-8"))
        models = data.get("models") if isinstance(data, dict) else None
        if isinstance(models, dict):
            names.update(str(name) for name in models)
    if not names:
        return None
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w#/.])(?:{alternatives})(?!\w)")


def bench_codegen(results: dict[str, Any], at_least: int = CORPUS_SPECS, rounds: int = 3) -> None:
    """Codegen over a corpus of >= ``at_least`` specs: from scratch (no caches, empty output
    directory, fresh process; median of ``rounds``) and again with nothing changed."""
    with tempfile.TemporaryDirectory() as tmp:
        specs = Path(tmp) / "specs"
        count = spec_corpus(specs, at_least)
        out = Path(tmp) / "out"
        env = {**os.environ, "STACKSDK_CODEGEN_CACHE": str(Path(tmp) / "cache")}
        cmd = [
            PY,
            "-m",
            "stacksdk.codegen",
            "--root",
            tmp,
            "--out",
            str(out),
            "--specs",
            str(specs),
            "--no-default-specs",
        ]

        def codegen(extra_env: dict[str, str]) -> str:
            proc = subprocess.run(
                cmd, env={**env, **extra_env}, capture_output=True, text=True, check=False
            )
            if proc.returncode != 0:
                raise RuntimeError(f"codegen over the corpus failed:\n{proc.stderr[-3000:]}")
            return proc.stdout

        def scratch_once() -> float:
            shutil.rmtree(out, ignore_errors=True)
            t = time.perf_counter()
            codegen({"STACKSDK_CODEGEN_CACHE": "off"})
            return time.perf_counter() - t

        scratch = median_of(scratch_once, rounds=rounds)
        codegen({})  # fill the cache
        t = time.perf_counter()
        again = codegen({})
        unchanged = time.perf_counter() - t
    written = int(again.split(" written")[0].rsplit(" ", 1)[-1])
    per300 = scratch / count * 300
    results["codegen"] = {
        "specs": count,
        "scratch_s": scratch,
        "scratch_per_300_specs_s": per300,
        "unchanged_s": unchanged,
        "unchanged_written": written,
    }
    budget(results, "codegen unchanged <= 1 s", unchanged, 1.0)
    budget(results, "codegen unchanged writes 0 files", written, 0)
    budget(results, "codegen from scratch <= 5 s per 300 specs", per300, 5.0)


# -- report ------------------------------------------------------------------------


SECTIONS = ["import", "coldstart", "requests", "pagination", "lazy", "codegen", "transfers"]
#: --quick: every section at a size that only shows the harness works (figures meaningless)
QUICK = {
    "import_rounds": 1,
    "import_services": 1,
    "requests_rounds": 4,
    "requests_block": 10,
    "requests_warmup": 10,
    "items": 1_250,
    "pagination_rounds": 1,
    "pagination_modes": ("raw", "stacksdk", "stacksdk_limit"),
    "lazy_items": 10_000,
    "lazy_every": 1_000,
    "lazy_baseline": 2_000,
    "corpus_specs": 30,
    "codegen_rounds": 1,
    "coldstart_rounds": 1,
    "transfer_mb": 2,
    "transfer_rounds": 2,
}


def format_import(results: dict[str, Any]) -> str:
    t = results["import"]
    lines = [
        f"import time in a fresh process, median of {t['rounds']} rounds",
        f"{'':<50} {'ms':>8} {'modules':>8} {'vs openstack':>13}",
    ]
    for module, row in t["modules"].items():
        lines.append(
            f"{module:<50} {row['seconds'] * 1e3:>8.1f} {row['modules']:>8} "
            f"{row['ratio_to_openstack']:>12.3f}x"
        )
    return "\n".join(lines)


def format_pagination(results: dict[str, Any]) -> str:
    t = results["pagination"]
    lines = [
        (
            f"listing {t['items']} flavors in detail, {t['page']} a page, each run a fresh "
            "process; medians (CPU per item: [min-max] of the runs)"
        ),
        f"{'':<20} {'runs':>4} {'GETs':>5} {'wall s':>7} {'vs raw':>7} {'CPU us/item':>20} "
        f"{'vs raw':>7} {'RSS+ MB':>8}  GETs for: "
        + ", ".join(f"{c} items" for c in t["gets_expected"] if c != str(t["items"])),
    ]
    for mode, row in t["modes"].items():
        small = ", ".join(str(v) for k, v in row.items() if k.startswith("gets_"))
        if "runs" not in row:
            lines.append(f"{mode:<20} {'':>61}  {small}")
            continue
        lo, hi = row["cpu_us_per_item_range"]
        cpu = f"{row['cpu_us_per_item']:.2f} [{lo:.1f}-{hi:.1f}]"
        lines.append(
            f"{mode:<20} {row['runs']:>4} {row['gets']:>5} {row['wall_s']:>7.2f} "
            f"{row['wall_vs_raw']:>6.2f}x {cpu:>20} {row['cpu_vs_raw']:>6.2f}x "
            f"{row['rss_growth_mb']:>8.2f}  {small}"
        )
    return "\n".join(lines)


def format_codegen(results: dict[str, Any]) -> str:
    t = results["codegen"]
    return (
        f"codegen over {t['specs']} specs: from scratch {t['scratch_s']:.2f} s "
        f"({t['scratch_per_300_specs_s']:.2f} s per 300 specs), unchanged {t['unchanged_s']:.2f} s "
        f"writing {t['unchanged_written']} files"
    )


def report(results: dict[str, Any]) -> str:
    """Each section's table (or its figures as JSON), then the budgets."""
    from tests.bench import coldstart, lazy, perrequest, transfers

    tables = {
        "import": format_import,
        "pagination": format_pagination,
        "codegen": format_codegen,
        "per_request": perrequest.format_table,
        "lazy": lazy.format_table,
        "cold_start": lambda r: coldstart.format_table(r).split("\n\nbudget")[0],
        "transfers": lambda r: transfers.format_table(r).split("\n\nbudget")[0],
    }
    parts = []
    for key, value in results.items():
        if key in ("budgets", "python", "cpus", "quick", "run_s"):
            continue
        if key in tables:
            parts.append(tables[key](results))
        else:
            parts.append(f"{key}: " + json.dumps(value, indent=2))
    parts.append("\n".join(budget_lines(results)))
    missed = failed(results)
    verdict = (
        f"{len(missed)} budget(s) missed:\n" + "\n".join(f"  - {name}" for name in missed)
        if missed
        else f"all {len(results.get('budgets', []))} budgets met"
    )
    parts.append(verdict)
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=REPO / "build" / "bench.json")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="tiny sizes and few rounds: checks the harness, not the budgets",
    )
    parser.add_argument(
        "--rounds", type=int, default=None, help="rounds of the per-request benchmark (default 40)"
    )
    parser.add_argument(
        "--requests",
        type=int,
        default=None,
        help="GETs per contender per round of the per-request benchmark (default 100)",
    )
    parser.add_argument(
        "--items",
        type=int,
        default=None,
        help="flavors the pagination benchmark lists (default 100,050: not a multiple of --page, the last page is short)",
    )
    parser.add_argument(
        "--page", type=int, default=100, help="the bench server's page size cap (Nova's max_limit)"
    )
    parser.add_argument(
        "--lazy-items",
        type=int,
        default=None,
        help="items of the lazy iteration benchmark (default 1,000,000)",
    )
    parser.add_argument(
        "--transfer-mb",
        type=int,
        default=None,
        help="size of the Swift/Glance transfers (default 200)",
    )
    parser.add_argument("--only", choices=SECTIONS, action="append")
    args = parser.parse_args(argv)
    q = QUICK if args.quick else {}
    results: dict[str, Any] = {
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "quick": args.quick,
    }
    only = set(args.only or SECTIONS)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    for section in SECTIONS:
        if section not in only:
            continue
        t = time.perf_counter()
        if section == "import":
            bench_import(results, q.get("import_rounds", IMPORT_ROUNDS), q.get("import_services"))
        elif section == "coldstart":  # starts a local cloud (Keystone + Nova)
            from tests.bench.coldstart import ROUNDS as COLD_ROUNDS
            from tests.bench.coldstart import bench_coldstart

            bench_coldstart(results, budget, rounds=q.get("coldstart_rounds", COLD_ROUNDS))
        elif section == "requests":
            from tests.bench.perrequest import BLOCK, WARMUP, bench_requests
            from tests.bench.perrequest import ROUNDS as PR_ROUNDS

            rounds = args.rounds or q.get("requests_rounds", PR_ROUNDS)
            block = args.requests or q.get("requests_block", BLOCK)
            warmup = q.get("requests_warmup", WARMUP)
            bench_requests(results, budget, rounds, block, warmup, reference=not args.quick)
        elif section == "pagination":
            items = args.items or q.get("items", 100_050)
            bench_pagination(
                results,
                items,
                args.page,
                rounds=q.get("pagination_rounds", 3),
                modes=q.get("pagination_modes", PAGER_MODES),
            )
        elif section == "lazy":
            from tests.bench import lazy

            lazy.bench_lazy(
                results,
                budget,
                items=args.lazy_items or q.get("lazy_items", lazy.ITEMS),
                page=args.page,
                every=q.get("lazy_every", lazy.EVERY),
                baseline=q.get("lazy_baseline", lazy.BASELINE),
            )
        elif section == "codegen":
            bench_codegen(results, q.get("corpus_specs", CORPUS_SPECS), q.get("codegen_rounds", 3))
        elif section == "transfers":  # starts a local cloud (Keystone, Glance, Swift)
            from tests.bench.transfers import ROUNDS as TR_ROUNDS
            from tests.bench.transfers import bench_transfers

            bench_transfers(
                results,
                budget,
                size_mb=args.transfer_mb or q.get("transfer_mb", 200),
                rounds=q.get("transfer_rounds", TR_ROUNDS),
            )
        timings[section] = round(time.perf_counter() - t, 1)
    results["run_s"] = {**timings, "total": round(time.perf_counter() - started, 1)}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print(report(results))
    print(f"\nrun time {results['run_s']}; written to {args.json}")
    return 1 if failed(results) else 0


if __name__ == "__main__":
    sys.exit(main())
