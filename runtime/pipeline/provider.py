"""The provider: one cloud, one HTTP session, one auth plugin, one request pipeline.

Every request the SDK makes is a :class:`~.request.Request` sent by
:meth:`ProviderClient.send`, a short driver over one method per stage:

    _refuse (URLs and headers the SDK never sends) -> _prepare (requests'
    PreparedRequest) -> _authorize (trust check, then ``auth.apply``: a token
    header or a signature) -> _transmit (one send, no redirects; transport
    failures typed) -> _failure (status check: None when the answer is ok) ->
    _reauthorize (401: ``auth.invalidate`` once) -> _retry (429:
    ``retry_backoff_func`` when set, else ``retry_policy``; 5xx and transport
    failures: ``retry_policy``, never a POST the server may have received) ->
    the response, handed back for decoding (result.py)

Authentication is a plugin (auth/base.py): the provider holds one (``auth``) and
knows nothing of options, tokens or signatures. It keeps the hosts credentials may go
to (:meth:`ProviderClient.trust_hosts`).

Logging (logger ``stacksdk.http``): one DEBUG line per attempt (method, URL,
status, request id, elapsed) and per retry; request and response bodies and
headers only at :data:`TRACE` (5), an opt-in level below DEBUG, with
credentials masked (redact.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .. import errors
from ..types import MAX_SECONDS
from ..version import __version__
from .request import Request
from .urls import check_headers, encode_query, problem, safe, shown

if TYPE_CHECKING:
    import logging

    import requests

    from ..auth.base import AuthPlugin, TokenAuth
    from ..auth.tokens import TokenInfo

# logging, threading and urllib.parse load with the first provider (requests
# needs them then anyway), not when a generated package is imported.
_log: logging.Logger | None = None
_DEBUG = 10  # logging.DEBUG
#: the opt-in level below DEBUG at which bodies and headers are logged (masked)
TRACE = 5


def _logger() -> logging.Logger:
    """The ``stacksdk.http`` logger every request is logged to."""
    global _log
    if _log is None:
        import logging

        _log = logging.getLogger("stacksdk.http")
        if logging.getLevelName(TRACE) == f"Level {TRACE}":
            logging.addLevelName(TRACE, "TRACE")
    return _log


def __getattr__(name: str) -> Any:
    if name == "log":  # the module-level logger this module used to create on import
        return _logger()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: ``retry_backoff_func(err, retries)``: called on HTTP 429 with the typed
#: error and the number of retries so far. Return to retry; raise to stop.
RetryBackoffFunc = Callable[[errors.TooManyRequests, int], None]

DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 60.0

#: methods that may be sent twice without changing the outcome (RFC 9110 9.2.2); the
#: retry rules that use this are in retry.py
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def _seconds(value: Any, name: str) -> float:
    """``value`` as seconds to wait; ValueError naming ``name`` unless it is a positive,
    finite number (urllib3 would take a negative or NaN one, or wait for ever)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number of seconds, got {type(value).__name__}")
    seconds = float(value)
    if not 0 < seconds <= MAX_SECONDS:  # also refuses NaN
        raise ValueError(
            f"{name} must be a positive number of seconds up to {MAX_SECONDS:g}, got {value!r}"
        )
    return seconds


class _Attempts:
    """The retry state of one request: attempts, 429 callbacks, the clock, the body."""

    __slots__ = ("backoff", "count", "reauthed", "rewind", "safe", "started")

    def __init__(self, req: Request) -> None:
        self.count = 0
        self.backoff = 0
        self.reauthed = False
        self.started = time.monotonic()
        self.rewind = _rewinder(req.data)
        self.safe = (
            req.idempotent if req.idempotent is not None else req.method.upper() in _IDEMPOTENT
        )

    def next(self) -> None:
        self.count += 1

    def after_reauth(self) -> None:
        """A resend with a new token: not a retry, and done once."""
        self.reauthed = True
        self.count -= 1

    def after_backoff(self) -> None:
        self.backoff += 1


class ProviderClient:
    """One authenticated connection to one cloud; shared by all service clients."""

    def __init__(
        self,
        identity_endpoint: str,
        *,
        session: requests.Session | None = None,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        verify: bool | str = True,
        cert: str | tuple[str, str] | None = None,
        user_agent: str | None = None,
    ) -> None:
        if not identity_endpoint:
            raise errors.ConfigError("identity_endpoint (OS_AUTH_URL) is required")
        reason = problem(identity_endpoint)
        if reason is not None:
            raise errors.ConfigError(
                f"identity_endpoint {shown(identity_endpoint)} is refused: {reason}"
            )
        self.identity_endpoint = identity_endpoint.rstrip("/") + "/"
        import requests  # imported with the first provider: importing stacksdk stays cheap

        made = session is None
        if session is None:
            own = requests.Session()
            # requests re-reads proxy/CA/netrc settings from the environment on
            # every call (~25% of its per-request CPU); read them once per host
            # instead (and never pick up .netrc credentials).
            own.trust_env = False
            if verify is True:
                verify = (
                    os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
                )
            own.verify, own.cert = verify, cert
            session = own
        #: our own session: prepared and sent without requests' per-call merging of
        #: session settings (they are ours, and known); a caller's goes through requests
        self._own = made
        self.session = session
        self._verify = verify
        #: a session's own client certificate wins over ``cert``
        self._cert = session.cert if session.cert is not None else cert
        self._proxies: dict[str, dict[str, str]] = {}
        self._hosts: dict[str, str] = {}
        self.connect_timeout = _seconds(connect_timeout, "connect_timeout")
        self.read_timeout = _seconds(read_timeout, "read_timeout")
        self._checked_timeouts = (self.connect_timeout, self.read_timeout)
        self.user_agent = user_agent or f"stacksdk/{__version__}"
        self._base_headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        #: Retries of a 429 answer before it is raised (the seed's MaxBackoffRetries),
        #: when ``retry_backoff_func`` is set.
        self.max_backoff_retries = 0
        #: Called before each 429 retry; see :data:`RetryBackoffFunc`. When set, it
        #: decides about 429s instead of ``retry_policy``.
        self.retry_backoff_func: RetryBackoffFunc | None = None
        from .retry import RetryPolicy

        #: The built-in retry rules (retry.py); ``NO_RETRIES`` or None turns them off.
        self.retry_policy: RetryPolicy | None = RetryPolicy()
        #: How the pipeline waits between attempts (tests may record instead).
        self.sleep: Callable[[float], None] = time.sleep
        import random

        self._rand: Callable[[], float] = random.random
        #: The auth plugin (auth/base.py): None until :meth:`authenticate`.
        self.auth: AuthPlugin | None = None
        self._trusted_hosts: set[str] = set()
        self.trust_hosts([self.identity_endpoint])
        if not self._trusted_hosts:
            raise errors.ConfigError(
                f"identity_endpoint {shown(identity_endpoint)} is not a URL requests can send to"
            )

    # -- auth --------------------------------------------------------------

    def authenticate(self, plugin: AuthPlugin) -> None:
        """Hold ``plugin`` and let it authenticate (it may send requests through this
        provider, signed or with its first token); the previous one is kept if it fails."""
        previous, self.auth = self.auth, plugin
        try:
            plugin.attach(self)
        except BaseException:
            self.auth = previous
            raise

    @property
    def token(self) -> str | None:
        """The token requests carry (None for signed, basic or no auth)."""
        return getattr(self.auth, "token", None)

    @property
    def token_info(self) -> TokenInfo | None:
        """What Keystone said about the token (scope, catalog, expiry), if there is one."""
        return getattr(self.auth, "info", None)

    @property
    def identity_v3(self) -> str | None:
        """The Identity v3 URL found by discovery (Keystone auth)."""
        url = getattr(self.auth, "identity_v3", None)
        return url if isinstance(url, str) else None

    @property
    def project_id(self) -> str | None:
        """The project requests act in (the token's scope; AK/SK: the one given)."""
        auth = self.auth
        return auth.project_id if auth is not None else None

    @property
    def reauth_count(self) -> int:
        """Tokens obtained after the first (reauthentications and refreshes)."""
        return int(getattr(self.auth, "reauth_count", 0))

    def set_token(self, token: str, info: TokenInfo | None = None) -> None:
        """Send ``token`` (a token obtained elsewhere; tests): installed on the token
        plugin, which is created when the provider has none."""
        self._token_auth().install(token, info)

    def set_reauth(self, func: Callable[[], None] | None) -> None:
        """``func`` obtains and installs a fresh token (``set_token``); None disables reauth."""
        self._token_auth().set_issuer(func)

    def _token_auth(self) -> TokenAuth:
        from ..auth.base import TokenAuth

        auth = self.auth
        if isinstance(auth, TokenAuth):
            return auth
        plugin = TokenAuth()
        self.authenticate(plugin)
        return plugin

    def trust_hosts(self, urls: Iterable[str]) -> None:
        """Hosts that may receive credentials (identity, catalog endpoints, overrides):
        each as the transport will connect to it (:meth:`_target`). A URL the SDK never
        sends (urls.problem) is not trusted; a request to it is refused then."""
        import requests

        from .redact import remember_url

        for url in urls:
            if not isinstance(url, str) or problem(url) is not None:
                remember_url(url if isinstance(url, str) else None)
                continue
            try:
                self._trusted_hosts.add(self._target(url))
            except (requests.exceptions.RequestException, ValueError):
                continue

    # -- the pipeline ----------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Iterable[tuple[str, str]] | None = None,
        json: Any = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        ok: Iterable[int] = (200,),
        authenticated: bool = True,
        stream: bool = False,
        timeout: float | tuple[float, float] | None = None,
        idempotent: bool | None = None,
    ) -> requests.Response:
        """Send one API request through the pipeline (:meth:`send`); raise a typed
        error on failure. ``idempotent`` says whether the request may be sent twice
        (default: by method, GET/HEAD/PUT/DELETE/OPTIONS)."""
        req = Request(
            method,
            url,
            query=params,
            headers=headers,
            json=json,
            data=data,
            ok=ok,
            authenticated=authenticated,
            stream=stream,
            timeout=timeout,
            idempotent=idempotent,
        )
        return self.send(req)

    def send(self, req: Request) -> requests.Response:
        """Send ``req`` through every stage (see the module doc); the response when its
        status is one of ``req.ok``, else the typed error."""
        auth = self.auth if req.authenticated else None
        if auth is None and req.authenticated:
            raise errors.ConfigError(
                "this provider has no credentials: call authenticate(provider, opts) first"
            )
        query, headers = self._refuse(req, auth)
        timeout = self._timeouts(req.timeout)
        attempts = _Attempts(req)
        failure: errors.SDKError | None = None
        while True:
            if failure is not None:  # sending again
                _rewind(req, attempts, failure)
            attempts.next()
            prepared = self._prepare(req, query, headers)
            sent = self._authorize(prepared, auth)
            try:
                resp = self._transmit(req, prepared, timeout)
            except errors.TransportError as exc:
                failure = exc
            else:
                failure = self._failure(req, resp, sent)
                if failure is None:
                    return resp
                if self._reauthorize(failure, auth, sent, attempts):
                    continue
            self._retry(req, failure, attempts)

    def _refuse(self, req: Request, auth: AuthPlugin | None) -> tuple[str | None, dict[str, str]]:
        """Stage 1: refuse what the SDK never sends (a URL urls.problem names, a bad
        header), before anything is sent; the query encoded once (it may be sent more
        than once; sorted for a plugin that wants it) and the headers."""
        reason = problem(req.url)
        if reason is not None:
            raise errors.UnsafeRedirect(f"refusing to send {req.method} {shown(req.url)}: {reason}")
        query = None
        if req.query is not None:
            query = encode_query(req.query, sort=auth is not None and auth.sort_query)
        headers = {**self._base_headers, **req.headers}
        check_headers(headers)
        return query, headers

    def _prepare(
        self, req: Request, query: str | None, headers: dict[str, str]
    ) -> requests.PreparedRequest:
        """Stage 2: the request exactly as requests will send it (without credentials)."""
        import requests

        from .urls import keep_dot_segments

        method, url = req.method, req.url
        session = self.session
        try:
            if self._own:  # what prepare_request does, minus merging settings we know
                prepared = requests.PreparedRequest()
                prepared.prepare_method(method)
                prepared.prepare_url(url, query)
                # checked by _refuse (stricter than requests' own check, which is skipped)
                merged: dict[str, Any] = {**session.headers, **headers}
                prepared.headers = requests.structures.CaseInsensitiveDict(merged)
                if session.cookies:
                    prepared.prepare_cookies(session.cookies)
                prepared.prepare_body(req.data, None, req.json)
                prepared.prepare_hooks(session.hooks)
            else:
                prepared = session.prepare_request(
                    requests.Request(
                        method, url, params=query, json=req.json, data=req.data, headers=headers
                    )
                )
        except requests.exceptions.InvalidJSONError as exc:
            _scrub_chain(exc)
            raise ValueError(
                f"{method} {shown(url)}: the request body is not JSON-serializable"
            ) from exc
        except requests.exceptions.InvalidHeader as exc:
            _scrub_chain(exc)
            raise ValueError(
                f"{method} {shown(url)}: requests refuses a header ({type(exc).__name__})"
            ) from exc
        except (requests.exceptions.RequestException, ValueError) as exc:
            _scrub_chain(exc)
            raise errors.UnsafeRedirect(
                f"refusing to send {method} {shown(url)}: requests cannot prepare it ({type(exc).__name__})"
            ) from exc
        prepared.url = keep_dot_segments(prepared.url or "")
        return prepared

    def _authorize(self, prepared: requests.PreparedRequest, auth: AuthPlugin | None) -> str | None:
        """Stage 3: the trust check on the prepared URL, as the transport reads it
        (credentials go only to trusted hosts), then the plugin's credentials; the
        token sent (what a 401 invalidates)."""
        if auth is None:
            return None
        origin = self._host(prepared.url or "")
        if origin not in self._trusted_hosts:
            raise errors.UnsafeRedirect(
                f"refusing to send credentials to {origin}: not the identity "
                "endpoint, a catalog endpoint or an override"
            )
        return auth.apply(prepared)

    def _transmit(
        self, req: Request, prepared: requests.PreparedRequest, timeout: tuple[float, float]
    ) -> requests.Response:
        """Stage 4: send once (no redirects followed); transport failures become typed errors."""
        import requests

        method, url, stream = req.method, req.url, req.stream
        started = time.monotonic()
        session = self.session
        try:
            target = prepared.url or url
            settings = self._send_settings(target, stream, timeout)
            if self._own:
                resp = self._send_own(prepared, target, settings)
            else:
                resp = session.send(prepared, allow_redirects=False, **settings)
        except requests.exceptions.ConnectTimeout as exc:
            _scrub_chain(exc)
            raise errors.Timeout(
                "connect timeout: the request was not sent", method=method, url=url, sent=False
            ) from exc
        except requests.exceptions.Timeout as exc:
            _scrub_chain(exc)
            raise errors.Timeout(
                "read timeout: the server may have received the request",
                method=method,
                url=url,
            ) from exc
        except requests.exceptions.SSLError as exc:
            raise errors.TLSError(
                f"TLS: {_reason(exc)}", method=method, url=url, sent=False
            ) from exc
        except requests.exceptions.RequestException as exc:
            raise errors.ConnectionFailed(
                f"{type(exc).__name__}: {_reason(exc)}",
                method=method,
                url=url,
                sent=not _never_connected(exc),
            ) from exc
        log = _log or _logger()
        if log.isEnabledFor(_DEBUG):
            log.debug(
                "%s %s -> %s (%s) in %.1f ms",
                method,
                safe(resp.url),
                resp.status_code,
                errors.request_id_of(resp.headers) or "-",
                (time.monotonic() - started) * 1000,
            )
            if log.isEnabledFor(TRACE):
                _trace(log, method, url, prepared.headers, req.json, req.data, resp, stream)
        return resp

    @staticmethod
    def _failure(
        req: Request, resp: requests.Response, token: str | None
    ) -> errors.HTTPError | None:
        """Stage 5: None when the status is one of ``req.ok``, else the typed error (the
        secrets the request carried scrubbed from what the server echoes)."""
        if resp.status_code in req.ok:
            return None
        import requests

        try:
            body = resp.content
        except requests.exceptions.RequestException:
            body = b""
        from .redact import CREDENTIAL_KEYS, secret_values

        # a body built by hand: every registered member name; one built from options:
        # their own sensitive values, and the credential members of free-form parts, not
        # every member some other spec marks sensitive (an Ironic volume target's
        # "properties" would mask a Heat template's words)
        keys = None if req.secrets is None else CREDENTIAL_KEYS
        secrets = secret_values(req.json, keys=keys) if req.json is not None else []
        if req.secrets is not None:
            secrets += req.secrets()
        if token:
            secrets.append(token)
        cls = errors.error_class(resp.status_code)
        return cls(
            method=req.method,
            url=resp.url,
            status=resp.status_code,
            headers=resp.headers,
            body=body,
            expected=req.ok,
            secrets=secrets,
        )

    @staticmethod
    def _reauthorize(
        failure: errors.HTTPError, auth: AuthPlugin | None, sent: str | None, attempts: _Attempts
    ) -> bool:
        """Stage 6: on the first 401 for a token, ask the plugin to replace it; True to
        resend (with the new token: not counted as a retry)."""
        if failure.status != 401 or auth is None or sent is None or attempts.reauthed:
            return False
        if not auth.invalidate(sent):
            return False
        attempts.after_reauth()
        return True

    def _retry(self, req: Request, failure: errors.SDKError, attempts: _Attempts) -> None:
        """Stage 7: wait before the next attempt (429: ``retry_backoff_func`` when set;
        otherwise ``retry_policy``), or raise ``failure`` when it is not retried."""
        if isinstance(failure, errors.TooManyRequests) and self.retry_backoff_func is not None:
            if attempts.backoff >= self.max_backoff_retries:
                raise failure
            self.retry_backoff_func(failure, attempts.backoff)  # raises to stop
            attempts.after_backoff()
            return
        policy = self.retry_policy
        if policy is None:
            raise failure
        wait = policy.delay(
            failure,
            attempt=attempts.count,
            idempotent=attempts.safe,
            elapsed=time.monotonic() - attempts.started,
            rand=self._rand,
        )
        if wait is None or attempts.rewind is None:  # a streamed body is never sent twice
            raise failure
        log = _log or _logger()
        if log.isEnabledFor(_DEBUG):
            log.debug(
                "%s %s: retry %d in %.2f s after %s",
                req.method,
                safe(req.url),
                attempts.count,
                wait,
                _describe(failure),
            )
        self.sleep(wait)

    def _send_settings(
        self, target: str, stream: bool, timeout: tuple[float, float]
    ) -> dict[str, Any]:
        """How one request is sent: stream, timeout, verify, cert and proxies. A caller's
        session that trusts the environment merges them as requests does; otherwise
        the proxies are the environment's read once per host (:meth:`_proxies_for`)."""
        session = self.session
        if not self._own and session.trust_env:
            merged = session.merge_environment_settings(
                target, {}, stream, self._verify, self._cert
            )
            return {"stream": stream, "timeout": timeout, **merged}
        return {
            "stream": stream,
            "timeout": timeout,
            "verify": self._verify,
            "cert": self._cert,
            "proxies": self._proxies_for(target) or {},
        }

    def _send_own(
        self, prepared: requests.PreparedRequest, target: str, kwargs: dict[str, Any]
    ) -> requests.Response:
        """What ``Session.send`` does for our own session (no redirects followed): the
        adapter sends, response hooks run, cookies are kept, the body is read unless
        streamed; its per-call merging of settings is skipped (they are ours)."""
        from requests.cookies import extract_cookies_to_jar

        session = self.session
        resp = session.get_adapter(target).send(prepared, **kwargs)
        for hook in prepared.hooks["response"]:  # as requests' dispatch_hook
            resp = hook(resp, **kwargs) or resp
        if "set-cookie" in resp.headers:
            extract_cookies_to_jar(session.cookies, prepared, resp.raw)  # type: ignore[no-untyped-call]
        if not kwargs["stream"]:
            resp.content  # noqa: B018 -- read now, inside the transport's error handling
        return resp

    # -- where requests go -------------------------------------------------

    def _host(self, prepared_url: str) -> str:
        """``scheme://host:port`` the transport connects to for a URL requests has
        prepared (urls.origin: requests' own adapter decides), remembered per
        ``scheme://netloc`` of the prepared URL (requests writes that part itself)."""
        start = prepared_url.find("//") + 2
        cut = prepared_url.find("/", start)
        prefix = prepared_url if cut < 0 else prepared_url[:cut]
        host = self._hosts.get(prefix)
        if host is None:
            from .urls import origin

            if len(self._hosts) > 256:
                self._hosts.clear()
            host = self._hosts[prefix] = origin(
                prefix + "/", self.session.get_adapter(prefix + "/")
            )
        return host

    def _target(self, url: str) -> str:
        """:meth:`_host` of ``url`` once requests has prepared it (the trusted set is
        built with this, so it is compared like for like with each request's target)."""
        from requests.models import PreparedRequest

        prepared = PreparedRequest()
        prepared.prepare_url(url, None)
        return self._host(prepared.url or "")

    def _timeouts(self, timeout: float | tuple[float, float] | None) -> tuple[float, float]:
        """(connect, read) seconds for one request: the call's ``timeout`` (one number
        for both, or a pair), else the provider's; ValueError unless each is a positive,
        finite number."""
        if timeout is None:
            default = (self.connect_timeout, self.read_timeout)
            if default != self._checked_timeouts:  # checked once per value, not per request
                default = (
                    _seconds(default[0], "connect_timeout"),
                    _seconds(default[1], "read_timeout"),
                )
                self._checked_timeouts = default
            return default
        if isinstance(timeout, tuple):
            if len(timeout) != 2:
                raise ValueError(
                    f"timeout must be seconds or a (connect, read) pair, got {timeout!r}"
                )
            return _seconds(timeout[0], "timeout (connect)"), _seconds(timeout[1], "timeout (read)")
        seconds = _seconds(timeout, "timeout")
        return seconds, seconds

    def _proxies_for(self, url: str) -> dict[str, str] | None:
        """The environment's proxies for ``url``'s host (HTTP(S)_PROXY, NO_PROXY), read once."""
        if self.session.trust_env:
            return None  # a caller's own session resolves them itself
        key = self._host(url)
        proxies = self._proxies.get(key)
        if proxies is None:
            import requests.utils

            proxies = requests.utils.get_environ_proxies(url) or {}
            self._proxies[key] = proxies
        return proxies


def _rewind(req: Request, attempts: _Attempts, failure: errors.SDKError) -> None:
    """Put the body back where it started before sending again; SDKError for a body
    that can only be read once."""
    if attempts.rewind is None:
        raise errors.SDKError(
            f"{req.method} {safe(req.url)}: cannot resend a body read from a non-seekable "
            f"stream after {_describe(failure)}"
        ) from failure
    attempts.rewind()


def _never_connected(exc: BaseException) -> bool:
    """True when the failure happened before a connection existed (refused, no
    route, name resolution), so nothing of the request reached the server."""
    from urllib3.exceptions import NewConnectionError

    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, NewConnectionError):
            return True
        stack.extend([getattr(e, "reason", None), e.__cause__, e.__context__])
        stack.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
    return False


def _describe(err: errors.SDKError) -> str:
    """What went wrong, for a log line (the error's fields are already scrubbed)."""
    if isinstance(err, errors.HTTPError):
        after = f", Retry-After {err.retry_after[:40]}" if err.retry_after else ""
        return f"HTTP {err.status}{after}"
    return type(err).__name__


def _trace(
    log: logging.Logger,
    method: str,
    url: str,
    headers: Mapping[str, Any],
    json: Any,
    data: Any,
    resp: requests.Response,
    stream: bool,
) -> None:
    """Bodies and headers at TRACE: credentials masked by name, and every secret
    the SDK holds or this request carried scrubbed from the rest (redact.py)."""
    from .redact import header_secrets, mask_json, scrub, scrub_headers, secret_values

    secrets = header_secrets(headers)
    if json is not None:
        import json as _json

        secret_values(json, secrets)
        try:
            sent = scrub(_json.dumps(mask_json(json)), secrets)
        except (TypeError, ValueError, RecursionError):
            sent = f"({type(json).__name__} body)"
    elif data is None:
        sent = "(no body)"
    elif isinstance(data, (bytes, bytearray)):
        sent = f"({len(data)} bytes)"
    else:
        sent = f"({type(data).__name__} body)"
    safe_url = safe(url)
    shown = scrub_headers(headers, secrets)
    log.log(TRACE, "%s %s request headers %s body %s", method, safe_url, shown, sent)
    received = "(streamed)" if stream else _masked_body(resp, secrets)
    log.log(
        TRACE,
        "%s %s response headers %s body %s",
        method,
        safe_url,
        scrub_headers(resp.headers, secrets),
        received,
    )


#: the most characters of a non-JSON error body logged at TRACE
_TRACE_TEXT = 2000


def _masked_body(resp: requests.Response, secrets: Iterable[str] = ()) -> str:
    """A response body for a TRACE line: JSON with sensitive members masked, the
    text of a non-JSON error (cut short), else its size and type; all scrubbed."""
    from .redact import mask_json, scrub

    content = resp.content
    if not content:
        return "(empty)"
    content_type = resp.headers.get("Content-Type", "")
    if "json" in content_type:
        import json as _json

        from .jsonparse import parse_json

        try:
            return scrub(_json.dumps(mask_json(parse_json(content))), secrets)
        except (TypeError, ValueError, RecursionError):
            pass  # logged as text below
    if resp.status_code >= 400:
        text = scrub(content.decode("utf-8", "replace"), secrets)
        cut = f"... ({len(text) - _TRACE_TEXT} more characters)" if len(text) > _TRACE_TEXT else ""
        return repr(text[:_TRACE_TEXT]) + cut
    return f"({len(content)} bytes of {scrub(content_type or '?')[:100]})"


def _rewinder(data: Any) -> Callable[[], None] | None:
    """How to send ``data`` again: bytes as they are, a file from where it
    started; None for a body that can only be read once (a generator)."""
    if data is None or isinstance(data, (bytes, bytearray, str, dict, list, tuple)):
        return lambda: None
    seek, tell = getattr(data, "seek", None), getattr(data, "tell", None)
    if seek is None or tell is None:
        return None
    try:
        start = tell()
    except OSError:
        return None
    return lambda: seek(start)


def _scrub_chain(exc: BaseException) -> None:
    """Scrub a third-party exception (and its causes) before an SDK error is raised from
    it: a traceback prints the chain, and urllib3 quotes URLs with their queries."""
    from .redact import scrub_chain

    scrub_chain(exc)


def _reason(exc: BaseException) -> str:
    """The innermost cause, without the long urllib3 reprs, scrubbed."""
    from .redact import scrub, scrub_chain

    scrub_chain(exc)
    seen = 0
    while (exc.__cause__ is not None or exc.__context__ is not None) and seen < 50:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
        seen += 1
    return scrub(str(exc))[:300]


def new_client(identity_endpoint: str, **kwargs: Any) -> ProviderClient:
    """An unauthenticated provider for ``identity_endpoint`` (the seed's NewClient)."""
    return ProviderClient(identity_endpoint, **kwargs)
