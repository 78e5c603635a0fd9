"""Every real API sample parses into its generated model, nothing lost.

The samples are upstream's own, read from the source distributions of exactly
the service releases the local cloud runs (``tests/localcloud/constraints.txt``):
``upstream.samples_dir()`` fetches them once into a verified cache, laid out as
``<service-type>/...`` (see tests/contract/README.md; ``../shared`` is never read).
If they cannot be fetched, every test here fails with the package and the command.

The map files in ``sample_map/`` pair each sample with a generated model
(responses) or options class (requests); a sample that no model covers must be
listed there with ``skip:`` and a reason.
``extensions: [package.module:Model]`` names extension models that read their
own keys of the same object (the base model must hold all the others).
``directory: <service>/<dir>`` (or ``glob: <pattern>``) with ``skip:`` skips every sample
below a directory (an API group no spec covers yet) -- the reason says which issue brings it.
A sample that is also mapped to a model is checked all the same.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from stacksdk.runtime import UNSET, Model, Opts
from tests.contract import upstream

HERE = Path(__file__).parent
MAPS = sorted((HERE / "sample_map").glob("*.yaml"))
# a map file is named <service-type>.yaml or <service-type>-<group>.yaml; service types contain "-" too
SERVICES = sorted(
    {s for m in MAPS for s in upstream.SERVICES if m.stem == s or m.stem.startswith(s + "-")}
)


@pytest.fixture(scope="session")
def samples() -> Path:
    """The upstream sample tree (fetched on first use); a failed fetch fails the tests."""
    try:
        return upstream.samples_dir()
    except upstream.UpstreamError as exc:
        problem = str(exc)
    pytest.fail(f"the upstream API samples are unavailable: {problem}", pytrace=False)


def _map_entries() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in MAPS:
        for entry in yaml.safe_load(path.read_text()) or []:
            entry["_map"] = path.name
            out.append(entry)
    return out


def _expand(entries: list[dict[str, Any]], samples: Path) -> list[dict[str, Any]]:
    """``directory:``/``glob:`` entries expanded to one skip per sample."""
    out: list[dict[str, Any]] = []
    for entry in entries:
        if "directory" in entry or "glob" in entry:
            pattern = entry.get("glob") or f"{entry['directory']}/**/*.json"
            below = sorted(samples.glob(pattern))
            assert below, f"{entry['_map']}: no samples match {pattern}"
            assert "skip" in entry, f"{entry['_map']}: {pattern} needs skip: and a reason"
            for sample in below:
                out.append(
                    {
                        "sample": sample.relative_to(samples).as_posix(),
                        "skip": entry["skip"],
                        "_map": entry["_map"],
                    }
                )
            continue
        out.append(entry)
    return out


MAP_ENTRIES = _map_entries()
CHECKS = [e for e in MAP_ENTRIES if "skip" not in e and "directory" not in e and "glob" not in e]


def _model_ref(ref: str) -> type[Model]:
    """``package.module:Model`` -> the class."""
    module, _, name = ref.partition(":")
    cls: type[Model] = getattr(importlib.import_module(module), name)
    return cls


def _load(samples: Path, rel: str) -> Any:
    return json.loads((samples / rel).read_text())


def _dig(body: Any, key: str | None) -> Any:
    for part in (key or "").split("."):
        if part:
            assert isinstance(body, dict) and part in body, f"sample has no {part!r}"
            body = body[part]
    return body


def assert_nothing_lost(obj: Model, where: str) -> None:
    """No undeclared keys anywhere (declared fields are not in extra)."""
    assert obj.extra == {}, f"{where}: undeclared keys {sorted(obj.extra)}"
    for f in obj._fields:
        value = getattr(obj, f.attr)
        if value is not UNSET and value is not None and f.kind.check is not None:
            assert f.kind.check(value), f"{where}.{f.attr}: {value!r} is not {f.kind.name}"
        for item in (
            value
            if isinstance(value, list)
            else (value.values() if isinstance(value, dict) else [value])
        ):
            if isinstance(item, Model):
                assert_nothing_lost(item, f"{where}.{f.attr}")


def _same_keys(a: Any, b: Any, where: str) -> None:
    """``b`` has every key of ``a`` (recursively), with equal scalar values except timestamps."""
    if isinstance(a, dict):
        assert isinstance(b, dict), where
        assert set(a) == set(b), f"{where}: {sorted(set(a) ^ set(b))}"
        for k in a:
            _same_keys(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            _same_keys(x, y, f"{where}[{i}]")


@pytest.mark.parametrize("entry", CHECKS, ids=[e["sample"] for e in CHECKS])
def test_sample(entry: dict[str, Any], samples: Path) -> None:
    module = importlib.import_module(entry["module"])
    body = _load(samples, entry["sample"])
    if "opts" in entry:
        cls: type[Opts] = getattr(module, entry["opts"])
        wire = dict(_dig(body, entry.get("key")))
        envelope_wires = {p.wire for p in cls._params if p.location == "envelope"}
        if entry.get("key") and envelope_wires:  # members beside the request key: envelope options
            beside = {k: v for k, v in body.items() if k != entry["key"]}
            unknown = sorted(set(beside) - envelope_wires)
            assert not unknown, f"{cls.__name__} has no envelope option for {unknown}"
            wire.update(beside)
        by_wire = {p.wire: p.attr for p in cls._params}
        unknown = sorted(set(wire) - set(by_wire))
        assert not unknown, f"{cls.__name__} has no option for {unknown}"
        opts = cls(**{by_wire[k]: v for k, v in wire.items()})
        assert opts.to_dict() == wire
        return
    model: type[Model] = getattr(module, entry["model"])
    if "items" in entry:
        objects = _dig(body, entry["items"])
        assert isinstance(objects, list) and objects, "expected a non-empty list"
        item_key = getattr(getattr(module, "_LIST", None), "item_key", None)
        if item_key:  # each item wrapped as {item_key: {...}}: the list operation unwraps it
            assert all(isinstance(o, dict) and set(o) == {item_key} for o in objects), item_key
            objects = [o[item_key] for o in objects]
    else:
        objects = [_dig(body, entry.get("key"))]
    extensions = [_model_ref(ref) for ref in entry.get("extensions", [])]
    for i, raw in enumerate(objects):
        # an extension's keys are read by its own model; the base keeps the rest
        for ext in extensions:
            wires = {f.wire for f in ext._fields}
            ext_obj = ext.from_dict(raw)
            assert set(ext_obj.to_dict()) - set(ext_obj.extra) == wires & set(raw)
            assert_nothing_lost(
                ext.from_dict({k: v for k, v in raw.items() if k in wires}), ext.__name__
            )
            raw = {k: v for k, v in raw.items() if k not in wires}
        obj = model.from_dict(raw)
        assert_nothing_lost(obj, f"{entry['model']}[{i}]")
        _same_keys(raw, obj.to_dict(), entry["model"])
        assert type(obj).from_dict(obj.to_dict()) == obj
        assert any(getattr(obj, f.attr) is not UNSET for f in model._fields)


def test_every_fetched_service_has_a_map() -> None:
    """Every service whose samples are fetched (upstream.SOURCES) is checked: a service
    with no map file would otherwise be left out of test_every_sample_is_mapped."""
    assert SERVICES == sorted(upstream.SERVICES)


@pytest.mark.parametrize("service", SERVICES)
def test_every_sample_is_mapped(service: str, samples: Path) -> None:
    """Each JSON sample of a mapped service is checked or skipped with a reason."""
    entries = _expand(MAP_ENTRIES, samples)
    mapped = {e["sample"] for e in entries}
    present = {p.relative_to(samples).as_posix() for p in (samples / service).rglob("*.json")}
    missing = sorted(present - mapped)
    assert not missing, f"{len(missing)} samples not in sample_map/{service}-*.yaml: {missing[:20]}"
    unknown = sorted(m for m in mapped if m.split("/")[0] == service and m not in present)
    assert not unknown, f"map names samples that do not exist: {unknown}"
    bad_skips = [e["sample"] for e in entries if "skip" in e and not str(e["skip"]).strip()]
    assert not bad_skips, f"skips need a reason: {bad_skips}"
    for e in entries:  # an upstream fix of a broken sample must lift its skip
        if e["sample"].split("/")[0] == service and str(e.get("skip", "")).startswith(
            "invalid JSON"
        ):
            with pytest.raises(ValueError):
                _load(samples, e["sample"])
