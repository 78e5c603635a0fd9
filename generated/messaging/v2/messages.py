# Generated from messaging/v2/messages.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A message of a queue: a JSON body (at most the queue's max_messages_post_size per post) with a
TTL, optionally delayed. Consumers list messages (by marker), claim them (claims) and delete
what they processed, or pop them (read and delete at once). A claimed message can be deleted
only with its claim's id."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class NewMessage(Model):
    """A message to post."""

    body: Any | Unset = UNSET
    """The content (any JSON value)."""

    ttl: int | Unset = UNSET
    """How long it lives (60 s to the server's max_message_ttl; default the queue's
    default_message_ttl)."""

    delay: int | Unset = UNSET
    """Seconds before consumers see it (0 to max_message_delay; default the queue's)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("body", "body", t.ANY, sensitive=True),
        Field("ttl", "ttl", t.INTEGER),
        Field("delay", "delay", t.INTEGER),
    )


class PostResult(Model):
    """The messages a post created."""

    resources: builtins.list[str] | Unset = UNSET
    """The new messages' paths, in the order posted (the id is the last segment)."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("resources", "resources", t.list_of(t.STRING)),)


class Message(Model):
    """A message of a queue: a JSON body (at most the queue's max_messages_post_size per post)
    with a TTL, optionally delayed. Consumers list messages (by marker), claim them (claims)
    and delete what they processed, or pop them (read and delete at once). A claimed message
    can be deleted only with its claim's id."""

    id: str
    """The message's id."""

    href: str | Unset = UNSET
    """The message's path (with ?claim_id= when it was read through a claim)."""

    ttl: int | Unset = UNSET
    """How long the message lives (seconds)."""

    age: float | Unset = UNSET
    """Seconds since it was posted."""

    body: Any | Unset = UNSET
    """The message's content (any JSON value; the application's data)."""

    checksum: str | Unset = UNSET
    """The body's checksum (MD5:<hex>), where the store keeps one."""

    claim_id: str | None | Unset = UNSET
    """The claim holding the message (popped messages)."""

    claim_count: int | Unset = UNSET
    """How often the message was claimed (popped messages)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("href", "href", t.STRING),
        Field("ttl", "ttl", t.INTEGER),
        Field("age", "age", t.NUMBER),
        Field("body", "body", t.ANY, sensitive=True),
        Field("checksum", "checksum", t.STRING),
        Field("claim_id", "claim_id", t.STRING),
        Field("claim_count", "claim_count", t.INTEGER),
    )


class MessageList(Model):
    """Messages answered at once (by ids, or popped)."""

    messages: builtins.list[Message] | Unset = UNSET
    """The messages."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("messages", "messages", t.list_of(t.model(Message))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    limit: int | Unset = UNSET
    """The most messages a page holds (1 to 20 by default)."""

    marker: str | Unset = UNSET
    """Start after this position (from the previous page's next link)."""

    echo: bool | Unset = UNSET
    """Include messages this client (Client-ID) posted."""

    include_claimed: bool | Unset = UNSET
    """Include claimed messages."""

    include_delayed: bool | Unset = UNSET
    """Include messages still delayed."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("echo", "echo", t.BOOLEAN, location="query"),
        Param("include_claimed", "include_claimed", t.BOOLEAN, location="query"),
        Param("include_delayed", "include_delayed", t.BOOLEAN, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    claim_id: str | Unset = UNSET
    """The claim holding the message (required when it is claimed; 403 when wrong)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("claim_id", "claim_id", t.STRING, location="query"),
    )


class PostOpts(Opts):
    """Options of post."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    messages: builtins.list[NewMessage] = REQUIRED
    """The messages (1 to max_messages_per_page, 20 by default)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("messages", "messages", t.list_of(t.model(NewMessage)), required=True),
    )


class GetByIdsOpts(Opts):
    """Options of get_by_ids."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    ids: builtins.list[str] = REQUIRED
    """The messages' ids (at most 20; sent as repeated ids=, since Zaqar does not split an
    encoded comma)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("ids", "ids", t.list_of(t.STRING), location="query", required=True),
    )


class DeleteByIdsOpts(Opts):
    """Options of delete_by_ids."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    ids: builtins.list[str] = REQUIRED
    """The messages' ids (at most 20; sent as repeated ids=, since Zaqar does not split an
    encoded comma)."""

    claim_ids: builtins.list[str] | Unset = UNSET
    """The claims holding them (needed for claimed messages when the server requires it)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("ids", "ids", t.list_of(t.STRING), location="query", required=True),
        Param("claim_ids", "claim_ids", t.list_of(t.STRING), location="query"),
    )


class PopOpts(Opts):
    """Options of pop."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    pop: int = REQUIRED
    """How many messages to take (1 to 20)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("pop", "pop", t.INTEGER, location="query", required=True),
    )


_LIST = Operation(
    "messages.list",
    "GET",
    "/queues/{queue_name}/messages",
    ok=(200, 203),
    response_key="messages",
    paging=Paging("linked", next="links[rel=next].href"),
)
_GET = Operation(
    "messages.get",
    "GET",
    "/queues/{queue_name}/messages/{message_id}",
    ok=(200, 203),
)
_DELETE = Operation(
    "messages.delete",
    "DELETE",
    "/queues/{queue_name}/messages/{message_id}",
    ok=(204,),
    response_kind="empty",
)
_POST = Operation(
    "messages.post",
    "POST",
    "/queues/{queue_name}/messages",
    ok=(201,),
    request_kind="json",
)
_GET_BY_IDS = Operation(
    "messages.get_by_ids",
    "GET",
    "/queues/{queue_name}/messages",
    ok=(200, 203),
)
_DELETE_BY_IDS = Operation(
    "messages.delete_by_ids",
    "DELETE",
    "/queues/{queue_name}/messages",
    ok=(204,),
    response_kind="empty",
)
_POP = Operation(
    "messages.pop",
    "DELETE",
    "/queues/{queue_name}/messages",
    ok=(200,),
)


def list(
    client: ServiceClient,
    queue_name: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Message]:
    """A queue's messages in posting order, a page at a time (at most 20 by default). By default
    claimed messages and the client's own (same Client-ID) are left out."""
    return client.pager(
        _LIST,
        {"queue_name": queue_name},
        model=Message,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    queue_name: str,
    message_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Message]:
    """Show a message (404 when it expired, was deleted or never existed)."""
    return client.call(
        _GET,
        {"queue_name": queue_name, "message_id": message_id},
        model=Message,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    queue_name: str,
    message_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a message (204 also when it does not exist)."""
    return client.call(
        _DELETE,
        {"queue_name": queue_name, "message_id": message_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def post(
    client: ServiceClient,
    queue_name: str,
    opts: PostOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PostResult]:
    """Post messages to a queue (created implicitly when it does not exist)."""
    return client.call(
        _POST,
        {"queue_name": queue_name},
        model=PostResult,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_by_ids(
    client: ServiceClient,
    queue_name: str,
    opts: GetByIdsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MessageList]:
    """Show several messages by id (those that do not exist are left out)."""
    return client.call(
        _GET_BY_IDS,
        {"queue_name": queue_name},
        model=MessageList,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_by_ids(
    client: ServiceClient,
    queue_name: str,
    opts: DeleteByIdsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete several messages by id."""
    return client.call(
        _DELETE_BY_IDS,
        {"queue_name": queue_name},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def pop(
    client: ServiceClient,
    queue_name: str,
    opts: PopOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MessageList]:
    """Take up to this many unclaimed messages off the queue, answering them as they were."""
    return client.call(
        _POP,
        {"queue_name": queue_name},
        model=MessageList,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_messages(page: Page[Any]) -> builtins.list[Message]:
    """The Message items of a page (or of ``all_pages()``)."""
    return page.extract_as(Message)
