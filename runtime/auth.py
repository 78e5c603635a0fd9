"""Keystone v3 authentication: options, version discovery, token issue.

Methods: password (user id, or user name + domain), token, application
credential (id, or name + user). Scopes: trust, project (id, or name +
domain), domain (id or name), system, or unscoped. Token passthrough uses a
given token as it is (validated, never reissued). Where options come from:
config.py and docs/configuration.md.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import errors
from .catalog import Catalog
from .provider import ProviderClient, new_client
from .types import parse_datetime

if TYPE_CHECKING:
    from .aksk import AgencyAuthOptions, AKSKAuthOptions

_SECRETS = ("password", "token", "application_credential_secret")


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
            shown.append(f"{f.name}={'***' if f.name in _SECRETS else repr(value)}")
        from .redact import scrub  # URL user info, token= queries, remembered secrets

        return scrub(f"AuthOptions({', '.join(shown)})")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AuthOptions:
        """Read the ``OS_*`` variables an openrc file sets.

        The variables are those of ``config.ENV_OVERRIDES`` (docs/configuration.md).
        A token with no password or application credential is passed through
        (``OS_AUTH_TYPE=v3token`` rescopes it instead).
        """
        from .config import env_options

        return cls(**env_options(os.environ if environ is None else environ))

    @classmethod
    def from_cloud(
        cls, name: str | None = None, environ: Mapping[str, str] | None = None
    ) -> AuthOptions:
        """Read cloud ``name`` (``OS_CLOUD`` by default) from clouds.yaml (+ secure.yaml).

        ``OS_*`` variables that are set override the files' values. Nothing is
        sent over the network here.
        """
        from .config import cloud_options

        return cls(**cloud_options(name, os.environ if environ is None else environ))

    def describe(self) -> str:
        """Who these options authenticate as, for error messages (never a secret):
        the user (or credential), the scope, the auth URL and the cloud."""
        if self.token_passthrough or (self.token and not (self.password is not None or self.user_id or self.username)):
            who = "a token"
        elif self.application_credential_id:
            who = f"application credential {self.application_credential_id!r}"
        else:
            who = f"user {self.user_id or self.username!r}"
            if not self.user_id:
                domain = self.user_domain_id or self.user_domain_name or self.domain_id or self.domain_name
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
            return named + (f" in domain {domain.get('id') or domain.get('name')!r}" if domain else "")
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
        from .redact import remember, remember_url  # scrubbed from every error and log line

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


@dataclasses.dataclass(repr=False)
class TokenInfo:
    """What Keystone said about the token (never the token itself)."""

    body: dict[str, Any]
    catalog: Catalog
    expires_at: _dt.datetime | None

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> TokenInfo:
        """``ResponseError`` for a body without a ``token`` object or with a catalog
        that is not a list; an ``expires_at`` that is not a timestamp counts as
        unknown (the token is then renewed only when the server refuses it)."""
        token = body.get("token") if isinstance(body, dict) else None
        if not isinstance(token, dict):
            raise errors.ResponseError("token response has no 'token' object")
        expires = token.get("expires_at")
        try:
            expires_at = parse_datetime(expires) if isinstance(expires, str) else None
        except ValueError:
            expires_at = None
        return cls(body=token, catalog=Catalog(token.get("catalog")), expires_at=expires_at)

    @property
    def project_id(self) -> str | None:
        project = self.body.get("project") or {}
        return project.get("id") if isinstance(project, dict) else None

    @property
    def user_id(self) -> str | None:
        user = self.body.get("user") or {}
        return user.get("id") if isinstance(user, dict) else None

    def __repr__(self) -> str:
        return f"TokenInfo(user_id={self.user_id!r}, project_id={self.project_id!r}, expires_at={self.expires_at!r})"


def discover_v3(provider: ProviderClient) -> str:
    """The Identity v3 URL for the provider's identity endpoint.

    ``.../v3`` is used as it is; an unversioned URL is asked for its
    version document and the v3 link in it is followed.
    """
    base = provider.identity_endpoint.rstrip("/")
    if base.rsplit("/", 1)[-1].startswith("v3"):
        return base
    resp = provider.request("GET", base + "/", ok=(200, 300), authenticated=False)
    from .result import decode_json

    doc = decode_json(resp, f"identity endpoint {base}")
    if not isinstance(doc, dict):
        raise errors.ResponseError(f"identity endpoint {base} did not return a version document")
    versions: Any = doc.get("versions", {})
    if isinstance(versions, dict):
        versions = versions.get("values", [])
    if "version" in doc:
        versions = [doc["version"]]
    for v in versions if isinstance(versions, list) else ():
        vid = v.get("id") if isinstance(v, dict) else None
        if not isinstance(vid, str) or not vid.startswith("v3"):
            continue
        status = v.get("status")
        if isinstance(status, str) and status.lower() == "deprecated":
            continue
        links = v.get("links")
        for link in links if isinstance(links, list) else ():
            if not isinstance(link, dict) or link.get("rel") != "self":
                continue
            href = link.get("href")
            if href and isinstance(href, str):
                try:
                    path = urlsplit(href.rstrip("/")).path
                except ValueError:  # (an unparsable host: only the path is used anyway)
                    continue
                # Trust only the host we were given; keep its scheme and netloc.
                given = urlsplit(base)
                return f"{given.scheme}://{given.netloc}{path}"
        return base + "/v3"
    raise errors.EndpointNotFound(f"identity endpoint {base} offers no v3 API")


def authenticate(provider: ProviderClient, opts: AuthOptions) -> None:
    """Obtain a token for ``opts`` and install it (and reauth) on ``provider``.

    With ``opts.token_passthrough`` the given token is validated and used as
    it is; nothing can renew it, so there is no reauth and a later 401 raises.
    """
    opts.method()  # fail on bad options before any request
    if opts.profile:
        from .profiles import Profile

        provider.profile = Profile.load(opts.profile)
    v3 = discover_v3(provider)
    provider.auth_options = opts
    provider.identity_v3 = v3
    if opts.token_passthrough:
        assert opts.token is not None  # method() checked
        provider.set_token(opts.token, validate_token(provider, v3, opts.token))
        provider.set_reauth(None)
        return

    def issue() -> None:
        try:
            issue_token(provider, provider, v3, opts.auth_body(), authenticated=False)
        except errors.Unauthorized as exc:
            exc.args = (f"{exc.args[0] if exc.args else 'authentication failed'}; tried {opts.describe()}",)
            raise

    issue()
    provider.set_reauth(issue if opts.allow_reauth else None)


def issue_token(
    sender: ProviderClient, target: ProviderClient, v3: str, body: dict[str, Any], *, authenticated: bool
) -> None:
    """POST ``body`` to ``{v3}/auth/tokens`` through ``sender`` and install the token
    on ``target`` (the same provider, or a delegated one for an agency). Issuing a
    second token does no harm: the POST may be retried like a GET."""
    resp = sender.request(
        "POST", v3 + "/auth/tokens", json=body, ok=(201,), authenticated=authenticated, idempotent=True
    )
    token = resp.headers.get("X-Subject-Token")
    if not token:
        raise errors.ResponseError("the identity service answered 201 without an X-Subject-Token header")
    from .redact import remember

    remember(token)  # scrubbed from every error and log line from now on
    target.set_token(token, TokenInfo.from_body(_token_document(resp)))


def validate_token(provider: ProviderClient, v3: str, token: str) -> TokenInfo:
    """What Keystone says about ``token`` (its scope and catalog), asked with the token itself."""
    from .redact import remember

    remember(token)  # Keystone quotes a token it does not know ("Could not find token: ...")
    resp = provider.request(
        "GET",
        v3 + "/auth/tokens",
        headers={"X-Auth-Token": token, "X-Subject-Token": token},
        authenticated=False,
    )
    return TokenInfo.from_body(_token_document(resp))


def _token_document(resp: Any) -> dict[str, Any]:
    """The JSON object of a token response; ResponseError for anything else."""
    from .result import decode_json

    body = decode_json(resp, "token response")
    if not isinstance(body, dict):
        raise errors.ResponseError("token response: expected a JSON object")
    return body


def authenticated_client(
    opts: AuthOptions | AKSKAuthOptions | AgencyAuthOptions, **kwargs: Any
) -> ProviderClient:
    """A provider with a token for ``opts`` (the seed's AuthenticatedClient);
    with ``AKSKAuthOptions`` one that signs every request instead, with
    ``AgencyAuthOptions`` one holding a delegated token (aksk.py).

    ``opts``' verify, cert/key and api_timeout apply unless ``kwargs`` say
    otherwise (``verify=``, ``connect_timeout=``/``read_timeout=``, a
    ``session=`` whose ``cert`` is already set).
    """
    from .aksk import AgencyAuthOptions, AKSKAuthOptions, authenticate_agency, authenticate_aksk

    if isinstance(opts, AKSKAuthOptions):
        opts.check()
        provider = new_client(opts.identity_url(), **kwargs)
        authenticate_aksk(provider, opts)
        return provider
    if isinstance(opts, AgencyAuthOptions):
        provider = new_client(_principal_endpoint(opts.principal), **kwargs)
        authenticate_agency(provider, opts)
        return provider
    if opts.key and not opts.cert:
        raise errors.ConfigError("AuthOptions: a client key needs cert too")
    provider = new_client(opts.identity_endpoint, **{**_transport_kwargs(opts), **kwargs})
    if opts.cert and provider.session.cert is None:
        provider.session.cert = (opts.cert, opts.key) if opts.key else opts.cert
    authenticate(provider, opts)
    return provider


def _transport_kwargs(opts: AuthOptions) -> dict[str, Any]:
    """ProviderClient keyword arguments for the options' TLS and timeout settings."""
    out: dict[str, Any] = {}
    if opts.verify is not True:
        out["verify"] = opts.verify
    if opts.api_timeout is not None:
        out["connect_timeout"] = out["read_timeout"] = opts.api_timeout
    return out


def _principal_endpoint(opts: AuthOptions | AKSKAuthOptions) -> str:
    from .aksk import AKSKAuthOptions

    return opts.identity_url() if isinstance(opts, AKSKAuthOptions) else opts.identity_endpoint


def cloud_auth_options(
    name: str | None = None, environ: Mapping[str, str] | None = None
) -> AuthOptions | AKSKAuthOptions:
    """The options of cloud ``name`` (``OS_CLOUD``) in clouds.yaml, whatever its
    auth_type: ``AKSKAuthOptions`` for ``auth_type: aksk``, else ``AuthOptions``."""
    from .aksk import AKSKAuthOptions
    from .config import aksk_fields, auth_fields, cloud_settings, is_aksk

    env = os.environ if environ is None else environ
    merged, where = cloud_settings(name, env)
    if is_aksk(merged):
        return AKSKAuthOptions(**aksk_fields(merged, where))
    return AuthOptions(**auth_fields(merged, where))
