# Generated from orchestration/v1/resource_types.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The resource types the cloud's Heat offers, their schemas and template skeletons."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class ResourceType(Model):
    """The resource types the cloud's Heat offers, their schemas and template skeletons."""

    resource_type: str

    description: str | Unset = UNSET
    """With with_description=true."""

    properties: dict[str, Any] | Unset = UNSET
    """The properties' schemas (get)."""

    attributes: dict[str, Any] | Unset = UNSET
    """The attributes' descriptions (get)."""

    support_status: dict[str, Any] | Unset = UNSET
    """Since when the type is supported, or deprecated (get)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resource_type", "resource_type", t.STRING),
        Field("description", "description", t.STRING),
        Field("properties", "properties", t.map_of(t.ANY)),
        Field("attributes", "attributes", t.map_of(t.ANY)),
        Field("support_status", "support_status", t.map_of(t.ANY)),
    )


class GetOpts(Opts):
    """Options of get."""

    with_description: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("with_description", "with_description", t.BOOLEAN, location="query"),
    )


class ListNamesOpts(Opts):
    """Options of list_names."""

    name: str | Unset = UNSET
    """Only types matching this pattern (regular expression)."""

    version: str | Unset = UNSET
    """Only types supported since this Heat version, e.g. 5.0.0."""

    support_status: (
        Literal["UNKNOWN", "SUPPORTED", "DEPRECATED", "UNSUPPORTED", "HIDDEN"] | Unset
    ) = UNSET

    with_description: bool | Unset = UNSET
    """Each type as {resource_type, description} instead of its name."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("version", "version", t.STRING, location="query"),
        Param(
            "support_status",
            "support_status",
            t.STRING,
            location="query",
            enum=("UNKNOWN", "SUPPORTED", "DEPRECATED", "UNSUPPORTED", "HIDDEN"),
        ),
        Param("with_description", "with_description", t.BOOLEAN, location="query"),
    )


class GetTemplateOpts(Opts):
    """Options of get_template."""

    template_type: Literal["hot", "cfn"] | Unset = UNSET
    """The template format (default cfn)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("template_type", "template_type", t.STRING, location="query", enum=("hot", "cfn")),
    )


_GET = Operation(
    "resource_types.get",
    "GET",
    "/resource_types/{type_name}",
    ok=(200, 203),
)
_LIST_NAMES = Operation(
    "resource_types.list_names",
    "GET",
    "/resource_types",
    ok=(200, 203),
    response_key="resource_types",
)
_GET_TEMPLATE = Operation(
    "resource_types.get_template",
    "GET",
    "/resource_types/{type_name}/template",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    type_name: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResourceType]:
    """Get a resource type."""
    return client.call(
        _GET,
        {"type_name": type_name},
        model=ResourceType,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_names(
    client: ServiceClient,
    opts: ListNamesOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The resource types: a list of names, or (with_description) of mappings with resource_type
    and description; get() has a type's whole schema."""
    return client.call(_LIST_NAMES, None, opts=opts, microversion=microversion, timeout=timeout)


def get_template(
    client: ServiceClient,
    type_name: str,
    opts: GetTemplateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """A template that holds one resource of this type, with a parameter per property."""
    return client.call(
        _GET_TEMPLATE,
        {"type_name": type_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_resource_types(page: Page[Any]) -> builtins.list[ResourceType]:
    """The ResourceType items of a page (or of ``all_pages()``)."""
    return page.extract_as(ResourceType)
