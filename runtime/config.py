"""clouds.yaml, secure.yaml and the ``OS_*`` variables: where AuthOptions come from.

Search order (the first file that exists wins, as in openstacksdk):
``OS_CLIENT_CONFIG_FILE``, ``./clouds.yaml``, ``~/.config/openstack/clouds.yaml``,
``/etc/openstack/clouds.yaml``. A ``secure.yaml`` (same search order,
``OS_CLIENT_SECURE_FILE`` first) is merged in, so secrets can live apart.
Each file's entry is checked against ``clouds.schema.json``; the ``OS_*``
variables that are set then override the files (see :data:`ENV_OVERRIDES`).
Nothing is sent over the network while loading, and yaml/jsonschema are only
imported when a file is read (``from_env`` needs neither).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError

#: values never shown in messages
SECRET_KEYS = frozenset(
    {"password", "token", "application_credential_secret", "secret_key", "security_token"}
)

#: clouds.yaml ``auth`` key -> AuthOptions field (the default_domain_* keys are handled apart)
_AUTH_FIELDS = {
    "auth_url": "identity_endpoint",
    **{
        key: key
        for key in (
            "username",
            "user_id",
            "password",
            "user_domain_id",
            "user_domain_name",
            "project_id",
            "project_name",
            "tenant_id",
            "tenant_name",
            "project_domain_id",
            "project_domain_name",
            "domain_id",
            "domain_name",
            "system_scope",
            "trust_id",
            "token",
            "application_credential_id",
            "application_credential_name",
            "application_credential_secret",
        )
    },
}

#: auth_type -> (the method of POST /v3/auth/tokens, token passthrough)
AUTH_TYPES: dict[str, tuple[str, bool]] = {
    "password": ("password", False),
    "v3password": ("password", False),
    "token": ("token", True),
    "admin_token": ("token", True),
    "v3token": ("token", False),
    "v3applicationcredential": ("application_credential", False),
    "applicationcredential": ("application_credential", False),
}

#: the credential fields each method uses; the others' are dropped so that the
#: auth_type, not a stray variable, decides how we authenticate
_CREDENTIALS = {
    "password": ("password",),
    "token": ("token",),
    "application_credential": (
        "application_credential_id",
        "application_credential_name",
        "application_credential_secret",
    ),
}

#: cloud key (``auth.`` for the auth section) -> the variables that override
#: it, the first one set winning. ``AuthOptions.from_env`` reads the same ones.
ENV_OVERRIDES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("auth.auth_url", ("OS_AUTH_URL",)),
    ("auth.username", ("OS_USERNAME",)),
    ("auth.user_id", ("OS_USER_ID",)),
    ("auth.password", ("OS_PASSWORD",)),
    ("auth.user_domain_id", ("OS_USER_DOMAIN_ID",)),
    ("auth.user_domain_name", ("OS_USER_DOMAIN_NAME",)),
    ("auth.project_id", ("OS_PROJECT_ID", "OS_TENANT_ID")),
    ("auth.project_name", ("OS_PROJECT_NAME", "OS_TENANT_NAME")),
    ("auth.project_domain_id", ("OS_PROJECT_DOMAIN_ID",)),
    ("auth.project_domain_name", ("OS_PROJECT_DOMAIN_NAME",)),
    ("auth.domain_id", ("OS_DOMAIN_ID",)),
    ("auth.domain_name", ("OS_DOMAIN_NAME",)),
    ("auth.default_domain_id", ("OS_DEFAULT_DOMAIN_ID", "OS_DEFAULT_DOMAIN")),
    ("auth.default_domain_name", ("OS_DEFAULT_DOMAIN_NAME",)),
    ("auth.system_scope", ("OS_SYSTEM_SCOPE",)),
    ("auth.trust_id", ("OS_TRUST_ID",)),
    ("auth.token", ("OS_TOKEN", "OS_AUTH_TOKEN")),
    ("auth.application_credential_id", ("OS_APPLICATION_CREDENTIAL_ID",)),
    ("auth.application_credential_name", ("OS_APPLICATION_CREDENTIAL_NAME",)),
    ("auth.application_credential_secret", ("OS_APPLICATION_CREDENTIAL_SECRET",)),
    ("auth.access_key", ("OS_ACCESS_KEY",)),
    ("auth.secret_key", ("OS_SECRET_KEY",)),
    ("auth.security_token", ("OS_SECURITY_TOKEN",)),
    ("auth_type", ("OS_AUTH_TYPE",)),
    ("region_name", ("OS_REGION_NAME",)),
    ("interface", ("OS_INTERFACE", "OS_ENDPOINT_TYPE")),
    ("cacert", ("OS_CACERT",)),
    ("cert", ("OS_CERT",)),
    ("key", ("OS_KEY",)),
)

#: auth keys naming one thing in different ways: a variable for one of them
#: replaces all of them (OS_PROJECT_NAME drops the file's project_id)
_GROUPS = (
    ("user_id", "username"),
    ("user_domain_id", "user_domain_name"),
    ("project_id", "project_name", "tenant_id", "tenant_name"),
    ("project_domain_id", "project_domain_name"),
    ("domain_id", "domain_name"),
    ("default_domain_id", "default_domain_name"),
    ("application_credential_id", "application_credential_name"),
)
_GROUP_OF = {key: group for group in _GROUPS for key in group}

INTERFACES = ("public", "internal", "admin")
_SCHEMA = Path(__file__).resolve().with_name("clouds.schema.json")

# -- finding and reading the files ------------------------------------------


def config_paths(environ: Mapping[str, str], name: str, env_var: str) -> list[Path]:
    """Where ``name`` is looked for, in order."""
    paths = []
    if environ.get(env_var):
        paths.append(Path(environ[env_var]).expanduser())
    paths += [
        Path.cwd() / name,
        Path.home() / ".config" / "openstack" / name,
        Path("/etc/openstack") / name,
    ]
    return paths


def find_file(environ: Mapping[str, str], name: str, env_var: str) -> Path | None:
    """The first of :func:`config_paths` that is a file."""
    return next((p for p in config_paths(environ, name, env_var) if p.is_file()), None)


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    """The file's text (for line numbers) and its top-level mapping."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict) or not isinstance(data.get("clouds", {}), dict):
        raise ConfigError(f"{path}: expected a mapping with a 'clouds' mapping")
    return text, data


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def load_cloud(
    name: str | None = None, environ: Mapping[str, str] | None = None
) -> tuple[dict[str, Any], Path]:
    """The named cloud's settings (``OS_CLOUD`` when no name), merged with secure.yaml.

    Each file's entry is validated on its own, so an error names the file it is in.
    """
    env = os.environ if environ is None else environ
    name = name or env.get("OS_CLOUD")
    if not name:
        raise ConfigError("no cloud named: pass a name or set OS_CLOUD")
    found = find_file(env, "clouds.yaml", "OS_CLIENT_CONFIG_FILE")
    if found is None:
        tried = ", ".join(str(p) for p in config_paths(env, "clouds.yaml", "OS_CLIENT_CONFIG_FILE"))
        raise ConfigError(f"no clouds.yaml found (tried {tried})")
    text, data = _read(found)
    clouds = data.get("clouds") or {}
    if name not in clouds:
        have = ", ".join(sorted(map(str, clouds))) or "none"
        raise ConfigError(f"{found}: no cloud {name!r} (it has: {have})")
    cloud = clouds[name]
    validate(cloud, found, text, name)
    secure = find_file(env, "secure.yaml", "OS_CLIENT_SECURE_FILE")
    if secure is not None:
        secure_text, secure_data = _read(secure)
        extra = (secure_data.get("clouds") or {}).get(name)
        if extra is not None:
            validate(extra, secure, secure_text, name)
            cloud = _merge(cloud, extra)
    return cloud, found


# -- schema validation ------------------------------------------------------


def _jsonschema() -> Any:
    """jsonschema, imported only when a file is read (it costs ~0.3 s)."""
    try:
        import jsonschema
    except ImportError:
        raise ConfigError(
            "reading clouds.yaml needs the jsonschema package (pip install 'jsonschema>=4.18')"
        ) from None
    return jsonschema


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    import json

    return dict(json.loads(_SCHEMA.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _quick_check() -> Any:
    """The schema as plain predicates: a valid cloud never imports jsonschema (fastcheck.py)."""
    from .fastcheck import compile_def

    return compile_def(_schema(), "cloud")


@lru_cache(maxsize=1)
def _validator() -> Any:
    """The schema for jsonschema, which explains what is wrong."""
    schema = _schema()
    return _jsonschema().validators.validator_for(schema)(schema)


def validate(cloud: Any, path: Path, text: str, name: str) -> None:
    """Check one file's entry for cloud ``name``; the error names the file and key path."""
    bad_key = _non_string_key(cloud, ())
    if bad_key is not None:
        where, key = bad_key
        raise ConfigError(
            f"{path}: {_dotted(('clouds', name, *where))}: key {key!r} is not a string"
        )
    quick = _quick_check()
    if quick is not None and quick(cloud):
        return
    exceptions = _jsonschema().exceptions
    # a misspelt key also misses a required one: name the misspelling
    relevance = exceptions.by_relevance(strong=frozenset({"additionalProperties"}))
    error = exceptions.best_match(_validator().iter_errors(cloud), key=relevance)
    if error is None:
        return
    where, message, at = _describe(error)
    line = _line_of(text, ("clouds", name, *at))
    suffix = f" (line {line})" if line else ""
    raise ConfigError(f"{path}: {_dotted(('clouds', name, *where))}: {message}{suffix}")


def _non_string_key(
    value: Any, where: tuple[str | int, ...]
) -> tuple[tuple[str | int, ...], Any] | None:
    """YAML allows ``1: x``; the schema (and our messages) need string keys."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return where, key
            found = _non_string_key(item, (*where, key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _non_string_key(item, (*where, index))
            if found is not None:
                return found
    return None


def _describe(error: Any) -> tuple[tuple[str | int, ...], str, tuple[str | int, ...]]:
    """(key path, message, path of the line to point at) for a jsonschema error.

    Secret values are never quoted; unknown keys read as today's messages did.
    """
    where = tuple(error.absolute_path)
    secret = bool(where) and where[-1] in SECRET_KEYS
    shown = "***" if secret else repr(error.instance)
    if error.validator == "additionalProperties":
        key = _unexpected_key(error)
        return where, f"unknown key {key!r}", (*where, key)
    if error.validator == "type":
        wanted = (
            error.validator_value
            if isinstance(error.validator_value, list)
            else [error.validator_value]
        )
        return where, f"{shown} is not of type {' or '.join(map(repr, wanted))}", where
    if error.validator == "enum":
        choices = ", ".join(map(repr, error.validator_value))
        return where, f"{shown} is not supported (use one of {choices})", where
    if error.validator == "pattern":  # the schema's only pattern is the URL one
        return where, f"{shown} is not an http(s) URL", where
    if secret:
        return where, f"invalid value (fails {error.validator!r})", where
    return where, " ".join(str(error.message).split()), where


def _unexpected_key(error: Any) -> str:
    """The first key an ``additionalProperties: false`` mapping does not allow."""
    import re

    known = error.schema.get("properties", {})
    patterns = error.schema.get("patternProperties", {})
    extra = sorted(
        key
        for key in error.instance
        if key not in known and not any(re.search(p, key) for p in patterns)
    )
    return extra[0] if extra else "?"


def _dotted(keys: Sequence[str | int]) -> str:
    """``clouds.x.regions[0].name``"""
    out = ""
    for key in keys:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def _line_of(text: str, keys: Sequence[str | int]) -> int | None:
    """The 1-based line of the deepest of ``keys`` found in the YAML text (best effort)."""
    import yaml

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    line = None
    for key in keys:
        if isinstance(node, yaml.MappingNode) and isinstance(key, str):
            pair = next(((k, v) for k, v in node.value if k.value == key), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


# -- environment variables --------------------------------------------------


def env_settings(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings the ``OS_*`` variables give, shaped like a clouds.yaml entry.

    The two values with a fixed vocabulary are checked here, naming the variable.
    """
    out: dict[str, Any] = {}
    for key, names in ENV_OVERRIDES:
        var = next((n for n in names if environ.get(n)), None)
        if var is None:
            continue
        value = environ[var]
        if key == "auth_type" and value not in AUTH_TYPES:
            raise ConfigError(
                f"{var}: {value!r} is not supported (use one of {', '.join(AUTH_TYPES)})"
            )
        if key == "interface" and normalize_interface(value) not in INTERFACES:
            raise ConfigError(f"{var}: {value!r} is not one of {', '.join(INTERFACES)}")
        section, _, leaf = key.rpartition(".")
        (out.setdefault("auth", {}) if section else out)[leaf] = value
    return out


def apply_env(cloud: Mapping[str, Any], env: Mapping[str, Any]) -> dict[str, Any]:
    """``cloud`` with the variables' settings on top (each replacing its whole group)."""
    out = {**cloud, **{k: v for k, v in env.items() if k != "auth"}}
    env_auth = env.get("auth") or {}
    if env_auth:
        auth = dict(cloud.get("auth") or {})
        for key in env_auth:
            for member in _GROUP_OF.get(key, (key,)):
                auth.pop(member, None)
        out["auth"] = {**auth, **env_auth}
    return out


# -- settings -> AuthOptions fields -----------------------------------------


def cloud_options(name: str | None, environ: Mapping[str, str]) -> dict[str, Any]:
    """AuthOptions keyword arguments for cloud ``name``: files, then the variables."""
    merged, where = cloud_settings(name, environ)
    if is_aksk(merged):
        raise ConfigError(
            f"{where}: an AK/SK cloud: load it with AKSKAuthOptions.from_cloud() or "
            "stacksdk.runtime.cloud_auth_options()"
        )
    return auth_fields(merged, where)


def env_options(environ: Mapping[str, str]) -> dict[str, Any]:
    """AuthOptions keyword arguments for the variables alone (an openrc file)."""
    settings = env_settings(environ)
    if not (settings.get("auth") or {}).get("auth_url"):
        raise ConfigError("OS_AUTH_URL is not set")
    return auth_fields(settings, "environment", strict=False)


def is_aksk(cloud: Mapping[str, Any]) -> bool:
    """Whether a cloud authenticates by signing with an access key / secret key."""
    auth = cloud.get("auth") or {}
    if cloud.get("auth_type"):
        return cloud.get("auth_type") == "aksk"
    return bool(auth.get("access_key")) and not auth.get("password") and not auth.get("token")


def cloud_settings(name: str | None, environ: Mapping[str, str]) -> tuple[dict[str, Any], str]:
    """A cloud's merged settings (files, then variables) and where they came from."""
    cloud, path = load_cloud(name, environ)
    return apply_env(cloud, env_settings(environ)), f"{path}: clouds.{name or environ.get('OS_CLOUD')}"


def aksk_fields(cloud: Mapping[str, Any], where: str) -> dict[str, Any]:
    """AKSKAuthOptions keyword arguments for an ``auth_type: aksk`` cloud."""
    auth = cloud.get("auth") or {}
    allowed = {
        "access_key", "secret_key", "security_token", "project_id", "project_name", "domain_id",
        "domain_name", "auth_url",
    }
    extra = sorted(set(auth) - allowed)
    if extra:
        raise ConfigError(f"{where}.auth: {extra[0]!r} is not used by auth_type aksk (use {', '.join(sorted(allowed))})")
    for key in ("access_key", "secret_key"):
        if not auth.get(key):
            raise ConfigError(f"{where}.auth: auth_type aksk needs {key!r}")
    out: dict[str, Any] = {k: str(v) for k, v in auth.items() if v is not None and k != "auth_url"}
    if auth.get("auth_url"):
        out["identity_endpoint"] = str(auth["auth_url"])
    out.update(_placement(cloud, where, region_key="region"))
    return out


def _placement(cloud: Mapping[str, Any], where: str, *, region_key: str) -> dict[str, Any]:
    """The settings every auth type shares: region (under ``region_key``), interface,
    endpoint overrides and the vendor profile."""
    out: dict[str, Any] = {}
    region = _region(cloud, where)
    if region:
        out[region_key] = region
    interface = cloud.get("interface") or cloud.get("endpoint_type")
    if interface:
        out["interface"] = normalize_interface(str(interface))
    overrides = endpoint_overrides(cloud, where)
    if overrides:
        out["endpoint_overrides"] = overrides
    if cloud.get("profile"):
        out["profile"] = str(cloud["profile"])
    return out


def auth_fields(cloud: Mapping[str, Any], where: str, *, strict: bool = True) -> dict[str, Any]:
    """AuthOptions keyword arguments for validated settings; errors name the key.

    ``strict`` (clouds.yaml) also requires auth_url and the auth_type's
    credential now; from_env leaves those to ``authenticate`` as it always did.
    """
    auth = cloud.get("auth") or {}
    out: dict[str, Any] = {
        _AUTH_FIELDS[key]: str(value)
        for key, value in auth.items()
        if key in _AUTH_FIELDS and value is not None
    }
    _default_domains(out, auth)
    auth_type = str(cloud.get("auth_type") or infer_auth_type(out))
    if auth_type not in AUTH_TYPES:
        raise ConfigError(
            f"{where}.auth_type: {auth_type!r} is not supported (use one of {', '.join(AUTH_TYPES)})"
        )
    method, passthrough = AUTH_TYPES[auth_type]
    for other, fields in _CREDENTIALS.items():
        if other != method:
            for field in fields:
                out.pop(field, None)
    if strict:
        _require(out, method, auth_type, where)
    out["token_passthrough"] = passthrough
    out.update(_placement(cloud, where, region_key="region_name"))
    out.update(_transport(cloud, where))
    return out


def infer_auth_type(fields: Mapping[str, Any]) -> str:
    """The auth_type when none is given: the method AuthOptions.method() would pick."""
    if fields.get("application_credential_secret") or fields.get("application_credential_id"):
        return "v3applicationcredential"
    if fields.get("password") is not None and (fields.get("user_id") or fields.get("username")):
        return "password"
    if fields.get("token"):
        return "token"
    return "password"


def normalize_interface(value: str) -> str:
    """``publicURL`` (the old endpoint_type spelling) -> ``public``."""
    return value.lower().removesuffix("url")


def _default_domains(out: dict[str, Any], auth: Mapping[str, Any]) -> None:
    """default_domain_id/name fill whichever of the user's and project's domain is missing."""
    for suffix in ("id", "name"):
        default = auth.get(f"default_domain_{suffix}")
        if default:
            for which in ("user", "project"):
                if not (out.get(f"{which}_domain_id") or out.get(f"{which}_domain_name")):
                    out[f"{which}_domain_{suffix}"] = str(default)


def _require(fields: Mapping[str, Any], method: str, auth_type: str, where: str) -> None:
    needed = {
        "password": "password",
        "token": "token",
        "application_credential": "application_credential_secret",
    }
    if not fields.get(needed[method]):
        raise ConfigError(f"{where}.auth: auth_type {auth_type} needs {needed[method]!r}")
    if method == "application_credential" and not (
        fields.get("application_credential_id") or fields.get("application_credential_name")
    ):
        raise ConfigError(
            f"{where}.auth: auth_type {auth_type} needs 'application_credential_id' "
            "or 'application_credential_name'"
        )
    if not fields.get("identity_endpoint"):
        raise ConfigError(f"{where}.auth: 'auth_url' is required (or set OS_AUTH_URL)")


def _region(cloud: Mapping[str, Any], where: str) -> str | None:
    """region_name, else the first of ``regions``; a region_name must be one of them."""
    names = [r if isinstance(r, str) else str(r["name"]) for r in cloud.get("regions") or []]
    chosen = cloud.get("region_name")
    if not chosen:
        return names[0] if names else None
    if names and chosen not in names:
        raise ConfigError(
            f"{where}.region_name: {chosen!r} is not one of the cloud's regions ({', '.join(names)})"
        )
    return str(chosen)


def _transport(cloud: Mapping[str, Any], where: str) -> dict[str, Any]:
    """verify/cacert, cert/key and api_timeout as AuthOptions fields."""
    out: dict[str, Any] = {}
    cacert = cloud.get("cacert")
    if cloud.get("verify") is False:
        out["verify"] = False  # as in openstacksdk: verify: false wins over cacert
    elif cacert:
        out["verify"] = os.path.expanduser(str(cacert))
    cert, key = cloud.get("cert"), cloud.get("key")
    if key and not cert:
        raise ConfigError(f"{where}.key: a client key needs 'cert' too")
    if cert:
        out["cert"] = os.path.expanduser(str(cert))
    if key:
        out["key"] = os.path.expanduser(str(key))
    if cloud.get("api_timeout") is not None:
        out["api_timeout"] = float(cloud["api_timeout"])
    return out


def endpoint_overrides(cloud: Mapping[str, Any], where: str) -> dict[str, str]:
    """``<type>_endpoint_override`` keys by catalog type (``block_storage`` -> ``block-storage``)."""
    out: dict[str, str] = {}
    seen: dict[str, str] = {}
    for key, url in cloud.items():
        if not key.endswith("_endpoint_override"):
            continue
        service_type = key.removesuffix("_endpoint_override").replace("_", "-")
        if service_type in out:
            raise ConfigError(
                f"{where}: {seen[service_type]} and {key} both override {service_type!r}"
            )
        out[service_type], seen[service_type] = str(url), key
    return out
