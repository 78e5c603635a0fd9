"""The provider: one cloud, one HTTP session, one token, one request pipeline.

Every request the SDK makes goes through :meth:`ProviderClient.request`:

    build -> headers -> auth (token read under the auth lock; refreshed first
    when it expires soon) -> send -> check status -> reauth once on 401 ->
    retry (429: ``retry_backoff_func`` when set, else ``retry_policy``; 5xx
    and transport failures: ``retry_policy``, never a POST the server may have
    received) -> hand back for decoding

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

from . import errors
from .version import __version__

if TYPE_CHECKING:
    import logging

    import requests

    from .aksk import AgencyAuthOptions, AKSKAuthOptions
    from .auth import AuthOptions, TokenInfo
    from .catalog import Catalog
    from .profiles import Profile
    from .signer import AKSKSigner

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
#: the longest wait accepted anywhere (sockets cannot wait much longer: ~31 years)
MAX_SECONDS = 1e9
DEFAULT_READ_TIMEOUT = 60.0
#: a token this close to its expires_at is renewed before it is sent
DEFAULT_REFRESH_MARGIN = 60.0



#: methods that may be sent twice without changing the outcome (RFC 9110 9.2.2); the
#: retry rules that use this are in retry.py
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def host_of(url: str) -> str:
    """``scheme://host:port`` of a URL as the transport reads it (urllib3's parser):
    lower-cased, default port explicit, IPv6 in brackets. ConfigError for a URL the
    SDK never sends (urls.problem)."""
    from . import urls

    reason = urls.problem(url)
    if reason is not None:
        raise errors.ConfigError(f"refusing the URL {_shown(url)}: {reason}")
    return urls.origin(url, None)


def _seconds(value: Any, name: str) -> float:
    """``value`` as seconds to wait; ValueError naming ``name`` unless it is a positive,
    finite number (urllib3 would take a negative or NaN one, or wait for ever)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number of seconds, got {type(value).__name__}")
    seconds = float(value)
    if not 0 < seconds <= MAX_SECONDS:  # also refuses NaN
        raise ValueError(f"{name} must be a positive number of seconds up to {MAX_SECONDS:g}, got {value!r}")
    return seconds


def _shown(url: str) -> str:
    """A URL fit for a message about refusing it: without user info, quoted (it may hold
    control characters); never the URL itself when it cannot be parsed."""
    try:
        return repr(_safe(url))
    except ValueError:
        return "(an unparsable URL)"


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
        user_agent: str | None = None,
    ) -> None:
        if not identity_endpoint:
            raise errors.ConfigError("identity_endpoint (OS_AUTH_URL) is required")
        import threading

        from . import urls

        reason = urls.problem(identity_endpoint)
        if reason is not None:
            raise errors.ConfigError(f"identity_endpoint {_shown(identity_endpoint)} is refused: {reason}")
        self.identity_endpoint = identity_endpoint.rstrip("/") + "/"
        import requests  # imported with the first provider: importing stacksdk stays cheap

        if session is None:
            session = requests.Session()
            # requests re-reads proxy/CA/netrc settings from the environment on
            # every call (~25% of its per-request CPU); read them once per host
            # instead (and never pick up .netrc credentials).
            session.trust_env = False
            if verify is True:
                verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        self.session = session
        self.session.verify = verify
        self._proxies: dict[str, dict[str, str]] = {}
        self._hosts: dict[str, str] = {}
        self.connect_timeout = _seconds(connect_timeout, "connect_timeout")
        self.read_timeout = _seconds(read_timeout, "read_timeout")
        self.user_agent = user_agent or f"stacksdk/{__version__}"
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
        #: Renew the token this many seconds before its expires_at.
        self.refresh_margin = DEFAULT_REFRESH_MARGIN
        #: Tokens obtained after the first (reauthentications and refreshes).
        self.reauth_count = 0
        #: Signs each request instead of sending a token (AK/SK auth; signer.py).
        self.signer: AKSKSigner | None = None
        self._project_id: str | None = None
        #: The vendor profile that builds endpoints no catalog lists (profiles.py).
        self.profile: Profile | None = None
        #: The catalog when no token carries one (AK/SK auth reads it signed).
        self.catalog: Catalog | None = None
        #: Headers every request carries (AK/SK: X-Project-Id, X-Domain-Id).
        self.default_headers: dict[str, str] = {}
        self._expiry_seen: object = None
        self._expiry_ts = 0.0
        self.auth_options: AuthOptions | AKSKAuthOptions | AgencyAuthOptions | None = None
        self.token_info: TokenInfo | None = None
        #: The Identity v3 URL found by discovery (set by ``authenticate``).
        self.identity_v3: str | None = None
        self._token: str | None = None
        self._reauth: Callable[[], None] | None = None
        self._auth_lock = threading.RLock()
        self._trusted_hosts: set[str] = set()
        self.trust_hosts([self.identity_endpoint])
        if not self._trusted_hosts:
            raise errors.ConfigError(f"identity_endpoint {_shown(identity_endpoint)} is not a URL requests can send to")

    # -- token -----------------------------------------------------------

    @property
    def token(self) -> str | None:
        return self._token

    def set_token(self, token: str, info: TokenInfo | None = None) -> None:
        """Install a token (and the catalog it came with)."""
        from .redact import remember

        remember(token)
        self._token = token
        self.token_info = info
        if info is not None:
            self.trust_hosts(ep.url for ep in info.catalog.endpoints())

    @property
    def project_id(self) -> str | None:
        """The project requests act in: the one set (AK/SK auth, where no token
        says it), else the token's scope."""
        if self._project_id is not None:
            return self._project_id
        info = self.token_info
        return info.project_id if info is not None else None

    @project_id.setter
    def project_id(self, value: str | None) -> None:
        self._project_id = value

    def set_reauth(self, func: Callable[[], None] | None) -> None:
        """``func`` obtains and installs a fresh token; None disables reauth."""
        self._reauth = func

    def trust_hosts(self, urls: Iterable[str]) -> None:
        """Hosts that may receive our token (catalog endpoints, overrides): each as the
        transport will connect to it (:meth:`_target`). A URL the SDK never sends
        (urls.problem) is not trusted; a request to it is refused then."""
        import requests

        from .urls import problem

        from .redact import remember_url

        for url in urls:
            if not isinstance(url, str) or problem(url) is not None:
                remember_url(url if isinstance(url, str) else None)
                continue
            try:
                self._trusted_hosts.add(self._target(url))
            except (requests.exceptions.RequestException, ValueError):
                continue

    def reauthenticate(self, stale: str | None) -> bool:
        """Get a new token unless another caller already replaced ``stale``.

        Single-flight: concurrent callers wait for one reauthentication, and
        no caller reads the token while it runs (see :meth:`_current_token`).
        Returns False when reauthentication is not possible.
        """
        if self._reauth is None:
            return False
        with self._auth_lock:
            if self._token is not None and self._token != stale:
                return True
            had_token = self._token is not None or stale is not None
            self._reauth()
            if had_token:
                self.reauth_count += 1
        return True

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
        """Send one API request through the pipeline; raise a typed error on failure.

        ``idempotent`` says whether the request may be sent twice (default: by
        method, GET/HEAD/PUT/DELETE/OPTIONS); a POST whose spec marks it safe
        passes True.
        """
        ok_codes = tuple(ok)
        from . import urls

        reason = urls.problem(url)
        if reason is not None:
            raise errors.UnsafeRedirect(f"refusing to send {method} {_shown(url)}: {reason}")
        signer = self.signer if authenticated else None
        # encoded once (it may be sent more than once); signed requests sort it, as
        # huaweicloudsdkcore does
        query = urls.encode_query(params, sort=signer is not None) if params is not None else None
        send_timeout = self._timeouts(timeout)
        base_headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        if self.default_headers and authenticated:
            base_headers.update(self.default_headers)
        if headers:
            base_headers.update(headers)
        urls.check_headers(base_headers)
        safe = idempotent if idempotent is not None else method.upper() in _IDEMPOTENT
        started = time.monotonic()
        attempts = backoff_retries = 0
        reauthed = False
        rewind = _rewinder(data)
        failure: errors.SDKError | None = None
        while True:
            if failure is not None:  # sending again
                if rewind is None:
                    raise errors.SDKError(
                        f"{method} {_safe(url)}: cannot resend a body read from a non-seekable "
                        f"stream after {_describe(failure)}"
                    ) from failure
                rewind()
            attempts += 1
            prepared, sent_token = self._prepare(method, url, query, json, data, base_headers, authenticated)
            try:
                resp = self._send(method, url, prepared, json, data, stream, send_timeout)
            except errors.TransportError as exc:
                failure = exc
            else:
                if resp.status_code in ok_codes:
                    return resp
                failure = self._error(method, resp, ok_codes, json, sent_token)
                if resp.status_code == 401 and sent_token is not None and not reauthed:
                    if self.reauthenticate(sent_token):
                        reauthed = True
                        attempts -= 1  # a resend with a new token is not a retry
                        continue
            if isinstance(failure, errors.TooManyRequests) and self.retry_backoff_func is not None:
                if backoff_retries >= self.max_backoff_retries:
                    raise failure
                self.retry_backoff_func(failure, backoff_retries)  # raises to stop
                backoff_retries += 1
                continue
            policy = self.retry_policy
            if policy is None:
                raise failure
            wait = policy.delay(
                failure,
                attempt=attempts,
                idempotent=safe,
                elapsed=time.monotonic() - started,
                rand=self._rand,
            )
            if wait is None or rewind is None:  # a streamed body is never sent twice
                raise failure
            log = _log or _logger()
            if log.isEnabledFor(_DEBUG):
                log.debug(
                    "%s %s: retry %d in %.2f s after %s",
                    method,
                    _safe(url),
                    attempts,
                    wait,
                    _describe(failure),
                )
            self.sleep(wait)

    def _current_token(self) -> str:
        """The token to send: read under the auth lock, so that no request goes out
        with a token being replaced (or none) while a reauthentication runs; one
        that expires within ``refresh_margin`` seconds is renewed first."""
        with self._auth_lock:
            token = self._token
            if token is None:
                if self._reauth is None:
                    raise errors.ConfigError(
                        "this provider has no token: call authenticate(provider, opts) first"
                    )
                self.reauthenticate(None)
            elif self._reauth is not None and self._expires_soon():
                self.reauthenticate(token)
            token = self._token
            assert token is not None
            return token

    def _expires_soon(self) -> bool:
        info = self.token_info
        expires = info.expires_at if info is not None else None
        if expires is None:
            return False
        if expires is not self._expiry_seen:  # converted once per token, not per request
            import datetime as _dt

            aware = expires if expires.tzinfo else expires.replace(tzinfo=_dt.timezone.utc)
            self._expiry_seen, self._expiry_ts = expires, aware.timestamp()
        return self._expiry_ts - time.time() <= self.refresh_margin

    def _prepare(
        self,
        method: str,
        url: str,
        query: str | None,
        json: Any,
        data: Any,
        headers: dict[str, str],
        authenticated: bool,
    ) -> tuple[requests.PreparedRequest, str | None]:
        """The request exactly as it will be sent, credentials included, and the token
        it carries. Trust is decided here, on the prepared URL, as the transport reads it:
        credentials go only to the identity endpoint, catalog endpoints and overrides."""
        import requests

        from .urls import _HEADER_CONTROL, keep_dot_segments

        try:
            prepared = self.session.prepare_request(
                requests.Request(method, url, params=query, json=json, data=data, headers=headers)
            )
        except requests.exceptions.InvalidJSONError as exc:
            _scrub_chain(exc)
            raise ValueError(f"{method} {_shown(url)}: the request body is not JSON-serializable") from exc
        except requests.exceptions.InvalidHeader as exc:
            _scrub_chain(exc)
            raise ValueError(f"{method} {_shown(url)}: requests refuses a header ({type(exc).__name__})") from exc
        except (requests.exceptions.RequestException, ValueError) as exc:
            _scrub_chain(exc)
            raise errors.UnsafeRedirect(
                f"refusing to send {method} {_shown(url)}: requests cannot prepare it ({type(exc).__name__})"
            ) from exc
        prepared.url = target = keep_dot_segments(prepared.url or "")
        if not authenticated:
            return prepared, None
        origin = self._host(target)
        if origin not in self._trusted_hosts:
            raise errors.UnsafeRedirect(
                f"refusing to send credentials to {origin}: not the identity "
                "endpoint, a catalog endpoint or an override"
            )
        signer = self.signer
        if signer is not None:  # sign what will be sent: the prepared URL, headers and body
            signer.sign(prepared.method or method, target, prepared.headers, prepared.body)
            return prepared, None
        token = self._current_token()
        if _HEADER_CONTROL.search(token) is not None:  # a passthrough token pasted with its newline
            raise errors.ConfigError("the token holds a control character (a newline?): it cannot be sent")
        prepared.headers["X-Auth-Token"] = token
        return prepared, token

    def _send(
        self,
        method: str,
        url: str,
        prepared: requests.PreparedRequest,
        json: Any,
        data: Any,
        stream: bool,
        timeout: tuple[float, float],
    ) -> requests.Response:
        """Send a prepared request once (no redirects followed); transport failures
        become typed errors."""
        import requests

        started = time.monotonic()
        session = self.session
        try:
            target = prepared.url or url
            if session.trust_env:  # a caller's own session: requests reads the environment
                settings = session.merge_environment_settings(target, {}, stream, None, None)
                proxies, verify, cert = settings["proxies"], settings["verify"], settings["cert"]
            else:  # ours: proxies read once per host, verify/cert as configured
                proxies, verify, cert = self._proxies_for(target) or {}, session.verify, session.cert
            resp = session.send(
                prepared,
                proxies=proxies,
                stream=stream,
                timeout=timeout,
                verify=verify,
                cert=cert,
                allow_redirects=False,
            )
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
                _safe(resp.url),
                resp.status_code,
                errors.request_id_of(resp.headers) or "-",
                (time.monotonic() - started) * 1000,
            )
            if log.isEnabledFor(TRACE):
                _trace(log, method, url, prepared.headers, json, data, resp, stream)
        return resp

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
            host = self._hosts[prefix] = origin(prefix + "/", self.session.get_adapter(prefix + "/"))
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
            return (
                _seconds(self.connect_timeout, "connect_timeout"),
                _seconds(self.read_timeout, "read_timeout"),
            )
        if isinstance(timeout, tuple):
            if len(timeout) != 2:
                raise ValueError(f"timeout must be seconds or a (connect, read) pair, got {timeout!r}")
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

    @staticmethod
    def _error(
        method: str, resp: requests.Response, ok: tuple[int, ...], sent_json: Any, token: str | None
    ) -> errors.HTTPError:
        import requests

        try:
            body = resp.content
        except requests.exceptions.RequestException:
            body = b""
        # the server may echo what it was sent: never the secrets in it (the error
        # scrubs them, with the remembered ones, from the URL, headers and body)
        from .redact import secret_values

        secrets = secret_values(sent_json) if sent_json is not None else []
        if token:
            secrets.append(token)
        cls = errors.error_class(resp.status_code)
        return cls(
            method=method,
            url=resp.url,
            status=resp.status_code,
            headers=resp.headers,
            body=body,
            expected=ok,
            secrets=secrets,
        )


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
    safe_url = _safe(url)
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

        try:
            return scrub(_json.dumps(mask_json(_json.loads(content))), secrets)
        except (ValueError, RecursionError):
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


def _safe(url: str) -> str:
    """A URL fit for messages and logs: no user info, sensitive query values
    (``token=``, ``temp_url_sig=``, ...) and remembered secrets masked."""
    from .redact import scrub

    return scrub(url)


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
