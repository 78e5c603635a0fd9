# Generated from database/v1/modules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A module: a payload (licence, configuration, script) that the guest agent applies to
instances, to all of a datastore's or on request. Its contents may be secret."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.database.v1.instances import DatastoreInfo as DatastoreInfo


class ModuleInstance(Model):
    """An instance a module is applied to."""

    id: str | Unset = UNSET
    """The instance's id."""

    name: str | Unset = UNSET
    """Its name."""

    datastore: dict[str, Any] | Unset = UNSET
    """Its datastore."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("datastore", "datastore", t.map_of(t.ANY)),
    )


class Module(Model):
    """A module: a payload (licence, configuration, script) that the guest agent applies to
    instances, to all of a datastore's or on request. Its contents may be secret."""

    id: str
    """The module's id."""

    name: str | Unset = UNSET
    """Its name."""

    type: str | Unset = UNSET
    """Its type (ping, new_relic_license, ...); module_type on create."""

    contents: str | Unset = UNSET
    """Its payload (only sent back when asked for)."""

    description: str | None | Unset = UNSET
    """Its description."""

    datastore: str | Unset = UNSET
    """The datastore it is for (all for any)."""

    datastore_version: str | Unset = UNSET
    """The datastore version it is for (all for any)."""

    datastore_id: str | None | Unset = UNSET
    """The datastore's id."""

    datastore_version_id: str | None | Unset = UNSET
    """The datastore version's id."""

    tenant_id: str | None | Unset = UNSET
    """The owner project (null for every project)."""

    tenant: str | Unset = UNSET
    """The owner project, or all."""

    auto_apply: bool | Unset = UNSET
    """Whether it is applied to new instances by itself."""

    priority_apply: bool | Unset = UNSET
    """Whether it is applied before the others."""

    apply_order: int | Unset = UNSET
    """The order it is applied in (0-9)."""

    is_admin: bool | Unset = UNSET
    """Whether only admins may change it."""

    md5: str | Unset = UNSET
    """The MD5 of its contents."""

    visible: bool | Unset = UNSET
    """Whether the project sees it."""

    created: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("contents", "contents", t.STRING, sensitive=True),
        Field("description", "description", t.STRING),
        Field("datastore", "datastore", t.STRING),
        Field("datastore_version", "datastore_version", t.STRING),
        Field("datastore_id", "datastore_id", t.STRING),
        Field("datastore_version_id", "datastore_version_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("tenant", "tenant", t.STRING),
        Field("auto_apply", "auto_apply", t.BOOLEAN),
        Field("priority_apply", "priority_apply", t.BOOLEAN),
        Field("apply_order", "apply_order", t.INTEGER),
        Field("is_admin", "is_admin", t.BOOLEAN),
        Field("md5", "md5", t.STRING),
        Field("visible", "visible", t.BOOLEAN),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    datastore: str | Unset = UNSET
    """Only modules of this datastore."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("datastore", "datastore", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """Its name."""

    contents: str = REQUIRED
    """Its payload (only sent back when asked for)."""

    description: str | None | Unset = UNSET
    """Its description."""

    auto_apply: bool | Unset = UNSET
    """Whether it is applied to new instances by itself."""

    priority_apply: bool | Unset = UNSET
    """Whether it is applied before the others."""

    apply_order: int | Unset = UNSET
    """The order it is applied in (0-9)."""

    visible: bool | Unset = UNSET
    """Whether the project sees it."""

    module_type: str | Unset = UNSET
    """The module's type (required)."""

    datastore_ref: DatastoreInfo | Unset = UNSET
    """The datastore (version) it is for."""

    all_tenants: int | Unset = UNSET
    """1 for every project (admins)."""

    live_update: int | Unset = UNSET
    """1 to let it be reapplied with new contents."""

    full_access: int | Unset = UNSET
    """1 to let non-admins change it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("contents", "contents", t.STRING, required=True, sensitive=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("auto_apply", "auto_apply", t.BOOLEAN),
        Param("priority_apply", "priority_apply", t.BOOLEAN),
        Param("apply_order", "apply_order", t.INTEGER),
        Param("visible", "visible", t.BOOLEAN),
        Param("module_type", "module_type", t.STRING),
        Param("datastore_ref", "datastore", t.model(DatastoreInfo)),
        Param("all_tenants", "all_tenants", t.INTEGER, enum=(0, 1)),
        Param("live_update", "live_update", t.INTEGER, enum=(0, 1)),
        Param("full_access", "full_access", t.INTEGER, enum=(0, 1)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """Its name."""

    type: str | Unset = UNSET
    """Its type (ping, new_relic_license, ...); module_type on create."""

    contents: str | Unset = UNSET
    """Its payload (only sent back when asked for)."""

    description: str | None | Unset = UNSET
    """Its description."""

    auto_apply: bool | Unset = UNSET
    """Whether it is applied to new instances by itself."""

    priority_apply: bool | Unset = UNSET
    """Whether it is applied before the others."""

    apply_order: int | Unset = UNSET
    """The order it is applied in (0-9)."""

    visible: bool | Unset = UNSET
    """Whether the project sees it."""

    datastore_ref: DatastoreInfo | Unset = UNSET
    """The datastore (version) it is for."""

    all_tenants: int | Unset = UNSET
    """1 for every project (admins)."""

    all_datastores: int | Unset = UNSET
    """1 for every datastore."""

    all_datastore_versions: int | Unset = UNSET
    """1 for every version of its datastore."""

    live_update: int | Unset = UNSET
    """1 to let it be reapplied with new contents."""

    full_access: int | Unset = UNSET
    """1 to let non-admins change it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("type", "type", t.STRING),
        Param("contents", "contents", t.STRING, sensitive=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("auto_apply", "auto_apply", t.BOOLEAN),
        Param("priority_apply", "priority_apply", t.BOOLEAN),
        Param("apply_order", "apply_order", t.INTEGER),
        Param("visible", "visible", t.BOOLEAN),
        Param("datastore_ref", "datastore", t.model(DatastoreInfo)),
        Param("all_tenants", "all_tenants", t.INTEGER, enum=(0, 1)),
        Param("all_datastores", "all_datastores", t.INTEGER, enum=(0, 1)),
        Param("all_datastore_versions", "all_datastore_versions", t.INTEGER, enum=(0, 1)),
        Param("live_update", "live_update", t.INTEGER, enum=(0, 1)),
        Param("full_access", "full_access", t.INTEGER, enum=(0, 1)),
    )


class ListInstancesOpts(Opts):
    """Options of list_instances."""

    include_clustered: bool | Unset = UNSET
    """Also clustered instances."""

    count_only: bool | Unset = UNSET
    """Only the counts per state."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("include_clustered", "include_clustered", t.BOOLEAN, location="query"),
        Param("count_only", "count_only", t.BOOLEAN, location="query"),
    )


class ReapplyOpts(Opts):
    """Options of reapply."""

    md5: str | Unset = UNSET
    """Only instances that have this version of the contents."""

    include_clustered: bool | Unset = UNSET
    """Also clustered instances."""

    batch_size: int | Unset = UNSET
    """Instances per batch."""

    batch_delay: int | Unset = UNSET
    """Seconds between batches."""

    force: bool | Unset = UNSET
    """Also where the current contents are applied."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("md5", "md5", t.STRING),
        Param("include_clustered", "include_clustered", t.BOOLEAN),
        Param("batch_size", "batch_size", t.INTEGER),
        Param("batch_delay", "batch_delay", t.INTEGER),
        Param("force", "force", t.BOOLEAN),
    )


_LIST = Operation(
    "modules.list",
    "GET",
    "/modules",
    ok=(200, 203),
    response_key="modules",
    paging=Paging("single"),
)
_GET = Operation(
    "modules.get",
    "GET",
    "/modules/{module_id}",
    ok=(200, 203),
    response_key="module",
)
_CREATE = Operation(
    "modules.create",
    "POST",
    "/modules",
    ok=(200,),
    request_kind="json",
    request_key="module",
    response_key="module",
)
_UPDATE = Operation(
    "modules.update",
    "PUT",
    "/modules/{module_id}",
    ok=(200,),
    request_kind="json",
    request_key="module",
    response_key="module",
)
_DELETE = Operation(
    "modules.delete",
    "DELETE",
    "/modules/{module_id}",
    ok=(200, 204),
    response_kind="empty",
)
_LIST_INSTANCES = Operation(
    "modules.list_instances",
    "GET",
    "/modules/{module_id}/instances",
    ok=(200, 203),
)
_REAPPLY = Operation(
    "modules.reapply",
    "PUT",
    "/modules/{module_id}/instances",
    ok=(202,),
    request_kind="json",
    request_key="reapply",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Module]:
    """The modules the project can see."""
    return client.pager(
        _LIST, None, model=Module, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    module_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Module]:
    """One module."""
    return client.call(
        _GET, {"module_id": module_id}, model=Module, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Module]:
    """Creates a module."""
    return client.call(
        _CREATE, None, model=Module, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    module_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Module]:
    """Changes a module."""
    return client.call(
        _UPDATE,
        {"module_id": module_id},
        model=Module,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    module_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deletes a module."""
    return client.call(
        _DELETE, {"module_id": module_id}, microversion=microversion, timeout=timeout
    )


def list_instances(
    client: ServiceClient,
    module_id: str,
    opts: ListInstancesOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The instances the module is applied to ({"instances":[...]}, or counts)."""
    return client.call(
        _LIST_INSTANCES,
        {"module_id": module_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def reapply(
    client: ServiceClient,
    module_id: str,
    opts: ReapplyOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Applies the module again to the instances that have it."""
    return client.call(
        _REAPPLY, {"module_id": module_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Module:
    """The one Module whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Module,
        name_field="name",
        id_field="id",
    )


def extract_modules(page: Page[Any]) -> builtins.list[Module]:
    """The Module items of a page (or of ``all_pages()``)."""
    return page.extract_as(Module)
