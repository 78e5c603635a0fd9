# Generated from network/v2/flavors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A network service flavor (flavors extension): a name for one way an advanced service
(L3_ROUTER_NAT, VPN, ...) is provided, which users pick when creating a router (flavor_id) or
service; its service profiles say which driver serves it. Creating and changing flavors is
admin-only."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as _IdRef

ServiceProfileRef = _IdRef


class Flavor(Model):
    """A network service flavor (flavors extension): a name for one way an advanced service
    (L3_ROUTER_NAT, VPN, ...) is provided, which users pick when creating a router (flavor_id)
    or service; its service profiles say which driver serves it. Creating and changing flavors
    is admin-only."""

    id: str
    """The flavor's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    service_type: str | Unset = UNSET
    """The service type the flavor is for (one a service plugin provides, e.g. L3_ROUTER_NAT)."""

    enabled: bool | Unset = UNSET
    """Whether users may pick the flavor."""

    service_profiles: builtins.list[str] | Unset = UNSET
    """The IDs of the service profiles associated with the flavor."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("service_type", "service_type", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("service_profiles", "service_profiles", t.list_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the flavor with this ID."""

    name: str | Unset = UNSET
    """Only flavors with this name."""

    description: str | Unset = UNSET
    """Only flavors with this description."""

    service_type: str | Unset = UNSET
    """Only flavors of this service type."""

    enabled: bool | Unset = UNSET
    """Only enabled (true) or disabled (false) flavors."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most flavors a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("service_type", "service_type", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    service_type: str = REQUIRED
    """The service type the flavor is for (one a service plugin provides, e.g. L3_ROUTER_NAT)."""

    enabled: bool | Unset = UNSET
    """Whether users may pick the flavor."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("service_type", "service_type", t.STRING, required=True),
        Param("enabled", "enabled", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    enabled: bool | Unset = UNSET
    """Whether users may pick the flavor."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
    )


class AssociateServiceProfileOpts(Opts):
    """Options of associate_service_profile."""

    id: str = REQUIRED
    """The service profile's UUID."""

    _params: ClassVar[tuple[Param, ...]] = (Param("id", "id", t.STRING, required=True),)


_LIST = Operation(
    "flavors.list",
    "GET",
    "/flavors",
    ok=(200, 203),
    response_key="flavors",
    paging=Paging("marker", next="flavors_links[rel=next].href"),
)
_GET = Operation(
    "flavors.get",
    "GET",
    "/flavors/{flavor_id}",
    ok=(200, 203),
    response_key="flavor",
)
_CREATE = Operation(
    "flavors.create",
    "POST",
    "/flavors",
    ok=(201,),
    request_kind="json",
    request_key="flavor",
    response_key="flavor",
)
_UPDATE = Operation(
    "flavors.update",
    "PUT",
    "/flavors/{flavor_id}",
    ok=(200,),
    request_kind="json",
    request_key="flavor",
    response_key="flavor",
)
_DELETE = Operation(
    "flavors.delete",
    "DELETE",
    "/flavors/{flavor_id}",
    ok=(204,),
    response_kind="empty",
)
_ASSOCIATE_SERVICE_PROFILE = Operation(
    "flavors.associate_service_profile",
    "POST",
    "/flavors/{flavor_id}/service_profiles",
    ok=(201,),
    request_kind="json",
    request_key="service_profile",
    response_key="service_profile",
)
_DISASSOCIATE_SERVICE_PROFILE = Operation(
    "flavors.disassociate_service_profile",
    "DELETE",
    "/flavors/{flavor_id}/service_profiles/{profile_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Flavor]:
    """List flavors."""
    return client.pager(
        _LIST, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Show a flavor."""
    return client.call(
        _GET, {"flavor_id": flavor_id}, model=Flavor, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Create a flavor (admin; 404 for a service type no plugin provides)."""
    return client.call(
        _CREATE, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    flavor_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Change a flavor's name, description or enabled flag (admin)."""
    return client.call(
        _UPDATE,
        {"flavor_id": flavor_id},
        model=Flavor,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a flavor (admin; 409 while something uses it)."""
    return client.call(
        _DELETE, {"flavor_id": flavor_id}, microversion=microversion, timeout=timeout
    )


def associate_service_profile(
    client: ServiceClient,
    flavor_id: str,
    opts: AssociateServiceProfileOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Associate a service profile with a flavor (admin). Returns the body's service_profile
    object as a dict: the api-ref shows the reference that was sent ({"id": <profile>}, see
    ServiceProfileRef), while current Neutron puts the flavor's own attributes under that key."""
    return client.call(
        _ASSOCIATE_SERVICE_PROFILE,
        {"flavor_id": flavor_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def disassociate_service_profile(
    client: ServiceClient,
    flavor_id: str,
    profile_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a service profile from a flavor (admin)."""
    return client.call(
        _DISASSOCIATE_SERVICE_PROFILE,
        {"flavor_id": flavor_id, "profile_id": profile_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Flavor:
    """The one Flavor whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Flavor,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_flavors(page: Page[Any]) -> builtins.list[Flavor]:
    """The Flavor items of a page (or of ``all_pages()``)."""
    return page.extract_as(Flavor)
