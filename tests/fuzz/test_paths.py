"""Class 2: no call addresses a resource other than the one its arguments name.

A loopback server records the raw request target. Property: for any path parameter
value, either the call raises ValueError before anything is sent, or the path the
server receives, split on "/" and percent-decoded, has exactly the segments of the
operation's template, each equal to its argument (``..`` is never a dot segment,
``/`` never splits, ``?`` and ``#`` never end the path)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stacksdk.identity.v3 as identity_v3
import stacksdk.object_store.v1 as object_store_v1
from stacksdk.identity.v3 import projects
from stacksdk.object_store.v1 import objects
from stacksdk.runtime import EndpointOpts, ProviderClient, errors

from .loopback import RawServer

CLASS = "paths: resource addressing"
ACCOUNT = "AUTH_0123"


class Target:
    def __init__(self, server: RawServer) -> None:
        self.server = server
        server.handler = lambda method, target: (404, {"error": {"message": "no such thing"}})
        provider = ProviderClient(server.url + "/v3")
        provider.set_token("path-fuzz-token")
        provider.retry_policy = None
        self.identity = identity_v3.new_client(provider, EndpointOpts(url=server.url + "/v3"))
        self.swift = object_store_v1.new_client(
            provider, EndpointOpts(url=f"{server.url}/v1/{ACCOUNT}")
        )

    def segments(self) -> list[str] | None:
        """The decoded segments of the one request received (None: nothing arrived)."""
        if not self.server.received:
            return None
        target = self.server.received[-1][1]
        assert "?" not in target and "#" not in target, target
        return [unquote(s, errors="strict") for s in target.split("/")]


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    with RawServer("127.0.0.1") as server:
        yield Target(server)


def _check(target: Target, call: Any, expected: list[str], fuzz_stats: Any) -> None:
    target.server.reset()
    escapes = misdirected = 0
    refused = False
    try:
        call()
    except errors.NotFound:
        pass
    except ValueError:  # refused before sending (errors.ConfigError is one too)
        refused = True
    except errors.SDKError:
        pass
    except Exception:  # noqa: BLE001 - escaped the SDK's error tree
        escapes = 1
    got = target.segments()
    if refused:
        misdirected = int(got is not None)  # a refused call sent nothing
    elif got != expected:
        misdirected = 1
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, misdirected=misdirected)
    assert (escapes, misdirected) == (0, 0), (expected, got)


SPECIAL = [
    "..",
    ".",
    "...",
    "%2E%2E",
    "%2e",
    "../..",
    "a/..",
    "../x",
    "/",
    "//",
    "?",
    "#",
    "%",
    "%25",
    ";",
    ";x=1",
    "a b",
    "+",
    "ünï €",
    "网络",
    "\x00",
    "\r\n",
    "\t",
    "\\",
    "~",
    "-_.~",
    "x%2Fy",
    "%00",
    "\u2028",
    "\ufeff",
]
values = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(min_size=1, max_size=12),
    st.text(alphabet="./%?#;", max_size=6),
)


@pytest.mark.parametrize("value", SPECIAL)
def test_special_ids_address_themselves(target: Target, value: str, fuzz_stats: Any) -> None:
    _check(
        target,
        lambda: projects.delete(target.identity, value),
        ["", "v3", "projects", value],
        fuzz_stats,
    )
    _check(
        target,
        lambda: objects.head(target.swift, "cont", value),
        ["", "v1", ACCOUNT, "cont", value],
        fuzz_stats,
    )


def test_dot_segments_are_sent_encoded(target: Target) -> None:
    for value, wire in (("..", "%2E%2E"), (".", "%2E")):
        target.server.reset()
        with pytest.raises(errors.NotFound):
            objects.delete(target.swift, "cont", value)
        assert target.server.received[0][:2] == ("DELETE", f"/v1/{ACCOUNT}/cont/{wire}")
        target.server.reset()
        with pytest.raises(errors.NotFound):
            projects.get(target.identity, value)
        assert target.server.received[0][:2] == ("GET", f"/v3/projects/{wire}")


def test_empty_and_unencodable_ids_are_refused_before_sending(target: Target) -> None:
    target.server.reset()
    with pytest.raises(ValueError, match="empty"):
        projects.delete(target.identity, "")
    with pytest.raises(ValueError, match="surrogate"):
        objects.head(target.swift, "cont", "\ud800")
    assert target.server.connections == 0


@given(container=values, name=values)
def test_generated_object_paths(target: Target, container: str, name: str, fuzz_stats: Any) -> None:
    _check(
        target,
        lambda: objects.delete(target.swift, container, name),
        ["", "v1", ACCOUNT, container, name],
        fuzz_stats,
    )


@given(value=values)
def test_generated_project_ids(target: Target, value: str, fuzz_stats: Any) -> None:
    _check(
        target,
        lambda: projects.get(target.identity, value),
        ["", "v3", "projects", value],
        fuzz_stats,
    )
