# Generated from network/v2/qos_dscp_marking_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A DSCP marking rule of a QoS policy: marks the egress traffic of a port with a DSCP value. A
policy holds at most one."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class QosDscpMarkingRule(Model):
    """A DSCP marking rule of a QoS policy: marks the egress traffic of a port with a DSCP value.
    A policy holds at most one."""

    id: str
    """The rule's UUID."""

    dscp_mark: int | Unset = UNSET
    """The DSCP mark (the valid marks are 0 and the even numbers 8-56 except 42, 50, 52 and 54)."""

    tenant_id: str | Unset = UNSET
    """The project that owns the policy (the rule alias API shows it)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field(
            "dscp_mark",
            "dscp_mark",
            t.INTEGER,
            enum=(
                0,
                8,
                10,
                12,
                14,
                16,
                18,
                20,
                22,
                24,
                26,
                28,
                30,
                32,
                34,
                36,
                38,
                40,
                44,
                46,
                48,
                56,
            ),
        ),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the rule with this ID."""

    dscp_mark: int | Unset = UNSET
    """Only rules with this mark."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most rules a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("dscp_mark", "dscp_mark", t.INTEGER, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    dscp_mark: int = REQUIRED
    """The DSCP mark (the valid marks are 0 and the even numbers 8-56 except 42, 50, 52 and 54)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "dscp_mark",
            "dscp_mark",
            t.INTEGER,
            required=True,
            enum=(
                0,
                8,
                10,
                12,
                14,
                16,
                18,
                20,
                22,
                24,
                26,
                28,
                30,
                32,
                34,
                36,
                38,
                40,
                44,
                46,
                48,
                56,
            ),
        ),
    )


class UpdateOpts(Opts):
    """Options of update. Also the options of update_by_id."""

    dscp_mark: int | Unset = UNSET
    """The DSCP mark (the valid marks are 0 and the even numbers 8-56 except 42, 50, 52 and 54)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "dscp_mark",
            "dscp_mark",
            t.INTEGER,
            enum=(
                0,
                8,
                10,
                12,
                14,
                16,
                18,
                20,
                22,
                24,
                26,
                28,
                30,
                32,
                34,
                36,
                38,
                40,
                44,
                46,
                48,
                56,
            ),
        ),
    )


UpdateByIdOpts = UpdateOpts

_LIST = Operation(
    "qos_dscp_marking_rules.list",
    "GET",
    "/qos/policies/{policy_id}/dscp_marking_rules",
    ok=(200, 203),
    response_key="dscp_marking_rules",
    paging=Paging("marker", next="dscp_marking_rules_links[rel=next].href"),
)
_GET = Operation(
    "qos_dscp_marking_rules.get",
    "GET",
    "/qos/policies/{policy_id}/dscp_marking_rules/{rule_id}",
    ok=(200, 203),
    response_key="dscp_marking_rule",
)
_CREATE = Operation(
    "qos_dscp_marking_rules.create",
    "POST",
    "/qos/policies/{policy_id}/dscp_marking_rules",
    ok=(201,),
    request_kind="json",
    request_key="dscp_marking_rule",
    response_key="dscp_marking_rule",
)
_UPDATE = Operation(
    "qos_dscp_marking_rules.update",
    "PUT",
    "/qos/policies/{policy_id}/dscp_marking_rules/{rule_id}",
    ok=(200,),
    request_kind="json",
    request_key="dscp_marking_rule",
    response_key="dscp_marking_rule",
)
_DELETE = Operation(
    "qos_dscp_marking_rules.delete",
    "DELETE",
    "/qos/policies/{policy_id}/dscp_marking_rules/{rule_id}",
    ok=(204,),
    response_kind="empty",
)
_GET_BY_ID = Operation(
    "qos_dscp_marking_rules.get_by_id",
    "GET",
    "/qos/alias_dscp_marking_rules/{rule_id}",
    ok=(200, 203),
    response_key="alias_dscp_marking_rule",
)
_UPDATE_BY_ID = Operation(
    "qos_dscp_marking_rules.update_by_id",
    "PUT",
    "/qos/alias_dscp_marking_rules/{rule_id}",
    ok=(200,),
    request_kind="json",
    request_key="alias_dscp_marking_rule",
    response_key="alias_dscp_marking_rule",
)
_DELETE_BY_ID = Operation(
    "qos_dscp_marking_rules.delete_by_id",
    "DELETE",
    "/qos/alias_dscp_marking_rules/{rule_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    policy_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[QosDscpMarkingRule]:
    """List the rules of this type in a policy."""
    return client.pager(
        _LIST,
        {"policy_id": policy_id},
        model=QosDscpMarkingRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosDscpMarkingRule]:
    """Show one rule of a policy."""
    return client.call(
        _GET,
        {"policy_id": policy_id, "rule_id": rule_id},
        model=QosDscpMarkingRule,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    policy_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosDscpMarkingRule]:
    """Add a rule to a policy (409 when the policy already has a rule of this type and
    direction)."""
    return client.call(
        _CREATE,
        {"policy_id": policy_id},
        model=QosDscpMarkingRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosDscpMarkingRule]:
    """Change a rule."""
    return client.call(
        _UPDATE,
        {"policy_id": policy_id, "rule_id": rule_id},
        model=QosDscpMarkingRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a rule from its policy."""
    return client.call(
        _DELETE,
        {"policy_id": policy_id, "rule_id": rule_id},
        microversion=microversion,
        timeout=timeout,
    )


def get_by_id(
    client: ServiceClient,
    rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosDscpMarkingRule]:
    """Show a rule by its ID alone (qos-rules-alias extension)."""
    return client.call(
        _GET_BY_ID,
        {"rule_id": rule_id},
        model=QosDscpMarkingRule,
        microversion=microversion,
        timeout=timeout,
    )


def update_by_id(
    client: ServiceClient,
    rule_id: str,
    opts: UpdateByIdOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosDscpMarkingRule]:
    """Change a rule by its ID alone (qos-rules-alias extension)."""
    return client.call(
        _UPDATE_BY_ID,
        {"rule_id": rule_id},
        model=QosDscpMarkingRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_by_id(
    client: ServiceClient,
    rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a rule by its ID alone (qos-rules-alias extension)."""
    return client.call(
        _DELETE_BY_ID, {"rule_id": rule_id}, microversion=microversion, timeout=timeout
    )


def extract_qos_dscp_marking_rules(page: Page[Any]) -> builtins.list[QosDscpMarkingRule]:
    """The QosDscpMarkingRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(QosDscpMarkingRule)
