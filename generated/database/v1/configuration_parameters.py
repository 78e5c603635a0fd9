# Generated from database/v1/configuration_parameters.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A setting a datastore version allows in configuration groups, with its type, bounds and
whether changing it needs a restart. Admins add, change and remove them through the mgmt
paths."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ConfigurationParameter(Model):
    """A setting a datastore version allows in configuration groups, with its type, bounds and
    whether changing it needs a restart. Admins add, change and remove them through the mgmt
    paths."""

    name: str
    """The setting's name."""

    datastore_version_id: str | Unset = UNSET
    """The datastore version."""

    type: str | Unset = UNSET
    """integer, string, boolean or float."""

    min: int | Unset = UNSET
    """The least value (numbers)."""

    max: int | Unset = UNSET
    """The greatest value (numbers)."""

    restart_required: bool | Unset = UNSET
    """Whether a change takes effect only after a restart."""

    min_size: int | Unset = UNSET
    """The least value (mgmt answers)."""

    max_size: int | Unset = UNSET
    """The greatest value (mgmt answers)."""

    deleted: int | Unset = UNSET
    """1 when removed (mgmt answers)."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """When it was removed (mgmt answers)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("datastore_version_id", "datastore_version_id", t.STRING),
        Field("type", "type", t.STRING),
        Field("min", "min", t.INTEGER),
        Field("max", "max", t.INTEGER),
        Field("restart_required", "restart_required", t.BOOLEAN),
        Field("min_size", "min_size", t.INTEGER),
        Field("max_size", "max_size", t.INTEGER),
        Field("deleted", "deleted", t.INTEGER),
        Field("deleted_at", "deleted_at", t.DATETIME),
    )


class MgmtCreateOpts(Opts):
    """Options of mgmt_create. Also the options of mgmt_update."""

    name: str = REQUIRED
    """The setting's name."""

    data_type: Literal["integer", "string", "boolean", "float"] = REQUIRED
    """Its type."""

    restart_required: int = REQUIRED
    """1 when a change needs a restart."""

    min_size: int | Unset = UNSET
    """The least value (integer and float settings)."""

    max_size: int | Unset = UNSET
    """The greatest value (integer and float settings)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param(
            "data_type",
            "data_type",
            t.STRING,
            required=True,
            enum=("integer", "string", "boolean", "float"),
        ),
        Param("restart_required", "restart_required", t.INTEGER, required=True, enum=(0, 1)),
        Param("min_size", "min_size", t.INTEGER),
        Param("max_size", "max_size", t.INTEGER),
    )


MgmtUpdateOpts = MgmtCreateOpts

_LIST = Operation(
    "configuration_parameters.list",
    "GET",
    "/datastores/{datastore_id}/versions/{version_id}/parameters",
    ok=(200, 203),
    response_key="configuration-parameters",
    paging=Paging("single"),
)
_GET = Operation(
    "configuration_parameters.get",
    "GET",
    "/datastores/{datastore_id}/versions/{version_id}/parameters/{parameter_name}",
    ok=(200, 203),
)
_LIST_BY_VERSION = Operation(
    "configuration_parameters.list_by_version",
    "GET",
    "/datastores/versions/{version_id}/parameters",
    ok=(200, 203),
    response_kind="list",
    response_key="configuration-parameters",
)
_GET_BY_VERSION = Operation(
    "configuration_parameters.get_by_version",
    "GET",
    "/datastores/versions/{version_id}/parameters/{parameter_name}",
    ok=(200, 203),
)
_MGMT_CREATE = Operation(
    "configuration_parameters.mgmt_create",
    "POST",
    "/mgmt/datastores/versions/{version_id}/parameters",
    ok=(200,),
    request_kind="json",
    request_key="configuration-parameter",
    response_kind="list",
    response_key="configuration-parameters",
)
_MGMT_UPDATE = Operation(
    "configuration_parameters.mgmt_update",
    "PUT",
    "/mgmt/datastores/versions/{version_id}/parameters/{parameter_name}",
    ok=(200,),
    request_kind="json",
    request_key="configuration-parameter",
)
_MGMT_DELETE = Operation(
    "configuration_parameters.mgmt_delete",
    "DELETE",
    "/mgmt/datastores/versions/{version_id}/parameters/{parameter_name}",
    ok=(202, 204),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    datastore_id: str,
    version_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ConfigurationParameter]:
    """The settings a datastore version allows."""
    return client.pager(
        _LIST,
        {"datastore_id": datastore_id, "version_id": version_id},
        model=ConfigurationParameter,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    datastore_id: str,
    version_id: str,
    parameter_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConfigurationParameter]:
    """One setting."""
    return client.call(
        _GET,
        {"datastore_id": datastore_id, "version_id": version_id, "parameter_name": parameter_name},
        model=ConfigurationParameter,
        microversion=microversion,
        timeout=timeout,
    )


def list_by_version(
    client: ServiceClient,
    version_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[ConfigurationParameter]]:
    """The settings of a datastore version given by id alone."""
    return client.call(
        _LIST_BY_VERSION,
        {"version_id": version_id},
        model=ConfigurationParameter,
        microversion=microversion,
        timeout=timeout,
    )


def get_by_version(
    client: ServiceClient,
    version_id: str,
    parameter_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConfigurationParameter]:
    """One setting of a datastore version given by id alone."""
    return client.call(
        _GET_BY_VERSION,
        {"version_id": version_id, "parameter_name": parameter_name},
        model=ConfigurationParameter,
        microversion=microversion,
        timeout=timeout,
    )


def mgmt_create(
    client: ServiceClient,
    version_id: str,
    opts: MgmtCreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[ConfigurationParameter]]:
    """Adds a setting to a datastore version (admins)."""
    return client.call(
        _MGMT_CREATE,
        {"version_id": version_id},
        model=ConfigurationParameter,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def mgmt_update(
    client: ServiceClient,
    version_id: str,
    parameter_name: str,
    opts: MgmtUpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ConfigurationParameter]:
    """Changes a setting of a datastore version (admins)."""
    return client.call(
        _MGMT_UPDATE,
        {"version_id": version_id, "parameter_name": parameter_name},
        model=ConfigurationParameter,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def mgmt_delete(
    client: ServiceClient,
    version_id: str,
    parameter_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Removes a setting from a datastore version (admins)."""
    return client.call(
        _MGMT_DELETE,
        {"version_id": version_id, "parameter_name": parameter_name},
        microversion=microversion,
        timeout=timeout,
    )


def extract_configuration_parameters(page: Page[Any]) -> builtins.list[ConfigurationParameter]:
    """The ConfigurationParameter items of a page (or of ``all_pages()``)."""
    return page.extract_as(ConfigurationParameter)
