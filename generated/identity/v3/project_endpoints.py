# Generated from identity/v3/project_endpoints.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Direct project-endpoint associations (OS-EP-FILTER): the endpoints explicitly added to a
project's filtered catalog. The model is the associated endpoint."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.identity.v3.endpoint_groups import Project as Project
from stacksdk.shared import Links as Links


class ProjectEndpoint(Model):
    """Direct project-endpoint associations (OS-EP-FILTER): the endpoints explicitly added to a
    project's filtered catalog. The model is the associated endpoint."""

    id: str
    """The endpoint ID."""

    interface: str | Unset = UNSET
    """public, internal or admin."""

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


_LIST = Operation(
    "project_endpoints.list",
    "GET",
    "/OS-EP-FILTER/projects/{project_id}/endpoints",
    ok=(200, 203),
    response_key="endpoints",
    paging=Paging("linked", next="links.next"),
)
_ADD_ENDPOINT = Operation(
    "project_endpoints.add_endpoint",
    "PUT",
    "/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_ENDPOINT = Operation(
    "project_endpoints.check_endpoint",
    "GET",
    "/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}",
    ok=(204,),
    response_kind="empty",
)
_REMOVE_ENDPOINT = Operation(
    "project_endpoints.remove_endpoint",
    "DELETE",
    "/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_PROJECTS_FOR_ENDPOINT = Operation(
    "project_endpoints.list_projects_for_endpoint",
    "GET",
    "/OS-EP-FILTER/endpoints/{endpoint_id}/projects",
    ok=(200, 203),
    response_key="projects",
    paging=Paging("linked", next="links.next"),
)


def list(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ProjectEndpoint]:
    """List the endpoints of a project's filtered catalog: those associated directly and those
    selected by the project's endpoint groups."""
    return client.pager(
        _LIST,
        {"project_id": project_id},
        model=ProjectEndpoint,
        microversion=microversion,
        timeout=timeout,
    )


def add_endpoint(
    client: ServiceClient,
    project_id: str,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Associate an endpoint with a project."""
    return client.call(
        _ADD_ENDPOINT,
        {"project_id": project_id, "endpoint_id": endpoint_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_endpoint(
    client: ServiceClient,
    project_id: str,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that an endpoint is associated with a project (raises NotFound when it is not)."""
    return client.call(
        _CHECK_ENDPOINT,
        {"project_id": project_id, "endpoint_id": endpoint_id},
        microversion=microversion,
        timeout=timeout,
    )


def remove_endpoint(
    client: ServiceClient,
    project_id: str,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove the association of an endpoint with a project."""
    return client.call(
        _REMOVE_ENDPOINT,
        {"project_id": project_id, "endpoint_id": endpoint_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_projects_for_endpoint(
    client: ServiceClient,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Project]:
    """List the projects an endpoint is directly associated with."""
    return client.pager(
        _LIST_PROJECTS_FOR_ENDPOINT,
        {"endpoint_id": endpoint_id},
        model=Project,
        microversion=microversion,
        timeout=timeout,
    )


def extract_project_endpoints(page: Page[Any]) -> builtins.list[ProjectEndpoint]:
    """The ProjectEndpoint items of a page (or of ``all_pages()``)."""
    return page.extract_as(ProjectEndpoint)
