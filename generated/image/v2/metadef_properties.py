# Generated from image/v2/metadef_properties.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""One property definition of a metadata definitions namespace: the name of a key that resources
(images, flavors, volumes, ...) may carry, with a small JSON-Schema-like description of its
values (type, title, bounds, allowed values). Inside a namespace or an object the definitions
form a map keyed by property name, and there the name is not repeated in the value."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class PropertyItems(Model):
    """The element description of an array property."""

    type: Literal["array", "boolean", "integer", "number", "object", "string"] | Unset = UNSET
    """The JSON type of each element."""

    enum: builtins.list[Any] | Unset = UNSET
    """The values an element may take."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "type",
            "type",
            t.STRING,
            enum=("array", "boolean", "integer", "number", "object", "string"),
        ),
        Field("enum", "enum", t.list_of(t.ANY)),
    )


class MetadefProperty(Model):
    """One property definition of a metadata definitions namespace: the name of a key that
    resources (images, flavors, volumes, ...) may carry, with a small JSON-Schema-like
    description of its values (type, title, bounds, allowed values). Inside a namespace or an
    object the definitions form a map keyed by property name, and there the name is not
    repeated in the value."""

    name: str | Unset = UNSET
    """The property name, unique in its namespace. Absent where the definition is the value of a
    map keyed by the name. Sending another name on update renames the property."""

    title: str | Unset = UNSET
    """A short human-readable label."""

    type: Literal["array", "boolean", "integer", "number", "object", "string"] | Unset = UNSET
    """The JSON type of the property's values."""

    description: str | Unset = UNSET
    """A longer explanation of the property."""

    operators: builtins.list[str] | Unset = UNSET
    """Operators a value may use, such as "<or>" (for UIs that build scheduler filters)."""

    default: Any | Unset = UNSET
    """The value assumed when a resource does not set the property."""

    readonly: bool | Unset = UNSET
    """The value may not be changed once set."""

    minimum: float | Unset = UNSET
    """integer and number types: the smallest allowed value."""

    maximum: float | Unset = UNSET
    """integer and number types: the largest allowed value."""

    enum: builtins.list[Any] | Unset = UNSET
    """The allowed values."""

    pattern: str | Unset = UNSET
    """string type: a regular expression values must match."""

    min_length: int | Unset = UNSET
    """string type: the shortest allowed length."""

    max_length: int | Unset = UNSET
    """string type: the longest allowed length."""

    confidential: bool | Unset = UNSET
    """The value is sensitive and should not be shown freely."""

    item_type: PropertyItems | Unset = UNSET
    """array type: what each element of the array is."""

    unique_items: bool | Unset = UNSET
    """array type: elements must be distinct."""

    min_items: int | Unset = UNSET
    """array type: the fewest elements allowed."""

    max_items: int | Unset = UNSET
    """array type: the most elements allowed."""

    additional_items: bool | Unset = UNSET
    """array type: whether elements beyond the described ones are allowed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("title", "title", t.STRING),
        Field(
            "type",
            "type",
            t.STRING,
            enum=("array", "boolean", "integer", "number", "object", "string"),
        ),
        Field("description", "description", t.STRING),
        Field("operators", "operators", t.list_of(t.STRING)),
        Field("default", "default", t.ANY),
        Field("readonly", "readonly", t.BOOLEAN),
        Field("minimum", "minimum", t.NUMBER),
        Field("maximum", "maximum", t.NUMBER),
        Field("enum", "enum", t.list_of(t.ANY)),
        Field("pattern", "pattern", t.STRING),
        Field("min_length", "minLength", t.INTEGER),
        Field("max_length", "maxLength", t.INTEGER),
        Field("confidential", "confidential", t.BOOLEAN),
        Field("item_type", "items", t.model(PropertyItems)),
        Field("unique_items", "uniqueItems", t.BOOLEAN),
        Field("min_items", "minItems", t.INTEGER),
        Field("max_items", "maxItems", t.INTEGER),
        Field("additional_items", "additionalItems", t.BOOLEAN),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    name: str = REQUIRED
    """The property name, unique in its namespace. Absent where the definition is the value of a
    map keyed by the name. Sending another name on update renames the property."""

    title: str = REQUIRED
    """A short human-readable label."""

    type: Literal["array", "boolean", "integer", "number", "object", "string"] = REQUIRED
    """The JSON type of the property's values."""

    description: str | Unset = UNSET
    """A longer explanation of the property."""

    operators: builtins.list[str] | Unset = UNSET
    """Operators a value may use, such as "<or>" (for UIs that build scheduler filters)."""

    default: Any | Unset = UNSET
    """The value assumed when a resource does not set the property."""

    readonly: bool | Unset = UNSET
    """The value may not be changed once set."""

    minimum: float | Unset = UNSET
    """integer and number types: the smallest allowed value."""

    maximum: float | Unset = UNSET
    """integer and number types: the largest allowed value."""

    enum: builtins.list[Any] | Unset = UNSET
    """The allowed values."""

    pattern: str | Unset = UNSET
    """string type: a regular expression values must match."""

    min_length: int | Unset = UNSET
    """string type: the shortest allowed length."""

    max_length: int | Unset = UNSET
    """string type: the longest allowed length."""

    confidential: bool | Unset = UNSET
    """The value is sensitive and should not be shown freely."""

    item_type: PropertyItems | Unset = UNSET
    """array type: what each element of the array is."""

    unique_items: bool | Unset = UNSET
    """array type: elements must be distinct."""

    min_items: int | Unset = UNSET
    """array type: the fewest elements allowed."""

    max_items: int | Unset = UNSET
    """array type: the most elements allowed."""

    additional_items: bool | Unset = UNSET
    """array type: whether elements beyond the described ones are allowed."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("title", "title", t.STRING, required=True),
        Param(
            "type",
            "type",
            t.STRING,
            required=True,
            enum=("array", "boolean", "integer", "number", "object", "string"),
        ),
        Param("description", "description", t.STRING),
        Param("operators", "operators", t.list_of(t.STRING)),
        Param("default", "default", t.ANY),
        Param("readonly", "readonly", t.BOOLEAN),
        Param("minimum", "minimum", t.NUMBER),
        Param("maximum", "maximum", t.NUMBER),
        Param("enum", "enum", t.list_of(t.ANY)),
        Param("pattern", "pattern", t.STRING),
        Param("min_length", "minLength", t.INTEGER),
        Param("max_length", "maxLength", t.INTEGER),
        Param("confidential", "confidential", t.BOOLEAN),
        Param("item_type", "items", t.model(PropertyItems)),
        Param("unique_items", "uniqueItems", t.BOOLEAN),
        Param("min_items", "minItems", t.INTEGER),
        Param("max_items", "maxItems", t.INTEGER),
        Param("additional_items", "additionalItems", t.BOOLEAN),
    )


class GetPrefixedOpts(Opts):
    """Options of get_prefixed."""

    resource_type: str = REQUIRED
    """The resource type whose association prefix the name carries, e.g. OS::Nova::Flavor."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource_type", "resource_type", t.STRING, location="query", required=True),
    )


UpdateOpts = CreateOpts

_GET = Operation(
    "metadef_properties.get",
    "GET",
    "/metadefs/namespaces/{namespace_name}/properties/{property_name}",
    ok=(200, 203),
)
_CREATE = Operation(
    "metadef_properties.create",
    "POST",
    "/metadefs/namespaces/{namespace_name}/properties",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "metadef_properties.update",
    "PUT",
    "/metadefs/namespaces/{namespace_name}/properties/{property_name}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "metadef_properties.delete",
    "DELETE",
    "/metadefs/namespaces/{namespace_name}/properties/{property_name}",
    ok=(204,),
    response_kind="empty",
)
_GET_PREFIXED = Operation(
    "metadef_properties.get_prefixed",
    "GET",
    "/metadefs/namespaces/{namespace_name}/properties/{property_name}",
    ok=(200, 203),
)
_DELETE_ALL = Operation(
    "metadef_properties.delete_all",
    "DELETE",
    "/metadefs/namespaces/{namespace_name}/properties",
    ok=(204,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    namespace_name: str,
    property_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefProperty]:
    """Show one property definition of a namespace."""
    return client.call(
        _GET,
        {"namespace_name": namespace_name, "property_name": property_name},
        model=MetadefProperty,
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
) -> Result[MetadefProperty]:
    """Add a property definition to a namespace (name, title and type are required)."""
    return client.call(
        _CREATE,
        {"namespace_name": namespace_name},
        model=MetadefProperty,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    namespace_name: str,
    property_name: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefProperty]:
    """Replace a property definition (PUT): attributes left out are dropped, and a different name
    renames it."""
    return client.call(
        _UPDATE,
        {"namespace_name": namespace_name, "property_name": property_name},
        model=MetadefProperty,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
    property_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a property definition; refused (403) in a protected namespace."""
    return client.call(
        _DELETE,
        {"namespace_name": namespace_name, "property_name": property_name},
        microversion=microversion,
        timeout=timeout,
    )


def get_prefixed(
    client: ServiceClient,
    namespace_name: str,
    property_name: str,
    opts: GetPrefixedOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MetadefProperty]:
    """Show a property by the name it carries on a resource type: the name is given with the
    prefix of the namespace's association with that resource type (e.g. "hw_cpu_cores" for
    OS::Glance::Image), which the server strips before looking it up; a name without that
    prefix is not found. The answer carries the unprefixed name."""
    return client.call(
        _GET_PREFIXED,
        {"namespace_name": namespace_name, "property_name": property_name},
        model=MetadefProperty,
        opts=opts,
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
    """Remove every property definition of the namespace; refused (403) when the namespace is
    protected."""
    return client.call(
        _DELETE_ALL, {"namespace_name": namespace_name}, microversion=microversion, timeout=timeout
    )


def extract_metadef_properties(page: Page[Any]) -> builtins.list[MetadefProperty]:
    """The MetadefProperty items of a page (or of ``all_pages()``)."""
    return page.extract_as(MetadefProperty)
