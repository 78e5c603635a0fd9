# Generated from identity/v3/tokens.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A Keystone token: who authenticated (user, methods), what it is scoped to (project, domain or
system), the roles that scope grants and, when scoped, the service catalog."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.identity.v3.access_rules import AccessRule
from stacksdk.identity.v3.catalog import CatalogService, SystemScope
from stacksdk.shared import IdRef as IdRef, Links as Links


class NamedRef(Model):
    """A reference to a domain (or another resource) by id and name."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class FederationInfo(Model):
    """How a federated user was mapped (identity provider, protocol, groups)."""

    identity_provider: IdRef | Unset = UNSET
    """The identity provider the user came from."""

    protocol: IdRef | Unset = UNSET
    """The federation protocol used."""

    groups: builtins.list[IdRef] | Unset = UNSET
    """The groups the mapping placed the user in."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("identity_provider", "identity_provider", t.model(IdRef)),
        Field("protocol", "protocol", t.model(IdRef)),
        Field("groups", "groups", t.list_of(t.model(IdRef))),
    )


class TokenUser(Model):
    """The user a token (or receipt) belongs to."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain: NamedRef | Unset = UNSET

    password_expires_at: datetime.datetime | None | Unset = UNSET
    """When the user's password expires; null when it never does."""

    federation: FederationInfo | Unset = UNSET
    """Present for federated users (who then have no password_expires_at)."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain", "domain", t.model(NamedRef)),
        Field("password_expires_at", "password_expires_at", t.DATETIME),
        Field("federation", "OS-FEDERATION", t.model(FederationInfo)),
        Field("links", "links", t.model(Links)),
    )


class TokenProject(Model):
    """The project a token is scoped to."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain: NamedRef | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain", "domain", t.model(NamedRef)),
        Field("links", "links", t.model(Links)),
    )


class TokenRole(Model):
    """A role a token carries: id and name (trust-scoped tokens carry the full role, with
    domain_id, description and options)."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain_id: str | None | Unset = UNSET
    """Set for domain-specific roles."""

    description: str | None | Unset = UNSET

    options: dict[str, Any] | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("options", "options", t.map_of(t.ANY)),
    )


class TokenApplicationCredential(Model):
    """The application credential behind a token."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    restricted: bool | Unset = UNSET
    """True unless the credential was created unrestricted (restricted ones cannot manage
    credentials or trusts)."""

    access_rules: builtins.list[AccessRule] | Unset = UNSET
    """The access rules the credential is limited to, when it has some."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("restricted", "restricted", t.BOOLEAN),
        Field("access_rules", "access_rules", t.list_of(t.model(AccessRule))),
    )


class ServiceProvider(Model):
    """A federation service provider listed in a token."""

    id: str | Unset = UNSET

    auth_url: str | Unset = UNSET

    sp_url: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("auth_url", "auth_url", t.STRING),
        Field("sp_url", "sp_url", t.STRING),
    )


class OAuth2Credential(Model):
    """The certificate thumbprint an OAuth 2.0 mutual-TLS token is bound to."""

    x5t_s256: str | Unset = UNSET
    """SHA-256 thumbprint of the client certificate."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("x5t_s256", "x5t#S256", t.STRING),)


class Receipt(Model):
    """A partial authentication: the methods that already succeeded when multi-factor rules
    require more."""

    methods: builtins.list[str] | Unset = UNSET

    user: TokenUser | Unset = UNSET

    expires_at: datetime.datetime | Unset = UNSET

    issued_at: datetime.datetime | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("methods", "methods", t.list_of(t.STRING)),
        Field("user", "user", t.model(TokenUser)),
        Field("expires_at", "expires_at", t.DATETIME),
        Field("issued_at", "issued_at", t.DATETIME),
    )


class AuthReceipt(Model):
    """The body of the 401 answer to an issue request that satisfied only part of the user's
    multi-factor rules (decode it from errors.Unauthorized.body); the receipt itself is in the
    Openstack-Auth-Receipt response header, a credential shown as *** in the error's headers:
    read it with err.sensitive_header("Openstack-Auth-Receipt"), and send it back in
    CreateOpts.receipt with the missing methods."""

    receipt: Receipt | Unset = UNSET

    required_auth_methods: builtins.list[builtins.list[str]] | Unset = UNSET
    """The method combinations that would complete authentication."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("receipt", "receipt", t.model(Receipt)),
        Field("required_auth_methods", "required_auth_methods", t.list_of(t.list_of(t.STRING))),
    )


class AuthDomain(Model):
    """A domain named by id, or by name."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
    )


class AuthUser(Model):
    """A user named by id, or by name plus domain, with the secret of the method it appears in."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain: AuthDomain | Unset = UNSET
    """Needed when the user is named by name."""

    password: str | Unset = UNSET
    """The password (password method)."""

    passcode: str | Unset = UNSET
    """The current TOTP passcode (totp method)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain", "domain", t.model(AuthDomain)),
        Field("password", "password", t.STRING, sensitive=True),
        Field("passcode", "passcode", t.STRING, sensitive=True),
    )


class PasswordMethod(Model):
    """The password method: {"user": {...id or name+domain..., "password": ...}}."""

    user: AuthUser | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (Field("user", "user", t.model(AuthUser)),)


class TokenMethod(Model):
    """The token method: an existing token re-used (for instance to rescope it)."""

    id: str | Unset = UNSET
    """The existing token."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("id", "id", t.STRING, sensitive=True),)


TotpMethod = PasswordMethod


class ApplicationCredentialMethod(Model):
    """The application_credential method: the credential by id, or by name plus its user, and its
    secret. The credential fixes the scope, so no scope may be requested with it."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    secret: str | Unset = UNSET

    user: AuthUser | Unset = UNSET
    """The owner (when the credential is named by name)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("secret", "secret", t.STRING, sensitive=True),
        Field("user", "user", t.model(AuthUser)),
    )


class AuthIdentity(Model):
    """Who is authenticating: the method names, and one object per method. Methods without a
    model here (external, mapped, oauth1, ...) go in extra."""

    methods: builtins.list[str] | Unset = UNSET
    """The methods to use, e.g. ["password"] or ["password", "totp"]."""

    password: PasswordMethod | Unset = UNSET

    token: TokenMethod | Unset = UNSET

    totp: TotpMethod | Unset = UNSET

    application_credential: ApplicationCredentialMethod | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("methods", "methods", t.list_of(t.STRING)),
        Field("password", "password", t.model(PasswordMethod)),
        Field("token", "token", t.model(TokenMethod)),
        Field("totp", "totp", t.model(TotpMethod)),
        Field(
            "application_credential", "application_credential", t.model(ApplicationCredentialMethod)
        ),
    )


class AuthProject(Model):
    """A project named by id, or by name plus domain."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain: AuthDomain | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain", "domain", t.model(AuthDomain)),
    )


class AuthScope(Model):
    """What the token should be scoped to: exactly one of project, domain, system, trust or
    unscoped. Without a scope the token is scoped to the user's default project if it has one,
    else unscoped."""

    project: AuthProject | Unset = UNSET

    domain: AuthDomain | Unset = UNSET

    system: SystemScope | Unset = UNSET
    """SystemScope(all=True) for the system scope."""

    trust: IdRef | Unset = UNSET
    """The trust to act under (token method)."""

    unscoped: dict[str, Any] | Unset = UNSET
    """Pass {} for an explicitly unscoped token, even when the user has a default project (the
    wire form keystone also documents as the bare string "unscoped")."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("project", "project", t.model(AuthProject)),
        Field("domain", "domain", t.model(AuthDomain)),
        Field("system", "system", t.model(SystemScope)),
        Field("trust", "OS-TRUST:trust", t.model(IdRef)),
        Field("unscoped", "unscoped", t.ANY),
    )


class Token(Model):
    """A Keystone token: who authenticated (user, methods), what it is scoped to (project, domain
    or system), the roles that scope grants and, when scoped, the service catalog."""

    id: str | Unset = UNSET
    """The token itself. Keystone sends it in the X-Subject-Token response header (never in the
    body); issue and validate copy it here."""

    methods: builtins.list[str] | Unset = UNSET
    """The authentication methods that produced the token, e.g. password, token,
    application_credential."""

    user: TokenUser | Unset = UNSET
    """The user the token represents (the trustor when a trust impersonates)."""

    project: TokenProject | Unset = UNSET
    """The project of a project-scoped (or trust-scoped) token."""

    domain: NamedRef | Unset = UNSET
    """The domain of a domain-scoped token."""

    system: SystemScope | Unset = UNSET
    """Present on a system-scoped token: {"all": true}."""

    roles: builtins.list[TokenRole] | Unset = UNSET
    """The roles the token carries on its scope (absent on unscoped tokens)."""

    catalog: builtins.list[CatalogService] | Unset = UNSET
    """The service catalog; absent on unscoped tokens and when nocatalog was asked for."""

    expires_at: datetime.datetime | Unset = UNSET
    """When the token stops being valid."""

    issued_at: datetime.datetime | Unset = UNSET
    """When the token was issued."""

    audit_ids: builtins.list[str] | Unset = UNSET
    """Audit identifiers: the token's own, then (for a token obtained from another token) the one
    of the token chain's origin."""

    is_domain: bool | Unset = UNSET
    """Whether the scoped project acts as a domain (project-scoped tokens only)."""

    is_admin_project: bool | Unset = UNSET
    """Whether the scoped project is the cloud's admin project (only sent when the deployment
    configures an admin project)."""

    application_credential: TokenApplicationCredential | Unset = UNSET
    """The application credential a token issued with the application_credential method came
    from."""

    service_providers: builtins.list[ServiceProvider] | Unset = UNSET
    """Federation service providers the token may be exchanged at (only when some are enabled)."""

    oauth2_credential: OAuth2Credential | Unset = UNSET
    """The client certificate binding of a token issued through OAuth 2.0 mutual TLS."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING, sensitive=True),
        Field("methods", "methods", t.list_of(t.STRING)),
        Field("user", "user", t.model(TokenUser)),
        Field("project", "project", t.model(TokenProject)),
        Field("domain", "domain", t.model(NamedRef)),
        Field("system", "system", t.model(SystemScope)),
        Field("roles", "roles", t.list_of(t.model(TokenRole))),
        Field("catalog", "catalog", t.list_of(t.model(CatalogService))),
        Field("expires_at", "expires_at", t.DATETIME),
        Field("issued_at", "issued_at", t.DATETIME),
        Field("audit_ids", "audit_ids", t.list_of(t.STRING)),
        Field("is_domain", "is_domain", t.BOOLEAN),
        Field("is_admin_project", "is_admin_project", t.BOOLEAN),
        Field(
            "application_credential", "application_credential", t.model(TokenApplicationCredential)
        ),
        Field("service_providers", "service_providers", t.list_of(t.model(ServiceProvider))),
        Field("oauth2_credential", "oauth2_credential", t.model(OAuth2Credential)),
    )


class CreateOpts(Opts):
    """Options of create."""

    identity: AuthIdentity = REQUIRED
    """The methods and their credentials."""

    scope: AuthScope | Unset = UNSET
    """The scope to request (not with application credentials)."""

    nocatalog: bool | Unset = UNSET
    """True leaves the catalog out of the response."""

    receipt: str | Unset = UNSET
    """A receipt from an earlier 401, to complete a multi-factor authentication."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("identity", "identity", t.model(AuthIdentity), required=True),
        Param("scope", "scope", t.model(AuthScope)),
        Param("nocatalog", "nocatalog", t.BOOLEAN, location="query", style="flag"),
        Param("receipt", "Openstack-Auth-Receipt", t.STRING, location="header", sensitive=True),
    )


class ValidateOpts(Opts):
    """Options of validate."""

    subject_token: str = REQUIRED
    """The token to validate."""

    nocatalog: bool | Unset = UNSET
    """True leaves the catalog out of the response."""

    allow_expired: bool | Unset = UNSET
    """Also accept a token expired within the deployment's allow_expired_window."""

    access_rules_support: str | Unset = UNSET
    """The access-rules version the caller enforces (as keystonemiddleware sends it); without it,
    tokens of credentials with access rules are refused."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "subject_token",
            "X-Subject-Token",
            t.STRING,
            location="header",
            required=True,
            sensitive=True,
        ),
        Param("nocatalog", "nocatalog", t.BOOLEAN, location="query", style="flag"),
        Param("allow_expired", "allow_expired", t.BOOLEAN, location="query"),
        Param(
            "access_rules_support", "OpenStack-Identity-Access-Rules", t.STRING, location="header"
        ),
    )


class CheckOpts(Opts):
    """Options of check."""

    subject_token: str = REQUIRED
    """The token to check."""

    allow_expired: bool | Unset = UNSET
    """Also accept a token expired within the deployment's allow_expired_window."""

    access_rules_support: str | Unset = UNSET
    """The access-rules version the caller enforces."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "subject_token",
            "X-Subject-Token",
            t.STRING,
            location="header",
            required=True,
            sensitive=True,
        ),
        Param("allow_expired", "allow_expired", t.BOOLEAN, location="query"),
        Param(
            "access_rules_support", "OpenStack-Identity-Access-Rules", t.STRING, location="header"
        ),
    )


class RevokeOpts(Opts):
    """Options of revoke."""

    subject_token: str = REQUIRED
    """The token to revoke."""

    cascade: bool | Unset = UNSET
    """False revokes only this token; by default the tokens obtained from it (by rescoping) are
    revoked too."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "subject_token",
            "X-Subject-Token",
            t.STRING,
            location="header",
            required=True,
            sensitive=True,
        ),
        Param("cascade", "cascade", t.BOOLEAN, location="query"),
    )


_CREATE = Operation(
    "tokens.create",
    "POST",
    "/auth/tokens",
    ok=(201,),
    request_kind="json",
    request_key="auth",
    authenticated=False,
    response_key="token",
    response_headers=(("id", "X-Subject-Token"),),
)
_VALIDATE = Operation(
    "tokens.validate",
    "GET",
    "/auth/tokens",
    ok=(200,),
    response_key="token",
    response_headers=(("id", "X-Subject-Token"),),
)
_CHECK = Operation(
    "tokens.check",
    "HEAD",
    "/auth/tokens",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE = Operation(
    "tokens.revoke",
    "DELETE",
    "/auth/tokens",
    ok=(204,),
    response_kind="empty",
)
_REVOKE_FOR_USER = Operation(
    "tokens.revoke_for_user",
    "DELETE",
    "/users/{user_id}/tokens",
    ok=(204,),
    response_kind="empty",
)


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Token]:
    """Issue a token (authenticate). The new token is the result's id (from the X-Subject-Token
    header); with a scope the body carries the roles and catalog. A 401 with an
    Openstack-Auth-Receipt header means more multi-factor methods are needed (see
    AuthReceipt)."""
    return client.call(
        _CREATE, None, model=Token, opts=opts, microversion=microversion, timeout=timeout
    )


def validate(
    client: ServiceClient,
    opts: ValidateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Token]:
    """Validate a token and return what it stands for. Raises NotFound when the token is invalid,
    expired or revoked."""
    return client.call(
        _VALIDATE, None, model=Token, opts=opts, microversion=microversion, timeout=timeout
    )


def check(
    client: ServiceClient,
    opts: CheckOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a token is valid, without a body. Raises NotFound when it is not."""
    return client.call(_CHECK, None, opts=opts, microversion=microversion, timeout=timeout)


def revoke(
    client: ServiceClient,
    opts: RevokeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke a token; it fails validation from then on."""
    return client.call(_REVOKE, None, opts=opts, microversion=microversion, timeout=timeout)


def revoke_for_user(
    client: ServiceClient,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke every token of a user (users may revoke their own, admins anyone's)."""
    return client.call(
        _REVOKE_FOR_USER, {"user_id": user_id}, microversion=microversion, timeout=timeout
    )


def extract_tokens(page: Page[Any]) -> builtins.list[Token]:
    """The Token items of a page (or of ``all_pages()``)."""
    return page.extract_as(Token)
