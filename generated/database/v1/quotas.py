# Generated from database/v1/quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project's quotas (admins, through the mgmt paths): for each resource (instances, backups,
volumes, ram), the limit and how much is in use or reserved. Answers list one entry per
resource."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class QuotaUsage(Model):
    """A project's quotas (admins, through the mgmt paths): for each resource (instances,
    backups, volumes, ram), the limit and how much is in use or reserved. Answers list one
    entry per resource."""

    resource: str
    """The resource (instances, backups, volumes, ram)."""

    limit: int | Unset = UNSET
    """The most the project may have (-1 for no limit)."""

    in_use: int | Unset = UNSET
    """How much it has."""

    reserved: int | Unset = UNSET
    """How much is held for requests under way."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resource", "resource", t.STRING),
        Field("limit", "limit", t.INTEGER),
        Field("in_use", "in_use", t.INTEGER),
        Field("reserved", "reserved", t.INTEGER),
    )


class UpdateLimitsOpts(Opts):
    """Options of update_limits."""

    quotas: dict[str, int] = REQUIRED
    """The new limit of each resource to change, {"instances": 10}."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("quotas", "quotas", t.map_of(t.INTEGER), required=True),
    )


_SHOW = Operation(
    "quotas.show",
    "GET",
    "/mgmt/quotas/{project_id}",
    ok=(200, 203),
    response_kind="list",
    response_key="quotas",
)
_UPDATE_LIMITS = Operation(
    "quotas.update_limits",
    "PUT",
    "/mgmt/quotas/{project_id}",
    ok=(200,),
    request_kind="json",
)


def show(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[QuotaUsage]]:
    """The project's quota and usage of each resource."""
    return client.call(
        _SHOW,
        {"project_id": project_id},
        model=QuotaUsage,
        microversion=microversion,
        timeout=timeout,
    )


def update_limits(
    client: ServiceClient,
    project_id: str,
    opts: UpdateLimitsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Changes a project's limits; the answer is {'quotas': {resource: limit}}."""
    return client.call(
        _UPDATE_LIMITS,
        {"project_id": project_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_quotas(page: Page[Any]) -> builtins.list[QuotaUsage]:
    """The QuotaUsage items of a page (or of ``all_pages()``)."""
    return page.extract_as(QuotaUsage)
