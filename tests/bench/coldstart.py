"""Benchmark 2: cold start, clouds.yaml -> token -> list flavors -> exit.

    python -m tests.bench.coldstart [--rounds 11] [--flavors 20] [--json FILE]

Starts its own local cloud (Keystone and Nova only) in a temp dir, creates a
few flavors, and then times whole processes, each a fresh interpreter that
reads the same clouds.yaml (OS_CLIENT_CONFIG_FILE), authenticates with a
password, finds the compute endpoint in the catalog, lists the flavors in
detail and exits:

- ``stacksdk``: ``AuthOptions.from_cloud`` + ``authenticated_client`` +
  ``stacksdk.compute.v2.flavors.list_detail`` (microversion negotiated, as a
  program that pins none does it);
- ``requests``: yaml-load clouds.yaml, ``POST /v3/auth/tokens``, the compute
  public endpoint of the region from the token's catalog, ``GET
  /flavors/detail`` (the floor: nothing an SDK adds);
- ``openstacksdk``: ``openstack.connect(cloud=...)`` and
  ``list(conn.compute.flavors())``.

The figure is the wall time of the whole process (interpreter start and exit
included), the median of ``rounds`` rounds after one warm-up round (which also
compiles bytecode); each round runs the three in a rotated order. The table
also shows each process's CPU time and, as seen from inside, how long its
imports and the rest took. Every process must list the same flavors. Budgets:
stacksdk <= 1.3x requests and <= 0.75x openstacksdk, each decided on the median of
the rounds' ratios (the three of a round ran moments apart, so a burst of load on a
shared machine moves them together), reported with its spread.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.common import Budget, budget, budget_lines, child_env, failed, spread

REPO = Path(__file__).resolve().parents[2]
PY = sys.executable
ROUNDS = 11
FLAVORS = 20
CLOUD = "local"
CHILD_TIMEOUT_S = 120.0
VS_REQUESTS = 1.3
VS_OPENSTACKSDK = 0.75
MODES = ("stacksdk", "requests", "openstacksdk")


# One cold start, in a fresh interpreter: argv is (mode, cloud name); clouds.yaml
# comes from OS_CLIENT_CONFIG_FILE. Prints the flavor ids and the time the
# imports and the rest took, as seen from inside.
_CHILD_CODE = """
import json, sys, time
t0 = time.perf_counter()
mode, cloud = sys.argv[1], sys.argv[2]
if mode == "stacksdk":
    from stacksdk.runtime import AuthOptions, authenticated_client
    import stacksdk.compute.v2 as compute
    from stacksdk.compute.v2 import flavors
    t1 = time.perf_counter()
    provider = authenticated_client(AuthOptions.from_cloud(cloud))
    client = compute.new_client(provider)
    ids = [f.id for f in flavors.list_detail(client)]
elif mode == "requests":
    import os
    import requests
    import yaml
    t1 = time.perf_counter()
    with open(os.environ["OS_CLIENT_CONFIG_FILE"], encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh)["clouds"][cloud]
    auth = cfg["auth"]
    body = {"auth": {
        "identity": {"methods": ["password"], "password": {"user": {
            "name": auth["username"], "password": auth["password"],
            "domain": {"id": auth["user_domain_id"]}}}},
        "scope": {"project": {"name": auth["project_name"], "domain": {"id": auth["project_domain_id"]}}},
    }}
    session = requests.Session()
    resp = session.post(auth["auth_url"].rstrip("/") + "/auth/tokens", json=body)
    resp.raise_for_status()
    token = resp.headers["X-Subject-Token"]
    interface, region = cfg.get("interface", "public"), cfg.get("region_name")
    url = next(
        ep["url"]
        for svc in resp.json()["token"]["catalog"] if svc["type"] == "compute"
        for ep in svc["endpoints"]
        if ep["interface"] == interface and (region is None or ep.get("region_id") == region)
    )
    resp = session.get(url.rstrip("/") + "/flavors/detail", headers={"X-Auth-Token": token})
    resp.raise_for_status()
    ids = [f["id"] for f in resp.json()["flavors"]]
else:
    import openstack
    t1 = time.perf_counter()
    conn = openstack.connect(cloud=cloud)
    ids = [f.id for f in conn.compute.flavors()]
t2 = time.perf_counter()
print(json.dumps({"ids": sorted(ids), "import_s": t1 - t0, "work_s": t2 - t1}))
"""


def run_child(mode: str, env: dict[str, str], cwd: Path, cloud: str = CLOUD) -> dict[str, Any]:
    """One cold start; its wall time is measured from here (process start to exit)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run(
        [PY, "-c", _CHILD_CODE, mode, cloud],
        capture_output=True,
        check=False,
        text=True,
        env=env,
        cwd=cwd,
        timeout=CHILD_TIMEOUT_S,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # children run one at a time: this one's
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if out.returncode != 0:
        raise RuntimeError(
            f"cold start ({mode}) failed with {out.returncode}:\n{out.stderr[-3000:]}"
        )
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    data["wall_s"] = wall
    data["cpu_s"] = cpu
    return data


def measure(
    clouds_yaml: Path, rounds: int = ROUNDS, cloud: str = CLOUD
) -> dict[str, list[dict[str, Any]]]:
    """``rounds`` timed rounds (after one warm-up) of every mode; checks that all list the same flavors."""
    env = child_env(OS_CLIENT_CONFIG_FILE=str(clouds_yaml))
    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
    with tempfile.TemporaryDirectory(prefix="stacksdk-bench-coldstart-cwd-") as cwd:
        for i in range(rounds + 1):
            order = MODES[i % len(MODES) :] + MODES[: i % len(MODES)]
            for mode in order:
                row = run_child(mode, env, Path(cwd), cloud)
                if i > 0:  # round 0 warms the page cache and writes bytecode
                    runs[mode].append(row)
    listed = {m: {tuple(r["ids"]) for r in rows} for m, rows in runs.items()}
    seen = {ids for sets in listed.values() for ids in sets}
    if len(seen) != 1:
        counts = {m: sorted(len(ids) for ids in sets) for m, sets in listed.items()}
        raise AssertionError(f"the cold starts listed different flavors: counts {counts}")
    return runs


def _make_flavors(info: Any, count: int) -> None:
    """``count`` public flavors, so that the listing has something to decode."""
    import stacksdk.compute.v2 as compute_v2
    from stacksdk.compute.v2 import flavors
    from stacksdk.runtime import AuthOptions, authenticated_client

    c = info.admin
    provider = authenticated_client(
        AuthOptions(
            identity_endpoint=info.auth_url,
            username=c.username,
            password=c.password,
            user_domain_id=c.user_domain_id,
            project_name=c.project_name,
            project_domain_id=c.project_domain_id,
            region_name=info.region,
        )
    )
    client = compute_v2.new_client(provider)
    for i in range(count):  # one at a time: the cloud's sqlite takes one writer
        opts = flavors.CreateOpts(
            name=f"bench.{i:03d}",
            ram=256 * (i + 1),
            vcpus=1 + i % 8,
            disk=i,
            description=f"cold start {i}",
        )
        flavors.create(client, opts)


def bench_coldstart(
    results: dict[str, Any],
    budget: Budget,
    rounds: int = ROUNDS,
    flavors: int = FLAVORS,
) -> None:
    """Cold starts of stacksdk, raw requests and openstacksdk against a local
    Keystone + Nova; rows go to ``results["cold_start"]``, budgets through ``budget``."""
    from tests.localcloud.cloud import LocalCloud

    # the cloud is stopped (also on error) before its dir goes: contexts exit in reverse
    with (
        tempfile.TemporaryDirectory(prefix="stacksdk-bench-coldstart-") as tmp,
        LocalCloud(services=("keystone", "nova")) as local,
    ):
        info = local.start(Path(tmp) / "cloud")
        _make_flavors(info, flavors)
        runs = measure(info.clouds_yaml, rounds, CLOUD)

    def med(mode: str, key: str) -> float:
        return float(statistics.median(r[key] for r in runs[mode]))

    table: dict[str, Any] = {"rounds": rounds, "flavors": len(runs["stacksdk"][0]["ids"])}
    for mode in MODES:
        table[mode] = {
            "wall_s": med(mode, "wall_s"),
            "min_wall_s": min(r["wall_s"] for r in runs[mode]),
            "cpu_s": med(mode, "cpu_s"),
            "import_s": med(mode, "import_s"),
            "work_s": med(mode, "work_s"),
            "walls_s": [round(r["wall_s"], 4) for r in runs[mode]],
        }

    # the three of a round ran moments apart: ratios within a round, then their median
    def ratios(mode: str, base: str) -> list[float]:
        return [a["wall_s"] / b["wall_s"] for a, b in zip(runs[mode], runs[base])]

    table["stacksdk_vs_requests"] = spread(ratios("stacksdk", "requests"), 3)
    table["stacksdk_vs_openstacksdk"] = spread(ratios("stacksdk", "openstacksdk"), 3)
    table["openstacksdk_vs_requests"] = spread(ratios("openstacksdk", "requests"), 3)
    results["cold_start"] = table
    budget(
        results,
        f"cold start <= {VS_REQUESTS}x raw requests",
        table["stacksdk_vs_requests"]["median"],
        VS_REQUESTS,
    )
    budget(
        results,
        f"cold start <= {VS_OPENSTACKSDK}x openstacksdk",
        table["stacksdk_vs_openstacksdk"]["median"],
        VS_OPENSTACKSDK,
    )


def format_table(results: dict[str, Any]) -> str:
    t = results["cold_start"]
    lines = [
        (
            f"cold start (clouds.yaml -> token -> list {t['flavors']} flavors -> exit), "
            f"whole-process wall time, median of {t['rounds']} rounds"
        ),
        f"{'':<14} {'wall ms':>8} {'min ms':>8} {'CPU ms':>8} {'imports ms':>11} {'rest ms':>8} {'vs requests':>12}",
    ]
    raw = t["requests"]["wall_s"]
    for mode in MODES:
        row = t[mode]
        lines.append(
            f"{mode:<14} {row['wall_s'] * 1e3:>8.1f} {row['min_wall_s'] * 1e3:>8.1f} {row['cpu_s'] * 1e3:>8.1f} "
            f"{row['import_s'] * 1e3:>11.1f} {row['work_s'] * 1e3:>8.1f} {row['wall_s'] / raw:>11.2f}x"
        )
    lines.append("ratios, median of the rounds' ratios [p25-p75] (median's ~95% CI) {min-max}:")
    for key in ("stacksdk_vs_requests", "stacksdk_vs_openstacksdk", "openstacksdk_vs_requests"):
        r = t[key]
        lines.append(
            f"  {key:<26} {r['median']:.3f}x [{r['p25']:.3f}-{r['p75']:.3f}] "
            f"({r['ci95'][0]:.3f}-{r['ci95'][1]:.3f}) {{{r['min']:.2f}-{r['max']:.2f}}}"
        )
    lines.append("")
    lines += budget_lines(results)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument(
        "--flavors", type=int, default=FLAVORS, help="flavors to create before timing"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    results: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    bench_coldstart(results, budget, rounds=args.rounds, flavors=args.flavors)
    print(format_table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if failed(results) else 0


if __name__ == "__main__":
    sys.exit(main())
