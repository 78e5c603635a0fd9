"""AK/SK-signed requests: :class:`AKSKAuthOptions` and :class:`AKSKAuth`.

``AKSKAuthOptions`` is the access key / secret key principal of Huawei Cloud
(and clouds built like it): no token is issued; every request is signed
(signer.py). The project is given by id or resolved by name with a signed
``GET /v3/projects?name=``; the catalog is read with a signed
``GET /v3/auth/catalog`` when the cloud offers it, else endpoints come from the
vendor profile's templates (profiles.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import errors
from ..pipeline.redact import SECRET_OPTIONS, scrub
from ..resources.result import decode_json
from .base import PluginBase

if TYPE_CHECKING:
    from requests import PreparedRequest

    from ..endpoints.catalog import Catalog
    from ..endpoints.profiles import Profile
    from ..pipeline.provider import ProviderClient
    from .signer import AKSKSigner


@dataclasses.dataclass(repr=False)
class AKSKAuthOptions:
    """An access key / secret key principal (temporary ones add ``security_token``)."""

    access_key: str = ""
    secret_key: str = ""
    project_id: str | None = None
    project_name: str | None = None
    domain_id: str | None = None
    region: str | None = None
    security_token: str | None = None
    identity_endpoint: str | None = None
    #: the account by name: resolved with a signed GET /v3/auth/domains
    domain_name: str | None = None
    #: a built-in vendor profile's name, a profile file's path, or a Profile
    profile: str | Profile = "huaweicloud"
    endpoint_overrides: dict[str, str] = dataclasses.field(default_factory=dict)
    interface: str = "public"

    def __repr__(self) -> str:
        shown = []
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None or value == f.default or value == {}:
                continue
            shown.append(f"{f.name}={'***' if f.name in SECRET_OPTIONS else repr(value)}")

        return scrub(f"AKSKAuthOptions({', '.join(shown)})")

    @property
    def region_name(self) -> str | None:
        """The region (the name service lookups use for every auth method)."""
        return self.region

    def check(self) -> None:
        """Raise ConfigError naming what is missing, before any request."""
        missing = [n for n in ("access_key", "secret_key") if not getattr(self, n)]
        if missing:
            raise errors.ConfigError(f"AKSKAuthOptions: {' and '.join(missing)} required")
        if (
            self.project_name
            and not self.project_id
            and not (self.identity_endpoint or self.region)
        ):
            raise errors.ConfigError(
                "AKSKAuthOptions: resolving project_name needs region or identity_endpoint"
            )

    @classmethod
    def from_cloud(
        cls, name: str | None = None, environ: Mapping[str, str] | None = None
    ) -> AKSKAuthOptions:
        """Cloud ``name`` (``OS_CLOUD``) of clouds.yaml (+ secure.yaml, ``OS_ACCESS_KEY``,
        ``OS_SECRET_KEY``, ``OS_SECURITY_TOKEN``), which must use ``auth_type: aksk``."""
        import os

        from ..config.clouds import aksk_fields, cloud_settings, is_aksk

        env = os.environ if environ is None else environ
        merged, where = cloud_settings(name, env)
        if not is_aksk(merged):
            raise errors.ConfigError(
                f"{where}: not an AK/SK cloud (auth_type aksk with access_key/secret_key)"
            )
        return cls(**aksk_fields(merged, where))

    def plugin(self) -> AKSKAuth:
        """The plugin that signs every request with these keys; ConfigError naming
        what is missing, before any request."""
        self.check()
        return AKSKAuth(self)

    def transport(self) -> dict[str, Any]:
        """ProviderClient keyword arguments (none: AK/SK clouds use the defaults)."""
        return {}

    def identity_url(self) -> str:
        """``identity_endpoint``, else the profile's identity endpoint for the region."""
        profile = self.resolved_profile()
        endpoint = self.identity_endpoint or profile.identity_endpoint({"region": self.region})
        if not endpoint:
            raise errors.ConfigError(
                f"AKSKAuthOptions: identity_endpoint is required (profile {profile.name!r} has no template)"
            )
        return endpoint

    def resolved_profile(self) -> Profile:
        from ..endpoints.profiles import Profile

        return self.profile if isinstance(self.profile, Profile) else Profile.load(self.profile)


class SignedAuth(PluginBase):
    """Signs each request with ``signer`` (signer.py) instead of sending a token,
    adding ``headers`` (``X-Project-Id``, ``X-Domain-Id``) first; sends the query sorted,
    as huaweicloudsdkcore does. Nothing to renew: a 401 raises."""

    sort_query = True

    def __init__(
        self, signer: AKSKSigner, headers: Mapping[str, str] | None = None, **where: Any
    ) -> None:
        super().__init__(**where)
        self.signer = signer
        self._headers = dict(headers or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.signer!r})"

    def apply(self, request: PreparedRequest) -> str | None:
        """Sign what will be sent: the prepared URL, headers and body."""
        headers = request.headers
        for name, value in self._headers.items():
            if name not in headers:
                headers[name] = value
        self.signer.sign(request.method or "GET", request.url or "", headers, request.body)
        return None


class AKSKAuth(SignedAuth):
    """:class:`SignedAuth` for :class:`AKSKAuthOptions`: resolves the account and
    project by name, and reads the catalog signed where the cloud offers one."""

    def __init__(self, opts: AKSKAuthOptions) -> None:
        from .signer import AKSKSigner

        super().__init__(
            AKSKSigner(opts.access_key, opts.secret_key, opts.security_token),
            overrides=opts.endpoint_overrides,
            region=opts.region,
            interface=opts.interface,
            profile=opts.resolved_profile(),
            domain_id=opts.domain_id,
        )
        self.options = opts
        self.base_url = opts.identity_url()
        self._project_id: str | None = None
        self._catalog: Catalog | None = None

    @property
    def project_id(self) -> str | None:
        return self._project_id

    @property
    def catalog(self) -> Catalog | None:
        return self._catalog

    def attach(self, provider: ProviderClient) -> None:
        """Resolve the account and project (by name: signed lookups) and read the
        catalog when the cloud offers one (signed)."""
        opts = self.options
        from ..pipeline.redact import (  # scrubbed from every error and log line
            remember,
            remember_url,
        )

        remember(opts.secret_key, opts.security_token)
        for url in (opts.identity_endpoint, *opts.endpoint_overrides.values()):
            remember_url(url)
        super().attach(provider)
        identity = provider.identity_endpoint.rstrip("/")
        domain_id = opts.domain_id
        if not domain_id and opts.domain_name:
            domain_id = self._id_by_name(
                identity + "/auth/domains",
                [],
                "domains",
                opts.domain_name,
                "domain_name",
                "accounts",
            )
        if domain_id:
            self._domain_id = domain_id
            self._headers["X-Domain-Id"] = domain_id
        project_id = opts.project_id
        if not project_id and opts.project_name:
            project_id = self._id_by_name(
                identity + "/projects",
                [("name", opts.project_name)],
                "projects",
                opts.project_name,
                "project_name",
                "projects",
            )
        self._project_id = project_id
        if project_id:
            self._headers["X-Project-Id"] = project_id
        try:
            resp = provider.request("GET", identity + "/auth/catalog", ok=(200,))
        except (errors.NotFound, errors.Forbidden, errors.Unauthorized, errors.MethodNotAllowed):
            return  # the cloud offers no signed catalog: the profile's templates serve
        body = decode_json(resp, "catalog")
        entries = body.get("catalog") if isinstance(body, dict) else None
        if isinstance(entries, list):
            from ..endpoints.catalog import Catalog

            self._catalog = Catalog(entries)
            provider.trust_hosts(ep.url for ep in self._catalog.endpoints())

    def _id_by_name(
        self, url: str, query: list[tuple[str, str]], key: str, name: str, option: str, what: str
    ) -> str:
        """The id of the one ``body[key]`` entry named ``name`` (a signed GET)."""
        resp = self._sender().request("GET", url, params=query, ok=(200,))
        body = decode_json(resp, key)
        found = body.get(key) if isinstance(body, dict) else None
        ids = [e.get("id") for e in found or [] if isinstance(e, dict) and e.get("name") == name]
        if len(ids) != 1 or not ids[0]:
            id_option = option.replace("_name", "_id")
            raise errors.ConfigError(
                f"AKSKAuthOptions: {option} {name!r} matches {len(ids)} {what}; give {id_option}"
            )
        return str(ids[0])
