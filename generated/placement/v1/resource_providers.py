# Generated from placement/v1/resource_providers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A resource provider: something that has inventory of resources (a compute node, a shared
storage pool, a NIC) which consumers are allocated from. Providers may form trees (since
1.14). Every change to a provider's inventories, traits or aggregates increments its
generation; writes of those must send the generation they were based on, and a stale one is
answered with 409 Conflict."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class ResourceProvider(Model):
    """A resource provider: something that has inventory of resources (a compute node, a shared
    storage pool, a NIC) which consumers are allocated from. Providers may form trees (since
    1.14). Every change to a provider's inventories, traits or aggregates increments its
    generation; writes of those must send the generation they were based on, and a stale one
    is answered with 409 Conflict."""

    uuid: str
    """The provider's UUID; chosen by the server when not given on create."""

    name: str | Unset = UNSET
    """A human-readable name, unique in the deployment (at most 200 characters)."""

    generation: int | Unset = UNSET
    """The provider's generation, incremented by every change of its inventories, traits or
    aggregates (the consistency token those writes send as resource_provider_generation)."""

    parent_provider_uuid: str | None | Unset = UNSET
    """The provider's direct parent, or None for a root provider. Setting it when it is already
    set (re-parenting), or setting it to None (un-parenting), needs microversion 1.37; a
    provider cannot be moved under one of its own descendants."""

    root_provider_uuid: str | Unset = UNSET
    """The root of the provider's tree (itself for a root provider)."""

    links: builtins.list[Link] | Unset = UNSET
    """Links to the provider (rel "self") and its sub-resources: aggregates (1.1), inventories,
    usages, traits (1.6) and allocations (listed since 1.11)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("generation", "generation", t.INTEGER),
        Field("parent_provider_uuid", "parent_provider_uuid", t.STRING, since="1.14"),
        Field("root_provider_uuid", "root_provider_uuid", t.STRING, since="1.14"),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Only the provider with this name."""

    uuid: str | Unset = UNSET
    """Only the provider with this UUID."""

    member_of: builtins.list[str] | Unset = UNSET
    """Aggregate filters, each one aggregate UUID or "in:<uuid>,<uuid>" (a member of any of
    them). More than one entry (all must match) needs 1.24; forbidden aggregates ("!<uuid>",
    "!in:<uuid>,...") need 1.32."""

    resources: str | Unset = UNSET
    """Only providers with the capacity for these amounts, e.g. "VCPU:2,MEMORY_MB:1024" (also
    checked against min_unit, max_unit and step_size). An unknown resource class is a 400."""

    in_tree: str | Unset = UNSET
    """Only providers in the same tree as the provider with this UUID."""

    required: builtins.list[str] | Unset = UNSET
    """Trait filters, each a comma-separated list of traits the provider must have. Forbidden
    traits ("!TRAIT") need 1.22; "in:T1,T2" (any of them) and more than one entry (all must
    match) need 1.39 (before 1.39 only the last entry counts)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("uuid", "uuid", t.STRING, location="query"),
        Param("member_of", "member_of", t.list_of(t.STRING), location="query", since="1.3"),
        Param("resources", "resources", t.STRING, location="query", since="1.4"),
        Param("in_tree", "in_tree", t.STRING, location="query", since="1.14"),
        Param("required", "required", t.list_of(t.STRING), location="query", since="1.18"),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The provider's UUID; chosen by the server when not given on create."""

    name: str = REQUIRED
    """A human-readable name, unique in the deployment (at most 200 characters)."""

    parent_provider_uuid: str | None | Unset = UNSET
    """The provider's direct parent, or None for a root provider. Setting it when it is already
    set (re-parenting), or setting it to None (un-parenting), needs microversion 1.37; a
    provider cannot be moved under one of its own descendants."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("name", "name", t.STRING, required=True),
        Param(
            "parent_provider_uuid", "parent_provider_uuid", t.STRING, nullable=True, since="1.14"
        ),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str = REQUIRED
    """A human-readable name, unique in the deployment (at most 200 characters)."""

    parent_provider_uuid: str | None | Unset = UNSET
    """The provider's direct parent, or None for a root provider. Setting it when it is already
    set (re-parenting), or setting it to None (un-parenting), needs microversion 1.37; a
    provider cannot be moved under one of its own descendants."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param(
            "parent_provider_uuid", "parent_provider_uuid", t.STRING, nullable=True, since="1.14"
        ),
    )


class CreateLegacyOpts(Opts):
    """Options of create_legacy."""

    name: str = REQUIRED
    """The provider's name."""

    uuid: str | Unset = UNSET
    """The provider's UUID; chosen by the server when not given."""

    parent_provider_uuid: str | None | Unset = UNSET
    """The parent provider, or None for a root provider."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("uuid", "uuid", t.STRING),
        Param(
            "parent_provider_uuid", "parent_provider_uuid", t.STRING, nullable=True, since="1.14"
        ),
    )


_LIST = Operation(
    "resource_providers.list",
    "GET",
    "/resource_providers",
    ok=(200, 203),
    response_key="resource_providers",
    paging=Paging("single"),
)
_GET = Operation(
    "resource_providers.get",
    "GET",
    "/resource_providers/{resource_provider_uuid}",
    ok=(200, 203),
)
_CREATE = Operation(
    "resource_providers.create",
    "POST",
    "/resource_providers",
    ok=(200,),
    request_kind="json",
    since="1.20",
)
_UPDATE = Operation(
    "resource_providers.update",
    "PUT",
    "/resource_providers/{resource_provider_uuid}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "resource_providers.delete",
    "DELETE",
    "/resource_providers/{resource_provider_uuid}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_LEGACY = Operation(
    "resource_providers.create_legacy",
    "POST",
    "/resource_providers",
    ok=(201,),
    request_kind="json",
    response_kind="location",
    until="1.19",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ResourceProvider]:
    """List resource providers, optionally filtered."""
    return client.pager(
        _LIST, None, model=ResourceProvider, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResourceProvider]:
    """Get a resource provider."""
    return client.call(
        _GET,
        {"resource_provider_uuid": resource_provider_uuid},
        model=ResourceProvider,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResourceProvider]:
    """Create a resource provider and return it (since 1.20; with older microversions use
    create_legacy). A duplicate name or UUID is a 409."""
    return client.call(
        _CREATE, None, model=ResourceProvider, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    resource_provider_uuid: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResourceProvider]:
    """Update a provider's name and (since 1.14) parent. PUT semantics: the name is always
    required."""
    return client.call(
        _UPDATE,
        {"resource_provider_uuid": resource_provider_uuid},
        model=ResourceProvider,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a provider, its inventories, traits and aggregate associations. 409 if it still has
    allocations or child providers."""
    return client.call(
        _DELETE,
        {"resource_provider_uuid": resource_provider_uuid},
        microversion=microversion,
        timeout=timeout,
    )


def create_legacy(
    client: ServiceClient,
    opts: CreateLegacyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str | None]:
    """Create a resource provider with microversions before 1.20: the server answers 201 with an
    empty body; the result is the new provider's URL (Location header)."""
    return client.call(_CREATE_LEGACY, None, opts=opts, microversion=microversion, timeout=timeout)


def find(
    client: ServiceClient,
    name_or_id: str,
) -> ResourceProvider:
    """The one ResourceProvider whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=ResourceProvider,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="uuid",
    )


def extract_resource_providers(page: Page[Any]) -> builtins.list[ResourceProvider]:
    """The ResourceProvider items of a page (or of ``all_pages()``)."""
    return page.extract_as(ResourceProvider)
