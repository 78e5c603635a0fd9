# Generated from database/v1/databases.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A database (schema) inside an instance's datastore. Databases are created in batches and
addressed by name; creating and deleting are asynchronous (the guest agent does the work)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Database(Model):
    """A database (schema) inside an instance's datastore. Databases are created in batches and
    addressed by name; creating and deleting are asynchronous (the guest agent does the work)."""

    name: str
    """The database's name."""

    character_set: str | Unset = UNSET
    """Its character set (MySQL-like datastores; e.g. utf8mb4)."""

    collate: str | Unset = UNSET
    """Its collation (e.g. utf8mb4_general_ci)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("character_set", "character_set", t.STRING),
        Field("collate", "collate", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The most databases per page."""

    marker: str | Unset = UNSET
    """The name of the last database of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateManyOpts(Opts):
    """Options of create_many."""

    databases: builtins.list[Database] = REQUIRED
    """The databases to create."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("databases", "databases", t.list_of(t.model(Database)), required=True),
    )


_LIST = Operation(
    "databases.list",
    "GET",
    "/instances/{instance_id}/databases",
    ok=(200, 203),
    response_key="databases",
    paging=Paging("linked", next="links[rel=next].href"),
)
_DELETE = Operation(
    "databases.delete",
    "DELETE",
    "/instances/{instance_id}/databases/{database_name}",
    ok=(202,),
    response_kind="empty",
)
_CREATE_MANY = Operation(
    "databases.create_many",
    "POST",
    "/instances/{instance_id}/databases",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    instance_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Database]:
    """The databases of the instance."""
    return client.pager(
        _LIST,
        {"instance_id": instance_id},
        model=Database,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    instance_id: str,
    database_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Drops a database."""
    return client.call(
        _DELETE,
        {"instance_id": instance_id, "database_name": database_name},
        microversion=microversion,
        timeout=timeout,
    )


def create_many(
    client: ServiceClient,
    instance_id: str,
    opts: CreateManyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Creates databases in the instance."""
    return client.call(
        _CREATE_MANY,
        {"instance_id": instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_databases(page: Page[Any]) -> builtins.list[Database]:
    """The Database items of a page (or of ``all_pages()``)."""
    return page.extract_as(Database)
