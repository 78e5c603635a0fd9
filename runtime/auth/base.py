"""The auth plugin protocol, and the one place tokens are renewed.

A provider holds one :class:`AuthPlugin`. The pipeline calls :meth:`AuthPlugin.apply`
on each request as it will be sent (after the trust check), and
:meth:`AuthPlugin.invalidate` with what ``apply`` returned when the server answers 401.
Service clients ask :meth:`AuthPlugin.endpoint` where a service is.

:class:`PluginBase` gives the endpoint lookup (overrides, catalog, vendor profile:
endpoints/resolve.py); :class:`TokenAuth` adds the token: read under one lock,
renewed before it expires (``refresh_margin``) and once per stale token however many
threads saw it fail (single flight). Keystone, agency and plain tokens build on it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from .. import errors
from ..endpoints.resolve import Where, resolve

if TYPE_CHECKING:
    from requests import PreparedRequest

    from ..endpoints.catalog import Catalog, EndpointOpts
    from ..endpoints.profiles import Profile
    from ..pipeline.provider import ProviderClient
    from ..resources.service import ServiceSpec
    from .tokens import TokenInfo

#: a token this close to its expires_at is renewed before it is sent
DEFAULT_REFRESH_MARGIN = 60.0

#: a token issuer: a fresh (token, info), or None when it installed one itself
Issuer = Callable[[], "tuple[str, TokenInfo | None] | None"]


def transport_settings(
    verify: bool | str = True,
    api_timeout: float | None = None,
    cert: str | tuple[str, str] | None = None,
) -> dict[str, Any]:
    """ProviderClient keyword arguments for options' TLS and timeout settings: only
    those that differ from the provider's defaults (``api_timeout`` sets both timeouts)."""
    out: dict[str, Any] = {}
    if verify is not True:
        out["verify"] = verify
    if api_timeout is not None:
        out["connect_timeout"] = out["read_timeout"] = api_timeout
    if cert:
        out["cert"] = cert
    return out


class AuthPlugin(Protocol):
    """How a provider authenticates (keystoneauth's plugins and httpx's ``Auth`` are
    the models). Plugins: :class:`~.keystone.KeystoneAuth`,
    :class:`~.keystone.TokenPassthrough`, :class:`~.aksk.AKSKAuth`,
    :class:`~.agency.AgencyAuth`, :class:`~.basic.NoAuth`, :class:`~.basic.HTTPBasicAuth`."""

    #: the URL the provider is built for: the identity endpoint, or a standalone
    #: service's own endpoint; credentials may always go to its host
    base_url: str
    #: send the query's pairs sorted (signers whose reference client does)
    sort_query: bool

    def attach(self, provider: ProviderClient) -> None:
        """First authentication, once the provider holds this plugin: may send requests
        through it, and tells it (``provider.trust_hosts``) where credentials may go."""

    def apply(self, request: PreparedRequest) -> str | None:
        """Put credentials on the request as it will be sent (a token header, a
        signature, ...); return the token sent (what a 401 invalidates), else None."""

    def invalidate(self, sent: str | None) -> bool:
        """The server refused ``sent``: replace it (once, whoever else saw it fail).
        False when nothing can be renewed: the 401 is raised."""

    def endpoint(self, spec: ServiceSpec, opts: EndpointOpts) -> str:
        """The URL of a service (EndpointOpts, overrides, catalog, profile)."""

    @property
    def project_id(self) -> str | None:
        """The project requests act in, where known."""

    @property
    def api_versions(self) -> Mapping[str, str]:
        """Service type -> the default microversion of its clients (clouds.yaml)."""


class PluginBase:
    """What every plugin shares: the endpoint lookup from its options' overrides,
    region, interface, vendor profile and (when it has one) catalog."""

    base_url: str = ""
    sort_query: bool = False

    def __init__(
        self,
        *,
        overrides: Mapping[str, str] | None = None,
        region: str | None = None,
        interface: str | None = None,
        profile: Profile | None = None,
        api_versions: Mapping[str, str] | None = None,
        domain_id: str | None = None,
    ) -> None:
        self._overrides = dict(overrides or {})
        self._region = region
        self._interface = interface
        self._profile = profile
        self._api_versions = dict(api_versions or {})
        self._domain_id = domain_id
        self._provider: ProviderClient | None = None

    def attach(self, provider: ProviderClient) -> None:
        if self._provider is not None and self._provider is not provider:
            raise errors.ConfigError(
                f"{type(self).__name__}: this plugin already serves another provider"
            )
        self._provider = provider
        provider.trust_hosts(self._overrides.values())

    def apply(self, request: PreparedRequest) -> str | None:
        return None

    def invalidate(self, sent: str | None) -> bool:
        return False

    @property
    def project_id(self) -> str | None:
        return None

    @property
    def api_versions(self) -> Mapping[str, str]:
        return self._api_versions

    @property
    def profile(self) -> Profile | None:
        return self._profile

    @property
    def catalog(self) -> Catalog | None:
        return None

    @property
    def identity_url(self) -> str | None:
        """The Identity v3 URL (where there is one)."""
        provider = self._provider
        return provider.identity_endpoint.rstrip("/") if provider is not None else None

    def endpoint(self, spec: ServiceSpec, opts: EndpointOpts) -> str:
        where = Where(
            overrides=self._overrides,
            region=self._region,
            interface=self._interface,
            catalog=self.catalog,
            identity=self.identity_url,
            profile=self._profile,
            project_id=self.project_id,
            domain_id=self._domain_id,
        )
        return resolve(spec, opts, where)

    def _sender(self) -> ProviderClient:
        if self._provider is None:
            raise errors.ConfigError(f"{type(self).__name__}: not attached to a provider")
        return self._provider


class TokenAuth(PluginBase):
    """A plugin that sends ``X-Auth-Token``: the one place a token is installed,
    read, refreshed before it expires and renewed after a 401 (single flight).

    ``issue`` obtains a token (None: the token cannot be renewed). Used as it is, it
    holds a token given by hand (``provider.set_token``)."""

    def __init__(self, *, issue: Issuer | None = None, **where: Any) -> None:
        super().__init__(**where)
        import threading

        self._issue = issue
        self._token: str | None = None
        self._info: TokenInfo | None = None
        self._lock = threading.RLock()
        self._expiry_seen: object = None
        self._expiry_ts = 0.0
        #: Renew the token this many seconds before its expires_at.
        self.refresh_margin = DEFAULT_REFRESH_MARGIN
        #: Tokens obtained after the first (reauthentications and refreshes).
        self.reauth_count = 0

    @property
    def token(self) -> str | None:
        return self._token

    @property
    def info(self) -> TokenInfo | None:
        """What Keystone said about the token (scope, catalog, expiry)."""
        return self._info

    @property
    def catalog(self) -> Catalog | None:
        return self._info.catalog if self._info is not None else None

    @property
    def project_id(self) -> str | None:
        return self._info.project_id if self._info is not None else None

    def attach(self, provider: ProviderClient) -> None:
        super().attach(provider)
        if self._info is not None:  # a token installed before: its catalog's hosts
            provider.trust_hosts(ep.url for ep in self._info.catalog.endpoints())

    def install(self, token: str, info: TokenInfo | None = None) -> None:
        """Use ``token`` (and the catalog ``info`` carries, whose hosts become trusted)."""
        from ..pipeline.redact import remember

        remember(token)  # scrubbed from every error and log line from now on
        with self._lock:
            self._token, self._info = token, info
        if info is not None and self._provider is not None:
            self._provider.trust_hosts(ep.url for ep in info.catalog.endpoints())

    def set_issuer(self, issue: Issuer | None) -> None:
        """How a fresh token is obtained; None: never renewed (a 401 raises)."""
        self._issue = issue

    def apply(self, request: PreparedRequest) -> str | None:
        from ..pipeline.urls import has_control

        token = self.current()
        if has_control(token):  # a passthrough token pasted with its newline
            raise errors.ConfigError(
                "the token holds a control character (a newline?): it cannot be sent"
            )
        request.headers["X-Auth-Token"] = token
        return token

    def current(self) -> str:
        """The token to send: read under the lock, so that no request goes out with a
        token being replaced (or none) while a renewal runs; one that expires within
        ``refresh_margin`` seconds is renewed first."""
        with self._lock:
            token = self._token
            if token is None:
                if self._issue is None:
                    raise errors.ConfigError(
                        "this provider has no token: call authenticate(provider, opts) first"
                    )
                self._renew(counted=False)
            elif self._issue is not None and self._expires_soon():
                self._renew(counted=True)
            token = self._token
            assert token is not None
            return token

    def invalidate(self, sent: str | None) -> bool:
        """Single flight: the first caller with the stale token renews it; the others
        find it replaced and just resend. False when it cannot be renewed."""
        if self._issue is None:
            return False
        with self._lock:
            if self._token is not None and self._token != sent:
                return True  # another caller already renewed it
            self._renew(counted=self._token is not None or sent is not None)
        return True

    def _renew(self, *, counted: bool) -> None:
        assert self._issue is not None
        got = self._issue()
        if got is not None:
            self.install(*got)
        if counted:
            self.reauth_count += 1

    def _expires_soon(self) -> bool:
        info = self._info
        expires = info.expires_at if info is not None else None
        if expires is None:
            return False
        if expires is not self._expiry_seen:  # converted once per token, not per request
            import datetime as _dt

            aware = expires if expires.tzinfo else expires.replace(tzinfo=_dt.timezone.utc)
            self._expiry_seen, self._expiry_ts = expires, aware.timestamp()
        return self._expiry_ts - time.time() <= self.refresh_margin
