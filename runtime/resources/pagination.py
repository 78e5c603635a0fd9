"""Pagers: ``each_page``, ``all_pages`` and lazy item iteration, for every paging kind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .. import errors
from ..errors import request_id_of
from .result import decode_items, decode_json, unwrap

if TYPE_CHECKING:
    from ..pipeline.request import Request
    from .fields import Model
    from .operation import Operation
    from .service import ServiceClient

T = TypeVar("T", bound="Model")
M = TypeVar("M", bound="Model")

#: A hard stop for servers whose links never end.
MAX_PAGES = 1_000_000


class Page(Generic[T]):
    """One page of a listing: the HTTP answer plus its raw items."""

    def __init__(
        self,
        *,
        items: list[dict[str, Any]],
        body: Any,
        status_code: int,
        headers: Any,
        url: str,
        model: type[T],
        total: int | None = None,
        what: str = "page",
    ) -> None:
        self.items = items
        self.body = body
        self.status_code = status_code
        self.headers = headers
        self.url = url
        self.model = model
        #: the total number of matching items, where the API says (paging ``count``)
        self.total = total
        #: what errors name: the operation that fetched the page
        self.what = what

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.headers) if self.headers else None

    def is_empty(self) -> bool:
        return not self.items

    def extract(self) -> list[T]:
        """The page's items as models."""
        return self.extract_as(self.model)

    def extract_as(self, model: type[M]) -> list[M]:
        """The page's items decoded as ``model`` (extension extractors use this)."""
        return decode_items(model, self.items, self.what)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        from ..pipeline.redact import scrub

        return f"Page({len(self.items)} items from {scrub(self.url)})"


def follow_link(body: Any, expr: str) -> str | None:
    """Evaluate a next-link expression: ``links.next``, ``next``,
    ``servers_links[rel=next].href``."""
    value = body_path(body, expr)
    return value if isinstance(value, str) and value else None


def body_path(body: Any, expr: str) -> Any:
    """The value at a dotted path of a decoded body (``metadata.total_count``); a
    ``[key=value]`` step picks the first list entry with that member. None when absent."""
    value: Any = body
    for part in expr.split("."):
        name, _, filt = part.partition("[")
        if name:
            if not isinstance(value, dict):
                return None
            value = value.get(name)
        if filt:
            key, _, wanted = filt.rstrip("]").partition("=")
            if not isinstance(value, list):
                return None
            value = next((v for v in value if isinstance(v, dict) and v.get(key) == wanted), None)
        if value is None:
            return None
    return value


def resolve_link(endpoint: str, page_url: str, link: str) -> str:
    """The URL a next link names.

    Services write root-relative links as if they were served at the host's
    root (Glance: ``/v2/images?marker=...``). Behind a path prefix
    (``http://host/image/v2``) that would drop the prefix, so a link that
    starts with the tail of the endpoint's path keeps the part before it.
    """
    from urllib.parse import urljoin, urlsplit

    from ..pipeline.urls import forbidden

    # urljoin drops tabs and newlines and reads "\\" as a letter: such a link is refused
    # as it is (the provider checks the resolved URL and its host again before sending)
    bad = forbidden(link) if isinstance(link, str) else "it is not text"
    if bad is not None:
        raise errors.UnsafeRedirect(f"refusing the next link the server sent: {bad}")
    if not link.startswith("/") or link.startswith("//"):
        return urljoin(page_url, link)
    parts = urlsplit(endpoint)
    root = f"{parts.scheme}://{parts.netloc}"
    path = parts.path.rstrip("/")
    if link == path or link.startswith(path + "/") or link.startswith(path + "?"):
        return root + link
    segments = path.split("/")
    for i in range(1, len(segments)):
        tail = "/".join(segments[i:])
        if tail and (link.startswith("/" + tail + "/") or link.startswith("/" + tail + "?")):
            return root + "/".join(segments[:i]) + link
    return root + link


def _unwrap_items(items: list[Any], key: str, name: str) -> list[dict[str, Any]]:
    """``[{"keypair": {...}}, ...]`` -> ``[{...}, ...]``."""
    out = []
    for item in items:
        inner = item.get(key) if isinstance(item, dict) else None
        if not isinstance(inner, dict):
            raise errors.ResponseError(
                f"{name}: expected every item wrapped as {{{key!r}: {{...}}}}"
            )
        out.append(inner)
    return out


class Pager(Generic[T]):
    """Lazily walks the pages of a list operation.

    ``each_page(handler)`` calls ``handler(page)`` until it returns False;
    ``all_pages()`` returns one page holding every item; iterating the pager
    yields models one at a time, fetching pages as needed.
    """

    def __init__(
        self, client: ServiceClient, op: Operation, request: Request, model: type[T]
    ) -> None:
        self.client = client
        self.operation = op
        #: the first page's request (service.py builds it); later pages re-target it
        self.request = request
        self.model = model

    @property
    def url(self) -> str:
        """The first page's URL."""
        return self.request.url

    @property
    def query(self) -> list[tuple[str, str]]:
        """The first page's query pairs."""
        return list(self.request.query or ())

    def _fetch(self, url: str, query: list[tuple[str, str]] | None) -> Page[T]:
        op = self.operation
        resp = self.client.provider.send(self.request.with_url(url, query))
        body = decode_json(resp, op.name)
        items = unwrap(body, op.response_key, op.name)
        if items is None:
            items = []
        if not isinstance(items, list):
            raise errors.ResponseError(f"{op.name}: expected a list of items")
        if op.item_key is not None:
            items = _unwrap_items(items, op.item_key, op.name)
        total = None
        if op.paging is not None and op.paging.count:
            found = body_path(body, op.paging.count)
            total = found if isinstance(found, int) and not isinstance(found, bool) else None
        return Page(
            items=items,
            body=body,
            status_code=resp.status_code,
            headers=resp.headers,
            url=resp.url,
            model=self.model,
            total=total,
            what=op.name,
        )

    def pages(self) -> Iterator[Page[T]]:
        """Yield each page in turn, fetching the next one only when asked."""
        paging = self.operation.paging
        kind = paging.kind if paging else "single"
        query = self.query  # a fresh list
        limit = _int_param(query, paging.limit_param if paging else None)
        url: str = self.url
        params: list[tuple[str, str]] | None = query
        seen = _Repeats()
        link: str | None = None
        if paging is not None and kind == "page" and limit is not None:
            if _int_param(query, paging.page_param) is None:
                # some APIs page only when both the page and its size are sent
                query = _replace(query, paging.page_param, str(paging.first_page))
                params = query
        previous: list[dict[str, Any]] | None = None
        for _ in range(MAX_PAGES):
            page = self._fetch(url, params)
            yield page
            if kind == "single" or not page.items:
                return
            assert paging is not None
            if limit is None and paging.complete_without_limit:
                return  # without a page size this API answers everything at once
            if kind in ("offset", "page") and _same_items(page.items, previous):
                raise errors.ResponseError(
                    f"{self.operation.name}: the server sent the same page again "
                    f"(it ignores {paging.page_param if kind == 'page' else paging.offset_param!r})"
                )
            previous = page.items
            if paging.next is not None:
                # the server says whether there is more: trust it, not the page size
                # (a server may cap the page below the limit asked for)
                link = follow_link(page.body, paging.next)
                if link is None:
                    return
            elif limit is not None and len(page.items) < limit:
                return  # without a link, a short page is the last one
            if kind == "linked":
                assert link is not None
                url, params = resolve_link(self.client.endpoint, page.url, link), None
                if seen.again(url):
                    raise errors.ResponseError(f"{self.operation.name}: next link repeats {url}")
            elif kind == "marker":
                last = page.items[-1]
                marker = None
                if isinstance(last, dict):  # "name|subdir": the first field the item has
                    marker = next(
                        (
                            last[f]
                            for f in paging.marker_field.split("|")
                            if last.get(f) is not None
                        ),
                        None,
                    )
                if marker is None and link is not None:
                    # a sparse listing (Neutron's fields=name) leaves the id out: the
                    # server's own next link names the marker (only its value is used)
                    marker = _query_value(link, paging.marker_param)
                if marker is None or isinstance(marker, (bool, dict, list)):
                    raise errors.ResponseError(
                        f"{self.operation.name}: last item has no {paging.marker_field!r} for the marker"
                    )
                params = _replace(query, paging.marker_param, str(marker))
                if seen.again(str(marker)):
                    raise errors.ResponseError(f"{self.operation.name}: marker repeats {marker}")
            elif kind == "offset":
                start = _int_param(query, paging.offset_param) or 0
                query = _replace(query, paging.offset_param, str(start + len(page.items)))
                params = query
            elif kind == "page":
                current = _int_param(query, paging.page_param)
                current = paging.first_page if current is None else current
                query = _replace(query, paging.page_param, str(current + 1))
                params = query
        raise errors.ResponseError(f"{self.operation.name}: more than {MAX_PAGES} pages")

    def each_page(self, handler: Callable[[Page[T]], bool | None]) -> None:
        """Call ``handler`` for every page; a ``False`` return stops early."""
        for page in self.pages():
            if handler(page) is False:
                return

    def all_pages(self) -> Page[T]:
        """Fetch every page and return one page with all their items."""
        items: list[dict[str, Any]] = []
        last: Page[T] | None = None
        total: int | None = None
        for page in self.pages():
            items.extend(page.items)
            total = page.total if last is None else total
            last = page
        assert last is not None
        key, item_key = self.operation.response_key, self.operation.item_key
        wire: list[Any] = [{item_key: item} for item in items] if item_key else items
        return Page(
            items=items,
            body={key: wire} if key else wire,
            status_code=last.status_code,
            headers=last.headers,
            url=self.url,
            model=self.model,
            total=total,
            what=self.operation.name,
        )

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.extract()


class _Repeats:
    """Loop detection in constant memory (Brent's algorithm): a sequence of markers or
    links that cycles is caught before twice the pages a first repeat needs (bounded by
    MAX_PAGES anyway); a listing of millions of items keeps one value, not a set of them
    all."""

    __slots__ = ("saved", "power", "steps")

    def __init__(self) -> None:
        self.saved: str | None = None
        self.power = 1
        self.steps = 0

    def again(self, value: str) -> bool:
        """Whether ``value`` closes a cycle of the values seen so far."""
        if value == self.saved:
            return True
        self.steps += 1
        if self.steps == self.power:
            self.saved, self.power, self.steps = value, self.power * 2, 0
        return False


def _query_value(link: str, name: str) -> str | None:
    """The last ``name`` parameter of a link's query, if any."""
    from urllib.parse import parse_qsl, urlsplit

    try:
        pairs = parse_qsl(urlsplit(link).query)
    except ValueError:
        return None
    return next((v for k, v in reversed(pairs) if k == name and v), None)


def _same_items(items: list[Any], previous: list[Any] | None) -> bool:
    """Whether a page repeats the one before (False for items too deeply nested to compare)."""
    try:
        return items == previous
    except RecursionError:
        return False


def _int_param(query: list[tuple[str, str]], name: str | None) -> int | None:
    if name is None:
        return None
    for key, value in query:
        if key == name:
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _replace(query: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    return [(k, v) for k, v in query if k != name] + [(name, value)]
