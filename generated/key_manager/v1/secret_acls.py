# Generated from key-manager/v1/secret_acls.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The access control list of a secret. Barbican has one operation to control, read (which
includes reading the payload): its ACL names users (of any project) who may read the secret,
and project_access says whether the secret's project members may too (false makes the secret
private to its creator and the listed users). A secret without an ACL is read by its project
({"read": {"project-access": true}})."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class ACLEntry(Model):
    """The ACL of one operation."""

    project_access: bool | Unset = UNSET
    """Whether users with a role on the owning project may do the operation (default true); false
    leaves it to the creator and the listed users."""

    users: builtins.list[str] | Unset = UNSET
    """IDs of the Keystone users (of any project) who may do the operation."""

    created: datetime.datetime | Unset = UNSET
    """When the ACL was set (absent for the implicit default)."""

    updated: datetime.datetime | Unset = UNSET
    """When the ACL last changed (absent for the implicit default)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("project_access", "project-access", t.BOOLEAN),
        Field("users", "users", t.list_of(t.STRING)),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
    )


class SecretACL(Model):
    """The access control list of a secret. Barbican has one operation to control, read (which
    includes reading the payload): its ACL names users (of any project) who may read the
    secret, and project_access says whether the secret's project members may too (false makes
    the secret private to its creator and the listed users). A secret without an ACL is read
    by its project ({"read": {"project-access": true}})."""

    read: ACLEntry | Unset = UNSET
    """Who may read the secret."""

    acl_ref: str | Unset = UNSET
    """In the answer to a change only, the ACL's reference (URL)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("read", "read", t.model(ACLEntry)),
        Field("acl_ref", "acl_ref", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update. Also the options of replace."""

    read: ACLEntry | Unset = UNSET
    """Who may read the secret."""

    _params: ClassVar[tuple[Param, ...]] = (Param("read", "read", t.model(ACLEntry)),)


ReplaceOpts = UpdateOpts

_GET = Operation(
    "secret_acls.get",
    "GET",
    "/secrets/{secret_id}/acl",
    ok=(200, 203),
)
_UPDATE = Operation(
    "secret_acls.update",
    "PATCH",
    "/secrets/{secret_id}/acl",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "secret_acls.delete",
    "DELETE",
    "/secrets/{secret_id}/acl",
    ok=(200,),
    response_kind="empty",
)
_REPLACE = Operation(
    "secret_acls.replace",
    "PUT",
    "/secrets/{secret_id}/acl",
    ok=(200,),
    request_kind="json",
)


def get(
    client: ServiceClient,
    secret_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretACL]:
    """Show a secret's ACL (the implicit project ACL when none was set)."""
    return client.call(
        _GET, {"secret_id": secret_id}, model=SecretACL, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    secret_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretACL]:
    """Change a secret's ACL: users, when given, replace the listed users; project_access, when
    given, replaces the flag. The answer carries only acl_ref."""
    return client.call(
        _UPDATE,
        {"secret_id": secret_id},
        model=SecretACL,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    secret_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a secret's ACL; the secret is read by its project again."""
    return client.call(
        _DELETE, {"secret_id": secret_id}, microversion=microversion, timeout=timeout
    )


def replace(
    client: ServiceClient,
    secret_id: str,
    opts: ReplaceOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretACL]:
    """Set a secret's ACL as a whole: users not given become none, a project_access not given
    becomes true. The answer carries only acl_ref."""
    return client.call(
        _REPLACE,
        {"secret_id": secret_id},
        model=SecretACL,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_secret_acls(page: Page[Any]) -> builtins.list[SecretACL]:
    """The SecretACL items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecretACL)
