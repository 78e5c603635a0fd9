# Generated from identity/v3/endpoint_groups.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An endpoint group (OS-EP-FILTER) selects catalog endpoints by filters; associating it with a
project limits that project's catalog to the matching endpoints."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class EndpointGroupFilters(Model):
    """Endpoint attributes to match; only these four keys are accepted."""

    interface: Literal["admin", "internal", "public"] | Unset = UNSET

    service_id: str | Unset = UNSET

    region_id: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("interface", "interface", t.STRING, enum=("admin", "internal", "public")),
        Field("service_id", "service_id", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
    )


class Endpoint(Model):
    """A catalog endpoint, as the OS-EP-FILTER listings show it."""

    id: str | Unset = UNSET

    interface: str | Unset = UNSET

    region: str | None | Unset = UNSET
    """Same as region_id (older name)."""

    region_id: str | None | Unset = UNSET

    service_id: str | Unset = UNSET

    url: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    name: str | Unset = UNSET

    description: str | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("interface", "interface", t.STRING),
        Field("region", "region", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("service_id", "service_id", t.STRING),
        Field("url", "url", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class Project(Model):
    """A project, as the OS-EP-FILTER listings show it."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain_id: str | Unset = UNSET

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET

    is_domain: bool | Unset = UNSET

    parent_id: str | None | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    options: dict[str, Any] | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("is_domain", "is_domain", t.BOOLEAN),
        Field("parent_id", "parent_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("options", "options", t.map_of(t.ANY)),
        Field("links", "links", t.model(Links)),
    )


class ProjectEndpointGroup(Model):
    """The association of an endpoint group with a project."""

    endpoint_group_id: str | Unset = UNSET

    project_id: str | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("endpoint_group_id", "endpoint_group_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class EndpointGroup(Model):
    """An endpoint group (OS-EP-FILTER) selects catalog endpoints by filters; associating it with
    a project limits that project's catalog to the matching endpoints."""

    id: str
    """The endpoint group ID."""

    name: str | Unset = UNSET
    """The endpoint group name."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    filters: EndpointGroupFilters | Unset = UNSET
    """The endpoint attributes an endpoint must match to belong to the group (at least one)."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("filters", "filters", t.model(EndpointGroupFilters)),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (Param("name", "name", t.STRING, location="query"),)


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The endpoint group name."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    filters: EndpointGroupFilters = REQUIRED
    """The endpoint attributes an endpoint must match to belong to the group (at least one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("filters", "filters", t.model(EndpointGroupFilters), required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The endpoint group name."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    filters: EndpointGroupFilters | Unset = UNSET
    """The endpoint attributes an endpoint must match to belong to the group (at least one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("filters", "filters", t.model(EndpointGroupFilters)),
    )


_LIST = Operation(
    "endpoint_groups.list",
    "GET",
    "/OS-EP-FILTER/endpoint_groups",
    ok=(200, 203),
    response_key="endpoint_groups",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "endpoint_groups.get",
    "GET",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}",
    ok=(200, 203),
    response_key="endpoint_group",
)
_HEAD = Operation(
    "endpoint_groups.head",
    "HEAD",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}",
    ok=(200,),
    response_kind="headers",
)
_CREATE = Operation(
    "endpoint_groups.create",
    "POST",
    "/OS-EP-FILTER/endpoint_groups",
    ok=(201,),
    request_kind="json",
    request_key="endpoint_group",
    response_key="endpoint_group",
)
_UPDATE = Operation(
    "endpoint_groups.update",
    "PATCH",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="endpoint_group",
    response_key="endpoint_group",
)
_DELETE = Operation(
    "endpoint_groups.delete",
    "DELETE",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_ENDPOINTS = Operation(
    "endpoint_groups.list_endpoints",
    "GET",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/endpoints",
    ok=(200, 203),
    response_key="endpoints",
    paging=Paging("linked", next="links.next"),
)
_LIST_PROJECTS = Operation(
    "endpoint_groups.list_projects",
    "GET",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects",
    ok=(200, 203),
    response_key="projects",
    paging=Paging("linked", next="links.next"),
)
_ADD_PROJECT = Operation(
    "endpoint_groups.add_project",
    "PUT",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}",
    ok=(204,),
    response_kind="empty",
)
_GET_PROJECT_ASSOCIATION = Operation(
    "endpoint_groups.get_project_association",
    "GET",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}",
    ok=(200, 203),
    response_key="project_endpoint_group",
)
_CHECK_PROJECT = Operation(
    "endpoint_groups.check_project",
    "HEAD",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}",
    ok=(200,),
    response_kind="empty",
)
_REMOVE_PROJECT = Operation(
    "endpoint_groups.remove_project",
    "DELETE",
    "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_FOR_PROJECT = Operation(
    "endpoint_groups.list_for_project",
    "GET",
    "/OS-EP-FILTER/projects/{project_id}/endpoint_groups",
    ok=(200, 203),
    response_key="endpoint_groups",
    paging=Paging("linked", next="links.next"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[EndpointGroup]:
    """List endpoint groups."""
    return client.pager(
        _LIST, None, model=EndpointGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    endpoint_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EndpointGroup]:
    """Get a endpoint group."""
    return client.call(
        _GET,
        {"endpoint_group_id": endpoint_group_id},
        model=EndpointGroup,
        microversion=microversion,
        timeout=timeout,
    )


def head(
    client: ServiceClient,
    endpoint_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[dict[str, str]]:
    """Check that an endpoint group exists (raises NotFound when it does not)."""
    return client.call(
        _HEAD, {"endpoint_group_id": endpoint_group_id}, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EndpointGroup]:
    """Create a endpoint group."""
    return client.call(
        _CREATE, None, model=EndpointGroup, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    endpoint_group_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[EndpointGroup]:
    """Update a endpoint group."""
    return client.call(
        _UPDATE,
        {"endpoint_group_id": endpoint_group_id},
        model=EndpointGroup,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    endpoint_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a endpoint group."""
    return client.call(
        _DELETE,
        {"endpoint_group_id": endpoint_group_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_endpoints(
    client: ServiceClient,
    endpoint_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Endpoint]:
    """List the endpoints that the group's filters select."""
    return client.pager(
        _LIST_ENDPOINTS,
        {"endpoint_group_id": endpoint_group_id},
        model=Endpoint,
        microversion=microversion,
        timeout=timeout,
    )


def list_projects(
    client: ServiceClient,
    endpoint_group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Project]:
    """List the projects associated with the group."""
    return client.pager(
        _LIST_PROJECTS,
        {"endpoint_group_id": endpoint_group_id},
        model=Project,
        microversion=microversion,
        timeout=timeout,
    )


def add_project(
    client: ServiceClient,
    endpoint_group_id: str,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Associate the group with a project."""
    return client.call(
        _ADD_PROJECT,
        {"endpoint_group_id": endpoint_group_id, "project_id": project_id},
        microversion=microversion,
        timeout=timeout,
    )


def get_project_association(
    client: ServiceClient,
    endpoint_group_id: str,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProjectEndpointGroup]:
    """Get the association of the group with a project (NotFound when there is none)."""
    return client.call(
        _GET_PROJECT_ASSOCIATION,
        {"endpoint_group_id": endpoint_group_id, "project_id": project_id},
        model=ProjectEndpointGroup,
        microversion=microversion,
        timeout=timeout,
    )


def check_project(
    client: ServiceClient,
    endpoint_group_id: str,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that the group is associated with a project (raises NotFound when it is not)."""
    return client.call(
        _CHECK_PROJECT,
        {"endpoint_group_id": endpoint_group_id, "project_id": project_id},
        microversion=microversion,
        timeout=timeout,
    )


def remove_project(
    client: ServiceClient,
    endpoint_group_id: str,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Dissociate the group from a project."""
    return client.call(
        _REMOVE_PROJECT,
        {"endpoint_group_id": endpoint_group_id, "project_id": project_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_for_project(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[EndpointGroup]:
    """List the endpoint groups associated with a project."""
    return client.pager(
        _LIST_FOR_PROJECT,
        {"project_id": project_id},
        model=EndpointGroup,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> EndpointGroup:
    """The one EndpointGroup whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=EndpointGroup,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_endpoint_groups(page: Page[Any]) -> builtins.list[EndpointGroup]:
    """The EndpointGroup items of a page (or of ``all_pages()``)."""
    return page.extract_as(EndpointGroup)
