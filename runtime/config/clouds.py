"""clouds.yaml, secure.yaml and the ``OS_*`` variables: where AuthOptions come from.

Search order (the first file that exists wins, as in openstacksdk):
``OS_CLIENT_CONFIG_FILE``, ``./clouds.yaml``, ``~/.config/openstack/clouds.yaml``,
``/etc/openstack/clouds.yaml``. A ``secure.yaml`` (same search order,
``OS_CLIENT_SECURE_FILE`` first) is merged in, so secrets can live apart.
Each file's entry is checked against ``clouds.schema.json`` (compiled by
fastcheck.py, which also explains failures: jsonschema is not needed); keys of
other OpenStack tools are dropped with one warning each; the chosen region's
``values`` are merged in; the ``OS_*`` variables that are set then override the
files (see :data:`ENV_OVERRIDES`). Files are read within fixed limits (size,
depth, values once aliases are expanded) and errors never quote their text.
Nothing is sent over the network while loading, and yaml is only imported when
a file is read (``from_env`` does not need it).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..pipeline.redact import SECRET_OPTIONS

#: values never shown in messages (the one registry: redact.SECRET_OPTIONS)
SECRET_KEYS = SECRET_OPTIONS

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


#: limits on what a configuration file may be (a clouds.yaml is a few KiB)
MAX_BYTES = 1 << 20
#: deepest nesting of mappings and lists, aliases included
MAX_DEPTH = 32
#: values in a file once aliases are expanded (a "billion laughs" stops here)
MAX_VALUES = 20_000


def _read(path: Path) -> tuple[dict[Any, tuple[int, int]], dict[str, Any]]:
    """The position of each key path in the file (for messages) and its top-level mapping.

    Bounded by construction: at most :data:`MAX_BYTES`, :data:`MAX_DEPTH` levels and
    :data:`MAX_VALUES` values with aliases expanded; no recursive aliases, duplicate
    keys, tags other than YAML's own. Errors name the file, line and column, never
    the file's text (it may hold a password).
    """
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or type(exc).__name__}") from None
    if len(raw) > MAX_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_BYTES} bytes, refused")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}: line {line}: not UTF-8 text") from None
    marks, data = _parse(path, text)
    if not isinstance(data, dict) or not isinstance(data.get("clouds", {}), dict):
        raise ConfigError(f"{path}: expected a mapping with a 'clouds' mapping")
    return marks, data


def _parse(path: Path, text: str) -> tuple[dict[Any, tuple[int, int]], Any]:
    """The shared bounded walk (runtime/yamlwalk.py) over the pure Python loader (its
    reader refuses control characters), every problem a ConfigError at once."""
    import yaml

    from ..yamlwalk import Refused, Walker, compose, loader_class

    marks: dict[Any, tuple[int, int]] = {}
    walker = Walker(
        max_values=MAX_VALUES,
        max_depth=MAX_DEPTH,
        merge_keys=True,
        as_written=_api_version,
        marks=marks,
        shown=_shown,
    )
    try:
        node = compose(text, loader_class(yaml.SafeLoader, MAX_DEPTH))
        return marks, ({} if node is None else walker.walk(node))
    except Refused as exc:
        line, column = exc.position
        raise ConfigError(f"{path}: line {line}, column {column}: {exc.reason}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = "; ".join(_unquoted(p) for p in (exc.context, exc.problem) if p)
        raise ConfigError(f"{path}: {_at(mark)}: invalid YAML: {problem}") from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise ConfigError(
            f"{path}: line {line}: invalid YAML: character #x{exc.character:04x} is not allowed"
            if isinstance(exc.character, int)
            else f"{path}: line {line}: invalid YAML"
        ) from None
    except yaml.YAMLError:
        raise ConfigError(f"{path}: invalid YAML") from None


def _api_version(key: Any) -> bool:
    """``<service>_api_version`` numbers are kept as written: 2.10 is not 2.1."""
    return isinstance(key, str) and key.endswith("_api_version")


def _at(mark: Any) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else "?"


def _unquoted(problem: str) -> str:
    """PyYAML's reason without what it quotes from the file (a tag, an alias, a
    word), keeping token names (``'<scalar>'``) and single characters."""
    import re

    def keep(match: re.Match[str]) -> str:
        inner = match.group(1)
        return match.group(0) if re.fullmatch(r"<[a-z ]+>|\\?.|\\x[0-9a-f]{2}", inner) else "'...'"

    return re.sub(r"'([^']*)'", keep, " ".join(problem.split()))


def _shown(value: Any, limit: int = 40) -> str:
    """A value for a message (never used for secrets): a short one-line repr, else
    what it is; never a part of a long text (which may hold anything)."""
    if isinstance(value, str) and (len(value) > limit or not value.isprintable()):
        return f"a text of {len(value)} characters"
    text = repr(value)
    return text if len(text) <= limit else f"a {type(value).__name__} value"


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
    marks, data = _read(found)
    clouds = data.get("clouds") or {}
    if name not in clouds:
        have = ", ".join(sorted(c if isinstance(c, str) else _shown(c) for c in clouds)) or "none"
        raise ConfigError(f"{found}: no cloud {name!r} (it has: {have})")
    cloud = _without_foreign(clouds[name], f"{found}: clouds.{name}")
    validate(cloud, found, marks, name)
    secure = find_file(env, "secure.yaml", "OS_CLIENT_SECURE_FILE")
    if secure is not None:
        secure_marks, secure_data = _read(secure)
        extra = (secure_data.get("clouds") or {}).get(name)
        if extra is not None:
            extra = _without_foreign(extra, f"{secure}: clouds.{name}")
            validate(extra, secure, secure_marks, name)
            cloud = _merge(cloud, extra)
    return cloud, found


# -- keys of other tools ------------------------------------------------------

#: cloud keys openstacksdk, the openstack CLI, Ansible and Terraform read and stacksdk
#: has no use for (openstack/config/schema.json): dropped with one warning per key
FOREIGN_KEYS = frozenset(
    {
        "auth_methods",
        "auth_plugin",
        "baremetal_introspection_status_code_retries",
        "baremetal_status_code_retries",
        "disable_vendor_agent",
        "external_network",
        "floating_ip_source",
        "force_ipv4",
        "image_api_use_tasks",
        "image_format",
        "image_status_code_retries",
        "internal_network",
        "message",
        "metrics",
        "networks",
        "prefer_ipv6",
        "secgroup_source",
        "status",
        "vendor_hook",
        "cache",
        "split_loggers",
        "collect_timing",
        "statsd_host",
        "statsd_port",
        "statsd_prefix",
        "influxdb_config",
        "rate_limit",
        "connect_retries",
        "status_code_retries",
    }
)
#: per-service keys of openstacksdk that stacksdk does not use (``compute_service_type``)
FOREIGN_SUFFIXES = (
    "_interface",
    "_endpoint_type",
    "_service_type",
    "_service_name",
    "_region_name",
    "_timeout",
    "_status_code_retries",
    "_connect_retries",
    "_rate_limit",
)
#: auth keys of keystoneauth plugins stacksdk does not implement
FOREIGN_AUTH_KEYS = frozenset({"passcode"})
#: older spellings openstacksdk accepts in ``auth`` -> ours
_AUTH_ALIASES = {"auth_token": "token"}

_log = logging.getLogger("stacksdk.config")
_warned: set[str] = set()


def _warn_once(key: str, where: str) -> None:
    """One WARNING on ``stacksdk.config`` per key per process (never the value)."""
    if key not in _warned:
        _warned.add(key)
        _log.warning(
            "%s: %s is a setting of other OpenStack tools; stacksdk ignores it", where, _shown(key)
        )


def _is_foreign(key: Any) -> bool:
    return isinstance(key, str) and (
        key in FOREIGN_KEYS
        or (
            key.endswith(FOREIGN_SUFFIXES)
            and not key.endswith(("_endpoint_override", "api_timeout"))
        )
    )


def _without_foreign(cloud: Any, where: str) -> Any:
    """``cloud`` without the keys of other tools (each warned about once); region
    ``values`` too. ``auth_token`` becomes ``token`` as in openstacksdk."""
    if not isinstance(cloud, dict):
        return cloud
    out = {}
    for key, value in cloud.items():
        if _is_foreign(key):
            _warn_once(key, where)
        else:
            out[key] = value
    auth = out.get("auth")
    if isinstance(auth, dict):
        auth = dict(auth)
        for key in [k for k in auth if k in FOREIGN_AUTH_KEYS]:
            _warn_once(f"auth.{key}", where)
            del auth[key]
        for old, new in _AUTH_ALIASES.items():
            if old in auth:
                auth.setdefault(new, auth.pop(old))
        out["auth"] = auth
    if isinstance(out.get("regions"), list):
        out["regions"] = [
            (
                {**r, "values": _without_foreign(r["values"], where)}
                if isinstance(r, dict) and isinstance(r.get("values"), dict)
                else r
            )
            for r in out["regions"]
        ]
    return out


# -- schema validation ------------------------------------------------------


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    import json

    return dict(json.loads(_SCHEMA.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _quick_check() -> Any:
    """The schema as plain predicates (fastcheck.py): neither loading nor explaining a
    cloud needs jsonschema."""
    from ..fastcheck import compile_def

    return compile_def(_schema(), "cloud")


def validate(cloud: Any, path: Path, marks: Mapping[Any, tuple[int, int]], name: str) -> None:
    """Check one file's entry for cloud ``name``; the error names the file, key path and line."""
    bad_key = _non_string_key(cloud, ())
    if bad_key is not None:
        where, key = bad_key
        raise ConfigError(
            f"{path}: {_dotted(('clouds', name, *where))}: key {_shown(key)} is not a string"
        )
    quick = _quick_check()
    if quick is None:
        raise ConfigError(f"{_SCHEMA}: uses a keyword runtime/fastcheck.py does not implement")
    if quick(cloud):
        return
    from ..fastcheck import explain_def

    failure = explain_def(_schema(), "cloud", cloud)
    if failure is None:  # cannot be: the same predicates said no
        raise ConfigError(f"{path}: {_dotted(('clouds', name))}: invalid")
    where, message, at = _describe(failure)
    line = _line_of(marks, ("clouds", name, *at))
    suffix = f" (line {line})" if line else ""
    text = f"{path}: {_dotted(('clouds', name, *where))}: {message}{suffix}"
    from ..pipeline.redact import scrub

    raise ConfigError(scrub(text, _secrets_in(cloud)))


def _secrets_in(value: Any) -> list[str]:
    """Every value under a secret key, at any depth (a secret shown by mistake
    elsewhere in a message is still removed)."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, sub in item.items():
                if key in SECRET_KEYS and isinstance(sub, (str, int, float)) and str(sub):
                    found.append(str(sub))
                stack.append(sub)
        elif isinstance(item, list):
            stack.extend(item)
    return found


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


def _describe(failure: Any) -> tuple[tuple[str | int, ...], str, tuple[str | int, ...]]:
    """(key path, message, path of the line to point at) for a fastcheck Failure.

    Values are shown only when short scalars under a key that is not a secret;
    unknown keys get a "did you mean".
    """
    where, keyword, schema, value = failure.path, failure.keyword, failure.schema, failure.value
    if keyword == "additionalProperties":
        parent, key = where[:-1], str(where[-1])
        hint = _did_you_mean(key, schema)
        return (
            parent,
            f"unknown key {_shown(key)}" + (f" (did you mean {hint!r}?)" if hint else ""),
            where,
        )
    shown = _value_shown(where, value)
    arg = schema.get(keyword)
    if keyword == "type":
        wanted = arg if isinstance(arg, list) else [arg]
        return where, f"{shown} is not of type {' or '.join(map(repr, wanted))}", where
    if keyword == "enum":
        choices = ", ".join(map(repr, arg))
        return where, f"{shown} is not supported (use one of {choices})", where
    if keyword == "pattern":
        return where, f"{shown} is not {schema.get('description', 'in the expected form')}", where
    if keyword == "exclusiveMinimum":
        return where, f"{shown} is less than or equal to the minimum of {arg}", where
    if keyword == "minLength":
        return where, f"{shown} is too short", where
    if keyword == "required":
        missing = next((k for k in arg if k not in value), "?")
        return where, f"{missing!r} is a required property", where
    return where, f"{shown} is invalid (fails {keyword!r})", where


def _value_shown(where: Sequence[str | int], value: Any) -> str:
    """How a failing value appears in a message: secrets and containers never."""
    if any(key in SECRET_KEYS for key in where) or where[-1:] == ("auth",):
        return "***"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str) and "@" in value:  # https://user:password@host
        return "a URL with user info" if "://" in value else _shown(value.split("@")[-1])
    return _shown(value)


def _did_you_mean(key: str, schema: Mapping[str, Any]) -> str | None:
    """The known key closest to a misspelt one (difflib), also for the
    ``<service>_endpoint_override``/``<service>_api_version`` families."""
    import difflib

    candidates = list(schema.get("properties", {}))
    parts = key.split("_")
    for pattern in schema.get("patternProperties", {}):
        suffix = pattern.rsplit("]*", 1)[-1].rstrip("$")  # "_endpoint_override"
        n = suffix.count("_")
        if suffix.startswith("_") and len(parts) > n:
            candidates.append("_".join(parts[:-n]) + suffix)
    for foreign in FOREIGN_KEYS:
        candidates.append(foreign)
    found = difflib.get_close_matches(key, candidates, n=1, cutoff=0.75)
    return found[0] if found and found[0] != key else None


def _dotted(keys: Sequence[str | int]) -> str:
    """``clouds.x.regions[0].name``"""
    out = ""
    for key in keys:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def _line_of(marks: Mapping[Any, tuple[int, int]], keys: Sequence[str | int]) -> int | None:
    """The 1-based line of the deepest of ``keys`` the file has (None: not even the first)."""
    for end in range(len(keys), 0, -1):
        found = marks.get(tuple(keys[:end]))
        if found is not None:
            return found[0]
    return None


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
        if key == "auth_type" and value not in AUTH_TYPES and value not in STANDALONE_AUTH_TYPES:
            raise ConfigError(
                f"{var}: {value!r} is not supported (use one of {', '.join([*AUTH_TYPES, *STANDALONE_AUTH_TYPES])})"
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
    if is_aksk(merged) or is_standalone(merged):
        kind = (
            "an AK/SK cloud" if is_aksk(merged) else f"an auth_type {merged.get('auth_type')} cloud"
        )
        raise ConfigError(f"{where}: {kind}: load it with stacksdk.runtime.cloud_auth_options()")
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


#: auth types of services that run without Keystone (openstacksdk's spelling)
STANDALONE_AUTH_TYPES = ("none", "http_basic")


def is_standalone(cloud: Mapping[str, Any]) -> bool:
    """Whether a cloud is a standalone service: ``auth_type: none`` or ``http_basic``."""
    return cloud.get("auth_type") in STANDALONE_AUTH_TYPES


def basic_fields(cloud: Mapping[str, Any], where: str) -> dict[str, Any]:
    """NoAuth / HTTPBasicAuth keyword arguments for an ``auth_type: none`` or
    ``http_basic`` cloud: ``auth.endpoint`` (or ``<service>_endpoint_override``),
    and for basic ``auth.username`` / ``auth.password``."""
    auth_type = str(cloud.get("auth_type"))
    auth = cloud.get("auth") or {}
    allowed = {"endpoint", "username", "password"} if auth_type == "http_basic" else {"endpoint"}
    extra = sorted(set(auth) - allowed)
    if extra:
        raise ConfigError(
            f"{where}.auth: {extra[0]!r} is not used by auth_type {auth_type} (use {', '.join(sorted(allowed))})"
        )
    out: dict[str, Any] = {}
    if auth_type == "http_basic":
        for key in ("username", "password"):
            if not auth.get(key):
                raise ConfigError(f"{where}.auth: auth_type http_basic needs {key!r}")
            out[key] = str(auth[key])
    if auth.get("endpoint"):
        out["endpoint"] = str(auth["endpoint"])
    placement = _placement(cloud, where, region_key="region_name")
    if placement.pop("profile", None):
        raise ConfigError(f"{where}.profile: auth_type {auth_type} uses no vendor profile")
    out.update(placement)
    if not (out.get("endpoint") or out.get("endpoint_overrides")):
        raise ConfigError(
            f"{where}.auth: auth_type {auth_type} needs 'endpoint' (or a <service>_endpoint_override)"
        )
    transport = _transport(cloud, where)
    if "cert" in transport:
        raise ConfigError(
            f"{where}.cert: client certificates are not supported with auth_type {auth_type}"
        )
    out.update(transport)
    versions = api_versions(cloud)
    if versions:
        out["api_versions"] = versions
    return out


def cloud_settings(name: str | None, environ: Mapping[str, str]) -> tuple[dict[str, Any], str]:
    """A cloud's merged settings (files, then variables) and where they came from."""
    cloud, path = load_cloud(name, environ)
    where = f"{path}: clouds.{name or environ.get('OS_CLOUD')}"
    env = env_settings(environ)
    return apply_env(_region_values(cloud, env.get("region_name"), where), env), where


def _region_values(cloud: Mapping[str, Any], region: str | None, where: str) -> dict[str, Any]:
    """``cloud`` with the chosen region's ``values`` merged over it (openstacksdk's
    per-region settings): the region is ``region`` (OS_REGION_NAME), else
    ``region_name``, else the first of ``regions``."""
    regions = cloud.get("regions") or []
    chosen = (
        region
        or cloud.get("region_name")
        or next((r if isinstance(r, str) else r.get("name") for r in regions), None)
    )
    for index, entry in enumerate(regions):
        if isinstance(entry, dict) and entry.get("name") == chosen and entry.get("values"):
            values = entry["values"]
            for key in ("regions", "region_name", "profile"):
                if key in values:
                    raise ConfigError(
                        f"{where}.regions[{index}].values: {key!r} cannot be set per region"
                    )
            return _merge(cloud, values)
    return dict(cloud)


def aksk_fields(cloud: Mapping[str, Any], where: str) -> dict[str, Any]:
    """AKSKAuthOptions keyword arguments for an ``auth_type: aksk`` cloud."""
    auth = cloud.get("auth") or {}
    allowed = {
        "access_key",
        "secret_key",
        "security_token",
        "project_id",
        "project_name",
        "domain_id",
        "domain_name",
        "auth_url",
    }
    extra = sorted(set(auth) - allowed)
    if extra:
        raise ConfigError(
            f"{where}.auth: {extra[0]!r} is not used by auth_type aksk (use {', '.join(sorted(allowed))})"
        )
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
    versions = api_versions(cloud)
    if versions:
        out["api_versions"] = versions
    cloud_name = where.rpartition(": clouds.")[2] if ": clouds." in where else None
    if cloud_name:
        out["cloud"] = cloud_name
    return out


def api_versions(cloud: Mapping[str, Any]) -> dict[str, str]:
    """``<service>_api_version`` keys by catalog type (``block_storage`` ->
    ``block-storage``; ``volume`` stays ``volume``, an alias of block-storage)."""
    return {
        key.removesuffix("_api_version").replace("_", "-"): str(value)
        for key, value in cloud.items()
        if isinstance(key, str) and key.endswith("_api_version") and key != "identity_api_version"
    }


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
    """default_domain_id/name fill whichever of the user's and project's domain is missing.

    With a project scope, ``domain_id``/``domain_name`` do the same and are no domain
    scope (openstacksdk's reading of ``auth: {username, project_name, domain_name}``).
    """
    if (
        out.get("project_id")
        or out.get("project_name")
        or out.get("tenant_id")
        or out.get("tenant_name")
    ):
        for suffix in ("id", "name"):
            domain = out.pop(f"domain_{suffix}", None)
            for which in ("user", "project"):
                if domain and not (
                    out.get(f"{which}_domain_id") or out.get(f"{which}_domain_name")
                ):
                    out[f"{which}_domain_{suffix}"] = domain
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
    insecure = cloud.get("insecure")
    if isinstance(insecure, str):
        insecure = insecure.lower() in ("true", "yes")
    if cloud.get("verify") is False or insecure:
        out["verify"] = False  # as in openstacksdk: verify: false / insecure win over cacert
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
