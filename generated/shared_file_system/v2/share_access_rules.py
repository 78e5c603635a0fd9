# Generated from shared-file-system/v2/share_access_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An access rule of a share: who may mount it (an IP or CIDR, a user or group, a TLS identity or
a cephx id) and how (rw or ro). Rules are added with shares.allow_access and removed with
shares.deny_access; this resource lists (2.45 and later, always for one share), shows, changes
the level (2.88) and carries the metadata of rules. A new rule is "queued_to_apply", then
"applying" and "active" once the backend has it."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ShareAccessRule(Model):
    """An access rule of a share: who may mount it (an IP or CIDR, a user or group, a TLS
    identity or a cephx id) and how (rw or ro). Rules are added with shares.allow_access and
    removed with shares.deny_access; this resource lists (2.45 and later, always for one
    share), shows, changes the level (2.88) and carries the metadata of rules. A new rule is
    "queued_to_apply", then "applying" and "active" once the backend has it."""

    id: str
    """The rule's ID."""

    share_id: str | Unset = UNSET
    """The share the rule belongs to (not in shares.access_list)."""

    access_type: str | Unset = UNSET
    """ip, user, cert or cephx."""

    access_to: str | Unset = UNSET
    """Who is granted access ("******" when the rule's visibility is locked and the caller is
    someone else)."""

    access_level: Literal["rw", "ro"] | Unset = UNSET
    """Read-write or read-only."""

    state: str | Unset = UNSET
    """queued_to_apply, applying, active, error, queued_to_deny, denying (before 2.28 the share's
    access_rules_status)."""

    access_key: str | None | Unset = UNSET
    """The secret a cephx client authenticates with (None for other types)."""

    metadata: dict[str, str] | Unset = UNSET
    """The rule's metadata."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("share_id", "share_id", t.STRING),
        Field("access_type", "access_type", t.STRING),
        Field("access_to", "access_to", t.STRING),
        Field("access_level", "access_level", t.STRING, enum=("rw", "ro")),
        Field("state", "state", t.STRING),
        Field("access_key", "access_key", t.STRING, sensitive=True, since="2.21"),
        Field("metadata", "metadata", t.map_of(t.STRING), since="2.45"),
        Field("created_at", "created_at", t.DATETIME, since="2.33"),
        Field("updated_at", "updated_at", t.DATETIME, since="2.33"),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    share_id: str = REQUIRED
    """The share whose rules to list."""

    metadata: str | Unset = UNSET
    """A Python dict literal of metadata to match."""

    access_type: Literal["ip", "user", "cert", "cephx"] | Unset = UNSET

    access_to: str | Unset = UNSET
    """Needs access_type."""

    access_level: Literal["rw", "ro"] | Unset = UNSET

    access_key: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("share_id", "share_id", t.STRING, location="query", required=True),
        Param("metadata", "metadata", t.STRING, location="query"),
        Param(
            "access_type",
            "access_type",
            t.STRING,
            location="query",
            enum=("ip", "user", "cert", "cephx"),
            since="2.82",
        ),
        Param("access_to", "access_to", t.STRING, location="query", since="2.82"),
        Param(
            "access_level",
            "access_level",
            t.STRING,
            location="query",
            enum=("rw", "ro"),
            since="2.82",
        ),
        Param("access_key", "access_key", t.STRING, location="query", since="2.82"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    access_level: Literal["rw", "ro"] = REQUIRED
    """Read-write or read-only."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("access_level", "access_level", t.STRING, required=True, enum=("rw", "ro")),
    )


class SetMetadataOpts(Opts):
    """Options of set_metadata."""

    metadata: dict[str, str] = REQUIRED
    """Keys to add or overwrite."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "metadata", t.map_of(t.STRING), required=True),
    )


_LIST = Operation(
    "share_access_rules.list",
    "GET",
    "/share-access-rules",
    ok=(200, 203),
    response_key="access_list",
    paging=Paging("single"),
    since="2.45",
)
_GET = Operation(
    "share_access_rules.get",
    "GET",
    "/share-access-rules/{access_id}",
    ok=(200, 203),
    response_key="access",
    since="2.45",
)
_UPDATE = Operation(
    "share_access_rules.update",
    "PUT",
    "/share-access-rules/{access_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="update_access",
    response_key="access",
    since="2.88",
)
_SET_METADATA = Operation(
    "share_access_rules.set_metadata",
    "PUT",
    "/share-access-rules/{access_id}/metadata",
    ok=(200, 201, 202, 204),
    request_kind="json",
    since="2.45",
)
_DELETE_METADATA = Operation(
    "share_access_rules.delete_metadata",
    "DELETE",
    "/share-access-rules/{access_id}/metadata/{key}",
    ok=(200,),
    response_kind="empty",
    since="2.45",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ShareAccessRule]:
    """List share access rules."""
    return client.pager(
        _LIST, None, model=ShareAccessRule, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    access_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareAccessRule]:
    """Get a share access rule."""
    return client.call(
        _GET,
        {"access_id": access_id},
        model=ShareAccessRule,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    access_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareAccessRule]:
    """Change the access level (rw or ro) of a rule."""
    return client.call(
        _UPDATE,
        {"access_id": access_id},
        model=ShareAccessRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def set_metadata(
    client: ServiceClient,
    access_id: str,
    opts: SetMetadataOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Add or overwrite metadata keys of a rule; answers {"metadata": {...}} with what was set."""
    return client.call(
        _SET_METADATA,
        {"access_id": access_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_metadata(
    client: ServiceClient,
    access_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete metadata."""
    return client.call(
        _DELETE_METADATA,
        {"access_id": access_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def wait_for_status(
    client: ServiceClient,
    access_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ShareAccessRule], None] | None = None,
) -> ShareAccessRule:
    """Poll get until the ShareAccessRule's state is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"access_id": access_id},
        model=ShareAccessRule,
        field="state",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    access_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ShareAccessRule], None] | None = None,
) -> None:
    """Poll get until the ShareAccessRule is gone (404, or state deleted). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes error."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"access_id": access_id},
        model=ShareAccessRule,
        field="state",
        deleted=("deleted",),
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_share_access_rules(page: Page[Any]) -> builtins.list[ShareAccessRule]:
    """The ShareAccessRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(ShareAccessRule)
