# Generated from network/v2/metering_labels.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A metering label (metering extension): names a set of traffic, defined by its metering label
rules, that the metering agents count on the routers of its project (or of every project when
shared). Labels cannot be changed."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class MeteringLabel(Model):
    """A metering label (metering extension): names a set of traffic, defined by its metering
    label rules, that the metering agents count on the routers of its project (or of every
    project when shared). Labels cannot be changed."""

    id: str
    """The label's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    project_id: str | Unset = UNSET
    """The owner."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    shared: bool | Unset = UNSET
    """Whether the label counts on the routers of every project."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("shared", "shared", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the label with this ID."""

    name: str | Unset = UNSET
    """Only labels with this name."""

    description: str | Unset = UNSET
    """Only labels with this description."""

    project_id: str | Unset = UNSET
    """Only labels of this project."""

    tenant_id: str | Unset = UNSET
    """Only labels of this project (older name)."""

    shared: bool | Unset = UNSET
    """Only shared (or unshared) labels."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most labels a page holds."""

    marker: str | Unset = UNSET
    """Start after the label with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
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
    """Free-form text (at most 1024 characters)."""

    project_id: str | Unset = UNSET
    """The owner."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    shared: bool | Unset = UNSET
    """Whether the label counts on the routers of every project."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("shared", "shared", t.BOOLEAN),
    )


_LIST = Operation(
    "metering_labels.list",
    "GET",
    "/metering/metering-labels",
    ok=(200, 203),
    response_key="metering_labels",
    paging=Paging("marker", next="metering_labels_links[rel=next].href"),
)
_GET = Operation(
    "metering_labels.get",
    "GET",
    "/metering/metering-labels/{metering_label_id}",
    ok=(200, 203),
    response_key="metering_label",
)
_CREATE = Operation(
    "metering_labels.create",
    "POST",
    "/metering/metering-labels",
    ok=(201,),
    request_kind="json",
    request_key="metering_label",
    response_key="metering_label",
)
_DELETE = Operation(
    "metering_labels.delete",
    "DELETE",
    "/metering/metering-labels/{metering_label_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[MeteringLabel]:
    """List metering labels."""
    return client.pager(
        _LIST, None, model=MeteringLabel, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    metering_label_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MeteringLabel]:
    """Show a metering label."""
    return client.call(
        _GET,
        {"metering_label_id": metering_label_id},
        model=MeteringLabel,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MeteringLabel]:
    """Create a metering label (admin only by default)."""
    return client.call(
        _CREATE, None, model=MeteringLabel, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    metering_label_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a metering label and its rules."""
    return client.call(
        _DELETE,
        {"metering_label_id": metering_label_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> MeteringLabel:
    """The one MeteringLabel whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=MeteringLabel,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_metering_labels(page: Page[Any]) -> builtins.list[MeteringLabel]:
    """The MeteringLabel items of a page (or of ``all_pages()``)."""
    return page.extract_as(MeteringLabel)
