# Generated from compute/v2/server_shares.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A Manila share attached to a server (virtiofs), since 2.97. Nova needs a Manila endpoint, a
stopped server and a compute host that supports shares to attach one; the share's status goes
attaching -> inactive (attached, server stopped) -> active (server running) and detaching on
detach. export_location and uuid are only shown to admins."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ServerShare(Model):
    """A Manila share attached to a server (virtiofs), since 2.97. Nova needs a Manila endpoint,
    a stopped server and a compute host that supports shares to attach one; the share's status
    goes attaching -> inactive (attached, server stopped) -> active (server running) and
    detaching on detach. export_location and uuid are only shown to admins."""

    share_id: str
    """The Manila share's ID."""

    tag: str | Unset = UNSET
    """The name the guest mounts the share by (1-255 letters, digits and hyphens; default the
    share's ID). Unique per server."""

    status: Literal["attaching", "detaching", "active", "inactive", "error"] | Unset = UNSET
    """The attachment's state."""

    export_location: str | Unset = UNSET
    """Where the share is exported (admins only; not in list)."""

    uuid: str | Unset = UNSET
    """Nova's ID of the attachment (admins only; not in list)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("share_id", "share_id", t.STRING),
        Field("tag", "tag", t.STRING),
        Field("status", "status", t.STRING),
        Field("export_location", "export_location", t.STRING),
        Field("uuid", "uuid", t.STRING),
    )


class CreateOpts(Opts):
    """Options of create."""

    share_id: str = REQUIRED
    """The Manila share's ID."""

    tag: str | Unset = UNSET
    """The name the guest mounts the share by (1-255 letters, digits and hyphens; default the
    share's ID). Unique per server."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("share_id", "share_id", t.STRING, required=True),
        Param("tag", "tag", t.STRING),
    )


_LIST = Operation(
    "server_shares.list",
    "GET",
    "/servers/{server_id}/shares",
    ok=(200, 203),
    response_key="shares",
    paging=Paging("single"),
    since="2.97",
)
_GET = Operation(
    "server_shares.get",
    "GET",
    "/servers/{server_id}/shares/{share_id}",
    ok=(200, 203),
    response_key="share",
    since="2.97",
)
_CREATE = Operation(
    "server_shares.create",
    "POST",
    "/servers/{server_id}/shares",
    ok=(201,),
    request_kind="json",
    request_key="share",
    response_key="share",
    since="2.97",
)
_DELETE = Operation(
    "server_shares.delete",
    "DELETE",
    "/servers/{server_id}/shares/{share_id}",
    ok=(200,),
    response_kind="empty",
    since="2.97",
)


def list(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ServerShare]:
    """The shares attached to a server (one page)."""
    return client.pager(
        _LIST,
        {"server_id": server_id},
        model=ServerShare,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    server_id: str,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerShare]:
    """One attached share, by the Manila share's ID."""
    return client.call(
        _GET,
        {"server_id": server_id, "share_id": share_id},
        model=ServerShare,
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
) -> Result[ServerShare]:
    """Attach a share to a stopped server (409 when the server is not stopped, the share is not
    available or already attached; 403 when the compute host cannot use shares; 404 when
    Manila has no such share)."""
    return client.call(
        _CREATE,
        {"server_id": server_id},
        model=ServerShare,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    server_id: str,
    share_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Detach a share from a stopped (or errored) server; the share goes detaching and is gone
    when the compute host is done."""
    return client.call(
        _DELETE,
        {"server_id": server_id, "share_id": share_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_shares(page: Page[Any]) -> builtins.list[ServerShare]:
    """The ServerShare items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerShare)
