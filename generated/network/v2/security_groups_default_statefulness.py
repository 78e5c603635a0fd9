# Generated from network/v2/security_groups_default_statefulness.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The default of the "stateful" attribute for new security groups, per project or (project_id
null) for the whole cloud: a security group created without "stateful" takes its project's
setting, else the cloud-wide one, else true. Admin-only by default. Needs the
security-groups-default-statefulness extension."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class SecurityGroupsDefaultStatefulness(Model):
    """The default of the "stateful" attribute for new security groups, per project or
    (project_id null) for the whole cloud: a security group created without "stateful" takes
    its project's setting, else the cloud-wide one, else true. Admin-only by default. Needs
    the security-groups-default-statefulness extension."""

    id: str
    """The setting's UUID."""

    project_id: str | None | Unset = UNSET
    """The project the setting applies to; null for the cloud-wide default."""

    stateful: bool | Unset = UNSET
    """The stateful value new security groups of the project get (default true)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("stateful", "stateful", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the setting with this ID."""

    project_id: str | Unset = UNSET
    """Only the setting of this project."""

    stateful: bool | Unset = UNSET
    """Only settings with this value."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (id, project_id, stateful); keep id when paging."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (id, project_id, stateful), one sort_dir each."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most settings one page holds."""

    marker: str | Unset = UNSET
    """Start after the setting with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("stateful", "stateful", t.BOOLEAN, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    project_id: str | None | Unset = UNSET
    """The project the setting applies to; null for the cloud-wide default."""

    stateful: bool | Unset = UNSET
    """The stateful value new security groups of the project get (default true)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("project_id", "project_id", t.STRING, nullable=True),
        Param("stateful", "stateful", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    stateful: bool | Unset = UNSET
    """The stateful value new security groups of the project get (default true)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("stateful", "stateful", t.BOOLEAN),)


_LIST = Operation(
    "security_groups_default_statefulness.list",
    "GET",
    "/security-groups-default-statefulness",
    ok=(200, 203),
    response_key="security_groups_default_statefulness",
    paging=Paging("marker", next="security_groups_default_statefulness_links[rel=next].href"),
)
_GET = Operation(
    "security_groups_default_statefulness.get",
    "GET",
    "/security-groups-default-statefulness/{default_statefulness_id}",
    ok=(200, 203),
    response_key="security_groups_default_statefulness",
)
_CREATE = Operation(
    "security_groups_default_statefulness.create",
    "POST",
    "/security-groups-default-statefulness",
    ok=(201,),
    request_kind="json",
    request_key="security_groups_default_statefulness",
    response_key="security_groups_default_statefulness",
)
_UPDATE = Operation(
    "security_groups_default_statefulness.update",
    "PUT",
    "/security-groups-default-statefulness/{default_statefulness_id}",
    ok=(200,),
    request_kind="json",
    request_key="security_groups_default_statefulness",
    response_key="security_groups_default_statefulness",
)
_DELETE = Operation(
    "security_groups_default_statefulness.delete",
    "DELETE",
    "/security-groups-default-statefulness/{default_statefulness_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SecurityGroupsDefaultStatefulness]:
    """List the settings; every filter matches exactly."""
    return client.pager(
        _LIST,
        None,
        model=SecurityGroupsDefaultStatefulness,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    default_statefulness_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroupsDefaultStatefulness]:
    """Show a setting."""
    return client.call(
        _GET,
        {"default_statefulness_id": default_statefulness_id},
        model=SecurityGroupsDefaultStatefulness,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroupsDefaultStatefulness]:
    """Set the default for a project (or, with project_id null, for the cloud); one per project."""
    return client.call(
        _CREATE,
        None,
        model=SecurityGroupsDefaultStatefulness,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    default_statefulness_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityGroupsDefaultStatefulness]:
    """Change a setting's stateful value."""
    return client.call(
        _UPDATE,
        {"default_statefulness_id": default_statefulness_id},
        model=SecurityGroupsDefaultStatefulness,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    default_statefulness_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a setting (new groups of the project fall back to the cloud-wide default)."""
    return client.call(
        _DELETE,
        {"default_statefulness_id": default_statefulness_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_security_groups_default_statefulness(
    page: Page[Any],
) -> builtins.list[SecurityGroupsDefaultStatefulness]:
    """The SecurityGroupsDefaultStatefulness items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecurityGroupsDefaultStatefulness)
