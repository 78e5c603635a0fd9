# Generated from image/v2/schemas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A JSON schema Glance publishes for its resources: image, images, member, members, task and
tasks. The image schema lists the deployment's custom property definitions too."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class SchemaLink(Model):
    """A link template of a schema."""

    href: str | Unset = UNSET
    """A template such as "{self}"."""

    rel: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("href", "href", t.STRING),
        Field("rel", "rel", t.STRING),
    )


class Schema(Model):
    """A JSON schema Glance publishes for its resources: image, images, member, members, task and
    tasks. The image schema lists the deployment's custom property definitions too."""

    name: str | Unset = UNSET

    properties: dict[str, Any] | Unset = UNSET
    """JSON schema definitions of the members, by name."""

    additional_properties: Any | Unset = UNSET
    """The schema of undeclared members (image custom properties are strings)."""

    required: builtins.list[str] | Unset = UNSET

    definitions: dict[str, Any] | Unset = UNSET

    links: builtins.list[SchemaLink] | Unset = UNSET
    """URI templates (self, enclosure, describedby, first, next)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("properties", "properties", t.map_of(t.ANY)),
        Field("additional_properties", "additionalProperties", t.ANY),
        Field("required", "required", t.list_of(t.STRING)),
        Field("definitions", "definitions", t.map_of(t.ANY)),
        Field("links", "links", t.list_of(t.model(SchemaLink))),
    )


_GET = Operation(
    "schemas.get",
    "GET",
    "/schemas/{schema_name}",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    schema_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Schema]:
    """Show a schema by name (image, images, member, members, task or tasks)."""
    return client.call(
        _GET, {"schema_name": schema_name}, model=Schema, microversion=microversion, timeout=timeout
    )


def extract_schemas(page: Page[Any]) -> builtins.list[Schema]:
    """The Schema items of a page (or of ``all_pages()``)."""
    return page.extract_as(Schema)
