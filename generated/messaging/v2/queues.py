# Generated from messaging/v2/queues.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A queue, named by its client (1 to 64 letters, digits, "-" or "_"), holding messages and
subscriptions. Its metadata is a JSON object: keys starting with "_" are settings Zaqar reads
(sizes, TTLs, delay, dead letter queue, encryption), any other key is the client's own.
Creating a queue that exists replaces its metadata; queues are also created implicitly by the
first message posted to them."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, BinaryData, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class QueueMetadata(Model):
    """A queue's metadata: Zaqar's reserved settings as attributes (with the server's defaults
    filled in), the client's own keys in extra."""

    max_messages_post_size: int | Unset = UNSET
    """The largest message post accepted (bytes)."""

    default_message_ttl: int | Unset = UNSET
    """The TTL of messages posted without one (seconds)."""

    default_message_delay: int | Unset = UNSET
    """The delay of messages posted without one (seconds)."""

    dead_letter_queue: str | None | Unset = UNSET
    """Where messages claimed too often are moved."""

    dead_letter_queue_messages_ttl: int | None | Unset = UNSET
    """The TTL messages get in the dead letter queue."""

    max_claim_count: int | None | Unset = UNSET
    """How often a message may be claimed before it is moved to the dead letter queue."""

    enable_encrypt_messages: bool | Unset = UNSET
    """Whether message bodies are stored encrypted."""

    description: str | Unset = UNSET
    """A free-form description."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("max_messages_post_size", "_max_messages_post_size", t.INTEGER),
        Field("default_message_ttl", "_default_message_ttl", t.INTEGER),
        Field("default_message_delay", "_default_message_delay", t.INTEGER),
        Field("dead_letter_queue", "_dead_letter_queue", t.STRING),
        Field("dead_letter_queue_messages_ttl", "_dead_letter_queue_messages_ttl", t.INTEGER),
        Field("max_claim_count", "_max_claim_count", t.INTEGER),
        Field("enable_encrypt_messages", "_enable_encrypt_messages", t.BOOLEAN),
        Field("description", "description", t.STRING),
    )


class MessageAge(Model):
    """A message named in queue statistics."""

    id: str | Unset = UNSET
    """The message's id."""

    href: str | Unset = UNSET
    """The message's path."""

    age: int | Unset = UNSET
    """Its age in seconds."""

    created: datetime.datetime | Unset = UNSET
    """When it was posted."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("href", "href", t.STRING),
        Field("age", "age", t.INTEGER),
        Field("created", "created", t.DATETIME),
    )


class MessageStats(Model):
    """Counts of a queue's messages."""

    claimed: int | Unset = UNSET
    """Messages under a claim."""

    free: int | Unset = UNSET
    """Messages not claimed."""

    total: int | Unset = UNSET
    """Every message."""

    delayed: int | Unset = UNSET
    """Messages still delayed."""

    oldest: MessageAge | Unset = UNSET
    """The oldest message (only when there are messages)."""

    newest: MessageAge | Unset = UNSET
    """The newest message (only when there are messages)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("claimed", "claimed", t.INTEGER),
        Field("free", "free", t.INTEGER),
        Field("total", "total", t.INTEGER),
        Field("delayed", "delayed", t.INTEGER),
        Field("oldest", "oldest", t.model(MessageAge)),
        Field("newest", "newest", t.model(MessageAge)),
    )


class QueueStats(Model):
    """A queue's message statistics."""

    messages: MessageStats | Unset = UNSET
    """The message counts."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("messages", "messages", t.model(MessageStats)),)


class SignedURL(Model):
    """A pre-signed URL's parts: requests to these paths with these methods carry the signature,
    expiry and project as URL-Signature, URL-Expires, URL-Methods, URL-Paths and X-Project-ID
    headers instead of a token."""

    project: str | Unset = UNSET
    """The project the signature is for."""

    paths: builtins.list[str] | Unset = UNSET
    """The paths it is valid for."""

    methods: builtins.list[str] | Unset = UNSET
    """The HTTP methods it is valid for."""

    expires: str | Unset = UNSET
    """When it expires (ISO 8601, UTC)."""

    signature: str | Unset = UNSET
    """The HMAC-SHA256 signature (a credential)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("project", "project", t.STRING),
        Field("paths", "paths", t.list_of(t.STRING)),
        Field("methods", "methods", t.list_of(t.STRING)),
        Field("expires", "expires", t.STRING),
        Field("signature", "signature", t.STRING, sensitive=True),
    )


class Queue(Model):
    """A queue, named by its client (1 to 64 letters, digits, "-" or "_"), holding messages and
    subscriptions. Its metadata is a JSON object: keys starting with "_" are settings Zaqar
    reads (sizes, TTLs, delay, dead letter queue, encryption), any other key is the client's
    own. Creating a queue that exists replaces its metadata; queues are also created
    implicitly by the first message posted to them."""

    name: str
    """The queue's name (its id)."""

    href: str | Unset = UNSET
    """The queue's path below the server (/v2/queues/<name>)."""

    metadata: dict[str, Any] | Unset = UNSET
    """The queue's metadata (listed only with detailed=true)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("href", "href", t.STRING),
        Field("metadata", "metadata", t.map_of(t.ANY)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    limit: int | Unset = UNSET
    """The most queues a page holds (1 to 20 by default)."""

    marker: str | Unset = UNSET
    """Start after the queue of this name."""

    detailed: bool | Unset = UNSET
    """Include each queue's metadata."""

    with_count: bool | Unset = UNSET
    """Also answer the number of queues (count); with pooling on, Zaqar 23 leaves count out."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("detailed", "detailed", t.BOOLEAN, location="query"),
        Param("with_count", "with_count", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    max_messages_post_size: int | Unset = UNSET
    """The largest message post accepted (bytes; at most the server's max_messages_post_size)."""

    default_message_ttl: int | Unset = UNSET
    """The TTL of messages posted without one (seconds)."""

    default_message_delay: int | Unset = UNSET
    """The delay of messages posted without one (seconds)."""

    dead_letter_queue: str | Unset = UNSET
    """Where messages claimed more than max_claim_count times are moved."""

    dead_letter_queue_messages_ttl: int | Unset = UNSET
    """The TTL messages get in the dead letter queue."""

    max_claim_count: int | Unset = UNSET
    """How often a message may be claimed before it is moved to the dead letter queue."""

    enable_encrypt_messages: bool | Unset = UNSET
    """Store message bodies encrypted."""

    description: str | Unset = UNSET
    """A free-form description."""

    metadata: dict[str, Any] | Unset = UNSET
    """The client's own metadata keys (members of the body itself)."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("max_messages_post_size", "_max_messages_post_size", t.INTEGER),
        Param("default_message_ttl", "_default_message_ttl", t.INTEGER),
        Param("default_message_delay", "_default_message_delay", t.INTEGER),
        Param("dead_letter_queue", "_dead_letter_queue", t.STRING),
        Param("dead_letter_queue_messages_ttl", "_dead_letter_queue_messages_ttl", t.INTEGER),
        Param("max_claim_count", "_max_claim_count", t.INTEGER),
        Param("enable_encrypt_messages", "_enable_encrypt_messages", t.BOOLEAN),
        Param("description", "description", t.STRING),
        Param("metadata", "metadata", t.map_of(t.ANY), style="members"),
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class DeleteOpts(Opts):
    """Options of delete. Also the options of get_metadata and update_metadata and stats."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class PurgeOpts(Opts):
    """Options of purge."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    resource_types: builtins.list[str] | Unset = UNSET
    """What to delete: messages, subscriptions or both (the default)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("resource_types", "resource_types", t.list_of(t.STRING)),
    )


class ShareOpts(Opts):
    """Options of share."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    paths: builtins.list[str] | Unset = UNSET
    """What the URL may reach: messages, subscriptions, claims (default all three)."""

    methods: builtins.list[str] | Unset = UNSET
    """The methods it allows, among GET, HEAD, OPTIONS, POST, PUT, DELETE and PATCH (default GET,
    HEAD and OPTIONS)."""

    expires: str | Unset = UNSET
    """When it expires (ISO 8601, e.g. 2030-01-01T00:00:00; default in one day)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("paths", "paths", t.list_of(t.STRING)),
        Param("methods", "methods", t.list_of(t.STRING)),
        Param("expires", "expires", t.STRING),
    )


GetMetadataOpts = DeleteOpts
UpdateMetadataOpts = DeleteOpts
StatsOpts = DeleteOpts

_LIST = Operation(
    "queues.list",
    "GET",
    "/queues",
    ok=(200, 203),
    response_key="queues",
    paging=Paging("linked", count="count", next="links[rel=next].href"),
)
_CREATE = Operation(
    "queues.create",
    "PUT",
    "/queues/{queue_name}",
    ok=(201, 204),
    request_kind="json",
    response_kind="empty",
)
_DELETE = Operation(
    "queues.delete",
    "DELETE",
    "/queues/{queue_name}",
    ok=(204,),
    response_kind="empty",
)
_GET_METADATA = Operation(
    "queues.get_metadata",
    "GET",
    "/queues/{queue_name}",
    ok=(200, 203),
)
_UPDATE_METADATA = Operation(
    "queues.update_metadata",
    "PATCH",
    "/queues/{queue_name}",
    ok=(200,),
    request_kind="binary",
    content_type="application/openstack-messaging-v2.0-json-patch",
)
_STATS = Operation(
    "queues.stats",
    "GET",
    "/queues/{queue_name}/stats",
    ok=(200, 203),
)
_PURGE = Operation(
    "queues.purge",
    "POST",
    "/queues/{queue_name}/purge",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
)
_SHARE = Operation(
    "queues.share",
    "POST",
    "/queues/{queue_name}/share",
    ok=(200,),
    request_kind="json",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Queue]:
    """The project's queues in name order, a page at a time (at most 20 per page by default).
    Zaqar also reads a "name" parameter, but its SQL catalog ignores it (every queue is
    listed), so it is not offered."""
    return client.pager(
        _LIST, None, model=Queue, opts=opts, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    queue_name: str,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Create a queue with this metadata (201). For a queue that exists the answer is 204 and
    nothing changes (change metadata with update_metadata). The metadata may hold at most 64
    KiB."""
    return client.call(
        _CREATE, {"queue_name": queue_name}, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    queue_name: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a queue with its messages (204 also when there is no such queue)."""
    return client.call(
        _DELETE, {"queue_name": queue_name}, opts=opts, microversion=microversion, timeout=timeout
    )


def get_metadata(
    client: ServiceClient,
    queue_name: str,
    opts: GetMetadataOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QueueMetadata]:
    """A queue's metadata (with the reserved settings' defaults); a queue that does not exist
    answers its defaults too (Zaqar creates queues lazily)."""
    return client.call(
        _GET_METADATA,
        {"queue_name": queue_name},
        model=QueueMetadata,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_metadata(
    client: ServiceClient,
    queue_name: str,
    data: BinaryData,
    opts: UpdateMetadataOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QueueMetadata]:
    """Change a queue's metadata with a JSON patch: data is the encoded JSON array of operations
    (add, replace, remove) whose paths name one metadata key each, "/metadata/<key>" (e.g.
    b'[{"op": "replace", "path": "/metadata/_default_message_ttl", "value": 600}]'); answers
    the whole new metadata. (The SDK's typed json-patch bodies write "/<key>" paths, which
    Zaqar refuses, hence the raw document.) 404 for a queue that was never created, 409 when a
    remove or replace names a missing key."""
    return client.call(
        _UPDATE_METADATA,
        {"queue_name": queue_name},
        model=QueueMetadata,
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def stats(
    client: ServiceClient,
    queue_name: str,
    opts: StatsOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QueueStats]:
    """Message counts of a queue (and its oldest and newest message)."""
    return client.call(
        _STATS,
        {"queue_name": queue_name},
        model=QueueStats,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def purge(
    client: ServiceClient,
    queue_name: str,
    opts: PurgeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a queue's messages and/or subscriptions, keeping the queue."""
    return client.call(
        _PURGE, {"queue_name": queue_name}, opts=opts, microversion=microversion, timeout=timeout
    )


def share(
    client: ServiceClient,
    queue_name: str,
    opts: ShareOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SignedURL]:
    """Sign a pre-signed URL for a queue (needs the server's signed_url secret)."""
    return client.call(
        _SHARE,
        {"queue_name": queue_name},
        model=SignedURL,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_queues(page: Page[Any]) -> builtins.list[Queue]:
    """The Queue items of a page (or of ``all_pages()``)."""
    return page.extract_as(Queue)
