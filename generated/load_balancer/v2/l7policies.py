# Generated from load-balancer/v2/l7policies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An L7 policy of a listener: when its rules all match a request, reject it, redirect it (URL or
prefix) or send it to another pool; policies are evaluated by position."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.load_balancer.v2.l7rules import L7Rule as L7Rule, L7RuleSpec as L7RuleSpec
from stacksdk.load_balancer.v2.pools import PoolSpec as PoolSpec


class L7PolicySpec(Model):
    """An L7 policy to create inside a listener of a single-call create."""

    action: Literal["REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"] | Unset = (
        UNSET
    )

    admin_state_up: bool | Unset = UNSET

    description: str | None | Unset = UNSET

    name: str | Unset = UNSET

    position: int | Unset = UNSET

    redirect_http_code: int | None | Unset = UNSET

    redirect_prefix: str | None | Unset = UNSET

    redirect_url: str | None | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    redirect_pool: PoolSpec | Unset = UNSET
    """A new pool to redirect to (instead of redirect_pool_id)."""

    rules: builtins.list[L7RuleSpec] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "action",
            "action",
            t.STRING,
            enum=("REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"),
        ),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("description", "description", t.STRING),
        Field("name", "name", t.STRING),
        Field("position", "position", t.INTEGER),
        Field(
            "redirect_http_code", "redirect_http_code", t.INTEGER, enum=(301, 302, 303, 307, 308)
        ),
        Field("redirect_prefix", "redirect_prefix", t.STRING),
        Field("redirect_url", "redirect_url", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("redirect_pool", "redirect_pool", t.model(PoolSpec)),
        Field("rules", "rules", t.list_of(t.model(L7RuleSpec))),
    )


class L7Policy(Model):
    """An L7 policy of a listener: when its rules all match a request, reject it, redirect it
    (URL or prefix) or send it to another pool; policies are evaluated by position."""

    action: Literal["REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"] | Unset = (
        UNSET
    )

    admin_state_up: bool | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    description: str | None | Unset = UNSET

    id: str

    listener_id: str | Unset = UNSET

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    position: int | Unset = UNSET

    project_id: str | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    redirect_http_code: int | None | Unset = UNSET

    redirect_pool_id: str | None | Unset = UNSET

    redirect_prefix: str | None | Unset = UNSET

    redirect_url: str | None | Unset = UNSET

    rules: builtins.list[L7Rule] | Unset = UNSET
    """The policy's rules: their ids, or every field after a single-call create."""

    tags: builtins.list[str] | Unset = UNSET

    tenant_id: str | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "action",
            "action",
            t.STRING,
            enum=("REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"),
        ),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("created_at", "created_at", t.DATETIME),
        Field("description", "description", t.STRING),
        Field("id", "id", t.STRING),
        Field("listener_id", "listener_id", t.STRING),
        Field("name", "name", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("position", "position", t.INTEGER),
        Field("project_id", "project_id", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field(
            "redirect_http_code", "redirect_http_code", t.INTEGER, enum=(301, 302, 303, 307, 308)
        ),
        Field("redirect_pool_id", "redirect_pool_id", t.STRING),
        Field("redirect_prefix", "redirect_prefix", t.STRING),
        Field("redirect_url", "redirect_url", t.STRING),
        Field("rules", "rules", t.list_of(t.model(L7Rule))),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    action: str | Unset = UNSET

    admin_state_up: bool | Unset = UNSET

    description: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    listener_id: str | Unset = UNSET

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    name: str | Unset = UNSET

    operating_status: str | Unset = UNSET

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    position: str | Unset = UNSET

    project_id: str | Unset = UNSET

    provisioning_status: str | Unset = UNSET

    redirect_pool_id: str | Unset = UNSET

    redirect_prefix: str | Unset = UNSET

    redirect_url: str | Unset = UNSET

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("action", "action", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("listener_id", "listener_id", t.STRING, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("operating_status", "operating_status", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("position", "position", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("provisioning_status", "provisioning_status", t.STRING, location="query"),
        Param("redirect_pool_id", "redirect_pool_id", t.STRING, location="query"),
        Param("redirect_prefix", "redirect_prefix", t.STRING, location="query"),
        Param("redirect_url", "redirect_url", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    action: Literal["REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"] = REQUIRED

    admin_state_up: bool | Unset = UNSET

    description: str | None | Unset = UNSET

    listener_id: str = REQUIRED

    name: str | Unset = UNSET

    position: int | Unset = UNSET

    project_id: str | Unset = UNSET

    redirect_http_code: int | None | Unset = UNSET

    redirect_pool_id: str | None | Unset = UNSET

    redirect_prefix: str | None | Unset = UNSET

    redirect_url: str | None | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    rules: builtins.list[L7RuleSpec] | Unset = UNSET
    """Rules to create with the policy."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "action",
            "action",
            t.STRING,
            required=True,
            enum=("REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"),
        ),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("description", "description", t.STRING, nullable=True),
        Param("listener_id", "listener_id", t.STRING, required=True),
        Param("name", "name", t.STRING),
        Param("position", "position", t.INTEGER),
        Param("project_id", "project_id", t.STRING),
        Param(
            "redirect_http_code",
            "redirect_http_code",
            t.INTEGER,
            nullable=True,
            enum=(301, 302, 303, 307, 308),
        ),
        Param("redirect_pool_id", "redirect_pool_id", t.STRING, nullable=True),
        Param("redirect_prefix", "redirect_prefix", t.STRING, nullable=True),
        Param("redirect_url", "redirect_url", t.STRING, nullable=True),
        Param("tags", "tags", t.list_of(t.STRING)),
        Param("rules", "rules", t.list_of(t.model(L7RuleSpec))),
    )


class UpdateOpts(Opts):
    """Options of update."""

    action: Literal["REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"] | Unset = (
        UNSET
    )

    admin_state_up: bool | Unset = UNSET

    description: str | None | Unset = UNSET

    name: str | Unset = UNSET

    position: int | Unset = UNSET

    redirect_http_code: int | None | Unset = UNSET

    redirect_pool_id: str | None | Unset = UNSET

    redirect_prefix: str | None | Unset = UNSET

    redirect_url: str | None | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "action",
            "action",
            t.STRING,
            enum=("REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"),
        ),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("description", "description", t.STRING, nullable=True),
        Param("name", "name", t.STRING),
        Param("position", "position", t.INTEGER),
        Param(
            "redirect_http_code",
            "redirect_http_code",
            t.INTEGER,
            nullable=True,
            enum=(301, 302, 303, 307, 308),
        ),
        Param("redirect_pool_id", "redirect_pool_id", t.STRING, nullable=True),
        Param("redirect_prefix", "redirect_prefix", t.STRING, nullable=True),
        Param("redirect_url", "redirect_url", t.STRING, nullable=True),
        Param("tags", "tags", t.list_of(t.STRING)),
    )


_LIST = Operation(
    "l7policies.list",
    "GET",
    "/lbaas/l7policies",
    ok=(200, 203),
    response_key="l7policies",
    paging=Paging("marker", next="l7policies_links[rel=next].href"),
)
_GET = Operation(
    "l7policies.get",
    "GET",
    "/lbaas/l7policies/{l7policy_id}",
    ok=(200, 203),
    response_key="l7policy",
)
_CREATE = Operation(
    "l7policies.create",
    "POST",
    "/lbaas/l7policies",
    ok=(201,),
    request_kind="json",
    request_key="l7policy",
    response_key="l7policy",
)
_UPDATE = Operation(
    "l7policies.update",
    "PUT",
    "/lbaas/l7policies/{l7policy_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="l7policy",
    response_key="l7policy",
)
_DELETE = Operation(
    "l7policies.delete",
    "DELETE",
    "/lbaas/l7policies/{l7policy_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[L7Policy]:
    """List l7policies."""
    return client.pager(
        _LIST, None, model=L7Policy, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    l7policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[L7Policy]:
    """Get a l7 policy."""
    return client.call(
        _GET,
        {"l7policy_id": l7policy_id},
        model=L7Policy,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[L7Policy]:
    """Create a l7 policy."""
    return client.call(
        _CREATE, None, model=L7Policy, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    l7policy_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[L7Policy]:
    """Update a l7 policy."""
    return client.call(
        _UPDATE,
        {"l7policy_id": l7policy_id},
        model=L7Policy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    l7policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a l7 policy."""
    return client.call(
        _DELETE, {"l7policy_id": l7policy_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> L7Policy:
    """The one L7Policy whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=L7Policy,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    l7policy_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[L7Policy], None] | None = None,
) -> L7Policy:
    """Poll get until the L7Policy's provisioning_status is ``status`` (one of several, if a
    list; compared without case) and return it. Raises errors.WaitTimeout after ``timeout``
    seconds, errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"l7policy_id": l7policy_id},
        model=L7Policy,
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
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[L7Policy], None] | None = None,
) -> None:
    """Poll get until the L7Policy is gone (404, or provisioning_status DELETED). Raises
    errors.WaitTimeout after ``timeout`` seconds, errors.WaitFailed when it becomes ERROR."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"l7policy_id": l7policy_id},
        model=L7Policy,
        field="provisioning_status",
        deleted=("DELETED",),
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_l7policies(page: Page[Any]) -> builtins.list[L7Policy]:
    """The L7Policy items of a page (or of ``all_pages()``)."""
    return page.extract_as(L7Policy)
