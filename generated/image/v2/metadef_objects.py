# Generated from image/v2/metadef_objects.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An object of a metadata definitions namespace: a named group of property definitions that
belong together (e.g. "CPU Limits"), some of which may be marked as required."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.image.v2.metadef_properties import MetadefProperty


class MetadefObject(Model):
    """An object of a metadata definitions namespace: a named group of property definitions that
    belong together (e.g. "CPU Limits"), some of which may be marked as required."""

    name: str
    """The object name, unique in its namespace; sending another name on update renames the
    object."""

    description: str | Unset = UNSET
    """What the object groups."""

    required: builtins.list[str] | Unset = UNSET
    """Names of the object's properties that must be set together with it."""

    properties: dict[str, MetadefProperty] | Unset = UNSET
    """The object's property definitions, keyed by property name (the values carry no name)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the object was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When the object was last changed."""

    schema: str | Unset = UNSET
    """The path of the JSON schema describing an object."""

    self_link: str | Unset = UNSET
    """The path of this object."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("required", "required", t.list_of(t.STRING)),
        Field("properties", "properties", t.map_of(t.model(MetadefProperty))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("schema", "schema", t.STRING),
        Field("self_link", "self", t.STRING),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    name: str = REQUIRED
    """The object name, unique in its namespace; sending another name on update renames the
    object."""

    description: str | Unset = UNSET
    """What the object groups."""

    required: builtins.list[str] | Unset = UNSET
    """Names of the object's properties that must be set together with it."""

    properties: dict[str, MetadefProperty] | Unset = UNSET
    """The object's property definitions, keyed by property name (the values carry no name)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING),
        Param("required", "required", t.list_of(t.STRING)),
        Param("properties", "properties", t.map_of(t.model(MetadefProperty))),
    )


UpdateOpts = CreateOpts

_LIST = Operation(
    "metadef_objects.list",
    "GET",
    "/metadefs/namespaces/{namespace_name}/objects",
    ok=(200, 203),
    response_key="objects",
    paging=Paging("single"),
)
_GET = Operation(
    "metadef_objects.get",
    "GET",
    "/metadefs/namespaces/{namespace_name}/objects/{object_name}",
    ok=(200, 203),
)
_CREATE = Operation(
    "metadef_objects.create",
    "POST",
    "/metadefs/namespaces/{namespace_name}/objects",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "metadef_objects.update",
    "PUT",
    "/metadefs/namespaces/{namespace_name}/objects/{object_name}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "metadef_objects.delete",
    "DELETE",
    "/metadefs/namespaces/{namespace_name}/objects/{object_name}",
    ok=(204,),
    response_kind="empty",
)
_DELETE_ALL = Operation(
    "metadef_objects.delete_all",
    "DELETE",
    "/metadefs/namespaces/{namespace_name}/objects",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    namespace_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[MetadefObject]:
    """List the objects of a namespace. The server returns them all at once: it takes no filter
    and ignores limit and marker."""
    return client.pager(
        _LIST,
        {"namespace_name": namespace_name},
        model=MetadefObject,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    namespace_name: str,
    object_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefObject]:
    """Show one object of a namespace."""
    return client.call(
        _GET,
        {"namespace_name": namespace_name, "object_name": object_name},
        model=MetadefObject,
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
) -> Result[MetadefObject]:
    """Add an object to a namespace."""
    return client.call(
        _CREATE,
        {"namespace_name": namespace_name},
        model=MetadefObject,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    namespace_name: str,
    object_name: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefObject]:
    """Replace an object (PUT): description, required and properties left out are cleared, and a
    different name renames it."""
    return client.call(
        _UPDATE,
        {"namespace_name": namespace_name, "object_name": object_name},
        model=MetadefObject,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
    object_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove an object; refused (403) in a protected namespace."""
    return client.call(
        _DELETE,
        {"namespace_name": namespace_name, "object_name": object_name},
        microversion=microversion,
        timeout=timeout,
    )


def delete_all(
    client: ServiceClient,
    namespace_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove every object of the namespace; refused (403) when the namespace is protected."""
    return client.call(
        _DELETE_ALL, {"namespace_name": namespace_name}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    namespace_name: str,
    name_or_id: str,
) -> MetadefObject:
    """The one MetadefObject whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=MetadefObject,
        path_params={"namespace_name": namespace_name},
        name_field="name",
        id_field="name",
    )


def extract_metadef_objects(page: Page[Any]) -> builtins.list[MetadefObject]:
    """The MetadefObject items of a page (or of ``all_pages()``)."""
    return page.extract_as(MetadefObject)
