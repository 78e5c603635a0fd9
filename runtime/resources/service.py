"""Service clients: one service's endpoint on a provider, and the calls made on it."""

from __future__ import annotations

import re
from _thread import allocate_lock  # threading.Lock, without importing threading
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from .. import errors
from ..endpoints.catalog import EndpointOpts
from ..pipeline.request import Request
from ..record import Frozen
from ..types import Unset
from . import microversion
from .download import Download
from .fields import Model, Opts
from .operation import Operation
from .pagination import Pager
from .result import Result, decode_json

if TYPE_CHECKING:
    import requests

    from ..pipeline.provider import ProviderClient

M = TypeVar("M", bound=Model)


class MicroversionSpec(Frozen):
    """How a service takes microversions: ``OpenStack-API-Version: <service> X.Y``."""

    _fields = ("service", "header", "legacy_header", "min", "max")
    service: str
    header: str
    legacy_header: str | None
    min: str | None
    max: str | None

    def __init__(
        self,
        service: str,
        header: str = "OpenStack-API-Version",
        legacy_header: str | None = None,
        min: str | None = None,
        max: str | None = None,
    ) -> None:
        self._init(service=service, header=header, legacy_header=legacy_header, min=min, max=max)


class JobSpec(Frozen):
    """How a service's asynchronous jobs are polled (``wait_for_job``)."""

    _fields = ("path", "root", "status", "success", "failure", "entities", "reason", "key")
    path: str
    root: bool
    status: str
    success: tuple[str, ...]
    failure: tuple[str, ...]
    entities: str | None
    reason: str | None
    key: str | None

    def __init__(
        self,
        path: str,
        *,
        root: bool = False,
        status: str = "status",
        success: tuple[str, ...] = ("SUCCESS",),
        failure: tuple[str, ...] = ("FAIL",),
        entities: str | None = "entities",
        reason: str | None = "fail_reason",
        key: str | None = None,
    ) -> None:
        self._init(
            path=path,
            root=root,
            status=status,
            success=success,
            failure=failure,
            entities=entities,
            reason=reason,
            key=key,
        )


class ServiceSpec(Frozen):
    """What a generated service package says about its service."""

    _fields = ("type", "version", "aliases", "url_suffix", "microversion", "vendor", "jobs")
    type: str
    version: str
    aliases: tuple[str, ...]
    #: appended to a catalog URL that does not already end in it (e.g. "v3")
    url_suffix: str | None
    microversion: MicroversionSpec | None
    #: the vendor whose profile knows the endpoint when no catalog does ("huaweicloud")
    vendor: str | None
    jobs: JobSpec | None

    def __init__(
        self,
        type: str,
        version: str,
        aliases: tuple[str, ...] = (),
        url_suffix: str | None = None,
        microversion: MicroversionSpec | None = None,
        vendor: str | None = None,
        jobs: JobSpec | None = None,
    ) -> None:
        self._init(
            type=type,
            version=version,
            aliases=aliases,
            url_suffix=url_suffix,
            microversion=microversion,
            vendor=vendor,
            jobs=jobs,
        )


#: services whose last path parameter is the rest of the path, "/" included (Swift's
#: object names); any other path parameter holding "/" is refused (servers decode %2F
#: before routing, so the parameter would name another resource)
_REST_OF_PATH = frozenset({"object-store"})

_negotiated: dict[str, str | None] = {}
_negotiate_lock = allocate_lock()


class ServiceClient:
    """A provider bound to one service endpoint.

    ``microversion`` is the version every call sends unless it passes its
    own; ``None`` negotiates the highest version both sides support.
    """

    def __init__(
        self,
        provider: ProviderClient,
        spec: ServiceSpec,
        endpoint: str,
        microversion: str | None = None,
    ) -> None:
        self.provider = provider
        self.spec = spec
        self.endpoint = endpoint.rstrip("/")
        self.microversion = microversion
        provider.trust_hosts([self.endpoint])

    @classmethod
    def for_service(
        cls, provider: ProviderClient, spec: ServiceSpec, opts: EndpointOpts | None = None
    ) -> ServiceClient:
        """Find the service's endpoint (override, then catalog) and bind to it.

        The client's microversion is the auth options' ``api_versions`` entry for
        the service (clouds.yaml ``compute_api_version: 2.79``) when it names a
        microversion; a major version alone (``2``, ``2.latest``) negotiates.
        """
        opts = opts or EndpointOpts()
        auth = provider.auth
        if auth is None:
            from ..endpoints.resolve import Where, resolve

            where = Where(identity=provider.identity_endpoint.rstrip("/"))
            return cls(provider, spec, resolve(spec, opts, where))
        versions = auth.api_versions
        wanted = next((versions[t] for t in (spec.type, *spec.aliases) if t in versions), None)
        default = None
        if (
            spec.microversion is not None
            and wanted
            and "." in wanted
            and not wanted.endswith("latest")
        ):
            default = wanted
        return cls(provider, spec, auth.endpoint(spec, opts), default)

    # -- building ---------------------------------------------------------

    def url(
        self, path: str, path_params: Mapping[str, Any] | None = None, *, root: bool = False
    ) -> str:
        """The URL of ``path`` below the endpoint (``root``: below the server's root).

        Every ``{name}`` of ``path`` must be given: a placeholder left in would be sent
        as it is (``%7Bstack_name%7D``) and could name another resource."""
        template = path
        if path_params:
            from ..pipeline.urls import encode_segment

            for name, value in path_params.items():
                if value is None or value == "":
                    raise ValueError(f"path parameter {name!r} is empty")
                text = str(value)
                if "/" in text and not (
                    self.spec.type in _REST_OF_PATH and path.endswith("{" + name + "}")
                ):
                    # servers decode %2F before routing: "<id>/tags" would name the tags
                    raise ValueError(
                        f"path parameter {name!r} contains '/': it would name another resource"
                    )
                try:  # one segment whatever it holds: "/", "?", "%" and ".." are encoded
                    segment = encode_segment(text)
                except UnicodeError:
                    raise ValueError(
                        f"path parameter {name!r} is not valid text (a lone surrogate)"
                    ) from None
                path = path.replace("{" + name + "}", segment)
        if "{" in path:  # every value went in percent-encoded: what is left is a placeholder
            missing = ", ".join(_PLACEHOLDER.findall(path))
            raise ValueError(f"path parameter(s) {missing} of {template} not given")
        if root:
            from ..pipeline.urls import host_of

            return host_of(self.endpoint) + path
        return self.endpoint + path

    def effective_microversion(self, op: Operation, override: str | None) -> str | None:
        """The microversion a call uses, checked against the operation's window."""
        if self.spec.microversion is None:
            return None
        version = override or self.microversion or self.negotiate()
        if version is not None:
            microversion.parse(version)
            if op.window and not op.window.contains(version):
                raise errors.MicroversionError(
                    f"{op.name} needs microversion {op.window.describe()}, the call uses {version}"
                )
        return version

    def negotiate(self) -> str | None:
        """The highest microversion both the server and this SDK's spec support."""
        mv = self.spec.microversion
        if mv is None:
            return None
        with _negotiate_lock:
            if self.endpoint not in _negotiated:
                _negotiated[self.endpoint] = self._server_max()
        server = _negotiated[self.endpoint]
        if server is None:
            return mv.min
        if mv.max is not None and microversion.parse(mv.max) < microversion.parse(server):
            return mv.max
        return server

    def _version_document_urls(self) -> list[str]:
        """Where the service's version document may be: at the endpoint, else at the
        server's root (Cinder's catalog URL ``/v3/<project_id>`` and even ``/v3/``
        answer 401 without a token; only ``/`` lists the versions)."""
        from ..pipeline.urls import host_of

        urls = [self.endpoint + "/"]
        root = host_of(self.endpoint) + "/"
        if root not in urls:
            urls.append(root)
        return urls

    def _server_max(self) -> str | None:
        urls = self._version_document_urls()
        for i, url in enumerate(urls):
            try:
                resp = self.provider.request("GET", url, ok=(200, 300), authenticated=False)
                break
            except (errors.Unauthorized, errors.NotFound):
                if i == len(urls) - 1:
                    raise
        what = f"{self.spec.type} version document"
        doc = decode_json(resp, what) or {}
        if not isinstance(doc, dict):
            raise errors.ResponseError(f"{what}: expected a JSON object, got {type(doc).__name__}")
        versions: Any = doc.get("version") or doc.get("versions") or []
        if isinstance(versions, dict) and "values" in versions:
            versions = versions["values"]
        if isinstance(versions, dict):
            versions = [versions]
        if not isinstance(versions, list):
            return None  # nothing readable: the spec's minimum is used
        # a root document lists every API version: prefer ours (id "v3.0" for "v3")
        major = self.spec.version.split(".")[0]
        listed = [v for v in versions if isinstance(v, dict)]
        ours = [
            v for v in listed if isinstance(v.get("id"), str) and v["id"].split(".")[0] == major
        ]
        for v in ours + [v for v in listed if all(v is not o for o in ours)]:
            found = v.get("max_version") or v.get("version")
            if isinstance(found, str) and found:
                try:
                    microversion.parse(found)
                except errors.MicroversionError:
                    continue  # not a microversion ("v2.1"): ignored
                return found
        return None

    def headers(
        self, version: str | None, extra: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        out: dict[str, str] = {}
        mv = self.spec.microversion
        if mv is not None and version is not None:
            out[mv.header] = f"{mv.service} {version}"
            if mv.legacy_header:
                out[mv.legacy_header] = version
        if extra:
            out.update(extra)
        return out

    # -- calling ----------------------------------------------------------

    def call(
        self,
        op: Operation,
        path_params: Mapping[str, Any] | None = None,
        *,
        model: type[Model] | None = None,
        opts: Opts | None = None,
        microversion: str | None = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | tuple[float, float] | None = None,
    ) -> Result[Any]:
        """Run one non-list operation and wrap its answer in a Result.

        The generated function that calls this declares the precise
        ``Result[...]`` type; ``model`` decodes the body for ``extract()``.
        """
        return Result(
            self.send(op, path_params, opts, microversion, data, headers, timeout), op, model
        )

    def download(
        self,
        op: Operation,
        path_params: Mapping[str, Any] | None = None,
        *,
        opts: Opts | None = None,
        microversion: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | tuple[float, float] | None = None,
    ) -> Download:
        """Run an operation whose body is streamed to the caller, never held whole."""
        return Download(self.send(op, path_params, opts, microversion, None, headers, timeout), op)

    def send(
        self,
        op: Operation,
        path_params: Mapping[str, Any] | None,
        opts: Opts | None,
        microversion: str | None,
        data: Any,
        headers: Mapping[str, str] | None,
        timeout: float | tuple[float, float] | None = None,
    ) -> requests.Response:
        """Build the request an operation describes and send it through the provider."""
        return self.provider.send(
            self.build(op, path_params, opts, microversion, data, headers, timeout)
        )

    def build(
        self,
        op: Operation,
        path_params: Mapping[str, Any] | None = None,
        opts: Opts | None = None,
        microversion: str | None = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | tuple[float, float] | None = None,
    ) -> Request:
        """The request an operation describes (the one request builder: calls send it,
        pagers re-target it page by page); ValueError/TypeError for bad arguments."""
        _check_opts(op, opts)
        version = self.effective_microversion(op, microversion)
        query, body, extra_headers, envelope = _split(opts, version)
        send_headers = self.headers(version, dict(op.headers))
        send_headers.update(extra_headers)
        if headers:
            send_headers.update(headers)
        json_body: Any = None
        if op.request_kind == "json":
            json_body = (
                {op.request_key: body, **envelope} if op.request_key else {**body, **envelope}
            )
        elif op.request_kind == "json-null":  # an action that takes no arguments: {"pause": null}
            json_body = {op.request_key: None}
        elif op.request_kind == "json-patch":
            json_body = json_patch(opts, version)
        elif op.request_kind == "binary":
            if data is None:
                raise ValueError(f"{op.name}: no data to send")
            if isinstance(data, (list, tuple)):  # chunks in memory: requests would form-encode them
                data = b"".join(data)
            send_headers.setdefault("Content-Type", "application/octet-stream")
        if op.content_type:
            send_headers["Content-Type"] = op.content_type
        return Request(
            op.method,
            self.url(op.path, path_params, root=op.root),
            query=query or None,
            json=json_body,
            data=data if op.request_kind == "binary" else None,
            headers=send_headers,
            ok=op.ok,
            authenticated=op.authenticated,
            stream=op.response_kind in ("binary", "stream"),
            timeout=timeout,
            idempotent=op.idempotent,
            secrets=partial(own_secrets, opts),  # walked only if the answer is an error
        )

    def pager(
        self,
        op: Operation,
        path_params: Mapping[str, Any] | None = None,
        *,
        model: type[M],
        opts: Opts | None = None,
        microversion: str | None = None,
        timeout: float | tuple[float, float] | None = None,
    ) -> Pager[M]:
        """A lazy pager over a list operation; nothing is sent until it is used."""
        return Pager(
            self, op, self.build(op, path_params, opts, microversion, timeout=timeout), model
        )

    def find(
        self,
        get_op: Operation,
        list_op: Operation,
        name_or_id: str,
        *,
        model: type[M],
        path_params: Mapping[str, Any] | None = None,
        name_field: str = "name",
        id_field: str = "id",
        list_opts: type[Opts] | None = None,
        name_param: str | None = None,
        name_match: str = "exact",
        queries: tuple[Mapping[str, Any], ...] = (),
    ) -> M:
        """The one resource whose id or name is ``name_or_id``, as ``get`` returns it.

        Tries it as an id first; then lists (once per mapping of ``queries``: list
        options that make the listing see what ``get`` sees, e.g. private flavors),
        filtered by name on the server when the list has a name option
        (``list_opts.<name_param>``) usable at the call's microversion, and compares
        names (and ids) exactly on the client. ``name_match`` says how the server
        compares that option (the spec's ``find.match``): the filter sent always
        matches the exact name, or none is sent (see :func:`_name_filter`).
        """
        if not isinstance(name_or_id, str):
            raise ValueError(f"name_or_id must be a str, not {type(name_or_id).__name__}")
        params = dict(path_params or {})
        id_param = _item_param(get_op.path)
        # a get that needs more than the parents and the id (Heat's /stacks/{name}/{id})
        # cannot be tried with the value alone: the listing finds it, and its fields fill in
        # the rest of get's path for the final read
        unknown = [
            n for n in _PLACEHOLDER.findall(get_op.path) if n not in params and n != id_param
        ]
        if not unknown and name_or_id not in ("", ".", ".."):  # these address another resource
            try:
                result = self.call(get_op, {**params, id_param: name_or_id}, model=model)
                return result.extract_as(model)
            except (errors.NotFound, errors.BadRequest):
                pass  # not an id (Nova answers 400 to a name where it wants an integer or UUID)
            except errors.SDKError:
                raise
            except ValueError:
                pass  # refused as a path segment ("a/b"): a name, never an id
        name_filter: dict[str, Any] = {}
        if list_opts is not None and name_param is not None:
            version = self.effective_microversion(list_op, None)
            param = next(p for p in list_opts._params if p.attr == name_param)
            value = _name_filter(name_match, name_or_id)
            if value is not None and (
                version is None or not param.window or param.window.contains(version)
            ):
                # a filter that takes several names gets a list of one
                name_filter[name_param] = [value] if param.kind.name.startswith("list") else value
        matches: dict[Any, M] = {}  # by id: several listings may hold the same resource

        def listing(query: Mapping[str, Any]) -> None:
            options = {**query, **name_filter}
            opts = list_opts(**options) if list_opts is not None and options else None
            for m in self.pager(list_op, params, model=model, opts=opts):
                if (
                    getattr(m, name_field, None) == name_or_id
                    or getattr(m, id_field, None) == name_or_id
                ):
                    matches.setdefault(getattr(m, id_field, None) or id(m), m)

        for query in queries or ({},):
            try:
                listing(query)
            except errors.BadRequest:
                if not query:
                    raise
                # a server may refuse the options that widen the listing (Cinder's
                # resource_filters.json for non-admins): its default listing then
                listing({})
        if not matches:
            raise errors.ResourceNotFound(f"no {model.__name__} with name or id {name_or_id!r}")
        if len(matches) > 1:
            raise errors.NoUniqueMatch(
                f"{len(matches)} {model.__name__} resources are named {name_or_id!r}; use an id"
            )
        found = next(iter(matches.values()))
        found_id = getattr(found, id_field, None)
        if not found_id or (found_id == name_or_id and not unknown):
            return found
        more = {n: getattr(found, n, None) for n in unknown}
        if any(not isinstance(v, str) or not v for v in more.values()):
            return found  # the listing does not say what get's path needs
        # a listing may carry less than get does (Nova's summary list of flavors)
        return self.call(get_op, {**params, **more, id_param: found_id}, model=model).extract_as(
            model
        )


#: characters a regular expression reads as operators, in Python's re (Nova on sqlite),
#: MySQL (ICU, Henry Spencer) and PostgreSQL alike; a backslash makes each literal in all.
_REGEX_OPERATORS = frozenset("\\.^$*+?()[]{}")
#: the longest name filter sent; longer names are compared on the client only
_MAX_NAME_FILTER = 1024


def _name_filter(match: str, name: str) -> str | None:
    """The value of a list's name option that matches exactly ``name`` (and,
    where the server compares without case, its case variants), or None where
    no value can be trusted to: the listing is then compared on the client only.

    ``match`` is how the server compares (the spec's ``find.match``): ``exact``,
    ``substring`` and ``prefix`` get the name as it is; ``eq`` gets ``eq:<name>``
    (API-WG operator syntax: Glance reads ``in:a,b`` as a list and fails on any
    other ``op:``); ``regex`` gets ``^<name>$`` with every operator escaped;
    ``none``: never filtered on the server.
    """
    if match == "none" or len(name) > _MAX_NAME_FILTER:
        return None
    if match == "eq":
        return "eq:" + name
    if match != "regex":
        return name
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name):
        return None  # control characters: "$" also matches before a final newline
    # "|" goes in brackets: for MySQL Nova rewrites "|" as "\|", so "\|" would become "\\|"
    escaped = "".join("[|]" if c == "|" else "\\" + c if c in _REGEX_OPERATORS else c for c in name)
    return "^" + escaped + "$"


def _check_opts(op: Operation, opts: object) -> None:
    """``TypeError`` naming the options class an operation takes, for anything else
    (a ``dict`` where ``CreateOpts`` belongs)."""
    if opts is None or isinstance(opts, Opts):
        return
    resource, _, action = op.name.rpartition(".")
    expected = "".join(word[:1].upper() + word[1:] for word in action.split("_")) + "Opts"
    raise TypeError(
        f"{op.name}: expected {resource + '.' if resource else ''}{expected} (options), "
        f"got {type(opts).__name__}"
    )


def own_secrets(value: Any, sensitive: bool = False, depth: int = 0) -> list[str]:
    """The strings of options (and the models in them) that their spec marks sensitive:
    what a request built from them carries that the server must not echo back."""
    from ..pipeline.redact import MIN_ECHO_LENGTH

    out: list[str] = []
    if depth > _MAX_SECRET_DEPTH or value is None or isinstance(value, Unset):
        return out
    if isinstance(value, (Opts, Model)):
        table: tuple[Any, ...] = type(value)._params if isinstance(value, Opts) else value._fields
        for entry in table:
            out += own_secrets(
                getattr(value, entry.attr, None), sensitive or entry.sensitive, depth + 1
            )
    elif isinstance(value, str):
        if sensitive and len(value) >= MIN_ECHO_LENGTH:
            out.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            out += own_secrets(item, sensitive, depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            out += own_secrets(item, sensitive, depth + 1)
    return out


_MAX_SECRET_DEPTH = 32


_PLACEHOLDER = re.compile(r"\{([^{}/]+)\}")


def _item_param(path: str) -> str:
    """The last ``{param}`` of an item path: the resource's id parameter."""
    start = path.rfind("{")
    return path[start + 1 : path.rfind("}")]


def _split(
    opts: Opts | None, version: str | None
) -> tuple[list[tuple[str, str]], dict[str, Any], dict[str, str], dict[str, Any]]:
    """Options -> (query pairs, body object, headers, envelope: members of the request
    body beside the request key, e.g. Nova's "os:scheduler_hints" beside "server")."""
    query: list[tuple[str, str]] = []
    body: dict[str, Any] = {}
    headers: dict[str, str] = {}
    envelope: dict[str, Any] = {}
    if opts is None:
        return query, body, headers, envelope
    for p, value in opts.items(version):
        if p.location == "envelope":
            envelope[p.wire] = value
        elif p.location == "body":
            if p.style == "members":  # a map whose entries are members of the body itself
                body.update(value or {})
            else:
                body[p.wire] = value
        elif p.location == "query":
            if p.style == "flag":
                if value:  # a presence flag: servers read any value as true
                    query.append((p.wire, "true"))
            elif isinstance(value, (list, tuple)):
                if p.style == "comma":
                    query.append((p.wire, ",".join(_query_text(v) for v in value)))
                else:
                    query.extend((p.wire, _query_text(v)) for v in value)
            elif value is not None:
                query.append((p.wire, _query_text(value)))
        elif p.location == "header":
            if p.style == "prefix":  # a map sent as one header per entry: X-Object-Meta-<key>
                for key, item in (value or {}).items():
                    if str(key) == "":
                        raise ValueError(
                            f"{p.attr}: a key is empty (the header {p.wire!r} needs a name after it)"
                        )
                    headers[p.wire + str(key)] = "" if item is None else _header_text(item)
            elif value is not None:
                headers[p.wire] = _header_text(value)
    return query, body, headers, envelope


def json_patch(opts: Opts | None, version: str | None) -> list[dict[str, Any]]:
    """RFC 6902 operations for update options: set fields are replaced (None
    replaces with null: declared attributes cannot be removed); a ``members``
    map adds one member per entry, or removes it when the value is None.  Only
    body options become operations (a query option such as Magnum's rollback
    goes in the query string alone)."""
    ops: list[dict[str, Any]] = []
    if opts is None:
        return ops
    for p, value in opts.items(version):
        if p.location != "body":  # query and header options go where they belong, not here
            continue
        if p.style == "members":
            for key, item in (value or {}).items():
                path = "/" + _pointer(str(key))
                ops.append(
                    {"op": "remove", "path": path}
                    if item is None
                    else {"op": "add", "path": path, "value": item}
                )
        else:
            ops.append({"op": "replace", "path": "/" + _pointer(p.wire), "value": value})
    return ops


def _pointer(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _header_text(value: Any) -> str:
    """Header values go out as UTF-8 bytes (http.client writes str as latin-1,
    so non-ASCII text is handed over as its UTF-8 bytes read as latin-1)."""
    text = _query_text(value)
    return text if text.isascii() else text.encode("utf-8").decode("latin-1")


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
