"""Keeping secrets out of logs, exception messages and reprs.

Two complementary mechanisms:

* **By name** -- :data:`SENSITIVE_KEYS` (JSON member names; grows with every
  generated field a spec marks ``sensitive: true``) and :data:`SENSITIVE_HEADERS`:
  :func:`mask_json` / :func:`mask_headers` replace their values with ``***`` in
  copies fit for a log line; in free text, :func:`scrub` masks
  ``name=value`` pairs (URL queries: ``token=``, ``temp_url_sig=``, ...) and the
  user info of URLs (``https://u:pw@host`` -> ``https://host``).
* **By value** -- one registry of the secret strings the SDK holds: passwords,
  application credential secrets, AK/SK secret keys and security tokens, every
  token issued or validated, URL user-info passwords (:func:`remember`,
  :func:`remember_url`). :func:`scrub` removes each of them, and the secrets a
  request carried (``secrets=``), from any text *in every encoding*: as is;
  backslash-escaped at any depth (JSON ``\\u0041``/``\\"``/``\\/``, Python
  ``\\x41``/``\\U...``, repr); percent-encoded (either case, double-encoded,
  ``+`` for a space); HTML/XML character references (``&#65;``, ``&#x41;``,
  ``&amp;``...); UTF-8 read as Latin-1; each character may be encoded
  differently; base64 (standard and URL-safe) and hex of any wrapping around the
  value (HTTP Basic ``user:password``).

Values shorter than :data:`MIN_SECRET_LENGTH` are not remembered (they would mask
ordinary words everywhere); the secrets one request carried are scrubbed from
that request's error down to :data:`MIN_ECHO_LENGTH` characters. The registry is
consulted only on error paths and in DEBUG/TRACE logging, never on a request
that succeeds with logging off. Data in successful responses is never altered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

MASK = "***"

#: secrets shorter than this are not remembered (see the module doc)
MIN_SECRET_LENGTH = 6
#: the shortest value of a request's own secrets scrubbed from its error
MIN_ECHO_LENGTH = 4
#: the most secrets remembered; the least recently used are forgotten first
MAX_REMEMBERED = 64

#: option and config keys (auth options' fields, clouds.yaml ``auth`` keys) whose values
#: are never shown: in reprs, config errors and logs; all of them are also JSON members
SECRET_OPTIONS: frozenset[str] = frozenset(
    {
        "password",
        "token",
        "auth_token",
        "application_credential_secret",
        "secret_key",
        "security_token",
        "passcode",
    }
)

#: JSON member names whose values are never logged
SENSITIVE_KEYS: set[str] = set(SECRET_OPTIONS) | {
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

#: the credential member names above, before specs add theirs (register): a free-form
#: body (a dict a caller built) is scrubbed by these; options built from a spec carry
#: their own sensitive values (Request.secrets)
CREDENTIAL_KEYS: frozenset[str] = frozenset(SENSITIVE_KEYS)

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

#: URL query parameter names (besides the two sets above) whose values are masked
SENSITIVE_PARAMS: frozenset[str] = frozenset(
    {
        "temp_url_sig",
        "signature",
        "sig",
        "passwd",
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "api_key",
        "apikey",
        "x-amz-signature",
        "x-amz-security-token",
        "x-amz-credential",
        "x-goog-signature",
        "x-auth-token",
        "session_token",
        "sessiontoken",
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


def scrub_headers(headers: Mapping[str, Any], secrets: Iterable[str] = ()) -> dict[str, Any]:
    """:func:`mask_headers`, and every other value :func:`scrub`-bed."""
    extra = list(secrets)
    return {
        k: (
            MASK if k.lower() in SENSITIVE_HEADERS else scrub(v, extra) if isinstance(v, str) else v
        )
        for k, v in headers.items()
    }


def header_secrets(headers: Mapping[str, Any]) -> list[str]:
    """The values of the sensitive headers of a request (what it carried)."""
    return [v for k, v in headers.items() if isinstance(v, str) and k.lower() in SENSITIVE_HEADERS]


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


def secret_values(
    value: Any, found: list[str] | None = None, keys: AbstractSet[str] | None = None
) -> list[str]:
    """Every string under a sensitive member of a JSON value (to scrub echoes);
    ``keys``: the member names that count (default every registered one)."""
    out = [] if found is None else found
    names = SENSITIVE_KEYS if keys is None else keys
    if isinstance(value, dict):
        for k, v in value.items():
            if k in names:
                _strings(v, out)
            else:
                secret_values(v, out, names)
    elif isinstance(value, list):
        for v in value:
            secret_values(v, out, names)
    return out


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        if len(value) >= MIN_ECHO_LENGTH:  # shorter values would mask ordinary words
            out.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)


# -- the registry ----------------------------------------------------------

#: secret -> None, least recently remembered first (dict operations are atomic)
_remembered: dict[str, None] = {}


def remember(*values: str | None) -> None:
    """Add secret values the SDK holds to the registry (None and short ones are skipped).

    Remembering a value again makes it the most recently used."""
    for value in values:
        if isinstance(value, str) and len(value) >= MIN_SECRET_LENGTH:
            _remembered.pop(value, None)
            _remembered[value] = None
    while len(_remembered) > MAX_REMEMBERED:
        try:
            del _remembered[next(iter(_remembered))]
        except (KeyError, RuntimeError, StopIteration):  # another thread got there first
            break


def remember_url(url: str | None) -> None:
    """Remember the password of a URL's user info (``https://user:pw@host``)."""
    if not url or "@" not in url:
        return
    from urllib.parse import unquote, urlsplit

    try:
        password = urlsplit(url).password
    except ValueError:
        return
    if password:
        remember(password, unquote(password))


def forget(*values: str) -> None:
    """Drop values from the registry (tests; a credential known to be revoked)."""
    for value in values:
        _remembered.pop(value, None)


def remembered() -> tuple[str, ...]:
    """The registry's values, least recently remembered first."""
    return tuple(_remembered)


# -- scrubbing ---------------------------------------------------------------

_patterns: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {}
#: one backslash per level of escaping (written so that every alternative starts
#: with a literal: the regex engine then skips to candidate positions at C speed)
_BS = r"\\\\*"
_AMP = "&(?:amp;)*"  # HTML escaping, at any depth
_PCT = "%(?:25)*"  # percent-encoding, at any depth
_CONTROL = {"\n": "n", "\r": "r", "\t": "t", "\b": "b", "\f": "f", "\0": "0"}
_ENTITIES = {"&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos"}


def _char(c: str) -> str:
    """A pattern for one character of a secret in any of its encodings (kept short:
    compiling it is most of what a new secret costs)."""
    cp = ord(c)
    utf8 = c.encode("utf-8", "surrogatepass")
    alts = [re.escape(c)]
    # backslash escapes: \u00e9 \U000000e9 \xe9 (any case, any depth), \" \/ \n ...
    escaped = [f"[uUxX]0*{cp:x}"]
    if cp >= 0x10000:  # JSON writes astral characters as a surrogate pair
        hi, lo = 0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + ((cp - 0x10000) & 0x3FF)
        escaped.append(f"u{hi:x}{_BS}u{lo:x}")
    if not c.isalnum() and not c.isspace():
        escaped.append(re.escape(c))
    if c in _CONTROL:
        escaped.append(_CONTROL[c])
    alts.append(f"{_BS}(?i:{'|'.join(escaped)})")
    if cp >= 0x80:  # bytes reprs; UTF-8 read as Latin-1 (HTTP header values)
        alts.append("".join(f"{_BS}(?i:x{b:02x})" for b in utf8))
        alts.append(re.escape(utf8.decode("latin-1")))
    if 0x80 <= cp < 0x100:  # a Latin-1 byte in a body decoded with surrogateescape
        alts.append(chr(0xDC00 + cp))
    alts.append("".join(f"{_PCT}(?i:{b:02x})" for b in utf8))
    if c == " ":
        alts.append(r"\+")
    entity = f"|{_ENTITIES[c]};" if c in _ENTITIES else ""
    alts.append(f"{_AMP}(?i:#0*{cp};|#x0*{cp:x};{entity})")
    return "(?:" + "|".join(alts) + ")"


def _literals(secret: str) -> tuple[str, ...]:
    """base64 (standard, URL-safe) and hex of ``secret`` inside any wrapping: the
    characters that depend on the secret's bytes alone, for each alignment."""
    import base64

    raw = secret.encode("utf-8", "surrogatepass")
    out = [raw.hex(), raw.hex().upper()]
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + raw).decode("ascii")
        start, end = -(-8 * shift // 6), 8 * (shift + len(raw)) // 6
        core = encoded[start:end]
        if len(core) >= 4:
            out.append(core)
            out.append(core.replace("+", "-").replace("/", "_"))
    return tuple(dict.fromkeys(out))


def _pattern(secret: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The regex of ``secret`` in every character encoding, and its base64/hex forms."""
    found = _patterns.get(secret)
    if found is None:
        if len(_patterns) > 4 * MAX_REMEMBERED:
            _patterns.clear()
        regex = re.compile("".join(_char(c) for c in secret))
        found = _patterns[secret] = (regex, _literals(secret))
    return found


_names: tuple[int, frozenset[str]] = (-1, frozenset())
#: ``name=value`` (URL queries, free text) and ``"name": "value"`` (JSON text)
_PAIR = re.compile(r"(?<![\w.-])([\w.-]{1,64})=([^&\s#\"'<>;]+)")
_MEMBER = re.compile(r'"([\w.-]{1,64})"(\s*:\s*)"((?:[^"\\]|\\.)*)"')


def _sensitive_names() -> frozenset[str]:
    """Every sensitive name, lower-case, with ``-`` and ``_`` both ways."""
    global _names
    size = len(SENSITIVE_KEYS) + len(SENSITIVE_HEADERS)
    if _names[0] != size:
        names = {n.lower() for n in SENSITIVE_KEYS | SENSITIVE_HEADERS | SENSITIVE_PARAMS}
        names |= {n.replace("-", "_") for n in names} | {n.replace("_", "-") for n in names}
        _names = (size, frozenset(names))
    return _names[1]


def _mask_pairs(text: str) -> str:
    names = _sensitive_names()
    if "=" in text:
        text = _PAIR.sub(lambda m: f"{m[1]}={MASK}" if m[1].lower() in names else m[0], text)
    if '"' in text:
        text = _MEMBER.sub(
            lambda m: f'"{m[1]}"{m[2]}"{MASK}"' if m[1].lower() in names and m[3] else m[0], text
        )
    return text


_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s\"'<>]*@")


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without any secret: user info of URLs removed, values of sensitive
    ``name=value`` pairs and JSON members masked, and every remembered secret and
    each of ``secrets`` (longest first) replaced by ``***`` in every encoding."""
    if not text:
        return text
    if "://" in text:
        text = _USERINFO.sub(r"\1", text)
    text = _mask_pairs(text)
    values = {s for s in secrets if isinstance(s, str) and len(s) >= MIN_ECHO_LENGTH}
    values.update(_remembered)
    ordered = sorted(values, key=len, reverse=True)
    # a secret with "*" in it could be completed by the mask of another: go again
    for _ in range(3 if any("*" in s for s in ordered) else 1):
        before = text
        for secret in ordered:
            regex, literals = _pattern(secret)
            text = regex.sub(MASK, text)
            for literal in literals:
                if literal in text:
                    text = text.replace(literal, MASK)
        if text == before:
            break
    return text


def scrub_body(body: bytes, secrets: Iterable[str] = ()) -> bytes:
    """:func:`scrub` for bytes: bytes that are not UTF-8 are kept as they are."""
    if not body:
        return body
    text = body.decode("utf-8", "surrogateescape")
    cleaned = scrub(text, secrets)
    return body if cleaned == text else cleaned.encode("utf-8", "surrogateescape")


def scrub_chain(exc: BaseException) -> None:
    """Scrub, in place, the string arguments of ``exc``, of the exceptions among
    its arguments and of its causes (third-party errors quote URLs and headers;
    a traceback prints them all)."""
    todo: list[Any] = [exc]
    seen: set[int] = set()
    while todo and len(seen) < 50:
        e = todo.pop()
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        args = e.args
        cleaned = tuple(scrub(a) if isinstance(a, str) else a for a in args)
        if cleaned != args:
            try:
                e.args = cleaned
            except (AttributeError, TypeError):
                pass
        todo.extend(a for a in args if isinstance(a, BaseException))
        todo.extend([getattr(e, "reason", None), e.__cause__, e.__context__])
