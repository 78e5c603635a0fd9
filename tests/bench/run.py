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
from functools import partial
from pathlib import Path
from typing import Any

from tests.bench.common import budget, budget_lines, child_env

REPO = Path(__file__).resolve().parents[2]
PY = sys.executable
ROUNDS = 5


def median_of(fn: Callable[[], float], rounds: int = ROUNDS) -> float:
    return statistics.median(fn() for _ in range(rounds))


# -- 1. import --------------------------------------------------------------


def import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, cwd="/", env=child_env())
    if out.returncode != 0:
        return math.nan
    return float(out.stdout.strip())


def modules_loaded(module: str) -> int:
    code = f"import sys; before = len(sys.modules); import {module}; print(len(sys.modules) - before)"
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, cwd="/", env=child_env())
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


IMPORT_ROUNDS = 11


def bench_import(results: dict[str, Any]) -> None:
    """Fresh-process import time (median) and modules loaded; the first process of each
    module (counting modules) also writes its bytecode."""
    modules = ["openstack", *largest_modules().values(), "requests"]
    rows: dict[str, dict[str, float]] = {}
    for module in modules:
        loaded = modules_loaded(module)
        rows[module] = {"seconds": median_of(partial(import_seconds, module), IMPORT_ROUNDS), "modules": loaded}
    results["import"] = rows
    openstack = rows["openstack"]["seconds"]
    for module, row in rows.items():
        row["ratio_to_openstack"] = row["seconds"] / openstack
        if module.startswith("stacksdk."):
            budget(results, f"import {module} <= 10% of import openstack", row["seconds"], 0.10 * openstack)


# -- 3. per-request overhead -------------------------------------------------


class LocalServer:
    """tests/bench/server.py in its own process: a small Nova (compute v2.1) that
    answers instantly, ``items`` flavors at most ``page`` a page."""

    def __init__(self, items: int = 0, page: int = 100) -> None:
        self.dir = tempfile.TemporaryDirectory()
        port_file = Path(self.dir.name) / "port"
        env = {**os.environ, "BENCH_ITEMS": str(items), "BENCH_MAX_LIMIT": str(page)}
        self.proc = subprocess.Popen([PY, "-m", "tests.bench.server", str(port_file)], cwd=REPO, env=env)
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


#: The issue's figures for this machine: requests.Session's CPU per request, and
#: every other client's as a multiple of it.
PER_REQUEST_ANCHOR = {"requests_session_us": 577.0, "keystoneauth1": 1.09, "openstacksdk": 2.64, "http_client": 0.19}
#: Headers the clients that build their own requests send (the SDKs add theirs).
_BENCH_HEADERS = {"X-Auth-Token": "t", "Accept": "application/json", "OpenStack-API-Version": "compute 2.61"}


def per_request_clients(url: str) -> dict[str, Callable[[], str]]:
    """name -> one call that GETs flavor 1 (keep-alive), decodes it and returns its name.

    Each client is warmed up: connection open, version discovery and microversion
    negotiation done, so the timed calls are steady-state ones."""
    import http.client
    from urllib.parse import urlsplit

    import openstack
    import requests
    from keystoneauth1 import adapter, noauth
    from keystoneauth1 import session as ksa_session

    from stacksdk.compute import v2 as compute
    from stacksdk.compute.v2 import flavors
    from stacksdk.runtime.catalog import EndpointOpts
    from stacksdk.runtime.provider import ProviderClient

    endpoint = url + "/v2.1"
    session = requests.Session()

    def raw() -> str:
        return str(session.get(endpoint + "/flavors/1", headers=_BENCH_HEADERS).json()["flavor"]["name"])

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)

    def floor() -> str:
        conn.request("GET", "/v2.1/flavors/1", headers=_BENCH_HEADERS)
        return str(json.loads(conn.getresponse().read())["flavor"]["name"])

    ksa = adapter.Adapter(ksa_session.Session(auth=noauth.NoAuth()), endpoint_override=endpoint)

    def keystoneauth() -> str:
        return str(ksa.get("/flavors/1", headers=_BENCH_HEADERS).json()["flavor"]["name"])

    # no Keystone: the noauth plugin and the compute endpoint given; openstacksdk
    # discovers the version (GET /v2.1, /v2.1/) from the bench server
    cloud = openstack.connection.Connection(auth_type="none", compute_endpoint_override=endpoint)

    def openstacksdk() -> str:
        return str(cloud.compute.get_flavor("1").name)

    provider = ProviderClient(url + "/v3")
    provider.set_token("t")
    client = compute.new_client(provider, EndpointOpts(url=endpoint))

    def stacksdk() -> str:
        return flavors.get(client, "1").extract().name

    clients: dict[str, Callable[[], str]] = {
        "requests_session": raw,
        "stacksdk": stacksdk,
        "keystoneauth1": keystoneauth,
        "openstacksdk": openstacksdk,
        "http_client": floor,
    }
    for name, call in clients.items():
        got = call()
        if got != "flavor-1":
            raise RuntimeError(f"per-request benchmark: {name} read {got!r}, not flavor-1")
    return clients


def cpu_per_call(call: Callable[[], object], n: int) -> float:
    t = time.process_time()
    for _ in range(n):
        call()
    return (time.process_time() - t) / n


def bench_requests(results: dict[str, Any], n: int, rounds: int = ROUNDS) -> None:
    """N GETs of one flavor + JSON decode per round, per client; CPU per request.

    Rounds interleave the clients (in a rotated order) so load on a busy machine
    falls on all of them alike; the figure is each client's median round."""
    server = LocalServer(items=10)
    try:
        clients = per_request_clients(server.url)
        names = list(clients)
        for call in clients.values():  # warm up caches and the allocator
            cpu_per_call(call, min(n, 100))
        samples: dict[str, list[float]] = {name: [] for name in names}
        for r in range(rounds):
            for name in names[r % len(names):] + names[: r % len(names)]:
                samples[name].append(cpu_per_call(clients[name], n))
    finally:
        server.close()
    base = statistics.median(samples["requests_session"])
    rows: dict[str, Any] = {}
    for name in names:
        us = statistics.median(samples[name]) * 1e6
        rows[name] = {"cpu_us": round(us, 1), "vs_requests": round(us / (base * 1e6), 3)}
        if name == "requests_session":
            rows[name]["anchor_cpu_us"] = PER_REQUEST_ANCHOR["requests_session_us"]
        elif name in PER_REQUEST_ANCHOR:
            rows[name]["anchor_vs_requests"] = PER_REQUEST_ANCHOR[name]
    results["per_request"] = {"gets_per_round": n, "rounds": rounds, "clients": rows}
    budget(results, "per-request CPU <= 0.9x requests.Session", rows["stacksdk"]["vs_requests"], 0.9)


# -- 4. pagination -------------------------------------------------------------

# One listing in a fresh interpreter: argv is (mode, server URL, page size).
# Every mode lists GET /v2.1/flavors/detail to the end: "raw" is a requests.Session
# loop over the decoded dicts that follows the flavors_links next links (the
# floor); "stacksdk" is stacksdk.compute.v2.flavors.list_detail; "openstacksdk" is
# conn.compute.flavors(); "*_limit" passes limit=page explicitly. Each first GETs
# one flavor (connection, discovery, microversion), then the peak RSS is reset and
# the listing timed. Prints one JSON line.
_PAGER_CODE = """
import json, sys, time
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

count = {"gets": 0}
def counted(resp, *args, **kwargs):
    if "/flavors/detail" in resp.url:
        count["gets"] += 1

items = None
if mode == "raw":
    s = requests.Session()
    s.hooks["response"].append(counted)
    s.get(endpoint + "/flavors/0", headers=headers).json()
elif mode in ("stacksdk", "stacksdk_limit"):
    from stacksdk.compute import v2 as compute
    from stacksdk.compute.v2 import flavors
    from stacksdk.runtime.catalog import EndpointOpts
    from stacksdk.runtime.provider import ProviderClient
    p = ProviderClient(url + "/v3")
    p.set_token("t")
    p.session.hooks["response"].append(counted)
    client = compute.new_client(p, EndpointOpts(url=endpoint))
    flavors.get(client, "0").extract()
    items = flavors.list_detail(client, flavors.ListDetailOpts(limit=page) if mode == "stacksdk_limit" else None)
elif mode in ("openstacksdk", "openstacksdk_limit"):
    import openstack
    conn = openstack.connection.Connection(auth_type="none", compute_endpoint_override=endpoint)
    conn.session.session.hooks["response"].append(counted)
    conn.compute.get_flavor("0")
    items = conn.compute.flavors(**({"limit": page} if mode == "openstacksdk_limit" else {}))
else:
    raise SystemExit("unknown mode " + mode)

with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak (VmHWM) to the current RSS, after imports and warm-up
rss0 = status("VmRSS")
count["gets"] = 0
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
print(json.dumps({"items": seen, "last": last, "gets": count["gets"], "wall": wall, "cpu": cpu,
                  "rss_growth_mb": (status("VmHWM") - rss0) / 1024}))
"""

PAGER_MODES = ("raw", "stacksdk", "stacksdk_limit", "openstacksdk", "openstacksdk_limit")
#: Modes timed on the full listing; openstacksdk_limit costs what openstacksdk
#: does per item, so it runs only the short listings that count GETs.
TIMED_MODES = ("raw", "stacksdk", "stacksdk_limit", "openstacksdk")
#: The issue's figures: 10,050 flavors over 101 pages, raw requests 106 ms wall,
#: openstacksdk 42x that and ~436 us CPU per item; openstacksdk with a limit: one GET too many.
PAGINATION_ANCHOR = {"items": 10_050, "raw_wall_s": 0.106, "openstacksdk_vs_raw_wall": 42.0, "openstacksdk_cpu_us_per_item": 436.0}
PAGER_TIMEOUT_S = 900.0


def run_pager(mode: str, url: str, page: int) -> dict[str, Any]:
    out = subprocess.run(
        [PY, "-c", _PAGER_CODE, mode, url, str(page)],
        capture_output=True, text=True, cwd=REPO, timeout=PAGER_TIMEOUT_S,
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
    results: dict[str, Any], n: int, page: int, rounds: int = 3, openstacksdk_rounds: int = 1
) -> None:
    """List n flavors (at most ``page`` a page) with each client in TIMED_MODES,
    each run a fresh process, rounds interleaved, medians reported (openstacksdk
    takes minutes, so it runs ``openstacksdk_rounds``). Then every mode lists
    10.5 and 10 pages once, for the GET counts with a short and a full last page."""
    runs: dict[str, list[dict[str, Any]]] = {mode: [] for mode in TIMED_MODES}
    server = LocalServer(items=n, page=page)
    try:
        for r in range(max(rounds, openstacksdk_rounds)):
            for mode in TIMED_MODES[r % len(TIMED_MODES):] + TIMED_MODES[: r % len(TIMED_MODES)]:
                if r < (openstacksdk_rounds if mode.startswith("openstacksdk") else rounds):
                    runs[mode].append(run_pager(mode, server.url, page))
    finally:
        server.close()
    small: dict[int, dict[str, dict[str, Any]]] = {}
    for count in (10 * page + page // 2, 10 * page):
        server = LocalServer(items=count, page=page)
        try:
            small[count] = {mode: run_pager(mode, server.url, page) for mode in PAGER_MODES}
        finally:
            server.close()

    def med(mode: str, key: str) -> float:
        return float(statistics.median(r[key] for r in runs[mode]))

    raw_cpu, raw_wall = med("raw", "cpu") / n * 1e6, med("raw", "wall")
    rows: dict[str, Any] = {}
    for mode in PAGER_MODES:
        row: dict[str, Any] = {}
        if mode in runs:
            if {r["items"] for r in runs[mode]} != {n}:
                raise RuntimeError(f"pager {mode} listed {[r['items'] for r in runs[mode]]} items, not {n}")
            cpu = med(mode, "cpu") / n * 1e6
            row = {
                "runs": len(runs[mode]),
                "gets": runs[mode][0]["gets"],
                "wall_s": round(med(mode, "wall"), 3),
                "wall_vs_raw": round(med(mode, "wall") / raw_wall, 2),
                "cpu_us_per_item": round(cpu, 2),
                "cpu_vs_raw": round(cpu / raw_cpu, 2),
                "rss_growth_mb": round(med(mode, "rss_growth_mb"), 2),
            }
        for count, by_mode in small.items():
            if by_mode[mode]["items"] != count:
                raise RuntimeError(f"pager {mode} listed {by_mode[mode]['items']} items, not {count}")
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
        budget(results, f"listing {n} items ({mode}): {expected_gets(n, page)} GETs", row["gets"], expected_gets(n, page))
        for count in small:
            want = expected_gets(count, page)
            budget(results, f"listing {count} items ({mode}): {want} GETs", row[f"gets_{count}_items"], want)
        budget(results, f"listing CPU per item ({mode}) <= 3x raw loop", row["cpu_us_per_item"], 3 * raw_cpu)
        budget(results, f"listing peak RSS growth ({mode}) <= 20 MB", row["rss_growth_mb"], 20)


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


SECTIONS = ["import", "coldstart", "requests", "pagination", "codegen", "transfers"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=REPO / "build" / "bench.json")
    parser.add_argument("--requests", type=int, default=1000, help="GETs per round of the per-request benchmark")
    parser.add_argument("--items", type=int, default=100_050, help="flavors the pagination benchmark lists (not a multiple of --page: the last page is short)")
    parser.add_argument("--page", type=int, default=100, help="the bench server's page size cap (Nova's max_limit)")
    parser.add_argument("--transfer-mb", type=int, default=200, help="size of the Swift/Glance transfers")
    parser.add_argument("--only", choices=SECTIONS, action="append")
    args = parser.parse_args()
    results: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    only = set(args.only or SECTIONS)
    if "import" in only:
        bench_import(results)
    if "coldstart" in only:  # starts a local cloud (Keystone + Nova)
        from tests.bench.coldstart import bench_coldstart

        bench_coldstart(results, budget)
    if "requests" in only:
        bench_requests(results, args.requests)
    if "pagination" in only:
        bench_pagination(results, args.items, args.page)
    if "codegen" in only:
        bench_codegen(results)
    if "transfers" in only:  # starts a local cloud (Keystone, Glance, Swift)
        from tests.bench.transfers import bench_transfers

        bench_transfers(results, budget, size_mb=args.transfer_mb)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps({k: v for k, v in results.items() if k != "budgets"}, indent=2))
    print("\n" + "\n".join(budget_lines(results)))
    print(f"\nwritten to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
