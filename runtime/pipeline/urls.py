"""One place for URL rules: what the SDK refuses to send, and where a URL really goes.

* :func:`problem` says why a URL must not be sent at all: a backslash, a control
  character or whitespace, user info (``user:pw@``), a host that is empty, not
  ASCII or percent-encoded, a port that is not a number in 1-65535, a scheme
  other than http/https. Parsers disagree on exactly these (``http://EVIL\\@TRUSTED/``
  is EVIL to urllib3 and TRUSTED to ``urllib.parse``), so they are refused, not read.
* :func:`origin` is ``scheme://host:port`` as the transport connects for a URL that
  requests has prepared, computed by requests' own adapter (or urllib3's parser):
  trust is decided on that, never on our reading of the string.
* :func:`encode_query` is the one query encoder: every byte outside the
  unreserved set (and ``~``) percent-encoded, a space as ``%20``, as
  huaweicloudsdkcore sends it (signed requests also sort the pairs, as it does).
* :func:`check_headers` refuses header names that are not HTTP tokens and values
  with control characters (CR/LF would split the request) before anything is sent.
* :func:`keep_dot_segments` puts back the ``%2E`` / ``%2E%2E`` path segments that
  requests decodes while preparing a URL, so that a resource named ``..`` is
  never sent as a dot segment, which would address its parent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

#: characters no URL the SDK sends may hold: C0 controls, space, DEL, backslash
_FORBIDDEN = re.compile(r"[\x00-\x20\x7f\\]")
#: scheme and authority (what sits between "//" and the first of "/?#")
_PREFIX = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)")
#: prefixes already found acceptable (bounded): most requests go to a few endpoints
_GOOD_PREFIXES: set[str] = set()
#: header names already found to be HTTP tokens (bounded)
_GOOD_NAMES: set[str] = set()
_HOST = re.compile(r"[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\]")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
#: control characters a header value must not hold (a tab is allowed)
_HEADER_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def forbidden(text: str) -> str | None:
    """The backslash, whitespace or control character ``text`` holds, described (None: none)."""
    bad = _FORBIDDEN.search(text)
    if bad is None:
        return None
    char = bad.group()
    what = (
        "a backslash"
        if char == "\\"
        else "whitespace" if char == " " else f"the control character {char!r}"
    )
    return f"it contains {what}"


def problem(url: str) -> str | None:
    """Why ``url`` must never be sent (None when it may be)."""
    bad = forbidden(url)
    if bad is not None:
        return bad
    match = _PREFIX.match(url)
    if match is None:
        return "it is not an absolute http:// or https:// URL"
    prefix = match.group()
    if prefix in _GOOD_PREFIXES:
        return None
    reason = _authority_problem(match.group(1), match.group(2))
    if reason is None and len(_GOOD_PREFIXES) < 1024:
        _GOOD_PREFIXES.add(prefix)
    return reason


def _authority_problem(scheme: str, authority: str) -> str | None:
    if scheme.lower() not in _DEFAULT_PORTS:
        return "it is not an absolute http:// or https:// URL"
    if "@" in authority:
        return "it carries user info (user:password@host)"
    if not authority.isascii():
        return "its host is not ASCII (write it in its IDNA xn-- form)"
    if authority.startswith("["):
        close = authority.find("]") + 1
        host, port = authority[:close], authority[close:]
        if port and not port.startswith(":"):
            return "its host is not a valid IPv6 literal"
        port = port[1:]
        has_port = close < len(authority)
    else:
        host, colon, port = authority.partition(":")
        has_port = bool(colon)
    if not host:
        return "it has no host"
    if _HOST.fullmatch(host) is None:
        return "its host has characters no host name has"
    if has_port and not (port.isdigit() and len(port) <= 5 and 0 < int(port) < 65536):
        return f"its port {port!r} is not a number in 1-65535"
    return None


def origin(prepared_url: str, adapter: Any) -> str:
    """``scheme://host:port`` (lower case, default port explicit, IPv6 in brackets) that the
    transport connects to for ``prepared_url``, a URL requests has prepared: the adapter's own
    connection-pool key (requests >= 2.32), else urllib3's parser, which older adapters use."""
    key = getattr(adapter, "build_connection_pool_key_attributes", None)
    if key is not None:
        from requests.models import PreparedRequest

        req = PreparedRequest()
        req.url = prepared_url
        params = key(req, True, None)[0]
        scheme, host, port = params["scheme"], params["host"], params["port"]
    else:
        from urllib3.util import parse_url

        parts = parse_url(prepared_url)
        scheme, host, port = parts.scheme, parts.host, parts.port
    scheme = str(scheme or "").lower()
    host = str(host or "").lower().strip("[]")
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}:{port or _DEFAULT_PORTS.get(scheme, 0)}"


def has_control(text: str) -> bool:
    """Whether ``text`` holds a control character a header value must not (CR, LF, NUL...)."""
    return _HEADER_CONTROL.search(text) is not None


def safe(url: str) -> str:
    """A URL fit for messages and logs: no user info, sensitive query values
    (``token=``, ``temp_url_sig=``, ...) and remembered secrets masked."""
    from .redact import scrub

    return scrub(url)


def shown(url: str) -> str:
    """A URL fit for a message about refusing it: without user info, quoted (it may hold
    control characters); never the URL itself when it cannot be parsed."""
    try:
        return repr(safe(url))
    except ValueError:
        return "(an unparsable URL)"


def host_of(url: str) -> str:
    """``scheme://host:port`` of a URL as the transport reads it (urllib3's parser):
    lower-cased, default port explicit, IPv6 in brackets. ConfigError for a URL the
    SDK never sends (:func:`problem`)."""
    reason = problem(url)
    if reason is not None:
        from ..errors import ConfigError

        raise ConfigError(f"refusing the URL {shown(url)}: {reason}")
    return origin(url, None)


def check_headers(headers: Mapping[str, Any]) -> None:
    """ValueError naming the header when its name is not an HTTP token or its value is not
    text or holds a control character (CR, LF, NUL, ...): such a header would split the
    request, or be refused by the transport once the connection is made."""
    for name in headers:
        if name not in _GOOD_NAMES:
            if not isinstance(name, str) or _HEADER_NAME.fullmatch(name) is None:
                raise ValueError(f"header name {name!r} is not a valid HTTP header name")
            if len(_GOOD_NAMES) < 1024:
                _GOOD_NAMES.add(name)
    try:  # one search over all the values when they are text (the usual case)
        if _HEADER_CONTROL.search("".join(headers.values())) is None and not any(
            v[:1] in (" ", "\t") for v in headers.values()
        ):
            return
    except TypeError:
        pass
    for name, value in headers.items():
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        if not isinstance(text, str):
            raise ValueError(f"header {name}: the value must be text, got {type(value).__name__}")
        bad = _HEADER_CONTROL.search(text)
        if bad is not None:
            raise ValueError(
                f"header {name}: the value contains the control character {bad.group()!r}"
            )
        if text[:1] in (" ", "\t"):
            raise ValueError(
                f"header {name}: the value starts with whitespace (requests refuses it)"
            )


def encode_query(pairs: Iterable[tuple[str, str]], *, sort: bool = False) -> str:
    """``k=v&...`` with keys and values percent-encoded (``%20`` for a space, ``~`` bare);
    ``sort``: pairs in (key, value) order, as AK/SK-signed requests send them."""
    from urllib.parse import quote  # loaded with the first request, not on import

    items = sorted(pairs) if sort else pairs
    return "&".join(f"{quote(str(k), safe='~')}={quote(str(v), safe='~')}" for k, v in items)


def encode_segment(value: str) -> str:
    """One path segment: everything but unreserved characters percent-encoded, and a
    segment of only ``.`` or ``..`` as ``%2E`` / ``%2E%2E`` (never a dot segment)."""
    if value in (".", ".."):
        return "%2E" * len(value)
    from urllib.parse import quote

    return quote(value, safe="")


def keep_dot_segments(prepared_url: str) -> str:
    """``prepared_url`` with every ``.``/``..`` path segment written ``%2E``/``%2E%2E``.

    Preparing a URL removes the dot segments it has, then decodes ``%2E`` (an unreserved
    character); so any dot segment left afterwards was sent encoded and must stay so."""
    start = prepared_url.find("/", prepared_url.find("//") + 2)
    if start < 0 or "/." not in prepared_url:
        return prepared_url
    end = len(prepared_url)
    for delim in "?#":
        at = prepared_url.find(delim, start)
        if 0 <= at < end:
            end = at
    segments = prepared_url[start:end].split("/")
    if "." not in segments and ".." not in segments:
        return prepared_url
    path = "/".join("%2E" * len(s) if s in (".", "..") else s for s in segments)
    return prepared_url[:start] + path + prepared_url[end:]
