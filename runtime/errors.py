"""The one exception tree of stacksdk.

Everything the SDK raises for a failed call derives from :class:`SDKError`.
HTTP failures carry the method, URL, status, request id and the message the
server put in its error body; nothing in them ever holds a token or password.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class SDKError(Exception):
    """Base of every error raised by stacksdk."""


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


class HTTPError(SDKError):
    """The server answered with a status the operation does not accept."""

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
    ) -> None:
        self.method = method
        self.url = url
        self.status = status
        self.headers = dict(headers)
        self.body = body
        self.expected = expected
        self.request_id = request_id_of(headers)
        self.message = error_message(body)
        text = f"{method} {url} returned {status}"
        if self.request_id:
            text += f" (request {self.request_id})"
        if self.message:
            text += f": {self.message}"
        super().__init__(text)

    def scrub(self, secrets: list[str]) -> None:
        """Remove secrets the request carried from what the server echoed back."""
        if not secrets:
            return
        from .redact import scrub

        self.message = scrub(self.message, secrets)
        self.args = tuple(scrub(a, secrets) if isinstance(a, str) else a for a in self.args)
        text = self.body.decode("utf-8", "replace")
        cleaned = scrub(text, secrets)
        if cleaned != text:
            self.body = cleaned.encode("utf-8")

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
    for name in ("X-Openstack-Request-Id", "X-Compute-Request-Id", "X-Trans-Id"):
        for key, value in headers.items():
            if key.lower() == name.lower():
                return value
    return None


def error_message(body: bytes) -> str:
    """The human message of an OpenStack error body, in any of its envelopes.

    Known shapes: ``{"error": {"message": ...}}`` (keystone),
    ``{"itemNotFound": {"message": ...}}`` (nova), ``{"NeutronError":
    {"message": ...}}``, ``{"errors": [{"detail": ...}]}`` (placement),
    ``{"message": ...}`` / ``{"faultstring": ...}``, Huawei Cloud's API gateway
    ``{"error_code": ..., "error_msg": ...}``, and plain text.
    """
    if not body:
        return ""
    import json

    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        text = body.decode("utf-8", "replace").strip()
        return " ".join(text.split())[:500]
    return _message_from(data)[:500]


def _message_from(data: Any) -> str:
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        return "; ".join(m for m in (_message_from(d) for d in data) if m)
    if not isinstance(data, dict):
        return ""
    for key in ("message", "detail", "faultstring", "title", "error_description", "error_msg"):
        value = data.get(key)
        if isinstance(value, str) and value:
            return value
    if "errors" in data:
        return _message_from(data["errors"])
    if len(data) == 1:
        return _message_from(next(iter(data.values())))
    if isinstance(data.get("error"), (dict, str)):
        return _message_from(data["error"])
    return ""
