# Generated from network/v2/rbac_policies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An RBAC policy: shares one object (a network, QoS policy, security group, address scope,
subnet pool, address group or BGP VPN) with one project or with every project ("*"). The
object's owner or an admin creates it. The object types a deployment accepts depend on the
extensions it loads (rbac-policies, rbac-security-groups, rbac-address-scope, ...)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class RbacPolicy(Model):
    """An RBAC policy: shares one object (a network, QoS policy, security group, address scope,
    subnet pool, address group or BGP VPN) with one project or with every project ("*"). The
    object's owner or an admin creates it. The object types a deployment accepts depend on the
    extensions it loads (rbac-policies, rbac-security-groups, rbac-address-scope, ...)."""

    id: str
    """The policy's UUID."""

    object_type: str | Unset = UNSET
    """What kind of object is shared: network, qos_policy, security_group, address_scope,
    subnetpool, address_group or bgpvpn (as the loaded extensions allow)."""

    object_id: str | Unset = UNSET
    """The UUID of the shared object."""

    action: Literal["access_as_shared", "access_as_external"] | Unset = UNSET
    """access_as_shared lets the target project use the object; access_as_external (networks
    only) lets it use the network as an external network."""

    target_tenant: str | Unset = UNSET
    """The project ID the object is shared with, or "*" for every project."""

    project_id: str | Unset = UNSET
    """The owner of the policy (admins may create one for another project)."""

    tenant_id: str | Unset = UNSET
    """The same as project_id (older name)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("object_type", "object_type", t.STRING),
        Field("object_id", "object_id", t.STRING),
        Field("action", "action", t.STRING, enum=("access_as_shared", "access_as_external")),
        Field("target_tenant", "target_tenant", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the policy with this ID."""

    object_type: str | Unset = UNSET
    """Only policies for this kind of object."""

    object_id: str | Unset = UNSET
    """Only policies for this object."""

    action: Literal["access_as_shared", "access_as_external"] | Unset = UNSET
    """Only policies with this action."""

    target_tenant: str | Unset = UNSET
    """Only policies that share with this project (or "*")."""

    project_id: str | Unset = UNSET
    """Only policies owned by this project."""

    tenant_id: str | Unset = UNSET
    """Only policies owned by this project (older name)."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("object_type", "object_type", t.STRING, location="query"),
        Param("object_id", "object_id", t.STRING, location="query"),
        Param(
            "action",
            "action",
            t.STRING,
            location="query",
            enum=("access_as_shared", "access_as_external"),
        ),
        Param("target_tenant", "target_tenant", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    object_type: str = REQUIRED
    """What kind of object is shared: network, qos_policy, security_group, address_scope,
    subnetpool, address_group or bgpvpn (as the loaded extensions allow)."""

    object_id: str = REQUIRED
    """The UUID of the shared object."""

    action: Literal["access_as_shared", "access_as_external"] = REQUIRED
    """access_as_shared lets the target project use the object; access_as_external (networks
    only) lets it use the network as an external network."""

    target_tenant: str = REQUIRED
    """The project ID the object is shared with, or "*" for every project."""

    project_id: str | Unset = UNSET
    """The owner of the policy (admins may create one for another project)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("object_type", "object_type", t.STRING, required=True),
        Param("object_id", "object_id", t.STRING, required=True),
        Param(
            "action",
            "action",
            t.STRING,
            required=True,
            enum=("access_as_shared", "access_as_external"),
        ),
        Param("target_tenant", "target_tenant", t.STRING, required=True),
        Param("project_id", "project_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    target_tenant: str | Unset = UNSET
    """The project ID the object is shared with, or "*" for every project."""

    _params: ClassVar[tuple[Param, ...]] = (Param("target_tenant", "target_tenant", t.STRING),)


_LIST = Operation(
    "rbac_policies.list",
    "GET",
    "/rbac-policies",
    ok=(200, 203),
    response_key="rbac_policies",
    paging=Paging("single"),
)
_GET = Operation(
    "rbac_policies.get",
    "GET",
    "/rbac-policies/{rbac_policy_id}",
    ok=(200, 203),
    response_key="rbac_policy",
)
_CREATE = Operation(
    "rbac_policies.create",
    "POST",
    "/rbac-policies",
    ok=(201,),
    request_kind="json",
    request_key="rbac_policy",
    response_key="rbac_policy",
)
_UPDATE = Operation(
    "rbac_policies.update",
    "PUT",
    "/rbac-policies/{rbac_policy_id}",
    ok=(200,),
    request_kind="json",
    request_key="rbac_policy",
    response_key="rbac_policy",
)
_DELETE = Operation(
    "rbac_policies.delete",
    "DELETE",
    "/rbac-policies/{rbac_policy_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[RbacPolicy]:
    """List the RBAC policies the caller may see (its own, and as admin all of them)."""
    return client.pager(
        _LIST, None, model=RbacPolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    rbac_policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RbacPolicy]:
    """Show an RBAC policy."""
    return client.call(
        _GET,
        {"rbac_policy_id": rbac_policy_id},
        model=RbacPolicy,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RbacPolicy]:
    """Share an object. A policy that already exists for the same object, action and target is a
    409."""
    return client.call(
        _CREATE, None, model=RbacPolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    rbac_policy_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RbacPolicy]:
    """Change the target project. Neutron refuses (409) when the project that loses access still
    uses the object."""
    return client.call(
        _UPDATE,
        {"rbac_policy_id": rbac_policy_id},
        model=RbacPolicy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    rbac_policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Stop sharing (409 while the target project still uses the object, for example has ports on
    the shared network)."""
    return client.call(
        _DELETE, {"rbac_policy_id": rbac_policy_id}, microversion=microversion, timeout=timeout
    )


def extract_rbac_policies(page: Page[Any]) -> builtins.list[RbacPolicy]:
    """The RbacPolicy items of a page (or of ``all_pages()``)."""
    return page.extract_as(RbacPolicy)
