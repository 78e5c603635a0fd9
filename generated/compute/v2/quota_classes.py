# Generated from compute/v2/quota_classes.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A quota class (os-quota-class-sets): named default quotas. Nova uses only the class "default",
whose values are the defaults of every project without its own quotas; any other name reads as
the defaults and can be written but has no effect. Admin-only by default. Before 2.50 the
server_groups and server_group_members quotas are missing from the answers and the
nova-network quotas present; since 2.57 the personality-file quotas are gone."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class QuotaClassSet(Model):
    """A quota class (os-quota-class-sets): named default quotas. Nova uses only the class
    "default", whose values are the defaults of every project without its own quotas; any
    other name reads as the defaults and can be written but has no effect. Admin-only by
    default. Before 2.50 the server_groups and server_group_members quotas are missing from
    the answers and the nova-network quotas present; since 2.57 the personality-file quotas
    are gone."""

    id: str | Unset = UNSET
    """The class's name ("default"). The answer to update carries none."""

    instances: int | Unset = UNSET
    """Servers. -1 means unlimited."""

    cores: int | Unset = UNSET
    """vCPUs over all servers. -1 means unlimited."""

    ram: int | Unset = UNSET
    """Memory over all servers, in MiB. -1 means unlimited."""

    metadata_items: int | Unset = UNSET
    """Metadata items per server. -1 means unlimited."""

    key_pairs: int | Unset = UNSET
    """Keypairs per user. -1 means unlimited."""

    server_groups: int | Unset = UNSET
    """Server groups. Quota classes answer with it since 2.50 (update takes it at any version).
    -1 means unlimited."""

    server_group_members: int | Unset = UNSET
    """Servers per server group. Quota classes answer with it since 2.50 (update takes it at any
    version). -1 means unlimited."""

    injected_files: int | Unset = UNSET
    """Personality files per server (until 2.56). -1 means unlimited."""

    injected_file_content_bytes: int | Unset = UNSET
    """Bytes per personality file (until 2.56). -1 means unlimited."""

    injected_file_path_bytes: int | Unset = UNSET
    """Bytes per personality file path (until 2.56). -1 means unlimited."""

    fixed_ips: int | Unset = UNSET
    """Fixed IPs (nova-network; until 2.49, -1 with Neutron). -1 means unlimited."""

    floating_ips: int | Unset = UNSET
    """Floating IPs (nova-network; until 2.49, -1 with Neutron). -1 means unlimited."""

    security_groups: int | Unset = UNSET
    """Security groups (nova-network; until 2.49, -1 with Neutron). -1 means unlimited."""

    security_group_rules: int | Unset = UNSET
    """Security group rules (nova-network; until 2.49, -1 with Neutron). -1 means unlimited."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("instances", "instances", t.INTEGER),
        Field("cores", "cores", t.INTEGER),
        Field("ram", "ram", t.INTEGER),
        Field("metadata_items", "metadata_items", t.INTEGER),
        Field("key_pairs", "key_pairs", t.INTEGER),
        Field("server_groups", "server_groups", t.INTEGER),
        Field("server_group_members", "server_group_members", t.INTEGER),
        Field("injected_files", "injected_files", t.INTEGER, until="2.56"),
        Field(
            "injected_file_content_bytes", "injected_file_content_bytes", t.INTEGER, until="2.56"
        ),
        Field("injected_file_path_bytes", "injected_file_path_bytes", t.INTEGER, until="2.56"),
        Field("fixed_ips", "fixed_ips", t.INTEGER, until="2.49"),
        Field("floating_ips", "floating_ips", t.INTEGER, until="2.49"),
        Field("security_groups", "security_groups", t.INTEGER, until="2.49"),
        Field("security_group_rules", "security_group_rules", t.INTEGER, until="2.49"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    instances: int | Unset = UNSET
    """Servers. -1 means unlimited."""

    cores: int | Unset = UNSET
    """vCPUs over all servers. -1 means unlimited."""

    ram: int | Unset = UNSET
    """Memory over all servers, in MiB. -1 means unlimited."""

    metadata_items: int | Unset = UNSET
    """Metadata items per server. -1 means unlimited."""

    key_pairs: int | Unset = UNSET
    """Keypairs per user. -1 means unlimited."""

    server_groups: int | Unset = UNSET
    """Server groups. Quota classes answer with it since 2.50 (update takes it at any version).
    -1 means unlimited."""

    server_group_members: int | Unset = UNSET
    """Servers per server group. Quota classes answer with it since 2.50 (update takes it at any
    version). -1 means unlimited."""

    injected_files: int | Unset = UNSET
    """Personality files per server (until 2.56). -1 means unlimited."""

    injected_file_content_bytes: int | Unset = UNSET
    """Bytes per personality file (until 2.56). -1 means unlimited."""

    injected_file_path_bytes: int | Unset = UNSET
    """Bytes per personality file path (until 2.56). -1 means unlimited."""

    fixed_ips: int | Unset = UNSET
    """Fixed IPs (nova-network; until 2.49, -1 with Neutron). -1 means unlimited."""

    floating_ips: int | Unset = UNSET
    """Floating IPs (nova-network; until 2.49, -1 with Neutron). -1 means unlimited."""

    security_groups: int | Unset = UNSET
    """Security groups (nova-network; until 2.49, -1 with Neutron). -1 means unlimited."""

    security_group_rules: int | Unset = UNSET
    """Security group rules (nova-network; until 2.49, -1 with Neutron). -1 means unlimited."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("instances", "instances", t.INTEGER),
        Param("cores", "cores", t.INTEGER),
        Param("ram", "ram", t.INTEGER),
        Param("metadata_items", "metadata_items", t.INTEGER),
        Param("key_pairs", "key_pairs", t.INTEGER),
        Param("server_groups", "server_groups", t.INTEGER),
        Param("server_group_members", "server_group_members", t.INTEGER),
        Param("injected_files", "injected_files", t.INTEGER, until="2.56"),
        Param(
            "injected_file_content_bytes", "injected_file_content_bytes", t.INTEGER, until="2.56"
        ),
        Param("injected_file_path_bytes", "injected_file_path_bytes", t.INTEGER, until="2.56"),
        Param("fixed_ips", "fixed_ips", t.INTEGER, until="2.49"),
        Param("floating_ips", "floating_ips", t.INTEGER, until="2.49"),
        Param("security_groups", "security_groups", t.INTEGER, until="2.49"),
        Param("security_group_rules", "security_group_rules", t.INTEGER, until="2.49"),
    )


_GET = Operation(
    "quota_classes.get",
    "GET",
    "/os-quota-class-sets/{quota_class_id}",
    ok=(200, 203),
    response_key="quota_class_set",
)
_UPDATE = Operation(
    "quota_classes.update",
    "PUT",
    "/os-quota-class-sets/{quota_class_id}",
    ok=(200,),
    request_kind="json",
    request_key="quota_class_set",
    response_key="quota_class_set",
)


def get(
    client: ServiceClient,
    quota_class_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaClassSet]:
    """The quota class's limits."""
    return client.call(
        _GET,
        {"quota_class_id": quota_class_id},
        model=QuotaClassSet,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    quota_class_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaClassSet]:
    """Change some limits of the class (admin); returns them all (without id)."""
    return client.call(
        _UPDATE,
        {"quota_class_id": quota_class_id},
        model=QuotaClassSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_quota_classes(page: Page[Any]) -> builtins.list[QuotaClassSet]:
    """The QuotaClassSet items of a page (or of ``all_pages()``)."""
    return page.extract_as(QuotaClassSet)
