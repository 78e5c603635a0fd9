"""Vendor authentication: AK/SK-signed requests and agencies (assume role).

``AKSKAuthOptions`` is the access key / secret key principal of Huawei Cloud
(and clouds built like it): no token is issued; every request is signed
(signer.py). The project is given by id or resolved by name with a signed
``GET /v3/projects?name=``; the catalog is read with a signed
``GET /v3/auth/catalog`` when the cloud offers it, else endpoints come from the
vendor profile's templates (profiles.py).

``AgencyAuthOptions`` obtains a token for a project of another account that
delegated rights to an agency: the principal (password, token or AK/SK)
asks IAM for it with the ``assume_role`` method.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import errors

if TYPE_CHECKING:
    from .auth import AuthOptions
    from .profiles import Profile
    from .provider import ProviderClient

_SECRETS = ("secret_key", "security_token")


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
            shown.append(f"{f.name}={'***' if f.name in _SECRETS else repr(value)}")
        from .redact import scrub  # URL user info, token= queries, remembered secrets

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
        if self.project_name and not self.project_id and not (self.identity_endpoint or self.region):
            raise errors.ConfigError("AKSKAuthOptions: resolving project_name needs region or identity_endpoint")

    @classmethod
    def from_cloud(cls, name: str | None = None, environ: Mapping[str, str] | None = None) -> AKSKAuthOptions:
        """Cloud ``name`` (``OS_CLOUD``) of clouds.yaml (+ secure.yaml, ``OS_ACCESS_KEY``,
        ``OS_SECRET_KEY``, ``OS_SECURITY_TOKEN``), which must use ``auth_type: aksk``."""
        import os

        from .config import aksk_fields, cloud_settings, is_aksk

        env = os.environ if environ is None else environ
        merged, where = cloud_settings(name, env)
        if not is_aksk(merged):
            raise errors.ConfigError(f"{where}: not an AK/SK cloud (auth_type aksk with access_key/secret_key)")
        return cls(**aksk_fields(merged, where))

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
        from .profiles import Profile

        return self.profile if isinstance(self.profile, Profile) else Profile.load(self.profile)


@dataclasses.dataclass(repr=False)
class AgencyAuthOptions:
    """A token for ``project_id``/``project_name`` of the account (``domain_id`` or
    ``domain_name``) that delegated rights to ``agency_name``, obtained by
    ``principal`` (password/token ``AuthOptions`` or ``AKSKAuthOptions``)."""

    principal: AuthOptions | AKSKAuthOptions
    agency_name: str = ""
    domain_id: str | None = None
    domain_name: str | None = None
    project_id: str | None = None
    project_name: str | None = None
    duration_seconds: int | None = None
    region: str | None = None
    endpoint_overrides: dict[str, str] = dataclasses.field(default_factory=dict)
    interface: str = "public"

    def __repr__(self) -> str:
        return (
            f"AgencyAuthOptions(agency_name={self.agency_name!r}, domain={self.domain_id or self.domain_name!r}, "
            f"project={self.project_id or self.project_name!r}, principal={self.principal!r})"
        )  # the principal's repr masks its secrets

    @property
    def region_name(self) -> str | None:
        return self.region or self.principal.region_name

    def check(self) -> None:
        if not self.agency_name:
            raise errors.ConfigError("AgencyAuthOptions: agency_name is required")
        if not (self.domain_id or self.domain_name):
            raise errors.ConfigError("AgencyAuthOptions: domain_id or domain_name (the delegating account) is required")

    def body(self) -> dict[str, Any]:
        role: dict[str, Any] = {"agency_name": self.agency_name}
        if self.domain_id:
            role["domain_id"] = self.domain_id
        else:
            role["domain_name"] = self.domain_name
        if self.duration_seconds:
            role["duration_seconds"] = self.duration_seconds
        body: dict[str, Any] = {"auth": {"identity": {"methods": ["assume_role"], "assume_role": role}}}
        if self.project_id:
            body["auth"]["scope"] = {"project": {"id": self.project_id}}
        elif self.project_name:
            body["auth"]["scope"] = {"project": {"name": self.project_name}}
        return body


def authenticate_aksk(provider: ProviderClient, opts: AKSKAuthOptions) -> None:
    """Install the signer, the profile, the project and (if offered) the catalog."""
    from .catalog import Catalog
    from .signer import AKSKSigner

    opts.check()
    from .redact import remember, remember_url  # scrubbed from every error and log line

    remember(opts.secret_key, opts.security_token)
    for url in (opts.identity_endpoint, *opts.endpoint_overrides.values()):
        remember_url(url)
    provider.signer = AKSKSigner(opts.access_key, opts.secret_key, opts.security_token)
    provider.profile = opts.resolved_profile()
    provider.auth_options = opts
    identity = provider.identity_endpoint.rstrip("/")
    domain_id = opts.domain_id
    if not domain_id and opts.domain_name:
        domain_id = _domain_id(provider, identity, opts.domain_name)
    if domain_id:
        provider.default_headers["X-Domain-Id"] = domain_id
    project_id = opts.project_id
    if not project_id and opts.project_name:
        project_id = _project_id(provider, identity, opts.project_name)
    provider.project_id = project_id
    if project_id:
        provider.default_headers["X-Project-Id"] = project_id
    provider.catalog = None
    try:
        resp = provider.request("GET", identity + "/auth/catalog", ok=(200,))
    except (errors.NotFound, errors.Forbidden, errors.Unauthorized, errors.MethodNotAllowed):
        return  # the cloud offers no signed catalog: the profile's templates serve
    from .result import decode_json

    body = decode_json(resp, "catalog")
    catalog = body.get("catalog") if isinstance(body, dict) else None
    if isinstance(catalog, list):
        provider.catalog = Catalog(catalog)
        provider.trust_hosts(ep.url for ep in provider.catalog.endpoints())


def _domain_id(provider: ProviderClient, identity: str, name: str) -> str:
    """The account named ``name`` among those the keys may see (their own)."""
    return _id_by_name(provider, identity + "/auth/domains", [], "domains", name, "domain_name", "accounts")


def _project_id(provider: ProviderClient, identity: str, name: str) -> str:
    return _id_by_name(provider, identity + "/projects", [("name", name)], "projects", name, "project_name", "projects")


def _id_by_name(
    provider: ProviderClient, url: str, query: list[tuple[str, str]], key: str, name: str, option: str, what: str
) -> str:
    """The id of the one ``body[key]`` entry named ``name`` (a signed GET)."""
    from .result import decode_json

    resp = provider.request("GET", url, params=query, ok=(200,))
    body = decode_json(resp, key)
    found = body.get(key) if isinstance(body, dict) else None
    ids = [e.get("id") for e in found or [] if isinstance(e, dict) and e.get("name") == name]
    if len(ids) != 1 or not ids[0]:
        id_option = option.replace("_name", "_id")
        raise errors.ConfigError(f"AKSKAuthOptions: {option} {name!r} matches {len(ids)} {what}; give {id_option}")
    return str(ids[0])


def authenticate_agency(provider: ProviderClient, opts: AgencyAuthOptions) -> None:
    """Obtain (and on expiry renew) a delegated token through the principal."""
    from .auth import authenticated_client, issue_token

    opts.check()
    principal = authenticated_client(opts.principal)
    identity = principal.identity_v3 or principal.identity_endpoint.rstrip("/")
    provider.trust_hosts([identity])
    provider.auth_options = opts
    provider.profile = principal.profile

    def issue() -> None:  # provider.project_id follows the new token's scope
        issue_token(principal, provider, identity, opts.body(), authenticated=True)

    issue()
    provider.set_reauth(issue)
