# Generated from object-store/v1/containers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A container of objects. Listing entries come from the account listing (JSON body); head reads
the same attributes, and more, from response headers. With a delimiter, listings also hold
pseudo-directory entries that only have subdir."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class Container(Model):
    """A container of objects. Listing entries come from the account listing (JSON body); head
    reads the same attributes, and more, from response headers. With a delimiter, listings
    also hold pseudo-directory entries that only have subdir."""

    name: str | Unset = UNSET
    """The container name (listings only; unset in head results and subdir entries)."""

    object_count: int | Unset = UNSET
    """The number of objects in the container."""

    bytes_used: int | Unset = UNSET
    """The total size in bytes of the container's objects."""

    last_modified: datetime.datetime | Unset = UNSET
    """When the container was created or its metadata last changed (listings: ISO 8601 with
    microseconds; head: the HTTP date, to the second)."""

    storage_policy: str | Unset = UNSET
    """The name of the container's storage policy."""

    subdir: str | Unset = UNSET
    """A pseudo-directory (common prefix up to the delimiter); such entries have nothing else."""

    timestamp: datetime.datetime | Unset = UNSET
    """When the container was created (head only)."""

    read_acl: str | Unset = UNSET
    """The read ACL (head only; owners only)."""

    write_acl: str | Unset = UNSET
    """The write ACL (head only; owners only)."""

    sync_to: str | Unset = UNSET
    """Where container sync copies objects to (head only)."""

    sync_key: str | Unset = UNSET
    """The container sync secret (head only; owners only)."""

    versions_location: str | Unset = UNSET
    """The container old versions are moved to ("stack" mode legacy versioning)."""

    history_location: str | Unset = UNSET
    """The container old versions are moved to ("history" mode legacy versioning)."""

    versions_enabled: bool | Unset = UNSET
    """Whether object versioning (the object_versioning middleware) is on."""

    quota_bytes: int | Unset = UNSET
    """The container quota in bytes (container_quotas middleware), also in metadata."""

    quota_count: int | Unset = UNSET
    """The container quota in objects (container_quotas middleware), also in metadata."""

    metadata: dict[str, str] | Unset = UNSET
    """Every X-Container-Meta-* header (head only), keyed by the lower-cased name after the
    prefix (quotas, temporary URL keys and CORS settings included). Masked in reprs as a
    whole, because the temporary URL keys are among its entries."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("object_count", "count", t.INTEGER, header="X-Container-Object-Count"),
        Field("bytes_used", "bytes", t.INTEGER, header="X-Container-Bytes-Used"),
        Field("last_modified", "last_modified", t.DATETIME, header="Last-Modified"),
        Field("storage_policy", "storage_policy", t.STRING, header="X-Storage-Policy"),
        Field("subdir", "subdir", t.STRING),
        Field("timestamp", "timestamp", t.DATETIME, header="X-Timestamp"),
        Field("read_acl", "read_acl", t.STRING, header="X-Container-Read"),
        Field("write_acl", "write_acl", t.STRING, header="X-Container-Write"),
        Field("sync_to", "sync_to", t.STRING, header="X-Container-Sync-To"),
        Field("sync_key", "sync_key", t.STRING, sensitive=True, header="X-Container-Sync-Key"),
        Field("versions_location", "versions_location", t.STRING, header="X-Versions-Location"),
        Field("history_location", "history_location", t.STRING, header="X-History-Location"),
        Field("versions_enabled", "versions_enabled", t.BOOLEAN, header="X-Versions-Enabled"),
        Field("quota_bytes", "quota_bytes", t.INTEGER, header="X-Container-Meta-Quota-Bytes"),
        Field("quota_count", "quota_count", t.INTEGER, header="X-Container-Meta-Quota-Count"),
        Field(
            "metadata",
            "metadata",
            t.map_of(t.STRING),
            sensitive=True,
            header_prefix="X-Container-Meta-",
        ),
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
    """A character that folds names sharing a prefix up to it into one subdir entry."""

    reverse: bool | Unset = UNSET
    """Descending order."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("end_marker", "end_marker", t.STRING, location="query"),
        Param("prefix", "prefix", t.STRING, location="query"),
        Param("delimiter", "delimiter", t.STRING, location="query"),
        Param("reverse", "reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    read_acl: str | Unset = UNSET
    """The read ACL, e.g. ".r:*,.rlistings" for a public container."""

    write_acl: str | Unset = UNSET
    """The write ACL, e.g. "<project_id>:*"."""

    storage_policy: str | Unset = UNSET
    """The storage policy name; set at creation only."""

    versions_enabled: bool | Unset = UNSET
    """Turn object versioning on or off (object_versioning middleware)."""

    versions_location: str | Unset = UNSET
    """Legacy versioning, "stack" mode, into this container."""

    history_location: str | Unset = UNSET
    """Legacy versioning, "history" mode, into this container."""

    sync_to: str | Unset = UNSET
    """Container sync destination ("//realm/cluster/account/container")."""

    sync_key: str | Unset = UNSET
    """Container sync secret."""

    quota_bytes: int | Unset = UNSET
    """A quota in bytes (container_quotas middleware)."""

    quota_count: int | Unset = UNSET
    """A quota in objects (container_quotas middleware)."""

    temp_url_key: str | Unset = UNSET
    """A temporary URL key valid for this container's objects."""

    temp_url_key_2: str | Unset = UNSET
    """A second temporary URL key, for rotation."""

    metadata: dict[str, str] | Unset = UNSET
    """Custom metadata, one X-Container-Meta-<key> header per entry; an empty string removes an
    entry."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("read_acl", "X-Container-Read", t.STRING, location="header"),
        Param("write_acl", "X-Container-Write", t.STRING, location="header"),
        Param("storage_policy", "X-Storage-Policy", t.STRING, location="header"),
        Param("versions_enabled", "X-Versions-Enabled", t.BOOLEAN, location="header"),
        Param("versions_location", "X-Versions-Location", t.STRING, location="header"),
        Param("history_location", "X-History-Location", t.STRING, location="header"),
        Param("sync_to", "X-Container-Sync-To", t.STRING, location="header"),
        Param("sync_key", "X-Container-Sync-Key", t.STRING, location="header", sensitive=True),
        Param("quota_bytes", "X-Container-Meta-Quota-Bytes", t.INTEGER, location="header"),
        Param("quota_count", "X-Container-Meta-Quota-Count", t.INTEGER, location="header"),
        Param(
            "temp_url_key",
            "X-Container-Meta-Temp-URL-Key",
            t.STRING,
            location="header",
            sensitive=True,
        ),
        Param(
            "temp_url_key_2",
            "X-Container-Meta-Temp-URL-Key-2",
            t.STRING,
            location="header",
            sensitive=True,
        ),
        Param(
            "metadata", "X-Container-Meta-", t.map_of(t.STRING), location="header", style="prefix"
        ),
    )


class UpdateMetadataOpts(Opts):
    """Options of update_metadata."""

    read_acl: str | Unset = UNSET
    """The read ACL; an empty string removes it."""

    write_acl: str | Unset = UNSET
    """The write ACL; an empty string removes it."""

    versions_enabled: bool | Unset = UNSET
    """Turn object versioning on or off (object_versioning middleware)."""

    versions_location: str | Unset = UNSET
    """Legacy versioning, "stack" mode, into this container; an empty string turns it off."""

    history_location: str | Unset = UNSET
    """Legacy versioning, "history" mode, into this container; an empty string turns it off."""

    sync_to: str | Unset = UNSET
    """Container sync destination."""

    sync_key: str | Unset = UNSET
    """Container sync secret."""

    quota_bytes: int | Unset = UNSET
    """A quota in bytes."""

    quota_count: int | Unset = UNSET
    """A quota in objects."""

    temp_url_key: str | Unset = UNSET
    """A temporary URL key."""

    temp_url_key_2: str | Unset = UNSET
    """A second temporary URL key."""

    metadata: dict[str, str] | Unset = UNSET
    """Custom metadata, one X-Container-Meta-<key> header per entry; an empty string removes an
    entry."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("read_acl", "X-Container-Read", t.STRING, location="header"),
        Param("write_acl", "X-Container-Write", t.STRING, location="header"),
        Param("versions_enabled", "X-Versions-Enabled", t.BOOLEAN, location="header"),
        Param("versions_location", "X-Versions-Location", t.STRING, location="header"),
        Param("history_location", "X-History-Location", t.STRING, location="header"),
        Param("sync_to", "X-Container-Sync-To", t.STRING, location="header"),
        Param("sync_key", "X-Container-Sync-Key", t.STRING, location="header", sensitive=True),
        Param("quota_bytes", "X-Container-Meta-Quota-Bytes", t.INTEGER, location="header"),
        Param("quota_count", "X-Container-Meta-Quota-Count", t.INTEGER, location="header"),
        Param(
            "temp_url_key",
            "X-Container-Meta-Temp-URL-Key",
            t.STRING,
            location="header",
            sensitive=True,
        ),
        Param(
            "temp_url_key_2",
            "X-Container-Meta-Temp-URL-Key-2",
            t.STRING,
            location="header",
            sensitive=True,
        ),
        Param(
            "metadata", "X-Container-Meta-", t.map_of(t.STRING), location="header", style="prefix"
        ),
    )


_LIST = Operation(
    "containers.list",
    "GET",
    "/?format=json",
    ok=(200, 204),
    paging=Paging("marker", marker_field="name|subdir"),
)
_HEAD = Operation(
    "containers.head",
    "HEAD",
    "/{container}",
    ok=(200, 204),
    response_kind="headers",
)
_CREATE = Operation(
    "containers.create",
    "PUT",
    "/{container}",
    ok=(201, 202),
    response_kind="empty",
)
_DELETE = Operation(
    "containers.delete",
    "DELETE",
    "/{container}",
    ok=(204,),
    response_kind="empty",
)
_UPDATE_METADATA = Operation(
    "containers.update_metadata",
    "POST",
    "/{container}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Container]:
    """List the account's containers (GET on the endpoint, always as JSON), by name; marker
    paging. An empty account answers an empty list."""
    return client.pager(
        _LIST, None, model=Container, opts=opts, microversion=microversion, timeout=timeout
    )


def head(
    client: ServiceClient,
    container: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Container]:
    """The container's counters, settings and metadata, read from HEAD response headers."""
    return client.call(
        _HEAD, {"container": container}, model=Container, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    container: str,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Create the container, or update the given settings of an existing one (idempotent: 201
    when created, 202 when it existed)."""
    return client.call(
        _CREATE, {"container": container}, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    container: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the container; it must be empty (409 Conflict otherwise)."""
    return client.call(
        _DELETE, {"container": container}, microversion=microversion, timeout=timeout
    )


def update_metadata(
    client: ServiceClient,
    container: str,
    opts: UpdateMetadataOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Change the container's settings and metadata (POST). Entries not named are kept; an empty
    value removes a setting or a metadata entry."""
    return client.call(
        _UPDATE_METADATA,
        {"container": container},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_containers(page: Page[Any]) -> builtins.list[Container]:
    """The Container items of a page (or of ``all_pages()``)."""
    return page.extract_as(Container)
