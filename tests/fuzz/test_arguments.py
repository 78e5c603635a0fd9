"""Class 7: bad arguments are refused with ValueError before anything is sent.

Header values with CR/LF/NUL and other control characters, header names that are not
HTTP tokens, timeouts that are negative, zero, NaN, infinite or too large for a socket,
and waiters' timeouts and intervals that are NaN, negative or infinite. A loopback
server counts connections: a refused call made none."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stacksdk.object_store.v1 as object_store_v1
from stacksdk.object_store.v1 import objects
from stacksdk.runtime import EndpointOpts, Operation, ProviderClient, ServiceClient, errors
from stacksdk.runtime.resources.jobs import wait_for_job
from stacksdk.runtime.resources.service import JobSpec, ServiceSpec
from stacksdk.runtime.resources.wait import wait_for_delete, wait_for_status
from tests.unit.conftest import Thing

from .loopback import RawServer

CLASS = "arguments: headers, timeouts, waits"
GET = Operation("things.get", "GET", "/things/{thing_id}", response_key="thing")


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    with RawServer("127.0.0.1") as srv:
        srv.handler = lambda method, target: (
            200,
            {"thing": {"id": "x", "name": "ACTIVE"}, "status": "SUCCESS"},
        )
        yield srv


@pytest.fixture(scope="module")
def provider(server: RawServer) -> ProviderClient:
    p = ProviderClient(server.url + "/v3")
    p.set_token("argument-fuzz-token")
    p.retry_policy = None
    return p


@pytest.fixture(scope="module")
def swift(provider: ProviderClient, server: RawServer) -> ServiceClient:
    return object_store_v1.new_client(provider, EndpointOpts(url=server.url + "/v1/AUTH_x"))


def _refused(server: RawServer, call: Any, fuzz_stats: Any, match: str | None = None) -> None:
    """``call`` raises ValueError (naming ``match``) and nothing reached the server."""
    server.reset()
    escapes = 0
    try:
        call()
    except ValueError as exc:
        if match is not None:
            assert match in str(exc), str(exc)
    except Exception:  # noqa: BLE001 - anything else escaped or came too late
        escapes = 1
    else:
        escapes = 1
    misdirected = server.connections
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, misdirected=misdirected)
    assert (escapes, misdirected) == (0, 0)


CONTROL = ["\r\n", "\n", "\r", "\x00", "\x7f", "\x1b", "\x0b", "\x0c", "a\r\nX-Injected: 1"]


@pytest.mark.parametrize("bad", CONTROL)
def test_header_values_with_control_characters(
    provider: ProviderClient, server: RawServer, swift: ServiceClient, bad: str, fuzz_stats: Any
) -> None:
    url = server.url + "/v3/x"
    _refused(
        server,
        lambda: provider.request("GET", url, headers={"X-Thing": f"v{bad}w"}),
        fuzz_stats,
        "X-Thing",
    )
    _refused(
        server,
        lambda: objects.upload(
            swift, "c", "o", b"x", objects.UploadOpts(metadata={"k": f"v{bad}"})
        ),
        fuzz_stats,
        "X-Object-Meta-k",
    )


@pytest.mark.parametrize("name", ["X Thing", "X-Thing:", "X\r\nY", "", "X-Thing\x00", "Ünï"])
def test_header_names_that_are_not_tokens(
    provider: ProviderClient, server: RawServer, swift: ServiceClient, name: str, fuzz_stats: Any
) -> None:
    _refused(
        server,
        lambda: provider.request("GET", server.url + "/v3/x", headers={name: "v"}),
        fuzz_stats,
        "header",
    )
    _refused(
        server,
        lambda: objects.upload(swift, "c", "o", b"x", objects.UploadOpts(metadata={name: "v"})),
        fuzz_stats,
        "header",
    )


def test_tabs_and_non_ascii_values_are_sent(provider: ProviderClient, server: RawServer) -> None:
    server.reset()
    provider.request("GET", server.url + "/v3/x", headers={"X-Thing": "a\tb"})
    assert b"X-Thing: a\tb" in server.received[0][2]


BAD_SECONDS: list[Any] = [
    0,
    0.0,
    -0.0,
    -1,
    -1e-9,
    math.nan,
    math.inf,
    -math.inf,
    1e10,
    1e300,
    True,
    "5",
    None,
    (1.0,),
    (1.0, math.nan),
    (0, 5),
    (5, -1),
    (5, math.inf),
    (5, 1, 1),
]


@pytest.mark.parametrize("timeout", BAD_SECONDS, ids=repr)
def test_bad_request_timeouts(
    provider: ProviderClient, server: RawServer, timeout: Any, fuzz_stats: Any
) -> None:
    if timeout is None:
        return  # None is the provider's default
    _refused(
        server,
        lambda: provider.request("GET", server.url + "/v3/x", timeout=timeout),
        fuzz_stats,
        "timeout",
    )


@pytest.mark.parametrize("name", ["connect_timeout", "read_timeout"])
@pytest.mark.parametrize("value", [0, -1, math.nan, math.inf, 1e300, "10"], ids=repr)
def test_bad_provider_timeouts(name: str, value: Any) -> None:
    with pytest.raises(ValueError, match=name):
        ProviderClient("http://127.0.0.1:1/v3", **{name: value})


@given(
    seconds=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-(10**12), max_value=10**12),
        st.sampled_from([-0.0, 5e-324, 1e9, 1e9 + 1, 2**63]),
    )
)
def test_timeouts_are_accepted_only_when_usable(
    provider: ProviderClient, server: RawServer, seconds: float, fuzz_stats: Any
) -> None:
    """Positive finite seconds (up to 1e9) are used; anything else is refused, unsent."""
    server.reset()
    escapes = 0
    usable = not isinstance(seconds, bool) and 0 < seconds <= 1e9
    outcome = "escaped"
    try:
        provider.request("GET", server.url + "/v3/x", timeout=(5.0, seconds) if usable else seconds)
        outcome = "sent"
    except ValueError:
        outcome = "refused"
    except errors.SDKError:
        outcome = "sent"  # sent, then e.g. a read timeout of 1e-100 s
    except Exception:  # noqa: BLE001
        escapes = 1
    misdirected = int(outcome == "refused" and server.connections > 0)
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, misdirected=misdirected)
    assert escapes == 0 and (outcome == "sent") == usable and misdirected == 0, seconds


WAIT_BAD: list[Any] = [math.nan, -1, -1e-9, math.inf, -math.inf, 1e300, "1", True, None]


@pytest.mark.parametrize("field", ["timeout", "interval"])
@pytest.mark.parametrize("value", WAIT_BAD, ids=repr)
def test_bad_wait_arguments(
    provider: ProviderClient, server: RawServer, field: str, value: Any, fuzz_stats: Any
) -> None:
    svc = ServiceClient(provider, ServiceSpec("thing", "v1"), server.url + "/v1")
    kw = {field: value}
    _refused(
        server,
        lambda: wait_for_status(
            svc, GET, {"thing_id": "x"}, model=Thing, field="name", wanted="ACTIVE", **kw
        ),
        fuzz_stats,
        field,
    )
    _refused(
        server,
        lambda: wait_for_delete(svc, GET, {"thing_id": "x"}, model=Thing, **kw),
        fuzz_stats,
        field,
    )
    jobs = ServiceClient(
        provider,
        ServiceSpec("jobs", "v1", jobs=JobSpec("/jobs/{job_id}", root=True)),
        server.url + "/v1",
    )
    _refused(server, lambda: wait_for_job(jobs, "job-1", **kw), fuzz_stats, field)


@given(
    value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(10**6), 10**12))
)
def test_wait_arguments_property(
    provider: ProviderClient, server: RawServer, value: float, fuzz_stats: Any
) -> None:
    """A wait with a usable timeout (and interval 0) polls and returns; any other value is
    refused before the first poll. Nothing waits for ever: the state is reached at once."""
    svc = ServiceClient(provider, ServiceSpec("thing", "v1"), server.url + "/v1")
    server.reset()
    usable = 0 <= value <= 1e9
    escapes = 0
    try:
        wait_for_status(
            svc,
            GET,
            {"thing_id": "x"},
            model=Thing,
            field="name",
            wanted="ACTIVE",
            timeout=value,
            interval=0,
        )
        done = True
    except ValueError:
        done = False
    except Exception:  # noqa: BLE001
        escapes, done = 1, not usable
    misdirected = int((server.connections > 0) != usable)
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, misdirected=misdirected)
    assert escapes == 0 and done == usable and misdirected == 0, value
