# Generated from shared-file-system/v2/snapshot_instances.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A snapshot's copy on one share instance (2.19 and later; administrators): a snapshot of a
replicated share has one per replica."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class SnapshotInstance(Model):
    """A snapshot's copy on one share instance (2.19 and later; administrators): a snapshot of a
    replicated share has one per replica."""

    id: str

    snapshot_id: str | Unset = UNSET

    status: str | Unset = UNSET

    share_id: str | Unset = UNSET
    """(detail)"""

    share_instance_id: str | Unset = UNSET
    """(detail)"""

    progress: str | None | Unset = UNSET
    """(detail)"""

    provider_location: str | None | Unset = UNSET
    """(detail)"""

    created_at: datetime.datetime | Unset = UNSET
    """(detail)"""

    updated_at: datetime.datetime | None | Unset = UNSET
    """(detail)"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("snapshot_id", "snapshot_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("share_id", "share_id", t.STRING),
        Field("share_instance_id", "share_instance_id", t.STRING),
        Field("progress", "progress", t.STRING),
        Field("provider_location", "provider_location", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    snapshot_id: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("snapshot_id", "snapshot_id", t.STRING, location="query"),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (Param("status", "status", t.STRING, required=True),)


ListDetailOpts = ListOpts

_LIST = Operation(
    "snapshot_instances.list",
    "GET",
    "/snapshot-instances",
    ok=(200, 203),
    response_key="snapshot_instances",
    paging=Paging("single"),
    since="2.19",
)
_GET = Operation(
    "snapshot_instances.get",
    "GET",
    "/snapshot-instances/{snapshot_instance_id}",
    ok=(200, 203),
    response_key="snapshot_instance",
    since="2.19",
)
_LIST_DETAIL = Operation(
    "snapshot_instances.list_detail",
    "GET",
    "/snapshot-instances/detail",
    ok=(200, 203),
    response_key="snapshot_instances",
    paging=Paging("single"),
    since="2.19",
)
_RESET_STATUS = Operation(
    "snapshot_instances.reset_status",
    "POST",
    "/snapshot-instances/{snapshot_instance_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset_status",
    response_kind="empty",
    since="2.19",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SnapshotInstance]:
    """List snapshot instances."""
    return client.pager(
        _LIST, None, model=SnapshotInstance, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    snapshot_instance_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SnapshotInstance]:
    """Get a snapshot instance."""
    return client.call(
        _GET,
        {"snapshot_instance_id": snapshot_instance_id},
        model=SnapshotInstance,
        microversion=microversion,
        timeout=timeout,
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SnapshotInstance]:
    """List detail."""
    return client.pager(
        _LIST_DETAIL,
        None,
        model=SnapshotInstance,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def reset_status(
    client: ServiceClient,
    snapshot_instance_id: str,
    opts: ResetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset status."""
    return client.call(
        _RESET_STATUS,
        {"snapshot_instance_id": snapshot_instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_snapshot_instances(page: Page[Any]) -> builtins.list[SnapshotInstance]:
    """The SnapshotInstance items of a page (or of ``all_pages()``)."""
    return page.extract_as(SnapshotInstance)
