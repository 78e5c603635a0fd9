"""Class 4: every secret the SDK holds or sent is scrubbed, in every encoding, from
every message, body, URL, header, repr and log line.

A hostile loopback server (tests/unit/server.py) answers an SDK that authenticated
with each auth type (password, token passthrough, application credential, AK/SK with
a security token) by echoing every secret of that auth type -- and the token it
issued -- in random encodings (echoes.py) and places: the error message, nested
JSON, a plain-text body, response headers, ``Location`` (user info and query) and the
request id. Either during authentication or on a later request. Whatever comes back,
no secret may be found (by decoding, echoes.leak) in the exception's str/repr/args,
``body``, ``url``, ``headers``, ``message``, nor in any log record at TRACE, nor in the
reprs of the options and the provider.

Not scrubbed, by design: the data of a *successful* response (a 200 body is what the
user asked for; docs/security-redaction.md).
"""

from __future__ import annotations

import logging
import random
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stacksdk.runtime import AuthOptions, errors
from stacksdk.runtime.auth import AKSKAuthOptions, authenticated_client
from stacksdk.runtime.pipeline import redact
from stacksdk.runtime.pipeline.provider import TRACE

from ..unit.server import Reply, Request, Server
from .conftest import FuzzStats
from .echoes import ASCII_FORMS, FORMS, encode, leak

CLASS = "secrets: echoes and encodings"
AUTH_TYPES = ("password", "passthrough", "application_credential", "aksk")
PLACES = ("message", "nested", "text", "header", "location", "request_id")
USER = "alice"

# "*" is left out of generated secrets: the mask itself is made of it. Each secret starts
# with a marker: Hypothesis also draws the string constants of the code under test
# ("X-Security-Token", "password"), which the SDK legitimately writes in its own lines.
_printable = st.characters(blacklist_categories=("Cs",), blacklist_characters="*\x00")
_token_chars = string.ascii_letters + string.digits + "-_=~.+/"
passwords = st.text(_printable, min_size=8, max_size=24).map(lambda s: "Pw" + s)
tokens = st.text(st.sampled_from(_token_chars), min_size=16, max_size=48).map(lambda s: "Tk" + s)


@dataclass
class Hostile:
    """What the server echoes, where, with which status, and at which stage."""

    secrets: list[str]
    echoes: list[tuple[int, str, str]]  # (index into secrets, form, place)
    status: int
    at_auth: bool
    issued: str
    seed: int = 0
    seen: list[Request] = field(default_factory=list)

    def reply(self) -> Reply:
        rnd = random.Random(self.seed)
        headers: dict[str, str] = {}
        message = "refused:"
        details: list[str] = []
        text_body = False
        for n, (i, form, place) in enumerate(self.echoes):
            secret = self.secrets[i]
            if place in ("header", "location", "request_id") and form not in ASCII_FORMS:
                form = rnd.choice(ASCII_FORMS)
            echo = encode(secret, form, user=USER, rnd=rnd)
            if place == "message":
                message += f" {echo}"
            elif place == "nested":
                details.append(echo)
            elif place == "text":
                text_body = True
                message += f" {echo}"
            elif place == "header":
                headers[f"X-Echo-{n}"] = echo
            elif place == "location":
                headers["Location"] = f"http://{USER}:{echo}@evil.example/x?token={echo}&next=1"
            elif place == "request_id":
                headers["X-Openstack-Request-Id"] = echo
        if text_body:
            return Reply(
                self.status,
                f"<html><p>{message}</p></html>".encode(),
                {**headers, "Content-Type": "text/html"},
            )
        body = {
            "error": {
                "code": self.status,
                "message": message,
                "details": [{"value": d} for d in details],
            }
        }
        return Reply(self.status, body, headers)


def _token_body() -> dict[str, Any]:
    return {
        "token": {
            "expires_at": "2099-01-01T00:00:00Z",
            "catalog": [],
            "user": {"id": "u1"},
            "project": {"id": "p1"},
        }
    }


class Cloud:
    """The hostile server, and one scenario at a time."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.scenario: Hostile | None = None
        server.handler = self._handle

    def _handle(self, r: Request) -> Reply:
        h = self.scenario
        assert h is not None
        h.seen.append(r)
        if r.path.endswith("/auth/tokens"):
            if h.at_auth:
                return h.reply()
            status = 201 if r.method == "POST" else 200
            return Reply(status, _token_body(), {"X-Subject-Token": h.issued})
        if r.path.endswith("/auth/catalog"):
            return h.reply() if h.at_auth else Reply(404, {"error_msg": "no catalog"})
        return h.reply()


@pytest.fixture(scope="module")
def cloud() -> Iterator[Cloud]:
    with Server() as server:
        yield Cloud(server)


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=TRACE)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(record.getMessage())


def _options(kind: str, url: str, secrets: list[str]) -> AuthOptions | AKSKAuthOptions:
    if kind == "password":
        return AuthOptions(
            identity_endpoint=url,
            username=USER,
            user_domain_id="default",
            password=secrets[0],
            project_id="p1",
        )
    if kind == "passthrough":
        return AuthOptions(identity_endpoint=url, token=secrets[0], token_passthrough=True)
    if kind == "application_credential":
        return AuthOptions(
            identity_endpoint=url,
            application_credential_id="ac1",
            application_credential_secret=secrets[0],
        )
    return AKSKAuthOptions(
        access_key="AK-public",
        secret_key=secrets[0],
        security_token=secrets[1],
        identity_endpoint=url,
        project_id="p1",
    )


def _exposed(exc: BaseException) -> list[str]:
    out = [str(exc), repr(exc), *map(str, exc.args)]
    for name in ("message", "url", "request_id"):
        out.append(str(getattr(exc, name, "")))
    body = getattr(exc, "body", b"")
    out.append(body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body))
    out.append(repr(getattr(exc, "headers", {})))
    return out


def run(cloud: Cloud, kind: str, h: Hostile) -> tuple[int, int, list[str]]:
    """One scenario: (escapes, leaks, what leaked)."""
    cloud.scenario = h
    log = logging.getLogger("stacksdk")
    records = Records()
    old_level = log.level
    log.addHandler(records)
    log.setLevel(TRACE)
    escapes = 0
    texts: list[str] = []
    opts = _options(kind, cloud.server.url + "/v3", h.secrets)
    try:
        try:
            provider = authenticated_client(opts, read_timeout=10.0, connect_timeout=10.0)
            provider.retry_policy = None
            texts += [repr(provider), str(provider)]
            provider.request("GET", cloud.server.url + "/v1/things", ok=(200,))
        except errors.SDKError as exc:
            texts += _exposed(exc)
        except Exception as exc:  # anything else escaped the SDK's error tree
            escapes += 1
            texts += _exposed(exc)
    finally:
        log.removeHandler(records)
        log.setLevel(old_level)
        redact.forget(*h.secrets, h.issued)
    texts += records.texts + [repr(opts), str(opts)]
    leaked = [f"{s!r} in {t[:200]!r}" for t in texts for s in set(h.secrets) if leak(t, s)]
    return escapes, len(leaked), leaked


def _secrets(kind: str, password: str, token: str, security_token: str) -> list[str]:
    if kind == "passthrough":
        return [token]
    if kind == "aksk":
        return [password, security_token]
    return [password]


def _held(kind: str, secrets: list[str], issued: str, at_auth: bool) -> list[str]:
    """The secrets the SDK holds when the server answers: a token issued to it too,
    once authentication went through."""
    return (
        [*secrets, issued]
        if kind in ("password", "application_credential") and not at_auth
        else secrets
    )


@given(
    kind=st.sampled_from(AUTH_TYPES),
    password=passwords,
    token=tokens,
    security_token=tokens,
    issued=tokens,
    echoes=st.lists(
        st.tuples(st.integers(0, 2), st.sampled_from(FORMS), st.sampled_from(PLACES)),
        min_size=1,
        max_size=6,
    ),
    at_auth=st.booleans(),
    status=st.sampled_from([400, 401, 403, 404, 409, 413]),
    seed=st.integers(0, 2**16),
)
def test_no_secret_survives_a_hostile_echo(
    cloud: Cloud,
    fuzz_stats: FuzzStats,
    kind: str,
    password: str,
    token: str,
    security_token: str,
    issued: str,
    echoes: list[tuple[int, str, str]],
    at_auth: bool,
    status: int,
    seed: int,
) -> None:
    secrets = _secrets(kind, password, token, security_token)
    everything = _held(kind, secrets, issued, at_auth)
    h = Hostile(
        secrets=everything,
        echoes=[(i % len(everything), form, place) for i, form, place in echoes],
        status=status,
        at_auth=at_auth,
        issued=issued,
        seed=seed,
    )
    escapes, leaks, leaked = run(cloud, kind, h)
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, leaks=leaks)
    assert (escapes, leaked) == (0, [])


@pytest.mark.parametrize("at_auth", [True, False], ids=["at-auth", "later"])
@pytest.mark.parametrize("kind", AUTH_TYPES)
def test_every_encoding_in_every_place_at_once(
    cloud: Cloud, fuzz_stats: FuzzStats, kind: str, at_auth: bool
) -> None:
    """Each secret of each auth type echoed in every form, in every place, in one answer."""
    secrets = _secrets(
        kind, 'pä"ss w/rd\\%+&x', "gAAAAA-Token_0123456789", "ST-security+token/0123456789=="
    )
    issued = "gAAAAA-issued-0123456789"
    everything = _held(kind, secrets, issued, at_auth)
    echoes = [
        (i, form, place) for i in range(len(everything)) for form in FORMS for place in PLACES
    ]
    h = Hostile(secrets=everything, echoes=echoes, status=403, at_auth=at_auth, issued=issued)
    escapes, leaks, leaked = run(cloud, kind, h)
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, leaks=leaks)
    assert h.seen, "the server was asked"
    assert (escapes, leaked) == (0, [])
