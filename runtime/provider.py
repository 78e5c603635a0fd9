"""The provider: one cloud, one HTTP session, one token, one request pipeline.

Every request the SDK makes goes through :meth:`ProviderClient.request`:

    build -> headers -> auth -> send -> check status -> reauth once on 401
          -> 429 backoff (``retry_backoff_func``) -> hand back for decoding
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

    from .auth import AuthOptions, TokenInfo

# logging, threading and urllib.parse load with the first provider (requests
# needs them then anyway), not when a generated package is imported.
_log: logging.Logger | None = None
_DEBUG = 10  # logging.DEBUG


def _logger() -> logging.Logger:
    """The ``stacksdk.http`` logger every request is logged to."""
    global _log
    if _log is None:
        import logging

        _log = logging.getLogger("stacksdk.http")
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


def host_of(url: str) -> str:
    """``scheme://host:port`` of a URL, lower-cased, default ports explicit."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


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
        from urllib.parse import urlsplit

        parts = urlsplit(identity_endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise errors.ConfigError(
                f"identity_endpoint must be an http(s) URL, got {identity_endpoint!r}"
            )
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
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.user_agent = user_agent or f"stacksdk/{__version__}"
        #: Retries of a 429 answer before it is raised (the seed's MaxBackoffRetries).
        self.max_backoff_retries = 0
        #: Called before each 429 retry; see :data:`RetryBackoffFunc`.
        self.retry_backoff_func: RetryBackoffFunc | None = None
        self.auth_options: AuthOptions | None = None
        self.token_info: TokenInfo | None = None
        #: The Identity v3 URL found by discovery (set by ``authenticate``).
        self.identity_v3: str | None = None
        self._token: str | None = None
        self._reauth: Callable[[], None] | None = None
        self._auth_lock = threading.Lock()
        self._trusted_hosts: set[str] = {host_of(self.identity_endpoint)}

    # -- token -----------------------------------------------------------

    @property
    def token(self) -> str | None:
        return self._token

    def set_token(self, token: str, info: TokenInfo | None = None) -> None:
        """Install a token (and the catalog it came with)."""
        self._token = token
        self.token_info = info
        if info is not None:
            self.trust_hosts(ep.url for ep in info.catalog.endpoints())

    def set_reauth(self, func: Callable[[], None] | None) -> None:
        """``func`` obtains and installs a fresh token; None disables reauth."""
        self._reauth = func

    def trust_hosts(self, urls: Iterable[str]) -> None:
        """Hosts that may receive our token (catalog endpoints, overrides)."""
        for url in urls:
            self._trusted_hosts.add(host_of(url))

    def reauthenticate(self, stale: str | None) -> bool:
        """Get a new token unless another caller already replaced ``stale``.

        Single-flight: concurrent callers wait for one reauthentication.
        Returns False when reauthentication is not possible.
        """
        if self._reauth is None:
            return False
        with self._auth_lock:
            if self._token is not None and self._token != stale:
                return True
            self._reauth()
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
    ) -> requests.Response:
        """Send one API request through the pipeline; raise a typed error on failure."""
        ok_codes = tuple(ok)
        query = list(params) if params is not None else None  # may be sent more than once
        if authenticated and host_of(url) not in self._trusted_hosts:
            raise errors.UnsafeRedirect(
                f"refusing to send credentials to {host_of(url)}: not the identity "
                "endpoint, a catalog endpoint or an override"
            )
        base_headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        if headers:
            base_headers.update(headers)
        backoff_retries = 0
        reauthed = False
        rewind = _rewinder(data)
        first = True
        while True:
            if not first:
                if rewind is None:
                    raise errors.SDKError(
                        f"{method} {_safe(url)}: cannot resend a body read from a "
                        "non-seekable stream; the server asked for a retry"
                    )
                rewind()
            first = False
            sent_token: str | None = None
            send_headers = dict(base_headers)
            if authenticated:
                sent_token = self._current_token()
                send_headers["X-Auth-Token"] = sent_token
            resp = self._send(method, url, query, json, data, send_headers, stream, timeout)
            if resp.status_code in ok_codes:
                return resp
            if resp.status_code == 401 and authenticated and not reauthed:
                resp.close()
                if self.reauthenticate(sent_token):
                    reauthed = True
                    continue
            err = self._error(method, resp, ok_codes)
            if (
                isinstance(err, errors.TooManyRequests)
                and self.retry_backoff_func is not None
                and backoff_retries < self.max_backoff_retries
            ):
                self.retry_backoff_func(err, backoff_retries)
                backoff_retries += 1
                continue
            raise err

    def _current_token(self) -> str:
        token = self._token
        if token is None:
            if self._reauth is None:
                raise errors.ConfigError(
                    "this provider has no token: call authenticate(provider, opts) first"
                )
            self.reauthenticate(None)
            token = self._token
            assert token is not None
        return token

    def _send(
        self,
        method: str,
        url: str,
        params: list[tuple[str, str]] | None,
        json: Any,
        data: Any,
        headers: dict[str, str],
        stream: bool,
        timeout: float | tuple[float, float] | None,
    ) -> requests.Response:
        import requests

        started = time.monotonic()
        try:
            resp = self.session.request(
                method,
                url,
                proxies=self._proxies_for(url),
                params=params,
                json=json,
                data=data,
                headers=headers,
                stream=stream,
                timeout=timeout or (self.connect_timeout, self.read_timeout),
                allow_redirects=False,
            )
        except requests.exceptions.Timeout as exc:
            raise errors.Timeout(type(exc).__name__, method=method, url=_safe(url)) from exc
        except requests.exceptions.RequestException as exc:
            raise errors.ConnectionFailed(
                f"{type(exc).__name__}: {_reason(exc)}", method=method, url=_safe(url)
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
        return resp

    def _proxies_for(self, url: str) -> dict[str, str] | None:
        """The environment's proxies for ``url``'s host (HTTP(S)_PROXY, NO_PROXY), read once."""
        if self.session.trust_env:
            return None  # a caller's own session resolves them itself
        key = host_of(url)
        proxies = self._proxies.get(key)
        if proxies is None:
            import requests.utils

            proxies = requests.utils.get_environ_proxies(url) or {}
            self._proxies[key] = proxies
        return proxies

    @staticmethod
    def _error(method: str, resp: requests.Response, ok: tuple[int, ...]) -> errors.HTTPError:
        import requests

        try:
            body = resp.content
        except requests.exceptions.RequestException:
            body = b""
        cls = errors.error_class(resp.status_code)
        return cls(
            method=method,
            url=_safe(resp.url),
            status=resp.status_code,
            headers=resp.headers,
            body=body,
            expected=ok,
        )


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
    """A URL without user info, fit for messages and logs."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.username or parts.password:
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        parts = parts._replace(netloc=netloc)
    return parts.geturl()


def _reason(exc: BaseException) -> str:
    """The innermost cause, without the long urllib3 reprs."""
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return str(exc)[:300]


def new_client(identity_endpoint: str, **kwargs: Any) -> ProviderClient:
    """An unauthenticated provider for ``identity_endpoint`` (the seed's NewClient)."""
    return ProviderClient(identity_endpoint, **kwargs)
