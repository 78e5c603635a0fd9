# Generated from identity/v3/access_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An access rule: one API call (service type, method, path) that an application credential is
limited to. Rules are created with the credentials that use them and belong to the user."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class AccessRule(Model):
    """An access rule: one API call (service type, method, path) that an application credential
    is limited to. Rules are created with the credentials that use them and belong to the
    user."""

    id: str
    """The access rule ID."""

    service: str | Unset = UNSET
    """The catalog service type the rule applies to (not the service's code name)."""

    method: Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] | Unset = UNSET
    """The HTTP method allowed."""

    path: str | Unset = UNSET
    """The API path allowed; it may contain the wildcards "*" and "**", which keystonemiddleware
    matches."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("service", "service", t.STRING),
        Field("method", "method", t.STRING, enum=("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")),
        Field("path", "path", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    service: str | Unset = UNSET
    """Only rules for this service type."""

    path: str | Unset = UNSET
    """Only rules with this path."""

    method: str | Unset = UNSET
    """Only rules with this method."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("service", "service", t.STRING, location="query"),
        Param("path", "path", t.STRING, location="query"),
        Param("method", "method", t.STRING, location="query"),
    )


_LIST = Operation(
    "access_rules.list",
    "GET",
    "/users/{user_id}/access_rules",
    ok=(200, 203),
    response_key="access_rules",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "access_rules.get",
    "GET",
    "/users/{user_id}/access_rules/{access_rule_id}",
    ok=(200, 203),
    response_key="access_rule",
)
_DELETE = Operation(
    "access_rules.delete",
    "DELETE",
    "/users/{user_id}/access_rules/{access_rule_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    user_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AccessRule]:
    """List the user's access rules."""
    return client.pager(
        _LIST,
        {"user_id": user_id},
        model=AccessRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    user_id: str,
    access_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AccessRule]:
    """Get a access rule."""
    return client.call(
        _GET,
        {"user_id": user_id, "access_rule_id": access_rule_id},
        model=AccessRule,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    user_id: str,
    access_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an access rule; keystone refuses (403) while an application credential still uses
    it."""
    return client.call(
        _DELETE,
        {"user_id": user_id, "access_rule_id": access_rule_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_access_rules(page: Page[Any]) -> builtins.list[AccessRule]:
    """The AccessRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(AccessRule)
