# Generated from identity/v3/consumers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An OAuth1 consumer (OS-OAUTH1): a client application that may ask users to delegate roles to
it through request and access tokens."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Consumer(Model):
    """An OAuth1 consumer (OS-OAUTH1): a client application that may ask users to delegate roles
    to it through request and access tokens."""

    id: str
    """The consumer ID (the OAuth consumer key)."""

    description: str | None | Unset = UNSET

    secret: str | Unset = UNSET
    """The consumer secret; sent only in the answer to create."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("description", "description", t.STRING),
        Field("secret", "secret", t.STRING, sensitive=True),
        Field("links", "links", t.model(Links)),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    description: str | None | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING, nullable=True),
    )


UpdateOpts = CreateOpts

_LIST = Operation(
    "consumers.list",
    "GET",
    "/OS-OAUTH1/consumers",
    ok=(200, 203),
    response_key="consumers",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "consumers.get",
    "GET",
    "/OS-OAUTH1/consumers/{consumer_id}",
    ok=(200, 203),
    response_key="consumer",
)
_CREATE = Operation(
    "consumers.create",
    "POST",
    "/OS-OAUTH1/consumers",
    ok=(201,),
    request_kind="json",
    request_key="consumer",
    response_key="consumer",
)
_UPDATE = Operation(
    "consumers.update",
    "PATCH",
    "/OS-OAUTH1/consumers/{consumer_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="consumer",
    response_key="consumer",
)
_DELETE = Operation(
    "consumers.delete",
    "DELETE",
    "/OS-OAUTH1/consumers/{consumer_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Consumer]:
    """List consumers."""
    return client.pager(_LIST, None, model=Consumer, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    consumer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Consumer]:
    """Get a consumer."""
    return client.call(
        _GET,
        {"consumer_id": consumer_id},
        model=Consumer,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Consumer]:
    """Create a consumer."""
    return client.call(
        _CREATE, None, model=Consumer, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    consumer_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Consumer]:
    """Update a consumer."""
    return client.call(
        _UPDATE,
        {"consumer_id": consumer_id},
        model=Consumer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    consumer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a consumer."""
    return client.call(
        _DELETE, {"consumer_id": consumer_id}, microversion=microversion, timeout=timeout
    )


def extract_consumers(page: Page[Any]) -> builtins.list[Consumer]:
    """The Consumer items of a page (or of ``all_pages()``)."""
    return page.extract_as(Consumer)
