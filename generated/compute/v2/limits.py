# Generated from compute/v2/limits.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The caller's project's compute limits and usage (GET /limits): the absolute quota limits with
what is used of them, and the (always empty) rate limits. Admins may ask about another project
(get's project_id). Keys leave with the quotas they describe: the nova-network ones in 2.36,
maxImageMeta in 2.39, the personality ones in 2.57."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class AbsoluteLimits(Model):
    """Quota limits (max*, -1 for unlimited) and usage (total*Used) of a project."""

    max_total_instances: int | Unset = UNSET
    """Servers allowed."""

    max_total_cores: int | Unset = UNSET
    """vCPUs allowed."""

    max_total_ram_size: int | Unset = UNSET
    """Memory allowed in MiB."""

    max_server_meta: int | Unset = UNSET
    """Metadata items per server."""

    max_total_keypairs: int | Unset = UNSET
    """Keypairs per user."""

    max_server_groups: int | Unset = UNSET
    """Server groups allowed."""

    max_server_group_members: int | Unset = UNSET
    """Servers per server group."""

    total_instances_used: int | Unset = UNSET
    """Servers in use."""

    total_cores_used: int | Unset = UNSET
    """vCPUs in use."""

    total_ram_used: int | Unset = UNSET
    """Memory in use in MiB."""

    total_server_groups_used: int | Unset = UNSET
    """Server groups in use."""

    max_image_meta: int | Unset = UNSET
    """Until 2.38 -- metadata items per image."""

    max_personality: int | Unset = UNSET
    """Until 2.56 -- personality files per server."""

    max_personality_size: int | Unset = UNSET
    """Until 2.56 -- bytes per personality file."""

    max_security_groups: int | Unset = UNSET
    """Until 2.35 -- security groups (nova-network)."""

    max_security_group_rules: int | Unset = UNSET
    """Until 2.35 -- rules per security group (nova-network)."""

    max_total_floating_ips: int | Unset = UNSET
    """Until 2.35 -- floating IPs (nova-network)."""

    total_security_groups_used: int | Unset = UNSET
    """Until 2.35 -- security groups in use."""

    total_floating_ips_used: int | Unset = UNSET
    """Until 2.35 -- floating IPs in use."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("max_total_instances", "maxTotalInstances", t.INTEGER),
        Field("max_total_cores", "maxTotalCores", t.INTEGER),
        Field("max_total_ram_size", "maxTotalRAMSize", t.INTEGER),
        Field("max_server_meta", "maxServerMeta", t.INTEGER),
        Field("max_total_keypairs", "maxTotalKeypairs", t.INTEGER),
        Field("max_server_groups", "maxServerGroups", t.INTEGER),
        Field("max_server_group_members", "maxServerGroupMembers", t.INTEGER),
        Field("total_instances_used", "totalInstancesUsed", t.INTEGER),
        Field("total_cores_used", "totalCoresUsed", t.INTEGER),
        Field("total_ram_used", "totalRAMUsed", t.INTEGER),
        Field("total_server_groups_used", "totalServerGroupsUsed", t.INTEGER),
        Field("max_image_meta", "maxImageMeta", t.INTEGER, until="2.38"),
        Field("max_personality", "maxPersonality", t.INTEGER, until="2.56"),
        Field("max_personality_size", "maxPersonalitySize", t.INTEGER, until="2.56"),
        Field("max_security_groups", "maxSecurityGroups", t.INTEGER, until="2.35"),
        Field("max_security_group_rules", "maxSecurityGroupRules", t.INTEGER, until="2.35"),
        Field("max_total_floating_ips", "maxTotalFloatingIps", t.INTEGER, until="2.35"),
        Field("total_security_groups_used", "totalSecurityGroupsUsed", t.INTEGER, until="2.35"),
        Field("total_floating_ips_used", "totalFloatingIpsUsed", t.INTEGER, until="2.35"),
    )


class Limits(Model):
    """The caller's project's compute limits and usage (GET /limits): the absolute quota limits
    with what is used of them, and the (always empty) rate limits. Admins may ask about
    another project (get's project_id). Keys leave with the quotas they describe: the
    nova-network ones in 2.36, maxImageMeta in 2.39, the personality ones in 2.57."""

    absolute: AbsoluteLimits
    """The absolute limits and usage."""

    rate: builtins.list[Any] | Unset = UNSET
    """Rate limits; always empty (Nova no longer rate-limits)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("absolute", "absolute", t.model(AbsoluteLimits)),
        Field("rate", "rate", t.list_of(t.ANY)),
    )


class GetOpts(Opts):
    """Options of get."""

    project_id: str | Unset = UNSET
    """Another project's ID (admin by default)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("project_id", "tenant_id", t.STRING, location="query"),
    )


_GET = Operation(
    "limits.get",
    "GET",
    "/limits",
    ok=(200, 203),
    response_key="limits",
)


def get(
    client: ServiceClient,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Limits]:
    """The caller's project's limits and usage, or with project_id another project's (admin by
    default)."""
    return client.call(
        _GET, None, model=Limits, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_limits(page: Page[Any]) -> builtins.list[Limits]:
    """The Limits items of a page (or of ``all_pages()``)."""
    return page.extract_as(Limits)
