"""clouds.yaml: the configuration file every OpenStack tool reads.

Search order (the first file that exists wins, as in openstacksdk):
``OS_CLIENT_CONFIG_FILE``, ``./clouds.yaml``, ``~/.config/openstack/clouds.yaml``,
``/etc/openstack/clouds.yaml``. A ``secure.yaml`` beside it (same search
order, ``OS_CLIENT_SECURE_FILE`` first) is merged in, so secrets can live apart.
Nothing is sent over the network while loading.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

_AUTH_KEYS = {
    "auth_url": "identity_endpoint",
    "username": "username",
    "user_id": "user_id",
    "password": "password",
    "user_domain_id": "user_domain_id",
    "user_domain_name": "user_domain_name",
    "project_id": "project_id",
    "project_name": "project_name",
    "tenant_id": "tenant_id",
    "tenant_name": "tenant_name",
    "project_domain_id": "project_domain_id",
    "project_domain_name": "project_domain_name",
    "domain_id": "domain_id",
    "domain_name": "domain_name",
    "system_scope": "system_scope",
    "trust_id": "trust_id",
    "token": "token",
    "application_credential_id": "application_credential_id",
    "application_credential_name": "application_credential_name",
    "application_credential_secret": "application_credential_secret",
}
#: auth keys that name a default for both the user's and the project's domain
_DEFAULT_DOMAIN_KEYS = ("default_domain_id", "default_domain_name")
_AUTH_TYPES = {
    "password": "password",
    "v3password": "password",
    "token": "token",
    "v3token": "token",
    "admin_token": "token",
    "v3applicationcredential": "application_credential",
    "applicationcredential": "application_credential",
}
_CLOUD_KEYS = {
    "auth",
    "auth_type",
    "region_name",
    "regions",
    "interface",
    "endpoint_type",
    "identity_api_version",
    "verify",
    "cacert",
    "cert",
    "key",
    "api_timeout",
    "profile",
}


def config_paths(environ: Mapping[str, str], name: str, env_var: str) -> list[Path]:
    paths = []
    if environ.get(env_var):
        paths.append(Path(environ[env_var]).expanduser())
    paths += [
        Path.cwd() / name,
        Path.home() / ".config" / "openstack" / name,
        Path("/etc/openstack") / name,
    ]
    return paths


def _load(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict) or not isinstance(data.get("clouds", {}), dict):
        raise ConfigError(f"{path}: expected a mapping with a 'clouds' mapping")
    return data


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def load_cloud(name: str | None = None, environ: Mapping[str, str] | None = None) -> tuple[dict[str, Any], Path]:
    """The named cloud's settings (``OS_CLOUD`` when no name), merged with secure.yaml."""
    env = os.environ if environ is None else environ
    name = name or env.get("OS_CLOUD")
    if not name:
        raise ConfigError("no cloud named: pass a name or set OS_CLOUD")
    found = next((p for p in config_paths(env, "clouds.yaml", "OS_CLIENT_CONFIG_FILE") if p.is_file()), None)
    if found is None:
        tried = ", ".join(str(p) for p in config_paths(env, "clouds.yaml", "OS_CLIENT_CONFIG_FILE"))
        raise ConfigError(f"no clouds.yaml found (tried {tried})")
    clouds = _load(found).get("clouds", {})
    if name not in clouds:
        raise ConfigError(f"{found}: no cloud {name!r} (it has: {', '.join(sorted(clouds)) or 'none'})")
    cloud = clouds[name]
    if not isinstance(cloud, dict):
        raise ConfigError(f"{found}: clouds.{name} must be a mapping")
    secure = next((p for p in config_paths(env, "secure.yaml", "OS_CLIENT_SECURE_FILE") if p.is_file()), None)
    if secure is not None:
        extra = _load(secure).get("clouds", {}).get(name)
        if isinstance(extra, dict):
            cloud = _merge(cloud, extra)
    unknown = sorted(set(cloud) - _CLOUD_KEYS - {k for k in cloud if k.endswith("_endpoint_override")})
    if unknown:
        raise ConfigError(f"{found}: clouds.{name}: unknown key {unknown[0]!r}")
    return cloud, found


def auth_fields(cloud: Mapping[str, Any], where: str) -> dict[str, Any]:
    """AuthOptions keyword arguments for a cloud's settings; errors name the key."""
    auth = cloud.get("auth") or {}
    if not isinstance(auth, dict):
        raise ConfigError(f"{where}.auth must be a mapping")
    out: dict[str, Any] = {}
    for key, value in auth.items():
        if key in _DEFAULT_DOMAIN_KEYS:
            continue
        if key not in _AUTH_KEYS:
            raise ConfigError(f"{where}.auth: unknown key {key!r}")
        out[_AUTH_KEYS[key]] = None if value is None else str(value)
    for suffix in ("id", "name"):
        default = auth.get(f"default_domain_{suffix}")
        if default:
            for which in ("user", "project"):
                if not (out.get(f"{which}_domain_id") or out.get(f"{which}_domain_name")):
                    out[f"{which}_domain_{suffix}"] = str(default)
    auth_type = str(cloud.get("auth_type") or _infer_auth_type(out))
    method = _AUTH_TYPES.get(auth_type)
    if method is None:
        raise ConfigError(
            f"{where}.auth_type: {auth_type!r} is not supported (use one of {', '.join(sorted(_AUTH_TYPES))})"
        )
    if method == "password" and "password" not in out:
        raise ConfigError(f"{where}.auth: auth_type {auth_type} needs 'password'")
    if method == "token" and "token" not in out:
        raise ConfigError(f"{where}.auth: auth_type {auth_type} needs 'token'")
    if method == "application_credential" and "application_credential_secret" not in out:
        raise ConfigError(f"{where}.auth: auth_type {auth_type} needs 'application_credential_secret'")
    if not out.get("identity_endpoint"):
        raise ConfigError(f"{where}.auth: 'auth_url' is required")
    if cloud.get("region_name"):
        out["region_name"] = str(cloud["region_name"])
    interface = cloud.get("interface") or cloud.get("endpoint_type")
    if interface:
        out["interface"] = str(interface).lower().removesuffix("url")
    return out


def _infer_auth_type(fields: Mapping[str, Any]) -> str:
    if fields.get("application_credential_secret"):
        return "v3applicationcredential"
    if fields.get("token") and not fields.get("password"):
        return "token"
    return "password"
