"""Authentication as plugins: each options class builds its plugin (``opts.plugin()``),
and a provider holds one (base.py: the protocol; keystone, aksk, agency, basic: the
plugins). This module connects the two: :func:`authenticated_client`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Protocol

from ..pipeline.provider import ProviderClient
from .agency import AgencyAuth, AgencyAuthOptions
from .aksk import AKSKAuth, AKSKAuthOptions
from .base import AuthPlugin, PluginBase, TokenAuth
from .basic import HTTPBasicAuth, NoAuth
from .keystone import AuthOptions, KeystoneAuth, TokenPassthrough
from .tokens import TokenInfo, discover_v3

__all__ = [
    "AKSKAuth",
    "AKSKAuthOptions",
    "AgencyAuth",
    "AgencyAuthOptions",
    "AuthOptions",
    "AuthPlugin",
    "HTTPBasicAuth",
    "KeystoneAuth",
    "NoAuth",
    "PluginBase",
    "TokenAuth",
    "TokenInfo",
    "TokenPassthrough",
    "authenticate",
    "authenticated_client",
    "cloud_auth_options",
    "discover_v3",
]


class Credentials(Protocol):
    """What :func:`authenticated_client` takes: options that build their plugin."""

    def plugin(self) -> PluginBase: ...

    def transport(self) -> dict[str, Any]: ...


def authenticate(provider: ProviderClient, opts: Credentials) -> None:
    """Authenticate ``provider`` with the plugin ``opts`` builds (a token, a signer, ...)."""
    provider.authenticate(opts.plugin())


def authenticated_client(opts: Credentials, **kwargs: Any) -> ProviderClient:
    """A provider authenticated with ``opts`` (the seed's AuthenticatedClient): a
    Keystone token for ``AuthOptions``, signed requests for ``AKSKAuthOptions``, a
    delegated token for ``AgencyAuthOptions``, ``NoAuth``/``HTTPBasicAuth`` for a
    standalone service.

    The options' verify, cert/key and api_timeout apply unless ``kwargs`` say
    otherwise (``verify=``, ``connect_timeout=``/``read_timeout=``, a ``session=``
    whose ``cert`` is already set).
    """
    plugin = opts.plugin()  # bad options fail here, before any request
    provider = ProviderClient(plugin.base_url, **{**opts.transport(), **kwargs})
    provider.authenticate(plugin)
    return provider


def cloud_auth_options(
    name: str | None = None, environ: Mapping[str, str] | None = None
) -> AuthOptions | AKSKAuthOptions | NoAuth:
    """The options of cloud ``name`` (``OS_CLOUD``) in clouds.yaml, whatever its
    auth_type: ``AKSKAuthOptions`` for ``aksk``, ``NoAuth`` for ``none``,
    ``HTTPBasicAuth`` for ``http_basic``, else ``AuthOptions``."""
    from ..config.clouds import (
        aksk_fields,
        auth_fields,
        basic_fields,
        cloud_settings,
        is_aksk,
        is_standalone,
    )

    env = os.environ if environ is None else environ
    merged, where = cloud_settings(name, env)
    if is_aksk(merged):
        return AKSKAuthOptions(**aksk_fields(merged, where))
    if is_standalone(merged):
        fields = basic_fields(merged, where)
        if merged.get("auth_type") == "http_basic":
            return HTTPBasicAuth(**fields)
        return NoAuth(**fields)
    return AuthOptions(**auth_fields(merged, where))
