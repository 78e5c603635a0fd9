# Generated from network/v2/auto_allocated_topology.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
""" "Get me a network" (auto-allocated-topology extension): the first get for a project creates a
network, a subnet from the default subnet pools and a router to the default external network,
and later ones return that network. Needs a default external network and default subnet pools."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class AutoAllocatedTopology(Model):
    """ "Get me a network" (auto-allocated-topology extension): the first get for a project
    creates a network, a subnet from the default subnet pools and a router to the default
    external network, and later ones return that network. Needs a default external network and
    default subnet pools."""

    id: str
    """The ID of the project's auto-allocated network."""

    project_id: str | Unset = UNSET
    """The project."""

    tenant_id: str | Unset = UNSET
    """The same as project_id (older name)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ValidateOpts(Opts):
    """Options of validate."""

    fields: Literal["dry-run"] = REQUIRED
    """Always "dry-run"."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.STRING, location="query", required=True, enum=("dry-run",)),
    )


_GET = Operation(
    "auto_allocated_topology.get",
    "GET",
    "/auto-allocated-topology/{project_id}",
    ok=(200, 203),
    response_key="auto_allocated_topology",
)
_DELETE = Operation(
    "auto_allocated_topology.delete",
    "DELETE",
    "/auto-allocated-topology/{project_id}",
    ok=(204,),
    response_kind="empty",
)
_VALIDATE = Operation(
    "auto_allocated_topology.validate",
    "GET",
    "/auto-allocated-topology/{project_id}",
    ok=(200, 203),
    response_key="auto_allocated_topology",
)


def get(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AutoAllocatedTopology]:
    """Return the project's auto-allocated network, creating the topology on the first call (409
    when the prerequisites are missing)."""
    return client.call(
        _GET,
        {"project_id": project_id},
        model=AutoAllocatedTopology,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the project's auto-allocated topology (network, subnets and router)."""
    return client.call(
        _DELETE, {"project_id": project_id}, microversion=microversion, timeout=timeout
    )


def validate(
    client: ServiceClient,
    project_id: str,
    opts: ValidateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AutoAllocatedTopology]:
    """Check without creating anything that the topology could be allocated for the project: the
    answer's id is "dry-run=pass", and missing prerequisites are a 409 saying what is missing."""
    return client.call(
        _VALIDATE,
        {"project_id": project_id},
        model=AutoAllocatedTopology,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_auto_allocated_topology(page: Page[Any]) -> builtins.list[AutoAllocatedTopology]:
    """The AutoAllocatedTopology items of a page (or of ``all_pages()``)."""
    return page.extract_as(AutoAllocatedTopology)
