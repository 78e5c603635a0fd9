"""Keystone v3 authentication: :class:`AuthOptions` and its two plugins.

Methods: password (user id, or user name + domain), token, application
credential (id, or name + user). Scopes: trust, project (id, or name +
domain), domain (id or name), system, or unscoped. :class:`KeystoneAuth` issues
tokens (and renews them, base.py); :class:`TokenPassthrough` uses a given token as
it is (validated, never reissued). Where options come from: config.py and
docs/configuration.md.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .. import errors
from ..pipeline.redact import SECRET_OPTIONS, scrub
from .base import TokenAuth, transport_settings
from .tokens import TokenInfo, discover_v3, issue_token, validate_token

if TYPE_CHECKING:
    from ..pipeline.provider import ProviderClient


@dataclasses.dataclass(repr=False)
class AuthOptions:
    """How to authenticate (the seed's ``AuthOptions``), in keystone's vocabulary.

    ``tenant_id``/``tenant_name`` are accepted as the older names of
    ``project_id``/``project_name``.
    """

    identity_endpoint: str = ""
    username: str | None = None
    user_id: str | None = None
    password: str | None = None
    user_domain_id: str | None = None
    user_domain_name: str | None = None
    project_id: str | None = None
    project_name: str | None = None
    project_domain_id: str | None = None
    project_domain_name: str | None = None
    tenant_id: str | None = None
    tenant_name: str | None = None
    domain_id: str | None = None
    domain_name: str | None = None
    system_scope: str | None = None
    trust_id: str | None = None
    token: str | None = None
    application_credential_id: str | None = None
    application_credential_name: str | None = None
    application_credential_secret: str | None = None
    region_name: str | None = None
    interface: str = "public"
    allow_reauth: bool = True
    unscoped: bool = False
    #: service type (or alias) -> URL used instead of the catalog's (clouds.yaml
    #: ``<service>_endpoint_override``; ``EndpointOpts(url=...)`` still wins)
    endpoint_overrides: dict[str, str] = dataclasses.field(default_factory=dict)
    #: use ``token`` as it is: validate it (GET /v3/auth/tokens) instead of
    #: issuing a new one, and never reauthenticate (OS_TOKEN alone; auth_type
    #: token/admin_token). False with a token: rescope it (auth_type v3token).
    token_passthrough: bool = False
    #: the vendor profile (profiles.py) for endpoints no catalog lists:
    #: a built-in name ("huaweicloud") or a profile file's path
    profile: str | None = None
    #: TLS and timeouts, applied by ``authenticated_client`` (its own keyword
    #: arguments win): False, True or a CA bundle path (clouds.yaml cacert)
    verify: bool | str = True
    #: client certificate and its key (paths; the key may be inside ``cert``)
    cert: str | None = None
    key: str | None = None
    #: seconds, for both the connect and the read timeout of the provider
    api_timeout: float | None = None
    #: service type (or alias) -> the default microversion of its clients
    #: (clouds.yaml ``<service>_api_version``; a major version alone negotiates)
    api_versions: dict[str, str] = dataclasses.field(default_factory=dict)
    #: the clouds.yaml cloud these options came from (named in errors)
    cloud: str | None = None

    def __repr__(self) -> str:
        shown = []
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            default = (
                f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            )
            if value is None or value == default:
                continue
            shown.append(f"{f.name}={'***' if f.name in SECRET_OPTIONS else repr(value)}")

        return scrub(f"AuthOptions({', '.join(shown)})")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AuthOptions:
        """Read the ``OS_*`` variables an openrc file sets.

        The variables are those of ``config.ENV_OVERRIDES`` (docs/configuration.md).
        A token with no password or application credential is passed through
        (``OS_AUTH_TYPE=v3token`` rescopes it instead).
        """
        from ..config.clouds import env_options

        return cls(**env_options(os.environ if environ is None else environ))

    @classmethod
    def from_cloud(
        cls, name: str | None = None, environ: Mapping[str, str] | None = None
    ) -> AuthOptions:
        """Read cloud ``name`` (``OS_CLOUD`` by default) from clouds.yaml (+ secure.yaml).

        ``OS_*`` variables that are set override the files' values. Nothing is
        sent over the network here.
        """
        from ..config.clouds import cloud_options

        return cls(**cloud_options(name, os.environ if environ is None else environ))

    def plugin(self) -> KeystoneAuth | TokenPassthrough:
        """The auth plugin for these options (a passthrough token, or Keystone's
        password/token/application credential method); ConfigError for options that
        name no method, before any request."""
        self.method()
        if self.key and not self.cert:
            raise errors.ConfigError("AuthOptions: a client key needs cert too")
        return TokenPassthrough(self) if self.token_passthrough else KeystoneAuth(self)

    def transport(self) -> dict[str, Any]:
        """ProviderClient keyword arguments for the TLS and timeout settings."""
        cert = (self.cert, self.key) if self.cert and self.key else self.cert
        return transport_settings(self.verify, self.api_timeout, cert)

    def describe(self) -> str:
        """Who these options authenticate as, for error messages (never a secret):
        the user (or credential), the scope, the auth URL and the cloud."""
        if self.token_passthrough or (
            self.token and not (self.password is not None or self.user_id or self.username)
        ):
            who = "a token"
        elif self.application_credential_id:
            who = f"application credential {self.application_credential_id!r}"
        else:
            who = f"user {self.user_id or self.username!r}"
            if not self.user_id:
                domain = (
                    self.user_domain_id
                    or self.user_domain_name
                    or self.domain_id
                    or self.domain_name
                )
                who += f" in domain {domain!r}" if domain else ""
            if self.application_credential_name:
                who = f"application credential {self.application_credential_name!r} of {who}"
        scope = self._described_scope()
        parts = urlsplit(self.identity_endpoint)
        url = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()  # no user info
        text = f"{who}, {scope}, at {url}"
        return text + (f" (cloud {self.cloud!r})" if self.cloud else "")

    def _described_scope(self) -> str:
        if self.token_passthrough:
            return "the token's own scope"
        if self.application_credential_id or self.application_credential_name:
            return "scoped by the credential"
        try:
            scope = self._scope()
        except errors.ConfigError:
            scope = None
        if not scope:
            return "unscoped"
        kind, value = next(iter(scope.items()))
        if kind == "project":
            domain = value.get("domain") or {}
            named = f"project {value.get('id') or value.get('name')!r}"
            return named + (
                f" in domain {domain.get('id') or domain.get('name')!r}" if domain else ""
            )
        if kind == "domain":
            return f"domain {value.get('id') or value.get('name')!r}"
        if kind == "system":
            return f"system scope {next(iter(value))!r}"
        return f"trust {value.get('id')!r}"

    # -- request body -----------------------------------------------------

    def method(self) -> str:
        """The auth method these options use (``token`` for passthrough)."""
        if self.token_passthrough:
            if not self.token:
                raise errors.ConfigError("AuthOptions: token_passthrough needs a token")
            return "token"
        if self.application_credential_secret or self.application_credential_id:
            return "application_credential"
        if self.password is not None and (self.user_id or self.username):
            return "password"
        if self.token:
            return "token"
        missing = "password" if (self.user_id or self.username) else "username or user_id"
        raise errors.ConfigError(
            f"AuthOptions: cannot choose an auth method: {missing} is missing "
            "(give a password with username/user_id, a token, or an application credential)"
        )

    def auth_body(self) -> dict[str, Any]:
        """The JSON body of ``POST /v3/auth/tokens`` for these options."""
        method = self.method()
        from ..pipeline.redact import (  # scrubbed from every error and log line
            remember,
            remember_url,
        )

        remember(self.password, self.token, self.application_credential_secret)
        for url in (self.identity_endpoint, *self.endpoint_overrides.values()):
            remember_url(url)
        identity: dict[str, Any] = {"methods": [method]}
        if method == "password":
            identity["password"] = {"user": self._user(self.password)}
        elif method == "token":
            identity["token"] = {"id": self.token}
        else:
            identity["application_credential"] = self._app_cred()
        auth: dict[str, Any] = {"identity": identity}
        if method != "application_credential":  # app creds carry their own scope
            scope = self._scope()
            if scope is not None:
                auth["scope"] = scope
        return {"auth": auth}

    def _user(self, password: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {}
        if self.user_id:
            user["id"] = self.user_id
        else:
            user["name"] = self.username
            user["domain"] = _ref(
                "AuthOptions: username needs user_domain_id or user_domain_name (or domain_id/domain_name)",
                self.user_domain_id or (None if self.user_domain_name else self.domain_id),
                self.user_domain_name or (None if self.user_domain_id else self.domain_name),
            )
        if password is not None:
            user["password"] = password
        return user

    def _app_cred(self) -> dict[str, Any]:
        if not self.application_credential_secret:
            raise errors.ConfigError("AuthOptions: application_credential_secret is required")
        cred: dict[str, Any] = {"secret": self.application_credential_secret}
        if self.application_credential_id:
            cred["id"] = self.application_credential_id
        elif self.application_credential_name:
            if not (self.user_id or self.username):
                raise errors.ConfigError(
                    "AuthOptions: application_credential_name needs user_id or username"
                )
            cred["name"] = self.application_credential_name
            cred["user"] = self._user(None)
        else:
            raise errors.ConfigError(
                "AuthOptions: application_credential_id or application_credential_name is required"
            )
        return cred

    def _scope(self) -> dict[str, Any] | None:
        if self.unscoped:
            return None
        if self.trust_id:
            return {"OS-TRUST:trust": {"id": self.trust_id}}
        project_id = self.project_id or self.tenant_id
        project_name = self.project_name or self.tenant_name
        if project_id:
            return {"project": {"id": project_id}}
        if project_name:
            domain = _ref(
                "AuthOptions: project_name needs project_domain_id or project_domain_name "
                "(or domain_id/domain_name)",
                self.project_domain_id or (None if self.project_domain_name else self.domain_id),
                self.project_domain_name or (None if self.project_domain_id else self.domain_name),
            )
            return {"project": {"name": project_name, "domain": domain}}
        if self.domain_id or self.domain_name:
            return {"domain": _ref("", self.domain_id, self.domain_name)}
        if self.system_scope:
            return {"system": {self.system_scope: True}}
        return None


def _ref(message: str, id_: str | None, name: str | None) -> dict[str, str]:
    if id_:
        return {"id": id_}
    if name:
        return {"name": name}
    raise errors.ConfigError(message)


class _KeystonePlugin(TokenAuth):
    """Shared by both Keystone plugins: the options' placement and profile, discovery."""

    def __init__(self, opts: AuthOptions, *, renewable: bool) -> None:
        profile = None
        if opts.profile:
            from ..endpoints.profiles import Profile

            profile = Profile.load(opts.profile)
        super().__init__(
            overrides=opts.endpoint_overrides,
            region=opts.region_name,
            interface=opts.interface,
            profile=profile,
            api_versions=opts.api_versions,
        )
        self.options = opts
        self.base_url = opts.identity_endpoint
        self._renewable = renewable
        self._v3: str | None = None

    @property
    def identity_url(self) -> str | None:
        return self._v3 or super().identity_url

    @property
    def identity_v3(self) -> str | None:
        """The Identity v3 URL discovery found (None before ``attach``)."""
        return self._v3

    def attach(self, provider: ProviderClient) -> None:
        super().attach(provider)
        self._v3 = discover_v3(provider)


class KeystoneAuth(_KeystonePlugin):
    """Tokens issued by Keystone for :class:`AuthOptions` (password, token rescope,
    application credential), renewed on 401 and before expiry unless
    ``allow_reauth`` is False."""

    def __init__(self, opts: AuthOptions) -> None:
        super().__init__(opts, renewable=opts.allow_reauth)

    def attach(self, provider: ProviderClient) -> None:
        super().attach(provider)
        self.install(*self._issue_token())
        self.set_issuer(self._issue_token if self._renewable else None)

    def _issue_token(self) -> tuple[str, TokenInfo]:
        assert self._v3 is not None
        opts = self.options
        try:
            return issue_token(self._sender(), self._v3, opts.auth_body(), authenticated=False)
        except errors.Unauthorized as exc:
            exc.explain(f"tried {opts.describe()}")
            raise


class TokenPassthrough(_KeystonePlugin):
    """A given token used as it is: validated once (its scope and catalog), never
    renewed, so a 401 raises (OS_TOKEN alone; auth_type token/admin_token)."""

    def __init__(self, opts: AuthOptions) -> None:
        super().__init__(opts, renewable=False)

    def attach(self, provider: ProviderClient) -> None:
        super().attach(provider)
        token = self.options.token
        assert token is not None and self._v3 is not None  # AuthOptions.method() checked
        from ..pipeline.redact import remember_url

        for url in (self.options.identity_endpoint, *self.options.endpoint_overrides.values()):
            remember_url(url)
        self.install(token, validate_token(provider, self._v3, token))
