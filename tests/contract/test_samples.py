"""Every real API sample parses into its generated model, nothing lost.

The map files in ``sample_map/`` pair each sample of ``../shared/api-samples``
with a generated model (responses) or options class (requests); a sample
that no model covers must be listed there with ``skip:`` and a reason.
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

HERE = Path(__file__).parent
SAMPLES = HERE.parents[2] / "shared" / "api-samples"
MAPS = sorted((HERE / "sample_map").glob("*.yaml"))
SAMPLE_DIRS = sorted(d.name for d in SAMPLES.iterdir() if d.is_dir()) if SAMPLES.is_dir() else []
# a map file is named <service-type>.yaml or <service-type>-<group>.yaml; service types contain "-" too
SERVICES = sorted({s for m in MAPS for s in SAMPLE_DIRS if m.stem == s or m.stem.startswith(s + "-")})


def _entries() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in MAPS:
        for entry in yaml.safe_load(path.read_text()) or []:
            entry["_map"] = path.name
            if "directory" in entry or "glob" in entry:  # expands to one skip per sample
                pattern = entry.get("glob") or f"{entry['directory']}/**/*.json"
                below = sorted(SAMPLES.glob(pattern))
                assert below, f"{path.name}: no samples match {pattern}"
                assert "skip" in entry, f"{path.name}: {pattern} needs skip: and a reason"
                for sample in below:
                    out.append({"sample": sample.relative_to(SAMPLES).as_posix(), "skip": entry["skip"], "_map": path.name})
                continue
            out.append(entry)
    return out


ENTRIES = _entries()
CHECKS = [e for e in ENTRIES if "skip" not in e]


def _model_ref(ref: str) -> type[Model]:
    """``package.module:Model`` -> the class."""
    module, _, name = ref.partition(":")
    cls: type[Model] = getattr(importlib.import_module(module), name)
    return cls


def _load(rel: str) -> Any:
    return json.loads((SAMPLES / rel).read_text())


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
        for item in value if isinstance(value, list) else (value.values() if isinstance(value, dict) else [value]):
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
def test_sample(entry: dict[str, Any]) -> None:
    if not SAMPLES.is_dir():
        pytest.fail(f"the API samples are missing: {SAMPLES}")
    module = importlib.import_module(entry["module"])
    body = _load(entry["sample"])
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
            assert_nothing_lost(ext.from_dict({k: v for k, v in raw.items() if k in wires}), ext.__name__)
            raw = {k: v for k, v in raw.items() if k not in wires}
        obj = model.from_dict(raw)
        assert_nothing_lost(obj, f"{entry['model']}[{i}]")
        _same_keys(raw, obj.to_dict(), entry["model"])
        assert type(obj).from_dict(obj.to_dict()) == obj
        assert any(getattr(obj, f.attr) is not UNSET for f in model._fields)


@pytest.mark.parametrize("service", SERVICES)
def test_every_sample_is_mapped(service: str) -> None:
    """Each JSON sample of a mapped service is checked or skipped with a reason."""
    mapped = {e["sample"] for e in ENTRIES}
    samples = {p.relative_to(SAMPLES).as_posix() for p in (SAMPLES / service).rglob("*.json")}
    missing = sorted(samples - mapped)
    assert not missing, f"{len(missing)} samples not in sample_map/{service}-*.yaml: {missing[:20]}"
    unknown = sorted(m for m in mapped if m.split("/")[0] == service and m not in samples)
    assert not unknown, f"map names samples that do not exist: {unknown}"
    bad_skips = [e["sample"] for e in ENTRIES if "skip" in e and not str(e["skip"]).strip()]
    assert not bad_skips, f"skips need a reason: {bad_skips}"
