# Generated from compute/v2/server_tags.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A server's tags (microversion 2.26 and later): up to 50 distinct strings of 1-60 characters,
without "/" or ",". Reading works in any state; changing needs an ACTIVE, PAUSED, SUSPENDED or
STOPPED server (409 otherwise, e.g. while it builds; since 2.52 tags can also be given when
the server is created)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ServerTags(Model):
    """A server's tags (microversion 2.26 and later): up to 50 distinct strings of 1-60
    characters, without "/" or ",". Reading works in any state; changing needs an ACTIVE,
    PAUSED, SUSPENDED or STOPPED server (409 otherwise, e.g. while it builds; since 2.52 tags
    can also be given when the server is created)."""

    tags: builtins.list[str] | Unset = UNSET
    """The server's tags."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("tags", "tags", t.list_of(t.STRING), since="2.26"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    tags: builtins.list[str] = REQUIRED
    """The server's tags."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("tags", "tags", t.list_of(t.STRING), required=True, since="2.26"),
    )


_GET = Operation(
    "server_tags.get",
    "GET",
    "/servers/{server_id}/tags",
    ok=(200, 203),
    since="2.26",
)
_UPDATE = Operation(
    "server_tags.update",
    "PUT",
    "/servers/{server_id}/tags",
    ok=(200,),
    request_kind="json",
    since="2.26",
)
_DELETE = Operation(
    "server_tags.delete",
    "DELETE",
    "/servers/{server_id}/tags",
    ok=(204,),
    response_kind="empty",
    since="2.26",
)
_ADD_TAG = Operation(
    "server_tags.add_tag",
    "PUT",
    "/servers/{server_id}/tags/{tag}",
    ok=(201, 204),
    response_kind="empty",
    since="2.26",
)
_CHECK_TAG = Operation(
    "server_tags.check_tag",
    "GET",
    "/servers/{server_id}/tags/{tag}",
    ok=(204,),
    response_kind="empty",
    since="2.26",
)
_DELETE_TAG = Operation(
    "server_tags.delete_tag",
    "DELETE",
    "/servers/{server_id}/tags/{tag}",
    ok=(204,),
    response_kind="empty",
    since="2.26",
)


def get(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerTags]:
    """All tags of a server."""
    return client.call(
        _GET, {"server_id": server_id}, model=ServerTags, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    server_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerTags]:
    """Replace all tags of the server with the ones given (an empty list removes them all);
    returns the new tags."""
    return client.call(
        _UPDATE,
        {"server_id": server_id},
        model=ServerTags,
        opts=opts,
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
    """Remove all tags of the server."""
    return client.call(
        _DELETE, {"server_id": server_id}, microversion=microversion, timeout=timeout
    )


def add_tag(
    client: ServiceClient,
    server_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add one tag (201 when added, 204 when the server already had it; 400 when the server would
    have more than 50 tags or the tag is invalid)."""
    return client.call(
        _ADD_TAG, {"server_id": server_id, "tag": tag}, microversion=microversion, timeout=timeout
    )


def check_tag(
    client: ServiceClient,
    server_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Succeeds (204) when the server has the tag; NotFound when it does not."""
    return client.call(
        _CHECK_TAG, {"server_id": server_id, "tag": tag}, microversion=microversion, timeout=timeout
    )


def delete_tag(
    client: ServiceClient,
    server_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one tag (NotFound when the server does not have it)."""
    return client.call(
        _DELETE_TAG,
        {"server_id": server_id, "tag": tag},
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_tags(page: Page[Any]) -> builtins.list[ServerTags]:
    """The ServerTags items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerTags)
