# Generated from compute/v2/keypairs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An SSH (or, since 2.2, x509) public key that Nova injects into the servers a user builds with
it. Keypairs belong to a user and are named: the name is the key in every path. Before 2.92
create without public_key makes Nova generate the key pair and answer with the private key
once; since 2.92 public_key is required (import only). Since 2.10 admins may act on another
user's keypairs by giving user_id (create: CreateOpts.user_id; list, get and delete: their
options' user_id)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Keypair(Model):
    """An SSH (or, since 2.2, x509) public key that Nova injects into the servers a user builds
    with it. Keypairs belong to a user and are named: the name is the key in every path.
    Before 2.92 create without public_key makes Nova generate the key pair and answer with the
    private key once; since 2.92 public_key is required (import only). Since 2.10 admins may
    act on another user's keypairs by giving user_id (create: CreateOpts.user_id; list, get
    and delete: their options' user_id)."""

    name: str
    """The keypair's name, unique per user (1-255 characters of letters, digits, spaces, "_" and
    "-"; since 2.92 also "@" and ".")."""

    public_key: str | Unset = UNSET
    """The public key (OpenSSH format for ssh, PEM for x509). Optional before 2.92 (Nova then
    generates a key pair), required since 2.92."""

    type: Literal["ssh", "x509"] | Unset = UNSET
    """The key type (since 2.2)."""

    user_id: str | Unset = UNSET
    """The owner. On create (since 2.10, admin by default) the user to create the keypair for;
    responses to create and get always carry it."""

    fingerprint: str | Unset = UNSET
    """The key's fingerprint (MD5 hex pairs for ssh, SHA-1 for x509)."""

    private_key: str | Unset = UNSET
    """The generated private key: only in the answer to a create that sent no public_key, before
    2.92. Nova keeps no copy of it."""

    internal_id: int | Unset = UNSET
    """Nova's database ID of the keypair (get only; not used by the API)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the keypair was created (get only)."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """Always null (keypairs cannot be changed; get only)."""

    deleted: bool | Unset = UNSET
    """Always false (get only)."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """Always null (get only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("public_key", "public_key", t.STRING),
        Field("type", "type", t.STRING, since="2.2", enum=("ssh", "x509")),
        Field("user_id", "user_id", t.STRING, since="2.10"),
        Field("fingerprint", "fingerprint", t.STRING),
        Field("private_key", "private_key", t.STRING, sensitive=True, until="2.91"),
        Field("internal_id", "id", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted", "deleted", t.BOOLEAN),
        Field("deleted_at", "deleted_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    user_id: str | Unset = UNSET
    """The user whose keypairs to list (admin by default)."""

    limit: int | Unset = UNSET
    """The most keypairs a page holds (capped at Nova's max_limit)."""

    marker: str | Unset = UNSET
    """Start after the keypair with this name (a 400 when there is none)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("user_id", "user_id", t.STRING, location="query", since="2.10"),
        Param("limit", "limit", t.INTEGER, location="query", since="2.35"),
        Param("marker", "marker", t.STRING, location="query", since="2.35"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete."""

    user_id: str | Unset = UNSET
    """The keypair's owner, when not the caller (admin by default)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("user_id", "user_id", t.STRING, location="query", since="2.10"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The keypair's name, unique per user (1-255 characters of letters, digits, spaces, "_" and
    "-"; since 2.92 also "@" and ".")."""

    public_key: str | Unset = UNSET
    """The public key (OpenSSH format for ssh, PEM for x509). Optional before 2.92 (Nova then
    generates a key pair), required since 2.92."""

    type: Literal["ssh", "x509"] | Unset = UNSET
    """The key type (since 2.2)."""

    user_id: str | Unset = UNSET
    """The owner. On create (since 2.10, admin by default) the user to create the keypair for;
    responses to create and get always carry it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("public_key", "public_key", t.STRING),
        Param("type", "type", t.STRING, enum=("ssh", "x509"), since="2.2"),
        Param("user_id", "user_id", t.STRING, since="2.10"),
    )


DeleteOpts = GetOpts

_LIST = Operation(
    "keypairs.list",
    "GET",
    "/os-keypairs",
    ok=(200, 203),
    item_key="keypair",
    response_key="keypairs",
    paging=Paging("linked", next="keypairs_links[rel=next].href"),
)
_GET = Operation(
    "keypairs.get",
    "GET",
    "/os-keypairs/{keypair_name}",
    ok=(200, 203),
    response_key="keypair",
)
_CREATE = Operation(
    "keypairs.create",
    "POST",
    "/os-keypairs",
    ok=(200, 201),
    request_kind="json",
    request_key="keypair",
    response_key="keypair",
)
_DELETE = Operation(
    "keypairs.delete",
    "DELETE",
    "/os-keypairs/{keypair_name}",
    ok=(202, 204),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Keypair]:
    """List the caller's keypairs (or, since 2.10, user_id's, admin). Nova wraps each entry as
    {"keypair": {...}}; the pager unwraps it, and the entries carry name, public_key,
    fingerprint and (since 2.2) type. Since 2.35 the listing pages (limit, marker = the last
    keypair's name) and a full page carries a keypairs_links entry with rel "next", which the
    pager follows."""
    return client.pager(
        _LIST, None, model=Keypair, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    keypair_name: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Keypair]:
    """Show a keypair by name, with created_at, id and the other database fields (NotFound when
    the user has none by that name)."""
    return client.call(
        _GET,
        {"keypair_name": keypair_name},
        model=Keypair,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Keypair]:
    """Create (generate, before 2.92) or import (with public_key) a keypair. Nova answers 200 up
    to 2.1 and 201 since 2.2; a name in use is a 409, the user's keypair quota exceeded a 403,
    a bad public key a 400."""
    return client.call(
        _CREATE, None, model=Keypair, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    keypair_name: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a keypair (202 up to 2.1, 204 since 2.2)."""
    return client.call(
        _DELETE,
        {"keypair_name": keypair_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Keypair:
    """The one Keypair whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Keypair,
        name_field="name",
        id_field="name",
    )


def extract_keypairs(page: Page[Any]) -> builtins.list[Keypair]:
    """The Keypair items of a page (or of ``all_pages()``)."""
    return page.extract_as(Keypair)
