# Generated from huaweicloud/ecs/v1/flavors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A server flavor (instance type) the project may use, with its sizes and extended specs: family
and generation, network limits, whether it is on sale in each availability zone (extra_specs
"cond:operation:status" and "cond:operation:az"), GPUs and local disks."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class FlavorLink(Model):
    """A link to a flavor."""

    href: str | Unset = UNSET
    """The link target."""

    rel: str | Unset = UNSET
    """What it is."""

    type: str | None | Unset = UNSET
    """Its media type (unused)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("href", "href", t.STRING),
        Field("rel", "rel", t.STRING),
        Field("type", "type", t.STRING),
    )


class AttachableQuantity(Model):
    """How many disks and NICs a server of a flavor can have attached."""

    free_scsi: int | Unset = UNSET
    """SCSI disks."""

    free_blk: int | Unset = UNSET
    """VBD disks."""

    free_disk: int | Unset = UNSET
    """Disks in all."""

    free_nic: int | Unset = UNSET
    """NICs."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("free_scsi", "free_scsi", t.INTEGER),
        Field("free_blk", "free_blk", t.INTEGER),
        Field("free_disk", "free_disk", t.INTEGER),
        Field("free_nic", "free_nic", t.INTEGER),
    )


class Flavor(Model):
    """A server flavor (instance type) the project may use, with its sizes and extended specs:
    family and generation, network limits, whether it is on sale in each availability zone
    (extra_specs "cond:operation:status" and "cond:operation:az"), GPUs and local disks."""

    id: str
    """The flavor's ID, e.g. c7.large.2."""

    name: str | Unset = UNSET
    """The flavor's name."""

    vcpus: str | Unset = UNSET
    """The number of vCPUs (text)."""

    ram: int | Unset = UNSET
    """The memory in MiB."""

    disk: str | Unset = UNSET
    """The system disk size the flavor asks for ("0"; unused)."""

    swap: str | Unset = UNSET
    """The swap size (unused; empty)."""

    ephemeral: int | Unset = UNSET
    """The ephemeral disk size (unused; 0)."""

    disabled: bool | Unset = UNSET
    """Whether the flavor is disabled (unused; false)."""

    rxtx_factor: float | Unset = UNSET
    """Network bandwidth ratio (unused; 1.0)."""

    rxtx_quota: str | None | Unset = UNSET
    """Soft network bandwidth limit (unused)."""

    rxtx_cap: str | None | Unset = UNSET
    """Hard network bandwidth limit (unused)."""

    is_public: bool | Unset = UNSET
    """Whether every project may use the flavor."""

    links: builtins.list[FlavorLink] | Unset = UNSET
    """Links to the flavor."""

    extra_specs: dict[str, str] | Unset = UNSET
    """Extended specs, e.g. "ecs:performancetype" (normal, computingv3, highmem, ...),
    "ecs:generation", "ecs:virtualization_env_types", "cond:operation:status" (normal,
    abandon, sellout, obt, promotion) and "cond:operation:az" (per-zone states as
    "az1(normal),az2(sellout)"), "quota:max_rate" and "quota:min_rate" (Mbit/s),
    "quota:max_pps", "info:gpu:name", "ecs:instance_architecture" (arm64 on Kunpeng)."""

    attachable_quantity: AttachableQuantity | Unset = UNSET
    """How many more disks and NICs a server of this flavor can take."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("vcpus", "vcpus", t.STRING),
        Field("ram", "ram", t.INTEGER),
        Field("disk", "disk", t.STRING),
        Field("swap", "swap", t.STRING),
        Field("ephemeral", "OS-FLV-EXT-DATA:ephemeral", t.INTEGER),
        Field("disabled", "OS-FLV-DISABLED:disabled", t.BOOLEAN),
        Field("rxtx_factor", "rxtx_factor", t.NUMBER),
        Field("rxtx_quota", "rxtx_quota", t.STRING),
        Field("rxtx_cap", "rxtx_cap", t.STRING),
        Field("is_public", "os-flavor-access:is_public", t.BOOLEAN),
        Field("links", "links", t.list_of(t.model(FlavorLink))),
        Field("extra_specs", "os_extra_specs", t.map_of(t.STRING)),
        Field("attachable_quantity", "attachableQuantity", t.model(AttachableQuantity)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    availability_zone: str | Unset = UNSET
    """Only the flavors usable in this availability zone (name, ID or code)."""

    flavor_id: str | Unset = UNSET
    """Only this flavor."""

    limit: int | Unset = UNSET
    """Flavors per page (default 1000)."""

    marker: str | Unset = UNSET
    """Start after this flavor ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("flavor_id", "flavor_id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


_LIST = Operation(
    "flavors.list",
    "GET",
    "/cloudservers/flavors",
    ok=(200, 203),
    response_key="flavors",
    paging=Paging("marker"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Flavor]:
    """List the flavors, with their extended specs."""
    return client.pager(
        _LIST, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_flavors(page: Page[Any]) -> builtins.list[Flavor]:
    """The Flavor items of a page (or of ``all_pages()``)."""
    return page.extract_as(Flavor)
