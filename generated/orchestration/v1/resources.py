# Generated from orchestration/v1/resources.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The resources of a stack, by their logical name in the template: type, physical id, state and
attributes; their metadata, signals and health mark."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class StackResource(Model):
    """The resources of a stack, by their logical name in the template: type, physical id, state
    and attributes; their metadata, signals and health mark."""

    resource_name: str
    """The resource's name in the template."""

    logical_resource_id: str | Unset = UNSET

    physical_resource_id: str | None | Unset = UNSET
    """The id in the service that holds it (a project id, a network id, ...)."""

    resource_type: str | Unset = UNSET

    resource_status: str | Unset = UNSET
    """The action and its state: CREATE_COMPLETE, UPDATE_FAILED, CHECK_COMPLETE..."""

    resource_status_reason: str | None | Unset = UNSET

    description: str | Unset = UNSET

    creation_time: datetime.datetime | Unset = UNSET

    updated_time: datetime.datetime | None | Unset = UNSET

    required_by: builtins.list[str] | Unset = UNSET
    """Names of the resources that depend on this one."""

    parent_resource: str | Unset = UNSET
    """In nested listings: the resource of the parent stack this one belongs to."""

    stack_name: str | Unset = UNSET
    """In nested listings."""

    attributes: dict[str, Any] | Unset = UNSET
    """Attribute values (get only)."""

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("resource_name", "resource_name", t.STRING),
        Field("logical_resource_id", "logical_resource_id", t.STRING),
        Field("physical_resource_id", "physical_resource_id", t.STRING),
        Field("resource_type", "resource_type", t.STRING),
        Field("resource_status", "resource_status", t.STRING),
        Field("resource_status_reason", "resource_status_reason", t.STRING),
        Field("description", "description", t.STRING),
        Field("creation_time", "creation_time", t.DATETIME),
        Field("updated_time", "updated_time", t.DATETIME),
        Field("required_by", "required_by", t.list_of(t.STRING)),
        Field("parent_resource", "parent_resource", t.STRING),
        Field("stack_name", "stack_name", t.STRING),
        Field("attributes", "attributes", t.map_of(t.ANY)),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    nested_depth: int | Unset = UNSET
    """Also list the resources of nested stacks, this deep."""

    with_detail: bool | Unset = UNSET
    """Every field of each resource (attributes included)."""

    type: builtins.list[str] | Unset = UNSET
    """Only resources of these types."""

    name: builtins.list[str] | Unset = UNSET
    """Only resources with these names."""

    id: builtins.list[str] | Unset = UNSET
    """Only resources with these physical ids."""

    status: builtins.list[str] | Unset = UNSET
    """Only resources in these states (COMPLETE, FAILED, IN_PROGRESS)."""

    action: builtins.list[str] | Unset = UNSET
    """Only resources whose last action is one of these."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("nested_depth", "nested_depth", t.INTEGER, location="query"),
        Param("with_detail", "with_detail", t.BOOLEAN, location="query"),
        Param("type", "type", t.list_of(t.STRING), location="query"),
        Param("name", "name", t.list_of(t.STRING), location="query"),
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("status", "status", t.list_of(t.STRING), location="query"),
        Param("action", "action", t.list_of(t.STRING), location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    with_attr: builtins.list[str] | Unset = UNSET
    """Also resolve these attributes (besides those the resource type shows by default)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("with_attr", "with_attr", t.list_of(t.STRING), location="query"),
    )


class SignalOpts(Opts):
    """Options of signal."""

    data: dict[str, Any] | Unset = UNSET
    """The signal's body, as the resource type expects it (e.g. a wait condition's status and
    data)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("data", "data", t.map_of(t.ANY)),)


class MarkUnhealthyOpts(Opts):
    """Options of mark_unhealthy."""

    mark_unhealthy: bool = REQUIRED
    """True: CHECK_FAILED, replaced by the next update; false: back to healthy."""

    resource_status_reason: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("mark_unhealthy", "mark_unhealthy", t.BOOLEAN, required=True),
        Param("resource_status_reason", "resource_status_reason", t.STRING),
    )


_LIST = Operation(
    "resources.list",
    "GET",
    "/stacks/{stack_name}/{stack_id}/resources",
    ok=(200, 203),
    response_key="resources",
    paging=Paging("single"),
)
_GET = Operation(
    "resources.get",
    "GET",
    "/stacks/{stack_name}/{stack_id}/resources/{resource_name}",
    ok=(200, 203),
    response_key="resource",
)
_GET_METADATA = Operation(
    "resources.get_metadata",
    "GET",
    "/stacks/{stack_name}/{stack_id}/resources/{resource_name}/metadata",
    ok=(200, 203),
    response_key="metadata",
)
_SIGNAL = Operation(
    "resources.signal",
    "POST",
    "/stacks/{stack_name}/{stack_id}/resources/{resource_name}/signal",
    ok=(200,),
    request_kind="json",
    response_kind="empty",
)
_MARK_UNHEALTHY = Operation(
    "resources.mark_unhealthy",
    "PATCH",
    "/stacks/{stack_name}/{stack_id}/resources/{resource_name}",
    ok=(200,),
    request_kind="json",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[StackResource]:
    """List resources."""
    return client.pager(
        _LIST,
        {"stack_name": stack_name, "stack_id": stack_id},
        model=StackResource,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    resource_name: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[StackResource]:
    """Get a stack resource."""
    return client.call(
        _GET,
        {"stack_name": stack_name, "stack_id": stack_id, "resource_name": resource_name},
        model=StackResource,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_metadata(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    resource_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The resource's metadata (as instances read it through cfn-init or os-collect-config)."""
    return client.call(
        _GET_METADATA,
        {"stack_name": stack_name, "stack_id": stack_id, "resource_name": resource_name},
        microversion=microversion,
        timeout=timeout,
    )


def signal(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    resource_name: str,
    opts: SignalOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Send a signal to a resource that takes them (wait conditions, scaling policies, software
    deployments)."""
    return client.call(
        _SIGNAL,
        {"stack_name": stack_name, "stack_id": stack_id, "resource_name": resource_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def mark_unhealthy(
    client: ServiceClient,
    stack_name: str,
    stack_id: str,
    resource_name: str,
    opts: MarkUnhealthyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Mark the resource as unhealthy (or healthy again)."""
    return client.call(
        _MARK_UNHEALTHY,
        {"stack_name": stack_name, "stack_id": stack_id, "resource_name": resource_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_resources(page: Page[Any]) -> builtins.list[StackResource]:
    """The StackResource items of a page (or of ``all_pages()``)."""
    return page.extract_as(StackResource)
