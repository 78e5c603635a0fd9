# Generated from placement/v1/usages.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Usages: the amounts allocated, per resource class, on one resource provider, or summed over a
project's (and optionally a user's) consumers."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ProjectUsages(Model):
    """The usages of a project or project and user, before 1.38."""

    usages: dict[str, int] | Unset = UNSET
    """Resource class -> amount allocated to the project's (or user's) consumers."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("usages", "usages", t.map_of(t.INTEGER)),)


class ProjectUsagesByConsumerType(Model):
    """The usages of a project or project and user, grouped by consumer type (since 1.38)."""

    usages: dict[str, dict[str, int]] | Unset = UNSET
    """Consumer type ("unknown" for consumers written before 1.38, "all" when that was asked for)
    -> resource class -> amount, plus the key "consumer_count": the number of consumers of
    that type."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("usages", "usages", t.map_of(t.map_of(t.INTEGER))),
    )


class ProviderUsages(Model):
    """Usages: the amounts allocated, per resource class, on one resource provider, or summed
    over a project's (and optionally a user's) consumers."""

    resource_provider_generation: int | Unset = UNSET
    """The provider's generation."""

    usages: dict[str, int] | Unset = UNSET
    """Resource class -> amount allocated on the provider (one entry per inventory, 0 when
    unused)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resource_provider_generation", "resource_provider_generation", t.INTEGER),
        Field("usages", "usages", t.map_of(t.INTEGER)),
    )


class GetTotalsOpts(Opts):
    """Options of get_totals."""

    project_id: str = REQUIRED
    """The project."""

    user_id: str | Unset = UNSET
    """Only this user's consumers."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("project_id", "project_id", t.STRING, location="query", required=True),
        Param("user_id", "user_id", t.STRING, location="query"),
    )


class GetTotalsByConsumerTypeOpts(Opts):
    """Options of get_totals_by_consumer_type."""

    project_id: str = REQUIRED
    """The project."""

    user_id: str | Unset = UNSET
    """Only this user's consumers."""

    consumer_type: str | Unset = UNSET
    """Only this consumer type; "all" sums every type under the key "all", "unknown" only
    consumers without a type."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("project_id", "project_id", t.STRING, location="query", required=True),
        Param("user_id", "user_id", t.STRING, location="query"),
        Param("consumer_type", "consumer_type", t.STRING, location="query"),
    )


_GET = Operation(
    "usages.get",
    "GET",
    "/resource_providers/{resource_provider_uuid}/usages",
    ok=(200, 203),
)
_GET_TOTALS = Operation(
    "usages.get_totals",
    "GET",
    "/usages",
    ok=(200, 203),
    since="1.9",
    until="1.37",
)
_GET_TOTALS_BY_CONSUMER_TYPE = Operation(
    "usages.get_totals_by_consumer_type",
    "GET",
    "/usages",
    ok=(200, 203),
    since="1.38",
)


def get(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProviderUsages]:
    """Show what is allocated on one provider, per resource class."""
    return client.call(
        _GET,
        {"resource_provider_uuid": resource_provider_uuid},
        model=ProviderUsages,
        microversion=microversion,
        timeout=timeout,
    )


def get_totals(
    client: ServiceClient,
    opts: GetTotalsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProjectUsages]:
    """Sum the usages of a project's consumers (or of one user's in it), per resource class;
    microversions 1.9 to 1.37."""
    return client.call(
        _GET_TOTALS,
        None,
        model=ProjectUsages,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_totals_by_consumer_type(
    client: ServiceClient,
    opts: GetTotalsByConsumerTypeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProjectUsagesByConsumerType]:
    """Sum the usages of a project's consumers (or of one user's in it), per consumer type and
    resource class, with a consumer count per type (since 1.38)."""
    return client.call(
        _GET_TOTALS_BY_CONSUMER_TYPE,
        None,
        model=ProjectUsagesByConsumerType,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_usages(page: Page[Any]) -> builtins.list[ProviderUsages]:
    """The ProviderUsages items of a page (or of ``all_pages()``)."""
    return page.extract_as(ProviderUsages)
