# Generated from container-infrastructure-management/v1/federations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A federation of clusters: a host cluster and member clusters managed together (an experimental
Magnum API). Create and update are asynchronous and status tells their progress."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Federation(Model):
    """A federation of clusters: a host cluster and member clusters managed together (an
    experimental Magnum API). Create and update are asynchronous and status tells their
    progress."""

    uuid: str
    """The federation's UUID."""

    name: str | None | Unset = UNSET
    """The federation's name (a letter first; generated when not given)."""

    hostcluster_id: str | Unset = UNSET
    """The host cluster (uuid)."""

    member_ids: builtins.list[str] | Unset = UNSET
    """The member clusters; an update may change them."""

    status: str | Unset = UNSET
    """The federation's state (CREATE_IN_PROGRESS, CREATE_COMPLETE, ...)."""

    status_reason: str | None | Unset = UNSET
    """Why it is in its state."""

    properties: dict[str, str] | Unset = UNSET
    """Settings of the federation (dns-zone, ...); an update may change them."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("hostcluster_id", "hostcluster_id", t.STRING),
        Field("member_ids", "member_ids", t.list_of(t.STRING)),
        Field("status", "status", t.STRING),
        Field("status_reason", "status_reason", t.STRING),
        Field("properties", "properties", t.map_of(t.STRING)),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    limit: int | Unset = UNSET
    """The most federations per page."""

    marker: str | Unset = UNSET
    """The uuid of the last federation of the previous page."""

    sort_key: str | Unset = UNSET
    """The field to sort by (default id)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The federation's name (a letter first; generated when not given)."""

    hostcluster_id: str = REQUIRED
    """The host cluster (uuid)."""

    member_ids: builtins.list[str] | Unset = UNSET
    """The member clusters; an update may change them."""

    properties: dict[str, str] | Unset = UNSET
    """Settings of the federation (dns-zone, ...); an update may change them."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("hostcluster_id", "hostcluster_id", t.STRING, required=True),
        Param("member_ids", "member_ids", t.list_of(t.STRING)),
        Param("properties", "properties", t.map_of(t.STRING)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    member_ids: builtins.list[str] | Unset = UNSET
    """The member clusters; an update may change them."""

    properties: dict[str, str] | Unset = UNSET
    """Settings of the federation (dns-zone, ...); an update may change them."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("member_ids", "member_ids", t.list_of(t.STRING)),
        Param("properties", "properties", t.map_of(t.STRING)),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "federations.list",
    "GET",
    "/federations",
    ok=(200, 203),
    response_key="federations",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "federations.get",
    "GET",
    "/federations/{federation_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "federations.create",
    "POST",
    "/federations",
    ok=(202,),
    request_kind="json",
)
_UPDATE = Operation(
    "federations.update",
    "PATCH",
    "/federations/{federation_id}",
    ok=(202,),
    request_kind="json-patch",
)
_DELETE = Operation(
    "federations.delete",
    "DELETE",
    "/federations/{federation_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "federations.list_detail",
    "GET",
    "/federations/detail",
    ok=(200, 203),
    response_key="federations",
    paging=Paging("linked", next="next"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Federation]:
    """The federations of the project."""
    return client.pager(
        _LIST, None, model=Federation, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    federation_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Federation]:
    """One federation, by uuid or name."""
    return client.call(
        _GET,
        {"federation_id": federation_id},
        model=Federation,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Federation]:
    """Starts creating a federation; the answer holds only its uuid."""
    return client.call(
        _CREATE, None, model=Federation, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    federation_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Federation]:
    """Changes member_ids or properties (a JSON Patch); the answer holds only the uuid (the
    rollback query option is not offered, as for clusters)."""
    return client.call(
        _UPDATE,
        {"federation_id": federation_id},
        model=Federation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    federation_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Starts deleting the federation."""
    return client.call(
        _DELETE, {"federation_id": federation_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Federation]:
    """The federations with every field."""
    return client.pager(
        _LIST_DETAIL, None, model=Federation, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Federation:
    """The one Federation whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Federation,
        name_field="name",
        id_field="uuid",
    )


def wait_for_status(
    client: ServiceClient,
    federation_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Federation], None] | None = None,
) -> Federation:
    """Poll get until the Federation's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes CREATE_FAILED or UPDATE_FAILED or DELETE_FAILED."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"federation_id": federation_id},
        model=Federation,
        field="status",
        wanted=status,
        failures=("CREATE_FAILED", "UPDATE_FAILED", "DELETE_FAILED"),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    federation_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Federation], None] | None = None,
) -> None:
    """Poll get until the Federation is gone (404, or status DELETE_COMPLETE). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes
    DELETE_FAILED."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"federation_id": federation_id},
        model=Federation,
        field="status",
        deleted=("DELETE_COMPLETE",),
        failures=("DELETE_FAILED",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_federations(page: Page[Any]) -> builtins.list[Federation]:
    """The Federation items of a page (or of ``all_pages()``)."""
    return page.extract_as(Federation)
