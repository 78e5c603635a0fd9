"""How a hostile server may echo a secret, and an oracle that finds it again.

``encode(secret, how)`` writes a secret in one of the encodings a server (or a
proxy, or a log pipeline) may use; ``leak(text, secret)`` says whether ``text``
still holds ``secret`` in any of them, found by *decoding* ``text`` with the
standard library's own decoders (never by the SDK's patterns), up to three
layers deep, plus base64 and hex runs at every alignment.
"""

from __future__ import annotations

import base64
import html
import json
import random
import re
from urllib.parse import quote, quote_plus, unquote, unquote_plus

#: encodings that survive in an HTTP header value (ASCII, no CR/LF)
ASCII_FORMS = (
    "json-ascii",
    "percent",
    "percent-lower",
    "plus",
    "percent-twice",
    "html-numeric",
    "html-hex",
    "ascii-repr",
    "bytes-repr",
    "base64",
    "base64-basic",
    "base64-urlsafe",
    "hex",
    "mixed-ascii",
)
#: every encoding (bodies may be any text)
FORMS = ASCII_FORMS + ("raw", "json", "json-twice", "html", "repr", "mixed")


def _char(c: str, rnd: random.Random, ascii_only: bool) -> str:
    choices = [
        lambda: "\\u%04x" % ord(c) if ord(c) < 0x10000 else json.dumps(c)[1:-1],
        lambda: quote(c, safe=""),
        lambda: "&#%d;" % ord(c),
        lambda: "&#x%X;" % ord(c),
    ]
    if (not ascii_only or c.isascii()) and c not in "\\%&+":  # (raw, they would start an escape)
        choices.append(lambda: c if c.isprintable() else quote(c, safe=""))
    return rnd.choice(choices)()


def encode(secret: str, how: str, *, user: str = "user", rnd: random.Random | None = None) -> str:
    rnd = rnd or random.Random(0)
    raw = secret.encode("utf-8")
    if how == "raw":
        return secret
    if how == "json":
        return json.dumps(secret, ensure_ascii=False)[1:-1]
    if how == "json-ascii":
        return json.dumps(secret)[1:-1].replace("/", "\\/")
    if how == "json-twice":
        return json.dumps(json.dumps(secret))[1:-1]
    if how == "percent":
        return quote(secret, safe="")
    if how == "percent-lower":
        return re.sub("%[0-9A-F]{2}", lambda m: m.group().lower(), quote(secret, safe=""))
    if how == "plus":
        return quote_plus(secret, safe="")
    if how == "percent-twice":
        return quote(quote(secret, safe=""), safe="")
    if how == "html":
        return html.escape(secret)
    if how == "html-numeric":
        return "".join("&#%d;" % ord(c) for c in secret)
    if how == "html-hex":
        return "".join("&#x%x;" % ord(c) for c in secret)
    if how == "repr":
        return repr(secret)
    if how == "ascii-repr":
        return ascii(secret)
    if how == "bytes-repr":
        return repr(raw)
    if how == "base64":
        return base64.b64encode(raw).decode()
    if how == "base64-basic":  # HTTP Basic: user:password
        return "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()
    if how == "base64-urlsafe":
        return base64.urlsafe_b64encode(b"x" + raw).decode()
    if how == "hex":
        return raw.hex()
    if how in ("mixed", "mixed-ascii"):
        return "".join(_char(c, rnd, how == "mixed-ascii") for c in secret)
    raise ValueError(how)


_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "0": "\0"}


def _unescape(text: str) -> str:
    """JSON / Python backslash escapes, one level (surrogate pairs joined)."""

    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] in "uUx" and len(e) > 1:
            return chr(int(e[1:], 16))
        return _SIMPLE.get(e, e)

    out = _ESCAPE.sub(one, text)
    return out.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _bytes_escapes(text: str) -> str:
    """``b'\\xc3\\xa9'`` forms: runs of \\xHH read as UTF-8."""
    return re.sub(
        r"(?:\\x[0-9a-fA-F]{2})+",
        lambda m: bytes.fromhex(m.group().replace("\\x", "")).decode("utf-8", "replace"),
        text,
    )


def _numeric_refs(text: str) -> str:
    """``&#N;``/``&#xH;`` as the code point itself (html.unescape maps control
    characters to U+FFFD, as HTML5 says)."""

    def one(m: re.Match[str]) -> str:
        ref = m.group(1)
        return chr(int(ref[1:], 16) if ref[0] in "xX" else int(ref))

    return re.sub(r"&#([xX][0-9a-fA-F]{1,6}|[0-9]{1,7});", one, text)


def _mojibake(text: str) -> str:
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


_DECODERS = (
    unquote,
    unquote_plus,
    html.unescape,
    _numeric_refs,
    _unescape,
    _bytes_escapes,
    _mojibake,
)
_B64 = re.compile(r"[A-Za-z0-9+/_-]{6,}")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2}){3,}")


def _binary_runs(text: str, raw: bytes) -> bool:
    for run in _B64.findall(text):
        std = run.replace("-", "+").replace("_", "/")
        for start in range(4):
            chunk = std[start:]
            if len(chunk) % 4 == 1:
                chunk = chunk[:-1]
            try:
                if raw in base64.b64decode(chunk + "=" * (-len(chunk) % 4)):
                    return True
            except ValueError:
                pass
    for run in _HEX.findall(text):
        for start in (0, 1):
            chunk = run[start:]
            chunk = chunk[: len(chunk) - len(chunk) % 2]
            if raw in bytes.fromhex(chunk):
                return True
    return False


def leak(text: str, secret: str, depth: int = 3) -> bool:
    """Does ``text`` hold ``secret`` in any encoding (up to ``depth`` layers)?"""
    raw = secret.encode("utf-8")
    layer = {text}
    seen: set[str] = set()
    for _ in range(depth + 1):
        nxt: set[str] = set()
        for t in layer:
            if t in seen:
                continue
            seen.add(t)
            if secret in t or secret.replace(" ", "+") in t or _binary_runs(t, raw):
                return True
            for decode in _DECODERS:
                try:
                    d = decode(t)
                except (ValueError, OverflowError):
                    continue
                if d != t:
                    nxt.add(d)
        layer = nxt
    return False
