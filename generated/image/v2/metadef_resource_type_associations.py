# Generated from image/v2/metadef_resource_type_associations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The association of a metadata definitions namespace with a resource type: it says the
namespace's definitions apply to that kind of resource, and with which key prefix (e.g. "hw_"
on images, "hw:" on flavors)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class MetadefResourceTypeAssociation(Model):
    """The association of a metadata definitions namespace with a resource type: it says the
    namespace's definitions apply to that kind of resource, and with which key prefix (e.g.
    "hw_" on images, "hw:" on flavors)."""

    name: str
    """The resource type (created on the fly when the catalog does not know it yet)."""

    prefix: str | Unset = UNSET
    """The prefix the namespace's property names take on this resource type, separator included
    (e.g. "hw_" or "hw:")."""

    properties_target: str | Unset = UNSET
    """Which of the resource's key/value sets the properties go to, where it has several (e.g.
    "image" for a volume's image metadata)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the association was made."""

    updated_at: datetime.datetime | Unset = UNSET
    """When the association was last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("prefix", "prefix", t.STRING),
        Field("properties_target", "properties_target", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The resource type (created on the fly when the catalog does not know it yet)."""

    prefix: str | Unset = UNSET
    """The prefix the namespace's property names take on this resource type, separator included
    (e.g. "hw_" or "hw:")."""

    properties_target: str | Unset = UNSET
    """Which of the resource's key/value sets the properties go to, where it has several (e.g.
    "image" for a volume's image metadata)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("prefix", "prefix", t.STRING),
        Param("properties_target", "properties_target", t.STRING),
    )


_LIST = Operation(
    "metadef_resource_type_associations.list",
    "GET",
    "/metadefs/namespaces/{namespace_name}/resource_types",
    ok=(200, 203),
    response_key="resource_type_associations",
    paging=Paging("single"),
)
_CREATE = Operation(
    "metadef_resource_type_associations.create",
    "POST",
    "/metadefs/namespaces/{namespace_name}/resource_types",
    ok=(201,),
    request_kind="json",
)
_DELETE = Operation(
    "metadef_resource_type_associations.delete",
    "DELETE",
    "/metadefs/namespaces/{namespace_name}/resource_types/{resource_type_name}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    namespace_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[MetadefResourceTypeAssociation]:
    """List the resource types a namespace is associated with (all in one page)."""
    return client.pager(
        _LIST,
        {"namespace_name": namespace_name},
        model=MetadefResourceTypeAssociation,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    namespace_name: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefResourceTypeAssociation]:
    """Associate a namespace with a resource type."""
    return client.call(
        _CREATE,
        {"namespace_name": namespace_name},
        model=MetadefResourceTypeAssociation,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
    resource_type_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """End a namespace's association with a resource type; refused (403) when the namespace is
    protected."""
    return client.call(
        _DELETE,
        {"namespace_name": namespace_name, "resource_type_name": resource_type_name},
        microversion=microversion,
        timeout=timeout,
    )


def extract_metadef_resource_type_associations(
    page: Page[Any],
) -> builtins.list[MetadefResourceTypeAssociation]:
    """The MetadefResourceTypeAssociation items of a page (or of ``all_pages()``)."""
    return page.extract_as(MetadefResourceTypeAssociation)
