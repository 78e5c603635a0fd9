# Generated from block-storage/v3/volume_type_access.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""One project's access to a private volume type. Listing the access of a public type is a 404;
changing the access of a public type is a 400. Admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class VolumeTypeAccess(Model):
    """One project's access to a private volume type. Listing the access of a public type is a
    404; changing the access of a public type is a 400. Admin-only by default."""

    volume_type_id: str | Unset = UNSET
    """The volume type's ID."""

    project_id: str | Unset = UNSET
    """The ID of a project that may use the type."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("volume_type_id", "volume_type_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
    )


class AddProjectAccessOpts(Opts):
    """Options of add_project_access. Also the options of remove_project_access."""

    project: str = REQUIRED
    """The ID of the project to let in (add) or out (remove)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("project", "project", t.STRING, required=True),)


RemoveProjectAccessOpts = AddProjectAccessOpts

_LIST = Operation(
    "volume_type_access.list",
    "GET",
    "/types/{volume_type_id}/os-volume-type-access",
    ok=(200, 203),
    response_key="volume_type_access",
    paging=Paging("single"),
)
_ADD_PROJECT_ACCESS = Operation(
    "volume_type_access.add_project_access",
    "POST",
    "/types/{volume_type_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="addProjectAccess",
    response_kind="empty",
)
_REMOVE_PROJECT_ACCESS = Operation(
    "volume_type_access.remove_project_access",
    "POST",
    "/types/{volume_type_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="removeProjectAccess",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    volume_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeTypeAccess]:
    """The projects that may use a private volume type."""
    return client.pager(
        _LIST,
        {"volume_type_id": volume_type_id},
        model=VolumeTypeAccess,
        microversion=microversion,
        timeout=timeout,
    )


def add_project_access(
    client: ServiceClient,
    volume_type_id: str,
    opts: AddProjectAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Let a project use a private volume type. A project already on the list is a 409, a public
    type a 400."""
    return client.call(
        _ADD_PROJECT_ACCESS,
        {"volume_type_id": volume_type_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_project_access(
    client: ServiceClient,
    volume_type_id: str,
    opts: RemoveProjectAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Take a project off a private type's access list (NotFound when it is not on it)."""
    return client.call(
        _REMOVE_PROJECT_ACCESS,
        {"volume_type_id": volume_type_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_volume_type_access(page: Page[Any]) -> builtins.list[VolumeTypeAccess]:
    """The VolumeTypeAccess items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeTypeAccess)
