# Generated from block-storage/v3/messages.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A user message (3.3 and later): what went wrong with an asynchronous request (a volume that
could not be scheduled, a backup that failed, ...), kept until guaranteed_until."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.block_storage.v3.volumes import Link


class Message(Model):
    """A user message (3.3 and later): what went wrong with an asynchronous request (a volume
    that could not be scheduled, a backup that failed, ...), kept until guaranteed_until."""

    id: str
    """The message's ID."""

    user_message: str | Unset = UNSET
    """What happened, in words."""

    message_level: str | Unset = UNSET
    """The level (ERROR)."""

    event_id: str | Unset = UNSET
    """The event's code, e.g. VOLUME_000002."""

    resource_type: str | None | Unset = UNSET
    """The kind of resource concerned (VOLUME, VOLUME_SNAPSHOT, ...)."""

    resource_uuid: str | None | Unset = UNSET
    """The resource concerned."""

    request_id: str | Unset = UNSET
    """The request that failed."""

    created_at: datetime.datetime | Unset = UNSET
    """When the message was recorded."""

    guaranteed_until: datetime.datetime | Unset = UNSET
    """When the message may be removed."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("user_message", "user_message", t.STRING),
        Field("message_level", "message_level", t.STRING),
        Field("event_id", "event_id", t.STRING),
        Field("resource_type", "resource_type", t.STRING),
        Field("resource_uuid", "resource_uuid", t.STRING),
        Field("request_id", "request_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("guaranteed_until", "guaranteed_until", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    resource_uuid: str | Unset = UNSET
    """Messages about this resource."""

    resource_type: str | Unset = UNSET
    """Messages about this kind of resource."""

    event_id: str | Unset = UNSET
    """Messages of this event."""

    request_id: str | Unset = UNSET
    """Messages of this request."""

    message_level: str | Unset = UNSET
    """Messages of this level."""

    sort: str | Unset = UNSET
    """Keys with optional directions."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    limit: int | Unset = UNSET
    """The most messages a page holds."""

    marker: str | Unset = UNSET
    """Start after the message with this ID."""

    offset: int | Unset = UNSET
    """Skip this many first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource_uuid", "resource_uuid", t.STRING, location="query", since="3.5"),
        Param("resource_type", "resource_type", t.STRING, location="query", since="3.5"),
        Param("event_id", "event_id", t.STRING, location="query", since="3.5"),
        Param("request_id", "request_id", t.STRING, location="query", since="3.5"),
        Param("message_level", "message_level", t.STRING, location="query", since="3.5"),
        Param("sort", "sort", t.STRING, location="query", since="3.5"),
        Param("sort_key", "sort_key", t.STRING, location="query", since="3.5"),
        Param(
            "sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc"), since="3.5"
        ),
        Param("limit", "limit", t.INTEGER, location="query", since="3.5"),
        Param("marker", "marker", t.STRING, location="query", since="3.5"),
        Param("offset", "offset", t.INTEGER, location="query", since="3.5"),
    )


_LIST = Operation(
    "messages.list",
    "GET",
    "/messages",
    ok=(200, 203),
    response_key="messages",
    paging=Paging("marker", next="messages_links[rel=next].href"),
    since="3.3",
)
_GET = Operation(
    "messages.get",
    "GET",
    "/messages/{message_id}",
    ok=(200, 203),
    response_key="message",
    since="3.3",
)
_DELETE = Operation(
    "messages.delete",
    "DELETE",
    "/messages/{message_id}",
    ok=(204,),
    response_kind="empty",
    since="3.3",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Message]:
    """List the caller's messages (filters and paging since 3.5)."""
    return client.pager(
        _LIST, None, model=Message, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    message_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Message]:
    """Show a message."""
    return client.call(
        _GET, {"message_id": message_id}, model=Message, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    message_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a message."""
    return client.call(
        _DELETE, {"message_id": message_id}, microversion=microversion, timeout=timeout
    )


def extract_messages(page: Page[Any]) -> builtins.list[Message]:
    """The Message items of a page (or of ``all_pages()``)."""
    return page.extract_as(Message)
