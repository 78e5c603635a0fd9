"""Agencies (assume role): a token for a project of another account that
delegated rights to an agency, obtained by a principal (password, token or AK/SK
options) with IAM's ``assume_role`` method, and renewed the same way."""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol

from .. import errors
from ..pipeline.provider import ProviderClient
from .base import PluginBase, TokenAuth
from .tokens import TokenInfo, issue_token


class PrincipalOptions(Protocol):
    """Options that can authenticate on their own (AuthOptions, AKSKAuthOptions)."""

    @property
    def region_name(self) -> str | None: ...

    def plugin(self) -> PluginBase: ...

    def transport(self) -> dict[str, Any]: ...


@dataclasses.dataclass(repr=False)
class AgencyAuthOptions:
    """A token for ``project_id``/``project_name`` of the account (``domain_id`` or
    ``domain_name``) that delegated rights to ``agency_name``, obtained by
    ``principal`` (password/token ``AuthOptions`` or ``AKSKAuthOptions``)."""

    principal: PrincipalOptions
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
            raise errors.ConfigError(
                "AgencyAuthOptions: domain_id or domain_name (the delegating account) is required"
            )

    def plugin(self) -> AgencyAuth:
        """The plugin holding the delegated token; ConfigError naming what is missing."""
        self.check()
        return AgencyAuth(self)

    def transport(self) -> dict[str, Any]:
        return self.principal.transport()

    def body(self) -> dict[str, Any]:
        role: dict[str, Any] = {"agency_name": self.agency_name}
        if self.domain_id:
            role["domain_id"] = self.domain_id
        else:
            role["domain_name"] = self.domain_name
        if self.duration_seconds:
            role["duration_seconds"] = self.duration_seconds
        body: dict[str, Any] = {
            "auth": {"identity": {"methods": ["assume_role"], "assume_role": role}}
        }
        if self.project_id:
            body["auth"]["scope"] = {"project": {"id": self.project_id}}
        elif self.project_name:
            body["auth"]["scope"] = {"project": {"name": self.project_name}}
        return body


class AgencyAuth(TokenAuth):
    """A delegated token, obtained (and on expiry or 401 renewed) through the
    principal's own provider."""

    def __init__(self, opts: AgencyAuthOptions) -> None:
        self.principal = opts.principal.plugin()
        super().__init__(
            overrides=opts.endpoint_overrides,
            region=opts.region_name,
            interface=opts.interface,
            profile=self.principal.profile,
            domain_id=opts.domain_id,
        )
        self.options = opts
        self.base_url = self.principal.base_url
        self._via: ProviderClient | None = None
        self._identity = ""

    def attach(self, provider: ProviderClient) -> None:
        via = ProviderClient(self.principal.base_url, **self.options.transport())
        via.authenticate(self.principal)
        self._via = via
        self._identity = self.principal.identity_url or via.identity_endpoint.rstrip("/")
        super().attach(provider)
        provider.trust_hosts([self._identity])
        self.install(*self._issue_token())
        self.set_issuer(self._issue_token)

    def _issue_token(self) -> tuple[str, TokenInfo]:
        assert self._via is not None
        return issue_token(self._via, self._identity, self.options.body(), authenticated=True)
