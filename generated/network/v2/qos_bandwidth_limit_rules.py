# Generated from network/v2/qos_bandwidth_limit_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A bandwidth limit rule of a QoS policy: caps the rate (and burst) of a port's traffic in one
direction (egress by default; ingress needs qos-bw-limit-direction). A policy holds at most
one per direction."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class QosBandwidthLimitRule(Model):
    """A bandwidth limit rule of a QoS policy: caps the rate (and burst) of a port's traffic in
    one direction (egress by default; ingress needs qos-bw-limit-direction). A policy holds at
    most one per direction."""

    id: str
    """The rule's UUID."""

    max_kbps: int | Unset = UNSET
    """The maximum rate in kbps (0 to 2147483647)."""

    max_burst_kbps: int | Unset = UNSET
    """The maximum burst in kilobits (0 lets the backend pick, typically 80% of max_kbps)."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """The traffic direction, seen from the VM."""

    tenant_id: str | Unset = UNSET
    """The project that owns the policy (the rule alias API shows it)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("max_kbps", "max_kbps", t.INTEGER),
        Field("max_burst_kbps", "max_burst_kbps", t.INTEGER),
        Field("direction", "direction", t.STRING, enum=("ingress", "egress")),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the rule with this ID."""

    max_kbps: int | Unset = UNSET
    """Only rules with this rate."""

    max_burst_kbps: int | Unset = UNSET
    """Only rules with this burst."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """Only rules for this direction."""

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
        Param("max_kbps", "max_kbps", t.INTEGER, location="query"),
        Param("max_burst_kbps", "max_burst_kbps", t.INTEGER, location="query"),
        Param("direction", "direction", t.STRING, location="query", enum=("ingress", "egress")),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    max_kbps: int = REQUIRED
    """The maximum rate in kbps (0 to 2147483647)."""

    max_burst_kbps: int | Unset = UNSET
    """The maximum burst in kilobits (0 lets the backend pick, typically 80% of max_kbps)."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """The traffic direction, seen from the VM."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("max_kbps", "max_kbps", t.INTEGER, required=True),
        Param("max_burst_kbps", "max_burst_kbps", t.INTEGER),
        Param("direction", "direction", t.STRING, enum=("ingress", "egress")),
    )


class UpdateOpts(Opts):
    """Options of update. Also the options of update_by_id."""

    max_kbps: int | Unset = UNSET
    """The maximum rate in kbps (0 to 2147483647)."""

    max_burst_kbps: int | Unset = UNSET
    """The maximum burst in kilobits (0 lets the backend pick, typically 80% of max_kbps)."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """The traffic direction, seen from the VM."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("max_kbps", "max_kbps", t.INTEGER),
        Param("max_burst_kbps", "max_burst_kbps", t.INTEGER),
        Param("direction", "direction", t.STRING, enum=("ingress", "egress")),
    )


UpdateByIdOpts = UpdateOpts

_LIST = Operation(
    "qos_bandwidth_limit_rules.list",
    "GET",
    "/qos/policies/{policy_id}/bandwidth_limit_rules",
    ok=(200, 203),
    response_key="bandwidth_limit_rules",
    paging=Paging("marker", next="bandwidth_limit_rules_links[rel=next].href"),
)
_GET = Operation(
    "qos_bandwidth_limit_rules.get",
    "GET",
    "/qos/policies/{policy_id}/bandwidth_limit_rules/{rule_id}",
    ok=(200, 203),
    response_key="bandwidth_limit_rule",
)
_CREATE = Operation(
    "qos_bandwidth_limit_rules.create",
    "POST",
    "/qos/policies/{policy_id}/bandwidth_limit_rules",
    ok=(201,),
    request_kind="json",
    request_key="bandwidth_limit_rule",
    response_key="bandwidth_limit_rule",
)
_UPDATE = Operation(
    "qos_bandwidth_limit_rules.update",
    "PUT",
    "/qos/policies/{policy_id}/bandwidth_limit_rules/{rule_id}",
    ok=(200,),
    request_kind="json",
    request_key="bandwidth_limit_rule",
    response_key="bandwidth_limit_rule",
)
_DELETE = Operation(
    "qos_bandwidth_limit_rules.delete",
    "DELETE",
    "/qos/policies/{policy_id}/bandwidth_limit_rules/{rule_id}",
    ok=(204,),
    response_kind="empty",
)
_GET_BY_ID = Operation(
    "qos_bandwidth_limit_rules.get_by_id",
    "GET",
    "/qos/alias_bandwidth_limit_rules/{rule_id}",
    ok=(200, 203),
    response_key="alias_bandwidth_limit_rule",
)
_UPDATE_BY_ID = Operation(
    "qos_bandwidth_limit_rules.update_by_id",
    "PUT",
    "/qos/alias_bandwidth_limit_rules/{rule_id}",
    ok=(200,),
    request_kind="json",
    request_key="alias_bandwidth_limit_rule",
    response_key="alias_bandwidth_limit_rule",
)
_DELETE_BY_ID = Operation(
    "qos_bandwidth_limit_rules.delete_by_id",
    "DELETE",
    "/qos/alias_bandwidth_limit_rules/{rule_id}",
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
) -> Pager[QosBandwidthLimitRule]:
    """List the rules of this type in a policy."""
    return client.pager(
        _LIST,
        {"policy_id": policy_id},
        model=QosBandwidthLimitRule,
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
) -> Result[QosBandwidthLimitRule]:
    """Show one rule of a policy."""
    return client.call(
        _GET,
        {"policy_id": policy_id, "rule_id": rule_id},
        model=QosBandwidthLimitRule,
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
) -> Result[QosBandwidthLimitRule]:
    """Add a rule to a policy (409 when the policy already has a rule of this type and
    direction)."""
    return client.call(
        _CREATE,
        {"policy_id": policy_id},
        model=QosBandwidthLimitRule,
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
) -> Result[QosBandwidthLimitRule]:
    """Change a rule."""
    return client.call(
        _UPDATE,
        {"policy_id": policy_id, "rule_id": rule_id},
        model=QosBandwidthLimitRule,
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
) -> Result[QosBandwidthLimitRule]:
    """Show a rule by its ID alone (qos-rules-alias extension)."""
    return client.call(
        _GET_BY_ID,
        {"rule_id": rule_id},
        model=QosBandwidthLimitRule,
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
) -> Result[QosBandwidthLimitRule]:
    """Change a rule by its ID alone (qos-rules-alias extension)."""
    return client.call(
        _UPDATE_BY_ID,
        {"rule_id": rule_id},
        model=QosBandwidthLimitRule,
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


def extract_qos_bandwidth_limit_rules(page: Page[Any]) -> builtins.list[QosBandwidthLimitRule]:
    """The QosBandwidthLimitRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(QosBandwidthLimitRule)
