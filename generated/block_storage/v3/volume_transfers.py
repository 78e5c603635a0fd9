# Generated from block-storage/v3/volume_transfers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An offer to give a volume to another project: the owner creates a transfer of an available
volume (it becomes awaiting-transfer) and passes the transfer's ID and auth_key to the other
project, which accepts it. The CRUD functions use the /volume-transfers API of 3.55 and later;
the legacy_* functions use the older /os-volume-transfer one (any version)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.block_storage.v3.volumes import Link


class VolumeTransfer(Model):
    """An offer to give a volume to another project: the owner creates a transfer of an available
    volume (it becomes awaiting-transfer) and passes the transfer's ID and auth_key to the
    other project, which accepts it. The CRUD functions use the /volume-transfers API of 3.55
    and later; the legacy_* functions use the older /os-volume-transfer one (any version)."""

    id: str
    """The transfer's ID."""

    name: str | None | Unset = UNSET
    """The transfer's name."""

    volume_id: str | Unset = UNSET
    """The volume being transferred."""

    auth_key: str | Unset = UNSET
    """The secret the receiving project needs; only in the answer to create."""

    created_at: datetime.datetime | Unset = UNSET
    """When the transfer was created."""

    no_snapshots: bool | Unset = UNSET
    """Transfer the volume without its snapshots (default false, which moves them too)."""

    source_project_id: str | Unset = UNSET
    """The project giving the volume."""

    destination_project_id: str | None | Unset = UNSET
    """The project that accepted it (None until then)."""

    accepted: bool | Unset = UNSET
    """Whether the transfer was accepted."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("volume_id", "volume_id", t.STRING),
        Field("auth_key", "auth_key", t.STRING, sensitive=True),
        Field("created_at", "created_at", t.DATETIME),
        Field("no_snapshots", "no_snapshots", t.BOOLEAN, since="3.55"),
        Field("source_project_id", "source_project_id", t.STRING, since="3.57"),
        Field("destination_project_id", "destination_project_id", t.STRING, since="3.57"),
        Field("accepted", "accepted", t.BOOLEAN, since="3.57"),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    all_tenants: bool | Unset = UNSET
    """Administrators - transfers of every project."""

    name: str | Unset = UNSET
    """Exact name."""

    volume_id: str | Unset = UNSET
    """Transfers of this volume."""

    sort: str | Unset = UNSET
    """Keys with optional directions."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    limit: int | Unset = UNSET
    """The most transfers a page holds."""

    marker: str | Unset = UNSET
    """Start after the transfer with this ID."""

    offset: int | Unset = UNSET
    """Skip this many first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("volume_id", "volume_id", t.STRING, location="query"),
        Param("sort", "sort", t.STRING, location="query", since="3.59"),
        Param("sort_key", "sort_key", t.STRING, location="query", since="3.59"),
        Param(
            "sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc"), since="3.59"
        ),
        Param("limit", "limit", t.INTEGER, location="query", since="3.59"),
        Param("marker", "marker", t.STRING, location="query", since="3.59"),
        Param("offset", "offset", t.INTEGER, location="query", since="3.59"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The transfer's name."""

    volume_id: str = REQUIRED
    """The volume being transferred."""

    no_snapshots: bool | Unset = UNSET
    """Transfer the volume without its snapshots (default false, which moves them too)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("no_snapshots", "no_snapshots", t.BOOLEAN, since="3.55"),
    )


class AcceptOpts(Opts):
    """Options of accept. Also the options of legacy_accept."""

    auth_key: str = REQUIRED
    """The transfer's auth_key."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("auth_key", "auth_key", t.STRING, required=True, sensitive=True),
    )


class LegacyListOpts(Opts):
    """Options of legacy_list. Also the options of legacy_list_detail."""

    all_tenants: bool | Unset = UNSET
    """Administrators - transfers of every project."""

    name: str | Unset = UNSET
    """Exact name."""

    volume_id: str | Unset = UNSET
    """Transfers of this volume."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("volume_id", "volume_id", t.STRING, location="query"),
    )


class LegacyCreateOpts(Opts):
    """Options of legacy_create."""

    volume_id: str = REQUIRED
    """The volume to transfer."""

    name: str | None | Unset = UNSET
    """The transfer's name."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("volume_id", "volume_id", t.STRING, required=True),
        Param("name", "name", t.STRING, nullable=True),
    )


ListDetailOpts = ListOpts
LegacyListDetailOpts = LegacyListOpts
LegacyAcceptOpts = AcceptOpts

_LIST = Operation(
    "volume_transfers.list",
    "GET",
    "/volume-transfers",
    ok=(200, 203),
    response_key="transfers",
    paging=Paging("marker", next="transfers_links[rel=next].href"),
    since="3.55",
)
_GET = Operation(
    "volume_transfers.get",
    "GET",
    "/volume-transfers/{transfer_id}",
    ok=(200, 203),
    response_key="transfer",
    since="3.55",
)
_CREATE = Operation(
    "volume_transfers.create",
    "POST",
    "/volume-transfers",
    ok=(202,),
    request_kind="json",
    request_key="transfer",
    response_key="transfer",
    since="3.55",
)
_DELETE = Operation(
    "volume_transfers.delete",
    "DELETE",
    "/volume-transfers/{transfer_id}",
    ok=(202,),
    response_kind="empty",
    since="3.55",
)
_LIST_DETAIL = Operation(
    "volume_transfers.list_detail",
    "GET",
    "/volume-transfers/detail",
    ok=(200, 203),
    response_key="transfers",
    paging=Paging("marker", next="transfers_links[rel=next].href"),
    since="3.55",
)
_ACCEPT = Operation(
    "volume_transfers.accept",
    "POST",
    "/volume-transfers/{transfer_id}/accept",
    ok=(202,),
    request_kind="json",
    request_key="accept",
    response_key="transfer",
    since="3.55",
)
_LEGACY_LIST = Operation(
    "volume_transfers.legacy_list",
    "GET",
    "/os-volume-transfer",
    ok=(200,),
    response_kind="list",
    response_key="transfers",
)
_LEGACY_LIST_DETAIL = Operation(
    "volume_transfers.legacy_list_detail",
    "GET",
    "/os-volume-transfer/detail",
    ok=(200,),
    response_kind="list",
    response_key="transfers",
)
_LEGACY_GET = Operation(
    "volume_transfers.legacy_get",
    "GET",
    "/os-volume-transfer/{transfer_id}",
    ok=(200,),
    response_key="transfer",
)
_LEGACY_CREATE = Operation(
    "volume_transfers.legacy_create",
    "POST",
    "/os-volume-transfer",
    ok=(202,),
    request_kind="json",
    request_key="transfer",
    response_key="transfer",
)
_LEGACY_ACCEPT = Operation(
    "volume_transfers.legacy_accept",
    "POST",
    "/os-volume-transfer/{transfer_id}/accept",
    ok=(202,),
    request_kind="json",
    request_key="accept",
    response_key="transfer",
)
_LEGACY_DELETE = Operation(
    "volume_transfers.legacy_delete",
    "DELETE",
    "/os-volume-transfer/{transfer_id}",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeTransfer]:
    """List the caller's transfers in brief (id, name, volume_id, links)."""
    return client.pager(
        _LIST, None, model=VolumeTransfer, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    transfer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTransfer]:
    """Show a transfer (without its auth_key)."""
    return client.call(
        _GET,
        {"transfer_id": transfer_id},
        model=VolumeTransfer,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTransfer]:
    """Offer an available volume to another project; the answer holds the auth_key (shown only
    here). Encrypted volumes need 3.70."""
    return client.call(
        _CREATE, None, model=VolumeTransfer, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    transfer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Withdraw the offer (the volume becomes available again)."""
    return client.call(
        _DELETE, {"transfer_id": transfer_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeTransfer]:
    """List transfers with every attribute (the filters of list)."""
    return client.pager(
        _LIST_DETAIL,
        None,
        model=VolumeTransfer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def accept(
    client: ServiceClient,
    transfer_id: str,
    opts: AcceptOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTransfer]:
    """Accept a transfer as the receiving project: the volume (and, unless no_snapshots, its
    snapshots) moves to the caller's project. Needs the volume service. Returns the transfer
    in brief."""
    return client.call(
        _ACCEPT,
        {"transfer_id": transfer_id},
        model=VolumeTransfer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def legacy_list(
    client: ServiceClient,
    opts: LegacyListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[VolumeTransfer]]:
    """List transfers in brief through /os-volume-transfer."""
    return client.call(
        _LEGACY_LIST,
        None,
        model=VolumeTransfer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def legacy_list_detail(
    client: ServiceClient,
    opts: LegacyListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[VolumeTransfer]]:
    """List transfers with every attribute through /os-volume-transfer."""
    return client.call(
        _LEGACY_LIST_DETAIL,
        None,
        model=VolumeTransfer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def legacy_get(
    client: ServiceClient,
    transfer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTransfer]:
    """Show a transfer through /os-volume-transfer."""
    return client.call(
        _LEGACY_GET,
        {"transfer_id": transfer_id},
        model=VolumeTransfer,
        microversion=microversion,
        timeout=timeout,
    )


def legacy_create(
    client: ServiceClient,
    opts: LegacyCreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTransfer]:
    """Offer an available volume to another project through /os-volume-transfer (no snapshot
    option)."""
    return client.call(
        _LEGACY_CREATE,
        None,
        model=VolumeTransfer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def legacy_accept(
    client: ServiceClient,
    transfer_id: str,
    opts: LegacyAcceptOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeTransfer]:
    """Accept a transfer through /os-volume-transfer (needs the volume service)."""
    return client.call(
        _LEGACY_ACCEPT,
        {"transfer_id": transfer_id},
        model=VolumeTransfer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def legacy_delete(
    client: ServiceClient,
    transfer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Withdraw a transfer through /os-volume-transfer."""
    return client.call(
        _LEGACY_DELETE, {"transfer_id": transfer_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> VolumeTransfer:
    """The one VolumeTransfer whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=VolumeTransfer,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_volume_transfers(page: Page[Any]) -> builtins.list[VolumeTransfer]:
    """The VolumeTransfer items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeTransfer)
