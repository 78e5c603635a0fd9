# Generated from workflow/v2/members.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Sharing a private workflow with other projects: the owner adds a project as a member
(pending); the member project accepts or rejects it, and once accepted sees the workflow in
its listings and may run it. Needs authentication enabled on the server. Members are known by
project id."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Member(Model):
    """Sharing a private workflow with other projects: the owner adds a project as a member
    (pending); the member project accepts or rejects it, and once accepted sees the workflow
    in its listings and may run it. Needs authentication enabled on the server. Members are
    known by project id."""

    id: str | Unset = UNSET
    """The membership's UUID."""

    resource_id: str | Unset = UNSET
    """The shared workflow's id."""

    resource_type: str | Unset = UNSET
    """"workflow"."""

    project_id: str | Unset = UNSET
    """The owner's project."""

    member_id: str
    """The project the workflow is shared with."""

    status: Literal["pending", "accepted", "rejected"] | Unset = UNSET
    """pending until the member project answers."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was shared."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the status last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("resource_id", "resource_id", t.STRING),
        Field("resource_type", "resource_type", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("member_id", "member_id", t.STRING),
        Field("status", "status", t.STRING, enum=("pending", "accepted", "rejected")),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class CreateOpts(Opts):
    """Options of create."""

    member_id: str = REQUIRED
    """The project the workflow is shared with."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("member_id", "member_id", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    status: Literal["pending", "accepted", "rejected"] = REQUIRED
    """pending until the member project answers."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status", "status", t.STRING, required=True, enum=("pending", "accepted", "rejected")
        ),
    )


_LIST = Operation(
    "members.list",
    "GET",
    "/workflows/{workflow_id}/members",
    ok=(200, 203),
    response_key="members",
    paging=Paging("single"),
)
_GET = Operation(
    "members.get",
    "GET",
    "/workflows/{workflow_id}/members/{member_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "members.create",
    "POST",
    "/workflows/{workflow_id}/members",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "members.update",
    "PUT",
    "/workflows/{workflow_id}/members/{member_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_DELETE = Operation(
    "members.delete",
    "DELETE",
    "/workflows/{workflow_id}/members/{member_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    workflow_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Member]:
    """The members of a workflow: every one for the owner, only its own membership for a member
    project."""
    return client.pager(
        _LIST,
        {"workflow_id": workflow_id},
        model=Member,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    workflow_id: str,
    member_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """One membership of a workflow, by member project id."""
    return client.call(
        _GET,
        {"workflow_id": workflow_id, "member_id": member_id},
        model=Member,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    workflow_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Share a private workflow with a project (400 for a public workflow, 409 when shared
    already)."""
    return client.call(
        _CREATE,
        {"workflow_id": workflow_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    workflow_id: str,
    member_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Member]:
    """Accept or reject a workflow shared with the caller's project (the member's call)."""
    return client.call(
        _UPDATE,
        {"workflow_id": workflow_id, "member_id": member_id},
        model=Member,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    workflow_id: str,
    member_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Stop sharing (the owner's call)."""
    return client.call(
        _DELETE,
        {"workflow_id": workflow_id, "member_id": member_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_members(page: Page[Any]) -> builtins.list[Member]:
    """The Member items of a page (or of ``all_pages()``)."""
    return page.extract_as(Member)
