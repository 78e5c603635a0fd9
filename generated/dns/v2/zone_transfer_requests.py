# Generated from dns/v2/zone_transfer_requests.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An offer to hand a zone over to another project (or to any project, without
target_project_id). The receiving project accepts it with the request's id and key
(zone_transfer_accepts); the key is a secret shared out of band."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zones import Links as Links


class TransferRequest(Model):
    """An offer to hand a zone over to another project (or to any project, without
    target_project_id). The receiving project accepts it with the request's id and key
    (zone_transfer_accepts); the key is a secret shared out of band."""

    id: str

    zone_id: str | Unset = UNSET
    """The zone offered."""

    zone_name: str | Unset = UNSET
    """Its name."""

    project_id: str | Unset = UNSET
    """The project that offers it."""

    target_project_id: str | None | Unset = UNSET
    """The only project that may accept it; null or absent lets any project accept. An update may
    set it while none is set, never change it (a 400)."""

    description: str | None | Unset = UNSET

    key: str | Unset = UNSET
    """The secret the accepting project must present."""

    status: str | Unset = UNSET
    """ACTIVE until accepted, then COMPLETE."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("zone_id", "zone_id", t.STRING),
        Field("zone_name", "zone_name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("target_project_id", "target_project_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("key", "key", t.STRING, sensitive=True),
        Field("status", "status", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    sort_key: Literal["created_at", "id", "updated_at"] | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("created_at", "id", "updated_at"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class CreateOpts(Opts):
    """Options of create."""

    target_project_id: str | None | Unset = UNSET
    """The only project that may accept it; null or absent lets any project accept. An update may
    set it while none is set, never change it (a 400)."""

    description: str | None | Unset = UNSET

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("target_project_id", "target_project_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    target_project_id: str | None | Unset = UNSET
    """The only project that may accept it; null or absent lets any project accept. An update may
    set it while none is set, never change it (a 400)."""

    description: str | None | Unset = UNSET

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("target_project_id", "target_project_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


DeleteOpts = GetOpts

_LIST = Operation(
    "zone_transfer_requests.list",
    "GET",
    "/zones/tasks/transfer_requests",
    ok=(200, 203),
    response_key="transfer_requests",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "zone_transfer_requests.get",
    "GET",
    "/zones/tasks/transfer_requests/{transfer_request_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "zone_transfer_requests.create",
    "POST",
    "/zones/{zone_id}/tasks/transfer_requests",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "zone_transfer_requests.update",
    "PATCH",
    "/zones/tasks/transfer_requests/{transfer_request_id}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "zone_transfer_requests.delete",
    "DELETE",
    "/zones/tasks/transfer_requests/{transfer_request_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[TransferRequest]:
    """List zone transfer requests."""
    return client.pager(
        _LIST, None, model=TransferRequest, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    transfer_request_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TransferRequest]:
    """Get a transfer request."""
    return client.call(
        _GET,
        {"transfer_request_id": transfer_request_id},
        model=TransferRequest,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    zone_id: str,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TransferRequest]:
    """Offer a zone of the caller's project for transfer."""
    return client.call(
        _CREATE,
        {"zone_id": zone_id},
        model=TransferRequest,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    transfer_request_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TransferRequest]:
    """Update a transfer request."""
    return client.call(
        _UPDATE,
        {"transfer_request_id": transfer_request_id},
        model=TransferRequest,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    transfer_request_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a transfer request."""
    return client.call(
        _DELETE,
        {"transfer_request_id": transfer_request_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_zone_transfer_requests(page: Page[Any]) -> builtins.list[TransferRequest]:
    """The TransferRequest items of a page (or of ``all_pages()``)."""
    return page.extract_as(TransferRequest)
