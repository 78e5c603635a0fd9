# Generated from shared-file-system/v2/messages.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A message Manila left for the user when an asynchronous request failed (2.37 and later): what
was being done (action_id), why it failed (detail_id) and the text of both. Messages expire
after a while."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Message(Model):
    """A message Manila left for the user when an asynchronous request failed (2.37 and later):
    what was being done (action_id), why it failed (detail_id) and the text of both. Messages
    expire after a while."""

    id: str

    project_id: str | Unset = UNSET

    resource_type: str | Unset = UNSET
    """SHARE, SHARE_GROUP, SHARE_REPLICA, ..."""

    resource_id: str | None | Unset = UNSET

    action_id: str | Unset = UNSET
    """What was being done ("001" - allocate host, ...)."""

    detail_id: str | Unset = UNSET
    """Why it failed."""

    message_level: str | Unset = UNSET
    """ERROR."""

    user_message: str | Unset = UNSET
    """The action and the reason in words."""

    request_id: str | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    expires_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("resource_type", "resource_type", t.STRING),
        Field("resource_id", "resource_id", t.STRING),
        Field("action_id", "action_id", t.STRING),
        Field("detail_id", "detail_id", t.STRING),
        Field("message_level", "message_level", t.STRING),
        Field("user_message", "user_message", t.STRING),
        Field("request_id", "request_id", t.STRING),
        Field("created_at", "created_at", t.DATETIME),
        Field("expires_at", "expires_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    resource_type: str | Unset = UNSET

    resource_id: str | Unset = UNSET

    action_id: str | Unset = UNSET

    detail_id: str | Unset = UNSET

    message_level: str | Unset = UNSET

    request_id: str | Unset = UNSET

    project_id: str | Unset = UNSET

    created_since: datetime.datetime | Unset = UNSET

    created_before: datetime.datetime | Unset = UNSET

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("resource_type", "resource_type", t.STRING, location="query"),
        Param("resource_id", "resource_id", t.STRING, location="query"),
        Param("action_id", "action_id", t.STRING, location="query"),
        Param("detail_id", "detail_id", t.STRING, location="query"),
        Param("message_level", "message_level", t.STRING, location="query"),
        Param("request_id", "request_id", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("created_since", "created_since", t.DATETIME, location="query", since="2.52"),
        Param("created_before", "created_before", t.DATETIME, location="query", since="2.52"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


_LIST = Operation(
    "messages.list",
    "GET",
    "/messages",
    ok=(200, 203),
    response_key="messages",
    paging=Paging("offset", complete_without_limit=True),
    since="2.37",
)
_GET = Operation(
    "messages.get",
    "GET",
    "/messages/{message_id}",
    ok=(200, 203),
    response_key="message",
    since="2.37",
)
_DELETE = Operation(
    "messages.delete",
    "DELETE",
    "/messages/{message_id}",
    ok=(204,),
    response_kind="empty",
    since="2.37",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Message]:
    """List messages."""
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
    """Get a message."""
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
