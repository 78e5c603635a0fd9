"""Results: what a call returns before ``extract()`` turns it into models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .. import errors
from ..errors import request_id_of
from ..pipeline.jsonparse import parse_json

if TYPE_CHECKING:
    import requests

    from .fields import Model
    from .operation import Operation

T = TypeVar("T")
M = TypeVar("M", bound="Model")


def decode_json(resp: requests.Response, what: str) -> Any:
    """The JSON body of ``resp``; ``ResponseError`` when it is not JSON."""
    if not resp.content:
        return None
    try:
        return parse_json(resp.content)
    except ValueError as exc:
        ctype = str(resp.headers.get("Content-Type", "?"))[:100]
        reason = "nested too deeply" if "too deeply" in str(exc) else "not JSON"
        raise errors.ResponseError(
            f"{what}: expected a JSON body, got {len(resp.content)} bytes of {ctype} ({reason})"
        ) from None


def unwrap(body: Any, key: str | None, what: str) -> Any:
    """``body[key]`` (or the body itself without a key), checked."""
    if key is None:
        return body
    if not isinstance(body, dict) or key not in body:
        raise errors.ResponseError(f"{what}: the response has no {key!r} key")
    return body[key]


def decode_items(model: type[M], items: list[Any], what: str) -> list[M]:
    """Every item of a list as ``model``; ``ResponseError`` naming the first item
    that is not a JSON object."""
    from_dict = model.from_dict
    try:
        return [from_dict(item) for item in items]
    except errors.ResponseError:
        i = next((i for i, x in enumerate(items) if not isinstance(x, dict)), None)
        if i is None:
            raise
        shown = "null" if items[i] is None else type(items[i]).__name__
        raise errors.ResponseError(f"{what}: item {i} is {shown}, not a JSON object") from None


class Result(Generic[T]):
    """An HTTP answer: ``status_code``, ``headers``, ``body``, ``request_id``,
    and ``extract()`` for the typed value the operation returns."""

    def __init__(
        self,
        resp: requests.Response,
        op: Operation,
        model: type[Model] | None = None,
    ) -> None:
        self.response = resp
        self.operation = op
        self.status_code = resp.status_code
        self.headers = resp.headers
        self.url = resp.url
        self._model = model
        self._body: Any = _UNREAD

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.headers)

    @property
    def body(self) -> Any:
        """The decoded JSON body (None when there is none)."""
        if self._body is _UNREAD:
            if self.operation.response_kind in ("json", "list", "job"):
                self._body = decode_json(self.response, self.operation.name)
            else:
                self._body = None
        return self._body

    @property
    def location(self) -> str | None:
        return self.headers.get("Location")

    def extract(self) -> T:
        """The typed value: a model, a list of models, a header value or None."""
        op = self.operation
        kind = op.response_kind
        if kind == "empty":
            return None  # type: ignore[return-value]
        if kind == "location":
            return self.location  # type: ignore[return-value]
        if kind == "headers":
            if self._model is not None:
                return self._model.from_headers(self.headers)  # type: ignore[return-value]
            return dict(self.headers)  # type: ignore[return-value]
        if kind == "job":  # an asynchronous job: its id, for wait_for_job
            body = self.body
            job = body.get(op.job_id) if isinstance(body, dict) else None
            if not isinstance(job, str) or not job:
                raise errors.ResponseError(f"{op.name}: the response has no {op.job_id!r}")
            return job  # type: ignore[return-value]
        if kind == "binary":
            return _read_all(self.response, op)  # type: ignore[return-value]
        data = unwrap(self.body, op.response_key, op.name)
        if self._model is None:
            return data  # type: ignore[no-any-return]
        if kind == "list":
            if not isinstance(data, list):
                raise errors.ResponseError(f"{op.name}: expected a list, got {type(data).__name__}")
            return decode_items(self._model, data, op.name)  # type: ignore[return-value]
        return self.extract_as(self._model)  # type: ignore[return-value]

    def extract_as(self, model: type[M]) -> M:
        """Decode the body as ``model`` — what extension extractors use."""
        data = unwrap(self.body, self.operation.response_key, self.operation.name)
        if not isinstance(data, dict):
            raise errors.ResponseError(
                f"{self.operation.name}: expected a JSON object, got {type(data).__name__}"
            )
        obj = model.from_dict(data)
        for attr, header in self.operation.response_headers:
            value = self.headers.get(header)
            if value is not None and hasattr(obj, attr):
                setattr(obj, attr, value)
        return obj

    def __repr__(self) -> str:
        return f"Result({self.operation.name}, status={self.status_code})"


_UNREAD: Any = object()


def _read_all(resp: requests.Response, op: Operation) -> bytes:
    """The whole (streamed) body; a connection that breaks mid-body is a ConnectionFailed."""
    import requests as _requests

    try:
        return resp.content
    except _requests.exceptions.RequestException as exc:
        raise errors.ConnectionFailed(
            f"the body broke off: {type(exc).__name__}", method=op.method, url=resp.url
        ) from exc
