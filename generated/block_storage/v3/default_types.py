# Generated from block-storage/v3/default_types.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Per project default volume types (since 3.62): the type a project's new volumes get when they
name none, overriding the configured default. Admin-only by default (a project's members may
read their own)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class DefaultType(Model):
    """Per project default volume types (since 3.62): the type a project's new volumes get when
    they name none, overriding the configured default. Admin-only by default (a project's
    members may read their own)."""

    project_id: str
    """The project's ID."""

    volume_type_id: str | Unset = UNSET
    """The ID of the project's default volume type."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", t.STRING),
        Field("volume_type_id", "volume_type_id", t.STRING),
    )


class SetDefaultOpts(Opts):
    """Options of set_default."""

    volume_type: str = REQUIRED
    """The volume type's name or ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_type", "volume_type", t.STRING, required=True),
    )


_LIST = Operation(
    "default_types.list",
    "GET",
    "/default-types",
    ok=(200, 203),
    response_key="default_types",
    paging=Paging("single"),
    since="3.62",
)
_GET = Operation(
    "default_types.get",
    "GET",
    "/default-types/{project_id}",
    ok=(200, 203),
    response_key="default_type",
    since="3.62",
)
_DELETE = Operation(
    "default_types.delete",
    "DELETE",
    "/default-types/{project_id}",
    ok=(204,),
    response_kind="empty",
    since="3.62",
)
_SET_DEFAULT = Operation(
    "default_types.set_default",
    "PUT",
    "/default-types/{project_id}",
    ok=(200,),
    request_kind="json",
    request_key="default_type",
    response_key="default_type",
    since="3.62",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[DefaultType]:
    """Every project's default type override."""
    return client.pager(_LIST, None, model=DefaultType, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DefaultType]:
    """A project's default type override (NotFound when it has none)."""
    return client.call(
        _GET,
        {"project_id": project_id},
        model=DefaultType,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a project's override (it falls back to the configured default)."""
    return client.call(
        _DELETE, {"project_id": project_id}, microversion=microversion, timeout=timeout
    )


def set_default(
    client: ServiceClient,
    project_id: str,
    opts: SetDefaultOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DefaultType]:
    """Set a project's default volume type (by name or ID)."""
    return client.call(
        _SET_DEFAULT,
        {"project_id": project_id},
        model=DefaultType,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_default_types(page: Page[Any]) -> builtins.list[DefaultType]:
    """The DefaultType items of a page (or of ``all_pages()``)."""
    return page.extract_as(DefaultType)
