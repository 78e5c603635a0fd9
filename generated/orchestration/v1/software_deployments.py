# Generated from orchestration/v1/software_deployments.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A software deployment: a software config applied to a server with input values; the server's
agent reports its status and output values back."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.orchestration.v1.software_configs import ConfigInput, ConfigOutput


class Config(Model):
    """A software config as a server's agent receives it (with input values)."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    group: str | Unset = UNSET

    config: str | Unset = UNSET

    inputs: builtins.list[ConfigInput] | Unset = UNSET

    outputs: builtins.list[ConfigOutput] | Unset = UNSET

    options: dict[str, Any] | None | Unset = UNSET

    creation_time: datetime.datetime | Unset = UNSET

    updated_time: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("group", "group", t.STRING),
        Field("config", "config", t.STRING),
        Field("inputs", "inputs", t.list_of(t.model(ConfigInput))),
        Field("outputs", "outputs", t.list_of(t.model(ConfigOutput))),
        Field("options", "options", t.map_of(t.ANY)),
        Field("creation_time", "creation_time", t.DATETIME),
        Field("updated_time", "updated_time", t.DATETIME),
    )


class SoftwareDeployment(Model):
    """A software deployment: a software config applied to a server with input values; the
    server's agent reports its status and output values back."""

    id: str

    server_id: str | Unset = UNSET
    """The server (any id the agent knows itself by)."""

    config_id: str | Unset = UNSET
    """The software config to apply."""

    input_values: dict[str, Any] | None | Unset = UNSET
    """Values of the config's inputs."""

    action: str | Unset = UNSET
    """What the deployment is for: CREATE, UPDATE, DELETE, SUSPEND or RESUME."""

    status: str | Unset = UNSET
    """IN_PROGRESS, COMPLETE or FAILED."""

    status_reason: str | None | Unset = UNSET

    output_values: dict[str, Any] | None | Unset = UNSET
    """What the agent reported (deploy_stdout, deploy_stderr, deploy_status_code, outputs)."""

    stack_user_project_id: str | Unset = UNSET

    creation_time: datetime.datetime | Unset = UNSET

    updated_time: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("server_id", "server_id", t.STRING),
        Field("config_id", "config_id", t.STRING),
        Field("input_values", "input_values", t.map_of(t.ANY)),
        Field("action", "action", t.STRING),
        Field("status", "status", t.STRING),
        Field("status_reason", "status_reason", t.STRING),
        Field("output_values", "output_values", t.map_of(t.ANY)),
        Field("stack_user_project_id", "stack_user_project_id", t.STRING),
        Field("creation_time", "creation_time", t.DATETIME),
        Field("updated_time", "updated_time", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    server_id: str | Unset = UNSET
    """Only the deployments of this server."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("server_id", "server_id", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    server_id: str = REQUIRED
    """The server (any id the agent knows itself by)."""

    config_id: str = REQUIRED
    """The software config to apply."""

    input_values: dict[str, Any] | None | Unset = UNSET
    """Values of the config's inputs."""

    action: str | Unset = UNSET
    """What the deployment is for: CREATE, UPDATE, DELETE, SUSPEND or RESUME."""

    status: str | Unset = UNSET
    """IN_PROGRESS, COMPLETE or FAILED."""

    status_reason: str | None | Unset = UNSET

    stack_user_project_id: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("server_id", "server_id", t.STRING, required=True),
        Param("config_id", "config_id", t.STRING, required=True),
        Param("input_values", "input_values", t.map_of(t.ANY), nullable=True),
        Param("action", "action", t.STRING),
        Param("status", "status", t.STRING),
        Param("status_reason", "status_reason", t.STRING, nullable=True),
        Param("stack_user_project_id", "stack_user_project_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    config_id: str | Unset = UNSET
    """The software config to apply."""

    input_values: dict[str, Any] | None | Unset = UNSET
    """Values of the config's inputs."""

    action: str | Unset = UNSET
    """What the deployment is for: CREATE, UPDATE, DELETE, SUSPEND or RESUME."""

    status: str | Unset = UNSET
    """IN_PROGRESS, COMPLETE or FAILED."""

    status_reason: str | None | Unset = UNSET

    output_values: dict[str, Any] | None | Unset = UNSET
    """What the agent reported (deploy_stdout, deploy_stderr, deploy_status_code, outputs)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("config_id", "config_id", t.STRING),
        Param("input_values", "input_values", t.map_of(t.ANY), nullable=True),
        Param("action", "action", t.STRING),
        Param("status", "status", t.STRING),
        Param("status_reason", "status_reason", t.STRING, nullable=True),
        Param("output_values", "output_values", t.map_of(t.ANY), nullable=True),
    )


_LIST = Operation(
    "software_deployments.list",
    "GET",
    "/software_deployments",
    ok=(200, 203),
    response_key="software_deployments",
    paging=Paging("single"),
)
_GET = Operation(
    "software_deployments.get",
    "GET",
    "/software_deployments/{software_deployment_id}",
    ok=(200, 203),
    response_key="software_deployment",
)
_CREATE = Operation(
    "software_deployments.create",
    "POST",
    "/software_deployments",
    ok=(200,),
    request_kind="json",
    response_key="software_deployment",
)
_UPDATE = Operation(
    "software_deployments.update",
    "PUT",
    "/software_deployments/{software_deployment_id}",
    ok=(200,),
    request_kind="json",
    response_key="software_deployment",
)
_DELETE = Operation(
    "software_deployments.delete",
    "DELETE",
    "/software_deployments/{software_deployment_id}",
    ok=(204,),
    response_kind="empty",
)
_GET_METADATA = Operation(
    "software_deployments.get_metadata",
    "GET",
    "/software_deployments/metadata/{server_id}",
    ok=(200, 203),
    response_kind="list",
    response_key="metadata",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SoftwareDeployment]:
    """List software deployments."""
    return client.pager(
        _LIST, None, model=SoftwareDeployment, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    software_deployment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SoftwareDeployment]:
    """Get a software deployment."""
    return client.call(
        _GET,
        {"software_deployment_id": software_deployment_id},
        model=SoftwareDeployment,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SoftwareDeployment]:
    """Create a software deployment."""
    return client.call(
        _CREATE,
        None,
        model=SoftwareDeployment,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    software_deployment_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SoftwareDeployment]:
    """Update a software deployment."""
    return client.call(
        _UPDATE,
        {"software_deployment_id": software_deployment_id},
        model=SoftwareDeployment,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    software_deployment_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a software deployment."""
    return client.call(
        _DELETE,
        {"software_deployment_id": software_deployment_id},
        microversion=microversion,
        timeout=timeout,
    )


def get_metadata(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Config]]:
    """What a server's agent reads: every config deployed to it, with the input values."""
    return client.call(
        _GET_METADATA,
        {"server_id": server_id},
        model=Config,
        microversion=microversion,
        timeout=timeout,
    )


def extract_software_deployments(page: Page[Any]) -> builtins.list[SoftwareDeployment]:
    """The SoftwareDeployment items of a page (or of ``all_pages()``)."""
    return page.extract_as(SoftwareDeployment)
