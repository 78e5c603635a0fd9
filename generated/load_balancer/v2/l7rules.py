# Generated from load-balancer/v2/l7rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An L7 rule of a policy: a comparison of one part of an HTTP request (host name, path, file
type, header, cookie, client certificate, SSL state) with a value."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class L7RuleSpec(Model):
    """A rule to create with its L7 policy (single-call create)."""

    admin_state_up: bool | Unset = UNSET

    compare_type: Literal["CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"] | Unset = (
        UNSET
    )

    invert: bool | Unset = UNSET

    key: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    type: (
        Literal[
            "COOKIE",
            "FILE_TYPE",
            "HEADER",
            "HOST_NAME",
            "PATH",
            "SSL_CONN_HAS_CERT",
            "SSL_DN_FIELD",
            "SSL_VERIFY_RESULT",
        ]
        | Unset
    ) = UNSET

    value: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field(
            "compare_type",
            "compare_type",
            t.STRING,
            enum=("CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"),
        ),
        Field("invert", "invert", t.BOOLEAN),
        Field("key", "key", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field(
            "type",
            "type",
            t.STRING,
            enum=(
                "COOKIE",
                "FILE_TYPE",
                "HEADER",
                "HOST_NAME",
                "PATH",
                "SSL_CONN_HAS_CERT",
                "SSL_DN_FIELD",
                "SSL_VERIFY_RESULT",
            ),
        ),
        Field("value", "value", t.STRING),
    )


class L7Rule(Model):
    """An L7 rule of a policy: a comparison of one part of an HTTP request (host name, path, file
    type, header, cookie, client certificate, SSL state) with a value."""

    admin_state_up: bool | Unset = UNSET

    compare_type: Literal["CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"] | Unset = (
        UNSET
    )

    created_at: datetime.datetime | Unset = UNSET

    id: str

    invert: bool | Unset = UNSET

    key: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    project_id: str | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    tenant_id: str | Unset = UNSET

    type: (
        Literal[
            "COOKIE",
            "FILE_TYPE",
            "HEADER",
            "HOST_NAME",
            "PATH",
            "SSL_CONN_HAS_CERT",
            "SSL_DN_FIELD",
            "SSL_VERIFY_RESULT",
        ]
        | Unset
    ) = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    value: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field(
            "compare_type",
            "compare_type",
            t.STRING,
            enum=("CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"),
        ),
        Field("created_at", "created_at", t.DATETIME),
        Field("id", "id", t.STRING),
        Field("invert", "invert", t.BOOLEAN),
        Field("key", "key", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field(
            "type",
            "type",
            t.STRING,
            enum=(
                "COOKIE",
                "FILE_TYPE",
                "HEADER",
                "HOST_NAME",
                "PATH",
                "SSL_CONN_HAS_CERT",
                "SSL_DN_FIELD",
                "SSL_VERIFY_RESULT",
            ),
        ),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("value", "value", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    admin_state_up: bool | Unset = UNSET

    compare_type: str | Unset = UNSET

    created_at: str | Unset = UNSET

    invert: str | Unset = UNSET

    key: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    operating_status: str | Unset = UNSET

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    project_id: str | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    rule_value: str | Unset = UNSET

    type: str | Unset = UNSET

    updated_at: str | Unset = UNSET

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("compare_type", "compare_type", t.STRING, location="query"),
        Param("created_at", "created_at", t.STRING, location="query"),
        Param("invert", "invert", t.STRING, location="query"),
        Param("key", "key", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("operating_status", "operating_status", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("provisioning_status", "provisioning_status", t.STRING, location="query"),
        Param("rule_value", "rule_value", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query"),
        Param("updated_at", "updated_at", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    admin_state_up: bool | Unset = UNSET

    compare_type: Literal["CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"] = REQUIRED

    invert: bool | Unset = UNSET

    key: str | Unset = UNSET

    project_id: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    type: Literal[
        "COOKIE",
        "FILE_TYPE",
        "HEADER",
        "HOST_NAME",
        "PATH",
        "SSL_CONN_HAS_CERT",
        "SSL_DN_FIELD",
        "SSL_VERIFY_RESULT",
    ] = REQUIRED

    value: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param(
            "compare_type",
            "compare_type",
            t.STRING,
            required=True,
            enum=("CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"),
        ),
        Param("invert", "invert", t.BOOLEAN),
        Param("key", "key", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param(
            "type",
            "type",
            t.STRING,
            required=True,
            enum=(
                "COOKIE",
                "FILE_TYPE",
                "HEADER",
                "HOST_NAME",
                "PATH",
                "SSL_CONN_HAS_CERT",
                "SSL_DN_FIELD",
                "SSL_VERIFY_RESULT",
            ),
        ),
        Param("value", "value", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET

    compare_type: Literal["CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"] | Unset = (
        UNSET
    )

    invert: bool | Unset = UNSET

    key: str | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    type: (
        Literal[
            "COOKIE",
            "FILE_TYPE",
            "HEADER",
            "HOST_NAME",
            "PATH",
            "SSL_CONN_HAS_CERT",
            "SSL_DN_FIELD",
            "SSL_VERIFY_RESULT",
        ]
        | Unset
    ) = UNSET

    value: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param(
            "compare_type",
            "compare_type",
            t.STRING,
            enum=("CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"),
        ),
        Param("invert", "invert", t.BOOLEAN),
        Param("key", "key", t.STRING),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param(
            "type",
            "type",
            t.STRING,
            enum=(
                "COOKIE",
                "FILE_TYPE",
                "HEADER",
                "HOST_NAME",
                "PATH",
                "SSL_CONN_HAS_CERT",
                "SSL_DN_FIELD",
                "SSL_VERIFY_RESULT",
            ),
        ),
        Param("value", "value", t.STRING),
    )


_LIST = Operation(
    "l7rules.list",
    "GET",
    "/lbaas/l7policies/{l7policy_id}/rules",
    ok=(200, 203),
    response_key="rules",
    paging=Paging("marker", next="rules_links[rel=next].href"),
)
_GET = Operation(
    "l7rules.get",
    "GET",
    "/lbaas/l7policies/{l7policy_id}/rules/{l7rule_id}",
    ok=(200, 203),
    response_key="rule",
)
_CREATE = Operation(
    "l7rules.create",
    "POST",
    "/lbaas/l7policies/{l7policy_id}/rules",
    ok=(201,),
    request_kind="json",
    request_key="rule",
    response_key="rule",
)
_UPDATE = Operation(
    "l7rules.update",
    "PUT",
    "/lbaas/l7policies/{l7policy_id}/rules/{l7rule_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="rule",
    response_key="rule",
)
_DELETE = Operation(
    "l7rules.delete",
    "DELETE",
    "/lbaas/l7policies/{l7policy_id}/rules/{l7rule_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    l7policy_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[L7Rule]:
    """List l7rules."""
    return client.pager(
        _LIST,
        {"l7policy_id": l7policy_id},
        model=L7Rule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    l7policy_id: str,
    l7rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[L7Rule]:
    """Get a l7 rule."""
    return client.call(
        _GET,
        {"l7policy_id": l7policy_id, "l7rule_id": l7rule_id},
        model=L7Rule,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    l7policy_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[L7Rule]:
    """Create a l7 rule."""
    return client.call(
        _CREATE,
        {"l7policy_id": l7policy_id},
        model=L7Rule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    l7policy_id: str,
    l7rule_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[L7Rule]:
    """Update a l7 rule."""
    return client.call(
        _UPDATE,
        {"l7policy_id": l7policy_id, "l7rule_id": l7rule_id},
        model=L7Rule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    l7policy_id: str,
    l7rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a l7 rule."""
    return client.call(
        _DELETE,
        {"l7policy_id": l7policy_id, "l7rule_id": l7rule_id},
        microversion=microversion,
        timeout=timeout,
    )


def wait_for_status(
    client: ServiceClient,
    l7policy_id: str,
    l7rule_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[L7Rule], None] | None = None,
) -> L7Rule:
    """Poll get until the L7Rule's provisioning_status is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"l7policy_id": l7policy_id, "l7rule_id": l7rule_id},
        model=L7Rule,
        field="provisioning_status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    l7policy_id: str,
    l7rule_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[L7Rule], None] | None = None,
) -> None:
    """Poll get until the L7Rule is gone (404, or provisioning_status DELETED). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes ERROR."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"l7policy_id": l7policy_id, "l7rule_id": l7rule_id},
        model=L7Rule,
        field="provisioning_status",
        deleted=("DELETED",),
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_l7rules(page: Page[Any]) -> builtins.list[L7Rule]:
    """The L7Rule items of a page (or of ``all_pages()``)."""
    return page.extract_as(L7Rule)
