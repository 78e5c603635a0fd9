"""Keeping secrets out of logs, exception messages and reprs.

Three tools, used by the request pipeline:

* :data:`SENSITIVE_KEYS`: JSON member names whose values are secrets. It starts
  with the names OpenStack APIs use for credentials and grows with every
  generated model or options class that marks a field ``sensitive`` (the spec's
  ``sensitive: true``), registered when the class is defined.
* :func:`mask_json` / :func:`mask_headers`: copies fit for a log line.
* :func:`secret_values` + :func:`scrub`: the secret strings a request carried,
  removed from any text the server sends back (Nova echoes invalid input, e.g.
  "Invalid input for field/attribute adminPass. Value: ...").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MASK = "***"

#: JSON member names whose values are never logged
SENSITIVE_KEYS: set[str] = {
    "password",
    "original_password",
    "adminPass",
    "admin_pass",
    "secret",
    "application_credential_secret",
    "private_key",
    "token",
    "auth_token",
    "access_key",
    "secret_key",
    "security_token",
    "securitytoken",
    "blob",
}

#: headers whose values are never logged (compared lower-case)
SENSITIVE_HEADERS: set[str] = set(
    {
        "x-auth-token",
        "x-subject-token",
        "x-service-token",
        "x-storage-token",
        "x-auth-key",
        "x-security-token",
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
    }
)


#: member names too common to mask everywhere: their sensitive uses sit below a
#: masked parent (a token reference's "id" is inside "token")
_GENERIC = frozenset({"id", "name", "type", "value", "key"})


def register(wires: Iterable[str] = (), headers: Iterable[str] = ()) -> None:
    """Add the body member names and header names a spec marks sensitive."""
    SENSITIVE_KEYS.update(w for w in wires if w not in _GENERIC)
    SENSITIVE_HEADERS.update(h.lower() for h in headers)


def mask_headers(headers: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``headers`` with credentials replaced by ``***``."""
    return {k: (MASK if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def mask_json(value: Any) -> Any:
    """A copy of a decoded JSON value with every sensitive member's value masked."""
    if isinstance(value, dict):
        return {
            k: (MASK if k in SENSITIVE_KEYS and v is not None else mask_json(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [mask_json(v) for v in value]
    return value


def secret_values(value: Any, found: list[str] | None = None) -> list[str]:
    """Every string under a sensitive member of a JSON value (to scrub echoes)."""
    out = [] if found is None else found
    if isinstance(value, dict):
        for k, v in value.items():
            if k in SENSITIVE_KEYS:
                _strings(v, out)
            else:
                secret_values(v, out)
    elif isinstance(value, list):
        for v in value:
            secret_values(v, out)
    return out


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        if len(value) >= 4:  # shorter values would mask ordinary words
            out.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each secret (longest first) replaced by ``***``."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        if secret and secret in text:
            text = text.replace(secret, MASK)
    return text
