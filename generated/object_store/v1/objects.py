# Generated from object-store/v1/objects.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An object (named bytes plus metadata) in a container. Listing entries come from the container
listing (JSON body); head reads the same attributes, and more, from response headers. With a
delimiter, listings also hold pseudo-directory entries that only have subdir. Object names may
contain "/" (it is sent percent-encoded)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, BinaryData, Download, Field, Model, Operation, Opts
from stacksdk.runtime import Page, Pager, Paging, Param, RequestTimeout, Result, ServiceClient
from stacksdk.runtime import Unset


class WriteResult(Model):
    """What the response headers of an upload or a copy say about the object written."""

    etag: str | Unset = UNSET
    """The MD5 of the content written, as hex (for a static large object manifest, quoted and of
    the segments' ETags)."""

    last_modified: datetime.datetime | Unset = UNSET
    """When the object was written."""

    copied_from: str | Unset = UNSET
    """For a copy, the source "<container>/<object>"."""

    copied_from_account: str | Unset = UNSET
    """For a copy from another account, that account."""

    copied_from_last_modified: datetime.datetime | Unset = UNSET
    """For a copy, when the source was last modified."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("etag", "etag", t.STRING, header="ETag"),
        Field("last_modified", "last_modified", t.DATETIME, header="Last-Modified"),
        Field("copied_from", "copied_from", t.STRING, header="X-Copied-From"),
        Field(
            "copied_from_account", "copied_from_account", t.STRING, header="X-Copied-From-Account"
        ),
        Field(
            "copied_from_last_modified",
            "copied_from_last_modified",
            t.DATETIME,
            header="X-Copied-From-Last-Modified",
        ),
    )


class Object(Model):
    """An object (named bytes plus metadata) in a container. Listing entries come from the
    container listing (JSON body); head reads the same attributes, and more, from response
    headers. With a delimiter, listings also hold pseudo-directory entries that only have
    subdir. Object names may contain "/" (it is sent percent-encoded)."""

    name: str | Unset = UNSET
    """The object name (listings only; unset in head results and subdir entries)."""

    etag: str | Unset = UNSET
    """The MD5 of the content, as hex. For large object manifests it is the MD5 of the segments'
    ETags instead, and head returns it in double quotes."""

    size: int | Unset = UNSET
    """The size in bytes."""

    content_type: str | Unset = UNSET
    """The MIME type stored with the object."""

    last_modified: datetime.datetime | Unset = UNSET
    """When the object was written or its metadata last changed (listings: ISO 8601 with
    microseconds; head: the HTTP date, to the second)."""

    subdir: str | Unset = UNSET
    """A pseudo-directory (common prefix up to the delimiter); such entries have nothing else."""

    symlink_path: str | Unset = UNSET
    """For a symlink, the path of its target ("/v1/<account>/<container>/<object>"); listings
    only."""

    symlink_etag: str | Unset = UNSET
    """For a static symlink, the ETag its target must have; listings only."""

    symlink_bytes: int | Unset = UNSET
    """For a static symlink, the size of its target; listings only."""

    slo_etag: str | Unset = UNSET
    """For a static large object, the MD5 of the whole content (quoted); listings only."""

    timestamp: datetime.datetime | Unset = UNSET
    """When this version of the object was written (head only)."""

    delete_at: datetime.datetime | Unset = UNSET
    """When the object expires (head only)."""

    content_encoding: str | Unset = UNSET
    """The Content-Encoding stored with the object (head only)."""

    content_disposition: str | Unset = UNSET
    """The Content-Disposition stored with the object (head only)."""

    object_manifest: str | Unset = UNSET
    """For a dynamic large object, the "<container>/<prefix>" of its segments (head only)."""

    static_large_object: bool | Unset = UNSET
    """True for a static large object manifest (head only)."""

    symlink_target: str | Unset = UNSET
    """For a symlink read with symlink=get, its target "<container>/<object>" (head only)."""

    symlink_target_account: str | Unset = UNSET
    """For a cross-account symlink, the target's account (head only)."""

    metadata: dict[str, str] | Unset = UNSET
    """Every X-Object-Meta-* header (head only), keyed by the lower-cased name after the prefix."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("etag", "hash", t.STRING, header="ETag"),
        Field("size", "bytes", t.INTEGER, header="Content-Length"),
        Field("content_type", "content_type", t.STRING, header="Content-Type"),
        Field("last_modified", "last_modified", t.DATETIME, header="Last-Modified"),
        Field("subdir", "subdir", t.STRING),
        Field("symlink_path", "symlink_path", t.STRING),
        Field("symlink_etag", "symlink_etag", t.STRING),
        Field("symlink_bytes", "symlink_bytes", t.INTEGER),
        Field("slo_etag", "slo_etag", t.STRING),
        Field("timestamp", "timestamp", t.DATETIME, header="X-Timestamp"),
        Field("delete_at", "delete_at", t.DATETIME, header="X-Delete-At"),
        Field("content_encoding", "content_encoding", t.STRING, header="Content-Encoding"),
        Field("content_disposition", "content_disposition", t.STRING, header="Content-Disposition"),
        Field("object_manifest", "object_manifest", t.STRING, header="X-Object-Manifest"),
        Field(
            "static_large_object", "static_large_object", t.BOOLEAN, header="X-Static-Large-Object"
        ),
        Field("symlink_target", "symlink_target", t.STRING, header="X-Symlink-Target"),
        Field(
            "symlink_target_account",
            "symlink_target_account",
            t.STRING,
            header="X-Symlink-Target-Account",
        ),
        Field("metadata", "metadata", t.map_of(t.STRING), header_prefix="X-Object-Meta-"),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The page size (the cluster caps it, 10,000 by default)."""

    marker: str | Unset = UNSET
    """Only names after this one."""

    end_marker: str | Unset = UNSET
    """Only names before this one."""

    prefix: str | Unset = UNSET
    """Only names that start with this."""

    delimiter: str | Unset = UNSET
    """A character that folds names sharing a prefix up to it into one subdir entry (with prefix:
    browse a pseudo-directory tree)."""

    path: str | Unset = UNSET
    """Only the objects directly under this pseudo-directory (older form of prefix and delimiter
    "/")."""

    reverse: bool | Unset = UNSET
    """Descending order."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("end_marker", "end_marker", t.STRING, location="query"),
        Param("prefix", "prefix", t.STRING, location="query"),
        Param("delimiter", "delimiter", t.STRING, location="query"),
        Param("path", "path", t.STRING, location="query"),
        Param("reverse", "reverse", t.BOOLEAN, location="query"),
    )


class UploadOpts(Opts):
    """Options of upload."""

    content_type: str | Unset = UNSET
    """The MIME type to store (default application/octet-stream)."""

    detect_content_type: bool | Unset = UNSET
    """Let Swift guess the MIME type from the name's extension, ignoring content_type."""

    etag: str | Unset = UNSET
    """The MD5 of data as hex; the server refuses (422) a body that does not match."""

    if_none_match: Literal["*"] | Unset = UNSET
    """"*": fail with 412 instead of replacing an existing object."""

    delete_after: int | Unset = UNSET
    """Expire the object this many seconds from now."""

    delete_at: int | Unset = UNSET
    """Expire the object at this Unix time (seconds)."""

    content_disposition: str | Unset = UNSET
    """A Content-Disposition to store and return on download."""

    content_encoding: str | Unset = UNSET
    """A Content-Encoding to store and return on download (e.g. gzip)."""

    object_manifest: str | Unset = UNSET
    """Make this a dynamic large object manifest of the segments "<container>/<prefix>" (data
    usually empty)."""

    multipart_manifest: Literal["put"] | Unset = UNSET
    """"put": data is a static large object manifest (a JSON list of segments)."""

    symlink_target: str | Unset = UNSET
    """Make this a symlink to "<container>/<object>" (URL-encoded; data must be empty)."""

    symlink_target_account: str | Unset = UNSET
    """With symlink_target, the target's account."""

    metadata: dict[str, str] | Unset = UNSET
    """Custom metadata, one X-Object-Meta-<key> header per entry."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("content_type", "Content-Type", t.STRING, location="header"),
        Param("detect_content_type", "X-Detect-Content-Type", t.BOOLEAN, location="header"),
        Param("etag", "ETag", t.STRING, location="header"),
        Param("if_none_match", "If-None-Match", t.STRING, location="header", enum=("*",)),
        Param("delete_after", "X-Delete-After", t.INTEGER, location="header"),
        Param("delete_at", "X-Delete-At", t.INTEGER, location="header"),
        Param("content_disposition", "Content-Disposition", t.STRING, location="header"),
        Param("content_encoding", "Content-Encoding", t.STRING, location="header"),
        Param("object_manifest", "X-Object-Manifest", t.STRING, location="header"),
        Param(
            "multipart_manifest", "multipart-manifest", t.STRING, location="query", enum=("put",)
        ),
        Param("symlink_target", "X-Symlink-Target", t.STRING, location="header"),
        Param("symlink_target_account", "X-Symlink-Target-Account", t.STRING, location="header"),
        Param("metadata", "X-Object-Meta-", t.map_of(t.STRING), location="header", style="prefix"),
    )


class DownloadOpts(Opts):
    """Options of download."""

    range: str | Unset = UNSET
    """Byte ranges, e.g. "bytes=0-99", "bytes=-5" (the server answers 206)."""

    if_match: str | Unset = UNSET
    """Only if the ETag matches (412 otherwise)."""

    if_none_match: str | Unset = UNSET
    """Only if the ETag differs (304 otherwise)."""

    if_modified_since: str | Unset = UNSET
    """An HTTP date."""

    if_unmodified_since: str | Unset = UNSET
    """An HTTP date."""

    multipart_manifest: Literal["get"] | Unset = UNSET
    """"get": return a large object's manifest instead of its content."""

    symlink: Literal["get"] | Unset = UNSET
    """"get": return the symlink itself instead of its target."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("range", "Range", t.STRING, location="header"),
        Param("if_match", "If-Match", t.STRING, location="header"),
        Param("if_none_match", "If-None-Match", t.STRING, location="header"),
        Param("if_modified_since", "If-Modified-Since", t.STRING, location="header"),
        Param("if_unmodified_since", "If-Unmodified-Since", t.STRING, location="header"),
        Param(
            "multipart_manifest", "multipart-manifest", t.STRING, location="query", enum=("get",)
        ),
        Param("symlink", "symlink", t.STRING, location="query", enum=("get",)),
    )


class UpdateMetadataOpts(Opts):
    """Options of update_metadata."""

    metadata: dict[str, str] | Unset = UNSET
    """The complete custom metadata, one X-Object-Meta-<key> header per entry."""

    content_type: str | Unset = UNSET
    """A new MIME type."""

    content_encoding: str | Unset = UNSET
    """A new Content-Encoding."""

    content_disposition: str | Unset = UNSET
    """A new Content-Disposition."""

    delete_after: int | Unset = UNSET
    """Expire the object this many seconds from now."""

    delete_at: int | Unset = UNSET
    """Expire the object at this Unix time (seconds)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "X-Object-Meta-", t.map_of(t.STRING), location="header", style="prefix"),
        Param("content_type", "Content-Type", t.STRING, location="header"),
        Param("content_encoding", "Content-Encoding", t.STRING, location="header"),
        Param("content_disposition", "Content-Disposition", t.STRING, location="header"),
        Param("delete_after", "X-Delete-After", t.INTEGER, location="header"),
        Param("delete_at", "X-Delete-At", t.INTEGER, location="header"),
    )


class CopyOpts(Opts):
    """Options of copy."""

    destination: str = REQUIRED
    """The target "<container>/<object>", URL-encoded."""

    destination_account: str | Unset = UNSET
    """Copy into this account instead (needs write access there)."""

    fresh_metadata: bool | Unset = UNSET
    """Do not carry the source's custom metadata over."""

    content_type: str | Unset = UNSET
    """The copy's MIME type."""

    content_encoding: str | Unset = UNSET
    """The copy's Content-Encoding."""

    content_disposition: str | Unset = UNSET
    """The copy's Content-Disposition."""

    metadata: dict[str, str] | Unset = UNSET
    """Custom metadata to add to (or override in) the copy."""

    multipart_manifest: Literal["get"] | Unset = UNSET
    """"get": copy a static large object's manifest (sharing the segments), not its content."""

    symlink: Literal["get"] | Unset = UNSET
    """"get": copy the symlink itself, not its target."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("destination", "Destination", t.STRING, location="header", required=True),
        Param("destination_account", "Destination-Account", t.STRING, location="header"),
        Param("fresh_metadata", "X-Fresh-Metadata", t.BOOLEAN, location="header"),
        Param("content_type", "Content-Type", t.STRING, location="header"),
        Param("content_encoding", "Content-Encoding", t.STRING, location="header"),
        Param("content_disposition", "Content-Disposition", t.STRING, location="header"),
        Param("metadata", "X-Object-Meta-", t.map_of(t.STRING), location="header", style="prefix"),
        Param(
            "multipart_manifest", "multipart-manifest", t.STRING, location="query", enum=("get",)
        ),
        Param("symlink", "symlink", t.STRING, location="query", enum=("get",)),
    )


class CopyFromOpts(Opts):
    """Options of copy_from."""

    source: str = REQUIRED
    """The source "<container>/<object>", URL-encoded."""

    source_account: str | Unset = UNSET
    """The source's account, when it is another one."""

    fresh_metadata: bool | Unset = UNSET
    """Do not carry the source's custom metadata over."""

    content_type: str | Unset = UNSET
    """The copy's MIME type."""

    content_encoding: str | Unset = UNSET
    """The copy's Content-Encoding."""

    content_disposition: str | Unset = UNSET
    """The copy's Content-Disposition."""

    delete_after: int | Unset = UNSET
    """Expire the copy this many seconds from now."""

    delete_at: int | Unset = UNSET
    """Expire the copy at this Unix time (seconds)."""

    metadata: dict[str, str] | Unset = UNSET
    """Custom metadata to add to (or override in) the copy."""

    multipart_manifest: Literal["get"] | Unset = UNSET
    """"get": copy a static large object's manifest (sharing the segments), not its content."""

    symlink: Literal["get"] | Unset = UNSET
    """"get": copy the symlink itself, not its target."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("source", "X-Copy-From", t.STRING, location="header", required=True),
        Param("source_account", "X-Copy-From-Account", t.STRING, location="header"),
        Param("fresh_metadata", "X-Fresh-Metadata", t.BOOLEAN, location="header"),
        Param("content_type", "Content-Type", t.STRING, location="header"),
        Param("content_encoding", "Content-Encoding", t.STRING, location="header"),
        Param("content_disposition", "Content-Disposition", t.STRING, location="header"),
        Param("delete_after", "X-Delete-After", t.INTEGER, location="header"),
        Param("delete_at", "X-Delete-At", t.INTEGER, location="header"),
        Param("metadata", "X-Object-Meta-", t.map_of(t.STRING), location="header", style="prefix"),
        Param(
            "multipart_manifest", "multipart-manifest", t.STRING, location="query", enum=("get",)
        ),
        Param("symlink", "symlink", t.STRING, location="query", enum=("get",)),
    )


_LIST = Operation(
    "objects.list",
    "GET",
    "/{container}?format=json",
    ok=(200, 204),
    paging=Paging("marker", marker_field="name|subdir"),
)
_HEAD = Operation(
    "objects.head",
    "HEAD",
    "/{container}/{name}",
    ok=(200, 204),
    response_kind="headers",
)
_DELETE = Operation(
    "objects.delete",
    "DELETE",
    "/{container}/{name}",
    ok=(204,),
    response_kind="empty",
)
_UPLOAD = Operation(
    "objects.upload",
    "PUT",
    "/{container}/{name}",
    ok=(201,),
    request_kind="binary",
    response_kind="headers",
)
_DOWNLOAD = Operation(
    "objects.download",
    "GET",
    "/{container}/{name}",
    ok=(200, 206),
    checksum_header="ETag",
    response_kind="stream",
)
_UPDATE_METADATA = Operation(
    "objects.update_metadata",
    "POST",
    "/{container}/{name}",
    ok=(202,),
    response_kind="empty",
)
_COPY = Operation(
    "objects.copy",
    "COPY",
    "/{container}/{name}",
    ok=(201,),
    response_kind="headers",
)
_COPY_FROM = Operation(
    "objects.copy_from",
    "PUT",
    "/{container}/{name}",
    ok=(201,),
    response_kind="headers",
)


def list(
    client: ServiceClient,
    container: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Object]:
    """List the container's objects (GET on the container, always as JSON), by name; marker
    paging (on name, or subdir for pseudo-directory entries). An empty container answers an
    empty list."""
    return client.pager(
        _LIST,
        {"container": container},
        model=Object,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def head(
    client: ServiceClient,
    container: str,
    name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Object]:
    """The object's size, checksum, type, dates and metadata, read from HEAD response headers."""
    return client.call(
        _HEAD,
        {"container": container, "name": name},
        model=Object,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    container: str,
    name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the object (for a large object manifest, only the manifest; a symlink itself, not
    its target)."""
    return client.call(
        _DELETE, {"container": container, "name": name}, microversion=microversion, timeout=timeout
    )


def upload(
    client: ServiceClient,
    container: str,
    name: str,
    data: BinaryData,
    opts: UploadOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[WriteResult]:
    """Create or replace the object with data (bytes, a binary file object streamed from its
    current position, or an iterable of chunks, sent chunked). Custom metadata not given is
    dropped. Returns the ETag and date of what was stored."""
    return client.call(
        _UPLOAD,
        {"container": container, "name": name},
        model=WriteResult,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def download(
    client: ServiceClient,
    container: str,
    name: str,
    opts: DownloadOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Download:
    """Stream the object's content as stored (a Content-Encoding is not undone); the body is
    checked against the ETag header as it streams, except for a range (206) and large objects
    (SLO/DLO, whose ETag is not the content's MD5). Use as a context manager, or read it
    whole. The response headers (on the Download) carry the same metadata as head."""
    return client.download(
        _DOWNLOAD,
        {"container": container, "name": name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_metadata(
    client: ServiceClient,
    container: str,
    name: str,
    opts: UpdateMetadataOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace the object's custom metadata (POST): metadata not given is removed, and so is the
    expiry unless delete_at or delete_after is given. Content-Type, Content-Encoding and
    Content-Disposition change only when given."""
    return client.call(
        _UPDATE_METADATA,
        {"container": container, "name": name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def copy(
    client: ServiceClient,
    container: str,
    name: str,
    opts: CopyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[WriteResult]:
    """Server-side copy of this object to destination (COPY; the copy middleware). The copy keeps
    the source's metadata, plus what is given here, unless fresh_metadata."""
    return client.call(
        _COPY,
        {"container": container, "name": name},
        model=WriteResult,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def copy_from(
    client: ServiceClient,
    container: str,
    name: str,
    opts: CopyFromOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[WriteResult]:
    """Server-side copy into this object from source (PUT with X-Copy-From and an empty body);
    the same as copy seen from the target."""
    return client.call(
        _COPY_FROM,
        {"container": container, "name": name},
        model=WriteResult,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_objects(page: Page[Any]) -> builtins.list[Object]:
    """The Object items of a page (or of ``all_pages()``)."""
    return page.extract_as(Object)
