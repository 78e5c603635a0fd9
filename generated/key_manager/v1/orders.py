# Generated from key-manager/v1/orders.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An order: a request that Barbican generate a secret. A key order makes a symmetric key (a
secret), an asymmetric order a key pair (an rsa container of a public key, a private key and,
with a passphrase, the passphrase). An order is PENDING until the work is done, then ACTIVE
(secret_ref or container_ref set) or ERROR (error_status_code and error_reason set). Barbican
identifies an order by its order_ref (a URL); the functions take the UUID that ends it."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class OrderMeta(Model):
    """The generated secret's attributes: those of a secret (no payload), with algorithm and
    bit_length required."""

    name: str | None | Unset = UNSET
    """The name of the generated secret (or of the key pair's container and secrets)."""

    algorithm: str | Unset = UNSET
    """The algorithm, e.g. "aes" (key orders) or "rsa" (asymmetric orders)."""

    bit_length: int | Unset = UNSET
    """The key length in bits; a multiple of 8 (EC keys 256, 384 or 521)."""

    mode: str | None | Unset = UNSET
    """The block cipher mode, e.g. "cbc" (informational)."""

    expiration: datetime.datetime | None | Unset = UNSET
    """When the generated secret expires; None for never."""

    payload_content_type: str | Unset = UNSET
    """The media type the generated payload is stored with, e.g. "application/octet-stream"."""

    secret_type: (
        Literal["symmetric", "public", "private", "passphrase", "certificate", "opaque"] | Unset
    ) = UNSET
    """The generated secret's type."""

    passphrase: str | Unset = UNSET
    """Asymmetric orders: a passphrase to protect the private key with; it is stored as a
    passphrase secret in the container (and echoed in the order's meta)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("algorithm", "algorithm", t.STRING),
        Field("bit_length", "bit_length", t.INTEGER),
        Field("mode", "mode", t.STRING),
        Field("expiration", "expiration", t.DATETIME),
        Field("payload_content_type", "payload_content_type", t.STRING),
        Field(
            "secret_type",
            "secret_type",
            t.STRING,
            enum=("symmetric", "public", "private", "passphrase", "certificate", "opaque"),
        ),
        Field("passphrase", "passphrase", t.STRING, sensitive=True),
    )


class Order(Model):
    """An order: a request that Barbican generate a secret. A key order makes a symmetric key (a
    secret), an asymmetric order a key pair (an rsa container of a public key, a private key
    and, with a passphrase, the passphrase). An order is PENDING until the work is done, then
    ACTIVE (secret_ref or container_ref set) or ERROR (error_status_code and error_reason
    set). Barbican identifies an order by its order_ref (a URL); the functions take the UUID
    that ends it."""

    order_ref: str | Unset = UNSET
    """The order's reference, a URL ending with its UUID."""

    type: Literal["key", "asymmetric"] | Unset = UNSET
    """What to generate ("certificate" orders were removed from Barbican)."""

    meta: OrderMeta | Unset = UNSET
    """What the generated secret (or key pair) is to be."""

    status: str | Unset = UNSET
    """PENDING, ACTIVE or ERROR."""

    sub_status: str | Unset = UNSET
    """A plugin-specific progress state ("Unknown" when the plugin gives none)."""

    sub_status_message: str | Unset = UNSET
    """A plugin-specific progress message."""

    secret_ref: str | Unset = UNSET
    """A key order's generated secret, once ACTIVE."""

    container_ref: str | Unset = UNSET
    """An asymmetric order's generated rsa container, once ACTIVE."""

    error_status_code: str | Unset = UNSET
    """Once ERROR, an HTTP-like status code of the failure."""

    error_reason: str | Unset = UNSET
    """Once ERROR, why the order failed."""

    created: datetime.datetime | Unset = UNSET
    """When the order was made."""

    updated: datetime.datetime | Unset = UNSET
    """When the order last changed."""

    creator_id: str | Unset = UNSET
    """The ID of the Keystone user who made the order."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("order_ref", "order_ref", t.STRING),
        Field("type", "type", t.STRING, enum=("key", "asymmetric")),
        Field("meta", "meta", t.model(OrderMeta)),
        Field("status", "status", t.STRING),
        Field("sub_status", "sub_status", t.STRING),
        Field("sub_status_message", "sub_status_message", t.STRING),
        Field("secret_ref", "secret_ref", t.STRING),
        Field("container_ref", "container_ref", t.STRING),
        Field("error_status_code", "error_status_code", t.STRING),
        Field("error_reason", "error_reason", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
        Field("creator_id", "creator_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    meta: str | Unset = UNSET
    """Only orders whose meta holds a text value equal to this one (a name, an algorithm, a
    content type): Barbican looks for it, quoted as JSON, in the stored meta."""

    limit: int | Unset = UNSET
    """The most orders a page holds (Barbican caps it, 100 by default)."""

    offset: int | Unset = UNSET
    """How many orders to skip."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("meta", "meta", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    type: Literal["key", "asymmetric"] = REQUIRED
    """What to generate ("certificate" orders were removed from Barbican)."""

    meta: OrderMeta = REQUIRED
    """What the generated secret (or key pair) is to be."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True, enum=("key", "asymmetric")),
        Param("meta", "meta", t.model(OrderMeta), required=True),
    )


_LIST = Operation(
    "orders.list",
    "GET",
    "/orders",
    ok=(200, 203),
    response_key="orders",
    paging=Paging("linked", count="total", next="next"),
)
_GET = Operation(
    "orders.get",
    "GET",
    "/orders/{order_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "orders.create",
    "POST",
    "/orders",
    ok=(202,),
    request_kind="json",
)
_DELETE = Operation(
    "orders.delete",
    "DELETE",
    "/orders/{order_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Order]:
    """List the project's orders, oldest first. Pages by offset and limit through next links;
    each page carries the total."""
    return client.pager(
        _LIST, None, model=Order, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    order_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Order]:
    """Show an order of the caller's project (404 for other projects' orders)."""
    return client.call(
        _GET, {"order_id": order_id}, model=Order, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Order]:
    """Order a key or a key pair. The answer (202) carries only order_ref; poll the order with
    wait_for_status until it is ACTIVE. A missing algorithm or bit length, or a bit length
    that is no multiple of 8, is refused with 400."""
    return client.call(
        _CREATE, None, model=Order, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    order_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an order (the secrets or container it generated stay)."""
    return client.call(_DELETE, {"order_id": order_id}, microversion=microversion, timeout=timeout)


def wait_for_status(
    client: ServiceClient,
    order_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Order], None] | None = None,
) -> Order:
    """Poll get until the Order's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"order_id": order_id},
        model=Order,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    order_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[Order], None] | None = None,
) -> None:
    """Poll get until the Order is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"order_id": order_id},
        model=Order,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_orders(page: Page[Any]) -> builtins.list[Order]:
    """The Order items of a page (or of ``all_pages()``)."""
    return page.extract_as(Order)
