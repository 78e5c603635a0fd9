"""One API request, as an immutable record: what a service client builds once for an
operation, what a pager re-targets for the next page (:meth:`Request.with_url`), and
what :meth:`ProviderClient.send` takes. Nothing here sends or encodes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..record import Frozen

_NO_HEADERS: Mapping[str, str] = {}


class Request(Frozen):
    """Method, URL, query pairs, headers and body of a request, and how to send it:
    the status codes that mean success (``ok``), whether it carries credentials
    (``authenticated``), may be sent twice (``idempotent``: None decides by method),
    streams its answer (``stream``) and its ``timeout``.  ``secrets``: what gives the
    values the spec marks sensitive among the options the request was built from (to
    scrub from what the server echoes; called only when the answer is an error); None
    derives them from the body's member names."""

    _fields = (
        "method",
        "url",
        "query",
        "headers",
        "json",
        "data",
        "ok",
        "authenticated",
        "stream",
        "timeout",
        "idempotent",
        "secrets",
    )
    method: str
    url: str
    query: tuple[tuple[str, str], ...] | None
    headers: Mapping[str, str]
    json: Any
    data: Any
    ok: tuple[int, ...]
    authenticated: bool
    stream: bool
    timeout: float | tuple[float, float] | None
    idempotent: bool | None
    secrets: Callable[[], list[str]] | None

    def __init__(
        self,
        method: str,
        url: str,
        *,
        query: Iterable[tuple[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
        data: Any = None,
        ok: Iterable[int] = (200,),
        authenticated: bool = True,
        stream: bool = False,
        timeout: float | tuple[float, float] | None = None,
        idempotent: bool | None = None,
        secrets: Callable[[], list[str]] | None = None,
    ) -> None:
        self._init(
            method=method,
            url=url,
            query=tuple(query) if query is not None else None,
            headers=headers if headers is not None else _NO_HEADERS,
            json=json,
            data=data,
            ok=tuple(ok),
            authenticated=authenticated,
            stream=stream,
            timeout=timeout,
            idempotent=idempotent,
            secrets=secrets,
        )

    def with_url(self, url: str, query: Iterable[tuple[str, str]] | None = None) -> Request:
        """The same request sent to ``url`` with ``query`` (a pager's next page)."""
        return self._replace(url=url, query=tuple(query) if query is not None else None)

    def __repr__(self) -> str:
        from .urls import safe

        return f"Request({self.method} {safe(self.url)})"
