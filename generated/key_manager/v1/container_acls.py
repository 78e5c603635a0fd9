# Generated from key-manager/v1/container_acls.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The access control list of a container, as a secret's (read, with users and project_access);
it governs the container, not the secrets in it. A container without an ACL is read by its
project."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.key_manager.v1.secret_acls import ACLEntry as ACLEntry


class ContainerACL(Model):
    """The access control list of a container, as a secret's (read, with users and
    project_access); it governs the container, not the secrets in it. A container without an
    ACL is read by its project."""

    read: ACLEntry | Unset = UNSET
    """Who may read the container."""

    acl_ref: str | Unset = UNSET
    """In the answer to a change only, the ACL's reference (URL)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("read", "read", t.model(ACLEntry)),
        Field("acl_ref", "acl_ref", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update. Also the options of replace."""

    read: ACLEntry | Unset = UNSET
    """Who may read the container."""

    _params: ClassVar[tuple[Param, ...]] = (Param("read", "read", t.model(ACLEntry)),)


ReplaceOpts = UpdateOpts

_GET = Operation(
    "container_acls.get",
    "GET",
    "/containers/{container_id}/acl",
    ok=(200, 203),
)
_UPDATE = Operation(
    "container_acls.update",
    "PATCH",
    "/containers/{container_id}/acl",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "container_acls.delete",
    "DELETE",
    "/containers/{container_id}/acl",
    ok=(200,),
    response_kind="empty",
)
_REPLACE = Operation(
    "container_acls.replace",
    "PUT",
    "/containers/{container_id}/acl",
    ok=(200,),
    request_kind="json",
)


def get(
    client: ServiceClient,
    container_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ContainerACL]:
    """Show a container's ACL (the implicit project ACL when none was set)."""
    return client.call(
        _GET,
        {"container_id": container_id},
        model=ContainerACL,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    container_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ContainerACL]:
    """Change a container's ACL: users, when given, replace the listed users; project_access,
    when given, replaces the flag. The answer carries only acl_ref."""
    return client.call(
        _UPDATE,
        {"container_id": container_id},
        model=ContainerACL,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    container_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a container's ACL; the container is read by its project again."""
    return client.call(
        _DELETE, {"container_id": container_id}, microversion=microversion, timeout=timeout
    )


def replace(
    client: ServiceClient,
    container_id: str,
    opts: ReplaceOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ContainerACL]:
    """Set a container's ACL as a whole: users not given become none, a project_access not given
    becomes true. The answer carries only acl_ref."""
    return client.call(
        _REPLACE,
        {"container_id": container_id},
        model=ContainerACL,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_container_acls(page: Page[Any]) -> builtins.list[ContainerACL]:
    """The ContainerACL items of a page (or of ``all_pages()``)."""
    return page.extract_as(ContainerACL)
