# Generated from dns/v2/zone_shares.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A share of a zone with another project, which may then create record sets in it (and see it).
A shared zone cannot be deleted before its shares, unless the delete sends delete_shares."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zone_transfer_accepts import Links as Links


class ZoneShare(Model):
    """A share of a zone with another project, which may then create record sets in it (and see
    it). A shared zone cannot be deleted before its shares, unless the delete sends
    delete_shares."""

    id: str

    zone_id: str | Unset = UNSET

    project_id: str | Unset = UNSET
    """The zone owner's project."""

    target_project_id: str | Unset = UNSET
    """The project the zone is shared with."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("zone_id", "zone_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("target_project_id", "target_project_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    target_project_id: str | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    sort_key: Literal["created_at", "updated_at"] | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("target_project_id", "target_project_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key", "sort_key", t.STRING, location="query", enum=("created_at", "updated_at")
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

    target_project_id: str = REQUIRED
    """The project the zone is shared with."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("target_project_id", "target_project_id", t.STRING, required=True),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


DeleteOpts = GetOpts

_LIST = Operation(
    "zone_shares.list",
    "GET",
    "/zones/{zone_id}/shares",
    ok=(200, 203),
    response_key="shared_zones",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "zone_shares.get",
    "GET",
    "/zones/{zone_id}/shares/{zone_share_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "zone_shares.create",
    "POST",
    "/zones/{zone_id}/shares",
    ok=(201,),
    request_kind="json",
)
_DELETE = Operation(
    "zone_shares.delete",
    "DELETE",
    "/zones/{zone_id}/shares/{zone_share_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    zone_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ZoneShare]:
    """List zone shares."""
    return client.pager(
        _LIST,
        {"zone_id": zone_id},
        model=ZoneShare,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    zone_id: str,
    zone_share_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ZoneShare]:
    """Get a zone share."""
    return client.call(
        _GET,
        {"zone_id": zone_id, "zone_share_id": zone_share_id},
        model=ZoneShare,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    zone_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ZoneShare]:
    """Create a zone share."""
    return client.call(
        _CREATE,
        {"zone_id": zone_id},
        model=ZoneShare,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    zone_id: str,
    zone_share_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a zone share."""
    return client.call(
        _DELETE,
        {"zone_id": zone_id, "zone_share_id": zone_share_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_zone_shares(page: Page[Any]) -> builtins.list[ZoneShare]:
    """The ZoneShare items of a page (or of ``all_pages()``)."""
    return page.extract_as(ZoneShare)
