# Generated from identity/v3/groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A group of users in one domain; a role granted to the group applies to each of its members.
Membership is managed with users.add_to_group and friends."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Group(Model):
    """A group of users in one domain; a role granted to the group applies to each of its
    members. Membership is managed with users.add_to_group and friends."""

    id: str
    """The group ID."""

    name: str | Unset = UNSET
    """The group name, unique within its domain."""

    domain_id: str | Unset = UNSET
    """The domain that owns the group; the scope's (or the default) domain when not given on
    create."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    membership_expires_at: datetime.datetime | None | Unset = UNSET
    """Only in a user's group listing: when a membership gained through federation lapses (None
    for a lasting membership)."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("membership_expires_at", "membership_expires_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    domain_id: str | Unset = UNSET

    name: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The page size."""

    marker: str | Unset = UNSET
    """The ID of the last group of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("domain_id", "domain_id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The group name, unique within its domain."""

    domain_id: str | Unset = UNSET
    """The domain that owns the group; the scope's (or the default) domain when not given on
    create."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("domain_id", "domain_id", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The group name, unique within its domain."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
    )


_LIST = Operation(
    "groups.list",
    "GET",
    "/groups",
    ok=(200, 203),
    response_key="groups",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "groups.get",
    "GET",
    "/groups/{group_id}",
    ok=(200, 203),
    response_key="group",
)
_CREATE = Operation(
    "groups.create",
    "POST",
    "/groups",
    ok=(201,),
    request_kind="json",
    request_key="group",
    response_key="group",
)
_UPDATE = Operation(
    "groups.update",
    "PATCH",
    "/groups/{group_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="group",
    response_key="group",
)
_DELETE = Operation(
    "groups.delete",
    "DELETE",
    "/groups/{group_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Group]:
    """List groups, optionally filtered."""
    return client.pager(
        _LIST, None, model=Group, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Group]:
    """Get a group."""
    return client.call(
        _GET, {"group_id": group_id}, model=Group, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Group]:
    """Create a group."""
    return client.call(
        _CREATE, None, model=Group, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    group_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Group]:
    """Update a group."""
    return client.call(
        _UPDATE,
        {"group_id": group_id},
        model=Group,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a group."""
    return client.call(_DELETE, {"group_id": group_id}, microversion=microversion, timeout=timeout)


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Group:
    """The one Group whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Group,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_groups(page: Page[Any]) -> builtins.list[Group]:
    """The Group items of a page (or of ``all_pages()``)."""
    return page.extract_as(Group)
