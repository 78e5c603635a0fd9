# Generated from orchestration/v1/software_configs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A software config: a script, a cloud-init or puppet snippet, and its inputs and outputs,
immutable once created (change it by creating another); servers run it through software
deployments."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ConfigInput(Model):
    """The ConfigInput object."""

    name: str | Unset = UNSET

    type: str | Unset = UNSET
    """String, Number, CommaDelimitedList, Json or Boolean."""

    description: str | None | Unset = UNSET

    default: Any | None | Unset = UNSET

    value: Any | None | Unset = UNSET
    """The value given (in deployment metadata)."""

    replace_on_change: bool | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("description", "description", t.STRING),
        Field("default", "default", t.ANY),
        Field("value", "value", t.ANY),
        Field("replace_on_change", "replace_on_change", t.BOOLEAN),
    )


class ConfigOutput(Model):
    """The ConfigOutput object."""

    name: str | Unset = UNSET

    type: str | Unset = UNSET

    description: str | None | Unset = UNSET

    error_output: bool | Unset = UNSET
    """A non-empty value means the deployment failed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("description", "description", t.STRING),
        Field("error_output", "error_output", t.BOOLEAN),
    )


class SoftwareConfig(Model):
    """A software config: a script, a cloud-init or puppet snippet, and its inputs and outputs,
    immutable once created (change it by creating another); servers run it through software
    deployments."""

    id: str

    name: str | None | Unset = UNSET

    group: str | None | Unset = UNSET
    """The tool that runs the config on the server (script, puppet, Heat::Ungrouped ...)."""

    config: str | None | Unset = UNSET
    """The configuration itself (script text, ...)."""

    inputs: builtins.list[ConfigInput] | Unset = UNSET

    outputs: builtins.list[ConfigOutput] | Unset = UNSET

    options: dict[str, Any] | None | Unset = UNSET
    """Options for the group's tool."""

    creation_time: datetime.datetime | Unset = UNSET

    project: str | Unset = UNSET
    """The owning project (admin listings of every project)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("group", "group", t.STRING),
        Field("config", "config", t.STRING),
        Field("inputs", "inputs", t.list_of(t.model(ConfigInput))),
        Field("outputs", "outputs", t.list_of(t.model(ConfigOutput))),
        Field("options", "options", t.map_of(t.ANY)),
        Field("creation_time", "creation_time", t.DATETIME),
        Field("project", "project", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    tenant_safe: bool | Unset = UNSET
    """false: every project's configs (admin)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("tenant_safe", "tenant_safe", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None = REQUIRED

    group: str | None | Unset = UNSET
    """The tool that runs the config on the server (script, puppet, Heat::Ungrouped ...)."""

    config: str | None | Unset = UNSET
    """The configuration itself (script text, ...)."""

    inputs: builtins.list[ConfigInput] | Unset = UNSET

    outputs: builtins.list[ConfigOutput] | Unset = UNSET

    options: dict[str, Any] | None | Unset = UNSET
    """Options for the group's tool."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True, nullable=True),
        Param("group", "group", t.STRING, nullable=True),
        Param("config", "config", t.STRING, nullable=True),
        Param("inputs", "inputs", t.list_of(t.model(ConfigInput))),
        Param("outputs", "outputs", t.list_of(t.model(ConfigOutput))),
        Param("options", "options", t.map_of(t.ANY), nullable=True),
    )


_LIST = Operation(
    "software_configs.list",
    "GET",
    "/software_configs",
    ok=(200, 203),
    response_key="software_configs",
    paging=Paging("marker", marker_field="id"),
)
_GET = Operation(
    "software_configs.get",
    "GET",
    "/software_configs/{software_config_id}",
    ok=(200, 203),
    response_key="software_config",
)
_CREATE = Operation(
    "software_configs.create",
    "POST",
    "/software_configs",
    ok=(200,),
    request_kind="json",
    response_key="software_config",
)
_DELETE = Operation(
    "software_configs.delete",
    "DELETE",
    "/software_configs/{software_config_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SoftwareConfig]:
    """List software configs."""
    return client.pager(
        _LIST, None, model=SoftwareConfig, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    software_config_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SoftwareConfig]:
    """Get a software config."""
    return client.call(
        _GET,
        {"software_config_id": software_config_id},
        model=SoftwareConfig,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SoftwareConfig]:
    """Create a software config."""
    return client.call(
        _CREATE, None, model=SoftwareConfig, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    software_config_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a software config."""
    return client.call(
        _DELETE,
        {"software_config_id": software_config_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> SoftwareConfig:
    """The one SoftwareConfig whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=SoftwareConfig,
        name_field="name",
        id_field="id",
    )


def extract_software_configs(page: Page[Any]) -> builtins.list[SoftwareConfig]:
    """The SoftwareConfig items of a page (or of ``all_pages()``)."""
    return page.extract_as(SoftwareConfig)
