"""Fault injection against the real local Keystone: a FaultProxy (tests/faults/proxy.py)
sits between the SDK and Keystone and breaks chosen requests — 429s with each form of
Retry-After, 5xx, resets before and after the request reached Keystone, stalls past the
read timeout, truncated and non-JSON bodies, revoked tokens, next links to other hosts.

Each test asserts what the caller got (always an exception from stacksdk.runtime.errors)
and counts what reached Keystone — for creates, the rows Keystone holds afterwards, read
directly (not through the proxy). The last test greps every log record and exception
message the module produced for the secrets it used.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

import stacksdk.identity.v3 as identity_v3
from stacksdk.identity.v3 import credentials, projects, tokens
from stacksdk.runtime import (
    AuthOptions,
    EndpointOpts,
    ProviderClient,
    ServiceClient,
    authenticated_client,
    errors,
)
from stacksdk.runtime.pipeline.provider import TRACE
from tests.faults.proxy import Fault, FaultProxy
from tests.integration.conftest import admin_options
from tests.localcloud.keystone import KeystoneInfo

#: every exception message the tests saw, and every token they used: grepped at the end
SEEN_ERRORS: list[str] = []
SECRETS: set[str] = set()
LOG_RECORDS: list[logging.LogRecord] = []


class _Keep(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        LOG_RECORDS.append(record)


@pytest.fixture(scope="module", autouse=True)
def capture_everything() -> Iterator[None]:
    """Log every stacksdk record at TRACE (bodies included) for the whole module."""
    handler = _Keep(level=TRACE)
    logger = logging.getLogger("stacksdk")
    old = logger.level
    logger.addHandler(handler)
    logger.setLevel(TRACE)
    yield
    logger.removeHandler(handler)
    logger.setLevel(old)


def caught(exc_info: pytest.ExceptionInfo[BaseException]) -> BaseException:
    """Record an exception's text for the final grep; check it is one of ours."""
    err = exc_info.value
    SEEN_ERRORS.extend([str(err), repr(err)])
    assert isinstance(err, errors.SDKError), type(err)
    assert not isinstance(err, (requests.RequestException, json.JSONDecodeError)), type(err)
    return err


@pytest.fixture
def proxy(keystone: KeystoneInfo) -> Iterator[FaultProxy]:
    parts = urlsplit(keystone.auth_url)
    with FaultProxy(f"{parts.scheme}://{parts.netloc}") as p:
        yield p


Through = tuple[ProviderClient, ServiceClient, list[float]]


@pytest.fixture
def through(proxy: FaultProxy, keystone: KeystoneInfo) -> Through:
    """A provider whose every request goes through the proxy; retries' waits are recorded."""
    path = urlsplit(keystone.auth_url).path
    provider = authenticated_client(admin_options(keystone, identity_endpoint=proxy.url + path))
    waits: list[float] = []
    provider.sleep = waits.append
    assert provider.token is not None
    SECRETS.add(provider.token)
    SECRETS.add(keystone.admin_password)
    client = identity_v3.new_client(provider, EndpointOpts(url=proxy.url + "/v3"))
    return provider, client, waits


@pytest.fixture(scope="module")
def owner(keystone: KeystoneInfo) -> Iterator[tuple[ServiceClient, str]]:
    """Keystone directly (no proxy), and the admin user whose credentials the tests count."""
    provider = authenticated_client(admin_options(keystone))
    assert provider.token is not None and provider.token_info is not None
    SECRETS.add(provider.token)
    client = identity_v3.new_client(provider, EndpointOpts(region=keystone.region))
    user_id = provider.token_info.user_id
    assert user_id
    yield client, user_id


def rows(owner: tuple[ServiceClient, str], marker: str) -> int:
    """How many credentials Keystone holds whose blob carries ``marker``."""
    client, user_id = owner
    found = credentials.list(client, credentials.ListOpts(user_id=user_id))
    return sum(1 for c in found if marker in (c.blob or ""))


def create_credential(client: ServiceClient, user_id: str, marker: str, **kw: Any) -> Any:
    blob = json.dumps({"marker": marker, "secret": f"blob-secret-{marker}"})
    SECRETS.add(f"blob-secret-{marker}")
    return credentials.create(
        client, credentials.CreateOpts(user_id=user_id, type="fault-test", blob=blob), **kw
    )


# -- creates: never duplicated ------------------------------------------------------------


CREATE_FAULTS: list[tuple[str, Callable[[], Fault], type[errors.SDKError], int]] = [
    # (name, fault on the first POST, what the caller gets, rows Keystone holds after)
    (
        "reset-after-send",
        lambda: Fault.reset_after(method="POST", path="/v3/credentials"),
        errors.ConnectionFailed,
        1,
    ),
    (
        "reset-before-body",
        lambda: Fault.reset_before(method="POST", path="/v3/credentials"),
        errors.ConnectionFailed,
        0,
    ),
    (
        "read-timeout",
        lambda: Fault.stall(forward=True, method="POST", path="/v3/credentials"),
        errors.Timeout,
        1,
    ),
    (
        "truncated-answer",
        lambda: Fault.truncate(method="POST", path="/v3/credentials"),
        errors.ConnectionFailed,
        1,
    ),
    (
        "503",
        lambda: Fault.respond(
            503, {}, {"error": {"message": "busy"}}, method="POST", path="/v3/credentials"
        ),
        errors.ServiceUnavailable,
        0,
    ),
    (
        "500",
        lambda: Fault.respond(
            500, {}, {"error": {"message": "boom"}}, method="POST", path="/v3/credentials"
        ),
        errors.ServerError,
        0,
    ),
    (
        "502-after-send",
        lambda: Fault.rewrite(lambda body: 1 / 0, method="POST", path="/v3/credentials"),
        errors.ServerError,
        1,
    ),
]


@pytest.mark.parametrize(
    ("name", "fault", "raised", "expected_rows"), CREATE_FAULTS, ids=[f[0] for f in CREATE_FAULTS]
)
def test_a_faulted_create_is_never_sent_twice(
    through: Through,
    proxy: FaultProxy,
    owner: tuple[ServiceClient, str],
    unique: Callable[[str], str],
    name: str,
    fault: Callable[[], Fault],
    raised: type[errors.SDKError],
    expected_rows: int,
) -> None:
    provider, client, waits = through
    marker = unique(name)
    proxy.add(fault())
    with pytest.raises(raised) as info:
        # only the stall needs a short read timeout; the others must not time out by chance
        create_credential(
            client, owner[1], marker, timeout=(5, 0.5) if name == "read-timeout" else None
        )
    caught(info)
    if name == "read-timeout":  # the proxy forwarded the POST, then held the answer back
        assert proxy.wait_stalled(1, timeout=10)
    posts = [s for s in proxy.log if s.method == "POST" and s.path == "/v3/credentials"]
    assert len(posts) == 1, "the POST was sent again"
    assert rows(owner, marker) == expected_rows == proxy.forwarded("POST", "/v3/credentials")
    assert waits == []


def test_a_429_create_is_retried_and_made_once(
    through: Through,
    proxy: FaultProxy,
    owner: tuple[ServiceClient, str],
    unique: Callable[[str], str],
) -> None:
    provider, client, waits = through
    marker = unique("429")
    proxy.add(
        Fault.respond(
            429,
            {"Retry-After": "1"},
            {"error": {"message": "slow"}},
            method="POST",
            path="/v3/credentials",
            times=2,
        )
    )
    made = create_credential(client, owner[1], marker).extract()
    assert made.id and waits == [1.0, 1.0]
    assert rows(owner, marker) == 1 == proxy.forwarded("POST", "/v3/credentials")


# -- reads: retried until they succeed ------------------------------------------------------


READ_FAULTS: list[tuple[str, Callable[[str], Fault]]] = [
    ("503", lambda p: Fault.respond(503, {}, {"error": {"message": "busy"}}, method="GET", path=p)),
    ("502", lambda p: Fault.respond(502, {}, b"<html>bad gateway</html>", method="GET", path=p)),
    ("reset-before", lambda p: Fault.reset_before(method="GET", path=p)),
    ("reset-after", lambda p: Fault.reset_after(method="GET", path=p)),
    ("stall", lambda p: Fault.stall(method="GET", path=p)),
    ("truncate", lambda p: Fault.truncate(method="GET", path=p)),
]


@pytest.mark.parametrize(("name", "fault"), READ_FAULTS, ids=[f[0] for f in READ_FAULTS])
def test_a_faulted_read_is_retried(
    through: Through, proxy: FaultProxy, name: str, fault: Callable[[str], Fault]
) -> None:
    provider, client, waits = through
    project_id = provider.token_info.project_id if provider.token_info else None
    assert project_id
    path = f"/v3/projects/{project_id}"
    proxy.add(fault(path))
    got = projects.get(client, project_id, timeout=(5, 1.0) if name == "stall" else None).extract()
    assert got.id == project_id
    gets = [s for s in proxy.log if s.path == path]
    assert len(gets) == 2 and len(waits) == 1 and not proxy.pending()


@pytest.mark.parametrize("form", ["seconds", "date"])
def test_retry_after_is_honoured(through: Through, proxy: FaultProxy, form: str) -> None:
    provider, client, waits = through
    value = "2" if form == "seconds" else email.utils.formatdate(time.time() + 3, usegmt=True)
    proxy.add(
        Fault.respond(
            429,
            {"Retry-After": value},
            {"error": {"message": "slow"}},
            method="GET",
            path="/v3/projects",
        )
    )
    assert projects.list(client).all_pages().extract()
    assert len(waits) == 1 and (waits[0] == 2.0 if form == "seconds" else 0 < waits[0] <= 3)


def test_a_huge_retry_after_is_returned_not_slept(through: Through, proxy: FaultProxy) -> None:
    provider, client, waits = through
    proxy.add(
        Fault.respond(
            429, {"Retry-After": "3600"}, {"error": {"message": "later"}}, method="GET", times=None
        )
    )
    with pytest.raises(errors.TooManyRequests) as info:
        list(projects.list(client))
    err = caught(info)
    assert isinstance(err, errors.TooManyRequests) and err.retry_after == "3600"
    assert waits == [] and [s.path for s in proxy.log if s.method == "GET"] == ["/v3/projects"]


def test_failures_that_outlast_the_retries_surface_typed(
    through: Through, proxy: FaultProxy
) -> None:
    provider, client, waits = through
    proxy.add(Fault.truncate(method="GET", path="/v3/projects", times=None))
    with pytest.raises(errors.ConnectionFailed) as info:
        list(projects.list(client))
    caught(info)
    assert len([s for s in proxy.log if s.method == "GET"]) == 4  # the policy's four attempts
    assert len(waits) == 3


def test_a_non_json_answer_is_a_response_error(through: Through, proxy: FaultProxy) -> None:
    provider, client, waits = through
    proxy.add(
        Fault.respond(
            200,
            {"Content-Type": "text/html"},
            b"<html>oops</html>",
            method="GET",
            path="/v3/projects/",
        )
    )
    with pytest.raises(errors.ResponseError) as info:
        projects.get(client, "whatever").extract()
    caught(info)


def test_a_next_link_to_another_host_is_refused(through: Through, proxy: FaultProxy) -> None:
    provider, client, waits = through

    def elsewhere(body: Any) -> Any:
        body["links"]["next"] = "http://127.0.0.2:9/v3/projects?marker=x"
        return body

    proxy.add(Fault.rewrite(elsewhere, method="GET", path="/v3/projects"))
    with pytest.raises(errors.UnsafeRedirect) as info:
        list(projects.list(client))
    assert "127.0.0.2" in str(caught(info))
    assert [s.path for s in proxy.log if s.method == "GET"] == [
        "/v3/projects"
    ]  # nothing else was sent


# -- tokens ---------------------------------------------------------------------------------


def auth_posts(proxy: FaultProxy) -> int:
    return sum(1 for s in proxy.log if s.method == "POST" and s.path.endswith("/auth/tokens"))


def test_a_revoked_token_is_replaced_once_and_the_call_succeeds(
    through: Through, proxy: FaultProxy, owner: tuple[ServiceClient, str]
) -> None:
    provider, client, waits = through
    old = provider.token
    assert old is not None
    tokens.revoke(owner[0], tokens.RevokeOpts(subject_token=old))
    before = auth_posts(proxy)
    assert list(projects.list(client))
    assert auth_posts(proxy) == before + 1 and provider.reauth_count == 1
    assert provider.token not in (None, old)
    SECRETS.add(str(provider.token))
    statuses = [s.status for s in proxy.log if s.path == "/v3/projects"]
    assert statuses == [401, 200]


def test_a_second_401_raises(through: Through, proxy: FaultProxy) -> None:
    provider, client, waits = through
    proxy.add(
        Fault.respond(
            401, {}, {"error": {"message": "no"}}, method="GET", path="/v3/projects", times=2
        )
    )
    with pytest.raises(errors.Unauthorized) as info:
        list(projects.list(client))
    caught(info)
    assert provider.reauth_count == 1


def test_a_passthrough_token_is_validated_and_never_renewed(
    proxy: FaultProxy, keystone: KeystoneInfo, owner: tuple[ServiceClient, str]
) -> None:
    direct = authenticated_client(admin_options(keystone))
    token = direct.token
    assert token is not None
    SECRETS.add(token)
    path = urlsplit(keystone.auth_url).path
    opts = AuthOptions.from_env({"OS_AUTH_URL": proxy.url + path, "OS_TOKEN": token})
    assert opts.token_passthrough
    provider = authenticated_client(opts)
    client = identity_v3.new_client(provider, EndpointOpts(url=proxy.url + "/v3"))
    assert list(projects.list(client))
    assert [s.method for s in proxy.log if s.path.endswith("/auth/tokens")] == ["GET"]  # validated
    assert provider.token_info is not None and provider.token_info.catalog.endpoints()

    tokens.revoke(owner[0], tokens.RevokeOpts(subject_token=token))
    with pytest.raises(errors.Unauthorized) as info:
        list(projects.list(client))
    caught(info)
    assert auth_posts(proxy) == 0 and provider.reauth_count == 0


THREADS = 32


def _hammer(client: ServiceClient, project_id: str, calls: int) -> tuple[int, list[BaseException]]:
    """``THREADS`` threads, each making ``calls`` calls, all starting together."""
    start = threading.Barrier(THREADS)
    failures: list[BaseException] = []
    done = [0]
    lock = threading.Lock()

    def work() -> None:
        start.wait(timeout=30)
        for _ in range(calls):
            try:
                projects.get(client, project_id).extract()
            except BaseException as exc:  # noqa: BLE001 - every failure counts
                failures.append(exc)
                return
            with lock:
                done[0] += 1

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    return done[0], failures


def test_32_threads_across_a_revoked_token_reauthenticate_once(
    through: Through, proxy: FaultProxy, owner: tuple[ServiceClient, str]
) -> None:
    provider, client, waits = through
    project_id = provider.token_info.project_id if provider.token_info else None
    assert project_id and provider.token
    tokens.revoke(owner[0], tokens.RevokeOpts(subject_token=provider.token))
    before = auth_posts(proxy)
    done, failures = _hammer(client, project_id, 3)
    assert failures == [] and done == THREADS * 3
    assert auth_posts(proxy) == before + 1 and provider.reauth_count == 1
    SECRETS.add(str(provider.token))


def test_32_threads_across_an_expiry_never_send_the_old_token(
    through: Through, proxy: FaultProxy
) -> None:
    provider, client, waits = through
    info = provider.token_info
    assert info is not None and info.project_id and provider.token
    old = provider.token
    info.expires_at = dt.datetime.now(dt.timezone.utc) + dt.timedelta(
        seconds=30
    )  # inside the margin
    before = auth_posts(proxy)
    done, failures = _hammer(client, info.project_id, 3)
    assert failures == [] and done == THREADS * 3
    assert auth_posts(proxy) == before + 1 and provider.reauth_count == 1
    sent = [s.header("X-Auth-Token") for s in proxy.log if s.path.startswith("/v3/projects/")]
    assert len(sent) == THREADS * 3 and old not in sent  # refreshed before anything was sent
    assert all(s.status == 200 for s in proxy.log if s.path.startswith("/v3/projects/"))
    SECRETS.add(str(provider.token))


# -- the grep -------------------------------------------------------------------------------


def test_no_secret_in_any_log_record_or_exception() -> None:
    """Runs last in this module: everything logged (at TRACE, bodies included) and every
    exception text seen above holds none of the passwords, tokens and secrets used."""
    assert LOG_RECORDS and SEEN_ERRORS and len(SECRETS) >= 3
    texts = [r.getMessage() for r in LOG_RECORDS] + SEEN_ERRORS
    leaks = [(s[:6], t[:120]) for s in SECRETS for t in texts if s in t]
    assert leaks == []
