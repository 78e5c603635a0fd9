# Generated from placement/v1/resource_classes.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Resource classes: the kinds of quantitative resources inventories and allocations count (VCPU,
MEMORY_MB, DISK_GB, ...). The standard classes come with placement (os-resource-classes);
custom ones start with "CUSTOM_" and use only A-Z, 0-9 and "_". Every call needs microversion
1.2."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.placement.v1.resource_providers import Link


class ResourceClass(Model):
    """Resource classes: the kinds of quantitative resources inventories and allocations count
    (VCPU, MEMORY_MB, DISK_GB, ...). The standard classes come with placement
    (os-resource-classes); custom ones start with "CUSTOM_" and use only A-Z, 0-9 and "_".
    Every call needs microversion 1.2."""

    name: str
    """The resource class name."""

    links: builtins.list[Link] | Unset = UNSET
    """A link to the resource class itself (rel "self")."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    name: str = REQUIRED
    """The resource class name."""

    _params: ClassVar[tuple[Param, ...]] = (Param("name", "name", t.STRING, required=True),)


UpdateOpts = CreateOpts

_LIST = Operation(
    "resource_classes.list",
    "GET",
    "/resource_classes",
    ok=(200, 203),
    response_key="resource_classes",
    paging=Paging("single"),
    since="1.2",
)
_GET = Operation(
    "resource_classes.get",
    "GET",
    "/resource_classes/{resource_class_name}",
    ok=(200, 203),
    since="1.2",
)
_CREATE = Operation(
    "resource_classes.create",
    "POST",
    "/resource_classes",
    ok=(201,),
    request_kind="json",
    response_kind="location",
    since="1.2",
)
_UPDATE = Operation(
    "resource_classes.update",
    "PUT",
    "/resource_classes/{resource_class_name}",
    ok=(200,),
    request_kind="json",
    since="1.2",
    until="1.6",
)
_DELETE = Operation(
    "resource_classes.delete",
    "DELETE",
    "/resource_classes/{resource_class_name}",
    ok=(204,),
    response_kind="empty",
    since="1.2",
)
_ENSURE = Operation(
    "resource_classes.ensure",
    "PUT",
    "/resource_classes/{resource_class_name}",
    ok=(201, 204),
    response_kind="empty",
    since="1.7",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ResourceClass]:
    """List all resource classes, standard and custom."""
    return client.pager(
        _LIST, None, model=ResourceClass, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    resource_class_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResourceClass]:
    """Show one resource class."""
    return client.call(
        _GET,
        {"resource_class_name": resource_class_name},
        model=ResourceClass,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[str | None]:
    """Create a custom resource class (409 if it exists); the result is its URL (the response has
    no body)."""
    return client.call(_CREATE, None, opts=opts, microversion=microversion, timeout=timeout)


def update(
    client: ServiceClient,
    resource_class_name: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ResourceClass]:
    """Rename a custom resource class (microversions 1.2 to 1.6 only; since 1.7 a PUT is ensure).
    400 for a standard class, 409 if the new name is taken."""
    return client.call(
        _UPDATE,
        {"resource_class_name": resource_class_name},
        model=ResourceClass,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    resource_class_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a custom resource class (400 for a standard class, 409 while inventories use it)."""
    return client.call(
        _DELETE,
        {"resource_class_name": resource_class_name},
        microversion=microversion,
        timeout=timeout,
    )


def ensure(
    client: ServiceClient,
    resource_class_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Create a custom resource class (201), or succeed when it already exists (204); since 1.7.
    400 for a name that is not a valid custom class."""
    return client.call(
        _ENSURE,
        {"resource_class_name": resource_class_name},
        microversion=microversion,
        timeout=timeout,
    )


def extract_resource_classes(page: Page[Any]) -> builtins.list[ResourceClass]:
    """The ResourceClass items of a page (or of ``all_pages()``)."""
    return page.extract_as(ResourceClass)
