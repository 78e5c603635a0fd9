"""The built-in retry policy against a local server: what is resent, what never is,
how long the pipeline asks to wait (recorded by ``provider.sleep``, never slept)."""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Iterator

import pytest

from stacksdk.runtime import Operation, ProviderClient, ServiceClient, errors
from stacksdk.runtime.pipeline.retry import NO_RETRIES, RetryPolicy, retry_after_seconds

from .conftest import Thing
from .server import Reply, Request, Server

GET = Operation("things.get", "GET", "/things/{thing_id}", response_key="thing")
CREATE = Operation(
    "things.create", "POST", "/things", ok=(201,), request_kind="json", request_key="thing"
)
SAFE_POST = Operation(
    "things.peek",
    "POST",
    "/things/{thing_id}/action",
    request_kind="json-null",
    request_key="peek",
    idempotent=True,
)
OK = Reply(200, {"thing": {"id": "x"}})


def script(server: Server, *replies: Reply) -> None:
    """Answer with ``replies`` in turn, then with the last one forever."""
    queue = list(replies)

    def handler(r: Request) -> Reply:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    server.handler = handler  # type: ignore[assignment]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2", 2.0),
        ("0.5", 0.5),
        ("-3", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("inf", None),
    ],
)
def test_retry_after_forms(value: str | None, expected: float | None) -> None:
    assert retry_after_seconds(value) == expected


def test_retry_after_http_date() -> None:
    now = 1_700_000_000.0
    assert retry_after_seconds(email.utils.formatdate(now + 30, usegmt=True), now=now) == 30.0
    assert retry_after_seconds(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0


def test_429_is_retried_honouring_retry_after(
    client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    script(server, Reply(429, {"message": "slow"}, {"Retry-After": "2"}), OK)
    assert client.call(GET, {"thing_id": "x"}, model=Thing).extract().id == "x"
    assert len(server.requests) == 2 and sleeps == [2.0]


def test_429_retry_after_as_a_date(
    client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    script(server, Reply(429, {"message": "slow"}, {"Retry-After": when}), OK)
    client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 5


def test_429_on_a_post_is_retried_the_server_refused_it(
    client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    script(
        server,
        Reply(429, {"message": "slow"}, {"Retry-After": "1"}),
        Reply(201, {"thing": {"id": "n"}}),
    )
    client.call(CREATE, None, model=Thing)
    assert [r.method for r in server.requests] == ["POST", "POST"]


def test_a_huge_retry_after_is_not_slept(
    client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    script(server, Reply(429, {"message": "come back in an hour"}, {"Retry-After": "3600"}))
    with pytest.raises(errors.TooManyRequests) as err:
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert err.value.retry_after == "3600"
    assert len(server.requests) == 1 and sleeps == []


def test_retry_after_beyond_the_deadline_is_not_waited(
    provider: ProviderClient, client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    provider.retry_policy = RetryPolicy(deadline=1.0)
    script(server, Reply(503, {"message": "busy"}, {"Retry-After": "5"}))
    with pytest.raises(errors.ServiceUnavailable):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == 1 and sleeps == []


def test_503_then_success_for_a_get(
    client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    script(server, Reply(503, {"message": "busy"}), Reply(503, {"message": "busy"}), OK)
    client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == 3
    # full jitter: each wait in [0, base * 2**retry)
    assert len(sleeps) == 2 and 0 <= sleeps[0] < 0.5 and 0 <= sleeps[1] < 1.0


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_5xx_answer_to_a_post_is_never_resent(
    client: ServiceClient, server: Server, sleeps: list[float], status: int
) -> None:
    script(server, Reply(status, {"message": "oops"}), Reply(201, {"thing": {"id": "n"}}))
    with pytest.raises(errors.ServerError):
        client.call(CREATE, None, model=Thing)
    assert len(server.requests) == 1 and sleeps == []


def test_a_post_the_spec_marks_idempotent_is_resent(client: ServiceClient, server: Server) -> None:
    script(server, Reply(502, {"message": "bad gateway"}), Reply(200, {"output": "ok"}))
    assert client.call(SAFE_POST, {"thing_id": "x"}).body == {"output": "ok"}
    assert len(server.requests) == 2


def test_attempts_are_bounded(client: ServiceClient, server: Server, sleeps: list[float]) -> None:
    script(server, Reply(500, {"message": "down"}))
    with pytest.raises(errors.ServerError):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == RetryPolicy().max_attempts == 4
    assert len(sleeps) == 3


def test_client_errors_are_not_retried(
    client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    script(server, Reply(409, {"message": "conflict"}))
    with pytest.raises(errors.Conflict):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == 1


def test_no_retries_policy(provider: ProviderClient, client: ServiceClient, server: Server) -> None:
    provider.retry_policy = NO_RETRIES
    script(server, Reply(503, {"message": "busy"}), OK)
    with pytest.raises(errors.ServiceUnavailable):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert len(server.requests) == 1


def test_backoff_func_decides_429s_instead_of_the_policy(
    provider: ProviderClient, client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    calls: list[int] = []
    provider.retry_backoff_func = lambda err, n: calls.append(n)
    provider.max_backoff_retries = 1
    script(server, Reply(429, {"message": "slow"}, {"Retry-After": "1"}))
    with pytest.raises(errors.TooManyRequests):
        client.call(GET, {"thing_id": "x"}, model=Thing)
    assert calls == [0] and len(server.requests) == 2 and sleeps == []


@pytest.fixture
def stalling(server: Server) -> Iterator[threading.Event]:
    """A server that holds every request until the test ends (no sleeps)."""
    release = threading.Event()

    def handler(r: Request) -> Reply:
        release.wait(10)
        return OK

    server.handler = handler  # type: ignore[assignment]
    yield release
    release.set()


def test_a_read_timeout_resends_a_get(
    client: ServiceClient, server: Server, stalling: threading.Event
) -> None:
    with pytest.raises(errors.Timeout) as err:
        client.call(GET, {"thing_id": "x"}, model=Thing, timeout=(2, 0.2))
    assert err.value.sent is True
    assert len(server.requests) == 4  # every attempt reached the server


def test_a_read_timeout_never_resends_a_post(
    client: ServiceClient, server: Server, stalling: threading.Event
) -> None:
    with pytest.raises(errors.Timeout) as err:
        client.call(CREATE, None, model=Thing, timeout=0.2)
    assert "may have received" in str(err.value)
    assert len(server.requests) == 1


def test_a_streamed_body_is_not_resent(
    client: ServiceClient, server: Server, sleeps: list[float]
) -> None:
    upload = Operation(
        "things.upload", "PUT", "/things/{thing_id}/file", ok=(204,), request_kind="binary"
    )
    script(server, Reply(503, {"message": "busy"}), Reply(204))

    def chunks() -> Iterator[bytes]:
        yield b"abc"
        yield b"def"

    with pytest.raises(errors.ServiceUnavailable):
        client.call(upload, {"thing_id": "x"}, data=chunks())
    assert len(server.requests) == 1 and sleeps == []
    # a file object is rewound and sent again
    import io

    script(server, Reply(503, {"message": "busy"}), Reply(204))
    client.call(upload, {"thing_id": "x"}, data=io.BytesIO(b"abcdef"))
    assert [r.body for r in server.requests[1:]] == [b"abcdef", b"abcdef"]


def test_policy_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="negative"):
        RetryPolicy(base_delay=-1)
