# Generated from network/v2/metering_label_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A metering label rule (metering extension): which traffic of one direction its label counts
(or, excluded, leaves out), by remote prefix or (metering_source_and_destination_fields) by
source and destination prefixes. Rules cannot be changed."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class MeteringLabelRule(Model):
    """A metering label rule (metering extension): which traffic of one direction its label
    counts (or, excluded, leaves out), by remote prefix or
    (metering_source_and_destination_fields) by source and destination prefixes. Rules cannot
    be changed."""

    id: str
    """The rule's UUID."""

    metering_label_id: str | Unset = UNSET
    """The label the rule belongs to."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """Traffic into (ingress) or out of (egress) the router."""

    excluded: bool | Unset = UNSET
    """Whether the matched traffic is left out of the label's count."""

    remote_ip_prefix: str | None | Unset = UNSET
    """The CIDR of the traffic's other end (deprecated in favour of source_ip_prefix and
    destination_ip_prefix; not together with them)."""

    source_ip_prefix: str | None | Unset = UNSET
    """The CIDR the traffic comes from (metering_source_and_destination_fields)."""

    destination_ip_prefix: str | None | Unset = UNSET
    """The CIDR the traffic goes to (metering_source_and_destination_fields)."""

    project_id: str | Unset = UNSET
    """The owner."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("metering_label_id", "metering_label_id", t.STRING),
        Field("direction", "direction", t.STRING, enum=("ingress", "egress")),
        Field("excluded", "excluded", t.BOOLEAN),
        Field("remote_ip_prefix", "remote_ip_prefix", t.STRING),
        Field("source_ip_prefix", "source_ip_prefix", t.STRING),
        Field("destination_ip_prefix", "destination_ip_prefix", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the rule with this ID."""

    metering_label_id: str | Unset = UNSET
    """Only rules of this label."""

    direction: Literal["ingress", "egress"] | Unset = UNSET
    """Only rules of this direction."""

    excluded: bool | Unset = UNSET
    """Only excluding (or including) rules."""

    remote_ip_prefix: str | Unset = UNSET
    """Only rules with this remote prefix."""

    source_ip_prefix: str | Unset = UNSET
    """Only rules with this source prefix."""

    destination_ip_prefix: str | Unset = UNSET
    """Only rules with this destination prefix."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most rules a page holds."""

    marker: str | Unset = UNSET
    """Start after the rule with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("metering_label_id", "metering_label_id", t.STRING, location="query"),
        Param("direction", "direction", t.STRING, location="query", enum=("ingress", "egress")),
        Param("excluded", "excluded", t.BOOLEAN, location="query"),
        Param("remote_ip_prefix", "remote_ip_prefix", t.STRING, location="query"),
        Param("source_ip_prefix", "source_ip_prefix", t.STRING, location="query"),
        Param("destination_ip_prefix", "destination_ip_prefix", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    metering_label_id: str = REQUIRED
    """The label the rule belongs to."""

    direction: Literal["ingress", "egress"] = REQUIRED
    """Traffic into (ingress) or out of (egress) the router."""

    excluded: bool | Unset = UNSET
    """Whether the matched traffic is left out of the label's count."""

    remote_ip_prefix: str | None | Unset = UNSET
    """The CIDR of the traffic's other end (deprecated in favour of source_ip_prefix and
    destination_ip_prefix; not together with them)."""

    source_ip_prefix: str | None | Unset = UNSET
    """The CIDR the traffic comes from (metering_source_and_destination_fields)."""

    destination_ip_prefix: str | None | Unset = UNSET
    """The CIDR the traffic goes to (metering_source_and_destination_fields)."""

    project_id: str | Unset = UNSET
    """The owner."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metering_label_id", "metering_label_id", t.STRING, required=True),
        Param("direction", "direction", t.STRING, required=True, enum=("ingress", "egress")),
        Param("excluded", "excluded", t.BOOLEAN),
        Param("remote_ip_prefix", "remote_ip_prefix", t.STRING, nullable=True),
        Param("source_ip_prefix", "source_ip_prefix", t.STRING, nullable=True),
        Param("destination_ip_prefix", "destination_ip_prefix", t.STRING, nullable=True),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


_LIST = Operation(
    "metering_label_rules.list",
    "GET",
    "/metering/metering-label-rules",
    ok=(200, 203),
    response_key="metering_label_rules",
    paging=Paging("marker", next="metering_label_rules_links[rel=next].href"),
)
_GET = Operation(
    "metering_label_rules.get",
    "GET",
    "/metering/metering-label-rules/{metering_label_rule_id}",
    ok=(200, 203),
    response_key="metering_label_rule",
)
_CREATE = Operation(
    "metering_label_rules.create",
    "POST",
    "/metering/metering-label-rules",
    ok=(201,),
    request_kind="json",
    request_key="metering_label_rule",
    response_key="metering_label_rule",
)
_DELETE = Operation(
    "metering_label_rules.delete",
    "DELETE",
    "/metering/metering-label-rules/{metering_label_rule_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[MeteringLabelRule]:
    """List metering label rules."""
    return client.pager(
        _LIST, None, model=MeteringLabelRule, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    metering_label_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MeteringLabelRule]:
    """Show a metering label rule."""
    return client.call(
        _GET,
        {"metering_label_rule_id": metering_label_rule_id},
        model=MeteringLabelRule,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[MeteringLabelRule]:
    """Add a rule to a metering label (admin only by default)."""
    return client.call(
        _CREATE,
        None,
        model=MeteringLabelRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    metering_label_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a metering label rule."""
    return client.call(
        _DELETE,
        {"metering_label_rule_id": metering_label_rule_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_metering_label_rules(page: Page[Any]) -> builtins.list[MeteringLabelRule]:
    """The MeteringLabelRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(MeteringLabelRule)
