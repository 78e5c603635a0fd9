# Generated from image/v2/metadef_namespaces.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A metadata definitions namespace: a named, owned container of property definitions, objects
and tags that describe metadata keys for resources, associated with the resource types it
applies to. Its name (e.g. OS::Compute::Libvirt) identifies it in every path."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.image.v2.metadef_objects import MetadefObject
from stacksdk.image.v2.metadef_properties import MetadefProperty
from stacksdk.image.v2.metadef_resource_type_associations import MetadefResourceTypeAssociation
from stacksdk.image.v2.metadef_tags import MetadefTag
from stacksdk.image.v2.schemas import Schema


class NamespaceProperties(Model):
    """The property definitions of one namespace, as a map keyed by property name (the values
    carry no name)."""

    properties: dict[str, MetadefProperty] | Unset = UNSET
    """Property name -> its definition."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("properties", "properties", t.map_of(t.model(MetadefProperty))),
    )


class MetadefNamespace(Model):
    """A metadata definitions namespace: a named, owned container of property definitions,
    objects and tags that describe metadata keys for resources, associated with the resource
    types it applies to. Its name (e.g. OS::Compute::Libvirt) identifies it in every path."""

    namespace: str
    """The unique name of the namespace (at most 80 characters); sending another name on update
    renames it."""

    display_name: str | Unset = UNSET
    """A friendly name for user interfaces (at most 80 characters)."""

    description: str | Unset = UNSET
    """What the namespace describes (at most 500 characters)."""

    visibility: Literal["public", "private"] | Unset = UNSET
    """public namespaces are visible to every project; private ones only to their owner."""

    protected: bool | Unset = UNSET
    """When true the namespace cannot be deleted, nor can any of its properties, objects, tags or
    resource type associations."""

    owner: str | Unset = UNSET
    """The owning project; the caller's project when not given."""

    created_at: datetime.datetime | Unset = UNSET
    """When the namespace was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When the namespace was last changed."""

    schema: str | Unset = UNSET
    """The path of the JSON schema describing a namespace."""

    self_link: str | Unset = UNSET
    """The path of this namespace."""

    resource_type_associations: builtins.list[MetadefResourceTypeAssociation] | Unset = UNSET
    """The resource types the namespace applies to. On create, associations to make at once; in
    answers, absent when there are none."""

    properties: dict[str, MetadefProperty] | Unset = UNSET
    """The namespace's own property definitions, keyed by property name (the values carry no
    name). On create, definitions to add at once; returned by get (not by list), absent when
    there are none."""

    objects: builtins.list[MetadefObject] | Unset = UNSET
    """The namespace's objects. On create, objects to add at once; returned by get (not by list),
    absent when there are none."""

    tags: builtins.list[MetadefTag] | Unset = UNSET
    """The namespace's tags (names only). On create, tags to add at once; returned by get (not by
    list), absent when there are none."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("namespace", "namespace", t.STRING),
        Field("display_name", "display_name", t.STRING),
        Field("description", "description", t.STRING),
        Field("visibility", "visibility", t.STRING, enum=("public", "private")),
        Field("protected", "protected", t.BOOLEAN),
        Field("owner", "owner", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("schema", "schema", t.STRING),
        Field("self_link", "self", t.STRING),
        Field(
            "resource_type_associations",
            "resource_type_associations",
            t.list_of(t.model(MetadefResourceTypeAssociation)),
        ),
        Field("properties", "properties", t.map_of(t.model(MetadefProperty))),
        Field("objects", "objects", t.list_of(t.model(MetadefObject))),
        Field("tags", "tags", t.list_of(t.model(MetadefTag))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    resource_types: builtins.list[str] | Unset = UNSET
    """Only namespaces associated with at least one of these resource types."""

    visibility: Literal["public", "private"] | Unset = UNSET
    """Only namespaces with this visibility."""

    limit: int | Unset = UNSET
    """The page size (capped by the server's api_limit_max)."""

    marker: str | Unset = UNSET
    """The name of the last namespace of the previous page."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by: created_at (default), updated_at, namespace, display_name, ..."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "resource_types", "resource_types", t.list_of(t.STRING), location="query", style="comma"
        ),
        Param("visibility", "visibility", t.STRING, location="query", enum=("public", "private")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


class CreateOpts(Opts):
    """Options of create."""

    namespace: str = REQUIRED
    """The unique name of the namespace (at most 80 characters); sending another name on update
    renames it."""

    display_name: str | Unset = UNSET
    """A friendly name for user interfaces (at most 80 characters)."""

    description: str | Unset = UNSET
    """What the namespace describes (at most 500 characters)."""

    visibility: Literal["public", "private"] | Unset = UNSET
    """public namespaces are visible to every project; private ones only to their owner."""

    protected: bool | Unset = UNSET
    """When true the namespace cannot be deleted, nor can any of its properties, objects, tags or
    resource type associations."""

    owner: str | Unset = UNSET
    """The owning project; the caller's project when not given."""

    resource_type_associations: builtins.list[MetadefResourceTypeAssociation] | Unset = UNSET
    """The resource types the namespace applies to. On create, associations to make at once; in
    answers, absent when there are none."""

    properties: dict[str, MetadefProperty] | Unset = UNSET
    """The namespace's own property definitions, keyed by property name (the values carry no
    name). On create, definitions to add at once; returned by get (not by list), absent when
    there are none."""

    objects: builtins.list[MetadefObject] | Unset = UNSET
    """The namespace's objects. On create, objects to add at once; returned by get (not by list),
    absent when there are none."""

    tags: builtins.list[MetadefTag] | Unset = UNSET
    """The namespace's tags (names only). On create, tags to add at once; returned by get (not by
    list), absent when there are none."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, required=True),
        Param("display_name", "display_name", t.STRING),
        Param("description", "description", t.STRING),
        Param("visibility", "visibility", t.STRING, enum=("public", "private")),
        Param("protected", "protected", t.BOOLEAN),
        Param("owner", "owner", t.STRING),
        Param(
            "resource_type_associations",
            "resource_type_associations",
            t.list_of(t.model(MetadefResourceTypeAssociation)),
        ),
        Param("properties", "properties", t.map_of(t.model(MetadefProperty))),
        Param("objects", "objects", t.list_of(t.model(MetadefObject))),
        Param("tags", "tags", t.list_of(t.model(MetadefTag))),
    )


class UpdateOpts(Opts):
    """Options of update."""

    namespace: str = REQUIRED
    """The unique name of the namespace (at most 80 characters); sending another name on update
    renames it."""

    display_name: str | Unset = UNSET
    """A friendly name for user interfaces (at most 80 characters)."""

    description: str | Unset = UNSET
    """What the namespace describes (at most 500 characters)."""

    visibility: Literal["public", "private"] | Unset = UNSET
    """public namespaces are visible to every project; private ones only to their owner."""

    protected: bool | Unset = UNSET
    """When true the namespace cannot be deleted, nor can any of its properties, objects, tags or
    resource type associations."""

    owner: str | Unset = UNSET
    """The owning project; the caller's project when not given."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("namespace", "namespace", t.STRING, required=True),
        Param("display_name", "display_name", t.STRING),
        Param("description", "description", t.STRING),
        Param("visibility", "visibility", t.STRING, enum=("public", "private")),
        Param("protected", "protected", t.BOOLEAN),
        Param("owner", "owner", t.STRING),
    )


class GetPrefixedOpts(Opts):
    """Options of get_prefixed."""

    resource_type: str = REQUIRED
    """The resource type whose prefix to apply, e.g. OS::Glance::Image."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource_type", "resource_type", t.STRING, location="query", required=True),
    )


_LIST = Operation(
    "metadef_namespaces.list",
    "GET",
    "/metadefs/namespaces",
    ok=(200, 203),
    response_key="namespaces",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "metadef_namespaces.get",
    "GET",
    "/metadefs/namespaces/{namespace_name}",
    ok=(200, 203),
)
_CREATE = Operation(
    "metadef_namespaces.create",
    "POST",
    "/metadefs/namespaces",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "metadef_namespaces.update",
    "PUT",
    "/metadefs/namespaces/{namespace_name}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "metadef_namespaces.delete",
    "DELETE",
    "/metadefs/namespaces/{namespace_name}",
    ok=(204,),
    response_kind="empty",
)
_GET_PREFIXED = Operation(
    "metadef_namespaces.get_prefixed",
    "GET",
    "/metadefs/namespaces/{namespace_name}",
    ok=(200, 203),
)
_LIST_PROPERTIES = Operation(
    "metadef_namespaces.list_properties",
    "GET",
    "/metadefs/namespaces/{namespace_name}/properties",
    ok=(200, 203),
)
_GET_SCHEMA = Operation(
    "metadef_namespaces.get_schema",
    "GET",
    "/schemas/metadefs/{schema_name}",
    ok=(200, 203),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[MetadefNamespace]:
    """List the namespaces the caller can see, without their properties, objects and tags. The
    server pages by itself (25 namespaces a page unless limit says otherwise) and names the
    next page in the body's "next" link."""
    return client.pager(
        _LIST, None, model=MetadefNamespace, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    namespace_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefNamespace]:
    """Show a namespace with its resource type associations, properties, objects and tags."""
    return client.call(
        _GET,
        {"namespace_name": namespace_name},
        model=MetadefNamespace,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefNamespace]:
    """Create a namespace, optionally with its resource type associations, properties, objects
    and tags in the same request."""
    return client.call(
        _CREATE, None, model=MetadefNamespace, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    namespace_name: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefNamespace]:
    """Replace a namespace's own attributes (PUT): display_name and description left out are
    cleared, visibility falls back to private, protected to false and owner to the caller's
    project. Its contents are not touched."""
    return client.call(
        _UPDATE,
        {"namespace_name": namespace_name},
        model=MetadefNamespace,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a namespace and everything in it; refused (403) when it is protected."""
    return client.call(
        _DELETE, {"namespace_name": namespace_name}, microversion=microversion, timeout=timeout
    )


def get_prefixed(
    client: ServiceClient,
    namespace_name: str,
    opts: GetPrefixedOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefNamespace]:
    """Show a namespace as it applies to one resource type: the names of its properties (and of
    its objects' properties and required lists) carry the prefix of its association with that
    type (e.g. "hw_"). Without such an association the names are unchanged."""
    return client.call(
        _GET_PREFIXED,
        {"namespace_name": namespace_name},
        model=MetadefNamespace,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_properties(
    client: ServiceClient,
    namespace_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NamespaceProperties]:
    """All property definitions of a namespace, in one answer. The server sends a JSON object
    keyed by property name, not a list, hence this function rather than a pager in
    metadef_properties."""
    return client.call(
        _LIST_PROPERTIES,
        {"namespace_name": namespace_name},
        model=NamespaceProperties,
        microversion=microversion,
        timeout=timeout,
    )


def get_schema(
    client: ServiceClient,
    schema_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Schema]:
    """The JSON schema Glance publishes for a metadata definitions document: schema_name is
    namespace, namespaces, object, objects, property, properties, resource_type,
    resource_types, tag or tags (served under /schemas/metadefs/, which schemas.get cannot
    reach because it escapes the slash)."""
    return client.call(
        _GET_SCHEMA,
        {"schema_name": schema_name},
        model=Schema,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> MetadefNamespace:
    """The one MetadefNamespace whose id or namespace is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=MetadefNamespace,
        name_field="namespace",
        id_field="namespace",
    )


def extract_metadef_namespaces(page: Page[Any]) -> builtins.list[MetadefNamespace]:
    """The MetadefNamespace items of a page (or of ``all_pages()``)."""
    return page.extract_as(MetadefNamespace)
