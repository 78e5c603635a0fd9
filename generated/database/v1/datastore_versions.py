# Generated from database/v1/datastore_versions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A version of a datastore: the guest image and manager that run it. The datastore's listing and
the mgmt (admin) views show different fields; admins create, change and delete versions
through the mgmt paths."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class DatastoreVersion(Model):
    """A version of a datastore: the guest image and manager that run it. The datastore's listing
    and the mgmt (admin) views show different fields; admins create, change and delete
    versions through the mgmt paths."""

    id: str
    """The version's id."""

    name: str | Unset = UNSET
    """Its name."""

    version: str | Unset = UNSET
    """Its number (defaults to the name)."""

    datastore: str | Unset = UNSET
    """The datastore's id."""

    active: bool | Unset = UNSET
    """Whether new instances may use it."""

    packages: Any | Unset = UNSET
    """Packages the guest installs (a list; a string in some answers)."""

    image: str | None | Unset = UNSET
    """The guest image's id (admins)."""

    image_tags: builtins.list[str] | Unset = UNSET
    """Glance tags that select the guest image."""

    registry_ext: str | Unset = UNSET
    """The guest agent's manager class."""

    repl_strategy: str | Unset = UNSET
    """The replication strategy class."""

    datastore_id: str | Unset = UNSET
    """The datastore's id (mgmt views)."""

    datastore_name: str | Unset = UNSET
    """The datastore's name (mgmt views; create makes the datastore if needed)."""

    datastore_manager: str | Unset = UNSET
    """The guest manager (mysql, postgresql, ...) (mgmt views)."""

    default: bool | Unset = UNSET
    """Whether it is the datastore's default (mgmt views)."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("version", "version", t.STRING),
        Field("datastore", "datastore", t.STRING),
        Field("active", "active", t.BOOLEAN),
        Field("packages", "packages", t.ANY),
        Field("image", "image", t.STRING),
        Field("image_tags", "image_tags", t.list_of(t.STRING)),
        Field("registry_ext", "registry_ext", t.STRING),
        Field("repl_strategy", "repl_strategy", t.STRING),
        Field("datastore_id", "datastore_id", t.STRING),
        Field("datastore_name", "datastore_name", t.STRING),
        Field("datastore_manager", "datastore_manager", t.STRING),
        Field("default", "default", t.BOOLEAN),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """Its name."""

    version: str | Unset = UNSET
    """Its number (defaults to the name)."""

    active: bool = REQUIRED
    """Whether new instances may use it."""

    packages: Any | Unset = UNSET
    """Packages the guest installs (a list; a string in some answers)."""

    image: str | None | Unset = UNSET
    """The guest image's id (admins)."""

    image_tags: builtins.list[str] | Unset = UNSET
    """Glance tags that select the guest image."""

    registry_ext: str | Unset = UNSET
    """The guest agent's manager class."""

    repl_strategy: str | Unset = UNSET
    """The replication strategy class."""

    datastore_name: str = REQUIRED
    """The datastore's name (mgmt views; create makes the datastore if needed)."""

    datastore_manager: str = REQUIRED
    """The guest manager (mysql, postgresql, ...) (mgmt views)."""

    default: bool | Unset = UNSET
    """Whether it is the datastore's default (mgmt views)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("version", "version", t.STRING),
        Param("active", "active", t.BOOLEAN, required=True),
        Param("packages", "packages", t.ANY),
        Param("image", "image", t.STRING, nullable=True),
        Param("image_tags", "image_tags", t.list_of(t.STRING)),
        Param("registry_ext", "registry_ext", t.STRING),
        Param("repl_strategy", "repl_strategy", t.STRING),
        Param("datastore_name", "datastore_name", t.STRING, required=True),
        Param("datastore_manager", "datastore_manager", t.STRING, required=True),
        Param("default", "default", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """Its name."""

    version: str | Unset = UNSET
    """Its number (defaults to the name)."""

    active: bool | Unset = UNSET
    """Whether new instances may use it."""

    packages: Any | Unset = UNSET
    """Packages the guest installs (a list; a string in some answers)."""

    image: str | None | Unset = UNSET
    """The guest image's id (admins)."""

    image_tags: builtins.list[str] | Unset = UNSET
    """Glance tags that select the guest image."""

    registry_ext: str | Unset = UNSET
    """The guest agent's manager class."""

    repl_strategy: str | Unset = UNSET
    """The replication strategy class."""

    datastore_manager: str | Unset = UNSET
    """The guest manager (mysql, postgresql, ...) (mgmt views)."""

    default: bool | Unset = UNSET
    """Whether it is the datastore's default (mgmt views)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("version", "version", t.STRING),
        Param("active", "active", t.BOOLEAN),
        Param("packages", "packages", t.ANY),
        Param("image", "image", t.STRING, nullable=True),
        Param("image_tags", "image_tags", t.list_of(t.STRING)),
        Param("registry_ext", "registry_ext", t.STRING),
        Param("repl_strategy", "repl_strategy", t.STRING),
        Param("datastore_manager", "datastore_manager", t.STRING),
        Param("default", "default", t.BOOLEAN),
    )


_LIST = Operation(
    "datastore_versions.list",
    "GET",
    "/datastores/{datastore_id}/versions",
    ok=(200, 203),
    response_key="versions",
    paging=Paging("single"),
)
_GET = Operation(
    "datastore_versions.get",
    "GET",
    "/datastores/{datastore_id}/versions/{version_id}",
    ok=(200, 203),
    response_key="version",
)
_CREATE = Operation(
    "datastore_versions.create",
    "POST",
    "/mgmt/datastore-versions",
    ok=(202,),
    request_kind="json",
    request_key="version",
    response_kind="empty",
)
_UPDATE = Operation(
    "datastore_versions.update",
    "PATCH",
    "/mgmt/datastore-versions/{version_id}",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_DELETE = Operation(
    "datastore_versions.delete",
    "DELETE",
    "/mgmt/datastore-versions/{version_id}",
    ok=(202,),
    response_kind="empty",
)
_GET_BY_UUID = Operation(
    "datastore_versions.get_by_uuid",
    "GET",
    "/datastores/versions/{version_id}",
    ok=(200, 203),
    response_key="version",
)
_MGMT_LIST = Operation(
    "datastore_versions.mgmt_list",
    "GET",
    "/mgmt/datastore-versions",
    ok=(200, 203),
    response_kind="list",
    response_key="versions",
)
_MGMT_GET = Operation(
    "datastore_versions.mgmt_get",
    "GET",
    "/mgmt/datastore-versions/{version_id}",
    ok=(200, 203),
    response_key="version",
)


def list(
    client: ServiceClient,
    datastore_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[DatastoreVersion]:
    """The datastore's versions."""
    return client.pager(
        _LIST,
        {"datastore_id": datastore_id},
        model=DatastoreVersion,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    datastore_id: str,
    version_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DatastoreVersion]:
    """One version of a datastore, by id or name."""
    return client.call(
        _GET,
        {"datastore_id": datastore_id, "version_id": version_id},
        model=DatastoreVersion,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Registers a datastore version (admins)."""
    return client.call(_CREATE, None, opts=opts, microversion=microversion, timeout=timeout)


def update(
    client: ServiceClient,
    version_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Changes a datastore version (admins; the body is not wrapped)."""
    return client.call(
        _UPDATE, {"version_id": version_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    version_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deletes a datastore version (admins)."""
    return client.call(
        _DELETE, {"version_id": version_id}, microversion=microversion, timeout=timeout
    )


def get_by_uuid(
    client: ServiceClient,
    version_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DatastoreVersion]:
    """One datastore version by its id alone."""
    return client.call(
        _GET_BY_UUID,
        {"version_id": version_id},
        model=DatastoreVersion,
        microversion=microversion,
        timeout=timeout,
    )


def mgmt_list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[DatastoreVersion]]:
    """Every datastore version with its image and manager (admins)."""
    return client.call(
        _MGMT_LIST, None, model=DatastoreVersion, microversion=microversion, timeout=timeout
    )


def mgmt_get(
    client: ServiceClient,
    version_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DatastoreVersion]:
    """One datastore version with its image and manager (admins)."""
    return client.call(
        _MGMT_GET,
        {"version_id": version_id},
        model=DatastoreVersion,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    datastore_id: str,
    name_or_id: str,
) -> DatastoreVersion:
    """The one DatastoreVersion whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=DatastoreVersion,
        path_params={"datastore_id": datastore_id},
        name_field="name",
        id_field="id",
    )


def extract_datastore_versions(page: Page[Any]) -> builtins.list[DatastoreVersion]:
    """The DatastoreVersion items of a page (or of ``all_pages()``)."""
    return page.extract_as(DatastoreVersion)
