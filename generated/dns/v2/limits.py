# Generated from dns/v2/limits.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The limits that apply to the caller's project: its quotas (zones, record sets and records) and
the API's own bounds (page size, name length, minimum TTL)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class Limits(Model):
    """The limits that apply to the caller's project: its quotas (zones, record sets and records)
    and the API's own bounds (page size, name length, minimum TTL)."""

    max_zones: int | Unset = UNSET
    """Zones per project."""

    max_zone_recordsets: int | Unset = UNSET
    """Record sets per zone."""

    max_zone_records: int | Unset = UNSET
    """Records per zone."""

    max_recordset_records: int | Unset = UNSET
    """Records per record set."""

    max_zone_name_length: int | Unset = UNSET

    max_recordset_name_length: int | Unset = UNSET

    max_page_limit: int | Unset = UNSET
    """The largest page a list answers."""

    min_ttl: int | None | Unset = UNSET
    """The smallest TTL allowed (null for none)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("max_zones", "max_zones", t.INTEGER),
        Field("max_zone_recordsets", "max_zone_recordsets", t.INTEGER),
        Field("max_zone_records", "max_zone_records", t.INTEGER),
        Field("max_recordset_records", "max_recordset_records", t.INTEGER),
        Field("max_zone_name_length", "max_zone_name_length", t.INTEGER),
        Field("max_recordset_name_length", "max_recordset_name_length", t.INTEGER),
        Field("max_page_limit", "max_page_limit", t.INTEGER),
        Field("min_ttl", "min_ttl", t.INTEGER),
    )


class GetOpts(Opts):
    """Options of get."""

    all_projects: bool | Unset = UNSET
    """Every project's resources (admins); changes nothing here."""

    sudo_project_id: str | Unset = UNSET
    """Show the limits of this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


_GET = Operation(
    "limits.get",
    "GET",
    "/limits",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Limits]:
    """Get a limits."""
    return client.call(
        _GET, None, model=Limits, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_limits(page: Page[Any]) -> builtins.list[Limits]:
    """The Limits items of a page (or of ``all_pages()``)."""
    return page.extract_as(Limits)
