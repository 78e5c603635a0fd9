# Generated from image/v2/members.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An image member: a project an image is shared with (the image must have visibility shared).
The owner adds and removes members; the member project accepts or rejects the image, which
decides whether it appears in that project's default image list."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Member(Model):
    """An image member: a project an image is shared with (the image must have visibility
    shared). The owner adds and removes members; the member project accepts or rejects the
    image, which decides whether it appears in that project's default image list."""

    member_id: str
    """The member project ID."""

    image_id: str | Unset = UNSET
    """The shared image."""

    status: Literal["pending", "accepted", "rejected"] | Unset = UNSET
    """The member's answer; pending until the member project accepts or rejects."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    schema: str | Unset = UNSET
    """The path of the member JSON schema."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("member_id", "member_id", t.STRING),
        Field("image_id", "image_id", t.STRING),
        Field("status", "status", t.STRING, enum=("pending", "accepted", "rejected")),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("schema", "schema", t.STRING),
    )


class CreateOpts(Opts):
    """Options of create."""

    member: str = REQUIRED
    """The project ID to share the image with."""

    _params: ClassVar[tuple[Param, ...]] = (Param("member", "member", t.STRING, required=True),)


class UpdateOpts(Opts):
    """Options of update."""

    status: Literal["pending", "accepted", "rejected"] = REQUIRED
    """The member's answer; pending until the member project accepts or rejects."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status", "status", t.STRING, required=True, enum=("pending", "accepted", "rejected")
        ),
    )


_LIST = Operation(
    "members.list",
    "GET",
    "/images/{image_id}/members",
    ok=(200, 203),
    response_key="members",
    paging=Paging("single"),
)
_GET = Operation(
    "members.get",
    "GET",
    "/images/{image_id}/members/{member_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "members.create",
    "POST",
    "/images/{image_id}/members",
    ok=(200,),
    request_kind="json",
)
_UPDATE = Operation(
    "members.update",
    "PUT",
    "/images/{image_id}/members/{member_id}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "members.delete",
    "DELETE",
    "/images/{image_id}/members/{member_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    image_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Member]:
    """The members of an image: all of them for the owner, only its own membership for a member
    project."""
    return client.pager(
        _LIST, {"image_id": image_id}, model=Member, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    image_id: str,
    member_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Show one membership of an image."""
    return client.call(
        _GET,
        {"image_id": image_id, "member_id": member_id},
        model=Member,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    image_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Share the image with a project (status pending); Conflict when it already is."""
    return client.call(
        _CREATE,
        {"image_id": image_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    image_id: str,
    member_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Accept or reject a shared image. Only the member project (or an administrator) may do so,
    not the owner."""
    return client.call(
        _UPDATE,
        {"image_id": image_id, "member_id": member_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    image_id: str,
    member_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Stop sharing the image with a project (the owner or an administrator)."""
    return client.call(
        _DELETE,
        {"image_id": image_id, "member_id": member_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_members(page: Page[Any]) -> builtins.list[Member]:
    """The Member items of a page (or of ``all_pages()``)."""
    return page.extract_as(Member)
