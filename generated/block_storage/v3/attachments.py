# Generated from block-storage/v3/attachments.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A volume attachment of the attachments API (3.27 and later), which replaces the
os-reserve/os-initialize_connection/os-attach sequence: create one without a connector to
reserve the volume, update it with the host's connector to get the connection info, complete
it (3.44) once the volume is connected, delete it to detach. A connector makes Cinder ask the
volume service, so only connector-less attachments work without one."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Attachment(Model):
    """A volume attachment of the attachments API (3.27 and later), which replaces the
    os-reserve/os-initialize_connection/os-attach sequence: create one without a connector to
    reserve the volume, update it with the host's connector to get the connection info,
    complete it (3.44) once the volume is connected, delete it to detach. A connector makes
    Cinder ask the volume service, so only connector-less attachments work without one."""

    id: str
    """The attachment's ID (a UUID)."""

    status: (
        Literal[
            "reserved",
            "attaching",
            "attached",
            "detached",
            "error_attaching",
            "error_detaching",
            "deleted",
        ]
        | Unset
    ) = UNSET
    """The attachment's state (reserved until a connector is given)."""

    instance: str | None | Unset = UNSET
    """The server the attachment is for."""

    volume_id: str | Unset = UNSET
    """The attached volume."""

    attach_mode: str | None | Unset = UNSET
    """rw or ro."""

    attached_at: str | Unset = UNSET
    """When it was attached (ISO 8601), or an empty string while it is not."""

    detached_at: str | Unset = UNSET
    """When it was detached (ISO 8601), or an empty string."""

    connection_info: dict[str, Any] | None | Unset = UNSET
    """How the host connects to the volume (driver_volume_type, data, ...); empty until a
    connector was given."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("status", "status", t.STRING),
        Field("instance", "instance", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("attach_mode", "attach_mode", t.STRING),
        Field("attached_at", "attached_at", t.STRING),
        Field("detached_at", "detached_at", t.STRING),
        Field("connection_info", "connection_info", t.map_of(t.ANY)),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    all_tenants: bool | Unset = UNSET
    """Administrators - attachments of every project."""

    volume_id: str | Unset = UNSET
    """Attachments of this volume."""

    instance_id: str | Unset = UNSET
    """Attachments for this server."""

    status: str | Unset = UNSET
    """The attachment's status."""

    attach_status: str | Unset = UNSET
    """The attach status."""

    sort: str | Unset = UNSET
    """Keys with optional directions."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    limit: int | Unset = UNSET
    """The most attachments a page holds."""

    marker: str | Unset = UNSET
    """Start after the attachment with this ID."""

    offset: int | Unset = UNSET
    """Skip this many first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("volume_id", "volume_id", t.STRING, location="query"),
        Param("instance_id", "instance_id", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("attach_status", "attach_status", t.STRING, location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    volume_uuid: str = REQUIRED
    """The volume to attach."""

    instance_uuid: str | Unset = UNSET
    """The server it is for."""

    connector: dict[str, Any] | None | Unset = UNSET
    """The host's connector properties."""

    mode: Literal["rw", "ro"] | Unset = UNSET
    """Read-write (default) or read-only."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_uuid", "volume_uuid", t.STRING, required=True),
        Param("instance_uuid", "instance_uuid", t.STRING),
        Param("connector", "connector", t.map_of(t.ANY), nullable=True),
        Param("mode", "mode", t.STRING, enum=("rw", "ro"), since="3.54"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    connector: dict[str, Any] = REQUIRED
    """The host's connector properties."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("connector", "connector", t.map_of(t.ANY), required=True),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "attachments.list",
    "GET",
    "/attachments",
    ok=(200, 203),
    response_key="attachments",
    paging=Paging("marker"),
    since="3.27",
)
_GET = Operation(
    "attachments.get",
    "GET",
    "/attachments/{attachment_id}",
    ok=(200, 203),
    response_key="attachment",
    since="3.27",
)
_CREATE = Operation(
    "attachments.create",
    "POST",
    "/attachments",
    ok=(200,),
    request_kind="json",
    request_key="attachment",
    response_key="attachment",
    since="3.27",
)
_UPDATE = Operation(
    "attachments.update",
    "PUT",
    "/attachments/{attachment_id}",
    ok=(200,),
    request_kind="json",
    request_key="attachment",
    response_key="attachment",
    since="3.27",
)
_DELETE = Operation(
    "attachments.delete",
    "DELETE",
    "/attachments/{attachment_id}",
    ok=(200,),
    response_kind="empty",
    since="3.27",
)
_LIST_DETAIL = Operation(
    "attachments.list_detail",
    "GET",
    "/attachments/detail",
    ok=(200, 203),
    response_key="attachments",
    paging=Paging("marker"),
    since="3.27",
)
_COMPLETE = Operation(
    "attachments.complete",
    "POST",
    "/attachments/{attachment_id}/action",
    ok=(204,),
    request_kind="json-null",
    request_key="os-complete",
    response_kind="empty",
    since="3.44",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Attachment]:
    """List attachments in brief (id, status, instance, volume_id)."""
    return client.pager(
        _LIST, None, model=Attachment, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    attachment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Attachment]:
    """Show an attachment with its connection info."""
    return client.call(
        _GET,
        {"attachment_id": attachment_id},
        model=Attachment,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Attachment]:
    """Attach a volume (available, or in-use for a multiattach volume). Without a connector this
    only reserves the volume (status reserved); a connector also makes the connection (needs
    the volume service)."""
    return client.call(
        _CREATE, None, model=Attachment, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    attachment_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Attachment]:
    """Give a reserved attachment the host's connector; returns it with the connection info."""
    return client.call(
        _UPDATE,
        {"attachment_id": attachment_id},
        model=Attachment,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    attachment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Detach (delete the attachment); the volume goes back to available when it was the last
    one."""
    return client.call(
        _DELETE, {"attachment_id": attachment_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Attachment]:
    """List attachments with every attribute (the filters and paging of list)."""
    return client.pager(
        _LIST_DETAIL, None, model=Attachment, opts=opts, microversion=microversion, timeout=timeout
    )


def complete(
    client: ServiceClient,
    attachment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Mark the attachment attached and its volume in-use once the host connected it (3.44)."""
    return client.call(
        _COMPLETE, {"attachment_id": attachment_id}, microversion=microversion, timeout=timeout
    )


def extract_attachments(page: Page[Any]) -> builtins.list[Attachment]:
    """The Attachment items of a page (or of ``all_pages()``)."""
    return page.extract_as(Attachment)
