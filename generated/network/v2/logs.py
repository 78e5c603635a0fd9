# Generated from network/v2/logs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A network log (logging extension): records the packets the security groups (resource_type
security_group) accept, drop or both, for one resource, one port (target) or the whole
project. The agents' log drivers write the records; the API keeps the settings."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Log(Model):
    """A network log (logging extension): records the packets the security groups (resource_type
    security_group) accept, drop or both, for one resource, one port (target) or the whole
    project. The agents' log drivers write the records; the API keeps the settings."""

    id: str
    """The log's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owner."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    resource_type: str | Unset = UNSET
    """What is logged; one of the loggable resource types (security_group)."""

    resource_id: str | None | Unset = UNSET
    """The one resource logged (e.g. a security group); None logs them all."""

    target_id: str | None | Unset = UNSET
    """The one port logged; None logs every port of the resources."""

    event: Literal["ACCEPT", "DROP", "ALL"] | Unset = UNSET
    """Which packets are logged."""

    enabled: bool | Unset = UNSET
    """Whether logging is on."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    created_at: datetime.datetime | Unset = UNSET
    """When the log was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("resource_type", "resource_type", t.STRING),
        Field("resource_id", "resource_id", t.STRING),
        Field("target_id", "target_id", t.STRING),
        Field("event", "event", t.STRING, enum=("ACCEPT", "DROP", "ALL")),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the log with this ID."""

    name: str | Unset = UNSET
    """Only logs with this name."""

    description: str | Unset = UNSET
    """Only logs with this description."""

    project_id: str | Unset = UNSET
    """Only logs of this project."""

    resource_type: str | Unset = UNSET
    """Only logs of this resource type."""

    resource_id: str | Unset = UNSET
    """Only logs of this resource."""

    target_id: str | Unset = UNSET
    """Only logs of this port."""

    event: Literal["ACCEPT", "DROP", "ALL"] | Unset = UNSET
    """Only logs of this event."""

    enabled: bool | Unset = UNSET
    """Only enabled (or disabled) logs."""

    revision_number: int | Unset = UNSET
    """Only logs at this revision."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most logs a page holds."""

    marker: str | Unset = UNSET
    """Start after the log with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("resource_type", "resource_type", t.STRING, location="query"),
        Param("resource_id", "resource_id", t.STRING, location="query"),
        Param("target_id", "target_id", t.STRING, location="query"),
        Param("event", "event", t.STRING, location="query", enum=("ACCEPT", "DROP", "ALL")),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owner."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    resource_type: str = REQUIRED
    """What is logged; one of the loggable resource types (security_group)."""

    resource_id: str | None | Unset = UNSET
    """The one resource logged (e.g. a security group); None logs them all."""

    target_id: str | None | Unset = UNSET
    """The one port logged; None logs every port of the resources."""

    event: Literal["ACCEPT", "DROP", "ALL"] | Unset = UNSET
    """Which packets are logged."""

    enabled: bool | Unset = UNSET
    """Whether logging is on."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("resource_type", "resource_type", t.STRING, required=True),
        Param("resource_id", "resource_id", t.STRING, nullable=True),
        Param("target_id", "target_id", t.STRING, nullable=True),
        Param("event", "event", t.STRING, enum=("ACCEPT", "DROP", "ALL")),
        Param("enabled", "enabled", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text."""

    enabled: bool | Unset = UNSET
    """Whether logging is on."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
    )


_LIST = Operation(
    "logs.list",
    "GET",
    "/log/logs",
    ok=(200, 203),
    response_key="logs",
    paging=Paging("marker", next="logs_links[rel=next].href"),
)
_GET = Operation(
    "logs.get",
    "GET",
    "/log/logs/{log_id}",
    ok=(200, 203),
    response_key="log",
)
_CREATE = Operation(
    "logs.create",
    "POST",
    "/log/logs",
    ok=(201,),
    request_kind="json",
    request_key="log",
    response_key="log",
)
_UPDATE = Operation(
    "logs.update",
    "PUT",
    "/log/logs/{log_id}",
    ok=(200,),
    request_kind="json",
    request_key="log",
    response_key="log",
)
_DELETE = Operation(
    "logs.delete",
    "DELETE",
    "/log/logs/{log_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Log]:
    """List network logs."""
    return client.pager(
        _LIST, None, model=Log, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    log_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Log]:
    """Show a network log."""
    return client.call(
        _GET, {"log_id": log_id}, model=Log, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Log]:
    """Create a network log (400 when no log driver supports the resource type)."""
    return client.call(
        _CREATE, None, model=Log, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    log_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Log]:
    """Change a log's name, description or enabled flag."""
    return client.call(
        _UPDATE,
        {"log_id": log_id},
        model=Log,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    log_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a network log."""
    return client.call(_DELETE, {"log_id": log_id}, microversion=microversion, timeout=timeout)


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Log:
    """The one Log whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Log,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_logs(page: Page[Any]) -> builtins.list[Log]:
    """The Log items of a page (or of ``all_pages()``)."""
    return page.extract_as(Log)
