# Generated from network/v2/subnet_pools.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A subnet pool: a set of address prefixes that subnets are allocated from, with default,
minimum and maximum prefix lengths, an optional per-project quota and an optional address
scope. A default pool (is_default) serves subnets created with use_default_subnetpool."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class SubnetPool(Model):
    """A subnet pool: a set of address prefixes that subnets are allocated from, with default,
    minimum and maximum prefix lengths, an optional per-project quota and an optional address
    scope. A default pool (is_default) serves subnets created with use_default_subnetpool."""

    id: str
    """The subnet pool's UUID."""

    name: str | Unset = UNSET
    """A human-readable name (not empty)."""

    description: str | Unset = UNSET
    """Free-form text."""

    prefixes: builtins.list[str] | Unset = UNSET
    """The pool's prefixes (CIDRs, all of one IP version). Neutron merges adjacent ones. An
    update replaces the list and may only grow it."""

    ip_version: int | Unset = UNSET
    """4 or 6, from the prefixes."""

    default_prefixlen: Any | Unset = UNSET
    """The prefix length of a subnet that asks for none (default min_prefixlen). Neutron answers
    with the number as text ("26"); create and update take an integer."""

    min_prefixlen: Any | Unset = UNSET
    """The shortest prefix a subnet may have (default 8 for IPv4, 64 for IPv6); answered as text
    ("24"), sent as an integer."""

    max_prefixlen: Any | Unset = UNSET
    """The longest prefix a subnet may have (default 32 or 128); answered as text ("32"), sent as
    an integer."""

    default_quota: int | None | Unset = UNSET
    """The most addresses one project may allocate from the pool (None for no limit)."""

    address_scope_id: str | None | Unset = UNSET
    """The address scope the pool belongs to (address-scope)."""

    shared: bool | Unset = UNSET
    """Whether every project may allocate from the pool (admin)."""

    is_default: bool | Unset = UNSET
    """Whether this is the default pool of its IP version (admin)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    tags: builtins.list[str] | Unset = UNSET
    """The pool's tags (changed through the tags API)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the pool was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("prefixes", "prefixes", t.list_of(t.STRING)),
        Field("ip_version", "ip_version", t.INTEGER),
        Field("default_prefixlen", "default_prefixlen", t.ANY),
        Field("min_prefixlen", "min_prefixlen", t.ANY),
        Field("max_prefixlen", "max_prefixlen", t.ANY),
        Field("default_quota", "default_quota", t.INTEGER),
        Field("address_scope_id", "address_scope_id", t.STRING),
        Field("shared", "shared", t.BOOLEAN),
        Field("is_default", "is_default", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the pool with this ID."""

    name: str | Unset = UNSET
    """Only pools with this name."""

    description: str | Unset = UNSET
    """Only pools with this description."""

    ip_version: int | Unset = UNSET
    """Only pools of this IP version."""

    address_scope_id: str | Unset = UNSET
    """Only pools in this address scope."""

    default_prefixlen: int | Unset = UNSET
    """Only pools with this default prefix length."""

    min_prefixlen: int | Unset = UNSET
    """Only pools with this minimum prefix length."""

    max_prefixlen: int | Unset = UNSET
    """Only pools with this maximum prefix length."""

    default_quota: int | Unset = UNSET
    """Only pools with this quota."""

    shared: bool | Unset = UNSET
    """Only shared pools (or not)."""

    is_default: bool | Unset = UNSET
    """Only default pools (or not)."""

    project_id: str | Unset = UNSET
    """Only pools of this project."""

    tenant_id: str | Unset = UNSET
    """Only pools of this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only pools at this revision."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items that have every one of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items that have at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items that have every one of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items that have any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (subnet pool attribute names, e.g. id, name); Neutron leaves
    the others out of each item. Keep id in the list when paging: the next page starts after
    the last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of address_scope_id,
    default_prefixlen, default_quota, id, ip_version, is_default, max_prefixlen,
    min_prefixlen, name, shared, project_id, tenant_id); give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most subnetpools one page holds; a full page carries a subnetpools_links entry with
    rel "next"."""

    marker: str | Unset = UNSET
    """Start after the subnet pool with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("ip_version", "ip_version", t.INTEGER, location="query"),
        Param("address_scope_id", "address_scope_id", t.STRING, location="query"),
        Param("default_prefixlen", "default_prefixlen", t.INTEGER, location="query"),
        Param("min_prefixlen", "min_prefixlen", t.INTEGER, location="query"),
        Param("max_prefixlen", "max_prefixlen", t.INTEGER, location="query"),
        Param("default_quota", "default_quota", t.INTEGER, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
        Param("is_default", "is_default", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
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
    """A human-readable name (not empty)."""

    description: str | Unset = UNSET
    """Free-form text."""

    prefixes: builtins.list[str] = REQUIRED
    """The pool's prefixes (CIDRs, all of one IP version). Neutron merges adjacent ones. An
    update replaces the list and may only grow it."""

    default_prefixlen: Any | Unset = UNSET
    """The prefix length of a subnet that asks for none (default min_prefixlen). Neutron answers
    with the number as text ("26"); create and update take an integer."""

    min_prefixlen: Any | Unset = UNSET
    """The shortest prefix a subnet may have (default 8 for IPv4, 64 for IPv6); answered as text
    ("24"), sent as an integer."""

    max_prefixlen: Any | Unset = UNSET
    """The longest prefix a subnet may have (default 32 or 128); answered as text ("32"), sent as
    an integer."""

    default_quota: int | None | Unset = UNSET
    """The most addresses one project may allocate from the pool (None for no limit)."""

    address_scope_id: str | None | Unset = UNSET
    """The address scope the pool belongs to (address-scope)."""

    shared: bool | Unset = UNSET
    """Whether every project may allocate from the pool (admin)."""

    is_default: bool | Unset = UNSET
    """Whether this is the default pool of its IP version (admin)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("prefixes", "prefixes", t.list_of(t.STRING), required=True),
        Param("default_prefixlen", "default_prefixlen", t.ANY),
        Param("min_prefixlen", "min_prefixlen", t.ANY),
        Param("max_prefixlen", "max_prefixlen", t.ANY),
        Param("default_quota", "default_quota", t.INTEGER, nullable=True),
        Param("address_scope_id", "address_scope_id", t.STRING, nullable=True),
        Param("shared", "shared", t.BOOLEAN),
        Param("is_default", "is_default", t.BOOLEAN),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """A human-readable name (not empty)."""

    description: str | Unset = UNSET
    """Free-form text."""

    prefixes: builtins.list[str] | Unset = UNSET
    """The pool's prefixes (CIDRs, all of one IP version). Neutron merges adjacent ones. An
    update replaces the list and may only grow it."""

    default_prefixlen: Any | Unset = UNSET
    """The prefix length of a subnet that asks for none (default min_prefixlen). Neutron answers
    with the number as text ("26"); create and update take an integer."""

    min_prefixlen: Any | Unset = UNSET
    """The shortest prefix a subnet may have (default 8 for IPv4, 64 for IPv6); answered as text
    ("24"), sent as an integer."""

    max_prefixlen: Any | Unset = UNSET
    """The longest prefix a subnet may have (default 32 or 128); answered as text ("32"), sent as
    an integer."""

    default_quota: int | None | Unset = UNSET
    """The most addresses one project may allocate from the pool (None for no limit)."""

    address_scope_id: str | None | Unset = UNSET
    """The address scope the pool belongs to (address-scope)."""

    is_default: bool | Unset = UNSET
    """Whether this is the default pool of its IP version (admin)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("prefixes", "prefixes", t.list_of(t.STRING)),
        Param("default_prefixlen", "default_prefixlen", t.ANY),
        Param("min_prefixlen", "min_prefixlen", t.ANY),
        Param("max_prefixlen", "max_prefixlen", t.ANY),
        Param("default_quota", "default_quota", t.INTEGER, nullable=True),
        Param("address_scope_id", "address_scope_id", t.STRING, nullable=True),
        Param("is_default", "is_default", t.BOOLEAN),
    )


class AddPrefixesOpts(Opts):
    """Options of add_prefixes. Also the options of remove_prefixes."""

    prefixes: builtins.list[str] = REQUIRED
    """The CIDRs to add or remove."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("prefixes", "prefixes", t.list_of(t.STRING), required=True),
    )


class OnboardNetworkSubnetsOpts(Opts):
    """Options of onboard_network_subnets."""

    network_id: str = REQUIRED
    """The network whose subnets to onboard."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("network_id", "network_id", t.STRING, required=True),
    )


RemovePrefixesOpts = AddPrefixesOpts

_LIST = Operation(
    "subnet_pools.list",
    "GET",
    "/subnetpools",
    ok=(200, 203),
    response_key="subnetpools",
    paging=Paging("marker", next="subnetpools_links[rel=next].href"),
)
_GET = Operation(
    "subnet_pools.get",
    "GET",
    "/subnetpools/{subnetpool_id}",
    ok=(200, 203),
    response_key="subnetpool",
)
_CREATE = Operation(
    "subnet_pools.create",
    "POST",
    "/subnetpools",
    ok=(201,),
    request_kind="json",
    request_key="subnetpool",
    response_key="subnetpool",
)
_UPDATE = Operation(
    "subnet_pools.update",
    "PUT",
    "/subnetpools/{subnetpool_id}",
    ok=(200,),
    request_kind="json",
    request_key="subnetpool",
    response_key="subnetpool",
)
_DELETE = Operation(
    "subnet_pools.delete",
    "DELETE",
    "/subnetpools/{subnetpool_id}",
    ok=(204,),
    response_kind="empty",
)
_ADD_PREFIXES = Operation(
    "subnet_pools.add_prefixes",
    "PUT",
    "/subnetpools/{subnetpool_id}/add_prefixes",
    ok=(200,),
    request_kind="json",
)
_REMOVE_PREFIXES = Operation(
    "subnet_pools.remove_prefixes",
    "PUT",
    "/subnetpools/{subnetpool_id}/remove_prefixes",
    ok=(200,),
    request_kind="json",
)
_ONBOARD_NETWORK_SUBNETS = Operation(
    "subnet_pools.onboard_network_subnets",
    "PUT",
    "/subnetpools/{subnetpool_id}/onboard_network_subnets",
    ok=(200,),
    request_kind="json",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SubnetPool]:
    """List the subnet pools the caller may see (its own and shared ones)."""
    return client.pager(
        _LIST, None, model=SubnetPool, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    subnetpool_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SubnetPool]:
    """Show a subnet pool."""
    return client.call(
        _GET,
        {"subnetpool_id": subnetpool_id},
        model=SubnetPool,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SubnetPool]:
    """Create a subnet pool; shared and is_default are admin-only by default."""
    return client.call(
        _CREATE, None, model=SubnetPool, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    subnetpool_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SubnetPool]:
    """Change a subnet pool (only the attributes set are sent)."""
    return client.call(
        _UPDATE,
        {"subnetpool_id": subnetpool_id},
        model=SubnetPool,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    subnetpool_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a subnet pool; a 409 while subnets use it."""
    return client.call(
        _DELETE, {"subnetpool_id": subnetpool_id}, microversion=microversion, timeout=timeout
    )


def add_prefixes(
    client: ServiceClient,
    subnetpool_id: str,
    opts: AddPrefixesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Add prefixes to the pool (subnetpool-prefix-ops); returns the pool's prefixes afterwards,
    merged."""
    return client.call(
        _ADD_PREFIXES,
        {"subnetpool_id": subnetpool_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_prefixes(
    client: ServiceClient,
    subnetpool_id: str,
    opts: RemovePrefixesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Remove prefixes from the pool (none may be in use by a subnet); returns the pool's
    prefixes afterwards."""
    return client.call(
        _REMOVE_PREFIXES,
        {"subnetpool_id": subnetpool_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def onboard_network_subnets(
    client: ServiceClient,
    subnetpool_id: str,
    opts: OnboardNetworkSubnetsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Move the subnets of a network that have no pool into this pool (subnet_onboard); their
    CIDRs become the pool's prefixes."""
    return client.call(
        _ONBOARD_NETWORK_SUBNETS,
        {"subnetpool_id": subnetpool_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> SubnetPool:
    """The one SubnetPool whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=SubnetPool,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_subnet_pools(page: Page[Any]) -> builtins.list[SubnetPool]:
    """The SubnetPool items of a page (or of ``all_pages()``)."""
    return page.extract_as(SubnetPool)
