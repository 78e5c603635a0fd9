# Generated from placement/v1/allocation_candidates.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Allocation candidates (since 1.10): the sets of allocations that could satisfy a request for
resources, each ready to be sent as a consumer's allocations, with a summary of every provider
involved. Since 1.12 each candidate's allocations are keyed by provider UUID (the form of
allocations.update); before they are a list (see query_legacy)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.placement.v1.allocations import LegacyAllocation, ProviderResources


class AllocationRequest(Model):
    """One candidate, in the form of a consumer's allocations (since 1.12)."""

    allocations: dict[str, ProviderResources] | Unset = UNSET
    """Provider UUID -> the resources to take from it."""

    mappings: dict[str, builtins.list[str]] | Unset = UNSET
    """Request group suffix ("" for the unsuffixed group) -> the providers that satisfy that
    group (since 1.34)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("allocations", "allocations", t.map_of(t.model(ProviderResources))),
        Field("mappings", "mappings", t.map_of(t.list_of(t.STRING)), since="1.34"),
    )


class LegacyAllocationRequest(Model):
    """One candidate in the list form used before 1.12."""

    allocations: builtins.list[LegacyAllocation] | Unset = UNSET
    """One entry per provider."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("allocations", "allocations", t.list_of(t.model(LegacyAllocation))),
    )


class ResourceCapacity(Model):
    """The capacity and usage of one resource class of a provider."""

    capacity: int | Unset = UNSET
    """(total - reserved) * allocation_ratio."""

    used: int | Unset = UNSET
    """The amount already allocated."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("capacity", "capacity", t.INTEGER),
        Field("used", "used", t.INTEGER),
    )


class ProviderSummary(Model):
    """What a provider in the candidates has."""

    resources: dict[str, ResourceCapacity] | Unset = UNSET
    """Resource class -> capacity and usage: only the requested classes before 1.27, every class
    of the provider's inventory since."""

    traits: builtins.list[str] | Unset = UNSET
    """The provider's traits (since 1.17)."""

    parent_provider_uuid: str | None | Unset = UNSET
    """The provider's parent, None for a root (since 1.29)."""

    root_provider_uuid: str | Unset = UNSET
    """The root of the provider's tree (since 1.29)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resources", "resources", t.map_of(t.model(ResourceCapacity))),
        Field("traits", "traits", t.list_of(t.STRING), since="1.17"),
        Field("parent_provider_uuid", "parent_provider_uuid", t.STRING, since="1.29"),
        Field("root_provider_uuid", "root_provider_uuid", t.STRING, since="1.29"),
    )


class LegacyAllocationCandidates(Model):
    """Allocation candidates in the form returned before 1.12."""

    allocation_requests: builtins.list[LegacyAllocationRequest] | Unset = UNSET
    """The candidates."""

    provider_summaries: dict[str, ProviderSummary] | Unset = UNSET
    """Provider UUID -> a summary of every provider in any candidate."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "allocation_requests",
            "allocation_requests",
            t.list_of(t.model(LegacyAllocationRequest)),
        ),
        Field("provider_summaries", "provider_summaries", t.map_of(t.model(ProviderSummary))),
    )


class AllocationCandidates(Model):
    """Allocation candidates (since 1.10): the sets of allocations that could satisfy a request
    for resources, each ready to be sent as a consumer's allocations, with a summary of every
    provider involved. Since 1.12 each candidate's allocations are keyed by provider UUID (the
    form of allocations.update); before they are a list (see query_legacy)."""

    allocation_requests: builtins.list[AllocationRequest] | Unset = UNSET
    """The candidates."""

    provider_summaries: dict[str, ProviderSummary] | Unset = UNSET
    """Provider UUID -> a summary of every provider in any candidate."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("allocation_requests", "allocation_requests", t.list_of(t.model(AllocationRequest))),
        Field("provider_summaries", "provider_summaries", t.map_of(t.model(ProviderSummary))),
    )


class QueryOpts(Opts):
    """Options of query."""

    resources: str | Unset = UNSET
    """The amounts wanted, e.g. "VCPU:1,MEMORY_MB:1024,DISK_GB:20"; required before 1.25."""

    limit: int | Unset = UNSET
    """At most this many candidates (at least 1)."""

    required: builtins.list[str] | Unset = UNSET
    """Trait filters, each a comma-separated list of traits. Forbidden traits ("!TRAIT") need
    1.22; "in:T1,T2" and more than one entry need 1.39 (before, only the last entry counts)."""

    member_of: builtins.list[str] | Unset = UNSET
    """Aggregate filters, each an aggregate UUID or "in:<uuid>,<uuid>". More than one entry needs
    1.24; forbidden aggregates ("!<uuid>", "!in:...") need 1.32."""

    group_policy: Literal["none", "isolate"] | Unset = UNSET
    """How granular groups may share providers; required by the server when more than one
    granular group is given."""

    in_tree: str | Unset = UNSET
    """Only providers in the tree of the provider with this UUID."""

    root_required: str | Unset = UNSET
    """A comma-separated list of traits (forbidden ones prefixed "!") the root provider of each
    candidate's tree must satisfy."""

    same_subtree: builtins.list[str] | Unset = UNSET
    """Each entry a comma-separated list of request group suffixes whose providers must be in one
    subtree."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resources", "resources", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query", since="1.16"),
        Param("required", "required", t.list_of(t.STRING), location="query", since="1.17"),
        Param("member_of", "member_of", t.list_of(t.STRING), location="query", since="1.21"),
        Param(
            "group_policy",
            "group_policy",
            t.STRING,
            location="query",
            enum=("none", "isolate"),
            since="1.25",
        ),
        Param("in_tree", "in_tree", t.STRING, location="query", since="1.31"),
        Param("root_required", "root_required", t.STRING, location="query", since="1.35"),
        Param("same_subtree", "same_subtree", t.list_of(t.STRING), location="query", since="1.36"),
    )


class QueryLegacyOpts(Opts):
    """Options of query_legacy."""

    resources: str = REQUIRED
    """The amounts wanted, e.g. "VCPU:1,MEMORY_MB:1024,DISK_GB:20"."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resources", "resources", t.STRING, location="query", required=True),
    )


_QUERY = Operation(
    "allocation_candidates.query",
    "GET",
    "/allocation_candidates",
    ok=(200, 203),
    since="1.12",
)
_QUERY_LEGACY = Operation(
    "allocation_candidates.query_legacy",
    "GET",
    "/allocation_candidates",
    ok=(200, 203),
    since="1.10",
    until="1.11",
)


def query(
    client: ServiceClient,
    opts: QueryOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AllocationCandidates]:
    """Find allocation candidates for the unsuffixed request group (and the request-wide
    options), since 1.12. Granular groups (resources<N>, required<N>, member_of<N>,
    in_tree<N>; 1.25+) cannot be expressed here."""
    return client.call(
        _QUERY,
        None,
        model=AllocationCandidates,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def query_legacy(
    client: ServiceClient,
    opts: QueryLegacyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LegacyAllocationCandidates]:
    """Find allocation candidates with microversions 1.10 and 1.11, which return each candidate's
    allocations as a list."""
    return client.call(
        _QUERY_LEGACY,
        None,
        model=LegacyAllocationCandidates,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_allocation_candidates(page: Page[Any]) -> builtins.list[AllocationCandidates]:
    """The AllocationCandidates items of a page (or of ``all_pages()``)."""
    return page.extract_as(AllocationCandidates)
