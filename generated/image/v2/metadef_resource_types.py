# Generated from image/v2/metadef_resource_types.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A resource type known to the metadata definitions catalog (e.g. OS::Glance::Image,
OS::Nova::Flavor): the kind of resource a namespace's definitions can apply to. A type is
created implicitly the first time a namespace is associated with it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import ServiceClient, Unset


class MetadefResourceType(Model):
    """A resource type known to the metadata definitions catalog (e.g. OS::Glance::Image,
    OS::Nova::Flavor): the kind of resource a namespace's definitions can apply to. A type is
    created implicitly the first time a namespace is associated with it."""

    name: str
    """The resource type name, ideally a Heat resource type name (e.g. OS::Cinder::Volume)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the resource type was recorded."""

    updated_at: datetime.datetime | Unset = UNSET
    """When the resource type was last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


_LIST = Operation(
    "metadef_resource_types.list",
    "GET",
    "/metadefs/resource_types",
    ok=(200, 203),
    response_key="resource_types",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[MetadefResourceType]:
    """List every resource type (all in one page)."""
    return client.pager(
        _LIST, None, model=MetadefResourceType, microversion=microversion, timeout=timeout
    )


def extract_metadef_resource_types(page: Page[Any]) -> builtins.list[MetadefResourceType]:
    """The MetadefResourceType items of a page (or of ``all_pages()``)."""
    return page.extract_as(MetadefResourceType)
