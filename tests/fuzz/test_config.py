"""Hostile clouds.yaml / secure.yaml: whatever the file holds, loading it ends in
AuthOptions or an ``errors.ConfigError`` -- never another exception, never a secret
in the message, and in time bounded by the loader's limits (size, depth, values once
aliases are expanded), not by the input's cleverness.

Three sources of input: clouds built as data (our keys, other tools' keys, typos,
wrong types, secrets under every secret key) and written as YAML with anchors;
YAML-ish text assembled from hostile fragments (quotes, anchors, aliases, tags,
flow and block nesting, control characters); and byte-level mutations of a valid
file. Both files are tried (the secret may live in secure.yaml).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from stacksdk.runtime import AuthOptions, errors
from stacksdk.runtime.config import clouds as config

CLASS = "config: hostile clouds.yaml"
SECRET = "Sekr1t-4f9c2e7a-value"

OUR_KEYS = sorted(config._schema()["$defs"]["cloud"]["properties"])
AUTH_KEYS = sorted(config._schema()["$defs"]["auth"]["properties"])
OTHER_KEYS = sorted(config.FOREIGN_KEYS) + [
    "compute_api_version",
    "volume_api_version",
    "insecure",
    "compute_service_type",
]
TYPOS = ["regoin_name", "usernme", "insecrue", "compute_api_versoin", "auth_ur"]

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            "public",
            "internalURL",
            "http://127.0.0.1:5000/v3",
            "https://u:pw@h/v3",
            "2.79",
            "3",
            "2.latest",
            "",
            "R1",
        ]
    ),
    st.text(max_size=12),
)


def _value(depth: int) -> st.SearchStrategy[Any]:
    if depth <= 0:
        return SCALARS
    inner = _value(depth - 1)
    return st.one_of(
        SCALARS,
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(AUTH_KEYS + ["name", "values", "x"]), inner, max_size=3),
    )


def _with_secrets(value: Any) -> Any:
    """Every secret key anywhere gets the secret (as a value of any type would be)."""
    if isinstance(value, dict):
        return {
            k: (SECRET if k in config.SECRET_KEYS else _with_secrets(v)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_with_secrets(v) for v in value]
    return value


AUTHS = st.dictionaries(
    st.sampled_from(AUTH_KEYS + ["passcode", "auth_token", "usernme"]), _value(1), max_size=8
).map(_with_secrets)
CLOUDS = st.fixed_dictionaries(
    {"auth": st.one_of(AUTHS, _value(1))},
    optional={
        **{key: _value(2) for key in OUR_KEYS if key != "auth"},
        **{key: _value(1) for key in OTHER_KEYS + TYPOS},
        "regions": st.lists(
            st.one_of(
                st.text(max_size=5),
                st.fixed_dictionaries(
                    {"name": st.text(max_size=5)},
                    optional={
                        "values": st.fixed_dictionaries(
                            {}, optional={"auth": AUTHS, "interface": SCALARS}
                        )
                    },
                ),
            ),
            max_size=3,
        ),
    },
).map(_with_secrets)

#: pieces of YAML an attacker (or a typo) puts together
FRAGMENTS = [
    "clouds:",
    "\n",
    "\n  ",
    "\n    ",
    "\n      ",
    "c:",
    " ",
    "- ",
    "auth:",
    "auth_url: http://127.0.0.1/v3",
    "region_name: R",
    "regions:",
    "values:",
    "name: R",
    "interface: public",
    "api_timeout: ",
    "1e999",
    "2024-13-01",
    "0x",
    "99999999999999999999",
    "&a ",
    "*a",
    "&b [*a, *a, *a, *a]",
    "*b",
    "<<: ",
    "!!binary ",
    "!!python/object:os.system ",
    "!x ",
    "!!set ",
    "? ",
    ": ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "#",
    "|",
    ">",
    "'",
    '"',
    "\\",
    "\t",
    "\x00",
    "\x85",
    "\ufeff",
    "---",
    "...",
    "%YAML 1.1",
    "~",
    "null",
    "yes",
    "on",
    ".nan",
    "-.inf",
    "compute_api_version: 2.10",
    "insecure: yes",
]
SECRET_FRAGMENTS = [f"password: {SECRET}", f"token: {SECRET}", f"secret_key: {SECRET}"]
TEXTS = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
TEXTS_WITH_SECRETS = st.lists(
    st.sampled_from(
        [f for f in FRAGMENTS if f not in ("'", '"', "|", ">", "\\")]
        + ["\n      " + s for s in SECRET_FRAGMENTS]
    ),
    max_size=60,
).map("".join)


def _mutations() -> st.SearchStrategy[bytes]:
    base = (
        "clouds:\n  c:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: u\n"
        f"      password: {SECRET}\n      user_domain_id: default\n      project_name: p\n"
        "      project_domain_id: default\n    region_name: R1\n    compute_api_version: 2.79\n"
    ).encode()

    def mutate(edits: list[tuple[int, int, bytes]]) -> bytes:
        out = bytearray(base)
        for pos, cut, insert in edits:
            pos %= len(out) + 1
            out[pos : pos + cut] = insert
        return bytes(out)

    edit = st.tuples(
        st.integers(0, 10**6),
        st.integers(0, 3),
        st.binary(max_size=4)
        | st.sampled_from([b"'", b'"', b": ", b"\n  ", b"&a", b"*a", b"[", b"{"]),
    )
    return st.lists(edit, min_size=1, max_size=6).map(mutate)


def _try(
    tmp_path: Path,
    fuzz_stats: Any,
    data: bytes,
    where: str = "clouds.yaml",
    check_leak: bool = True,
) -> None:
    files = {"clouds.yaml": tmp_path / "clouds.yaml", "secure.yaml": tmp_path / "secure.yaml"}
    if where == "secure.yaml":
        files["clouds.yaml"].write_text(
            "clouds:\n  c:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: u\n"
        )
    else:
        files["secure.yaml"].unlink(missing_ok=True)
    files[where].write_bytes(data)
    env = {
        "OS_CLIENT_CONFIG_FILE": str(files["clouds.yaml"]),
        "OS_CLIENT_SECURE_FILE": str(files["secure.yaml"]),
    }
    escapes = leaks = 0
    message = ""
    try:
        opts = AuthOptions.from_cloud("c", env)
        message = repr(opts)
    except errors.ConfigError as exc:
        message = str(exc)
    except Exception as exc:  # noqa: BLE001 - the property: nothing else escapes
        escapes = 1
        message = f"{type(exc).__name__}: {exc}"
    if check_leak and SECRET in message:
        leaks = 1
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, leaks=leaks)
    assert escapes == 0, message
    assert leaks == 0, message


@given(cloud=CLOUDS, anchored=st.booleans(), where=st.sampled_from(["clouds.yaml", "secure.yaml"]))
def test_clouds_as_data(
    tmp_path_factory: Any, fuzz_stats: Any, cloud: dict[str, Any], anchored: bool, where: str
) -> None:
    document: dict[str, Any] = {"clouds": {"c": cloud}}
    if anchored and isinstance(cloud.get("auth"), dict):
        document["clouds"]["d"] = {
            "auth": cloud["auth"]
        }  # the same object twice: an anchor and an alias
    text = yaml.safe_dump(document, allow_unicode=True)
    _try(tmp_path_factory.mktemp("c"), fuzz_stats, text.encode(), where)


@given(text=TEXTS, where=st.sampled_from(["clouds.yaml", "secure.yaml"]))
def test_yamlish_text(tmp_path_factory: Any, fuzz_stats: Any, text: str, where: str) -> None:
    _try(
        tmp_path_factory.mktemp("t"),
        fuzz_stats,
        text.encode("utf-8", "surrogatepass"),
        where,
        check_leak=False,
    )


@given(text=TEXTS_WITH_SECRETS)
def test_yamlish_text_with_secrets(tmp_path_factory: Any, fuzz_stats: Any, text: str) -> None:
    _try(tmp_path_factory.mktemp("s"), fuzz_stats, text.encode(), "secure.yaml")


@given(data=_mutations(), where=st.sampled_from(["clouds.yaml", "secure.yaml"]))
def test_mutated_files(tmp_path_factory: Any, fuzz_stats: Any, data: bytes, where: str) -> None:
    _try(tmp_path_factory.mktemp("m"), fuzz_stats, data, where, check_leak=False)


@given(levels=st.integers(1, 40), width=st.integers(1, 12), nest=st.integers(0, 200))
def test_bombs_and_nesting_are_bounded(
    tmp_path_factory: Any, fuzz_stats: Any, levels: int, width: int, nest: int
) -> None:
    """Alias fan-out of any width and depth, and nesting of any depth: refused by the
    limits (values counted as expanded) before any exponential work."""
    lines = ["a0: &a0 [x]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    text = (
        "\n".join(lines)
        + f"\nclouds:\n  c:\n    regions: *a{levels - 1}\n    x: {'[' * nest}{']' * nest}\n"
    )
    _try(tmp_path_factory.mktemp("b"), fuzz_stats, text.encode(), "clouds.yaml")
