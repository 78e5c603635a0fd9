# Generated from database/v1/datastores.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A database engine Trove can run (mysql, mariadb, postgresql, ...), with its active versions
and the default one."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.database.v1.flavors import Flavor
from stacksdk.shared import Link as Link


class VersionRef(Model):
    """A datastore version, as listed in its datastore."""

    id: str | Unset = UNSET
    """The version's id."""

    name: str | Unset = UNSET
    """The version's name."""

    version: str | Unset = UNSET
    """The version's number."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("version", "version", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class Datastore(Model):
    """A database engine Trove can run (mysql, mariadb, postgresql, ...), with its active
    versions and the default one."""

    id: str
    """The datastore's id."""

    name: str | Unset = UNSET
    """Its name (the datastore accepts either in paths)."""

    default_version: str | Unset = UNSET
    """The id of the version used when none is asked for."""

    versions: builtins.list[VersionRef] | Unset = UNSET
    """Its active versions."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("default_version", "default_version", t.STRING),
        Field("versions", "versions", t.list_of(t.model(VersionRef))),
        Field("links", "links", t.list_of(t.model(Link))),
    )


_LIST = Operation(
    "datastores.list",
    "GET",
    "/datastores",
    ok=(200, 203),
    response_key="datastores",
    paging=Paging("single"),
)
_GET = Operation(
    "datastores.get",
    "GET",
    "/datastores/{datastore_id}",
    ok=(200, 203),
    response_key="datastore",
)
_DELETE = Operation(
    "datastores.delete",
    "DELETE",
    "/datastores/{datastore_id}",
    ok=(202,),
    response_kind="empty",
)
_LIST_FLAVORS = Operation(
    "datastores.list_flavors",
    "GET",
    "/datastores/{datastore_id}/versions/{version_id}/flavors",
    ok=(200, 203),
    response_kind="list",
    response_key="flavors",
)
_LIST_VOLUME_TYPES = Operation(
    "datastores.list_volume_types",
    "GET",
    "/datastores/{datastore_id}/versions/{version_id}/volume-types",
    ok=(200, 203),
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Datastore]:
    """The datastores."""
    return client.pager(_LIST, None, model=Datastore, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    datastore_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Datastore]:
    """One datastore, by id or name."""
    return client.call(
        _GET,
        {"datastore_id": datastore_id},
        model=Datastore,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    datastore_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deletes a datastore without versions (admins)."""
    return client.call(
        _DELETE, {"datastore_id": datastore_id}, microversion=microversion, timeout=timeout
    )


def list_flavors(
    client: ServiceClient,
    datastore_id: str,
    version_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Flavor]]:
    """The flavors the datastore version may run on."""
    return client.call(
        _LIST_FLAVORS,
        {"datastore_id": datastore_id, "version_id": version_id},
        model=Flavor,
        microversion=microversion,
        timeout=timeout,
    )


def list_volume_types(
    client: ServiceClient,
    datastore_id: str,
    version_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The Cinder volume types the datastore version may use ({"volume_types":[...]})."""
    return client.call(
        _LIST_VOLUME_TYPES,
        {"datastore_id": datastore_id, "version_id": version_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Datastore:
    """The one Datastore whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Datastore,
        name_field="name",
        id_field="id",
    )


def extract_datastores(page: Page[Any]) -> builtins.list[Datastore]:
    """The Datastore items of a page (or of ``all_pages()``)."""
    return page.extract_as(Datastore)
