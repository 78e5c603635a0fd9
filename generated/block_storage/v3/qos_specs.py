# Generated from block-storage/v3/qos_specs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Quality-of-service specs: named key/value limits (total_iops_sec, read_bytes_sec, ...)
enforced by the front end (the hypervisor), the back end (the storage) or both. Volume types
are associated with at most one QoS specs; their volumes get its limits. Admin-only by
default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class QosAssociation(Model):
    """One entity the QoS specs are associated with."""

    association_type: str | Unset = UNSET
    """What it is: "volume_type"."""

    name: str | Unset = UNSET
    """Its name."""

    id: str | Unset = UNSET
    """Its ID."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("association_type", "association_type", t.STRING),
        Field("name", "name", t.STRING),
        Field("id", "id", t.STRING),
    )


class QosSpecs(Model):
    """Quality-of-service specs: named key/value limits (total_iops_sec, read_bytes_sec, ...)
    enforced by the front end (the hypervisor), the back end (the storage) or both. Volume
    types are associated with at most one QoS specs; their volumes get its limits. Admin-only
    by default."""

    id: str
    """The QoS specs' UUID."""

    name: str
    """The name (unique among QoS specs)."""

    consumer: Literal["front-end", "back-end", "both"] | Unset = UNSET
    """Who enforces the limits."""

    specs: dict[str, str] | Unset = UNSET
    """The limits, key to value. Create takes them with spec_values; change them with set_keys
    and unset_keys."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("consumer", "consumer", t.STRING, enum=("front-end", "back-end", "both")),
        Field("specs", "specs", t.map_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    sort: str | Unset = UNSET
    """Sort keys and directions in one: key1:asc,key2:desc."""

    limit: int | Unset = UNSET
    """The most QoS specs a page holds."""

    marker: str | Unset = UNSET
    """Start after the QoS specs with this ID."""

    offset: int | Unset = UNSET
    """Skip this many first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("sort", "sort", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The name (unique among QoS specs)."""

    consumer: Literal["front-end", "back-end", "both"] | Unset = UNSET
    """Who enforces the limits."""

    spec_values: dict[str, str] | Unset = UNSET
    """The limits to start with, key to value (sent as members of the body)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("consumer", "consumer", t.STRING, enum=("front-end", "back-end", "both")),
        Param("spec_values", "spec_values", t.map_of(t.STRING), style="members"),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    force: bool | Unset = UNSET
    """Delete specs that are still associated too."""

    _params: ClassVar[tuple[Param, ...]] = (Param("force", "force", t.BOOLEAN, location="query"),)


class SetKeysOpts(Opts):
    """Options of set_keys."""

    specs: dict[str, str] = REQUIRED
    """The limits to set, key to value."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("specs", "specs", t.map_of(t.STRING), required=True, style="members"),
    )


class UnsetKeysOpts(Opts):
    """Options of unset_keys."""

    keys: builtins.list[str] = REQUIRED
    """The keys to remove."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("keys", "keys", t.list_of(t.STRING), required=True),
    )


class AssociateOpts(Opts):
    """Options of associate. Also the options of disassociate."""

    vol_type_id: str = REQUIRED
    """The volume type's ID."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("vol_type_id", "vol_type_id", t.STRING, location="query", required=True),
    )


DisassociateOpts = AssociateOpts

_LIST = Operation(
    "qos_specs.list",
    "GET",
    "/qos-specs",
    ok=(200, 203),
    response_key="qos_specs",
    paging=Paging("marker", next="qos_specs_links[rel=next].href"),
)
_GET = Operation(
    "qos_specs.get",
    "GET",
    "/qos-specs/{qos_specs_id}",
    ok=(200, 203),
    response_key="qos_specs",
)
_CREATE = Operation(
    "qos_specs.create",
    "POST",
    "/qos-specs",
    ok=(200,),
    request_kind="json",
    request_key="qos_specs",
    response_key="qos_specs",
)
_DELETE = Operation(
    "qos_specs.delete",
    "DELETE",
    "/qos-specs/{qos_specs_id}",
    ok=(202,),
    response_kind="empty",
)
_SET_KEYS = Operation(
    "qos_specs.set_keys",
    "PUT",
    "/qos-specs/{qos_specs_id}",
    ok=(200,),
    request_kind="json",
    request_key="qos_specs",
    response_key="qos_specs",
)
_UNSET_KEYS = Operation(
    "qos_specs.unset_keys",
    "PUT",
    "/qos-specs/{qos_specs_id}/delete_keys",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)
_ASSOCIATIONS = Operation(
    "qos_specs.associations",
    "GET",
    "/qos-specs/{qos_specs_id}/associations",
    ok=(200, 203),
    response_kind="list",
    response_key="qos_associations",
)
_ASSOCIATE = Operation(
    "qos_specs.associate",
    "GET",
    "/qos-specs/{qos_specs_id}/associate",
    ok=(202,),
    response_kind="empty",
)
_DISASSOCIATE = Operation(
    "qos_specs.disassociate",
    "GET",
    "/qos-specs/{qos_specs_id}/disassociate",
    ok=(202,),
    response_kind="empty",
)
_DISASSOCIATE_ALL = Operation(
    "qos_specs.disassociate_all",
    "GET",
    "/qos-specs/{qos_specs_id}/disassociate_all",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[QosSpecs]:
    """List QoS specs (admin)."""
    return client.pager(
        _LIST, None, model=QosSpecs, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    qos_specs_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosSpecs]:
    """Show QoS specs."""
    return client.call(
        _GET,
        {"qos_specs_id": qos_specs_id},
        model=QosSpecs,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosSpecs]:
    """Create QoS specs (a name in use is a 409)."""
    return client.call(
        _CREATE, None, model=QosSpecs, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    qos_specs_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete QoS specs. Specs still associated with volume types are a 400 unless force, which
    disassociates them from every volume type first."""
    return client.call(
        _DELETE,
        {"qos_specs_id": qos_specs_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def set_keys(
    client: ServiceClient,
    qos_specs_id: str,
    opts: SetKeysOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Add or change limits; keys not given are kept. Returns the limits that were sent, as a
    dict."""
    return client.call(
        _SET_KEYS,
        {"qos_specs_id": qos_specs_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def unset_keys(
    client: ServiceClient,
    qos_specs_id: str,
    opts: UnsetKeysOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove limits by key (NotFound when a key is not set)."""
    return client.call(
        _UNSET_KEYS,
        {"qos_specs_id": qos_specs_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def associations(
    client: ServiceClient,
    qos_specs_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[QosAssociation]]:
    """The volume types the QoS specs are associated with."""
    return client.call(
        _ASSOCIATIONS,
        {"qos_specs_id": qos_specs_id},
        model=QosAssociation,
        microversion=microversion,
        timeout=timeout,
    )


def associate(
    client: ServiceClient,
    qos_specs_id: str,
    opts: AssociateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Associate the QoS specs with a volume type (400 when the type already has other QoS
    specs)."""
    return client.call(
        _ASSOCIATE,
        {"qos_specs_id": qos_specs_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def disassociate(
    client: ServiceClient,
    qos_specs_id: str,
    opts: DisassociateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Disassociate the QoS specs from one volume type."""
    return client.call(
        _DISASSOCIATE,
        {"qos_specs_id": qos_specs_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def disassociate_all(
    client: ServiceClient,
    qos_specs_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Disassociate the QoS specs from every volume type."""
    return client.call(
        _DISASSOCIATE_ALL,
        {"qos_specs_id": qos_specs_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> QosSpecs:
    """The one QosSpecs whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=QosSpecs,
        name_field="name",
        id_field="id",
    )


def extract_qos_specs(page: Page[Any]) -> builtins.list[QosSpecs]:
    """The QosSpecs items of a page (or of ``all_pages()``)."""
    return page.extract_as(QosSpecs)
