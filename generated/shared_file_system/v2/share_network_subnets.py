# Generated from shared-file-system/v2/share_network_subnets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A subnet of a share network (2.51 and later): the Neutron net and subnet a share network
offers in one availability zone (None - every zone without a subnet of its own). Share servers
of that zone get their addresses from it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ShareNetworkSubnet(Model):
    """A subnet of a share network (2.51 and later): the Neutron net and subnet a share network
    offers in one availability zone (None - every zone without a subnet of its own). Share
    servers of that zone get their addresses from it."""

    id: str

    share_network_id: str | Unset = UNSET

    share_network_name: str | None | Unset = UNSET

    availability_zone: str | None | Unset = UNSET
    """The zone (None - the default subnet)."""

    neutron_net_id: str | None | Unset = UNSET

    neutron_subnet_id: str | None | Unset = UNSET

    network_type: str | None | Unset = UNSET

    segmentation_id: int | None | Unset = UNSET

    cidr: str | None | Unset = UNSET

    ip_version: int | None | Unset = UNSET

    gateway: str | None | Unset = UNSET

    mtu: int | None | Unset = UNSET

    metadata: dict[str, str] | Unset = UNSET

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("share_network_id", "share_network_id", t.STRING),
        Field("share_network_name", "share_network_name", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("neutron_net_id", "neutron_net_id", t.STRING),
        Field("neutron_subnet_id", "neutron_subnet_id", t.STRING),
        Field("network_type", "network_type", t.STRING),
        Field("segmentation_id", "segmentation_id", t.INTEGER),
        Field("cidr", "cidr", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER),
        Field("gateway", "gateway", t.STRING),
        Field("mtu", "mtu", t.INTEGER),
        Field("metadata", "metadata", t.map_of(t.STRING), since="2.78"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class CreateOpts(Opts):
    """Options of create."""

    availability_zone: str | None | Unset = UNSET
    """The zone (None - the default subnet)."""

    neutron_net_id: str | None | Unset = UNSET

    neutron_subnet_id: str | None | Unset = UNSET

    metadata: dict[str, str] | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
        Param("neutron_net_id", "neutron_net_id", t.STRING, nullable=True),
        Param("neutron_subnet_id", "neutron_subnet_id", t.STRING, nullable=True),
        Param("metadata", "metadata", t.map_of(t.STRING), since="2.78"),
    )


_LIST = Operation(
    "share_network_subnets.list",
    "GET",
    "/share-networks/{share_network_id}/subnets",
    ok=(200, 203),
    response_key="share_network_subnets",
    paging=Paging("single"),
    since="2.51",
)
_GET = Operation(
    "share_network_subnets.get",
    "GET",
    "/share-networks/{share_network_id}/subnets/{share_network_subnet_id}",
    ok=(200, 203),
    response_key="share_network_subnet",
    since="2.51",
)
_CREATE = Operation(
    "share_network_subnets.create",
    "POST",
    "/share-networks/{share_network_id}/subnets",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="share-network-subnet",
    response_key="share_network_subnet",
    since="2.51",
)
_DELETE = Operation(
    "share_network_subnets.delete",
    "DELETE",
    "/share-networks/{share_network_id}/subnets/{share_network_subnet_id}",
    ok=(200, 202, 204),
    response_kind="empty",
    since="2.51",
)


def list(
    client: ServiceClient,
    share_network_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ShareNetworkSubnet]:
    """List share network subnets."""
    return client.pager(
        _LIST,
        {"share_network_id": share_network_id},
        model=ShareNetworkSubnet,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    share_network_id: str,
    share_network_subnet_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareNetworkSubnet]:
    """Get a share network subnet."""
    return client.call(
        _GET,
        {"share_network_id": share_network_id, "share_network_subnet_id": share_network_subnet_id},
        model=ShareNetworkSubnet,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    share_network_id: str,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareNetworkSubnet]:
    """Create a share network subnet."""
    return client.call(
        _CREATE,
        {"share_network_id": share_network_id},
        model=ShareNetworkSubnet,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    share_network_id: str,
    share_network_subnet_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a share network subnet."""
    return client.call(
        _DELETE,
        {"share_network_id": share_network_id, "share_network_subnet_id": share_network_subnet_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_share_network_subnets(page: Page[Any]) -> builtins.list[ShareNetworkSubnet]:
    """The ShareNetworkSubnet items of a page (or of ``all_pages()``)."""
    return page.extract_as(ShareNetworkSubnet)
