"""No auth and HTTP basic auth, for services that run without Keystone (a standalone
Ironic, and similar): the endpoint is given, there is no catalog and no token.

Both are options and plugin at once (they hold nothing that changes):
``authenticated_client(NoAuth(endpoint="http://ironic:6385"))``. HTTP basic sends
``Authorization: Basic`` only to the hosts the provider trusts (the endpoint's, and
explicit overrides); a 401 is raised, never answered with a reauthentication.
clouds.yaml spells them ``auth_type: none`` / ``http_basic`` (docs/auth.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import errors
from .base import PluginBase, transport_settings

if TYPE_CHECKING:
    from requests import PreparedRequest

    from ..endpoints.catalog import EndpointOpts
    from ..pipeline.provider import ProviderClient
    from ..resources.service import ServiceSpec


class NoAuth(PluginBase):
    """Requests carry no credentials; every service is at ``endpoint`` unless
    ``endpoint_overrides`` (service type -> URL) or ``EndpointOpts(url=...)`` say otherwise."""

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        endpoint_overrides: Mapping[str, str] | None = None,
        region_name: str | None = None,
        interface: str = "public",
        api_versions: Mapping[str, str] | None = None,
        verify: bool | str = True,
        api_timeout: float | None = None,
    ) -> None:
        overrides = dict(endpoint_overrides or {})
        base = endpoint or next(iter(overrides.values()), None)
        if not base:
            raise errors.ConfigError(
                f"{type(self).__name__}: an endpoint is required (no catalog without Keystone)"
            )
        super().__init__(
            overrides=overrides, region=region_name, interface=interface, api_versions=api_versions
        )
        self.endpoint_url = endpoint
        self.base_url = base
        self._transport = transport_settings(verify, api_timeout)

    def __repr__(self) -> str:
        from ..pipeline.redact import scrub

        return scrub(f"{type(self).__name__}(endpoint={self.endpoint_url!r})")

    def plugin(self) -> NoAuth:
        return self

    def transport(self) -> dict[str, Any]:
        return dict(self._transport)

    def attach(self, provider: ProviderClient) -> None:
        provider.trust_hosts(self._overrides.values())  # nothing else: it serves any provider

    @property
    def identity_url(self) -> str | None:
        return None

    def endpoint(self, spec: ServiceSpec, opts: EndpointOpts) -> str:
        from ..endpoints.resolve import Where, resolve

        where = Where(overrides=self._overrides, default=self.endpoint_url, region=self._region)
        return resolve(spec, opts, where)


class HTTPBasicAuth(NoAuth):
    """``Authorization: Basic <user:password>`` on every request to a trusted host."""

    def __init__(
        self, username: str, password: str, endpoint: str | None = None, **kwargs: Any
    ) -> None:
        if not username or not password:
            raise errors.ConfigError("HTTPBasicAuth: username and password are required")
        if ":" in username:
            raise errors.ConfigError("HTTPBasicAuth: the username cannot hold ':' (RFC 7617)")
        from ..pipeline.urls import has_control

        if has_control(username) or has_control(password):
            raise errors.ConfigError(
                "HTTPBasicAuth: the username or password holds a control character"
            )
        super().__init__(endpoint, **kwargs)
        import base64

        from ..pipeline.redact import remember

        pair = f"{username}:{password}".encode()
        self.username = username
        self._header = "Basic " + base64.b64encode(pair).decode("ascii")
        remember(password, self._header[6:])  # scrubbed from every error and log line

    def __repr__(self) -> str:
        from ..pipeline.redact import scrub

        return scrub(
            f"HTTPBasicAuth(username={self.username!r}, password='***', endpoint={self.endpoint_url!r})"
        )

    def plugin(self) -> HTTPBasicAuth:
        return self

    def apply(self, request: PreparedRequest) -> str | None:
        request.headers["Authorization"] = self._header
        return None  # nothing to renew: a 401 is raised
