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

REPO = Path(__file__).resolve().parents[2]
PY = sys.executable
ROUNDS = 5


def median_of(fn: Callable[[], float], rounds: int = ROUNDS) -> float:
    return statistics.median(fn() for _ in range(rounds))


# -- 1. import --------------------------------------------------------------


def import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, cwd="/")
    if out.returncode != 0:
        return math.nan
    return float(out.stdout.strip())


def modules_loaded(module: str) -> int:
    code = f"import sys; before = len(sys.modules); import {module}; print(len(sys.modules) - before)"
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, cwd="/")
    return int(out.stdout.strip()) if out.returncode == 0 else -1


def largest_modules() -> dict[str, str]:
    """service package -> its largest generated module."""
    out: dict[str, str] = {}
    for pkg in sorted((REPO / "generated").glob("*/*/__init__.py")):
        files = [f for f in pkg.parent.glob("*.py") if f.name != "__init__.py"]
        if files:
            biggest = max(files, key=lambda f: f.stat().st_size)
            dotted = ".".join(biggest.relative_to(REPO / "generated").with_suffix("").parts)
            out[".".join(pkg.parent.relative_to(REPO / "generated").parts)] = f"stacksdk.{dotted}"
    return out


def bench_import(results: dict[str, Any]) -> None:
    openstack = median_of(lambda: import_seconds("openstack"))
    rows = {"openstack": {"seconds": openstack, "modules": modules_loaded("openstack")}}
    for service, module in largest_modules().items():
        rows[module] = {"seconds": median_of(lambda m=module: import_seconds(m)), "modules": modules_loaded(module)}
    rows["requests"] = {"seconds": median_of(lambda: import_seconds("requests")), "modules": modules_loaded("requests")}
    results["import"] = rows
    for module, row in rows.items():
        if module.startswith("stacksdk."):
            budget(results, f"import {module} <= 10% of import openstack", row["seconds"], 0.10 * openstack)


# -- 3. per-request overhead -------------------------------------------------


class LocalServer:
    def __init__(self, items: int = 0) -> None:
        self.dir = tempfile.TemporaryDirectory()
        port_file = Path(self.dir.name) / "port"
        env = {**os.environ, "BENCH_ITEMS": str(items)}
        self.proc = subprocess.Popen([PY, "-m", "tests.bench.server", str(port_file)], cwd=REPO, env=env)
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("bench server did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{port_file.read_text()}"

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.dir.cleanup()


def bench_requests(results: dict[str, Any], n: int) -> None:
    import requests

    from stacksdk.runtime import Operation, ProviderClient, ServiceClient, ServiceSpec
    from tests.bench.models import Thing

    server = LocalServer()
    try:
        session = requests.Session()

        def raw() -> float:
            t = time.process_time()
            for _ in range(n):
                session.get(server.url + "/v1/thing", headers={"X-Auth-Token": "t"}).json()
            return (time.process_time() - t) / n

        provider = ProviderClient(server.url + "/v3")
        provider.set_token("t")
        client = ServiceClient(provider, ServiceSpec(type="bench", version="v1"), server.url + "/v1")
        op = Operation("things.get", "GET", "/thing", response_key="thing")

        def sdk() -> float:
            t = time.process_time()
            for _ in range(n):
                client.call(op, model=Thing).extract()
            return (time.process_time() - t) / n

        raw(), sdk()  # warm up connections and caches
        r, s = median_of(raw), median_of(sdk)
    finally:
        server.close()
    results["per_request"] = {"requests_session_us": r * 1e6, "stacksdk_us": s * 1e6, "ratio": s / r}
    budget(results, "per-request CPU <= 0.9x requests.Session", s, 0.9 * r)


# -- 4. pagination -------------------------------------------------------------

_PAGER_CODE = """
import json, sys, time
mode, url, n, page = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
import requests
if mode != "raw":
    from stacksdk.runtime import Operation, Paging, ProviderClient, ServiceClient, ServiceSpec
    from tests.bench.models import Thing, ListOpts

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])  # kB
    return 0

with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak (VmHWM) to the current RSS, after imports
rss0 = status("VmRSS")
count = {"gets": 0}
if mode == "raw":
    s = requests.Session()
    t, c = time.perf_counter(), time.process_time()
    marker, seen = None, 0
    while True:
        params = {"limit": page, **({"marker": marker} if marker is not None else {})}
        items = s.get(url + "/v1/items", params=params).json()["items"]
        count["gets"] += 1
        for item in items:
            seen += 1
            item["name"]
        if len(items) < page:
            break
        marker = items[-1]["id"]
else:
    p = ProviderClient(url + "/v3"); p.set_token("t")
    p.session.hooks["response"].append(lambda r, *a, **k: count.__setitem__("gets", count["gets"] + 1))
    client = ServiceClient(p, ServiceSpec(type="bench", version="v1"), url + "/v1")
    op = Operation("items.list", "GET", "/items", response_key="items", paging=Paging("marker"))
    t, c = time.perf_counter(), time.process_time()
    seen = 0
    for thing in client.pager(op, model=Thing, opts=ListOpts(limit=page)):
        seen += 1
        thing.name
wall, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"items": seen, "gets": count["gets"], "wall": wall, "cpu": cpu, "rss_growth_mb": (status("VmHWM") - rss0) / 1024}))
"""


def bench_pagination(results: dict[str, Any], n: int, page: int) -> None:
    server = LocalServer(items=n)
    try:
        def run(mode: str) -> dict[str, Any]:
            out = subprocess.run(
                [PY, "-c", _PAGER_CODE, mode, server.url, str(n), str(page)],
                capture_output=True, text=True, cwd=REPO, check=True,
            )
            data: dict[str, Any] = json.loads(out.stdout)
            return data

        raw = [run("raw") for _ in range(3)]
        sdk = [run("sdk") for _ in range(3)]
    finally:
        server.close()

    def med(rows: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in rows))

    row = {
        "items": sdk[0]["items"],
        "gets_stacksdk": sdk[0]["gets"],
        "gets_expected": math.ceil((n + 1) / page) if n % page == 0 else math.ceil(n / page),
        "raw_wall_s": med(raw, "wall"),
        "stacksdk_wall_s": med(sdk, "wall"),
        "raw_cpu_us_per_item": med(raw, "cpu") / n * 1e6,
        "stacksdk_cpu_us_per_item": med(sdk, "cpu") / n * 1e6,
        "stacksdk_rss_growth_mb": med(sdk, "rss_growth_mb"),
    }
    results["pagination"] = row
    budget(results, f"listing {n} items: {row['gets_expected']} GETs", row["gets_stacksdk"], row["gets_expected"])
    budget(results, "listing CPU per item <= 3x raw loop", row["stacksdk_cpu_us_per_item"], 3 * row["raw_cpu_us_per_item"])
    budget(results, "listing peak RSS growth <= 20 MB", row["stacksdk_rss_growth_mb"], 20)


# -- 5. codegen ------------------------------------------------------------------


CORPUS_SPECS = 300


def spec_corpus(target: Path, at_least: int = CORPUS_SPECS) -> int:
    """The project's specs, copied under new service names until there are at least
    ``at_least`` spec files (copies differ in service type and package, so nothing is
    shared between them). Returns the number of files."""
    services = sorted(p for p in (REPO / "specs").glob("*/*") if (p / "_service.yaml").is_file())
    count, copy = 0, 0
    while count < at_least:
        for src in services:
            kind, version = src.parent.name, src.name
            name = kind if copy == 0 else f"{kind}-copy{copy}"
            dst = target / name / version
            dst.mkdir(parents=True)
            for spec in src.glob("*.yaml"):
                text = spec.read_text(encoding="utf-8")
                if spec.name == "_service.yaml" and copy:
                    text = re.sub(r"(?m)^service: (\S+)", rf"service: \1-copy{copy}", text)
                (dst / spec.name).write_text(text, encoding="utf-8")
                count += 1
        copy += 1
    return count


def bench_codegen(results: dict[str, Any]) -> None:
    """Codegen over a corpus of >= 300 specs: from scratch (no caches, empty output
    directory, fresh process) and again with nothing changed."""
    with tempfile.TemporaryDirectory() as tmp:
        specs = Path(tmp) / "specs"
        count = spec_corpus(specs)
        out = Path(tmp) / "out"
        env = {**os.environ, "STACKSDK_CODEGEN_CACHE": str(Path(tmp) / "cache")}
        cmd = [PY, "-m", "stacksdk.codegen", "--root", tmp, "--out", str(out), "--specs", str(specs), "--no-default-specs"]

        def scratch_once() -> float:
            shutil.rmtree(out, ignore_errors=True)
            t = time.perf_counter()
            subprocess.run(cmd, env={**env, "STACKSDK_CODEGEN_CACHE": "off"}, check=True, capture_output=True)
            return time.perf_counter() - t

        scratch = median_of(scratch_once, rounds=3)
        subprocess.run(cmd, env=env, check=True, capture_output=True)  # fill the cache
        t = time.perf_counter()
        again = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
        unchanged = time.perf_counter() - t
    written = int(again.stdout.split(" written")[0].rsplit(" ", 1)[-1])
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


def budget(results: dict[str, Any], name: str, value: float, limit: float) -> None:
    ok = not math.isnan(value) and not math.isnan(limit) and value <= limit
    results.setdefault("budgets", []).append({"budget": name, "value": value, "limit": limit, "pass": ok})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=REPO / "build" / "bench.json")
    parser.add_argument("--requests", type=int, default=1000, help="GETs per round of the per-request benchmark")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=100)
    parser.add_argument("--only", choices=["import", "requests", "pagination", "codegen"], action="append")
    args = parser.parse_args()
    results: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    only = set(args.only or ["import", "requests", "pagination", "codegen"])
    if "import" in only:
        bench_import(results)
    if "requests" in only:
        bench_requests(results, args.requests)
    if "pagination" in only:
        bench_pagination(results, args.items, args.page)
    if "codegen" in only:
        bench_codegen(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps({k: v for k, v in results.items() if k != "budgets"}, indent=2))
    print(f"\n{'budget':<58} {'value':>12} {'limit':>12}  result")
    for b in results.get("budgets", []):
        print(f"{b['budget']:<58} {b['value']:>12.4g} {b['limit']:>12.4g}  {'pass' if b['pass'] else 'FAIL'}")
    print(f"\nwritten to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
