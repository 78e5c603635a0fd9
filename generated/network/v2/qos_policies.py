# Generated from network/v2/qos_policies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A QoS policy: a named set of QoS rules (bandwidth limit, DSCP marking, minimum bandwidth,
packet rate limit, minimum packet rate) that applies to the ports and networks that name it in
qos_policy_id. Needs the qos extension (the qos service plugin)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class QosRule(Model):
    """One rule of a policy as the policy shows it; which fields are set depends on the type."""

    id: str | Unset = UNSET
    """The rule's UUID."""

    type: str | Unset = UNSET
    """bandwidth_limit, dscp_marking, minimum_bandwidth, packet_rate_limit or
    minimum_packet_rate."""

    qos_policy_id: str | Unset = UNSET
    """The policy the rule belongs to."""

    direction: str | Unset = UNSET
    """ingress, egress or (minimum packet rate) any."""

    max_kbps: int | Unset = UNSET
    """bandwidth_limit: the rate limit in kbps."""

    max_burst_kbps: int | Unset = UNSET
    """bandwidth_limit: the burst size in kilobits."""

    dscp_mark: int | Unset = UNSET
    """dscp_marking: the DSCP mark."""

    min_kbps: int | Unset = UNSET
    """minimum_bandwidth: the guaranteed rate in kbps."""

    max_kpps: int | Unset = UNSET
    """packet_rate_limit: the limit in kilo packets per second."""

    max_burst_kpps: int | Unset = UNSET
    """packet_rate_limit: the burst in kilo packets."""

    min_kpps: int | Unset = UNSET
    """minimum_packet_rate: the guaranteed rate in kpps."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("type", "type", t.STRING),
        Field("qos_policy_id", "qos_policy_id", t.STRING),
        Field("direction", "direction", t.STRING),
        Field("max_kbps", "max_kbps", t.INTEGER),
        Field("max_burst_kbps", "max_burst_kbps", t.INTEGER),
        Field("dscp_mark", "dscp_mark", t.INTEGER),
        Field("min_kbps", "min_kbps", t.INTEGER),
        Field("max_kpps", "max_kpps", t.INTEGER),
        Field("max_burst_kpps", "max_burst_kpps", t.INTEGER),
        Field("min_kpps", "min_kpps", t.INTEGER),
    )


class QosPolicy(Model):
    """A QoS policy: a named set of QoS rules (bandwidth limit, DSCP marking, minimum bandwidth,
    packet rate limit, minimum packet rate) that applies to the ports and networks that name
    it in qos_policy_id. Needs the qos extension (the qos service plugin)."""

    id: str
    """The policy's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    shared: bool | Unset = UNSET
    """True shares the policy with every project (an RBAC policy with target "*" is created or
    removed accordingly)."""

    is_default: bool | Unset = UNSET
    """True makes this the project's default policy, applied to its new networks that name none
    (qos-default extension; one per project)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a policy for another project)."""

    tenant_id: str | Unset = UNSET
    """The same as project_id (older name)."""

    rules: builtins.list[QosRule] | Unset = UNSET
    """The policy's rules, each with its type; change them through the rule modules
    (qos_bandwidth_limit_rules, ...)."""

    tags: builtins.list[str] | Unset = UNSET
    """The policy's tags (change them with the tags module)."""

    revision_number: int | Unset = UNSET
    """Incremented on every change (for If-Match revision checks)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it was last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("shared", "shared", t.BOOLEAN),
        Field("is_default", "is_default", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("rules", "rules", t.list_of(t.model(QosRule))),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the policy with this ID."""

    name: str | Unset = UNSET
    """Only policies with this name."""

    description: str | Unset = UNSET
    """Only policies with this description."""

    shared: bool | Unset = UNSET
    """Only shared (true) or unshared (false) policies."""

    is_default: bool | Unset = UNSET
    """Only default (true) or other (false) policies."""

    project_id: str | Unset = UNSET
    """Only policies owned by this project."""

    tenant_id: str | Unset = UNSET
    """Only policies owned by this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only policies at this revision."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items with all these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items with any of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items with all these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items with any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most policies a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("shared", "shared", t.BOOLEAN, location="query"),
        Param("is_default", "is_default", t.BOOLEAN, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    shared: bool | Unset = UNSET
    """True shares the policy with every project (an RBAC policy with target "*" is created or
    removed accordingly)."""

    is_default: bool | Unset = UNSET
    """True makes this the project's default policy, applied to its new networks that name none
    (qos-default extension; one per project)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a policy for another project)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("shared", "shared", t.BOOLEAN),
        Param("is_default", "is_default", t.BOOLEAN),
        Param("project_id", "project_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    shared: bool | Unset = UNSET
    """True shares the policy with every project (an RBAC policy with target "*" is created or
    removed accordingly)."""

    is_default: bool | Unset = UNSET
    """True makes this the project's default policy, applied to its new networks that name none
    (qos-default extension; one per project)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("shared", "shared", t.BOOLEAN),
        Param("is_default", "is_default", t.BOOLEAN),
    )


_LIST = Operation(
    "qos_policies.list",
    "GET",
    "/qos/policies",
    ok=(200, 203),
    response_key="policies",
    paging=Paging("marker", next="policies_links[rel=next].href"),
)
_GET = Operation(
    "qos_policies.get",
    "GET",
    "/qos/policies/{policy_id}",
    ok=(200, 203),
    response_key="policy",
)
_CREATE = Operation(
    "qos_policies.create",
    "POST",
    "/qos/policies",
    ok=(201,),
    request_kind="json",
    request_key="policy",
    response_key="policy",
)
_UPDATE = Operation(
    "qos_policies.update",
    "PUT",
    "/qos/policies/{policy_id}",
    ok=(200,),
    request_kind="json",
    request_key="policy",
    response_key="policy",
)
_DELETE = Operation(
    "qos_policies.delete",
    "DELETE",
    "/qos/policies/{policy_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[QosPolicy]:
    """List the QoS policies the caller may see (its own, shared ones, all for admins)."""
    return client.pager(
        _LIST, None, model=QosPolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosPolicy]:
    """Show a QoS policy with its rules."""
    return client.call(
        _GET, {"policy_id": policy_id}, model=QosPolicy, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosPolicy]:
    """Create a QoS policy (without rules; add them with the rule modules)."""
    return client.call(
        _CREATE, None, model=QosPolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    policy_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosPolicy]:
    """Change a policy's name, description, shared or is_default flag."""
    return client.call(
        _UPDATE,
        {"policy_id": policy_id},
        model=QosPolicy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a policy (409 while a port or network uses it)."""
    return client.call(
        _DELETE, {"policy_id": policy_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> QosPolicy:
    """The one QosPolicy whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=QosPolicy,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_qos_policies(page: Page[Any]) -> builtins.list[QosPolicy]:
    """The QosPolicy items of a page (or of ``all_pages()``)."""
    return page.extract_as(QosPolicy)
