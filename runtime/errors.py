"""The one exception tree of stacksdk.

Everything the SDK raises for a failed call derives from :class:`SDKError`.
HTTP failures carry the method, URL, status, request id and the message the
server put in its error body; nothing in them ever holds a token or password.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class SDKError(Exception):
    """Base of every error raised by stacksdk.

    Its message never holds a secret the SDK knows (redact.py): every string
    argument is scrubbed when the error is made."""

    def __init__(self, *args: object) -> None:
        super().__init__(*_scrubbed(args))

    def explain(self, context: str) -> None:
        """Add ``context`` (what was being attempted, never a secret) to the message."""
        first = self.args[0] if self.args else "failed"
        self.args = (f"{first}; {_scrubbed((context,))[0]}", *self.args[1:])


def _scrubbed(args: tuple[object, ...]) -> tuple[object, ...]:
    if not any(isinstance(a, str) for a in args):
        return args
    from .pipeline.redact import scrub

    return tuple(scrub(a) if isinstance(a, str) else a for a in args)


class ConfigError(SDKError, ValueError):
    """A missing or invalid option, found before anything was sent."""


class EndpointNotFound(SDKError):
    """No catalog entry (or override) matched the requested service."""


class MicroversionError(SDKError, ValueError):
    """A call needs a microversion the client or the server does not offer."""


class TransportError(SDKError):
    """The request did not get an HTTP answer (connection, TLS, timeout).

    ``sent`` is False when the request cannot have reached the server (the
    connection was never made), True when the server may have received it
    (and acted on it): only then is resending a POST unsafe.
    """

    def __init__(self, message: str, *, method: str, url: str, sent: bool = True) -> None:
        from .pipeline.redact import scrub

        url = scrub(url)
        super().__init__(f"{method} {url}: {message}")
        self.method = method
        self.url = url
        self.sent = sent


class ConnectionFailed(TransportError):
    """The connection could not be made or broke."""


class TLSError(ConnectionFailed):
    """The TLS handshake failed (certificate, CA bundle, protocol): never retried."""


class Timeout(TransportError):
    """Connecting or reading took longer than the configured timeout."""


class UnsafeRedirect(SDKError):
    """A server pointed the client at a host that must not get our token."""


class ResourceNotFound(SDKError, LookupError):
    """``find`` matched nothing by id or by name."""


class NoUniqueMatch(SDKError, LookupError):
    """``find`` matched several resources by name."""


class ResponseError(SDKError):
    """The server answered, but not in a form the spec describes."""


class WaitTimeout(SDKError, TimeoutError):
    """A waiter gave up: the resource did not reach the wanted state in time."""


class WaitFailed(SDKError):
    """A waiter stopped: the resource reached a failure state (e.g. ERROR).

    ``resource`` is the model as last read, with its fault details, if any."""

    def __init__(self, message: str, resource: Any = None) -> None:
        super().__init__(message)
        self.resource = resource


class _Sealed:
    """Values kept for the caller that no repr, log or traceback may show."""

    __slots__ = ("values",)

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def __repr__(self) -> str:
        return f"<{len(self.values)} sealed values>"


class HTTPError(SDKError):
    """The server answered with a status the operation does not accept.

    ``status`` (also ``status_code``, openstacksdk's name), ``method``, ``url``,
    ``headers``, ``body``, ``message`` and ``request_id`` hold what the server
    sent, with every secret the SDK knows scrubbed (redact.py): user info and
    sensitive query values out of ``url``, credential headers (``Set-Cookie``,
    ``X-Subject-Token``, ...) as ``***``, echoes in any encoding as ``***``.
    A credential header the caller needs (Keystone's multi-factor receipt) is
    read with :meth:`sensitive_header`.
    """

    status: int = 0

    def __init__(
        self,
        *,
        method: str,
        url: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        expected: tuple[int, ...] = (),
        secrets: Iterable[str] = (),
    ) -> None:
        """``secrets``: those the request carried (its token, the sensitive values of its
        body), scrubbed with the remembered ones from what the server echoes back."""
        self.method = method
        self.status = status
        self.expected = expected
        self.url = url
        self.headers: dict[str, str] = dict(headers)
        self.body = body
        from .pipeline.redact import SENSITIVE_HEADERS

        sealed = {k.lower(): v for k, v in self.headers.items() if k.lower() in SENSITIVE_HEADERS}
        self._sealed = _Sealed(sealed)
        self.scrub(secrets)
        super().__init__(self._text())

    def sensitive_header(self, name: str) -> str | None:
        """The value of a credential header the server sent with this error, which
        ``headers`` shows as ``***`` (e.g. ``Openstack-Auth-Receipt``: the receipt
        that completes a multi-factor authentication)."""
        return self._sealed.values.get(name.lower())

    def _text(self) -> str:
        text = f"{self.method} {self.url} returned {self.status}"
        if self.request_id:
            text += f" (request {self.request_id})"
        if self.message:
            text += f": {self.message}"
        return text

    def scrub(self, secrets: Iterable[str]) -> None:
        """Remove every remembered secret, and ``secrets`` (those the request
        carried), from the URL, headers, body and message the server sent."""
        from .pipeline.redact import scrub, scrub_body, scrub_headers

        extra = list(secrets)
        self.url = scrub(self.url, extra)
        self.headers = scrub_headers(self.headers, extra)
        self.body = scrub_body(self.body, extra)
        self.request_id = request_id_of(self.headers)
        self.message = scrub(error_message(self.body), extra)
        if self.args:
            self.args = (self._text(),)

    @property
    def status_code(self) -> int:
        """The HTTP status (openstacksdk's name for ``status``)."""
        return self.status

    @property
    def retry_after(self) -> str | None:
        """The raw Retry-After header, if the server sent one."""
        return self.headers.get("Retry-After") or self.headers.get("retry-after")


class BadRequest(HTTPError):
    status = 400


class Unauthorized(HTTPError):
    status = 401


class Forbidden(HTTPError):
    status = 403


class NotFound(HTTPError):
    status = 404


class MethodNotAllowed(HTTPError):
    status = 405


class NotAcceptable(HTTPError):
    status = 406


class Conflict(HTTPError):
    status = 409


class PreconditionFailed(HTTPError):
    status = 412


class RequestEntityTooLarge(HTTPError):
    status = 413


class UnsupportedMediaType(HTTPError):
    status = 415


class TooManyRequests(HTTPError):
    status = 429


class ServerError(HTTPError):
    """Any 5xx answer."""

    status = 500


class ServiceUnavailable(ServerError):
    status = 503


_BY_STATUS: dict[int, type[HTTPError]] = {
    cls.status: cls
    for cls in (
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        NotAcceptable,
        Conflict,
        PreconditionFailed,
        RequestEntityTooLarge,
        UnsupportedMediaType,
        TooManyRequests,
        ServiceUnavailable,
    )
}


def error_class(status: int) -> type[HTTPError]:
    """The most specific HTTPError subclass for ``status``."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return HTTPError


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The request id the server gave (scrubbed: it is shown in messages and logs)."""
    for name in ("X-Openstack-Request-Id", "X-Compute-Request-Id", "X-Trans-Id"):
        for key, value in headers.items():
            if key.lower() == name.lower():
                if not isinstance(value, str) or not value:
                    return value
                from .pipeline.redact import scrub

                return scrub(value)
    return None


def error_message(body: bytes) -> str:
    """The human message of an OpenStack error body, in any of its envelopes.

    Known shapes: ``{"error": {"message": ...}}`` (keystone),
    ``{"itemNotFound": {"message": ...}}`` (nova), ``{"NeutronError":
    {"message": ...}}``, ``{"errors": [{"detail": ...}]}`` (placement),
    ``{"message": ...}`` / ``{"faultstring": ...}``, Heat's ``{"title": ..., "error":
    {"message": ...}}`` (the nested message wins over the title), Barbican's ``{"title": ...,
    "description": ...}``, Huawei Cloud's API gateway
    ``{"error_code": ..., "error_msg": ...}``, and plain text (on one line).
    At most 500 characters, whatever the body's size or shape.
    """
    if not body:
        return ""
    from .pipeline.jsonparse import parse_json

    try:
        data: Any = parse_json(body)
    except ValueError:  # (UnicodeDecodeError is one)
        text = body[: _MESSAGE_MAX * 4].decode("utf-8", "replace")
        return " ".join(text.split())[:_MESSAGE_MAX]
    return _message_from(data)[:_MESSAGE_MAX]


_MESSAGE_MAX = 500
#: how deep into an error body a message is looked for (envelopes are one or two deep)
_MESSAGE_DEPTH = 8


def _message_from(data: Any, depth: int = 0) -> str:
    if isinstance(data, str):
        return data[: _MESSAGE_MAX * 4]
    if depth >= _MESSAGE_DEPTH:
        return ""
    if isinstance(data, list):
        found = (_message_from(d, depth + 1) for d in data[:20])
        return "; ".join(m for m in found if m)
    if not isinstance(data, dict):
        return ""
    for key in ("message", "detail", "faultstring", "error_description", "error_msg"):
        value = data.get(key)
        if isinstance(value, str) and value:
            return value[: _MESSAGE_MAX * 4]
    if "errors" in data:
        return _message_from(data["errors"], depth + 1)
    if len(data) == 1:
        return _message_from(next(iter(data.values())), depth + 1)
    if isinstance(data.get("error"), (dict, str)):
        # Heat: {"code": 400, "title": "Bad Request", "explanation": ...,
        #        "error": {"message": <the reason>, "type": ...}}
        nested = _message_from(data["error"], depth + 1)
        if nested:
            return nested
    # Barbican: {"code": 400, "title": "Bad Request", "description": <the reason>}
    for key in ("description", "title", "explanation"):
        value = data.get(key)
        if isinstance(value, str) and value:
            return value[: _MESSAGE_MAX * 4]
    return ""
