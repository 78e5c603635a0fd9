# Generated from network/v2/address_groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An address group: a named set of CIDRs that security group rules can name as their remote end
(remote_address_group_id). Needs the address-group extension."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class AddressGroup(Model):
    """An address group: a named set of CIDRs that security group rules can name as their remote
    end (remote_address_group_id). Needs the address-group extension."""

    id: str
    """The address group's UUID."""

    name: str | Unset = UNSET
    """A human-readable name."""

    description: str | Unset = UNSET
    """Free-form text."""

    addresses: builtins.list[str] | Unset = UNSET
    """The group's CIDRs (host addresses become /32 or /128); change them with add_addresses and
    remove_addresses."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    created_at: datetime.datetime | Unset = UNSET
    """When the group was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("addresses", "addresses", t.list_of(t.STRING)),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the group with this ID."""

    name: str | Unset = UNSET
    """Only groups with this name."""

    description: str | Unset = UNSET
    """Only groups with this description."""

    revision_number: int | Unset = UNSET
    """Only groups at this revision."""

    project_id: str | Unset = UNSET
    """Only groups of this project."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (address group attribute names, e.g. id, name); Neutron
    leaves the others out of each item. Keep id in the list when paging: the next page starts
    after the last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of description, id, name,
    project_id); give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most address_groups one page holds; a full page carries a address_groups_links entry
    with rel "next"."""

    marker: str | Unset = UNSET
    """Start after the address group with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
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
    """A human-readable name."""

    description: str | Unset = UNSET
    """Free-form text."""

    addresses: builtins.list[str] | Unset = UNSET
    """The group's CIDRs (host addresses become /32 or /128); change them with add_addresses and
    remove_addresses."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("addresses", "addresses", t.list_of(t.STRING)),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """A human-readable name."""

    description: str | Unset = UNSET
    """Free-form text."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
    )


class AddAddressesOpts(Opts):
    """Options of add_addresses. Also the options of remove_addresses."""

    addresses: builtins.list[str] = REQUIRED
    """The CIDRs to add or remove."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("addresses", "addresses", t.list_of(t.STRING), required=True),
    )


RemoveAddressesOpts = AddAddressesOpts

_LIST = Operation(
    "address_groups.list",
    "GET",
    "/address-groups",
    ok=(200, 203),
    response_key="address_groups",
    paging=Paging("marker", next="address_groups_links[rel=next].href"),
)
_GET = Operation(
    "address_groups.get",
    "GET",
    "/address-groups/{address_group_id}",
    ok=(200, 203),
    response_key="address_group",
)
_CREATE = Operation(
    "address_groups.create",
    "POST",
    "/address-groups",
    ok=(201,),
    request_kind="json",
    request_key="address_group",
    response_key="address_group",
)
_UPDATE = Operation(
    "address_groups.update",
    "PUT",
    "/address-groups/{address_group_id}",
    ok=(200,),
    request_kind="json",
    request_key="address_group",
    response_key="address_group",
)
_DELETE = Operation(
    "address_groups.delete",
    "DELETE",
    "/address-groups/{address_group_id}",
    ok=(204,),
    response_kind="empty",
)
_ADD_ADDRESSES = Operation(
    "address_groups.add_addresses",
    "PUT",
    "/address-groups/{address_group_id}/add_addresses",
    ok=(200,),
    request_kind="json",
    response_key="address_group",
)
_REMOVE_ADDRESSES = Operation(
    "address_groups.remove_addresses",
    "PUT",
    "/address-groups/{address_group_id}/remove_addresses",
    ok=(200,),
    request_kind="json",
    response_key="address_group",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AddressGroup]:
    """List the address groups the caller may see; every filter matches exactly."""
    return client.pager(
        _LIST, None, model=AddressGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    address_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AddressGroup]:
    """Show an address group."""
    return client.call(
        _GET,
        {"address_group_id": address_group_id},
        model=AddressGroup,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AddressGroup]:
    """Create an address group."""
    return client.call(
        _CREATE, None, model=AddressGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    address_group_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AddressGroup]:
    """Change an address group's name or description."""
    return client.call(
        _UPDATE,
        {"address_group_id": address_group_id},
        model=AddressGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    address_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an address group; a 409 while security group rules use it."""
    return client.call(
        _DELETE, {"address_group_id": address_group_id}, microversion=microversion, timeout=timeout
    )


def add_addresses(
    client: ServiceClient,
    address_group_id: str,
    opts: AddAddressesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AddressGroup]:
    """Add CIDRs to the group; returns the group."""
    return client.call(
        _ADD_ADDRESSES,
        {"address_group_id": address_group_id},
        model=AddressGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_addresses(
    client: ServiceClient,
    address_group_id: str,
    opts: RemoveAddressesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AddressGroup]:
    """Remove CIDRs from the group (a 404 for one it lacks); returns the group."""
    return client.call(
        _REMOVE_ADDRESSES,
        {"address_group_id": address_group_id},
        model=AddressGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> AddressGroup:
    """The one AddressGroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=AddressGroup,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_address_groups(page: Page[Any]) -> builtins.list[AddressGroup]:
    """The AddressGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(AddressGroup)
