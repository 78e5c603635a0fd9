"""The benchmark harness (tests/bench/, ``make bench``) in its quick mode, so that it
cannot rot between benchmark runs: tiny sizes, few rounds, the figures meaningless.
These tests check the report's structure and the exit status, never the budgets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.bench.common import budget, failed, median_ci, spread
from tests.bench.run import QUICK, report

REPO = Path(__file__).resolve().parents[2]
#: the sections that need no local cloud (coldstart and transfers start one)
SECTIONS = ("import", "requests", "pagination", "lazy", "codegen")
SPREAD_KEYS = {"n", "median", "p25", "p75", "min", "max", "ci95", "iqr_rel"}


@pytest.fixture(scope="module")
def quick_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    only = [arg for section in SECTIONS for arg in ("--only", section)]
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench.run", "--quick", *only, "--json", str(out)],
        cwd=REPO,
        capture_output=True,
        check=False,
        text=True,
        timeout=300,
    )
    assert out.exists(), f"no report written (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
    return proc, json.loads(out.read_text())


def test_exit_status_says_whether_every_budget_was_met(quick_run: Any) -> None:
    proc, results = quick_run
    missed = failed(results)
    assert proc.returncode == (1 if missed else 0), proc.stderr[-3000:]
    for name in missed:  # and the output names each missed budget
        assert f"  - {name}" in proc.stdout
    assert set(results["run_s"]) == {*SECTIONS, "total"}
    assert results["quick"] is True


def test_budgets_are_recorded_with_value_limit_and_verdict(quick_run: Any) -> None:
    _, results = quick_run
    names = [b["budget"] for b in results["budgets"]]
    assert len(names) == len(set(names))
    for b in results["budgets"]:
        assert set(b) == {"budget", "value", "limit", "pass"}
        assert b["pass"] == (b["value"] <= b["limit"])
    for env in ("empty", "typical"):
        assert (
            f"per-request CPU ({env} env): stacksdk <= 1.0x requests.Session(trust_env=False)"
            in names
        )
        assert f"per-request CPU ({env} env): stacksdk <= 0.9x requests.Session()" in names
    for variant in ("marker", "linked"):
        assert (
            f"lazy {QUICK['lazy_items']} items ({variant}): RSS growth <= 0.2 MB per million"
            in names
        )
    assert not [n for n in names if "host env" in n]  # the host environment is for reference
    assert all(
        name.startswith(("import ", "per-request ", "listing ", "lazy ", "codegen "))
        for name in names
    )


def test_per_request_measures_each_environment_side_by_side(quick_run: Any) -> None:
    _, results = quick_run
    pr = results["per_request"]
    assert (
        pr["rounds"] == QUICK["requests_rounds"] and pr["gets_per_block"] == QUICK["requests_block"]
    )
    assert set(pr["envs"]) == {"empty", "typical", "host"}
    empty, typical = pr["envs"]["empty"], pr["envs"]["typical"]
    assert empty["env_vars"] <= 2 and empty["proxies_in_env"] == []  # env -i (Python adds LC_CTYPE)
    assert typical["env_vars"] >= 40
    assert {"http", "https", "no"} <= set(typical["proxies_in_env"])
    assert typical["proxies_for_server"] == {}  # NO_PROXY names the loopback server
    for env in pr["envs"].values():
        clients = env["clients"]
        assert {"stacksdk", "requests_notrust", "requests_default", "http_client"} <= set(clients)
        for row in clients.values():
            assert set(row["cpu_us"]) == SPREAD_KEYS
            assert row["cpu_us"]["n"] == pr["rounds"] and row["cpu_us"]["median"] > 0
            for base in ("requests_notrust", "requests_default"):
                ratio = row[f"vs_{base}"]
                assert set(ratio) == SPREAD_KEYS
                assert (
                    ratio["min"]
                    <= ratio["ci95"][0]
                    <= ratio["median"]
                    <= ratio["ci95"][1]
                    <= ratio["max"]
                )
        assert clients["requests_notrust"]["vs_requests_notrust"]["median"] == 1.0
        assert set(env["missing"]) == {"keystoneauth1", "openstacksdk"}  # not in quick runs


def test_lazy_iteration_samples_memory_along_the_listing(quick_run: Any) -> None:
    _, results = quick_run
    lazy = results["lazy"]
    assert lazy["items"] == QUICK["lazy_items"] and lazy["baseline"] == QUICK["lazy_baseline"]
    assert set(lazy["variants"]) == {"marker", "linked", "raw"}
    for row in lazy["variants"].values():
        assert row["items"] == QUICK["lazy_items"]
        counts = [s["items"] for s in row["samples"]]
        assert counts == list(
            range(QUICK["lazy_every"], QUICK["lazy_items"] + 1, QUICK["lazy_every"])
        )
        for s in row["samples"]:
            assert s["rss_mb"] > 0 and s["hwm_mb"] >= s["rss_mb"] and s["blocks"] > 0
        for key in (
            "rss_growth_per_million_mb",
            "rss_trend_per_million_mb",
            "blocks_growth_per_million",
        ):
            assert isinstance(row[key], (int, float))


def test_other_sections_report_their_figures(quick_run: Any) -> None:
    _, results = quick_run
    assert results["import"]["rounds"] == 1
    assert (
        "openstack" in results["import"]["modules"] and "requests" in results["import"]["modules"]
    )
    assert any(m.startswith("stacksdk.") for m in results["import"]["modules"])
    pag = results["pagination"]
    assert set(pag["modes"]) == set(QUICK["pagination_modes"])
    assert pag["modes"]["stacksdk"]["gets"] == pag["gets_expected"][str(pag["items"])]
    assert pag["modes"]["raw"]["gets"] == pag["gets_expected"][str(pag["items"])]
    cg = results["codegen"]
    assert cg["specs"] >= QUICK["corpus_specs"] and cg["unchanged_written"] == 0


def test_a_missed_budget_is_named_in_the_report() -> None:
    results: dict[str, Any] = {}
    budget(results, "fast enough", 0.5, 1.0)
    budget(results, "small enough", 3.0, 2.0)
    budget(results, "never NaN", float("nan"), 1.0)
    assert failed(results) == ["small enough", "never NaN"]
    text = report(results)
    assert "2 budget(s) missed:\n  - small enough\n  - never NaN" in text
    assert report({"budgets": results["budgets"][:1]}).endswith("all 1 budgets met")


def test_spread_and_the_median_confidence_interval() -> None:
    values = [float(v) for v in range(1, 101)]
    s = spread(values)
    assert s["median"] == 50.5 and s["min"] == 1 and s["max"] == 100 and s["n"] == 100
    assert s["p25"] == pytest.approx(25.75) and s["p75"] == pytest.approx(75.25)
    lo, hi = median_ci(values)
    assert (lo, hi) == (40.0, 61.0)  # ranks 50 -+ 9.8 of 100: the textbook interval
    assert median_ci([3.0, 1.0, 2.0]) == (1.0, 3.0)  # too few values: the whole range
