# Generated from database/v1/configurations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A configuration group: datastore settings (values) that can be attached to instances of one
datastore version. Changing a group's values changes them on every instance it is attached to."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.database.v1.instances import DatastoreInfo as DatastoreInfo


class InstanceRef(Model):
    """An instance, by id and name."""

    id: str | Unset = UNSET
    """The instance's id."""

    name: str | Unset = UNSET
    """Its name."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
    )


class Configuration(Model):
    """A configuration group: datastore settings (values) that can be attached to instances of
    one datastore version. Changing a group's values changes them on every instance it is
    attached to."""

    id: str
    """The group's id."""

    name: str | Unset = UNSET
    """The group's name."""

    description: str | None | Unset = UNSET
    """Its description."""

    values: dict[str, Any] | Unset = UNSET
    """Each setting and its value (passwords masked in answers)."""

    datastore: DatastoreInfo | Unset = UNSET
    """The datastore version the group is for (create only; default the default datastore's)."""

    datastore_name: str | Unset = UNSET
    """The datastore's name."""

    datastore_version_id: str | Unset = UNSET
    """The datastore version's id."""

    datastore_version_name: str | Unset = UNSET
    """The datastore version's name."""

    datastore_version_number: str | Unset = UNSET
    """The datastore version's number."""

    instance_count: int | Unset = UNSET
    """How many instances use the group (get only)."""

    created: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("values", "values", t.map_of(t.ANY)),
        Field("datastore", "datastore", t.model(DatastoreInfo)),
        Field("datastore_name", "datastore_name", t.STRING),
        Field("datastore_version_id", "datastore_version_id", t.STRING),
        Field("datastore_version_name", "datastore_version_name", t.STRING),
        Field("datastore_version_number", "datastore_version_number", t.STRING),
        Field("instance_count", "instance_count", t.INTEGER),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_instances."""

    limit: int | Unset = UNSET
    """The most items per page."""

    marker: str | Unset = UNSET
    """The id of the last item of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The group's name."""

    description: str | None | Unset = UNSET
    """Its description."""

    values: dict[str, Any] = REQUIRED
    """Each setting and its value (passwords masked in answers)."""

    datastore: DatastoreInfo | Unset = UNSET
    """The datastore version the group is for (create only; default the default datastore's)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("values", "values", t.map_of(t.ANY), required=True),
        Param("datastore", "datastore", t.model(DatastoreInfo)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The group's name."""

    description: str | None | Unset = UNSET
    """Its description."""

    values: dict[str, Any] | Unset = UNSET
    """Each setting and its value (passwords masked in answers)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("values", "values", t.map_of(t.ANY)),
    )


class EditOpts(Opts):
    """Options of edit."""

    values: dict[str, Any] = REQUIRED
    """Settings to add or change."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("values", "values", t.map_of(t.ANY), required=True),
    )


ListInstancesOpts = ListOpts

_LIST = Operation(
    "configurations.list",
    "GET",
    "/configurations",
    ok=(200, 203),
    response_key="configurations",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "configurations.get",
    "GET",
    "/configurations/{configuration_id}",
    ok=(200, 203),
    response_key="configuration",
)
_CREATE = Operation(
    "configurations.create",
    "POST",
    "/configurations",
    ok=(200,),
    request_kind="json",
    request_key="configuration",
    response_key="configuration",
)
_UPDATE = Operation(
    "configurations.update",
    "PUT",
    "/configurations/{configuration_id}",
    ok=(202,),
    request_kind="json",
    request_key="configuration",
    response_kind="empty",
)
_DELETE = Operation(
    "configurations.delete",
    "DELETE",
    "/configurations/{configuration_id}",
    ok=(202,),
    response_kind="empty",
)
_EDIT = Operation(
    "configurations.edit",
    "PATCH",
    "/configurations/{configuration_id}",
    ok=(200, 202),
    request_kind="json",
    request_key="configuration",
    response_kind="empty",
)
_LIST_INSTANCES = Operation(
    "configurations.list_instances",
    "GET",
    "/configurations/{configuration_id}/instances",
    ok=(200, 203),
    response_key="instances",
    paging=Paging("linked", next="links[rel=next].href"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Configuration]:
    """The project's configuration groups."""
    return client.pager(
        _LIST, None, model=Configuration, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    configuration_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Configuration]:
    """One group with its values."""
    return client.call(
        _GET,
        {"configuration_id": configuration_id},
        model=Configuration,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Configuration]:
    """Creates a group (the values are checked against the datastore version's parameters)."""
    return client.call(
        _CREATE, None, model=Configuration, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    configuration_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replaces the group's values (and name, description); settings left out are removed."""
    return client.call(
        _UPDATE,
        {"configuration_id": configuration_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    configuration_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deletes a group no instance uses."""
    return client.call(
        _DELETE, {"configuration_id": configuration_id}, microversion=microversion, timeout=timeout
    )


def edit(
    client: ServiceClient,
    configuration_id: str,
    opts: EditOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Adds or changes settings, keeping the others."""
    return client.call(
        _EDIT,
        {"configuration_id": configuration_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_instances(
    client: ServiceClient,
    configuration_id: str,
    opts: ListInstancesOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[InstanceRef]:
    """The instances the group is attached to."""
    return client.pager(
        _LIST_INSTANCES,
        {"configuration_id": configuration_id},
        model=InstanceRef,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Configuration:
    """The one Configuration whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Configuration,
        name_field="name",
        id_field="id",
    )


def extract_configurations(page: Page[Any]) -> builtins.list[Configuration]:
    """The Configuration items of a page (or of ``all_pages()``)."""
    return page.extract_as(Configuration)
