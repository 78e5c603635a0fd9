# Generated from dns/v2/quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project's quotas. Anyone may read their own project's (get_own); reading, setting and
resetting another project's takes an admin (or the project's sudo_project_id header)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class Quota(Model):
    """A project's quotas. Anyone may read their own project's (get_own); reading, setting and
    resetting another project's takes an admin (or the project's sudo_project_id header)."""

    zones: int | Unset = UNSET
    """Zones the project may own."""

    zone_recordsets: int | Unset = UNSET
    """Record sets per zone."""

    zone_records: int | Unset = UNSET
    """Records per zone."""

    recordset_records: int | Unset = UNSET
    """Records per record set."""

    api_export_size: int | Unset = UNSET
    """Record sets a zone may have and still be exported."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("zones", "zones", t.INTEGER),
        Field("zone_recordsets", "zone_recordsets", t.INTEGER),
        Field("zone_records", "zone_records", t.INTEGER),
        Field("recordset_records", "recordset_records", t.INTEGER),
        Field("api_export_size", "api_export_size", t.INTEGER),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete and get_own."""

    all_projects: bool | Unset = UNSET
    """Required to read another project's quotas (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    zones: int | Unset = UNSET
    """Zones the project may own."""

    zone_recordsets: int | Unset = UNSET
    """Record sets per zone."""

    zone_records: int | Unset = UNSET
    """Records per zone."""

    recordset_records: int | Unset = UNSET
    """Records per record set."""

    api_export_size: int | Unset = UNSET
    """Record sets a zone may have and still be exported."""

    all_projects: bool | Unset = UNSET
    """Required to read another project's quotas (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("zones", "zones", t.INTEGER),
        Param("zone_recordsets", "zone_recordsets", t.INTEGER),
        Param("zone_records", "zone_records", t.INTEGER),
        Param("recordset_records", "recordset_records", t.INTEGER),
        Param("api_export_size", "api_export_size", t.INTEGER),
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


DeleteOpts = GetOpts
GetOwnOpts = GetOpts

_GET = Operation(
    "quotas.get",
    "GET",
    "/quotas/{project_id}",
    ok=(200, 203),
)
_UPDATE = Operation(
    "quotas.update",
    "PATCH",
    "/quotas/{project_id}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "quotas.delete",
    "DELETE",
    "/quotas/{project_id}",
    ok=(204,),
    response_kind="empty",
)
_GET_OWN = Operation(
    "quotas.get_own",
    "GET",
    "/quotas",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    project_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """Get a quota."""
    return client.call(
        _GET,
        {"project_id": project_id},
        model=Quota,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """Set some of a project's quotas; the answer holds all of them."""
    return client.call(
        _UPDATE,
        {"project_id": project_id},
        model=Quota,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    project_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset a project's quotas to the defaults."""
    return client.call(
        _DELETE, {"project_id": project_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def get_own(
    client: ServiceClient,
    opts: GetOwnOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """The caller's own project's quotas."""
    return client.call(
        _GET_OWN, None, model=Quota, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_quotas(page: Page[Any]) -> builtins.list[Quota]:
    """The Quota items of a page (or of ``all_pages()``)."""
    return page.extract_as(Quota)
