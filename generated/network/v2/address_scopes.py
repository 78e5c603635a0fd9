# Generated from network/v2/address_scopes.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An address scope: a space of non-overlapping addresses of one IP version that subnet pools
belong to; routers route between subnets of one scope without NAT. Needs the address-scope
extension."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class AddressScope(Model):
    """An address scope: a space of non-overlapping addresses of one IP version that subnet pools
    belong to; routers route between subnets of one scope without NAT. Needs the address-scope
    extension."""

    id: str
    """The address scope's UUID."""

    name: str | Unset = UNSET
    """A human-readable name."""

    ip_version: int | Unset = UNSET
    """4 or 6."""

    shared: bool | Unset = UNSET
    """Whether every project may use the scope (admin; cannot be undone)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER, enum=(4, 6)),
        Field("shared", "shared", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the scope with this ID."""

    name: str | Unset = UNSET
    """Only scopes with this name."""

    ip_version: int | Unset = UNSET
    """Only scopes of this IP version."""

    shared: bool | Unset = UNSET
    """Only shared scopes (or not)."""

    project_id: str | Unset = UNSET
    """Only scopes of this project."""

    tenant_id: str | Unset = UNSET
    """Only scopes of this project (older name)."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (address scope attribute names, e.g. id, name); Neutron
    leaves the others out of each item. Keep id in the list when paging: the next page starts
    after the last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of id, ip_version, name, shared,
    project_id, tenant_id); give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most address_scopes one page holds; a full page carries a address_scopes_links entry
    with rel "next"."""

    marker: str | Unset = UNSET
    """Start after the address scope with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("ip_version", "ip_version", t.INTEGER, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """A human-readable name."""

    ip_version: int = REQUIRED
    """4 or 6."""

    shared: bool | Unset = UNSET
    """Whether every project may use the scope (admin; cannot be undone)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("ip_version", "ip_version", t.INTEGER, required=True, enum=(4, 6)),
        Param("shared", "shared", t.BOOLEAN),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """A human-readable name."""

    shared: bool | Unset = UNSET
    """Whether every project may use the scope (admin; cannot be undone)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("shared", "shared", t.BOOLEAN),
    )


_LIST = Operation(
    "address_scopes.list",
    "GET",
    "/address-scopes",
    ok=(200, 203),
    response_key="address_scopes",
    paging=Paging("marker", next="address_scopes_links[rel=next].href"),
)
_GET = Operation(
    "address_scopes.get",
    "GET",
    "/address-scopes/{address_scope_id}",
    ok=(200, 203),
    response_key="address_scope",
)
_CREATE = Operation(
    "address_scopes.create",
    "POST",
    "/address-scopes",
    ok=(201,),
    request_kind="json",
    request_key="address_scope",
    response_key="address_scope",
)
_UPDATE = Operation(
    "address_scopes.update",
    "PUT",
    "/address-scopes/{address_scope_id}",
    ok=(200,),
    request_kind="json",
    request_key="address_scope",
    response_key="address_scope",
)
_DELETE = Operation(
    "address_scopes.delete",
    "DELETE",
    "/address-scopes/{address_scope_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AddressScope]:
    """List the address scopes the caller may see; every filter matches exactly."""
    return client.pager(
        _LIST, None, model=AddressScope, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    address_scope_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AddressScope]:
    """Show an address scope."""
    return client.call(
        _GET,
        {"address_scope_id": address_scope_id},
        model=AddressScope,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AddressScope]:
    """Create an address scope (shared is admin-only by default)."""
    return client.call(
        _CREATE, None, model=AddressScope, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    address_scope_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AddressScope]:
    """Change an address scope's name or sharing."""
    return client.call(
        _UPDATE,
        {"address_scope_id": address_scope_id},
        model=AddressScope,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    address_scope_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an address scope; a 409 while subnet pools use it."""
    return client.call(
        _DELETE, {"address_scope_id": address_scope_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> AddressScope:
    """The one AddressScope whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=AddressScope,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_address_scopes(page: Page[Any]) -> builtins.list[AddressScope]:
    """The AddressScope items of a page (or of ``all_pages()``)."""
    return page.extract_as(AddressScope)
