# Generated from identity/v3/credentials.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A secret Keystone stores for a user, such as an EC2 access/secret pair, a TOTP seed or a
certificate; Keystone encrypts the blob at rest."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Credential(Model):
    """A secret Keystone stores for a user, such as an EC2 access/secret pair, a TOTP seed or a
    certificate; Keystone encrypts the blob at rest."""

    id: str
    """The credential ID; for an ec2 credential, the SHA-256 hex digest of the blob's access key."""

    user_id: str | Unset = UNSET
    """The user who owns the credential."""

    type: str | Unset = UNSET
    """The kind of secret: "ec2", "totp", "cert", or any name an implementation uses."""

    project_id: str | None | Unset = UNSET
    """The project the credential is for; required when type is ec2."""

    blob: str | Unset = UNSET
    """The secret itself, serialised as a JSON string; an ec2 blob is an object with at least
    "access" (and usually "secret"), whose keys that scope it (trust_id, app_cred_id,
    access_token_id) may not change on update."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("type", "type", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("blob", "blob", t.STRING, sensitive=True),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    user_id: str | Unset = UNSET

    type: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("user_id", "user_id", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    user_id: str = REQUIRED
    """The user who owns the credential."""

    type: str = REQUIRED
    """The kind of secret: "ec2", "totp", "cert", or any name an implementation uses."""

    project_id: str | None | Unset = UNSET
    """The project the credential is for; required when type is ec2."""

    blob: str = REQUIRED
    """The secret itself, serialised as a JSON string; an ec2 blob is an object with at least
    "access" (and usually "secret"), whose keys that scope it (trust_id, app_cred_id,
    access_token_id) may not change on update."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("user_id", "user_id", t.STRING, required=True),
        Param("type", "type", t.STRING, required=True),
        Param("project_id", "project_id", t.STRING, nullable=True),
        Param("blob", "blob", t.STRING, required=True, sensitive=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    blob: str = REQUIRED
    """The secret itself, serialised as a JSON string; an ec2 blob is an object with at least
    "access" (and usually "secret"), whose keys that scope it (trust_id, app_cred_id,
    access_token_id) may not change on update."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("blob", "blob", t.STRING, required=True, sensitive=True),
    )


_LIST = Operation(
    "credentials.list",
    "GET",
    "/credentials",
    ok=(200, 203),
    response_key="credentials",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "credentials.get",
    "GET",
    "/credentials/{credential_id}",
    ok=(200, 203),
    response_key="credential",
)
_CREATE = Operation(
    "credentials.create",
    "POST",
    "/credentials",
    ok=(201,),
    request_kind="json",
    request_key="credential",
    response_key="credential",
)
_UPDATE = Operation(
    "credentials.update",
    "PATCH",
    "/credentials/{credential_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="credential",
    response_key="credential",
)
_DELETE = Operation(
    "credentials.delete",
    "DELETE",
    "/credentials/{credential_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Credential]:
    """List the credentials the caller may see, optionally filtered."""
    return client.pager(
        _LIST, None, model=Credential, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    credential_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Credential]:
    """Get a credential."""
    return client.call(
        _GET,
        {"credential_id": credential_id},
        model=Credential,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Credential]:
    """Create a credential."""
    return client.call(
        _CREATE, None, model=Credential, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    credential_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Credential]:
    """Replace the credential's blob (Keystone 30 accepts no other attribute on update)."""
    return client.call(
        _UPDATE,
        {"credential_id": credential_id},
        model=Credential,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    credential_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a credential."""
    return client.call(
        _DELETE, {"credential_id": credential_id}, microversion=microversion, timeout=timeout
    )


def extract_credentials(page: Page[Any]) -> builtins.list[Credential]:
    """The Credential items of a page (or of ``all_pages()``)."""
    return page.extract_as(Credential)
