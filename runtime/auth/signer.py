"""AK/SK request signing (Huawei Cloud's ``SDK-HMAC-SHA256``).

Instead of a token, each request carries a signature of its method, path,
query, chosen headers and body, made with the secret key:

1. ``X-Sdk-Date`` (UTC, ``20260102T030405Z``) and ``Host`` are set; a body
   that is not JSON is declared ``X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD``.
2. The canonical request is six lines: the method; the path, each segment
   decoded then encoded again (only ``~`` and unreserved characters left
   bare), always ending in ``/``; the query, as (key, value) pairs sorted and
   encoded the same way, joined with ``&``; the signed headers as
   ``name:value`` lines (names lower-case, values trimmed) followed by an
   empty line; the signed header names joined with ``;``; and the SHA-256 of
   the body (hex; the empty hash without one; the declared value when
   unsigned). Every header is signed except names containing ``_`` and the
   hop-by-hop ones a proxy may rewrite (``Connection``, ...).
3. The string to sign is ``SDK-HMAC-SHA256``, the date, and the SHA-256 of the
   canonical request, on three lines; the signature is its HMAC-SHA256 with
   the secret key, in hex.
4. ``Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>,
   Signature=<hex>``.

Temporary credentials add ``X-Security-Token`` (signed like any header). The
signer runs on the prepared request, after every header and the body are
final (runtime/pipeline/provider.py), so what is signed is exactly what is sent.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
from collections.abc import MutableMapping
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

ALGORITHM = "SDK-HMAC-SHA256"
DATE_HEADER = "X-Sdk-Date"
CONTENT_HEADER = "X-Sdk-Content-Sha256"
UNSIGNED = "UNSIGNED-PAYLOAD"
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_DATE_FORMAT = "%Y%m%dT%H%M%SZ"
#: headers a proxy may change on the way: never signed
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


def _encode(text: str) -> str:
    return quote(text, safe="~")


def canonical_path(path: str) -> str:
    """Each segment decoded then re-encoded; always a trailing slash."""
    out = "/".join(_encode(segment) for segment in unquote(path).split("/"))
    return out if out.endswith("/") else out + "/"


def canonical_query(query: str) -> str:
    """The query's (key, value) pairs, decoded, sorted, re-encoded."""
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    return "&".join(f"{_encode(k)}={_encode(v)}" for k, v in pairs)


def _header(headers: MutableMapping[str, Any], name: str) -> Any:
    lower = name.lower()
    for key, value in headers.items():
        if key.lower() == lower:
            return value
    return None


class AKSKSigner:
    """Signs requests with an access key / secret key pair (and, for temporary
    credentials, a security token). Holds secrets: its repr shows none."""

    def __init__(self, access_key: str, secret_key: str, security_token: str | None = None) -> None:
        if not access_key or not secret_key:
            raise ValueError("AK/SK signing needs both access_key and secret_key")
        self.access_key = access_key
        self._secret = secret_key.encode("utf-8")
        self._security_token = security_token

    def __repr__(self) -> str:
        return f"AKSKSigner(access_key={self.access_key!r}, secret_key='***')"

    def sign(
        self,
        method: str,
        url: str,
        headers: MutableMapping[str, Any],
        body: Any,
        *,
        now: _dt.datetime | None = None,
    ) -> None:
        """Add ``X-Sdk-Date``, ``Host`` (and the token, content marker) and
        ``Authorization`` to ``headers`` for this exact request."""
        parts = urlsplit(url)
        if self._security_token:
            headers["X-Security-Token"] = self._security_token
        content_type = _header(headers, "Content-Type")
        if content_type and not str(content_type).startswith(
            ("application/json", "application/bson")
        ):
            headers[CONTENT_HEADER] = UNSIGNED
        date = _header(headers, DATE_HEADER)
        if date is None:
            moment = now or _dt.datetime.now(_dt.timezone.utc)
            date = moment.strftime(_DATE_FORMAT)
            headers[DATE_HEADER] = date
        if _header(headers, "Host") is None:
            headers["Host"] = parts.netloc
        values: dict[str, str] = {}
        for key, value in list(headers.items()):
            text = (value.decode("latin-1") if isinstance(value, bytes) else str(value)).strip()
            values[key.lower()] = text
            # non-ASCII values travel as UTF-8 bytes (requests sends str headers as latin-1)
            headers[key] = text.encode("utf-8").decode("latin-1")
        signed = sorted(name for name in values if "_" not in name and name not in _HOP_BY_HOP)
        canonical = "\n".join(
            [
                method.upper(),
                canonical_path(parts.path or "/"),
                canonical_query(parts.query),
                "".join(f"{name}:{values[name]}\n" for name in signed),
                ";".join(signed),
                self._payload_hash(values, body),
            ]
        )
        to_sign = f"{ALGORITHM}\n{date}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"
        signature = hmac.new(self._secret, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
        headers["Authorization"] = (
            f"{ALGORITHM} Access={self.access_key}, SignedHeaders={';'.join(signed)}, Signature={signature}"
        )

    @staticmethod
    def _payload_hash(values: dict[str, str], body: Any) -> str:
        if not body:
            return _EMPTY_SHA256
        declared = values.get(CONTENT_HEADER.lower())
        if declared:
            return declared
        if isinstance(body, str):
            body = body.encode("utf-8")
        if not isinstance(body, (bytes, bytearray)):
            raise ValueError(
                "a streamed body cannot be hashed for the signature: send it with a "
                "non-JSON Content-Type (signed as UNSIGNED-PAYLOAD)"
            )
        return hashlib.sha256(body).hexdigest()
