# Generated from identity/v3/users.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A user: an identity in one domain that can authenticate (by password or federation) and be
granted roles directly or through its groups."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.identity.v3.groups import Group
from stacksdk.identity.v3.projects import Project
from stacksdk.shared import Links as Links


class UserOptions(Model):
    """The user resource options Keystone knows. Each may be None in a request, which removes the
    option."""

    ignore_change_password_upon_first_use: bool | None | Unset = UNSET
    """Do not force a password change on first use, whatever the security-compliance settings
    say."""

    ignore_password_expiry: bool | None | Unset = UNSET
    """The password never expires for this user."""

    ignore_lockout_failure_attempts: bool | None | Unset = UNSET
    """Failed authentications never lock this user out."""

    lock_password: bool | None | Unset = UNSET
    """The user may not change their own password."""

    ignore_user_inactivity: bool | None | Unset = UNSET
    """The user is never disabled for inactivity."""

    multi_factor_auth_rules: builtins.list[builtins.list[str]] | None | Unset = UNSET
    """Each inner list is one accepted combination of auth methods, e.g. [["password", "totp"]]."""

    multi_factor_auth_enabled: bool | None | Unset = UNSET
    """Enforce multi_factor_auth_rules for this user."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "ignore_change_password_upon_first_use",
            "ignore_change_password_upon_first_use",
            t.BOOLEAN,
        ),
        Field("ignore_password_expiry", "ignore_password_expiry", t.BOOLEAN),
        Field("ignore_lockout_failure_attempts", "ignore_lockout_failure_attempts", t.BOOLEAN),
        Field("lock_password", "lock_password", t.BOOLEAN),
        Field("ignore_user_inactivity", "ignore_user_inactivity", t.BOOLEAN),
        Field("multi_factor_auth_rules", "multi_factor_auth_rules", t.list_of(t.list_of(t.STRING))),
        Field("multi_factor_auth_enabled", "multi_factor_auth_enabled", t.BOOLEAN),
    )


class User(Model):
    """A user: an identity in one domain that can authenticate (by password or federation) and be
    granted roles directly or through its groups."""

    id: str
    """The user ID."""

    name: str | Unset = UNSET
    """The user name, unique within its domain."""

    domain_id: str | Unset = UNSET
    """The domain that owns the user; the scope's (or the default) domain when not given on
    create."""

    enabled: bool | Unset = UNSET
    """Whether the user may authenticate; a disabled user's tokens stop working."""

    default_project_id: str | None | Unset = UNSET
    """The project a token is scoped to when the request names none. Only a convenience: it
    grants no role on that project."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    email: str | None | Unset = UNSET
    """An e-mail address. Keystone keeps it (like any undeclared attribute) in the user's
    free-form extra data and returns it as a top-level key."""

    options: UserOptions | Unset = UNSET
    """Per-user security options; setting one to None removes it."""

    password_expires_at: datetime.datetime | None | Unset = UNSET
    """When the current password expires (UTC); None when it never does."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("default_project_id", "default_project_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("email", "email", t.STRING),
        Field("options", "options", t.model(UserOptions)),
        Field("password_expires_at", "password_expires_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    domain_id: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    name: str | Unset = UNSET

    idp_id: str | Unset = UNSET
    """Only users federated through this identity provider."""

    protocol_id: str | Unset = UNSET
    """Only users federated through this protocol."""

    unique_id: str | Unset = UNSET
    """Only the federated user with this unique ID at its identity provider."""

    password_expires_at: str | Unset = UNSET
    """An operator and a timestamp joined by a colon, e.g. "lt:2030-01-01T00:00:00Z"; operators
    are lt, lte, gt, gte, eq and neq."""

    limit: int | Unset = UNSET
    """The page size."""

    marker: str | Unset = UNSET
    """The ID of the last user of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("domain_id", "domain_id", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("idp_id", "idp_id", t.STRING, location="query"),
        Param("protocol_id", "protocol_id", t.STRING, location="query"),
        Param("unique_id", "unique_id", t.STRING, location="query"),
        Param("password_expires_at", "password_expires_at", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The user name, unique within its domain."""

    domain_id: str | Unset = UNSET
    """The domain that owns the user; the scope's (or the default) domain when not given on
    create."""

    enabled: bool | Unset = UNSET
    """Whether the user may authenticate; a disabled user's tokens stop working."""

    default_project_id: str | None | Unset = UNSET
    """The project a token is scoped to when the request names none. Only a convenience: it
    grants no role on that project."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    email: str | None | Unset = UNSET
    """An e-mail address. Keystone keeps it (like any undeclared attribute) in the user's
    free-form extra data and returns it as a top-level key."""

    options: UserOptions | Unset = UNSET
    """Per-user security options; setting one to None removes it."""

    password: str | None | Unset = UNSET
    """The initial password; never returned."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("domain_id", "domain_id", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("default_project_id", "default_project_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("email", "email", t.STRING, nullable=True),
        Param("options", "options", t.model(UserOptions)),
        Param("password", "password", t.STRING, nullable=True, sensitive=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The user name, unique within its domain."""

    enabled: bool | Unset = UNSET
    """Whether the user may authenticate; a disabled user's tokens stop working."""

    default_project_id: str | None | Unset = UNSET
    """The project a token is scoped to when the request names none. Only a convenience: it
    grants no role on that project."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    email: str | None | Unset = UNSET
    """An e-mail address. Keystone keeps it (like any undeclared attribute) in the user's
    free-form extra data and returns it as a top-level key."""

    options: UserOptions | Unset = UNSET
    """Per-user security options; setting one to None removes it."""

    password: str | None | Unset = UNSET
    """A new password set by an administrator (None removes it); never returned."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("default_project_id", "default_project_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("email", "email", t.STRING, nullable=True),
        Param("options", "options", t.model(UserOptions)),
        Param("password", "password", t.STRING, nullable=True, sensitive=True),
    )


class ChangePasswordOpts(Opts):
    """Options of change_password."""

    original_password: str = REQUIRED
    """The current password."""

    password: str = REQUIRED
    """The new password."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("original_password", "original_password", t.STRING, required=True, sensitive=True),
        Param("password", "password", t.STRING, required=True, sensitive=True),
    )


class ListGroupsOpts(Opts):
    """Options of list_groups."""

    name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (Param("name", "name", t.STRING, location="query"),)


class ListProjectsOpts(Opts):
    """Options of list_projects."""

    domain_id: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("domain_id", "domain_id", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
    )


class ListInGroupOpts(Opts):
    """Options of list_in_group."""

    domain_id: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    name: str | Unset = UNSET

    password_expires_at: str | Unset = UNSET
    """An operator and a timestamp joined by a colon, as for list."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("domain_id", "domain_id", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("password_expires_at", "password_expires_at", t.STRING, location="query"),
    )


_LIST = Operation(
    "users.list",
    "GET",
    "/users",
    ok=(200, 203),
    response_key="users",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "users.get",
    "GET",
    "/users/{user_id}",
    ok=(200, 203),
    response_key="user",
)
_CREATE = Operation(
    "users.create",
    "POST",
    "/users",
    ok=(201,),
    request_kind="json",
    request_key="user",
    response_key="user",
)
_UPDATE = Operation(
    "users.update",
    "PATCH",
    "/users/{user_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="user",
    response_key="user",
)
_DELETE = Operation(
    "users.delete",
    "DELETE",
    "/users/{user_id}",
    ok=(204,),
    response_kind="empty",
)
_CHANGE_PASSWORD = Operation(
    "users.change_password",
    "POST",
    "/users/{user_id}/password",
    ok=(204,),
    request_kind="json",
    request_key="user",
    response_kind="empty",
)
_LIST_GROUPS = Operation(
    "users.list_groups",
    "GET",
    "/users/{user_id}/groups",
    ok=(200, 203),
    response_key="groups",
    paging=Paging("linked", next="links.next"),
)
_LIST_PROJECTS = Operation(
    "users.list_projects",
    "GET",
    "/users/{user_id}/projects",
    ok=(200, 203),
    response_key="projects",
    paging=Paging("linked", next="links.next"),
)
_LIST_IN_GROUP = Operation(
    "users.list_in_group",
    "GET",
    "/groups/{group_id}/users",
    ok=(200, 203),
    response_key="users",
    paging=Paging("linked", next="links.next"),
)
_ADD_TO_GROUP = Operation(
    "users.add_to_group",
    "PUT",
    "/groups/{group_id}/users/{user_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_IN_GROUP = Operation(
    "users.check_in_group",
    "HEAD",
    "/groups/{group_id}/users/{user_id}",
    ok=(204,),
    response_kind="empty",
)
_REMOVE_FROM_GROUP = Operation(
    "users.remove_from_group",
    "DELETE",
    "/groups/{group_id}/users/{user_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[User]:
    """List users, optionally filtered."""
    return client.pager(
        _LIST, None, model=User, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[User]:
    """Get a user."""
    return client.call(
        _GET, {"user_id": user_id}, model=User, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[User]:
    """Create a user."""
    return client.call(
        _CREATE, None, model=User, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    user_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[User]:
    """Update a user."""
    return client.call(
        _UPDATE,
        {"user_id": user_id},
        model=User,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a user."""
    return client.call(_DELETE, {"user_id": user_id}, microversion=microversion, timeout=timeout)


def change_password(
    client: ServiceClient,
    user_id: str,
    opts: ChangePasswordOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """A user changes their own password, proving they know the current one. Keystone checks only
    the original password, not the caller's roles."""
    return client.call(
        _CHANGE_PASSWORD,
        {"user_id": user_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_groups(
    client: ServiceClient,
    user_id: str,
    opts: ListGroupsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Group]:
    """List the groups the user belongs to."""
    return client.pager(
        _LIST_GROUPS,
        {"user_id": user_id},
        model=Group,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_projects(
    client: ServiceClient,
    user_id: str,
    opts: ListProjectsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Project]:
    """List the projects on which the user has a role assignment, directly or through a group."""
    return client.pager(
        _LIST_PROJECTS,
        {"user_id": user_id},
        model=Project,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_in_group(
    client: ServiceClient,
    group_id: str,
    opts: ListInGroupOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[User]:
    """List the users that are members of a group."""
    return client.pager(
        _LIST_IN_GROUP,
        {"group_id": group_id},
        model=User,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add_to_group(
    client: ServiceClient,
    group_id: str,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Make the user a member of the group (idempotent)."""
    return client.call(
        _ADD_TO_GROUP,
        {"group_id": group_id, "user_id": user_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_in_group(
    client: ServiceClient,
    group_id: str,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Succeed when the user is a member of the group; raise NotFound when it is not (or when
    either does not exist)."""
    return client.call(
        _CHECK_IN_GROUP,
        {"group_id": group_id, "user_id": user_id},
        microversion=microversion,
        timeout=timeout,
    )


def remove_from_group(
    client: ServiceClient,
    group_id: str,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """End the user's membership of the group."""
    return client.call(
        _REMOVE_FROM_GROUP,
        {"group_id": group_id, "user_id": user_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> User:
    """The one User whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=User,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_users(page: Page[Any]) -> builtins.list[User]:
    """The User items of a page (or of ``all_pages()``)."""
    return page.extract_as(User)
