# Generated from orchestration/v1/templates.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Template versions and their functions, and template validation (what a template's parameters
are, without creating a stack)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class TemplateFunction(Model):
    """The TemplateFunction object."""

    functions: str | Unset = UNSET
    """The function's name."""

    description: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("functions", "functions", t.STRING),
        Field("description", "description", t.STRING),
    )


class TemplateVersion(Model):
    """Template versions and their functions, and template validation (what a template's
    parameters are, without creating a stack)."""

    version: str
    """e.g. heat_template_version.2021-04-16"""

    type: str | Unset = UNSET
    """hot or cfn"""

    aliases: builtins.list[str] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("version", "version", t.STRING),
        Field("type", "type", t.STRING),
        Field("aliases", "aliases", t.list_of(t.STRING)),
    )


class ListFunctionsOpts(Opts):
    """Options of list_functions."""

    with_condition_func: bool | Unset = UNSET
    """Also the functions usable in conditions."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("with_condition_func", "with_condition_func", t.BOOLEAN, location="query"),
    )


class ValidateOpts(Opts):
    """Options of validate."""

    template: Any | Unset = UNSET
    """The template (mapping or text)."""

    template_url: str | Unset = UNSET

    files: dict[str, str] | Unset = UNSET

    environment: dict[str, Any] | Unset = UNSET

    environment_files: builtins.list[str] | Unset = UNSET

    parameters: dict[str, Any] | Unset = UNSET
    """Values to validate the parameters' constraints against."""

    show_nested: bool | Unset = UNSET
    """Also validate nested templates and show their parameters."""

    ignore_errors: str | Unset = UNSET
    """Comma-separated error codes to ignore (e.g. 99001 for missing parameter values)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("template", "template", t.ANY),
        Param("template_url", "template_url", t.STRING),
        Param("files", "files", t.map_of(t.STRING)),
        Param("environment", "environment", t.map_of(t.ANY)),
        Param("environment_files", "environment_files", t.list_of(t.STRING)),
        Param("parameters", "parameters", t.map_of(t.ANY)),
        Param("show_nested", "show_nested", t.BOOLEAN, location="query"),
        Param("ignore_errors", "ignore_errors", t.STRING, location="query"),
    )


_LIST = Operation(
    "templates.list",
    "GET",
    "/template_versions",
    ok=(200, 203),
    response_key="template_versions",
    paging=Paging("single"),
)
_LIST_FUNCTIONS = Operation(
    "templates.list_functions",
    "GET",
    "/template_versions/{template_version}/functions",
    ok=(200, 203),
    response_kind="list",
    response_key="template_functions",
)
_VALIDATE = Operation(
    "templates.validate",
    "POST",
    "/validate",
    ok=(200, 201, 202),
    request_kind="json",
    idempotent=True,
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[TemplateVersion]:
    """List templates."""
    return client.pager(
        _LIST, None, model=TemplateVersion, microversion=microversion, timeout=timeout
    )


def list_functions(
    client: ServiceClient,
    template_version: str,
    opts: ListFunctionsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[TemplateFunction]]:
    """The functions a template of this version may use."""
    return client.call(
        _LIST_FUNCTIONS,
        {"template_version": template_version},
        model=TemplateFunction,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def validate(
    client: ServiceClient,
    opts: ValidateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Validate a template: the answer has Description, Parameters and ParameterGroups; an
    invalid template is a 400 whose message says why."""
    return client.call(_VALIDATE, None, opts=opts, microversion=microversion, timeout=timeout)


def extract_templates(page: Page[Any]) -> builtins.list[TemplateVersion]:
    """The TemplateVersion items of a page (or of ``all_pages()``)."""
    return page.extract_as(TemplateVersion)
