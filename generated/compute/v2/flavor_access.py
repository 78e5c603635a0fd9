# Generated from compute/v2/flavor_access.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""One project's access to a private flavor. Only private flavors have an access list: listing a
public flavor's access is a 404, and since 2.7 granting access to a public flavor is a 409.
Creating a private flavor does not grant its creator's project access. Admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class FlavorAccess(Model):
    """One project's access to a private flavor. Only private flavors have an access list:
    listing a public flavor's access is a 404, and since 2.7 granting access to a public
    flavor is a 409. Creating a private flavor does not grant its creator's project access.
    Admin-only by default."""

    flavor_id: str | Unset = UNSET
    """The flavor's ID."""

    tenant_id: str | Unset = UNSET
    """The ID of a project that may use the flavor."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("flavor_id", "flavor_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
    )


class AddTenantAccessOpts(Opts):
    """Options of add_tenant_access. Also the options of remove_tenant_access."""

    tenant: str = REQUIRED
    """The ID of the project to let in (add) or out (remove)."""

    _params: ClassVar[tuple[Param, ...]] = (Param("tenant", "tenant", t.STRING, required=True),)


RemoveTenantAccessOpts = AddTenantAccessOpts

_LIST = Operation(
    "flavor_access.list",
    "GET",
    "/flavors/{flavor_id}/os-flavor-access",
    ok=(200, 203),
    response_key="flavor_access",
    paging=Paging("single"),
)
_ADD_TENANT_ACCESS = Operation(
    "flavor_access.add_tenant_access",
    "POST",
    "/flavors/{flavor_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="addTenantAccess",
    response_kind="list",
    response_key="flavor_access",
)
_REMOVE_TENANT_ACCESS = Operation(
    "flavor_access.remove_tenant_access",
    "POST",
    "/flavors/{flavor_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="removeTenantAccess",
    response_kind="list",
    response_key="flavor_access",
)


def list(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FlavorAccess]:
    """The projects that may use a private flavor (NotFound for a public flavor)."""
    return client.pager(
        _LIST,
        {"flavor_id": flavor_id},
        model=FlavorAccess,
        microversion=microversion,
        timeout=timeout,
    )


def add_tenant_access(
    client: ServiceClient,
    flavor_id: str,
    opts: AddTenantAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[FlavorAccess]]:
    """Let a project use a private flavor; returns the flavor's access list afterwards. A project
    already on the list is a 409, and since 2.7 so is a public flavor. Nova checks the project
    exists when it can ask Keystone (400 when it does not)."""
    return client.call(
        _ADD_TENANT_ACCESS,
        {"flavor_id": flavor_id},
        model=FlavorAccess,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_tenant_access(
    client: ServiceClient,
    flavor_id: str,
    opts: RemoveTenantAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[FlavorAccess]]:
    """Take a project off a private flavor's access list; returns the list afterwards. A project
    not on the list is a 404."""
    return client.call(
        _REMOVE_TENANT_ACCESS,
        {"flavor_id": flavor_id},
        model=FlavorAccess,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_flavor_access(page: Page[Any]) -> builtins.list[FlavorAccess]:
    """The FlavorAccess items of a page (or of ``all_pages()``)."""
    return page.extract_as(FlavorAccess)
