# Generated from database/v1/users.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A user of an instance's datastore, with the host it may connect from and the databases it may
use. Users are created in batches; they are addressed by name (name@host where hosts differ).
Changes are asynchronous."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class DatabaseRef(Model):
    """A database, by name."""

    name: str | Unset = UNSET
    """The database's name."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("name", "name", t.STRING),)


class User(Model):
    """A user of an instance's datastore, with the host it may connect from and the databases it
    may use. Users are created in batches; they are addressed by name (name@host where hosts
    differ). Changes are asynchronous."""

    name: str
    """The user's name."""

    password: str | Unset = UNSET
    """The user's password (never sent back)."""

    host: str | Unset = UNSET
    """The host the user may connect from (% for any)."""

    databases: builtins.list[DatabaseRef] | Unset = UNSET
    """The databases the user may use."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("password", "password", t.STRING, sensitive=True),
        Field("host", "host", t.STRING),
        Field("databases", "databases", t.list_of(t.model(DatabaseRef))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The most users per page."""

    marker: str | Unset = UNSET
    """The name of the last user of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The user's name."""

    password: str | Unset = UNSET
    """The user's password (never sent back)."""

    host: str | Unset = UNSET
    """The host the user may connect from (% for any)."""

    databases: builtins.list[DatabaseRef] | Unset = UNSET
    """The databases the user may use."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("password", "password", t.STRING, sensitive=True),
        Param("host", "host", t.STRING),
        Param("databases", "databases", t.list_of(t.model(DatabaseRef))),
    )


class CreateManyOpts(Opts):
    """Options of create_many. Also the options of update_passwords."""

    users: builtins.list[User] = REQUIRED
    """The users to create (name, password, optional host and databases)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("users", "users", t.list_of(t.model(User)), required=True),
    )


class GrantAccessOpts(Opts):
    """Options of grant_access."""

    databases: builtins.list[DatabaseRef] = REQUIRED
    """The databases to grant."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("databases", "databases", t.list_of(t.model(DatabaseRef)), required=True),
    )


UpdatePasswordsOpts = CreateManyOpts

_LIST = Operation(
    "users.list",
    "GET",
    "/instances/{instance_id}/users",
    ok=(200, 203),
    response_key="users",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "users.get",
    "GET",
    "/instances/{instance_id}/users/{user_name}",
    ok=(200, 203),
    response_key="user",
)
_UPDATE = Operation(
    "users.update",
    "PUT",
    "/instances/{instance_id}/users/{user_name}",
    ok=(202,),
    request_kind="json",
    request_key="user",
    response_kind="empty",
)
_DELETE = Operation(
    "users.delete",
    "DELETE",
    "/instances/{instance_id}/users/{user_name}",
    ok=(202,),
    response_kind="empty",
)
_CREATE_MANY = Operation(
    "users.create_many",
    "POST",
    "/instances/{instance_id}/users",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_UPDATE_PASSWORDS = Operation(
    "users.update_passwords",
    "PUT",
    "/instances/{instance_id}/users",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_LIST_ACCESS = Operation(
    "users.list_access",
    "GET",
    "/instances/{instance_id}/users/{user_name}/databases",
    ok=(200, 203),
    response_kind="list",
    response_key="databases",
)
_GRANT_ACCESS = Operation(
    "users.grant_access",
    "PUT",
    "/instances/{instance_id}/users/{user_name}/databases",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_REVOKE_ACCESS = Operation(
    "users.revoke_access",
    "DELETE",
    "/instances/{instance_id}/users/{user_name}/databases/{database_name}",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    instance_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[User]:
    """The users of the instance."""
    return client.pager(
        _LIST,
        {"instance_id": instance_id},
        model=User,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    instance_id: str,
    user_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[User]:
    """One user and its databases."""
    return client.call(
        _GET,
        {"instance_id": instance_id, "user_name": user_name},
        model=User,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    instance_id: str,
    user_name: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Renames the user, changes its password or host."""
    return client.call(
        _UPDATE,
        {"instance_id": instance_id, "user_name": user_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    instance_id: str,
    user_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Drops the user."""
    return client.call(
        _DELETE,
        {"instance_id": instance_id, "user_name": user_name},
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
    """Creates users in the instance."""
    return client.call(
        _CREATE_MANY,
        {"instance_id": instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_passwords(
    client: ServiceClient,
    instance_id: str,
    opts: UpdatePasswordsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Changes the passwords of several users (name, password and host each)."""
    return client.call(
        _UPDATE_PASSWORDS,
        {"instance_id": instance_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_access(
    client: ServiceClient,
    instance_id: str,
    user_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[DatabaseRef]]:
    """The databases the user may use."""
    return client.call(
        _LIST_ACCESS,
        {"instance_id": instance_id, "user_name": user_name},
        model=DatabaseRef,
        microversion=microversion,
        timeout=timeout,
    )


def grant_access(
    client: ServiceClient,
    instance_id: str,
    user_name: str,
    opts: GrantAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Lets the user use more databases."""
    return client.call(
        _GRANT_ACCESS,
        {"instance_id": instance_id, "user_name": user_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def revoke_access(
    client: ServiceClient,
    instance_id: str,
    user_name: str,
    database_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Takes a database away from the user."""
    return client.call(
        _REVOKE_ACCESS,
        {"instance_id": instance_id, "user_name": user_name, "database_name": database_name},
        microversion=microversion,
        timeout=timeout,
    )


def extract_users(page: Page[Any]) -> builtins.list[User]:
    """The User items of a page (or of ``all_pages()``)."""
    return page.extract_as(User)
