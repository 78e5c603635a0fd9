# Generated from compute/v2/quotas.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A project's compute quotas (os-quota-sets), or one user's within it: how many servers, vCPUs,
MiB of memory, keypairs, server groups, ... it may use; -1 is unlimited. Values not set for
the project are the defaults (the "default" quota class). Since 2.36 the nova-network quotas
(fixed_ips, floating_ips, security_groups, security_group_rules) are gone, and since 2.57 the
personality-file ones (injected_*). Reading one's own project is allowed to its members;
everything else is admin-only by default. Nova with unified limits (Keystone) or the no-op
driver reports -1 for all. get, update and delete act on one user's quotas within the project
when their options carry user_id."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class QuotaDetail(Model):
    """One quota with its usage (get_detail)."""

    limit: int | Unset = UNSET
    """The limit (-1 for unlimited)."""

    in_use: int | Unset = UNSET
    """How much is used now."""

    reserved: int | Unset = UNSET
    """Always 0 (reservations are gone; -1 under the no-op driver)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("limit", "limit", t.INTEGER),
        Field("in_use", "in_use", t.INTEGER),
        Field("reserved", "reserved", t.INTEGER),
    )


class QuotaSetDetail(Model):
    """A project's (or user's) quotas, each with its usage."""

    id: str | Unset = UNSET
    """The project's ID."""

    instances: QuotaDetail | Unset = UNSET
    """Servers."""

    cores: QuotaDetail | Unset = UNSET
    """vCPUs over all servers."""

    ram: QuotaDetail | Unset = UNSET
    """Memory over all servers, in MiB."""

    metadata_items: QuotaDetail | Unset = UNSET
    """Metadata items per server."""

    key_pairs: QuotaDetail | Unset = UNSET
    """Keypairs per user."""

    server_groups: QuotaDetail | Unset = UNSET
    """Server groups."""

    server_group_members: QuotaDetail | Unset = UNSET
    """Servers per server group."""

    injected_files: QuotaDetail | Unset = UNSET
    """Personality files per server (until 2.56)."""

    injected_file_content_bytes: QuotaDetail | Unset = UNSET
    """Bytes per personality file (until 2.56)."""

    injected_file_path_bytes: QuotaDetail | Unset = UNSET
    """Bytes per personality file path (until 2.56)."""

    fixed_ips: QuotaDetail | Unset = UNSET
    """Fixed IPs (nova-network; until 2.35, -1 with Neutron)."""

    floating_ips: QuotaDetail | Unset = UNSET
    """Floating IPs (nova-network; until 2.35, -1 with Neutron)."""

    security_groups: QuotaDetail | Unset = UNSET
    """Security groups (nova-network; until 2.35, -1 with Neutron)."""

    security_group_rules: QuotaDetail | Unset = UNSET
    """Security group rules (nova-network; until 2.35, -1 with Neutron)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("instances", "instances", t.model(QuotaDetail)),
        Field("cores", "cores", t.model(QuotaDetail)),
        Field("ram", "ram", t.model(QuotaDetail)),
        Field("metadata_items", "metadata_items", t.model(QuotaDetail)),
        Field("key_pairs", "key_pairs", t.model(QuotaDetail)),
        Field("server_groups", "server_groups", t.model(QuotaDetail)),
        Field("server_group_members", "server_group_members", t.model(QuotaDetail)),
        Field("injected_files", "injected_files", t.model(QuotaDetail), until="2.56"),
        Field(
            "injected_file_content_bytes",
            "injected_file_content_bytes",
            t.model(QuotaDetail),
            until="2.56",
        ),
        Field(
            "injected_file_path_bytes",
            "injected_file_path_bytes",
            t.model(QuotaDetail),
            until="2.56",
        ),
        Field("fixed_ips", "fixed_ips", t.model(QuotaDetail), until="2.35"),
        Field("floating_ips", "floating_ips", t.model(QuotaDetail), until="2.35"),
        Field("security_groups", "security_groups", t.model(QuotaDetail), until="2.35"),
        Field("security_group_rules", "security_group_rules", t.model(QuotaDetail), until="2.35"),
    )


class QuotaSet(Model):
    """A project's compute quotas (os-quota-sets), or one user's within it: how many servers,
    vCPUs, MiB of memory, keypairs, server groups, ... it may use; -1 is unlimited. Values not
    set for the project are the defaults (the "default" quota class). Since 2.36 the
    nova-network quotas (fixed_ips, floating_ips, security_groups, security_group_rules) are
    gone, and since 2.57 the personality-file ones (injected_*). Reading one's own project is
    allowed to its members; everything else is admin-only by default. Nova with unified limits
    (Keystone) or the no-op driver reports -1 for all. get, update and delete act on one
    user's quotas within the project when their options carry user_id."""

    id: str | Unset = UNSET
    """The project's ID (the answer to update carries none)."""

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
    """Server groups. -1 means unlimited."""

    server_group_members: int | Unset = UNSET
    """Servers per server group. -1 means unlimited."""

    injected_files: int | Unset = UNSET
    """Personality files per server (until 2.56). -1 means unlimited."""

    injected_file_content_bytes: int | Unset = UNSET
    """Bytes per personality file (until 2.56). -1 means unlimited."""

    injected_file_path_bytes: int | Unset = UNSET
    """Bytes per personality file path (until 2.56). -1 means unlimited."""

    fixed_ips: int | Unset = UNSET
    """Fixed IPs (nova-network; until 2.35, -1 with Neutron). -1 means unlimited."""

    floating_ips: int | Unset = UNSET
    """Floating IPs (nova-network; until 2.35, -1 with Neutron). -1 means unlimited."""

    security_groups: int | Unset = UNSET
    """Security groups (nova-network; until 2.35, -1 with Neutron). -1 means unlimited."""

    security_group_rules: int | Unset = UNSET
    """Security group rules (nova-network; until 2.35, -1 with Neutron). -1 means unlimited."""

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
        Field("fixed_ips", "fixed_ips", t.INTEGER, until="2.35"),
        Field("floating_ips", "floating_ips", t.INTEGER, until="2.35"),
        Field("security_groups", "security_groups", t.INTEGER, until="2.35"),
        Field("security_group_rules", "security_group_rules", t.INTEGER, until="2.35"),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete and get_detail."""

    user_id: str | Unset = UNSET
    """One user within the project: that user's quotas (which may not exceed the project's)
    instead of the project's."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("user_id", "user_id", t.STRING, location="query"),
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
    """Server groups. -1 means unlimited."""

    server_group_members: int | Unset = UNSET
    """Servers per server group. -1 means unlimited."""

    injected_files: int | Unset = UNSET
    """Personality files per server (until 2.56). -1 means unlimited."""

    injected_file_content_bytes: int | Unset = UNSET
    """Bytes per personality file (until 2.56). -1 means unlimited."""

    injected_file_path_bytes: int | Unset = UNSET
    """Bytes per personality file path (until 2.56). -1 means unlimited."""

    fixed_ips: int | Unset = UNSET
    """Fixed IPs (nova-network; until 2.35, -1 with Neutron). -1 means unlimited."""

    floating_ips: int | Unset = UNSET
    """Floating IPs (nova-network; until 2.35, -1 with Neutron). -1 means unlimited."""

    security_groups: int | Unset = UNSET
    """Security groups (nova-network; until 2.35, -1 with Neutron). -1 means unlimited."""

    security_group_rules: int | Unset = UNSET
    """Security group rules (nova-network; until 2.35, -1 with Neutron). -1 means unlimited."""

    force: bool | Unset = UNSET
    """Set the limits even below what is in use now (without it, a limit under the current usage
    is a 400)."""

    user_id: str | Unset = UNSET
    """One user within the project: that user's quotas (which may not exceed the project's)
    instead of the project's."""

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
        Param("fixed_ips", "fixed_ips", t.INTEGER, until="2.35"),
        Param("floating_ips", "floating_ips", t.INTEGER, until="2.35"),
        Param("security_groups", "security_groups", t.INTEGER, until="2.35"),
        Param("security_group_rules", "security_group_rules", t.INTEGER, until="2.35"),
        Param("force", "force", t.BOOLEAN),
        Param("user_id", "user_id", t.STRING, location="query"),
    )


DeleteOpts = GetOpts
GetDetailOpts = GetOpts

_GET = Operation(
    "quotas.get",
    "GET",
    "/os-quota-sets/{project_id}",
    ok=(200, 203),
    response_key="quota_set",
)
_UPDATE = Operation(
    "quotas.update",
    "PUT",
    "/os-quota-sets/{project_id}",
    ok=(200,),
    request_kind="json",
    request_key="quota_set",
    response_key="quota_set",
)
_DELETE = Operation(
    "quotas.delete",
    "DELETE",
    "/os-quota-sets/{project_id}",
    ok=(202,),
    response_kind="empty",
)
_GET_DEFAULTS = Operation(
    "quotas.get_defaults",
    "GET",
    "/os-quota-sets/{project_id}/defaults",
    ok=(200, 203),
    response_key="quota_set",
)
_GET_DETAIL = Operation(
    "quotas.get_detail",
    "GET",
    "/os-quota-sets/{project_id}/detail",
    ok=(200, 203),
    response_key="quota_set",
)


def get(
    client: ServiceClient,
    project_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """The project's quotas (a project's own, or any for an admin), or with user_id one user's
    (admin, or the user itself)."""
    return client.call(
        _GET,
        {"project_id": project_id},
        model=QuotaSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """Change some of the project's quotas (admin), or with user_id one user's (a user's limit
    above the project's is a 400); returns them all. Nova sets only the fields sent."""
    return client.call(
        _UPDATE,
        {"project_id": project_id},
        model=QuotaSet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    project_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset the project's quotas to the defaults (admin), or with user_id one user's to the
    project's."""
    return client.call(
        _DELETE, {"project_id": project_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def get_defaults(
    client: ServiceClient,
    project_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSet]:
    """The default quotas (the "default" quota class), echoing the project ID."""
    return client.call(
        _GET_DEFAULTS,
        {"project_id": project_id},
        model=QuotaSet,
        microversion=microversion,
        timeout=timeout,
    )


def get_detail(
    client: ServiceClient,
    project_id: str,
    opts: GetDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QuotaSetDetail]:
    """The project's (or, with user_id, one user's) quotas with usage."""
    return client.call(
        _GET_DETAIL,
        {"project_id": project_id},
        model=QuotaSetDetail,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_quotas(page: Page[Any]) -> builtins.list[QuotaSet]:
    """The QuotaSet items of a page (or of ``all_pages()``)."""
    return page.extract_as(QuotaSet)
