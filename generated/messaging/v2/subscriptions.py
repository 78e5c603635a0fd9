# Generated from messaging/v2/subscriptions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A subscription of a queue: every message posted to the queue is forwarded to the subscriber
(an http(s) webhook, a mailto: address or a trust+http(s) URL) until the subscription's TTL
ends. Where the server requires confirmation, webhooks get a confirmation request first and
receive messages only once confirmed."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Subscription(Model):
    """A subscription of a queue: every message posted to the queue is forwarded to the
    subscriber (an http(s) webhook, a mailto: address or a trust+http(s) URL) until the
    subscription's TTL ends. Where the server requires confirmation, webhooks get a
    confirmation request first and receive messages only once confirmed."""

    id: str
    """The subscription's id."""

    subscriber: str | Unset = UNSET
    """Where messages go: http(s)://..., mailto:... or trust+http(s)://... (a webhook URL may
    embed a secret token)."""

    ttl: int | Unset = UNSET
    """How long the subscription lives (seconds; default the server's default_subscription_ttl,
    3600)."""

    options: dict[str, Any] | Unset = UNSET
    """Subscriber options (for mail: from, subject; post_data/post_headers for webhooks...)."""

    source: str | Unset = UNSET
    """The queue's name."""

    age: int | Unset = UNSET
    """Seconds since it was made."""

    confirmed: bool | Unset = UNSET
    """Whether the subscriber confirmed it."""

    subscription_id: str | Unset = UNSET
    """The new subscription's id (or that of the same one existing): the only member of create's
    answer."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("subscriber", "subscriber", t.STRING, sensitive=True),
        Field("ttl", "ttl", t.INTEGER),
        Field("options", "options", t.map_of(t.ANY)),
        Field("source", "source", t.STRING),
        Field("age", "age", t.INTEGER),
        Field("confirmed", "confirmed", t.BOOLEAN),
        Field("subscription_id", "subscription_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    limit: int | Unset = UNSET
    """The most subscriptions a page holds (1 to 20 by default)."""

    marker: str | Unset = UNSET
    """Start after the subscription with this id."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class CreateOpts(Opts):
    """Options of create."""

    subscriber: str = REQUIRED
    """Where messages go: http(s)://..., mailto:... or trust+http(s)://... (a webhook URL may
    embed a secret token)."""

    ttl: int | Unset = UNSET
    """How long the subscription lives (seconds; default the server's default_subscription_ttl,
    3600)."""

    options: dict[str, Any] | Unset = UNSET
    """Subscriber options (for mail: from, subject; post_data/post_headers for webhooks...)."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("subscriber", "subscriber", t.STRING, required=True, sensitive=True),
        Param("ttl", "ttl", t.INTEGER),
        Param("options", "options", t.map_of(t.ANY)),
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    subscriber: str | Unset = UNSET
    """Where messages go: http(s)://..., mailto:... or trust+http(s)://... (a webhook URL may
    embed a secret token)."""

    ttl: int | Unset = UNSET
    """How long the subscription lives (seconds; default the server's default_subscription_ttl,
    3600)."""

    options: dict[str, Any] | Unset = UNSET
    """Subscriber options (for mail: from, subject; post_data/post_headers for webhooks...)."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("subscriber", "subscriber", t.STRING, sensitive=True),
        Param("ttl", "ttl", t.INTEGER),
        Param("options", "options", t.map_of(t.ANY)),
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class ConfirmOpts(Opts):
    """Options of confirm."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    confirmed: bool = REQUIRED
    """Confirm (true) or unconfirm (false)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("confirmed", "confirmed", t.BOOLEAN, required=True),
    )


DeleteOpts = GetOpts

_LIST = Operation(
    "subscriptions.list",
    "GET",
    "/queues/{queue_name}/subscriptions",
    ok=(200, 203),
    response_key="subscriptions",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "subscriptions.get",
    "GET",
    "/queues/{queue_name}/subscriptions/{subscription_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "subscriptions.create",
    "POST",
    "/queues/{queue_name}/subscriptions",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "subscriptions.update",
    "PATCH",
    "/queues/{queue_name}/subscriptions/{subscription_id}",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
)
_DELETE = Operation(
    "subscriptions.delete",
    "DELETE",
    "/queues/{queue_name}/subscriptions/{subscription_id}",
    ok=(204,),
    response_kind="empty",
)
_CONFIRM = Operation(
    "subscriptions.confirm",
    "PUT",
    "/queues/{queue_name}/subscriptions/{subscription_id}/confirm",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    queue_name: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Subscription]:
    """A queue's subscriptions, a page at a time."""
    return client.pager(
        _LIST,
        {"queue_name": queue_name},
        model=Subscription,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    queue_name: str,
    subscription_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Subscription]:
    """Show a subscription."""
    return client.call(
        _GET,
        {"queue_name": queue_name, "subscription_id": subscription_id},
        model=Subscription,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    queue_name: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Subscription]:
    """Subscribe to a queue; subscribing the same subscriber again answers the existing
    subscription's id (201) as long as it lives."""
    return client.call(
        _CREATE,
        {"queue_name": queue_name},
        model=Subscription,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    queue_name: str,
    subscription_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Change a subscription's subscriber, TTL or options (409 when another has that subscriber)."""
    return client.call(
        _UPDATE,
        {"queue_name": queue_name, "subscription_id": subscription_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    queue_name: str,
    subscription_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a subscription (204 also when there is none)."""
    return client.call(
        _DELETE,
        {"queue_name": queue_name, "subscription_id": subscription_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def confirm(
    client: ServiceClient,
    queue_name: str,
    subscription_id: str,
    opts: ConfirmOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Confirm (or revoke) a subscription, as its subscriber does when asked."""
    return client.call(
        _CONFIRM,
        {"queue_name": queue_name, "subscription_id": subscription_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_subscriptions(page: Page[Any]) -> builtins.list[Subscription]:
    """The Subscription items of a page (or of ``all_pages()``)."""
    return page.extract_as(Subscription)
