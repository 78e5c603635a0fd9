# Generated from identity/v3/domains.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A domain is a container of projects, users and groups, and the namespace of their names. A
domain must be disabled before it can be deleted."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class ResourceOptions(Model):
    """Resource options; set an option to null to remove it."""

    immutable: bool | None | Unset = UNSET
    """When true the domain can be neither changed nor deleted until the option is cleared."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("immutable", "immutable", t.BOOLEAN),)


class Domain(Model):
    """A domain is a container of projects, users and groups, and the namespace of their names. A
    domain must be disabled before it can be deleted."""

    id: str
    """The domain ID."""

    name: str
    """The domain name, unique across the cloud (1 to 64 characters)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool
    """Whether the domain can be used. Disabling it disables its users and projects and revokes
    their tokens."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags (at most 80, each without '/' or ',')."""

    options: ResourceOptions | Unset = UNSET
    """Resource options of the domain."""

    links: Links
    """The domain's own URL."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("options", "options", t.model(ResourceOptions)),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Only the domain with this name."""

    enabled: bool | Unset = UNSET
    """Only enabled (true) or disabled (false) domains."""

    limit: int | Unset = UNSET
    """Page size (capped by the server's max_db_limit)."""

    marker: str | Unset = UNSET
    """Start after the domain with this ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The domain name, unique across the cloud (1 to 64 characters)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the domain can be used. Disabling it disables its users and projects and revokes
    their tokens."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags (at most 80, each without '/' or ',')."""

    options: ResourceOptions | Unset = UNSET
    """Resource options of the domain."""

    explicit_domain_id: str | Unset = UNSET
    """Use this ID instead of a generated one (a UUID4 written without dashes), e.g. to give a
    domain the same ID in several clouds."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("options", "options", t.model(ResourceOptions)),
        Param("explicit_domain_id", "explicit_domain_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The domain name, unique across the cloud (1 to 64 characters)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the domain can be used. Disabling it disables its users and projects and revokes
    their tokens."""

    tags: builtins.list[str] | Unset = UNSET
    """Simple string tags (at most 80, each without '/' or ',')."""

    options: ResourceOptions | Unset = UNSET
    """Resource options of the domain."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("options", "options", t.model(ResourceOptions)),
    )


_LIST = Operation(
    "domains.list",
    "GET",
    "/domains",
    ok=(200, 203),
    response_key="domains",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "domains.get",
    "GET",
    "/domains/{domain_id}",
    ok=(200, 203),
    response_key="domain",
)
_CREATE = Operation(
    "domains.create",
    "POST",
    "/domains",
    ok=(201,),
    request_kind="json",
    request_key="domain",
    response_key="domain",
)
_UPDATE = Operation(
    "domains.update",
    "PATCH",
    "/domains/{domain_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="domain",
    response_key="domain",
)
_DELETE = Operation(
    "domains.delete",
    "DELETE",
    "/domains/{domain_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Domain]:
    """List domains. Keystone pages with limit and marker."""
    return client.pager(
        _LIST, None, model=Domain, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    domain_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Domain]:
    """Show a domain."""
    return client.call(
        _GET, {"domain_id": domain_id}, model=Domain, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Domain]:
    """Create a domain."""
    return client.call(
        _CREATE, None, model=Domain, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    domain_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Domain]:
    """Update a domain."""
    return client.call(
        _UPDATE,
        {"domain_id": domain_id},
        model=Domain,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    domain_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a disabled domain with everything it owns. An enabled domain is refused with
    Forbidden: update it with enabled=False first."""
    return client.call(
        _DELETE, {"domain_id": domain_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Domain:
    """The one Domain whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Domain,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_domains(page: Page[Any]) -> builtins.list[Domain]:
    """The Domain items of a page (or of ``all_pages()``)."""
    return page.extract_as(Domain)
