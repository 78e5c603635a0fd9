# Generated from identity/v3/roles.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A role names a set of permissions; it is granted to a user or a group on a project, a domain
or the system. Global roles have no domain; domain-specific roles belong to one domain and
only matter through role inference."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Role(Model):
    """A role names a set of permissions; it is granted to a user or a group on a project, a
    domain or the system. Global roles have no domain; domain-specific roles belong to one
    domain and only matter through role inference."""

    id: str
    """The role ID."""

    name: str | Unset = UNSET
    """The role name (1 to 255 characters, without spaces only)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    domain_id: str | None | Unset = UNSET
    """The domain of a domain-specific role; null (or unset) for a global role. It cannot change
    after creation."""

    options: dict[str, Any] | Unset = UNSET
    """Resource options; Keystone knows `immutable` (boolean): an immutable role cannot be
    updated or deleted."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("options", "options", t.map_of(t.ANY)),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Roles with exactly this name."""

    domain_id: str | Unset = UNSET
    """The roles specific to this domain (without it: only global roles)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("domain_id", "domain_id", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The role name (1 to 255 characters, without spaces only)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    domain_id: str | None | Unset = UNSET
    """The domain of a domain-specific role; null (or unset) for a global role. It cannot change
    after creation."""

    options: dict[str, Any] | Unset = UNSET
    """Resource options; Keystone knows `immutable` (boolean): an immutable role cannot be
    updated or deleted."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("domain_id", "domain_id", t.STRING, nullable=True),
        Param("options", "options", t.map_of(t.ANY)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The role name (1 to 255 characters, without spaces only)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    options: dict[str, Any] | Unset = UNSET
    """Resource options; Keystone knows `immutable` (boolean): an immutable role cannot be
    updated or deleted."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("options", "options", t.map_of(t.ANY)),
    )


_LIST = Operation(
    "roles.list",
    "GET",
    "/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "roles.get",
    "GET",
    "/roles/{role_id}",
    ok=(200, 203),
    response_key="role",
)
_CREATE = Operation(
    "roles.create",
    "POST",
    "/roles",
    ok=(201,),
    request_kind="json",
    request_key="role",
    response_key="role",
)
_UPDATE = Operation(
    "roles.update",
    "PATCH",
    "/roles/{role_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="role",
    response_key="role",
)
_DELETE = Operation(
    "roles.delete",
    "DELETE",
    "/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_GRANT_PROJECT_USER = Operation(
    "roles.grant_project_user",
    "PUT",
    "/projects/{project_id}/users/{user_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_PROJECT_USER = Operation(
    "roles.check_project_user",
    "HEAD",
    "/projects/{project_id}/users/{user_id}/roles/{role_id}",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_PROJECT_USER = Operation(
    "roles.revoke_project_user",
    "DELETE",
    "/projects/{project_id}/users/{user_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_PROJECT_USER_ROLES = Operation(
    "roles.list_project_user_roles",
    "GET",
    "/projects/{project_id}/users/{user_id}/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GRANT_PROJECT_GROUP = Operation(
    "roles.grant_project_group",
    "PUT",
    "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_PROJECT_GROUP = Operation(
    "roles.check_project_group",
    "HEAD",
    "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_PROJECT_GROUP = Operation(
    "roles.revoke_project_group",
    "DELETE",
    "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_PROJECT_GROUP_ROLES = Operation(
    "roles.list_project_group_roles",
    "GET",
    "/projects/{project_id}/groups/{group_id}/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GRANT_DOMAIN_USER = Operation(
    "roles.grant_domain_user",
    "PUT",
    "/domains/{domain_id}/users/{user_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_DOMAIN_USER = Operation(
    "roles.check_domain_user",
    "HEAD",
    "/domains/{domain_id}/users/{user_id}/roles/{role_id}",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_DOMAIN_USER = Operation(
    "roles.revoke_domain_user",
    "DELETE",
    "/domains/{domain_id}/users/{user_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DOMAIN_USER_ROLES = Operation(
    "roles.list_domain_user_roles",
    "GET",
    "/domains/{domain_id}/users/{user_id}/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GRANT_DOMAIN_GROUP = Operation(
    "roles.grant_domain_group",
    "PUT",
    "/domains/{domain_id}/groups/{group_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_DOMAIN_GROUP = Operation(
    "roles.check_domain_group",
    "HEAD",
    "/domains/{domain_id}/groups/{group_id}/roles/{role_id}",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_DOMAIN_GROUP = Operation(
    "roles.revoke_domain_group",
    "DELETE",
    "/domains/{domain_id}/groups/{group_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DOMAIN_GROUP_ROLES = Operation(
    "roles.list_domain_group_roles",
    "GET",
    "/domains/{domain_id}/groups/{group_id}/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GRANT_INHERITED_DOMAIN_USER = Operation(
    "roles.grant_inherited_domain_user",
    "PUT",
    "/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects",
    ok=(204,),
    response_kind="empty",
)
_CHECK_INHERITED_DOMAIN_USER = Operation(
    "roles.check_inherited_domain_user",
    "HEAD",
    "/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_INHERITED_DOMAIN_USER = Operation(
    "roles.revoke_inherited_domain_user",
    "DELETE",
    "/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects",
    ok=(204,),
    response_kind="empty",
)
_LIST_INHERITED_DOMAIN_USER_ROLES = Operation(
    "roles.list_inherited_domain_user_roles",
    "GET",
    "/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/inherited_to_projects",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GRANT_INHERITED_DOMAIN_GROUP = Operation(
    "roles.grant_inherited_domain_group",
    "PUT",
    "/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    ok=(204,),
    response_kind="empty",
)
_CHECK_INHERITED_DOMAIN_GROUP = Operation(
    "roles.check_inherited_domain_group",
    "HEAD",
    "/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_INHERITED_DOMAIN_GROUP = Operation(
    "roles.revoke_inherited_domain_group",
    "DELETE",
    "/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    ok=(204,),
    response_kind="empty",
)
_LIST_INHERITED_DOMAIN_GROUP_ROLES = Operation(
    "roles.list_inherited_domain_group_roles",
    "GET",
    "/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GRANT_INHERITED_PROJECT_USER = Operation(
    "roles.grant_inherited_project_user",
    "PUT",
    "/OS-INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects",
    ok=(204,),
    response_kind="empty",
)
_CHECK_INHERITED_PROJECT_USER = Operation(
    "roles.check_inherited_project_user",
    "HEAD",
    "/OS-INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_INHERITED_PROJECT_USER = Operation(
    "roles.revoke_inherited_project_user",
    "DELETE",
    "/OS-INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects",
    ok=(204,),
    response_kind="empty",
)
_GRANT_INHERITED_PROJECT_GROUP = Operation(
    "roles.grant_inherited_project_group",
    "PUT",
    "/OS-INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    ok=(204,),
    response_kind="empty",
)
_CHECK_INHERITED_PROJECT_GROUP = Operation(
    "roles.check_inherited_project_group",
    "HEAD",
    "/OS-INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_INHERITED_PROJECT_GROUP = Operation(
    "roles.revoke_inherited_project_group",
    "DELETE",
    "/OS-INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    ok=(204,),
    response_kind="empty",
)
_GRANT_SYSTEM_USER = Operation(
    "roles.grant_system_user",
    "PUT",
    "/system/users/{user_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_SYSTEM_USER = Operation(
    "roles.check_system_user",
    "HEAD",
    "/system/users/{user_id}/roles/{role_id}",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_SYSTEM_USER = Operation(
    "roles.revoke_system_user",
    "DELETE",
    "/system/users/{user_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_SYSTEM_USER_ROLES = Operation(
    "roles.list_system_user_roles",
    "GET",
    "/system/users/{user_id}/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GRANT_SYSTEM_GROUP = Operation(
    "roles.grant_system_group",
    "PUT",
    "/system/groups/{group_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_SYSTEM_GROUP = Operation(
    "roles.check_system_group",
    "HEAD",
    "/system/groups/{group_id}/roles/{role_id}",
    ok=(200, 204),
    response_kind="empty",
)
_REVOKE_SYSTEM_GROUP = Operation(
    "roles.revoke_system_group",
    "DELETE",
    "/system/groups/{group_id}/roles/{role_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_SYSTEM_GROUP_ROLES = Operation(
    "roles.list_system_group_roles",
    "GET",
    "/system/groups/{group_id}/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """List roles: the global roles, or, with domain_id, the roles of that domain."""
    return client.pager(
        _LIST, None, model=Role, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Role]:
    """Get a role."""
    return client.call(
        _GET, {"role_id": role_id}, model=Role, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Role]:
    """Create a role."""
    return client.call(
        _CREATE, None, model=Role, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    role_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Role]:
    """Update a role."""
    return client.call(
        _UPDATE,
        {"role_id": role_id},
        model=Role,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a role."""
    return client.call(_DELETE, {"role_id": role_id}, microversion=microversion, timeout=timeout)


def grant_project_user(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a user on a project."""
    return client.call(
        _GRANT_PROJECT_USER,
        {"project_id": project_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_project_user(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a user has a role directly on a project; errors.NotFound when not."""
    return client.call(
        _CHECK_PROJECT_USER,
        {"project_id": project_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_project_user(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke a role from a user on a project."""
    return client.call(
        _REVOKE_PROJECT_USER,
        {"project_id": project_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_project_user_roles(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """The roles granted directly to a user on a project."""
    return client.pager(
        _LIST_PROJECT_USER_ROLES,
        {"project_id": project_id, "user_id": user_id},
        model=Role,
        microversion=microversion,
        timeout=timeout,
    )


def grant_project_group(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a group on a project."""
    return client.call(
        _GRANT_PROJECT_GROUP,
        {"project_id": project_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_project_group(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a group has a role on a project; errors.NotFound when not."""
    return client.call(
        _CHECK_PROJECT_GROUP,
        {"project_id": project_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_project_group(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke a role from a group on a project."""
    return client.call(
        _REVOKE_PROJECT_GROUP,
        {"project_id": project_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_project_group_roles(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """The roles granted to a group on a project."""
    return client.pager(
        _LIST_PROJECT_GROUP_ROLES,
        {"project_id": project_id, "group_id": group_id},
        model=Role,
        microversion=microversion,
        timeout=timeout,
    )


def grant_domain_user(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a user on a domain."""
    return client.call(
        _GRANT_DOMAIN_USER,
        {"domain_id": domain_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_domain_user(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a user has a role directly on a domain; errors.NotFound when not."""
    return client.call(
        _CHECK_DOMAIN_USER,
        {"domain_id": domain_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_domain_user(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke a role from a user on a domain."""
    return client.call(
        _REVOKE_DOMAIN_USER,
        {"domain_id": domain_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_domain_user_roles(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """The roles granted directly to a user on a domain."""
    return client.pager(
        _LIST_DOMAIN_USER_ROLES,
        {"domain_id": domain_id, "user_id": user_id},
        model=Role,
        microversion=microversion,
        timeout=timeout,
    )


def grant_domain_group(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a group on a domain."""
    return client.call(
        _GRANT_DOMAIN_GROUP,
        {"domain_id": domain_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_domain_group(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a group has a role on a domain; errors.NotFound when not."""
    return client.call(
        _CHECK_DOMAIN_GROUP,
        {"domain_id": domain_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_domain_group(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke a role from a group on a domain."""
    return client.call(
        _REVOKE_DOMAIN_GROUP,
        {"domain_id": domain_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_domain_group_roles(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """The roles granted to a group on a domain."""
    return client.pager(
        _LIST_DOMAIN_GROUP_ROLES,
        {"domain_id": domain_id, "group_id": group_id},
        model=Role,
        microversion=microversion,
        timeout=timeout,
    )


def grant_inherited_domain_user(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a user on every project of a domain (not on the domain itself)."""
    return client.call(
        _GRANT_INHERITED_DOMAIN_USER,
        {"domain_id": domain_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_inherited_domain_user(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check an inherited grant of a user on a domain; errors.NotFound when there is none."""
    return client.call(
        _CHECK_INHERITED_DOMAIN_USER,
        {"domain_id": domain_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_inherited_domain_user(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke an inherited grant of a user on a domain."""
    return client.call(
        _REVOKE_INHERITED_DOMAIN_USER,
        {"domain_id": domain_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_inherited_domain_user_roles(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """The roles a user inherits on the projects of a domain."""
    return client.pager(
        _LIST_INHERITED_DOMAIN_USER_ROLES,
        {"domain_id": domain_id, "user_id": user_id},
        model=Role,
        microversion=microversion,
        timeout=timeout,
    )


def grant_inherited_domain_group(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a group on every project of a domain (not on the domain itself)."""
    return client.call(
        _GRANT_INHERITED_DOMAIN_GROUP,
        {"domain_id": domain_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_inherited_domain_group(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check an inherited grant of a group on a domain; errors.NotFound when there is none."""
    return client.call(
        _CHECK_INHERITED_DOMAIN_GROUP,
        {"domain_id": domain_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_inherited_domain_group(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke an inherited grant of a group on a domain."""
    return client.call(
        _REVOKE_INHERITED_DOMAIN_GROUP,
        {"domain_id": domain_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_inherited_domain_group_roles(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """The roles a group inherits on the projects of a domain."""
    return client.pager(
        _LIST_INHERITED_DOMAIN_GROUP_ROLES,
        {"domain_id": domain_id, "group_id": group_id},
        model=Role,
        microversion=microversion,
        timeout=timeout,
    )


def grant_inherited_project_user(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a user on every project below a project (not on the project itself)."""
    return client.call(
        _GRANT_INHERITED_PROJECT_USER,
        {"project_id": project_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_inherited_project_user(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check an inherited grant of a user on a project; errors.NotFound when there is none."""
    return client.call(
        _CHECK_INHERITED_PROJECT_USER,
        {"project_id": project_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_inherited_project_user(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke an inherited grant of a user on a project."""
    return client.call(
        _REVOKE_INHERITED_PROJECT_USER,
        {"project_id": project_id, "user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def grant_inherited_project_group(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a group on every project below a project (not on the project itself)."""
    return client.call(
        _GRANT_INHERITED_PROJECT_GROUP,
        {"project_id": project_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_inherited_project_group(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check an inherited grant of a group on a project; errors.NotFound when there is none."""
    return client.call(
        _CHECK_INHERITED_PROJECT_GROUP,
        {"project_id": project_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_inherited_project_group(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke an inherited grant of a group on a project."""
    return client.call(
        _REVOKE_INHERITED_PROJECT_GROUP,
        {"project_id": project_id, "group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def grant_system_user(
    client: ServiceClient,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a user on the system (the deployment as a whole)."""
    return client.call(
        _GRANT_SYSTEM_USER,
        {"user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_system_user(
    client: ServiceClient,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a user has a role on the system; errors.NotFound when not."""
    return client.call(
        _CHECK_SYSTEM_USER,
        {"user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_system_user(
    client: ServiceClient,
    user_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke a system role from a user."""
    return client.call(
        _REVOKE_SYSTEM_USER,
        {"user_id": user_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_system_user_roles(
    client: ServiceClient,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """The roles granted to a user on the system."""
    return client.pager(
        _LIST_SYSTEM_USER_ROLES,
        {"user_id": user_id},
        model=Role,
        microversion=microversion,
        timeout=timeout,
    )


def grant_system_group(
    client: ServiceClient,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Grant a role to a group on the system."""
    return client.call(
        _GRANT_SYSTEM_GROUP,
        {"group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_system_group(
    client: ServiceClient,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a group has a role on the system; errors.NotFound when not."""
    return client.call(
        _CHECK_SYSTEM_GROUP,
        {"group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def revoke_system_group(
    client: ServiceClient,
    group_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke a system role from a group."""
    return client.call(
        _REVOKE_SYSTEM_GROUP,
        {"group_id": group_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_system_group_roles(
    client: ServiceClient,
    group_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Role]:
    """The roles granted to a group on the system."""
    return client.pager(
        _LIST_SYSTEM_GROUP_ROLES,
        {"group_id": group_id},
        model=Role,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Role:
    """The one Role whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Role,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_roles(page: Page[Any]) -> builtins.list[Role]:
    """The Role items of a page (or of ``all_pages()``)."""
    return page.extract_as(Role)
