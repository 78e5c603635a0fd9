# Generated from database/v1/backup_strategies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Where a project's (or one instance's) backups go by default: the Swift container. Strategies
are addressed by project and instance, not by id."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class BackupStrategy(Model):
    """Where a project's (or one instance's) backups go by default: the Swift container.
    Strategies are addressed by project and instance, not by id."""

    instance_id: str
    """The instance it applies to (empty for the whole project)."""

    swift_container: str | Unset = UNSET
    """The Swift container backups go to."""

    project_id: str | Unset = UNSET
    """The project."""

    backend: str | Unset = UNSET
    """The storage backend (swift)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("instance_id", "instance_id", t.STRING),
        Field("swift_container", "swift_container", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("backend", "backend", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of remove."""

    instance_id: str | Unset = UNSET
    """Only the strategy of this instance."""

    project_id: str | Unset = UNSET
    """Another project's (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("instance_id", "instance_id", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    instance_id: str | Unset = UNSET
    """The instance it applies to (empty for the whole project)."""

    swift_container: str = REQUIRED
    """The Swift container backups go to."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("instance_id", "instance_id", t.STRING),
        Param("swift_container", "swift_container", t.STRING, required=True),
    )


RemoveOpts = ListOpts

_LIST = Operation(
    "backup_strategies.list",
    "GET",
    "/backup_strategies",
    ok=(200, 203),
    response_key="backup_strategies",
    paging=Paging("single"),
)
_CREATE = Operation(
    "backup_strategies.create",
    "POST",
    "/backup_strategies",
    ok=(200,),
    request_kind="json",
    request_key="backup_strategy",
    response_key="backup_strategy",
)
_REMOVE = Operation(
    "backup_strategies.remove",
    "DELETE",
    "/backup_strategies",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[BackupStrategy]:
    """The project's backup strategies."""
    return client.pager(
        _LIST, None, model=BackupStrategy, opts=opts, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BackupStrategy]:
    """Sets a backup strategy."""
    return client.call(
        _CREATE, None, model=BackupStrategy, opts=opts, microversion=microversion, timeout=timeout
    )


def remove(
    client: ServiceClient,
    opts: RemoveOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deletes a backup strategy."""
    return client.call(_REMOVE, None, opts=opts, microversion=microversion, timeout=timeout)


def extract_backup_strategies(page: Page[Any]) -> builtins.list[BackupStrategy]:
    """The BackupStrategy items of a page (or of ``all_pages()``)."""
    return page.extract_as(BackupStrategy)
