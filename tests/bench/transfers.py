"""Benchmark 6: streaming uploads and downloads through Swift and Glance.

    python -m tests.bench.transfers [--size-mb 200] [--rounds 7] [--max-rounds 15] [--json FILE]

Starts its own local cloud (Keystone, Glance, Swift) in a temp dir, writes a
file of random bytes, and moves it through

- Swift: object PUT and GET (``stacksdk.object_store.v1.objects``),
- Glance: image data PUT and GET on ``/v2/images/{id}/file`` (``stacksdk.image.v2.images``),

once with stacksdk's generated modules (upload from a file object, download
with ``Download.write_to`` into a file) and once with a plain
``requests.Session`` making the same HTTP calls with the same token (the file
object as ``data``; ``stream=True`` and ``iter_content``). Every transfer runs
in a fresh subprocess, so its peak RSS growth is its own: the peak (VmHWM) is
reset after the imports, as in run.py's pagination benchmark. A round moves
the file once per mode, service and direction, the sides taking turns at going
first; figures are medians. A single 200 MB transfer swings by +-13% on a busy
machine, so the comparison is made on each round's time ratio (its two
transfers ran back to back, under the same load), over ``--rounds`` rounds (7)
and then further rounds, up to ``--max-rounds`` (15), until every comparison is
settled: the ~95% confidence interval of its median ratio lies on one side of
the budget. The report gives each ratio's quartiles and that interval, and
marks a verdict still unsettled after the last round with "?". 1 MB = 2**20 bytes.

stacksdk checks every download against the MD5 the server announces (Swift's
ETag, Glance's Content-MD5) unless told not to (``verify=False``); raw requests
does not. MD5 runs at ~600 MB/s here, slower than Glance serves a file, so
downloads are compared like for like: stacksdk with ``verify=False`` against raw
requests, and stacksdk as it is by default against raw requests plus
hashlib.md5 over the body (the same work).

Budgets, per service and direction (and for downloads, per pair above):
stacksdk's throughput >= 0.9x its counterpart's, checked as the median over
rounds of the time ratio of the two (they ran back to back) <= 1/0.9; and
stacksdk's peak RSS growth <= 30 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

from tests.bench.common import Budget, budget, budget_lines, failed, median_ci, spread

REPO = Path(__file__).resolve().parents[2]
PY = sys.executable
MB = 1024 * 1024
CHUNK = 64 * 1024  # download chunk size, both sides (stacksdk's default)
ROUNDS = 7
#: more rounds, up to this many, while a comparison's verdict is not settled
MAX_ROUNDS = 15
THROUGHPUT_FACTOR = 0.9
RSS_BUDGET_MB = 30.0
CHILD_TIMEOUT_S = 600.0
SERVICES = ("swift", "glance")
DIRECTIONS = ("upload", "download")
UPLOAD_MODES = ("raw", "sdk")
#: "sdk" checks the announced MD5 (the default); "sdk_nocheck" is verify=False;
#: "raw_md5": raw requests that also check the body's MD5 as stacksdk does
DOWNLOAD_MODES = ("raw", "sdk_nocheck", "raw_md5", "sdk")
#: (stacksdk side, its like-for-like counterpart) per direction
PAIRS = {"upload": [("sdk", "raw")], "download": [("sdk_nocheck", "raw"), ("sdk", "raw_md5")]}


# One transfer, in a fresh interpreter. The configuration (with the token)
# comes on stdin, not on the command line.
_TRANSFER_CODE = """
import base64, hashlib, json, sys, time
cfg = json.loads(sys.stdin.read())
mode, service, direction = cfg["mode"], cfg["service"], cfg["direction"]
import requests
if mode.startswith("sdk"):
    from stacksdk.runtime import EndpointOpts, ProviderClient
    if service == "swift":
        import stacksdk.object_store.v1 as api
        from stacksdk.object_store.v1 import objects as mod
    else:
        import stacksdk.image.v2 as api
        from stacksdk.image.v2 import images as mod

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])  # kB
    return 0

if not mode.startswith("sdk"):
    session = requests.Session()
    headers = {"X-Auth-Token": cfg["token"]}
else:
    provider = ProviderClient(cfg["auth_url"])
    provider.set_token(cfg["token"])
    client = api.new_client(provider, EndpointOpts(url=cfg["endpoint"]))
    where = (cfg["container"], cfg["object"]) if service == "swift" else (cfg["image_id"],)

with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak (VmHWM) to the current RSS, after imports
rss0 = status("VmRSS")
t, c = time.perf_counter(), time.process_time()
if direction == "upload":
    with open(cfg["source"], "rb") as f:
        if mode == "raw":
            h = dict(headers, **{"Content-Type": "application/octet-stream"})
            r = session.put(cfg["url"], data=f, headers=h)
            if r.status_code not in (201, 204):
                raise SystemExit(f"PUT {r.status_code}: {r.text[:300]}")
        else:
            mod.upload(client, *where, f)
    moved = cfg["size"]
else:
    moved = 0
    with open(cfg["target"], "wb") as out:
        if mode == "raw":
            with session.get(cfg["url"], headers=headers, stream=True) as r:
                if r.status_code != 200:
                    raise SystemExit(f"GET {r.status_code}: {r.text[:300]}")
                for chunk in r.iter_content(cfg["chunk"]):
                    out.write(chunk)
                    moved += len(chunk)
        elif mode == "raw_md5":  # raw, plus the MD5 check stacksdk makes
            digest = hashlib.md5(usedforsecurity=False)
            with session.get(cfg["url"], headers=headers, stream=True) as r:
                if r.status_code != 200:
                    raise SystemExit(f"GET {r.status_code}: {r.text[:300]}")
                for chunk in r.iter_content(cfg["chunk"]):
                    digest.update(chunk)
                    out.write(chunk)
                    moved += len(chunk)
            announced = (r.headers.get("ETag") or r.headers.get("Content-MD5") or "").strip('"')
            if announced not in (digest.hexdigest(), base64.b64encode(digest.digest()).decode()):
                raise SystemExit("MD5 mismatch")
        else:
            with mod.download(client, *where) as d:
                moved = d.write_to(out, cfg["chunk"], verify=mode == "sdk")
wall, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"bytes": moved, "wall": wall, "cpu": cpu, "rss_growth_mb": (status("VmHWM") - rss0) / 1024}))
"""


def _write_random(path: Path, size: int) -> None:
    with path.open("wb") as f:
        left = size
        while left:
            n = min(left, 4 * MB)
            f.write(os.urandom(n))
            left -= n


def _run_child(cfg: dict[str, Any]) -> dict[str, Any]:
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    out = subprocess.run(
        [PY, "-c", _TRANSFER_CODE],
        input=json.dumps(cfg),
        capture_output=True,
        check=False,
        text=True,
        cwd=REPO,
        env=env,
        timeout=CHILD_TIMEOUT_S,
    )
    if out.returncode != 0:
        raise RuntimeError(
            f"{cfg['mode']} {cfg['service']} {cfg['direction']} failed (exit {out.returncode}):\n{out.stderr[-2000:]}"
        )
    data: dict[str, Any] = json.loads(out.stdout)
    if data["bytes"] != cfg["size"]:
        raise RuntimeError(
            f"{cfg['mode']} {cfg['service']} {cfg['direction']}: moved {data['bytes']} of {cfg['size']} bytes"
        )
    return data


def bench_transfers(
    results: dict[str, Any],
    budget: Budget,
    size_mb: int = 200,
    rounds: int = ROUNDS,
    max_rounds: int = MAX_ROUNDS,
) -> None:
    """Upload and download ``size_mb`` MB through Swift and Glance, stacksdk vs raw
    requests, ``rounds`` rounds and then more, up to ``max_rounds``, until every
    comparison's verdict is settled; rows go to ``results["transfers"]``, budgets
    through ``budget``."""
    import stacksdk.image.v2 as image_v2
    import stacksdk.object_store.v1 as object_store_v1
    from stacksdk.image.v2 import images
    from stacksdk.object_store.v1 import containers, objects
    from stacksdk.runtime import AuthOptions, authenticated_client
    from tests.localcloud.cloud import LocalCloud

    if size_mb < 1 or rounds < 1:
        raise ValueError(f"transfers: size_mb and rounds must be >= 1, got {size_mb} and {rounds}")
    max_rounds = max(rounds, max_rounds)
    size = size_mb * MB
    with tempfile.TemporaryDirectory(prefix="stacksdk-bench-transfers-") as tmp:
        tmpdir = Path(tmp)
        # the source file, the download target, Swift's copy and Glance's copies of it
        need = size * 4 + 512 * MB
        free = shutil.disk_usage(tmpdir).free
        if free < need:
            raise RuntimeError(
                f"transfers: {need / MB:.0f} MB of free disk needed in {tmpdir}, {free / MB:.0f} MB free"
            )
        source, target = tmpdir / "data.bin", tmpdir / "download.bin"
        _write_random(source, size)

        with LocalCloud(services=("glance", "swift")) as local:
            info = local.start(tmpdir / "cloud")
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
            token = provider.token
            assert token is not None
            swift = object_store_v1.new_client(provider)
            glance = image_v2.new_client(provider)
            container, obj = f"bench-{uuid.uuid4().hex[:8]}", "data.bin"
            containers.create(swift, container)

            def new_image() -> str:
                opts = images.CreateOpts(
                    name=f"bench-{uuid.uuid4().hex[:8]}", disk_format="raw", container_format="bare"
                )
                return str(images.create(glance, opts).extract().id)

            base = {"auth_url": info.auth_url, "token": token, "size": size, "chunk": CHUNK,
                    "source": str(source), "target": str(target)}  # fmt: skip
            swift_cfg = {**base, "endpoint": swift.endpoint, "container": container, "object": obj,
                         "url": f"{swift.endpoint}/{container}/{obj}"}  # fmt: skip

            def glance_cfg(image_id: str) -> dict[str, Any]:
                return {**base, "endpoint": glance.endpoint, "image_id": image_id,
                        "url": f"{glance.endpoint}/images/{image_id}/file"}  # fmt: skip

            runs: dict[tuple[str, str, str], list[dict[str, Any]]] = {}

            def record(service: str, direction: str, mode: str, cfg: dict[str, Any]) -> None:
                runs.setdefault((service, direction, mode), []).append(
                    _run_child({**cfg, "mode": mode, "service": service, "direction": direction})
                )
                target.unlink(missing_ok=True)

            # Deleting what the rounds stored only bounds the disk use: the cloud's
            # dir goes with the temp dir anyway, also after an error.
            download_image: str | None = None
            done = 0
            while done < max_rounds:
                i = done  # the sides take turns at going first
                for mode in _turn(UPLOAD_MODES, i):
                    record("swift", "upload", mode, swift_cfg)
                for mode in _turn(DOWNLOAD_MODES, i):
                    record("swift", "download", mode, swift_cfg)
                for mode in _turn(
                    UPLOAD_MODES, i
                ):  # an image takes data once: a new one per upload
                    image_id = new_image()
                    record("glance", "upload", mode, glance_cfg(image_id))
                    if download_image is None:
                        download_image = image_id  # kept for the downloads
                    else:
                        images.delete(glance, image_id)
                assert download_image is not None
                for mode in _turn(DOWNLOAD_MODES, i):
                    record("glance", "download", mode, glance_cfg(download_image))
                done += 1
                if done >= rounds and all(_settled(_ratios(runs, key)) for key in _pair_keys()):
                    break
            assert download_image is not None
            images.delete(glance, download_image)
            objects.delete(swift, container, obj)
            containers.delete(swift, container)
        source.unlink()

    table: dict[str, Any] = {
        "size_mb": size_mb,
        "rounds": done,
        "min_rounds": rounds,
        "max_rounds": max_rounds,
        "chunk_kb": CHUNK // 1024,
    }
    for service, direction, sdk_mode, raw_mode in _pair_keys():
        raw, sdk = runs[(service, direction, raw_mode)], runs[(service, direction, sdk_mode)]
        raw_s = statistics.median(r["wall"] for r in raw)
        sdk_s = statistics.median(r["wall"] for r in sdk)
        # Each round's two transfers ran back to back, under the same load:
        # the ratio within a round is steadier than a ratio of medians.
        ratios = _ratios(runs, (service, direction, sdk_mode, raw_mode))
        slowdown = statistics.median(ratios)
        key = f"{service} {direction}" + (
            "" if direction == "upload" else f" {sdk_mode} vs {raw_mode}"
        )
        table[key] = {
            "raw_mb_s": size_mb / raw_s,
            "stacksdk_mb_s": size_mb / sdk_s,
            "throughput_ratio": 1 / slowdown,
            "time_ratio": spread(ratios, 3),
            # noise on a shared machine only ever slows a transfer: the best of each
            # side is the steadiest figure (for reference; the budget is the median's)
            "best_time_ratio": round(min(r["wall"] for r in sdk) / min(r["wall"] for r in raw), 3),
            "settled": _settled(ratios),
            "raw_s": raw_s,
            "stacksdk_s": sdk_s,
            "raw_cpu_s": statistics.median(r["cpu"] for r in raw),
            "stacksdk_cpu_s": statistics.median(r["cpu"] for r in sdk),
            "raw_rss_growth_mb": max(r["rss_growth_mb"] for r in raw),
            "stacksdk_rss_growth_mb": max(r["rss_growth_mb"] for r in sdk),
            "raw_rounds_s": [round(r["wall"], 3) for r in raw],
            "stacksdk_rounds_s": [round(r["wall"], 3) for r in sdk],
        }
        budget(
            results, f"{key}: time ratio <= 1/0.9 (MB/s >= 0.9x)", slowdown, 1 / THROUGHPUT_FACTOR
        )
        budget(
            results,
            f"{key}: peak RSS growth <= {RSS_BUDGET_MB:.0f} MB",
            table[key]["stacksdk_rss_growth_mb"],
            RSS_BUDGET_MB,
        )
    results["transfers"] = table


def _pair_keys() -> list[tuple[str, str, str, str]]:
    """(service, direction, stacksdk's mode, its counterpart's mode) of every comparison."""
    return [
        (service, direction, sdk_mode, raw_mode)
        for service in SERVICES
        for direction in DIRECTIONS
        for sdk_mode, raw_mode in PAIRS[direction]
    ]


def _ratios(
    runs: dict[tuple[str, str, str], list[dict[str, Any]]], key: tuple[str, str, str, str]
) -> list[float]:
    """stacksdk's time over its counterpart's, round by round."""
    service, direction, sdk_mode, raw_mode = key
    raw, sdk = runs[(service, direction, raw_mode)], runs[(service, direction, sdk_mode)]
    return [s["wall"] / r["wall"] for r, s in zip(raw, sdk)]


def _settled(ratios: list[float]) -> bool:
    """Whether the budget's verdict is settled: the median's ~95% confidence interval
    lies wholly on one side of the limit (more rounds would not change the verdict).
    Never with fewer than 6 rounds: too few for an interval."""
    if len(ratios) < 6:
        return False
    lo, hi = median_ci(ratios)
    limit = 1 / THROUGHPUT_FACTOR
    return hi <= limit or lo > limit


def _turn(modes: tuple[str, ...], i: int) -> tuple[str, ...]:
    """The modes in round i's order: each goes first in turn."""
    k = i % len(modes)
    return modes[k:] + modes[:k]


def format_table(results: dict[str, Any]) -> str:
    t = results["transfers"]
    lines = [
        (
            f"transfers of {t['size_mb']} MB, median of {t['rounds']} rounds ({t['min_rounds']} at least, "
            f"more up to {t['max_rounds']} until every verdict is settled); peak RSS growth: max over rounds;"
        ),
        "ratio: stacksdk's throughput relative to its counterpart's, 1 / the median of the rounds' time",
        "ratios; time ratio spread: [p25-p75] (median's ~95% CI), settled: the CI is on one side of 1/0.9",
        "(downloads: sdk_nocheck = verify=False vs raw; sdk = MD5 checked vs raw_md5 = raw + hashlib.md5)",
        "best: the best stacksdk time over the best counterpart time (noise only slows; reference)",
        (
            f"{'':<40} {'raw MB/s':>9} {'sdk MB/s':>9} {'ratio':>7} {'time ratio spread':>30} "
            f"{'best':>6} {'raw CPU s':>10} {'sdk CPU s':>10} {'raw RSS+':>9} {'sdk RSS+':>9}"
        ),
    ]
    for key, row in t.items():
        if isinstance(row, dict):
            r = row["time_ratio"]
            cell = f"[{r['p25']:.3f}-{r['p75']:.3f}] ({r['ci95'][0]:.3f}-{r['ci95'][1]:.3f})" + (
                "" if row["settled"] else " ?"
            )
            lines.append(
                f"{key:<40} {row['raw_mb_s']:>9.1f} {row['stacksdk_mb_s']:>9.1f} {row['throughput_ratio']:>7.3f} "
                f"{cell:>30} {row['best_time_ratio']:>6.3f} "
                f"{row['raw_cpu_s']:>10.2f} {row['stacksdk_cpu_s']:>10.2f} "
                f"{row['raw_rss_growth_mb']:>8.1f}M {row['stacksdk_rss_growth_mb']:>8.1f}M"
            )
    lines.append("")
    lines += budget_lines(results)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="rounds at least")
    parser.add_argument("--max-rounds", type=int, default=MAX_ROUNDS, help="rounds at most")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    results: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    bench_transfers(results, budget, args.size_mb, args.rounds, args.max_rounds)
    print(format_table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if failed(results) else 0


if __name__ == "__main__":
    sys.exit(main())
