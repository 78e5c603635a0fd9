# Generated from dns/v2/zone_transfer_accepts.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The acceptance of a transfer request: the zone (with its record sets) moves to the accepting
project at once."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Links(Model):
    """Links of an acceptance."""

    self: str | Unset = UNSET
    """The acceptance."""

    zone: str | Unset = UNSET
    """The zone transferred."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("self", "self", t.STRING),
        Field("zone", "zone", t.STRING),
    )


class TransferAccept(Model):
    """The acceptance of a transfer request: the zone (with its record sets) moves to the
    accepting project at once."""

    id: str

    zone_transfer_request_id: str | Unset = UNSET
    """The transfer request accepted."""

    key: str | None | Unset = UNSET
    """The transfer request's key (null in listings)."""

    project_id: str | Unset = UNSET
    """The accepting project."""

    zone_id: str | Unset = UNSET
    """The zone transferred."""

    status: str | Unset = UNSET
    """COMPLETE once the zone moved (or ERROR)."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("zone_transfer_request_id", "zone_transfer_request_id", t.STRING),
        Field("key", "key", t.STRING, sensitive=True),
        Field("project_id", "project_id", t.STRING),
        Field("zone_id", "zone_id", t.STRING),
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
    """Options of get."""

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

    zone_transfer_request_id: str = REQUIRED
    """The transfer request accepted."""

    key: str | None = REQUIRED
    """The transfer request's key (null in listings)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("zone_transfer_request_id", "zone_transfer_request_id", t.STRING, required=True),
        Param("key", "key", t.STRING, required=True, nullable=True, sensitive=True),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


_LIST = Operation(
    "zone_transfer_accepts.list",
    "GET",
    "/zones/tasks/transfer_accepts",
    ok=(200, 203),
    response_key="transfer_accepts",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "zone_transfer_accepts.get",
    "GET",
    "/zones/tasks/transfer_accepts/{transfer_accept_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "zone_transfer_accepts.create",
    "POST",
    "/zones/tasks/transfer_accepts",
    ok=(201,),
    request_kind="json",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[TransferAccept]:
    """List zone transfer accepts."""
    return client.pager(
        _LIST, None, model=TransferAccept, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    transfer_accept_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TransferAccept]:
    """Get a transfer accept."""
    return client.call(
        _GET,
        {"transfer_accept_id": transfer_accept_id},
        model=TransferAccept,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TransferAccept]:
    """Create a transfer accept."""
    return client.call(
        _CREATE, None, model=TransferAccept, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_zone_transfer_accepts(page: Page[Any]) -> builtins.list[TransferAccept]:
    """The TransferAccept items of a page (or of ``all_pages()``)."""
    return page.extract_as(TransferAccept)
