# Generated from image/v2/images.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An image: a disk image record (its base attributes plus free-form custom properties) and, once
uploaded or imported, its data. Glance puts custom properties at the top level of the image;
the model keeps every key it does not declare in ``extra``, which is where custom properties
(os_distro, hw_*, ...) are read."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, BinaryData, Download, Field, Model, Operation, Opts
from stacksdk.runtime import Page, Pager, Paging, Param, RequestTimeout, Result, ServiceClient
from stacksdk.runtime import Unset
from stacksdk.image.v2.locations import Location
from stacksdk.image.v2.tasks import Task


class ImportMethod(Model):
    """How import_image gets the data: the method name and the options that method reads."""

    name: Literal["glance-direct", "web-download", "copy-image", "glance-download"] | Unset = UNSET
    """glance-direct (data staged with stage), web-download (fetched from uri), copy-image (an
    active image copied to more stores) or glance-download (fetched from the same image ID in
    another region's Glance). The site may enable only some (see import_info.get)."""

    uri: str | Unset = UNSET
    """web-download only; the URL the data is fetched from."""

    glance_image_id: str | Unset = UNSET
    """glance-download only; the image ID (a UUID) in the other region."""

    glance_region: str | Unset = UNSET
    """glance-download only; the region to download from."""

    glance_service_interface: str | Unset = UNSET
    """glance-download only; the catalog interface used to reach that region's Glance (default
    public)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "name",
            "name",
            t.STRING,
            enum=("glance-direct", "web-download", "copy-image", "glance-download"),
        ),
        Field("uri", "uri", t.STRING),
        Field("glance_image_id", "glance_image_id", t.STRING),
        Field("glance_region", "glance_region", t.STRING),
        Field("glance_service_interface", "glance_service_interface", t.STRING),
    )


class Image(Model):
    """An image: a disk image record (its base attributes plus free-form custom properties) and,
    once uploaded or imported, its data. Glance puts custom properties at the top level of the
    image; the model keeps every key it does not declare in ``extra``, which is where custom
    properties (os_distro, hw_*, ...) are read."""

    id: str
    """The image ID (a UUID). May be chosen on create; generated otherwise."""

    name: str | None | Unset = UNSET
    """A descriptive name (not unique); None when the image was created without one."""

    status: (
        Literal[
            "queued",
            "saving",
            "active",
            "killed",
            "deleted",
            "pending_delete",
            "deactivated",
            "uploading",
            "importing",
        ]
        | Unset
    ) = UNSET
    """Where the image is in its life cycle: queued (no data yet), saving, uploading (data staged
    for import), importing, active, deactivated, killed (an upload failed), pending_delete or
    deleted."""

    visibility: Literal["public", "community", "shared", "private"] | Unset = UNSET
    """Who may use the image: public (everyone, listed for all), community (everyone, listed only
    for the owner), shared (the owner and accepted members) or private (the owner only).
    Glance defaults to shared."""

    protected: bool | Unset = UNSET
    """A protected image cannot be deleted until this is set back to false."""

    os_hidden: bool | Unset = UNSET
    """Hidden images are left out of listings unless the list asks for os_hidden=true."""

    container_format: str | None | Unset = UNSET
    """The container format (bare, ovf, ova, ami, ari, aki, docker, compressed; the allowed set
    is deployment configuration). Must be set before data is uploaded or imported."""

    disk_format: str | None | Unset = UNSET
    """The disk format (raw, qcow2, vmdk, vdi, vhd, vhdx, iso, ploop, ami, ari, aki, ...; the
    allowed set is deployment configuration). Must be set before data is uploaded or imported."""

    min_disk: int | Unset = UNSET
    """The disk size (GiB) a server booted from the image needs at least."""

    min_ram: int | Unset = UNSET
    """The memory (MiB) a server booted from the image needs at least."""

    owner: str | None | Unset = UNSET
    """The project that owns the image. Only an administrator may change it."""

    tags: builtins.list[str] | Unset = UNSET
    """Free-form tags; an update replaces the whole list (add_tag/delete_tag change one)."""

    size: int | None | Unset = UNSET
    """The size of the image data in bytes; None until there is data."""

    virtual_size: int | None | Unset = UNSET
    """The virtual disk size in bytes when Glance could determine it."""

    checksum: str | None | Unset = UNSET
    """The MD5 of the image data (hex); None until there is data."""

    os_hash_algo: str | None | Unset = UNSET
    """The algorithm of os_hash_value (sha512 by default)."""

    os_hash_value: str | None | Unset = UNSET
    """The secure hash of the image data (hex)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the image record was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When the image record last changed."""

    locations: builtins.list[Location] | Unset = UNSET
    """Where the data is stored; only sent when the deployment enables show_multiple_locations
    (and often only to administrators)."""

    direct_url: str | Unset = UNSET
    """The URL of the data in its store; only sent when the deployment enables
    show_image_direct_url."""

    stores: str | Unset = UNSET
    """The IDs of the stores holding the data, comma-separated; only with multiple stores
    enabled."""

    os_glance_import_task: str | Unset = UNSET
    """The ID of the import task currently working on the image (a lock Glance sets)."""

    os_glance_importing_to_stores: str | Unset = UNSET
    """Comma-separated stores an import or copy is still writing to."""

    os_glance_failed_import: str | Unset = UNSET
    """Comma-separated stores an import or copy failed to write to."""

    self_link: str | Unset = UNSET
    """The path of the image (/v2/images/<id>)."""

    file: str | Unset = UNSET
    """The path of the image data (/v2/images/<id>/file)."""

    schema: str | Unset = UNSET
    """The path of the image JSON schema."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("status", "status", t.STRING),
        Field(
            "visibility", "visibility", t.STRING, enum=("public", "community", "shared", "private")
        ),
        Field("protected", "protected", t.BOOLEAN),
        Field("os_hidden", "os_hidden", t.BOOLEAN),
        Field("container_format", "container_format", t.STRING),
        Field("disk_format", "disk_format", t.STRING),
        Field("min_disk", "min_disk", t.INTEGER),
        Field("min_ram", "min_ram", t.INTEGER),
        Field("owner", "owner", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("size", "size", t.INTEGER),
        Field("virtual_size", "virtual_size", t.INTEGER),
        Field("checksum", "checksum", t.STRING),
        Field("os_hash_algo", "os_hash_algo", t.STRING),
        Field("os_hash_value", "os_hash_value", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("locations", "locations", t.list_of(t.model(Location))),
        Field("direct_url", "direct_url", t.STRING),
        Field("stores", "stores", t.STRING),
        Field("os_glance_import_task", "os_glance_import_task", t.STRING),
        Field("os_glance_importing_to_stores", "os_glance_importing_to_stores", t.STRING),
        Field("os_glance_failed_import", "os_glance_failed_import", t.STRING),
        Field("self_link", "self", t.STRING),
        Field("file", "file", t.STRING),
        Field("schema", "schema", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Exact name, or "in:a,b" for any of several (quote names holding commas)."""

    id: str | Unset = UNSET
    """Exact ID, or "in:<id>,<id>"."""

    visibility: Literal["public", "private", "shared", "community", "all"] | Unset = UNSET

    member_status: Literal["pending", "accepted", "rejected", "all"] | Unset = UNSET
    """For shared images, the caller's membership status to match (default accepted)."""

    owner: str | Unset = UNSET
    """The owning project ID."""

    status: str | Unset = UNSET
    """An image status, or "in:saving,queued"."""

    container_format: str | Unset = UNSET
    """A container format, or "in:bare,ovf"."""

    disk_format: str | Unset = UNSET
    """A disk format, or "in:raw,qcow2"."""

    size_min: int | Unset = UNSET
    """The smallest data size in bytes."""

    size_max: int | Unset = UNSET
    """The largest data size in bytes."""

    protected: bool | Unset = UNSET

    os_hidden: bool | Unset = UNSET
    """True lists only hidden images; default: only visible ones."""

    tag: builtins.list[str] | Unset = UNSET
    """Only images carrying every one of these tags (tag=a&tag=b)."""

    created_at: str | Unset = UNSET
    """An operator and an ISO 8601 time joined by a colon, e.g. "gt:2016-04-18T21:38:54Z";
    operators are gt, gte, eq, neq, lt and lte."""

    updated_at: str | Unset = UNSET
    """An operator and a time, as for created_at."""

    sort: str | Unset = UNSET
    """Keys with optional directions, e.g. "name:asc,status:desc" (not with sort_key/sort_dir)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort keys (name, status, container_format, disk_format, size, id, created_at, updated_at);
    one sort_dir applies to all, or one per key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc", one for all keys or one per sort_key."""

    limit: int | Unset = UNSET
    """The page size (capped by the deployment's api_limit_max)."""

    marker: str | Unset = UNSET
    """The ID of the last image of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param(
            "visibility",
            "visibility",
            t.STRING,
            location="query",
            enum=("public", "private", "shared", "community", "all"),
        ),
        Param(
            "member_status",
            "member_status",
            t.STRING,
            location="query",
            enum=("pending", "accepted", "rejected", "all"),
        ),
        Param("owner", "owner", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("container_format", "container_format", t.STRING, location="query"),
        Param("disk_format", "disk_format", t.STRING, location="query"),
        Param("size_min", "size_min", t.INTEGER, location="query"),
        Param("size_max", "size_max", t.INTEGER, location="query"),
        Param("protected", "protected", t.BOOLEAN, location="query"),
        Param("os_hidden", "os_hidden", t.BOOLEAN, location="query"),
        Param("tag", "tag", t.list_of(t.STRING), location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    id: str | Unset = UNSET
    """The image ID (a UUID). May be chosen on create; generated otherwise."""

    name: str | None | Unset = UNSET
    """A descriptive name (not unique); None when the image was created without one."""

    visibility: Literal["public", "community", "shared", "private"] | Unset = UNSET
    """Who may use the image: public (everyone, listed for all), community (everyone, listed only
    for the owner), shared (the owner and accepted members) or private (the owner only).
    Glance defaults to shared."""

    protected: bool | Unset = UNSET
    """A protected image cannot be deleted until this is set back to false."""

    os_hidden: bool | Unset = UNSET
    """Hidden images are left out of listings unless the list asks for os_hidden=true."""

    container_format: str | None | Unset = UNSET
    """The container format (bare, ovf, ova, ami, ari, aki, docker, compressed; the allowed set
    is deployment configuration). Must be set before data is uploaded or imported."""

    disk_format: str | None | Unset = UNSET
    """The disk format (raw, qcow2, vmdk, vdi, vhd, vhdx, iso, ploop, ami, ari, aki, ...; the
    allowed set is deployment configuration). Must be set before data is uploaded or imported."""

    min_disk: int | Unset = UNSET
    """The disk size (GiB) a server booted from the image needs at least."""

    min_ram: int | Unset = UNSET
    """The memory (MiB) a server booted from the image needs at least."""

    owner: str | None | Unset = UNSET
    """The project that owns the image. Only an administrator may change it."""

    tags: builtins.list[str] | Unset = UNSET
    """Free-form tags; an update replaces the whole list (add_tag/delete_tag change one)."""

    properties: dict[str, str] | Unset = UNSET
    """Custom properties, sent as top-level members of the image (values are strings; os_glance_*
    and a few other names are reserved)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING),
        Param("name", "name", t.STRING, nullable=True),
        Param(
            "visibility", "visibility", t.STRING, enum=("public", "community", "shared", "private")
        ),
        Param("protected", "protected", t.BOOLEAN),
        Param("os_hidden", "os_hidden", t.BOOLEAN),
        Param("container_format", "container_format", t.STRING, nullable=True),
        Param("disk_format", "disk_format", t.STRING, nullable=True),
        Param("min_disk", "min_disk", t.INTEGER),
        Param("min_ram", "min_ram", t.INTEGER),
        Param("owner", "owner", t.STRING, nullable=True),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("properties", "properties", t.map_of(t.STRING), style="members"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """A descriptive name (not unique); None when the image was created without one."""

    visibility: Literal["public", "community", "shared", "private"] | Unset = UNSET
    """Who may use the image: public (everyone, listed for all), community (everyone, listed only
    for the owner), shared (the owner and accepted members) or private (the owner only).
    Glance defaults to shared."""

    protected: bool | Unset = UNSET
    """A protected image cannot be deleted until this is set back to false."""

    os_hidden: bool | Unset = UNSET
    """Hidden images are left out of listings unless the list asks for os_hidden=true."""

    container_format: str | None | Unset = UNSET
    """The container format (bare, ovf, ova, ami, ari, aki, docker, compressed; the allowed set
    is deployment configuration). Must be set before data is uploaded or imported."""

    disk_format: str | None | Unset = UNSET
    """The disk format (raw, qcow2, vmdk, vdi, vhd, vhdx, iso, ploop, ami, ari, aki, ...; the
    allowed set is deployment configuration). Must be set before data is uploaded or imported."""

    min_disk: int | Unset = UNSET
    """The disk size (GiB) a server booted from the image needs at least."""

    min_ram: int | Unset = UNSET
    """The memory (MiB) a server booted from the image needs at least."""

    owner: str | None | Unset = UNSET
    """The project that owns the image. Only an administrator may change it."""

    tags: builtins.list[str] | Unset = UNSET
    """Free-form tags; an update replaces the whole list (add_tag/delete_tag change one)."""

    properties: dict[str, Any] | Unset = UNSET
    """Custom properties to set (string values) or, with None, remove; removing one the image
    does not have fails (409)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param(
            "visibility", "visibility", t.STRING, enum=("public", "community", "shared", "private")
        ),
        Param("protected", "protected", t.BOOLEAN),
        Param("os_hidden", "os_hidden", t.BOOLEAN),
        Param("container_format", "container_format", t.STRING, nullable=True),
        Param("disk_format", "disk_format", t.STRING, nullable=True),
        Param("min_disk", "min_disk", t.INTEGER),
        Param("min_ram", "min_ram", t.INTEGER),
        Param("owner", "owner", t.STRING, nullable=True),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("properties", "properties", t.map_of(t.ANY), style="members"),
    )


class UploadOpts(Opts):
    """Options of upload."""

    store: str | Unset = UNSET
    """The store to write to (multiple stores only); default the default store."""

    size: int | Unset = UNSET
    """The expected data size in bytes; Glance refuses data of another size."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("store", "X-Image-Meta-Store", t.STRING, location="header"),
        Param("size", "x-openstack-image-size", t.INTEGER, location="header"),
    )


class DownloadOpts(Opts):
    """Options of download."""

    prefer: builtins.list[str] | Unset = UNSET
    """Store IDs to try first, in order (Glance 2026.1 and later, multiple stores only)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("prefer", "prefer", t.list_of(t.STRING), location="query", style="comma"),
    )


class StageOpts(Opts):
    """Options of stage."""

    size: int | Unset = UNSET
    """The expected data size in bytes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("size", "x-openstack-image-size", t.INTEGER, location="header"),
    )


class ImportImageOpts(Opts):
    """Options of import_image."""

    method: ImportMethod = REQUIRED
    """The import method and its options."""

    stores: builtins.list[str] | Unset = UNSET
    """Stores to import into (multiple stores only); not with all_stores."""

    all_stores: bool | Unset = UNSET
    """Import into every store of the site (multiple stores only)."""

    all_stores_must_succeed: bool | Unset = UNSET
    """When true (the default) a failure in one store fails the import and removes the data
    everywhere; false keeps the stores that succeeded (needs multiple stores)."""

    store: str | Unset = UNSET
    """The older way to name one store; read only when stores is not given."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("method", "method", t.model(ImportMethod), required=True),
        Param("stores", "stores", t.list_of(t.STRING)),
        Param("all_stores", "all_stores", t.BOOLEAN),
        Param("all_stores_must_succeed", "all_stores_must_succeed", t.BOOLEAN),
        Param("store", "X-Image-Meta-Store", t.STRING, location="header"),
    )


_LIST = Operation(
    "images.list",
    "GET",
    "/images",
    ok=(200, 203),
    response_key="images",
    paging=Paging("marker", next="next"),
)
_GET = Operation(
    "images.get",
    "GET",
    "/images/{image_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "images.create",
    "POST",
    "/images",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "images.update",
    "PATCH",
    "/images/{image_id}",
    ok=(200,),
    request_kind="json-patch",
    content_type="application/openstack-images-v2.1-json-patch",
)
_DELETE = Operation(
    "images.delete",
    "DELETE",
    "/images/{image_id}",
    ok=(204,),
    response_kind="empty",
)
_UPLOAD = Operation(
    "images.upload",
    "PUT",
    "/images/{image_id}/file",
    ok=(204,),
    request_kind="binary",
    content_type="application/octet-stream",
    response_kind="empty",
)
_DOWNLOAD = Operation(
    "images.download",
    "GET",
    "/images/{image_id}/file",
    ok=(200, 204),
    checksum_header="Content-MD5",
    response_kind="stream",
)
_STAGE = Operation(
    "images.stage",
    "PUT",
    "/images/{image_id}/stage",
    ok=(204,),
    request_kind="binary",
    content_type="application/octet-stream",
    response_kind="empty",
)
_IMPORT_IMAGE = Operation(
    "images.import_image",
    "POST",
    "/images/{image_id}/import",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_DEACTIVATE = Operation(
    "images.deactivate",
    "POST",
    "/images/{image_id}/actions/deactivate",
    ok=(204,),
    response_kind="empty",
)
_REACTIVATE = Operation(
    "images.reactivate",
    "POST",
    "/images/{image_id}/actions/reactivate",
    ok=(204,),
    response_kind="empty",
)
_ADD_TAG = Operation(
    "images.add_tag",
    "PUT",
    "/images/{image_id}/tags/{tag}",
    ok=(204,),
    response_kind="empty",
)
_DELETE_TAG = Operation(
    "images.delete_tag",
    "DELETE",
    "/images/{image_id}/tags/{tag}",
    ok=(204,),
    response_kind="empty",
)
_LIST_TASKS = Operation(
    "images.list_tasks",
    "GET",
    "/images/{image_id}/tasks",
    ok=(200,),
    response_kind="list",
    response_key="tasks",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Image]:
    """List images visible to the caller, newest first unless sorted otherwise. Without
    member_status, shared images are listed only once accepted; hidden images only with
    os_hidden=True."""
    return client.pager(
        _LIST, None, model=Image, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Image]:
    """Show an image."""
    return client.call(
        _GET, {"image_id": image_id}, model=Image, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Image]:
    """Create an image record (status queued, no data). The answer's
    OpenStack-image-import-methods and OpenStack-image-store-ids headers name the site's
    import methods and stores."""
    return client.call(
        _CREATE, None, model=Image, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    image_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Image]:
    """Change an image with a JSON patch built from the options: each set attribute is replaced
    (None replaces it with null where Glance allows that); each properties entry is added
    (which overwrites) or, when None, removed."""
    return client.call(
        _UPDATE,
        {"image_id": image_id},
        model=Image,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an image and its data (not while it is protected)."""
    return client.call(_DELETE, {"image_id": image_id}, microversion=microversion, timeout=timeout)


def upload(
    client: ServiceClient,
    image_id: str,
    data: BinaryData,
    opts: UploadOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Upload the image data (the image must be queued, with container and disk formats set); the
    image becomes active. ``data`` is bytes, a binary file object (streamed) or an iterable of
    chunks."""
    return client.call(
        _UPLOAD,
        {"image_id": image_id},
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def download(
    client: ServiceClient,
    image_id: str,
    opts: DownloadOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Download:
    """Stream the image data. The MD5 Glance announces in Content-MD5 is checked while streaming.
    An image without data answers 204: an empty body."""
    return client.download(
        _DOWNLOAD, {"image_id": image_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def stage(
    client: ServiceClient,
    image_id: str,
    data: BinaryData,
    opts: StageOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Put data in the staging area for a later import_image with the glance-direct method (the
    image must be queued; it becomes uploading). Image API 2.6 and later, when the site
    enables glance-direct."""
    return client.call(
        _STAGE,
        {"image_id": image_id},
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def import_image(
    client: ServiceClient,
    image_id: str,
    opts: ImportImageOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Start an interoperable import (Image API 2.6 and later): glance-direct needs staged data
    (status uploading), web-download and glance-download a queued image, copy-image an active
    one (and admin rights by default). Asynchronous: poll the image (or list_tasks) until it
    is active or the os_glance_failed_import property names stores."""
    return client.call(
        _IMPORT_IMAGE, {"image_id": image_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def deactivate(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Make an active image's data unavailable (downloads then answer 403 for
    non-administrators). Image API 2.3 and later."""
    return client.call(
        _DEACTIVATE, {"image_id": image_id}, microversion=microversion, timeout=timeout
    )


def reactivate(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Make a deactivated image's data available again. Image API 2.3 and later."""
    return client.call(
        _REACTIVATE, {"image_id": image_id}, microversion=microversion, timeout=timeout
    )


def add_tag(
    client: ServiceClient,
    image_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add one tag to the image (idempotent)."""
    return client.call(
        _ADD_TAG, {"image_id": image_id, "tag": tag}, microversion=microversion, timeout=timeout
    )


def delete_tag(
    client: ServiceClient,
    image_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one tag from the image; NotFound when the image does not carry it."""
    return client.call(
        _DELETE_TAG, {"image_id": image_id, "tag": tag}, microversion=microversion, timeout=timeout
    )


def list_tasks(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Task]]:
    """The tasks (imports, location imports) that worked on this image and have not expired yet.
    Image API 2.12 and later."""
    return client.call(
        _LIST_TASKS, {"image_id": image_id}, model=Task, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Image:
    """The one Image whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Image,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="eq",
        queries=(
            {"visibility": "all", "member_status": "all"},
            {"visibility": "all", "member_status": "all", "os_hidden": True},
        ),
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    image_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Image], None] | None = None,
) -> Image:
    """Poll get until the Image's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes killed."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"image_id": image_id},
        model=Image,
        field="status",
        wanted=status,
        failures=("killed",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    image_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Image], None] | None = None,
) -> None:
    """Poll get until the Image is gone (404, or status deleted or pending_delete). Raises
    errors.WaitTimeout after ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"image_id": image_id},
        model=Image,
        field="status",
        deleted=("deleted", "pending_delete"),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_images(page: Page[Any]) -> builtins.list[Image]:
    """The Image items of a page (or of ``all_pages()``)."""
    return page.extract_as(Image)
