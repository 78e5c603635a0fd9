# Generated from compute/v2/server_password.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The administrative password a guest agent (e.g. cloud-init on Windows images) posted to the
metadata service, encrypted with the server's key pair's public key and base64-encoded. Empty
until the guest posts one."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class ServerPassword(Model):
    """The administrative password a guest agent (e.g. cloud-init on Windows images) posted to
    the metadata service, encrypted with the server's key pair's public key and
    base64-encoded. Empty until the guest posts one."""

    password: str | Unset = UNSET
    """The encrypted password (base64), or "" when none was posted."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("password", "password", t.STRING, sensitive=True),
    )


_GET = Operation(
    "server_password.get",
    "GET",
    "/servers/{server_id}/os-server-password",
    ok=(200, 203),
)
_DELETE = Operation(
    "server_password.delete",
    "DELETE",
    "/servers/{server_id}/os-server-password",
    ok=(204,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerPassword]:
    """The server's encrypted password."""
    return client.call(
        _GET,
        {"server_id": server_id},
        model=ServerPassword,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Clear the stored password (the guest's password itself is not changed)."""
    return client.call(
        _DELETE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def extract_server_password(page: Page[Any]) -> builtins.list[ServerPassword]:
    """The ServerPassword items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerPassword)
