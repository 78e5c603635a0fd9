# Generated from network/v2/quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project's quota limits for network resources (-1 for unlimited). Extensions add resources of
their own (trunk, ...); those keys land in Quota.extra. Reading another project's quotas and
changing them is admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class QuotaUsage(Model):
    """One resource's quota."""

    limit: int | Unset = UNSET
    """The limit (-1 for unlimited)."""

    used: int | Unset = UNSET
    """How many the project has."""

    reserved: int | Unset = UNSET
    """How many are reserved by requests in progress."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("limit", "limit", t.INTEGER),
        Field("used", "used", t.INTEGER),
        Field("reserved", "reserved", t.INTEGER),
    )


class QuotaDetails(Model):
    """Per resource, its limit, what is used and what is reserved (quota_details extension).
    Resources of other extensions land in extra."""

    network: QuotaUsage | Unset = UNSET
    """Networks."""

    subnet: QuotaUsage | Unset = UNSET
    """Subnets."""

    subnetpool: QuotaUsage | Unset = UNSET
    """Subnet pools."""

    port: QuotaUsage | Unset = UNSET
    """Ports."""

    router: QuotaUsage | Unset = UNSET
    """Routers."""

    floatingip: QuotaUsage | Unset = UNSET
    """Floating IPs."""

    security_group: QuotaUsage | Unset = UNSET
    """Security groups."""

    security_group_rule: QuotaUsage | Unset = UNSET
    """Security group rules."""

    rbac_policy: QuotaUsage | Unset = UNSET
    """RBAC policies."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("network", "network", t.model(QuotaUsage)),
        Field("subnet", "subnet", t.model(QuotaUsage)),
        Field("subnetpool", "subnetpool", t.model(QuotaUsage)),
        Field("port", "port", t.model(QuotaUsage)),
        Field("router", "router", t.model(QuotaUsage)),
        Field("floatingip", "floatingip", t.model(QuotaUsage)),
        Field("security_group", "security_group", t.model(QuotaUsage)),
        Field("security_group_rule", "security_group_rule", t.model(QuotaUsage)),
        Field("rbac_policy", "rbac_policy", t.model(QuotaUsage)),
    )


class Quota(Model):
    """A project's quota limits for network resources (-1 for unlimited). Extensions add
    resources of their own (trunk, ...); those keys land in Quota.extra. Reading another
    project's quotas and changing them is admin-only by default."""

    project_id: str | Unset = UNSET
    """The project (only in list results)."""

    tenant_id: str | Unset = UNSET
    """The same as project_id (older name)."""

    network: int | Unset = UNSET
    """Networks."""

    subnet: int | Unset = UNSET
    """Subnets."""

    subnetpool: int | Unset = UNSET
    """Subnet pools."""

    port: int | Unset = UNSET
    """Ports."""

    router: int | Unset = UNSET
    """Routers."""

    floatingip: int | Unset = UNSET
    """Floating IPs."""

    security_group: int | Unset = UNSET
    """Security groups."""

    security_group_rule: int | Unset = UNSET
    """Security group rules."""

    rbac_policy: int | Unset = UNSET
    """RBAC policies."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("network", "network", t.INTEGER),
        Field("subnet", "subnet", t.INTEGER),
        Field("subnetpool", "subnetpool", t.INTEGER),
        Field("port", "port", t.INTEGER),
        Field("router", "router", t.INTEGER),
        Field("floatingip", "floatingip", t.INTEGER),
        Field("security_group", "security_group", t.INTEGER),
        Field("security_group_rule", "security_group_rule", t.INTEGER),
        Field("rbac_policy", "rbac_policy", t.INTEGER),
    )


class UpdateOpts(Opts):
    """Options of update."""

    network: int | Unset = UNSET
    """Networks."""

    subnet: int | Unset = UNSET
    """Subnets."""

    subnetpool: int | Unset = UNSET
    """Subnet pools."""

    port: int | Unset = UNSET
    """Ports."""

    router: int | Unset = UNSET
    """Routers."""

    floatingip: int | Unset = UNSET
    """Floating IPs."""

    security_group: int | Unset = UNSET
    """Security groups."""

    security_group_rule: int | Unset = UNSET
    """Security group rules."""

    rbac_policy: int | Unset = UNSET
    """RBAC policies."""

    check_limit: bool | Unset = UNSET
    """Refuse (400) a limit lower than what the project already uses (quota-check-limit
    extension; the default depends on the quota-check-limit-default extension)."""

    force: bool | Unset = UNSET
    """Set the limits even below the current usage (the opposite of check_limit; deprecated)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("network", "network", t.INTEGER),
        Param("subnet", "subnet", t.INTEGER),
        Param("subnetpool", "subnetpool", t.INTEGER),
        Param("port", "port", t.INTEGER),
        Param("router", "router", t.INTEGER),
        Param("floatingip", "floatingip", t.INTEGER),
        Param("security_group", "security_group", t.INTEGER),
        Param("security_group_rule", "security_group_rule", t.INTEGER),
        Param("rbac_policy", "rbac_policy", t.INTEGER),
        Param("check_limit", "check_limit", t.BOOLEAN),
        Param("force", "force", t.BOOLEAN),
    )


_LIST = Operation(
    "quotas.list",
    "GET",
    "/quotas",
    ok=(200, 203),
    response_key="quotas",
    paging=Paging("single"),
)
_GET = Operation(
    "quotas.get",
    "GET",
    "/quotas/{project_id}",
    ok=(200, 203),
    response_key="quota",
)
_UPDATE = Operation(
    "quotas.update",
    "PUT",
    "/quotas/{project_id}",
    ok=(200,),
    request_kind="json",
    request_key="quota",
    response_key="quota",
)
_DELETE = Operation(
    "quotas.delete",
    "DELETE",
    "/quotas/{project_id}",
    ok=(204,),
    response_kind="empty",
)
_GET_DEFAULTS = Operation(
    "quotas.get_defaults",
    "GET",
    "/quotas/{project_id}/default",
    ok=(200, 203),
    response_key="quota",
)
_GET_DETAILS = Operation(
    "quotas.get_details",
    "GET",
    "/quotas/{project_id}/details",
    ok=(200, 203),
    response_key="quota",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Quota]:
    """List the quotas of every project that has a non-default value (admin). Projects that only
    use the defaults are not listed."""
    return client.pager(_LIST, None, model=Quota, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """Show a project's quotas (the defaults where it has none of its own)."""
    return client.call(
        _GET, {"project_id": project_id}, model=Quota, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """Set some of a project's quotas (admin). With check_limit (quota-check-limit) Neutron
    refuses a limit below the current usage."""
    return client.call(
        _UPDATE,
        {"project_id": project_id},
        model=Quota,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset a project's quotas to the defaults (admin)."""
    return client.call(
        _DELETE, {"project_id": project_id}, microversion=microversion, timeout=timeout
    )


def get_defaults(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Quota]:
    """The default quotas, as a project without quotas of its own gets."""
    return client.call(
        _GET_DEFAULTS,
        {"project_id": project_id},
        model=Quota,
        microversion=microversion,
        timeout=timeout,
    )


def get_details(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaDetails]:
    """A project's limits with usage and reservations per resource (quota_details extension)."""
    return client.call(
        _GET_DETAILS,
        {"project_id": project_id},
        model=QuotaDetails,
        microversion=microversion,
        timeout=timeout,
    )


def extract_quotas(page: Page[Any]) -> builtins.list[Quota]:
    """The Quota items of a page (or of ``all_pages()``)."""
    return page.extract_as(Quota)
