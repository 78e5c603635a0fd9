# Generated from placement/v1/allocations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Allocations: the resources a consumer (an instance, a migration, ...), identified by a UUID,
holds on resource providers. A consumer's allocations are read and replaced as a whole. Since
1.28 a consumer has a generation: writes must send the one they are based on (None when the
consumer is expected to have no allocations yet) and a stale one is answered with 409
Conflict. Since 1.38 writes must name the consumer's type."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ProviderResources(Model):
    """The resources one consumer holds (or asks for) on one provider."""

    resources: dict[str, int] | Unset = UNSET
    """Resource class -> amount (at least 1 each; required when sent)."""

    generation: int | Unset = UNSET
    """The provider's generation (returned by reads; accepted and ignored in writes)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resources", "resources", t.map_of(t.INTEGER)),
        Field("generation", "generation", t.INTEGER),
    )


class ProviderRef(Model):
    """A reference to a resource provider."""

    uuid: str | Unset = UNSET
    """The provider's UUID."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("uuid", "uuid", t.STRING),)


class LegacyAllocation(Model):
    """One provider's part of a consumer's allocations in the list form used before 1.12."""

    resource_provider: ProviderRef | Unset = UNSET
    """The provider."""

    resources: dict[str, int] | Unset = UNSET
    """Resource class -> amount (at least 1 each)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resource_provider", "resource_provider", t.model(ProviderRef)),
        Field("resources", "resources", t.map_of(t.INTEGER)),
    )


class ConsumerResources(Model):
    """The resources one consumer holds on the provider being listed."""

    resources: dict[str, int] | Unset = UNSET
    """Resource class -> amount."""

    consumer_generation: int | None | Unset = UNSET
    """The consumer's generation (since 1.28)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resources", "resources", t.map_of(t.INTEGER)),
        Field("consumer_generation", "consumer_generation", t.INTEGER, since="1.28"),
    )


class ProviderAllocations(Model):
    """All allocations against one provider, keyed by consumer UUID."""

    allocations: dict[str, ConsumerResources] | Unset = UNSET
    """Consumer UUID -> what it holds on this provider."""

    resource_provider_generation: int | Unset = UNSET
    """The provider's generation."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("allocations", "allocations", t.map_of(t.model(ConsumerResources))),
        Field("resource_provider_generation", "resource_provider_generation", t.INTEGER),
    )


class ConsumerAllocations(Model):
    """Allocations: the resources a consumer (an instance, a migration, ...), identified by a
    UUID, holds on resource providers. A consumer's allocations are read and replaced as a
    whole. Since 1.28 a consumer has a generation: writes must send the one they are based on
    (None when the consumer is expected to have no allocations yet) and a stale one is
    answered with 409 Conflict. Since 1.38 writes must name the consumer's type."""

    allocations: dict[str, ProviderResources] | Unset = UNSET
    """Resource provider UUID -> what the consumer holds there. On update an empty map removes
    the consumer's allocations (allowed since 1.28)."""

    project_id: str | Unset = UNSET
    """The consumer's project. Returned (since 1.12) only when the consumer has allocations."""

    user_id: str | Unset = UNSET
    """The consumer's user. Returned (since 1.12) only when the consumer has allocations."""

    consumer_generation: int | None | Unset = UNSET
    """The consumer's generation (since 1.28). Writes require it since 1.28: the generation last
    read, or None when the consumer is expected to be new."""

    consumer_type: str | Unset = UNSET
    """The consumer's type (since 1.38), e.g. INSTANCE or MIGRATION (A-Z, 0-9 and "_"); writes
    require it since 1.38. Consumers written before have the type "unknown"."""

    mappings: dict[str, builtins.list[str]] | Unset = UNSET
    """Request group suffix -> provider UUIDs, as an allocation candidate returns it. Accepted in
    writes since 1.34 and ignored; never returned."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("allocations", "allocations", t.map_of(t.model(ProviderResources))),
        Field("project_id", "project_id", t.STRING, since="1.12"),
        Field("user_id", "user_id", t.STRING, since="1.12"),
        Field("consumer_generation", "consumer_generation", t.INTEGER, since="1.28"),
        Field("consumer_type", "consumer_type", t.STRING, since="1.38"),
        Field("mappings", "mappings", t.map_of(t.list_of(t.STRING)), since="1.34"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    allocations: dict[str, ProviderResources] = REQUIRED
    """Resource provider UUID -> what the consumer holds there. On update an empty map removes
    the consumer's allocations (allowed since 1.28)."""

    project_id: str = REQUIRED
    """The consumer's project. Returned (since 1.12) only when the consumer has allocations."""

    user_id: str = REQUIRED
    """The consumer's user. Returned (since 1.12) only when the consumer has allocations."""

    consumer_generation: int | None = REQUIRED
    """The consumer's generation (since 1.28). Writes require it since 1.28: the generation last
    read, or None when the consumer is expected to be new."""

    consumer_type: str = REQUIRED
    """The consumer's type (since 1.38), e.g. INSTANCE or MIGRATION (A-Z, 0-9 and "_"); writes
    require it since 1.38. Consumers written before have the type "unknown"."""

    mappings: dict[str, builtins.list[str]] | Unset = UNSET
    """Request group suffix -> provider UUIDs, as an allocation candidate returns it. Accepted in
    writes since 1.34 and ignored; never returned."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("allocations", "allocations", t.map_of(t.model(ProviderResources)), required=True),
        Param("project_id", "project_id", t.STRING, required=True, since="1.12"),
        Param("user_id", "user_id", t.STRING, required=True, since="1.12"),
        Param(
            "consumer_generation",
            "consumer_generation",
            t.INTEGER,
            required=True,
            nullable=True,
            since="1.28",
        ),
        Param("consumer_type", "consumer_type", t.STRING, required=True, since="1.38"),
        Param("mappings", "mappings", t.map_of(t.list_of(t.STRING)), since="1.34"),
    )


class ReplaceLegacyOpts(Opts):
    """Options of replace_legacy."""

    allocations: builtins.list[LegacyAllocation] = REQUIRED
    """One entry per provider (at least one)."""

    project_id: str | Unset = UNSET
    """The consumer's project; required by the server since 1.8."""

    user_id: str | Unset = UNSET
    """The consumer's user; required by the server since 1.8."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("allocations", "allocations", t.list_of(t.model(LegacyAllocation)), required=True),
        Param("project_id", "project_id", t.STRING, since="1.8"),
        Param("user_id", "user_id", t.STRING, since="1.8"),
    )


class SetManyOpts(Opts):
    """Options of set_many."""

    consumers: dict[str, ConsumerAllocations] = REQUIRED
    """Consumer UUID -> its new allocations, project_id and user_id (plus consumer_generation
    since 1.28 and consumer_type since 1.38); the entries are the members of the request body."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "consumers",
            "consumers",
            t.map_of(t.model(ConsumerAllocations)),
            required=True,
            style="members",
        ),
    )


_GET = Operation(
    "allocations.get",
    "GET",
    "/allocations/{consumer_uuid}",
    ok=(200, 203),
)
_UPDATE = Operation(
    "allocations.update",
    "PUT",
    "/allocations/{consumer_uuid}",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.12",
)
_DELETE = Operation(
    "allocations.delete",
    "DELETE",
    "/allocations/{consumer_uuid}",
    ok=(204,),
    response_kind="empty",
)
_REPLACE_LEGACY = Operation(
    "allocations.replace_legacy",
    "PUT",
    "/allocations/{consumer_uuid}",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    until="1.11",
)
_SET_MANY = Operation(
    "allocations.set_many",
    "POST",
    "/allocations",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.13",
)
_LIST_FOR_PROVIDER = Operation(
    "allocations.list_for_provider",
    "GET",
    "/resource_providers/{resource_provider_uuid}/allocations",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    consumer_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConsumerAllocations]:
    """Show a consumer's allocations, keyed by provider UUID. A consumer without allocations
    gives an empty map (not 404)."""
    return client.call(
        _GET,
        {"consumer_uuid": consumer_uuid},
        model=ConsumerAllocations,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    consumer_uuid: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace all of a consumer's allocations (the dict form, since 1.12; use replace_legacy
    before). The consumer is created when it is new. 409 when capacity is exceeded, on a stale
    consumer generation (1.28+) or on a concurrent update; 400 for an unknown provider or
    resource class."""
    return client.call(
        _UPDATE,
        {"consumer_uuid": consumer_uuid},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    consumer_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove all of a consumer's allocations, without a generation check (404 when it has none).
    Since 1.28 an update with an empty map is the safe way to do this."""
    return client.call(
        _DELETE, {"consumer_uuid": consumer_uuid}, microversion=microversion, timeout=timeout
    )


def replace_legacy(
    client: ServiceClient,
    consumer_uuid: str,
    opts: ReplaceLegacyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace all of a consumer's allocations with the list form of the request (microversions
    before 1.12)."""
    return client.call(
        _REPLACE_LEGACY,
        {"consumer_uuid": consumer_uuid},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def set_many(
    client: ServiceClient,
    opts: SetManyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace the allocations of several consumers in one transaction (since 1.13); a consumer
    given an empty allocations map loses all of its allocations. Errors as for update, for any
    of the consumers."""
    return client.call(_SET_MANY, None, opts=opts, microversion=microversion, timeout=timeout)


def list_for_provider(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProviderAllocations]:
    """Show all allocations against one provider, keyed by consumer UUID."""
    return client.call(
        _LIST_FOR_PROVIDER,
        {"resource_provider_uuid": resource_provider_uuid},
        model=ProviderAllocations,
        microversion=microversion,
        timeout=timeout,
    )


def extract_allocations(page: Page[Any]) -> builtins.list[ConsumerAllocations]:
    """The ConsumerAllocations items of a page (or of ``all_pages()``)."""
    return page.extract_as(ConsumerAllocations)
