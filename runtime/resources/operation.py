"""Declarative descriptions of API operations, written by the generator.

A generated function builds nothing itself: it hands an :class:`Operation`
(what the spec says) and the caller's arguments to the service client.
"""

from __future__ import annotations

from .microversion import Window

REQUEST_KINDS = ("none", "json", "json-null", "json-patch", "binary")
RESPONSE_KINDS = ("json", "empty", "headers", "binary", "stream", "location", "list", "job")
PAGING_KINDS = ("single", "linked", "marker", "offset", "page")


class Paging:
    """How a list operation moves from one page to the next.

    - ``single``: one request.
    - ``linked``: the next URL is in the body at ``next`` (``links.next``,
      ``next``, ``servers_links[rel=next].href``).
    - ``marker``: the next request sets ``marker_param`` to ``marker_field``
      of the last item (``name|subdir``: the first of these the item has).
    - ``offset``: ``offset_param`` advances by the items received.
    - ``page``: ``page_param`` counts pages from ``first_page``.

    Every kind stops on an empty page. When ``next`` names where the body
    says there is more (any kind: marker paging can read Glance's next link
    as the signal and still build its own query), a page without it is the
    last; otherwise a page shorter than the ``limit_param`` the caller set is.
    """

    __slots__ = (
        "kind",
        "next",
        "limit_param",
        "marker_param",
        "marker_field",
        "offset_param",
        "page_param",
        "first_page",
        "count",
        "complete_without_limit",
    )

    def __init__(
        self,
        kind: str = "single",
        *,
        next: str | None = None,
        limit_param: str | None = "limit",
        marker_param: str = "marker",
        marker_field: str = "id",
        offset_param: str = "offset",
        page_param: str = "page",
        first_page: int = 1,
        count: str | None = None,
        complete_without_limit: bool = False,
    ) -> None:
        if kind not in PAGING_KINDS:
            raise ValueError(f"unknown paging kind {kind!r}")
        self.kind = kind
        self.next = next
        self.limit_param = limit_param
        self.marker_param = marker_param
        self.marker_field = marker_field
        self.offset_param = offset_param
        self.page_param = page_param
        self.first_page = first_page
        #: dotted path of the total number of items in a page's body (``Page.total``)
        self.count = count
        #: without the caller's limit the server sends every item on one page
        self.complete_without_limit = complete_without_limit


SINGLE = Paging("single")


class Operation:
    """One HTTP operation of a resource, as its spec describes it."""

    __slots__ = (
        "name",
        "method",
        "path",
        "ok",
        "request_kind",
        "request_key",
        "content_type",
        "response_kind",
        "response_key",
        "response_headers",
        "paging",
        "window",
        "headers",
        "authenticated",
        "checksum_header",
        "root",
        "item_key",
        "idempotent",
        "job_id",
    )

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        *,
        ok: tuple[int, ...] = (200,),
        request_kind: str = "none",
        request_key: str | None = None,
        content_type: str | None = None,
        response_kind: str = "json",
        response_key: str | None = None,
        response_headers: tuple[tuple[str, str], ...] = (),
        paging: Paging | None = None,
        since: str | None = None,
        until: str | None = None,
        headers: tuple[tuple[str, str], ...] = (),
        authenticated: bool = True,
        checksum_header: str | None = None,
        root: bool = False,
        item_key: str | None = None,
        idempotent: bool | None = None,
        job_id: str = "job_id",
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.ok = ok
        self.request_kind = request_kind
        self.request_key = request_key
        self.content_type = content_type
        self.response_kind = response_kind
        self.response_key = response_key
        #: (model attribute, response header) pairs copied into the model
        self.response_headers = response_headers
        self.paging = paging
        self.window = Window(since, until)
        self.headers = headers
        #: False for calls that must not carry (or renew) a token: issuing one
        self.authenticated = authenticated
        #: stream responses: the header carrying the body's MD5 (ETag, Content-MD5)
        self.checksum_header = checksum_header
        #: the path is relative to the server's root, not the endpoint (version lists)
        self.root = root
        #: list items each wrapped in an object under this key (Nova's keypairs)
        self.item_key = item_key
        #: may be sent twice without harm: None decides by method (retry.py);
        #: True for a POST the spec marks ``idempotent: true``
        self.idempotent = idempotent
        #: response_kind "job": the body member holding the job's id
        self.job_id = job_id

    def __repr__(self) -> str:
        return f"Operation({self.name}: {self.method} {self.path})"
