"""Vendor profiles: data that says how a vendor's cloud is reached.

A profile (``runtime/vendors/<name>.yaml``, or any YAML file a cloud names)
declares the auth methods the vendor supports and, for services no catalog
lists, endpoint templates such as
``https://{service}.{region}.{domain}/{version}/{project_id}``. A template is
chosen by ``<service>/<version>``, then ``<service>``, then ``default``.
Adding a vendor is adding a file (docs/vendors.md).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import errors

VENDOR_DIR = Path(__file__).resolve().with_name("vendors")
_FIELD = re.compile(r"\{([a-z_]+)\}")
_KEYS = {"name", "doc", "auth", "variables", "identity_endpoint", "endpoints"}
_cache: dict[str, Profile] = {}
_lock = threading.Lock()


class Profile:
    """A vendor's auth methods and endpoint templates."""

    def __init__(
        self,
        name: str,
        *,
        auth: tuple[str, ...] = (),
        variables: Mapping[str, str] | None = None,
        identity_endpoint: str | None = None,
        endpoints: Mapping[str, str] | None = None,
        doc: str = "",
        source: str = "",
    ) -> None:
        self.name = name
        self.auth = auth
        self.variables = dict(variables or {})
        self.identity_endpoint_template = identity_endpoint
        self.endpoints = dict(endpoints or {})
        self.doc = doc
        self.source = source or name

    def __repr__(self) -> str:
        return f"Profile({self.name!r}, {len(self.endpoints)} endpoint templates)"

    @classmethod
    def load(cls, name_or_path: str) -> Profile:
        """A built-in profile by name (``huaweicloud``) or a profile file by path."""
        with _lock:
            found = _cache.get(name_or_path)
            if found is None:
                path = Path(name_or_path).expanduser()
                if not (path.suffix in (".yaml", ".yml") and path.is_file()):
                    path = VENDOR_DIR / f"{name_or_path}.yaml"
                    if not re.fullmatch(r"[a-z][a-z0-9_-]*", name_or_path) or not path.is_file():
                        known = ", ".join(sorted(p.stem for p in VENDOR_DIR.glob("*.yaml")))
                        raise errors.ConfigError(
                            f"profile {name_or_path!r}: no such vendor profile (built in: {known}; "
                            "or give the path of a profile file)"
                        )
                found = _cache[name_or_path] = cls.from_dict(_read(path), str(path))
            return found

    @classmethod
    def from_dict(cls, data: Any, source: str = "<dict>") -> Profile:
        """Check a profile's data; errors name the source and the key."""
        if not isinstance(data, dict):
            raise errors.ConfigError(f"{source}: a profile is a mapping")
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            raise errors.ConfigError(
                f"{source}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})"
            )
        name = data.get("name")
        if not isinstance(name, str) or not name:
            raise errors.ConfigError(f"{source}: name: a non-empty string is required")
        auth = data.get("auth", [])
        if not isinstance(auth, list) or not all(isinstance(a, str) for a in auth):
            raise errors.ConfigError(f"{source}: auth: a list of method names is required")
        for key in ("variables", "endpoints"):
            value = data.get(key, {})
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise errors.ConfigError(f"{source}: {key}: a mapping of strings is required")
        for key, template in data.get("endpoints", {}).items():
            if not template.startswith(("https://", "http://")):
                raise errors.ConfigError(
                    f"{source}: endpoints.{key}: {template!r} is not an http(s) URL template"
                )
        identity = data.get("identity_endpoint")
        if identity is not None and not isinstance(identity, str):
            raise errors.ConfigError(f"{source}: identity_endpoint: a URL template is required")
        return cls(
            name,
            auth=tuple(auth),
            variables=data.get("variables") or {},
            identity_endpoint=identity,
            endpoints=data.get("endpoints") or {},
            doc=str(data.get("doc", "")),
            source=source,
        )

    def template_for(self, service: str, version: str) -> str | None:
        return (
            self.endpoints.get(f"{service}/{version}")
            or self.endpoints.get(service)
            or self.endpoints.get("default")
        )

    def endpoint(self, service: str, version: str, values: Mapping[str, str | None]) -> str:
        """The URL of ``service`` ``version`` from its template; errors say what is missing."""
        template = self.template_for(service, version)
        if template is None:
            raise errors.EndpointNotFound(
                f"profile {self.name!r} has no endpoint template for {service!r}"
            )
        return self._fill(
            template, {"service": service, "version": version, **values}, f"endpoints for {service}"
        )

    def identity_endpoint(self, values: Mapping[str, str | None]) -> str | None:
        if self.identity_endpoint_template is None:
            return None
        return self._fill(self.identity_endpoint_template, values, "identity_endpoint")

    def _fill(self, template: str, values: Mapping[str, str | None], what: str) -> str:
        merged: dict[str, str | None] = {**self.variables, **{k: v for k, v in values.items() if v}}

        def one(match: re.Match[str]) -> str:
            value = merged.get(match.group(1))
            if not value:
                raise errors.ConfigError(
                    f"profile {self.name!r}: {what} ({template}) needs {match.group(1)!r}, which is not known"
                )
            return value

        return _FIELD.sub(one, template)

    def rebased(self, base_url: str) -> Profile:
        """The same templates with every ``scheme://host`` replaced by ``base_url``
        (a test server, a proxy): paths keep their shape."""
        base = base_url.rstrip("/")

        def move(template: str) -> str:
            return re.sub(r"^https?://[^/]+", base, template)

        return Profile(
            self.name,
            auth=self.auth,
            variables=self.variables,
            identity_endpoint=(
                move(self.identity_endpoint_template) if self.identity_endpoint_template else None
            ),
            endpoints={k: move(v) for k, v in self.endpoints.items()},
            doc=self.doc,
            source=f"{self.source} rebased on {base}",
        )


def _read(path: Path) -> Any:
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise errors.ConfigError(f"{path}: cannot read: {' '.join(str(exc).split())}") from None
