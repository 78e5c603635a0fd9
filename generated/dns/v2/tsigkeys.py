# Generated from dns/v2/tsigkeys.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A TSIG key (admins): a shared secret that signs the DNS messages Designate exchanges with the
servers of a pool, or with a zone's servers."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zones import Links as Links


class Tsigkey(Model):
    """A TSIG key (admins): a shared secret that signs the DNS messages Designate exchanges with
    the servers of a pool, or with a zone's servers."""

    id: str

    name: str | Unset = UNSET
    """The key's name as DNS messages carry it."""

    algorithm: (
        Literal["hmac-md5", "hmac-sha1", "hmac-sha224", "hmac-sha256", "hmac-sha384", "hmac-sha512"]
        | Unset
    ) = UNSET
    """The HMAC algorithm."""

    secret: str | Unset = UNSET
    """The shared secret (base64)."""

    scope: Literal["POOL", "ZONE"] | Unset = UNSET
    """Whether the key belongs to a pool or to a zone."""

    resource_id: str | Unset = UNSET
    """The id of that pool or zone."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field(
            "algorithm",
            "algorithm",
            t.STRING,
            enum=(
                "hmac-md5",
                "hmac-sha1",
                "hmac-sha224",
                "hmac-sha256",
                "hmac-sha384",
                "hmac-sha512",
            ),
        ),
        Field("secret", "secret", t.STRING, sensitive=True),
        Field("scope", "scope", t.STRING, enum=("POOL", "ZONE")),
        Field("resource_id", "resource_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET

    algorithm: (
        Literal["hmac-md5", "hmac-sha1", "hmac-sha224", "hmac-sha256", "hmac-sha384", "hmac-sha512"]
        | Unset
    ) = UNSET

    scope: Literal["POOL", "ZONE"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET

    sort_key: Literal["created_at", "id", "updated_at", "name"] | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param(
            "algorithm",
            "algorithm",
            t.STRING,
            location="query",
            enum=(
                "hmac-md5",
                "hmac-sha1",
                "hmac-sha224",
                "hmac-sha256",
                "hmac-sha384",
                "hmac-sha512",
            ),
        ),
        Param("scope", "scope", t.STRING, location="query", enum=("POOL", "ZONE")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=("created_at", "id", "updated_at", "name"),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The key's name as DNS messages carry it."""

    algorithm: Literal[
        "hmac-md5", "hmac-sha1", "hmac-sha224", "hmac-sha256", "hmac-sha384", "hmac-sha512"
    ] = REQUIRED
    """The HMAC algorithm."""

    secret: str = REQUIRED
    """The shared secret (base64)."""

    scope: Literal["POOL", "ZONE"] = REQUIRED
    """Whether the key belongs to a pool or to a zone."""

    resource_id: str = REQUIRED
    """The id of that pool or zone."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param(
            "algorithm",
            "algorithm",
            t.STRING,
            required=True,
            enum=(
                "hmac-md5",
                "hmac-sha1",
                "hmac-sha224",
                "hmac-sha256",
                "hmac-sha384",
                "hmac-sha512",
            ),
        ),
        Param("secret", "secret", t.STRING, required=True, sensitive=True),
        Param("scope", "scope", t.STRING, required=True, enum=("POOL", "ZONE")),
        Param("resource_id", "resource_id", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The key's name as DNS messages carry it."""

    algorithm: (
        Literal["hmac-md5", "hmac-sha1", "hmac-sha224", "hmac-sha256", "hmac-sha384", "hmac-sha512"]
        | Unset
    ) = UNSET
    """The HMAC algorithm."""

    secret: str | Unset = UNSET
    """The shared secret (base64)."""

    scope: Literal["POOL", "ZONE"] | Unset = UNSET
    """Whether the key belongs to a pool or to a zone."""

    resource_id: str | Unset = UNSET
    """The id of that pool or zone."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param(
            "algorithm",
            "algorithm",
            t.STRING,
            enum=(
                "hmac-md5",
                "hmac-sha1",
                "hmac-sha224",
                "hmac-sha256",
                "hmac-sha384",
                "hmac-sha512",
            ),
        ),
        Param("secret", "secret", t.STRING, sensitive=True),
        Param("scope", "scope", t.STRING, enum=("POOL", "ZONE")),
        Param("resource_id", "resource_id", t.STRING),
    )


_LIST = Operation(
    "tsigkeys.list",
    "GET",
    "/tsigkeys",
    ok=(200, 203),
    response_key="tsigkeys",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "tsigkeys.get",
    "GET",
    "/tsigkeys/{tsigkey_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "tsigkeys.create",
    "POST",
    "/tsigkeys",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "tsigkeys.update",
    "PATCH",
    "/tsigkeys/{tsigkey_id}",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "tsigkeys.delete",
    "DELETE",
    "/tsigkeys/{tsigkey_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Tsigkey]:
    """List tsigkeys."""
    return client.pager(
        _LIST, None, model=Tsigkey, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    tsigkey_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tsigkey]:
    """Get a tsigkey."""
    return client.call(
        _GET, {"tsigkey_id": tsigkey_id}, model=Tsigkey, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tsigkey]:
    """Create a tsigkey."""
    return client.call(
        _CREATE, None, model=Tsigkey, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    tsigkey_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tsigkey]:
    """Update a tsigkey."""
    return client.call(
        _UPDATE,
        {"tsigkey_id": tsigkey_id},
        model=Tsigkey,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    tsigkey_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a tsigkey."""
    return client.call(
        _DELETE, {"tsigkey_id": tsigkey_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Tsigkey:
    """The one Tsigkey whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Tsigkey,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_tsigkeys(page: Page[Any]) -> builtins.list[Tsigkey]:
    """The Tsigkey items of a page (or of ``all_pages()``)."""
    return page.extract_as(Tsigkey)
