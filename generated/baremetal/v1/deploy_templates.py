# Generated from baremetal/v1/deploy_templates.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A deploy template (since 1.55): deploy steps that run when a node is deployed with an instance
whose traits include the template's name (a CUSTOM_ trait)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class DeployStep(Model):
    """A deploy step of a template."""

    interface: (
        Literal[
            "bios",
            "deploy",
            "firmware",
            "management",
            "network",
            "power",
            "raid",
            "rescue",
            "storage",
            "boot",
            "console",
            "inspect",
            "vendor",
        ]
        | Unset
    ) = UNSET
    """The driver interface with the step."""

    step: str | Unset = UNSET
    """The step's name."""

    args: dict[str, Any] | Unset = UNSET
    """The step's arguments."""

    priority: int | Unset = UNSET
    """Its order among the deployment's steps (higher runs first; 0 disables)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "interface",
            "interface",
            t.STRING,
            enum=(
                "bios",
                "deploy",
                "firmware",
                "management",
                "network",
                "power",
                "raid",
                "rescue",
                "storage",
                "boot",
                "console",
                "inspect",
                "vendor",
            ),
        ),
        Field("step", "step", t.STRING),
        Field("args", "args", t.map_of(t.ANY)),
        Field("priority", "priority", t.INTEGER),
    )


class DeployTemplate(Model):
    """A deploy template (since 1.55): deploy steps that run when a node is deployed with an
    instance whose traits include the template's name (a CUSTOM_ trait)."""

    uuid: str
    """The template's UUID; may be chosen on create."""

    name: str | Unset = UNSET
    """The template's name, a valid trait name (CUSTOM_..., at most 255 characters); unique."""

    steps: builtins.list[DeployStep] | Unset = UNSET
    """The deploy steps to run (each with interface, step, args and priority)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("steps", "steps", t.list_of(t.model(DeployStep))),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The UUID of the last template of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("detail", "detail", t.BOOLEAN, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The template's UUID; may be chosen on create."""

    name: str = REQUIRED
    """The template's name, a valid trait name (CUSTOM_..., at most 255 characters); unique."""

    steps: builtins.list[DeployStep] = REQUIRED
    """The deploy steps to run (each with interface, step, args and priority)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("name", "name", t.STRING, required=True),
        Param("steps", "steps", t.list_of(t.model(DeployStep)), required=True),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The template's name, a valid trait name (CUSTOM_..., at most 255 characters); unique."""

    steps: builtins.list[DeployStep] | Unset = UNSET
    """The deploy steps to run (each with interface, step, args and priority)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("steps", "steps", t.list_of(t.model(DeployStep))),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


_LIST = Operation(
    "deploy_templates.list",
    "GET",
    "/deploy_templates",
    ok=(200, 203),
    response_key="deploy_templates",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.55",
)
_GET = Operation(
    "deploy_templates.get",
    "GET",
    "/deploy_templates/{deploy_template_id}",
    ok=(200, 203),
    since="1.55",
)
_CREATE = Operation(
    "deploy_templates.create",
    "POST",
    "/deploy_templates",
    ok=(201,),
    request_kind="json",
    since="1.55",
)
_UPDATE = Operation(
    "deploy_templates.update",
    "PATCH",
    "/deploy_templates/{deploy_template_id}",
    ok=(200,),
    request_kind="json-patch",
    since="1.55",
)
_DELETE = Operation(
    "deploy_templates.delete",
    "DELETE",
    "/deploy_templates/{deploy_template_id}",
    ok=(204,),
    response_kind="empty",
    since="1.55",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[DeployTemplate]:
    """List deploy templates, by default their uuid and name only."""
    return client.pager(
        _LIST, None, model=DeployTemplate, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    deploy_template_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DeployTemplate]:
    """Show a deploy template (by UUID or name)."""
    return client.call(
        _GET,
        {"deploy_template_id": deploy_template_id},
        model=DeployTemplate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DeployTemplate]:
    """Create a deploy template."""
    return client.call(
        _CREATE, None, model=DeployTemplate, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    deploy_template_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DeployTemplate]:
    """Change a deploy template with a JSON patch built from the options (steps are replaced
    whole)."""
    return client.call(
        _UPDATE,
        {"deploy_template_id": deploy_template_id},
        model=DeployTemplate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    deploy_template_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a deploy template."""
    return client.call(
        _DELETE,
        {"deploy_template_id": deploy_template_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> DeployTemplate:
    """The one DeployTemplate whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=DeployTemplate,
        name_field="name",
        id_field="uuid",
    )


def extract_deploy_templates(page: Page[Any]) -> builtins.list[DeployTemplate]:
    """The DeployTemplate items of a page (or of ``all_pages()``)."""
    return page.extract_as(DeployTemplate)
