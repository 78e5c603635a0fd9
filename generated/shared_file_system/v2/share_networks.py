# Generated from shared-file-system/v2/share_networks.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A share network: the Neutron networks (one subnet per availability zone, 2.51 and later) and
the security services that share servers of backends that handle share servers are built on.
The summary listing carries id and name; list_detail, get, create and update carry the rest.
Creating one needs no backend: a network without a Neutron net is valid (a "default" subnet is
still created)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared_file_system.v2.share_network_subnets import ShareNetworkSubnet


class ShareNetwork(Model):
    """A share network: the Neutron networks (one subnet per availability zone, 2.51 and later)
    and the security services that share servers of backends that handle share servers are
    built on. The summary listing carries id and name; list_detail, get, create and update
    carry the rest. Creating one needs no backend: a network without a Neutron net is valid (a
    "default" subnet is still created)."""

    id: str

    name: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    project_id: str | Unset = UNSET

    neutron_net_id: str | None | Unset = UNSET
    """The Neutron network (before 2.51 on the network itself; later the default subnet's, given
    on create)."""

    neutron_subnet_id: str | None | Unset = UNSET
    """The Neutron subnet (see neutron_net_id)."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone of the subnet created with the network (create only)."""

    network_type: str | None | Unset = UNSET
    """flat, vlan, vxlan or gre (later - on subnets)."""

    segmentation_id: int | None | Unset = UNSET

    cidr: str | None | Unset = UNSET

    ip_version: int | None | Unset = UNSET

    gateway: str | None | Unset = UNSET

    mtu: int | None | Unset = UNSET

    nova_net_id: str | None | Unset = UNSET
    """Always None (nova-network is gone)."""

    share_network_subnets: builtins.list[ShareNetworkSubnet] | Unset = UNSET
    """The network's subnets."""

    status: str | Unset = UNSET
    """active, error or network_change."""

    security_service_update_support: bool | Unset = UNSET

    network_allocation_update_support: bool | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("neutron_net_id", "neutron_net_id", t.STRING),
        Field("neutron_subnet_id", "neutron_subnet_id", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING, since="2.51"),
        Field("network_type", "network_type", t.STRING, until="2.50"),
        Field("segmentation_id", "segmentation_id", t.INTEGER, until="2.50"),
        Field("cidr", "cidr", t.STRING, until="2.50"),
        Field("ip_version", "ip_version", t.INTEGER, until="2.50"),
        Field("gateway", "gateway", t.STRING, since="2.18", until="2.50"),
        Field("mtu", "mtu", t.INTEGER, since="2.20", until="2.50"),
        Field("nova_net_id", "nova_net_id", t.STRING, until="2.25"),
        Field(
            "share_network_subnets",
            "share_network_subnets",
            t.list_of(t.model(ShareNetworkSubnet)),
            since="2.51",
        ),
        Field("status", "status", t.STRING, since="2.63"),
        Field(
            "security_service_update_support",
            "security_service_update_support",
            t.BOOLEAN,
            since="2.63",
        ),
        Field(
            "network_allocation_update_support",
            "network_allocation_update_support",
            t.BOOLEAN,
            since="2.70",
        ),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    name: str | Unset = UNSET

    name_like: str | Unset = UNSET

    description: str | Unset = UNSET

    description_like: str | Unset = UNSET

    project_id: str | Unset = UNSET

    all_tenants: bool | Unset = UNSET

    created_since: str | Unset = UNSET
    """A date (yyyy-mm-dd)."""

    created_before: str | Unset = UNSET
    """A date (yyyy-mm-dd)."""

    security_service_id: str | Unset = UNSET

    neutron_net_id: str | Unset = UNSET

    neutron_subnet_id: str | Unset = UNSET

    network_type: str | Unset = UNSET

    segmentation_id: int | Unset = UNSET

    cidr: str | Unset = UNSET

    ip_version: int | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("name_like", "name~", t.STRING, location="query", since="2.36"),
        Param("description", "description", t.STRING, location="query", since="2.36"),
        Param("description_like", "description~", t.STRING, location="query", since="2.36"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("created_since", "created_since", t.STRING, location="query"),
        Param("created_before", "created_before", t.STRING, location="query"),
        Param("security_service_id", "security_service_id", t.STRING, location="query"),
        Param("neutron_net_id", "neutron_net_id", t.STRING, location="query"),
        Param("neutron_subnet_id", "neutron_subnet_id", t.STRING, location="query"),
        Param("network_type", "network_type", t.STRING, location="query"),
        Param("segmentation_id", "segmentation_id", t.INTEGER, location="query"),
        Param("cidr", "cidr", t.STRING, location="query"),
        Param("ip_version", "ip_version", t.INTEGER, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    neutron_net_id: str | None | Unset = UNSET
    """The Neutron network (before 2.51 on the network itself; later the default subnet's, given
    on create)."""

    neutron_subnet_id: str | None | Unset = UNSET
    """The Neutron subnet (see neutron_net_id)."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone of the subnet created with the network (create only)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("neutron_net_id", "neutron_net_id", t.STRING, nullable=True),
        Param("neutron_subnet_id", "neutron_subnet_id", t.STRING, nullable=True),
        Param("availability_zone", "availability_zone", t.STRING, nullable=True, since="2.51"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    neutron_net_id: str | None | Unset = UNSET
    """The Neutron network (before 2.51 on the network itself; later the default subnet's, given
    on create)."""

    neutron_subnet_id: str | None | Unset = UNSET
    """The Neutron subnet (see neutron_net_id)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("neutron_net_id", "neutron_net_id", t.STRING, nullable=True),
        Param("neutron_subnet_id", "neutron_subnet_id", t.STRING, nullable=True),
    )


class AddSecurityServiceOpts(Opts):
    """Options of add_security_service. Also the options of remove_security_service."""

    security_service_id: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("security_service_id", "security_service_id", t.STRING, required=True),
    )


class UpdateSecurityServiceOpts(Opts):
    """Options of update_security_service."""

    current_service_id: str = REQUIRED

    new_service_id: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("current_service_id", "current_service_id", t.STRING, required=True),
        Param("new_service_id", "new_service_id", t.STRING, required=True),
    )


class UpdateSecurityServiceCheckOpts(Opts):
    """Options of update_security_service_check."""

    current_service_id: str = REQUIRED

    new_service_id: str = REQUIRED

    reset_operation: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("current_service_id", "current_service_id", t.STRING, required=True),
        Param("new_service_id", "new_service_id", t.STRING, required=True),
        Param("reset_operation", "reset_operation", t.BOOLEAN),
    )


class AddSecurityServiceCheckOpts(Opts):
    """Options of add_security_service_check."""

    security_service_id: str = REQUIRED

    reset_operation: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("security_service_id", "security_service_id", t.STRING, required=True),
        Param("reset_operation", "reset_operation", t.BOOLEAN),
    )


class ShareNetworkSubnetCreateCheckOpts(Opts):
    """Options of share_network_subnet_create_check."""

    neutron_net_id: str | Unset = UNSET

    neutron_subnet_id: str | Unset = UNSET

    availability_zone: str | Unset = UNSET

    reset_operation: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("neutron_net_id", "neutron_net_id", t.STRING),
        Param("neutron_subnet_id", "neutron_subnet_id", t.STRING),
        Param("availability_zone", "availability_zone", t.STRING),
        Param("reset_operation", "reset_operation", t.BOOLEAN),
    )


class ResetStatusOpts(Opts):
    """Options of reset_status."""

    status: Literal["active", "error", "network_change"] = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "status", "status", t.STRING, required=True, enum=("active", "error", "network_change")
        ),
    )


ListDetailOpts = ListOpts
RemoveSecurityServiceOpts = AddSecurityServiceOpts

_LIST = Operation(
    "share_networks.list",
    "GET",
    "/share-networks",
    ok=(200, 203),
    response_key="share_networks",
    paging=Paging("offset", complete_without_limit=True),
)
_GET = Operation(
    "share_networks.get",
    "GET",
    "/share-networks/{share_network_id}",
    ok=(200, 203),
    response_key="share_network",
)
_CREATE = Operation(
    "share_networks.create",
    "POST",
    "/share-networks",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="share_network",
    response_key="share_network",
)
_UPDATE = Operation(
    "share_networks.update",
    "PUT",
    "/share-networks/{share_network_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="share_network",
    response_key="share_network",
)
_DELETE = Operation(
    "share_networks.delete",
    "DELETE",
    "/share-networks/{share_network_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "share_networks.list_detail",
    "GET",
    "/share-networks/detail",
    ok=(200, 203),
    response_key="share_networks",
    paging=Paging("offset", complete_without_limit=True),
)
_ADD_SECURITY_SERVICE = Operation(
    "share_networks.add_security_service",
    "POST",
    "/share-networks/{share_network_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="add_security_service",
    response_key="share_network",
)
_REMOVE_SECURITY_SERVICE = Operation(
    "share_networks.remove_security_service",
    "POST",
    "/share-networks/{share_network_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="remove_security_service",
    response_key="share_network",
)
_UPDATE_SECURITY_SERVICE = Operation(
    "share_networks.update_security_service",
    "POST",
    "/share-networks/{share_network_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="update_security_service",
    response_key="share_network",
    since="2.63",
)
_UPDATE_SECURITY_SERVICE_CHECK = Operation(
    "share_networks.update_security_service_check",
    "POST",
    "/share-networks/{share_network_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="update_security_service_check",
    idempotent=True,
    since="2.63",
)
_ADD_SECURITY_SERVICE_CHECK = Operation(
    "share_networks.add_security_service_check",
    "POST",
    "/share-networks/{share_network_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="add_security_service_check",
    idempotent=True,
    since="2.63",
)
_SHARE_NETWORK_SUBNET_CREATE_CHECK = Operation(
    "share_networks.share_network_subnet_create_check",
    "POST",
    "/share-networks/{share_network_id}/action",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="share_network_subnet_create_check",
    idempotent=True,
    since="2.70",
)
_RESET_STATUS = Operation(
    "share_networks.reset_status",
    "POST",
    "/share-networks/{share_network_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="reset_status",
    response_kind="empty",
    since="2.63",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ShareNetwork]:
    """List share networks."""
    return client.pager(
        _LIST, None, model=ShareNetwork, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    share_network_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareNetwork]:
    """Get a share network."""
    return client.call(
        _GET,
        {"share_network_id": share_network_id},
        model=ShareNetwork,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareNetwork]:
    """Create a share network."""
    return client.call(
        _CREATE, None, model=ShareNetwork, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    share_network_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareNetwork]:
    """Rename or describe the network; the Neutron net and subnet can only be set while no share
    server uses it."""
    return client.call(
        _UPDATE,
        {"share_network_id": share_network_id},
        model=ShareNetwork,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    share_network_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a share network."""
    return client.call(
        _DELETE, {"share_network_id": share_network_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ShareNetwork]:
    """List detail."""
    return client.pager(
        _LIST_DETAIL,
        None,
        model=ShareNetwork,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add_security_service(
    client: ServiceClient,
    share_network_id: str,
    opts: AddSecurityServiceOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareNetwork]:
    """Add security service."""
    return client.call(
        _ADD_SECURITY_SERVICE,
        {"share_network_id": share_network_id},
        model=ShareNetwork,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_security_service(
    client: ServiceClient,
    share_network_id: str,
    opts: RemoveSecurityServiceOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareNetwork]:
    """Remove security service."""
    return client.call(
        _REMOVE_SECURITY_SERVICE,
        {"share_network_id": share_network_id},
        model=ShareNetwork,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_security_service(
    client: ServiceClient,
    share_network_id: str,
    opts: UpdateSecurityServiceOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareNetwork]:
    """Swap a security service of a network that share servers already use."""
    return client.call(
        _UPDATE_SECURITY_SERVICE,
        {"share_network_id": share_network_id},
        model=ShareNetwork,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_security_service_check(
    client: ServiceClient,
    share_network_id: str,
    opts: UpdateSecurityServiceCheckOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Ask the backends whether update_security_service would work ({"compatible": ...,
    "requested_operation": ...})."""
    return client.call(
        _UPDATE_SECURITY_SERVICE_CHECK,
        {"share_network_id": share_network_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add_security_service_check(
    client: ServiceClient,
    share_network_id: str,
    opts: AddSecurityServiceCheckOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Ask the backends whether add_security_service would work on a network in use."""
    return client.call(
        _ADD_SECURITY_SERVICE_CHECK,
        {"share_network_id": share_network_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def share_network_subnet_create_check(
    client: ServiceClient,
    share_network_id: str,
    opts: ShareNetworkSubnetCreateCheckOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Ask the backends whether another subnet could be added to a network in use."""
    return client.call(
        _SHARE_NETWORK_SUBNET_CREATE_CHECK,
        {"share_network_id": share_network_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def reset_status(
    client: ServiceClient,
    share_network_id: str,
    opts: ResetStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Reset status."""
    return client.call(
        _RESET_STATUS,
        {"share_network_id": share_network_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> ShareNetwork:
    """The one ShareNetwork whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=ShareNetwork,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    share_network_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ShareNetwork], None] | None = None,
) -> ShareNetwork:
    """Poll get until the ShareNetwork's status is ``status`` (one of several, if a list;
    compared without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes error."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"share_network_id": share_network_id},
        model=ShareNetwork,
        field="status",
        wanted=status,
        failures=("error",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    share_network_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[ShareNetwork], None] | None = None,
) -> None:
    """Poll get until the ShareNetwork is gone (404, or status deleted). Raises
    errors.WaitTimeout after ``timeout`` seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"share_network_id": share_network_id},
        model=ShareNetwork,
        field="status",
        deleted=("deleted",),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_share_networks(page: Page[Any]) -> builtins.list[ShareNetwork]:
    """The ShareNetwork items of a page (or of ``all_pages()``)."""
    return page.extract_as(ShareNetwork)
