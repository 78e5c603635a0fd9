# Generated from compute/v2/volume_attachments.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A Cinder volume attached to a server (os-volume_attachments). Attaching and detaching need a
server in a state that allows it (409 otherwise, e.g. for a server still building) and a
volume that is available. The path names the attachment by the attached volume's ID
(attached_volume_id)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class VolumeAttachment(Model):
    """A Cinder volume attached to a server (os-volume_attachments). Attaching and detaching need
    a server in a state that allows it (409 otherwise, e.g. for a server still building) and a
    volume that is available. The path names the attachment by the attached volume's ID
    (attached_volume_id)."""

    volume_id: str
    """The volume's ID. On update: the attached volume's ID to keep it (then only
    delete_on_termination changes, 2.85+), or another volume's ID to swap the volume (admin
    only)."""

    id: str | Unset = UNSET
    """The attachment's ID, which is the volume's ID (returned until 2.88). Accepted on update
    since 2.85 when it is unchanged."""

    server_id: str | Unset = UNSET
    """The server's ID (Nova also accepts it on update since 2.85 when it is unchanged;
    UpdateOpts leaves it out, as it is the path's server_id)."""

    device: str | None | Unset = UNSET
    """The device name in the guest, e.g. /dev/vdb (a hint on attach that most hypervisors
    ignore; accepted on update since 2.85 when unchanged)."""

    tag: str | None | Unset = UNSET
    """A device role tag exposed to the guest (sent on attach since 2.49, returned since 2.70; on
    update since 2.85 only when unchanged)."""

    delete_on_termination: bool | Unset = UNSET
    """Whether the volume is deleted with the server (set on attach since 2.79, returned since
    2.79, changed by update since 2.85)."""

    attachment_id: str | Unset = UNSET
    """The Cinder attachment's ID."""

    bdm_uuid: str | Unset = UNSET
    """The UUID of the server's block device mapping for the volume."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("volume_id", "volumeId", t.STRING),
        Field("id", "id", t.STRING),
        Field("server_id", "serverId", t.STRING),
        Field("device", "device", t.STRING),
        Field("tag", "tag", t.STRING, since="2.49"),
        Field("delete_on_termination", "delete_on_termination", t.BOOLEAN, since="2.79"),
        Field("attachment_id", "attachment_id", t.STRING, since="2.89"),
        Field("bdm_uuid", "bdm_uuid", t.STRING, since="2.89"),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """At most this many attachments."""

    offset: int | Unset = UNSET
    """Skip this many attachments."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    volume_id: str = REQUIRED
    """The volume's ID. On update: the attached volume's ID to keep it (then only
    delete_on_termination changes, 2.85+), or another volume's ID to swap the volume (admin
    only)."""

    device: str | None | Unset = UNSET
    """The device name in the guest, e.g. /dev/vdb (a hint on attach that most hypervisors
    ignore; accepted on update since 2.85 when unchanged)."""

    tag: str | None | Unset = UNSET
    """A device role tag exposed to the guest (sent on attach since 2.49, returned since 2.70; on
    update since 2.85 only when unchanged)."""

    delete_on_termination: bool | Unset = UNSET
    """Whether the volume is deleted with the server (set on attach since 2.79, returned since
    2.79, changed by update since 2.85)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_id", "volumeId", t.STRING, required=True),
        Param("device", "device", t.STRING, nullable=True),
        Param("tag", "tag", t.STRING, nullable=True, since="2.49"),
        Param("delete_on_termination", "delete_on_termination", t.BOOLEAN, since="2.79"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    volume_id: str = REQUIRED
    """The volume's ID. On update: the attached volume's ID to keep it (then only
    delete_on_termination changes, 2.85+), or another volume's ID to swap the volume (admin
    only)."""

    id: str | Unset = UNSET
    """The attachment's ID, which is the volume's ID (returned until 2.88). Accepted on update
    since 2.85 when it is unchanged."""

    device: str | None | Unset = UNSET
    """The device name in the guest, e.g. /dev/vdb (a hint on attach that most hypervisors
    ignore; accepted on update since 2.85 when unchanged)."""

    tag: str | None | Unset = UNSET
    """A device role tag exposed to the guest (sent on attach since 2.49, returned since 2.70; on
    update since 2.85 only when unchanged)."""

    delete_on_termination: bool | Unset = UNSET
    """Whether the volume is deleted with the server (set on attach since 2.79, returned since
    2.79, changed by update since 2.85)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_id", "volumeId", t.STRING, required=True),
        Param("id", "id", t.STRING),
        Param("device", "device", t.STRING, nullable=True),
        Param("tag", "tag", t.STRING, nullable=True, since="2.49"),
        Param("delete_on_termination", "delete_on_termination", t.BOOLEAN, since="2.79"),
    )


_LIST = Operation(
    "volume_attachments.list",
    "GET",
    "/servers/{server_id}/os-volume_attachments",
    ok=(200, 203),
    response_key="volumeAttachments",
    paging=Paging("offset", limit_param="limit", offset_param="offset"),
)
_GET = Operation(
    "volume_attachments.get",
    "GET",
    "/servers/{server_id}/os-volume_attachments/{attached_volume_id}",
    ok=(200, 203),
    response_key="volumeAttachment",
)
_CREATE = Operation(
    "volume_attachments.create",
    "POST",
    "/servers/{server_id}/os-volume_attachments",
    ok=(200, 202),
    request_kind="json",
    request_key="volumeAttachment",
    response_key="volumeAttachment",
)
_UPDATE = Operation(
    "volume_attachments.update",
    "PUT",
    "/servers/{server_id}/os-volume_attachments/{attached_volume_id}",
    ok=(202,),
    request_kind="json",
    request_key="volumeAttachment",
    response_kind="empty",
)
_DELETE = Operation(
    "volume_attachments.delete",
    "DELETE",
    "/servers/{server_id}/os-volume_attachments/{attached_volume_id}",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    server_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeAttachment]:
    """The volumes attached to a server (since 2.89 only those that have a Cinder attachment)."""
    return client.pager(
        _LIST,
        {"server_id": server_id},
        model=VolumeAttachment,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    server_id: str,
    attached_volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeAttachment]:
    """One volume attachment, by the volume's ID."""
    return client.call(
        _GET,
        {"server_id": server_id, "attached_volume_id": attached_volume_id},
        model=VolumeAttachment,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    server_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeAttachment]:
    """Attach a volume to the server; returns the new attachment (200). Since 2.101 Nova answers
    202 without a body and attaches in the background (extract() then raises ResponseError;
    watch the volume's status)."""
    return client.call(
        _CREATE,
        {"server_id": server_id},
        model=VolumeAttachment,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    server_id: str,
    attached_volume_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Before 2.85: swap the attached volume for volume_id (admin only). Since 2.85: update
    delete_on_termination when volume_id is the attached volume, or swap it when it differs."""
    return client.call(
        _UPDATE,
        {"server_id": server_id, "attached_volume_id": attached_volume_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    server_id: str,
    attached_volume_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Detach the volume from the server (asynchronous)."""
    return client.call(
        _DELETE,
        {"server_id": server_id, "attached_volume_id": attached_volume_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_volume_attachments(page: Page[Any]) -> builtins.list[VolumeAttachment]:
    """The VolumeAttachment items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeAttachment)
